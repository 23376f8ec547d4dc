package assessment

import (
	"encoding/json"
	"slices"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/validation"
)

// A Response is one completed administration of an instrument.
type Response struct {
	// Instrument is the ID of the instrument answered.
	Instrument InstrumentID `json:"instrument"`
	// Date is the day it was completed. Scoring does not need it; an
	// [Intake] requires it.
	Date Date `json:"date,omitzero"`
	// Sex is the respondent's sex, used only by instruments with
	// sex-specific cut-offs (AUDIT-C). Leave it unset when it is not known:
	// the screen is then indeterminate where the cut-offs disagree.
	Sex Sex `json:"sex,omitempty"`
	// Answers are the answers given, in any order.
	Answers []Answer `json:"answers"`
}

// An Answer is the answer to one item: a value, or an explicit decline.
// An answer with neither is an error, never a zero.
type Answer struct {
	// Item is the item's ID, such as "9".
	Item string `json:"item"`
	// Value is the score of the option chosen, such as new(2). Nil means no
	// value: in JSON, a missing or null "value". Scoring reports
	// [ErrNoValue] for an answer with no value that is not declined.
	Value *int `json:"value,omitempty"`
	// Declined records that the respondent chose not to answer; Value must
	// then be nil. A declined item counts as missing unless the instrument
	// gives declining a meaning (the ASQ reads it as a positive screen).
	Declined bool `json:"declined,omitempty"`
}

// Values returns answers to items "1", "2", … in order, one per value: a
// shorthand for instruments whose items are numbered from 1. Its answers
// share one backing array for their values.
func Values(values ...int) []Answer {
	a := make([]Answer, len(values))
	vs := make([]int, len(values))
	copy(vs, values)
	for i := range vs {
		a[i] = Answer{Item: itemNumber(i + 1), Value: &vs[i]}
	}
	return a
}

var smallNumbers = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
	"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}

func itemNumber(n int) string {
	if n < len(smallNumbers) {
		return smallNumbers[n]
	}
	b := []byte{}
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// A Result is a scored response, or, with an error from [Catalog.Score], the
// partial result of a response that could not be scored: Incomplete set and
// only Instrument, Date, Flags and Warnings filled in.
type Result struct {
	// Instrument is the ID of the instrument scored.
	Instrument InstrumentID `json:"instrument"`
	// Date is the response's date.
	Date Date `json:"date,omitzero"`
	// Total is the sum of the scored items, skipped items counting 0.
	Total int `json:"total"`
	// Max is the highest possible total.
	Max int `json:"max"`
	// Band is the severity band of the total; its Label is empty when the
	// instrument has no bands or none covers the total.
	Band Band `json:"band,omitzero"`
	// Screen is the screening result; [ScreenNone] when the instrument has
	// no cut-off.
	Screen Screen `json:"screen,omitempty"`
	// Subscales are the subscale scores, in the instrument's order.
	Subscales []SubscaleScore `json:"subscales,omitempty"`
	// Criteria are the published symptom-count rules and whether each is
	// met.
	Criteria []CriterionResult `json:"criteria,omitempty"`
	// Flags are what must be acted on whatever the total, complete or not.
	Flags []Flag `json:"flags,omitempty"`
	// Warnings are problems with answers to unscored items that were set
	// aside without blocking the score, such as a PHQ-9 difficulty answer
	// that is not one of its options.
	Warnings []Warning `json:"warnings,omitempty"`
	// Incomplete marks the partial result of a response that could not be
	// scored: Total, Max, Band, Screen, Subscales and Criteria are unset.
	Incomplete bool `json:"incomplete,omitempty"`
}

// A Warning is a problem that did not block a score: an answer to an
// unscored item that was set aside, or, in a FHIR import, an answer that
// could not be read to such an item.
type Warning struct {
	// Path locates the problem, as a [validation.FieldError] would:
	// "answers/9/value", "items/exposure", "item/9/answer/0".
	Path string
	// Err is the problem, one of this package's sentinel errors such as
	// [ErrBadAnswer]; test it with errors.Is.
	Err error
}

// Error returns the path and the problem, as in "answers/9/value:
// assessment: answer is not one of the item's options".
func (w Warning) Error() string {
	if w.Err == nil {
		return w.Path
	}
	return w.Path + ": " + w.Err.Error()
}

// Unwrap returns w.Err.
func (w Warning) Unwrap() error { return w.Err }

// warningErrors are the problems a Warning may hold.
var warningErrors = [...]error{ErrUnknownItem, ErrDuplicateItem, ErrMissingItem, ErrNoValue, ErrBadAnswer,
	ErrSkipConflict, ErrDeclinedWithValue, ErrUnmappedAnswer, ErrConflictingAnswer,
	validation.ErrWrongType, validation.ErrFieldCase, validation.ErrDuplicateField}

type warningJSON struct {
	Path    string `json:"path"`
	Problem string `json:"problem"`
}

// MarshalJSON writes w as {"path": ..., "problem": ...}, the problem being
// the text of its sentinel error.
func (w Warning) MarshalJSON() ([]byte, error) {
	j := warningJSON{Path: w.Path}
	if w.Err != nil {
		j.Problem = w.Err.Error()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes; the problem must be the text
// of one of this package's sentinel errors, or it returns [ErrBadValue].
func (w *Warning) UnmarshalJSON(data []byte) error {
	var j warningJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	for _, e := range warningErrors {
		if e.Error() == j.Problem {
			*w = Warning{Path: j.Path, Err: e}
			return nil
		}
	}
	return ErrBadValue
}

// clone returns a deep copy of r.
func (r Result) clone() Result {
	r.Subscales = slices.Clone(r.Subscales)
	r.Criteria = slices.Clone(r.Criteria)
	if len(r.Flags) > 0 {
		r.Flags = cloneFlags(r.Flags)
	}
	r.Warnings = slices.Clone(r.Warnings)
	return r
}

// Percentage returns the total as a percentage of the highest possible
// total, rounded down: the WHO-5's published percentage score (raw score ×
// 4). It returns 0 when the maximum is 0.
func (r Result) Percentage() int {
	if r.Max == 0 {
		return 0
	}
	return r.Total * 100 / r.Max
}

// Flag returns the flag with the given ID, if it was raised.
func (r Result) Flag(id string) (Flag, bool) {
	for _, f := range r.Flags {
		if f.ID == id {
			return f, true
		}
	}
	return Flag{}, false
}

// Subscale returns the score of the subscale with the given ID.
func (r Result) Subscale(id string) (SubscaleScore, bool) {
	for _, s := range r.Subscales {
		if s.ID == id {
			return s, true
		}
	}
	return SubscaleScore{}, false
}

// Criterion returns the result of the criterion with the given ID.
func (r Result) Criterion(id string) (CriterionResult, bool) {
	for _, c := range r.Criteria {
		if c.ID == id {
			return c, true
		}
	}
	return CriterionResult{}, false
}

// A SubscaleScore is the score of one [Subscale].
type SubscaleScore struct {
	ID    string `json:"id"`
	Score int    `json:"score"`
	Max   int    `json:"max"`
}

// A CriterionResult says whether a [Criterion] is met.
type CriterionResult struct {
	ID  string `json:"id"`
	Met bool   `json:"met"`
}

// clone returns a copy of f that shares no memory with it.
func (f Flag) clone() Flag {
	f.Items = slices.Clone(f.Items)
	f.Sources = slices.Clone(f.Sources)
	return f
}

// A Flag is something in a response that must be acted on whatever the
// total, such as a positive answer to PHQ-9 item 9.
type Flag struct {
	// ID is stable, prefixed with the instrument ID, such as "phq-9/item-9".
	ID string `json:"id"`
	// Urgency says how soon to act.
	Urgency Urgency `json:"urgency"`
	// Items are the IDs of the items that raised it.
	Items []string `json:"items,omitempty"`
	// Reason says, for the clinician, why it matters.
	Reason string `json:"reason"`
	// Action says what the sources ask the clinician to do.
	Action string `json:"action"`
	// Sources cite the reason and the action.
	Sources []evidence.Source `json:"sources"`
}

// Screen is the reading of a total against a screening cut-off.
type Screen uint8

// The values of [Screen].
const (
	// ScreenNone: the instrument has no screening cut-off.
	ScreenNone Screen = iota
	ScreenNegative
	ScreenPositive
	// ScreenIndeterminate: sex-specific cut-offs disagree and the
	// respondent's sex is not female or male, or not known.
	ScreenIndeterminate
)

var screenNames = []string{
	ScreenNone:          "none",
	ScreenNegative:      "negative",
	ScreenPositive:      "positive",
	ScreenIndeterminate: "indeterminate",
}

// String returns the name of s, such as "positive". It never panics.
func (s Screen) String() string { return enum.Name(screenNames, s, "Screen") }

// ParseScreen returns the Screen named text ("negative", "positive",
// "indeterminate", in any case). It returns [ErrBadValue] for any other
// text.
func ParseScreen(text string) (Screen, error) { return parse[Screen](screenNames, text) }

// MarshalText implements [encoding.TextMarshaler]: [ScreenNone] is empty
// text, which JSON fields omit with omitempty; it returns [ErrBadValue] for
// a value outside the enumeration.
func (s Screen) MarshalText() ([]byte, error) { return enum.Marshal(screenNames, s, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseScreen];
// empty text is [ScreenNone].
func (s *Screen) UnmarshalText(text []byte) error {
	return enum.Unmarshal(screenNames, s, text, ErrBadValue)
}

// Urgency is how soon a [Flag] must be acted on. The zero value,
// [UrgencyUnknown], is invalid.
type Urgency uint8

// The values of [Urgency], least urgent first.
const (
	UrgencyUnknown Urgency = iota
	// UrgencyRoutine: act on it in the course of care, such as a brief
	// intervention at this visit.
	UrgencyRoutine
	// UrgencySameDay: act today, before the person leaves, such as a
	// suicide risk assessment.
	UrgencySameDay
	// UrgencyEmergency: act now; the person should not be left alone or
	// leave until evaluated.
	UrgencyEmergency
)

var urgencyNames = []string{
	UrgencyUnknown:   "unknown",
	UrgencyRoutine:   "routine",
	UrgencySameDay:   "same-day",
	UrgencyEmergency: "emergency",
}

// String returns the name of u, such as "same-day". It never panics.
func (u Urgency) String() string { return enum.Name(urgencyNames, u, "Urgency") }

// Valid reports whether u is a named value other than [UrgencyUnknown].
func (u Urgency) Valid() bool { return enum.Valid(urgencyNames, u) }

// ParseUrgency returns the Urgency named text ("same-day", "Same Day"). It
// returns [ErrBadValue] for any other text.
func ParseUrgency(text string) (Urgency, error) { return parse[Urgency](urgencyNames, text) }

// MarshalText implements [encoding.TextMarshaler]: [UrgencyUnknown] is
// empty text; it returns [ErrBadValue] for a value outside the enumeration.
func (u Urgency) MarshalText() ([]byte, error) { return enum.Marshal(urgencyNames, u, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseUrgency].
func (u *Urgency) UnmarshalText(text []byte) error {
	return enum.Unmarshal(urgencyNames, u, text, ErrBadValue)
}
