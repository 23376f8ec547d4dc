package modality

import "github.com/wholeperson/integrative/validation"

// DecodePlan decodes a plan from JSON and validates it against c. Decoding
// is strict ([validation.Decode]): an unknown field, a wrong JSON type, a
// null for a required value or a name that is not one of an enum's names
// is an error at its JSON path ("strategy", "components/2/phase"). A plan
// that decodes is then checked with [Catalog.Validate]. Either way the
// error is one *[validation.Error] listing every problem, with paths into
// the JSON, and the returned plan is the zero Plan. Options such as
// [validation.MaxBytes] are passed to the decoder; nil options are
// ignored.
func (c *Catalog) DecodePlan(data []byte, opts ...validation.DecodeOption) (Plan, error) {
	var p Plan
	if err := validation.Decode(data, &p, opts...); err != nil {
		return Plan{}, err
	}
	if err := c.Validate(p); err != nil {
		return Plan{}, err
	}
	return p, nil
}

// DecodePlan decodes a plan from JSON and validates it against the
// built-in catalog; see [Catalog.DecodePlan].
func DecodePlan(data []byte, opts ...validation.DecodeOption) (Plan, error) {
	return builtin().DecodePlan(data, opts...)
}
