package traumainformed

import "errors"

// Errors of this package. Validation returns them inside a
// *[validation.Error], each at the path of the field at fault; test for them
// with errors.Is. None of their texts repeats what a client or clinician
// typed.
var (
	// ErrBadValue: an enumerated field holds a value that is not one of its
	// names, a required one is unset, or a language tag is undetermined.
	ErrBadValue = errors.New("traumainformed: not a valid value")
	// ErrOutOfRange: a number outside its field's range.
	ErrOutOfRange = errors.New("traumainformed: number out of range")
	// ErrRequired: a required field is empty.
	ErrRequired = errors.New("traumainformed: required field is empty")
	// ErrDuplicate: an entry listed twice (a practice, a readiness signal,
	// a catalog ID or a term form).
	ErrDuplicate = errors.New("traumainformed: listed more than once")
	// ErrUnknownPractice: a practice ID that is not in the catalog used.
	ErrUnknownPractice = errors.New("traumainformed: unknown practice")
	// ErrUnknownModality: a modality ID that package modality does not know.
	ErrUnknownModality = errors.New("traumainformed: unknown modality")
	// ErrPhaseMismatch: a work item records a phase that its modality does
	// not serve (package modality lists the phases each modality fits).
	ErrPhaseMismatch = errors.New("traumainformed: phase not served by the modality")
	// ErrNoWork: a work item names neither a modality nor a phase.
	ErrNoWork = errors.New("traumainformed: work item names neither a modality nor a phase")
	// ErrBadForm: a term form or exception that holds no word, or an
	// exception that does not contain one of its term's forms.
	ErrBadForm = errors.New("traumainformed: malformed term form")
)
