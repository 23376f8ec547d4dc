package traumainformed

import (
	"slices"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

// A Plan is what this package reads from a treatment plan: the client
// context, the trauma-informed practices the plan records, the languages
// care and materials are offered in, readiness for trauma processing, and
// the therapy work in order. It holds no identifiers and no free text the
// package interprets. Its lists have no length limit of their own (a host
// decoding JSON has validation.Decode's size limit): every check on a plan
// takes time linear in its size.
type Plan struct {
	// Client is the client context, usually built with [ClientOf].
	Client Client `json:"client"`
	// Practices are the practices the plan records, by catalog ID or
	// alias.
	Practices []PracticeID `json:"practices,omitempty"`
	// NotDone are practices the plan considered and does not carry, each
	// with the reason: offered and declined by the client, or not suited
	// to the client's age. A practice not done for a recorded reason
	// closes the gaps its absence would open (see [Catalog.Audit]).
	NotDone []NotDone `json:"notDone,omitempty"`
	// CareLanguages are the languages sessions are held in, directly or
	// through a qualified interpreter. Empty means not recorded.
	CareLanguages []language.Tag `json:"careLanguages,omitempty"`
	// MaterialLanguages are the languages the client's written materials
	// are available in. Empty means not recorded.
	MaterialLanguages []language.Tag `json:"materialLanguages,omitempty"`
	// Readiness records the readiness signals for trauma processing, each
	// met or not; a signal not listed is not recorded.
	Readiness []SignalStatus `json:"readiness,omitempty"`
	// Work is the therapy work of the plan in the order it is meant to
	// happen.
	Work []Work `json:"work,omitempty"`
	// Destabilized records that the client has destabilized during
	// treatment (a crisis, new acute suicide risk, a return to substance use
	// that prevents engagement), as the clinician judges it. Optional.
	Destabilized assessment.YesNo `json:"destabilized,omitempty"`
}

// Client is the client context the audit reads: what the client chose to
// share about trauma, preferred languages, and whether the client shared
// notes on culture and identity. The notes themselves are never read or
// repeated, only whether there are any.
type Client struct {
	// Exposure is the client's answer about trauma exposure, including a
	// decision not to say.
	Exposure assessment.Exposure `json:"exposure,omitempty"`
	// ACECount is the number of adverse childhood experience categories
	// endorsed, 0-10, if asked.
	ACECount *int `json:"aceCount,omitempty"`
	// Languages are the client's preferred languages, most preferred first.
	Languages []language.Tag `json:"languages,omitempty"`
	// CultureNotes are the client's notes on culture, identity and their
	// own understanding of their difficulties.
	CultureNotes []string `json:"cultureNotes,omitempty"`
}

// ClientOf returns the client context of an intake: its trauma answers,
// preferred languages and culture notes, copied.
func ClientOf(in assessment.Intake) Client {
	c := Client{
		Exposure:     in.Trauma.Exposure,
		Languages:    slices.Clone(in.Languages),
		CultureNotes: slices.Clone(in.CultureNotes),
	}
	if in.Trauma.ACECount != nil {
		n := *in.Trauma.ACECount
		c.ACECount = &n
	}
	return c
}

// Disclosure returns what the client context says about trauma exposure:
// [DisclosureReported] when the client reports exposure or endorses at
// least one adverse childhood experience, [DisclosureDeclined] when the
// client chose not to say, and [DisclosureNone] otherwise.
func (c Client) Disclosure() Disclosure {
	switch {
	case c.Exposure == assessment.ExposureYes || (c.ACECount != nil && *c.ACECount > 0):
		return DisclosureReported
	case c.Exposure == assessment.ExposureDeclined:
		return DisclosureDeclined
	default:
		return DisclosureNone
	}
}

// validate records the client's problems under prefix and returns the
// client's languages in normal form (see [Catalog.Audit]).
func (c Client) validate(v *validation.Collector, prefix string) []language.Tag {
	if e := c.Exposure; e != assessment.ExposureUnknown && !e.Valid() {
		v.Add(prefix+"/exposure", ErrBadValue)
	}
	if n := c.ACECount; n != nil && (*n < 0 || *n > 10) {
		v.Add(prefix+"/aceCount", ErrOutOfRange)
	}
	langs := normalTags(v, prefix+"/languages", c.Languages)
	for i, s := range c.CultureNotes {
		if blank(s) {
			v.Add(validation.Join(prefix, "cultureNotes", validation.Index(i)), ErrRequired)
		}
	}
	return langs
}

// A NotDone records a practice the plan considered and does not carry, and
// why.
type NotDone struct {
	// Practice is the practice, by catalog ID or alias.
	Practice PracticeID `json:"practice"`
	// Reason is required.
	Reason NotDoneReason `json:"reason"`
}

// NotDoneReason is why a plan does not carry a practice it considered.
// Both reasons close the practice's gaps: a choice the client made is
// respected (Empowerment, Voice and Choice), and a practice that does not
// suit the client's age is not asked for. The zero value,
// [NotDoneReasonUnknown], is invalid.
type NotDoneReason uint8

// The values of [NotDoneReason].
const (
	NotDoneReasonUnknown NotDoneReason = iota
	// Declined: the practice was offered and the client declined it, as
	// when a client chooses not to join a peer group.
	Declined
	// NotSuitedToAge: the clinician judged the practice not suited to the
	// client's age, as with an adult peer group for a young child.
	NotSuitedToAge
)

var notDoneReasonNames = []string{
	NotDoneReasonUnknown: "unknown",
	Declined:             "declined",
	NotSuitedToAge:       "not-suited-to-age",
}

// notDoneReasonAliases are other names hosts send for the reasons.
var notDoneReasonAliases = map[string]NotDoneReason{
	"client-declined":      Declined,
	"patient-declined":     Declined,
	"offered-and-declined": Declined,
	"not-age-appropriate":  NotSuitedToAge,
	"age-inappropriate":    NotSuitedToAge,
	"age":                  NotSuitedToAge,
}

// String returns the name of r, such as "declined". It never panics.
func (r NotDoneReason) String() string { return enum.Name(notDoneReasonNames, r, "NotDoneReason") }

// Valid reports whether r is a named value other than the zero value.
func (r NotDoneReason) Valid() bool { return enum.Valid(notDoneReasonNames, r) }

// ParseNotDoneReason returns the NotDoneReason named text, or by a synonym
// ("client-declined", "patient-declined", "not-age-appropriate"). Case,
// surrounding space and the separator ('-', '_' or ' ') do not matter. It
// returns [ErrBadValue] for any other text.
func ParseNotDoneReason(text string) (NotDoneReason, error) {
	return parse(notDoneReasonNames, notDoneReasonAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (r NotDoneReason) MarshalText() ([]byte, error) {
	return enum.Marshal(notDoneReasonNames, r, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseNotDoneReason]; empty
// text is the zero value, which validation reports where a value is
// required.
func (r *NotDoneReason) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(notDoneReasonNames, notDoneReasonAliases, r, text, ErrBadValue)
}

// Disclosure summarizes what a client shared about trauma exposure. It
// changes the explanation of a gap, never which gaps are reported: a
// trauma-informed approach takes universal precautions, expecting that
// anyone served may have a trauma history. The zero value,
// [DisclosureUnknown], is invalid.
type Disclosure uint8

// The values of [Disclosure].
const (
	DisclosureUnknown Disclosure = iota
	// DisclosureReported: the client reports trauma exposure or at least
	// one adverse childhood experience.
	DisclosureReported
	// DisclosureDeclined: the client chose not to say. The choice is
	// respected; nothing in this package asks for disclosure.
	DisclosureDeclined
	// DisclosureNone: no exposure reported, or not asked.
	DisclosureNone
)

var disclosureNames = []string{
	DisclosureUnknown:  "unknown",
	DisclosureReported: "reported",
	DisclosureDeclined: "declined",
	DisclosureNone:     "none-reported",
}

// disclosureAliases are other names hosts send for disclosures.
var disclosureAliases = map[string]Disclosure{
	"none":               DisclosureNone,
	"not-reported":       DisclosureNone,
	"declined-to-answer": DisclosureDeclined,
}

// String returns the name of d, such as "declined". It never panics.
func (d Disclosure) String() string { return enum.Name(disclosureNames, d, "Disclosure") }

// Valid reports whether d is a named value other than the zero value.
func (d Disclosure) Valid() bool { return enum.Valid(disclosureNames, d) }

// ParseDisclosure returns the Disclosure named text, or by a synonym
// ("none", "not-reported"). Case, surrounding space and the separator
// ('-', '_' or ' ') do not matter. It returns [ErrBadValue] for any other
// text.
func ParseDisclosure(text string) (Disclosure, error) {
	return parse(disclosureNames, disclosureAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (d Disclosure) MarshalText() ([]byte, error) {
	return enum.Marshal(disclosureNames, d, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDisclosure]; empty
// text is the zero value, which validation reports where a value is
// required.
func (d *Disclosure) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(disclosureNames, disclosureAliases, d, text, ErrBadValue)
}

// A SignalStatus records one readiness signal as met or not.
type SignalStatus struct {
	Signal SignalID `json:"signal"`
	// Met is required: [assessment.Yes] or [assessment.No].
	Met assessment.YesNo `json:"met"`
}

// A Work item is one block of therapy work in a plan: a modality, the phase
// of trauma care it serves, or both.
type Work struct {
	// Modality is the modality, by package modality's ID. Optional when
	// Phase is given (generic stabilization sessions, for example).
	Modality modality.ID `json:"modality,omitempty"`
	// Phase is the phase of trauma care the work serves. When it is not
	// given, it is taken from the modality: its only phase, or processing
	// for a trauma-focused modality that serves processing. Record it to be
	// precise (EMDR preparation is stabilization work, for example).
	Phase modality.Phase `json:"phase,omitempty"`
	// Status is required.
	Status WorkStatus `json:"status"`
	// Sessions is the number of sessions planned, if known.
	Sessions int `json:"sessions,omitempty"`
}

// WorkStatus is where a work item stands. The zero value,
// [WorkStatusUnknown], is invalid.
type WorkStatus uint8

// The values of [WorkStatus].
const (
	WorkStatusUnknown WorkStatus = iota
	WorkPlanned
	WorkActive
	WorkCompleted
)

var workStatusNames = []string{
	WorkStatusUnknown: "unknown",
	WorkPlanned:       "planned",
	WorkActive:        "active",
	WorkCompleted:     "completed",
}

// workStatusAliases are the FHIR R4 CarePlan activity status codes
// (http://hl7.org/fhir/care-plan-activity-status) that map to a status,
// and other names hosts send.
var workStatusAliases = map[string]WorkStatus{
	"not-started": WorkPlanned,
	"scheduled":   WorkPlanned,
	"in-progress": WorkActive,
	"ongoing":     WorkActive,
	"complete":    WorkCompleted,
	"done":        WorkCompleted,
}

// String returns the name of s, such as "planned". It never panics.
func (s WorkStatus) String() string { return enum.Name(workStatusNames, s, "WorkStatus") }

// Valid reports whether s is planned, active or completed.
func (s WorkStatus) Valid() bool { return enum.Valid(workStatusNames, s) }

// ParseWorkStatus returns the WorkStatus named text, or by a FHIR R4
// CarePlan activity status ("not-started" and "scheduled" are planned,
// "in-progress" is active) or another synonym ("complete", "done"). Case,
// surrounding space and the separator ('-', '_' or ' ') do not matter. It
// returns [ErrBadValue] for any other text.
func ParseWorkStatus(text string) (WorkStatus, error) {
	return parse(workStatusNames, workStatusAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (s WorkStatus) MarshalText() ([]byte, error) {
	return enum.Marshal(workStatusNames, s, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseWorkStatus]; empty
// text is the zero value, which validation reports where a value is
// required.
func (s *WorkStatus) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(workStatusNames, workStatusAliases, s, text, ErrBadValue)
}

// scheduled reports whether the work is still to come or under way.
func (s WorkStatus) scheduled() bool { return s == WorkPlanned || s == WorkActive }
