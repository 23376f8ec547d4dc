package integrative

import "errors"

// Errors of [Plan.Validate], [Check] and [DecodePlan]. Each comes inside a
// *[validation.Error] at the JSON path of the field at fault
// ("problems/2/key"), beside the leaf packages' own errors for the parts
// they check (assessment's under "intake", medication's under
// "medication", modality's under "psychotherapy", traumainformed's under
// "delivery").
var (
	// ErrRequired: a required field is empty.
	ErrRequired = errors.New("integrative: required field missing")
	// ErrBadValue: a value outside its enumeration or otherwise invalid.
	ErrBadValue = errors.New("integrative: not a valid value")
	// ErrBadDate: a date that is missing where required, after the
	// evaluation date where it must not be, or out of order.
	ErrBadDate = errors.New("integrative: date missing, after the evaluation date, or out of order")
	// ErrDuplicateKey: a plan-local key used twice.
	ErrDuplicateKey = errors.New("integrative: key used twice")
	// ErrUnknownKey: a reference to a key no element of the right kind has.
	ErrUnknownKey = errors.New("integrative: reference to an unknown key")
	// ErrUnknownCode: a reference to a condition or instrument the intake
	// does not have, or a rule the catalog does not have.
	ErrUnknownCode = errors.New("integrative: reference to a code the plan does not hold")
	// ErrOneTarget: an intervention that names no target, or more than one.
	ErrOneTarget = errors.New("integrative: an intervention names exactly one of prescription, component, lifestyle or referral")
	// ErrObjectiveForm: an objective that is neither an instrument with a
	// target nor a behaviour with a date.
	ErrObjectiveForm = errors.New("integrative: an objective needs an instrument and target, or a behavior and date")
	// ErrTooMany: a collection over its limit ([MaxTeam], [MaxElements]).
	ErrTooMany = errors.New("integrative: too many elements")
	// ErrOutOfRange: a number outside its allowed range.
	ErrOutOfRange = errors.New("integrative: number out of range")
)
