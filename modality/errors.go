package modality

import "errors"

// Errors of this package. Validation returns them inside a
// *[validation.Error], each at the path of the field at fault; test for them
// with errors.Is. None of their texts repeats what a client or clinician
// typed.
var (
	// ErrBadValue: an enumerated field holds a value that is not one of its
	// names, or a required one is unset.
	ErrBadValue = errors.New("modality: not a valid value")
	// ErrRequired: a required field is empty.
	ErrRequired = errors.New("modality: required field is empty")
	// ErrOutOfRange: a number outside its field's range.
	ErrOutOfRange = errors.New("modality: number out of range")
	// ErrBadAge: a client age outside 0–130.
	ErrBadAge = errors.New("modality: age out of range")
	// ErrDuplicate: an ID, key or list entry given twice where each must be
	// unique.
	ErrDuplicate = errors.New("modality: duplicate entry")
	// ErrUnknownModality: a modality ID that is not in the catalog used.
	ErrUnknownModality = errors.New("modality: unknown modality")
	// ErrUnknownTechnique: a technique ID that is not in the catalog used.
	ErrUnknownTechnique = errors.New("modality: unknown technique")
	// ErrUnknownOrientation: an orientation ID that is not in the catalog
	// used.
	ErrUnknownOrientation = errors.New("modality: unknown orientation")
	// ErrUnknownName: a name that resolves to no modality or technique;
	// the *[UnknownNameError] that wraps it suggests catalog names.
	ErrUnknownName = errors.New("modality: unknown name")
	// ErrUnknownGroup: a condition group that package assessment does not
	// define.
	ErrUnknownGroup = errors.New("modality: unknown condition group")
	// ErrUnknownClinician: a component names a clinician key the plan does
	// not list.
	ErrUnknownClinician = errors.New("modality: unknown clinician")
	// ErrModalityOrTechnique: a component or competency that names both a
	// modality and a technique, or neither; exactly one is required.
	ErrModalityOrTechnique = errors.New("modality: exactly one of modality and technique is required")
	// ErrNoTiming: a component with neither a start date nor a sequence
	// number, so its place in the plan is unknown.
	ErrNoTiming = errors.New("modality: component has neither a start date nor a sequence number")
	// ErrBadDates: an end date without a start date, or before it.
	ErrBadDates = errors.New("modality: end date without or before start date")
	// ErrBadReference: a component replaces a key no other component has,
	// replaces itself, or is part of a cycle of replacements.
	ErrBadReference = errors.New("modality: bad component reference")
)
