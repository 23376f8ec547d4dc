package medication

import (
	"errors"
	"strings"
)

// Errors of this package. Validation returns them inside a
// *[validation.Error], each at the path of the field at fault; test for them
// with errors.Is. None of their texts repeats what a client or clinician
// typed.
var (
	// ErrUnknownName: a name or code that resolves to no agent of the
	// catalog. [Resolve] returns it wrapped in an *[UnknownNameError] that
	// carries suggestions.
	ErrUnknownName = errors.New("medication: unknown agent name")
	// ErrUnknownAgent: an agent ID that is not in the catalog used.
	ErrUnknownAgent = errors.New("medication: unknown agent ID")
	// ErrRequired: a required field is empty.
	ErrRequired = errors.New("medication: required field is empty")
	// ErrBadValue: an enumerated field holds a value that is not one of its
	// names, or a required one is unset.
	ErrBadValue = errors.New("medication: not a valid value")
	// ErrBadDose: a dose amount that is zero, negative, NaN or infinite.
	ErrBadDose = errors.New("medication: dose must be a positive finite number")
	// ErrBadUnit: a dose unit that does not fit the agent (a milligram
	// dose of a drug dosed in micrograms per hour, for instance).
	ErrBadUnit = errors.New("medication: unit does not fit the agent")
	// ErrBadDate: a missing date, or a date after the evaluation date.
	ErrBadDate = errors.New("medication: missing date or date after the evaluation date")
	// ErrStopBeforeStart: a stop date before the start date, or a dose
	// change outside the prescription's dates.
	ErrStopBeforeStart = errors.New("medication: stop date before start date")
	// ErrDuplicate: the same agent listed twice where it may appear once
	// (two overlapping prescriptions of one drug, one supplement listed
	// twice), or two catalog entries with one ID or name.
	ErrDuplicate = errors.New("medication: duplicate entry")
	// ErrBadReference: a record that points at a prescription position that
	// does not exist.
	ErrBadReference = errors.New("medication: reference to a missing prescription")
	// ErrTooMany: a collection longer than its documented limit
	// ([MaxPrescriptions], [MaxUses], [MaxRecords], [MaxDoseChanges]).
	ErrTooMany = errors.New("medication: too many entries")
	// ErrBadCatalog: a catalog entry that is malformed: no name, no
	// source, an invalid source, a rule that refers to nothing, a dose
	// limit that makes no sense.
	ErrBadCatalog = errors.New("medication: invalid catalog entry")
)

// An UnknownNameError reports a name that matched no agent. It never holds
// the name itself: Suggestions are catalog names only, nearest first. It
// wraps [ErrUnknownName].
type UnknownNameError struct {
	// Suggestions are up to three catalog names close in spelling to the
	// name looked up, nearest first, or, when the name is a class word
	// ("benzos", "opioids", "SSRIs"), up to twelve of the class's members
	// in catalog order. Empty when nothing is close.
	Suggestions []string
}

// Error says the name is unknown and lists the suggestions, which are
// catalog text, never the caller's input.
func (e *UnknownNameError) Error() string {
	if len(e.Suggestions) == 0 {
		return ErrUnknownName.Error()
	}
	return ErrUnknownName.Error() + " (nearest catalog names: " + strings.Join(e.Suggestions, ", ") + ")"
}

// Unwrap returns [ErrUnknownName].
func (e *UnknownNameError) Unwrap() error { return ErrUnknownName }
