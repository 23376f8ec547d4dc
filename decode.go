package integrative

import "github.com/wholeperson/integrative/validation"

// DecodePlan reads a plan from its JSON form (see docs/plan-format.md)
// strictly, with [validation.Decode]: unknown fields, values of the wrong
// JSON type, bad enumeration values, bad dates and language tags, and null
// for a required value are each a *[validation.FieldError] at its JSON
// path ("intake/client/sex"); malformed JSON is a *[validation.SyntaxError]
// with its offset. The input is limited to [validation.DefaultMaxBytes]
// (1 MiB) and [validation.DefaultMaxDepth] levels of nesting unless
// options say otherwise.
//
// DecodePlan checks form, not content: pass the plan to [Check] (or
// [Plan.Validate]), which reports what is wrong with a well-formed plan.
func DecodePlan(data []byte, opts ...validation.DecodeOption) (Plan, error) {
	var p Plan
	if err := validation.Decode(data, &p, opts...); err != nil {
		return Plan{}, err
	}
	return p, nil
}
