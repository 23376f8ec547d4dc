package assessment

import (
	"errors"
	"strings"
)

// Errors of this package. Validation returns them inside a
// *[validation.Error], each at the path of the field at fault; test for them
// with errors.Is. None of their texts repeats what a client or clinician
// typed.
var (
	// ErrBadValue: an enumerated field holds a value that is not one of its
	// names, or a required one is unset.
	ErrBadValue = errors.New("assessment: not a valid value")
	// ErrBadAge: an age outside 0–130.
	ErrBadAge = errors.New("assessment: age out of range")
	// ErrPregnancyConflict: pregnancy recorded for a client recorded as male.
	ErrPregnancyConflict = errors.New("assessment: pregnancy recorded for a male client")
	// ErrRequired: a required field is empty.
	ErrRequired = errors.New("assessment: required field is empty")
	// ErrOutOfRange: a number outside its field's range.
	ErrOutOfRange = errors.New("assessment: number out of range")

	// ErrUnknownInstrument: an instrument ID not in the catalog used.
	ErrUnknownInstrument = errors.New("assessment: unknown instrument")
	// ErrUnknownItem: an answer to an item the instrument does not have.
	ErrUnknownItem = errors.New("assessment: unknown item")
	// ErrDuplicateItem: two answers to one item.
	ErrDuplicateItem = errors.New("assessment: item answered more than once")
	// ErrMissingItem: a required item has no answer (or was declined, where
	// the instrument gives declining no meaning). No instrument in the
	// built-in catalog is prorated: its authors publish no prorating rule.
	ErrMissingItem = errors.New("assessment: required item not answered")
	// ErrNoValue: an answer that has no value and is not declined; a
	// missing or null value is never read as a zero.
	ErrNoValue = errors.New("assessment: answer has no value")
	// ErrBadAnswer: an answer value that is not one of the item's options.
	ErrBadAnswer = errors.New("assessment: answer is not one of the item's options")
	// ErrSkipConflict: an answer other than 0 to an item the instrument's
	// skip rule says is skipped (for example AUDIT questions 2–8 after
	// "Never" to question 1).
	ErrSkipConflict = errors.New("assessment: answer given to an item the skip rule skips")
	// ErrDeclinedWithValue: an answer marked declined that also carries a
	// value, even 0.
	ErrDeclinedWithValue = errors.New("assessment: declined answer carries a value")

	// ErrBadDefinition: an instrument definition that cannot be scored;
	// [Instrument.Validate] says which field is at fault.
	ErrBadDefinition = errors.New("assessment: invalid instrument definition")
	// ErrDuplicateID: two catalog entries with one ID, or two items, options
	// or subscales with one ID within an instrument.
	ErrDuplicateID = errors.New("assessment: duplicate ID")
	// ErrBadCode: a code (LOINC, ICD-10-CM) that is not well formed.
	ErrBadCode = errors.New("assessment: malformed code")
)

// A FlagError is the error of a response or intake that could not be
// scored but whose valid answers raised flags. It wraps the
// *[validation.Error] listing the problems, so errors.As and errors.Is see
// through it, and carries the flags, which must be acted on like those of a
// complete result. Its text names the flags by ID (catalog identifiers,
// never what a respondent typed), so they show in any log of the error.
type FlagError struct {
	// Flags are the flags raised, in the order of the responses and of
	// each instrument's flag rules.
	Flags []Flag
	// Err is the *validation.Error listing the problems.
	Err error
}

// Error names the flags in the order they were raised, then the problems.
func (e *FlagError) Error() string {
	var b strings.Builder
	b.WriteString("assessment: flags raised by answers that could not be scored: ")
	for i, f := range e.Flags {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f.ID)
		b.WriteString(" (")
		b.WriteString(f.Urgency.String())
		b.WriteString(")")
	}
	if e.Err != nil {
		b.WriteString("; ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the *validation.Error listing the problems.
func (e *FlagError) Unwrap() error { return e.Err }

// cloneFlags returns a deep copy of flags.
func cloneFlags(flags []Flag) []Flag {
	out := make([]Flag, len(flags))
	for i := range flags {
		out[i] = flags[i].clone()
	}
	return out
}
