package assessment

import "errors"

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
	// ErrBadAnswer: an answer value that is not one of the item's options.
	ErrBadAnswer = errors.New("assessment: answer is not one of the item's options")
	// ErrSkipConflict: an answer other than 0 to an item the instrument's
	// skip rule says is skipped (for example AUDIT questions 2–8 after
	// "Never" to question 1).
	ErrSkipConflict = errors.New("assessment: answer given to an item the skip rule skips")
	// ErrDeclinedWithValue: an answer marked declined that also carries a
	// value.
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
