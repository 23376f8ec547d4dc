package assessment

import (
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
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

// An Answer is the answer to one item.
type Answer struct {
	// Item is the item's ID, such as "9".
	Item string `json:"item"`
	// Value is the score of the option chosen.
	Value int `json:"value"`
	// Declined records that the respondent chose not to answer; Value must
	// then be 0. A declined item counts as missing unless the instrument
	// gives declining a meaning (the ASQ reads it as a positive screen).
	Declined bool `json:"declined,omitempty"`
}

// Values returns answers to items "1", "2", … in order, one per value: a
// shorthand for instruments whose items are numbered from 1.
func Values(values ...int) []Answer {
	a := make([]Answer, len(values))
	for i, v := range values {
		a[i] = Answer{Item: itemNumber(i + 1), Value: v}
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

// A Result is a scored response.
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
	// Flags are what must be acted on whatever the total.
	Flags []Flag `json:"flags,omitempty"`
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

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for [ScreenNone], which JSON fields omit with omitempty.
func (s Screen) MarshalText() ([]byte, error) { return enum.Marshal(screenNames, s, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler].
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

// ParseUrgency returns the Urgency named text. It returns [ErrBadValue] for
// any other text.
func ParseUrgency(text string) (Urgency, error) { return parse[Urgency](urgencyNames, text) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (u Urgency) MarshalText() ([]byte, error) { return enum.Marshal(urgencyNames, u, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseUrgency].
func (u *Urgency) UnmarshalText(text []byte) error {
	return enum.Unmarshal(urgencyNames, u, text, ErrBadValue)
}
