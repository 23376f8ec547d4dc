package medication

import (
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// DecodeRegimen decodes a regimen from JSON and validates it against c as
// of the evaluation date asOf. Decoding is strict ([validation.Decode]): an
// unknown field, a wrong JSON type, a null for a value that is not
// optional, a date that does not parse or a name that is none of an
// enumeration's names or synonyms is an error at its JSON path
// ("prescriptions/0/frequency"). A regimen that decodes is then checked
// with [Catalog.ValidateRegimen]. Either way the error is one
// *[validation.Error] listing every problem, with paths into the JSON, and
// the returned regimen is the zero Regimen. Options such as
// [validation.MaxBytes] go to the decoder; nil options are ignored.
func (c *Catalog) DecodeRegimen(data []byte, asOf assessment.Date, opts ...validation.DecodeOption) (Regimen, error) {
	var r Regimen
	if err := validation.Decode(data, &r, opts...); err != nil {
		return Regimen{}, err
	}
	if err := c.ValidateRegimen(r, asOf); err != nil {
		return Regimen{}, err
	}
	return r, nil
}

// DecodeRegimen decodes and validates a regimen against the built-in
// catalog; see [Catalog.DecodeRegimen].
func DecodeRegimen(data []byte, asOf assessment.Date, opts ...validation.DecodeOption) (Regimen, error) {
	return builtin().DecodeRegimen(data, asOf, opts...)
}

// DecodeContext decodes a review [Context] from JSON as strictly as
// [DecodeRegimen] and validates it: [ErrBadDate] at "asOf" when it is
// missing, the [assessment.Client.Validate] errors under "client", the
// [assessment.Condition.Validate] errors under "conditions/<position>", and
// [ErrTooMany] at "conditions" beyond [MaxConditions].
func DecodeContext(data []byte, opts ...validation.DecodeOption) (Context, error) {
	var ctx Context
	if err := validation.Decode(data, &ctx, opts...); err != nil {
		return Context{}, err
	}
	var v validation.Collector
	ctx.validate(&v)
	if err := v.Err(); err != nil {
		return Context{}, err
	}
	return ctx, nil
}
