package assessment

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/validation"
)

// An Intake is a whole-person intake: for each [Domain], whether it was
// assessed, and the structured facts later checks need. Free-text fields
// hold the client's and clinician's own words; they are kept as given, never
// interpreted, and never repeated in errors. An Intake holds no identifiers.
type Intake struct {
	// Date is the day the intake was completed or last updated. Required.
	// Responses and last-use dates may not be later.
	Date Date `json:"date"`
	// Client is the clinical context. Required.
	Client Client `json:"client"`
	// Domains records, per domain, whether it was assessed or declined; a
	// domain not listed was not assessed. See [Intake.Status].
	Domains map[DomainID]DomainStatus `json:"domains,omitempty"`
	// Conditions are the diagnoses, provisional or confirmed.
	Conditions []Condition `json:"conditions,omitempty"`
	// Responses are the instruments completed, with their dates.
	Responses []Response `json:"responses,omitempty"`

	Sleep       Sleep           `json:"sleep,omitzero"`
	Nutrition   Nutrition       `json:"nutrition,omitzero"`
	Movement    Movement        `json:"movement,omitzero"`
	Supplements []SupplementUse `json:"supplements,omitempty"`
	// Practices are non-Western and complementary practices in use, in the
	// client's words (yoga, acupuncture, prayer, a traditional healer).
	Practices  []string       `json:"practices,omitempty"`
	Substances []SubstanceUse `json:"substances,omitempty"`
	Trauma     Trauma         `json:"trauma,omitzero"`
	Meaning    Meaning        `json:"meaning,omitzero"`
	// Strengths and Vulnerabilities are in the client's or clinician's
	// words.
	Strengths       []string `json:"strengths,omitempty"`
	Vulnerabilities []string `json:"vulnerabilities,omitempty"`
	// Languages are the client's preferred languages, most preferred first,
	// as BCP 47 tags. Use [Intake.PreferredLanguages] to show or match
	// them: it drops private-use and extension subtags, which may carry
	// free text.
	Languages []language.Tag `json:"languages,omitempty"`
	// CultureNotes record culture, identity and the client's own
	// understanding of their difficulties, as the client wishes them known.
	CultureNotes []string `json:"cultureNotes,omitempty"`
	// Goals are the client's goals in their own words.
	Goals       []string    `json:"goals,omitempty"`
	Preferences Preferences `json:"preferences,omitzero"`
}

// Status returns the recorded status of domain d: [NotAssessed] when the
// intake does not list it.
func (in Intake) Status(d DomainID) DomainStatus {
	if s, ok := in.Domains[d]; ok {
		return s
	}
	return NotAssessed
}

// PreferredLanguages returns the intake's languages as a finding, a form
// or a matcher should see them: canonicalized (the deprecated "iw" becomes
// "he"), reduced to language, script, region and variants (private-use
// and extension subtags, which may carry free text, are dropped), without
// repeats, most preferred first. A tag with no language ("und", "x-…") is
// left out; [Catalog.ScoreIntake] reports it.
func (in Intake) PreferredLanguages() []language.Tag {
	var out []language.Tag
	for _, t := range in.Languages {
		n, ok := normalLanguage(t)
		if ok && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// normalLanguage returns t canonicalized and without private-use or
// extension subtags; ok is false when t names no language.
func normalLanguage(t language.Tag) (language.Tag, bool) {
	c, err := language.All.Canonicalize(t)
	if err != nil {
		c = t
	}
	base, script, region := c.Raw()
	if base.String() == "und" {
		return language.Und, false
	}
	parts := []any{base}
	if s := script.String(); s != "Zzzz" && !script.IsPrivateUse() {
		parts = append(parts, script)
	}
	if r := region.String(); r != "ZZ" && !region.IsPrivateUse() {
		parts = append(parts, region)
	}
	if vs := c.Variants(); len(vs) > 0 {
		parts = append(parts, vs)
	}
	n, err := language.Compose(parts...)
	if err != nil {
		return language.Und, false
	}
	return n, true
}

// Sleep holds the sleep facts of an intake. Each field is optional.
type Sleep struct {
	// HoursPerNight is the usual hours of sleep a night, 0-24.
	HoursPerNight *float64 `json:"hoursPerNight,omitempty"`
	// Quality is how restorative the client finds their sleep.
	Quality    Rating `json:"quality,omitempty"`
	Insomnia   YesNo  `json:"insomnia,omitempty"`
	Nightmares YesNo  `json:"nightmares,omitempty"`
}

// Nutrition holds the nutrition facts of an intake.
type Nutrition struct {
	// Quality is how nutrient-dense the diet is.
	Quality Rating `json:"quality,omitempty"`
	// Notes are in the client's or clinician's words.
	Notes []string `json:"notes,omitempty"`
}

// Movement holds the movement facts of an intake.
type Movement struct {
	// DaysPerWeek is the number of days a week with deliberate movement,
	// 0-7.
	DaysPerWeek *int `json:"daysPerWeek,omitempty"`
	// Activities are in the client's words ("walks the dog").
	Activities []string `json:"activities,omitempty"`
}

// A SupplementUse is an herb, supplement or other product the client takes.
type SupplementUse struct {
	// Name is the product as the client names it; the medication package
	// resolves it against its catalog. Required.
	Name string `json:"name"`
	// Schedule is how it is taken, in the client's words ("nightly").
	Schedule string `json:"schedule,omitempty"`
	// SelfStarted records that the client started it without a clinician.
	SelfStarted YesNo `json:"selfStarted,omitempty"`
}

// A SubstanceUse is a substance the client uses: alcohol, cannabis,
// nicotine, a medication not prescribed to them, and so on.
type SubstanceUse struct {
	// Substance is the substance as named at intake; the medication package
	// resolves it against its catalog. Required.
	Substance string `json:"substance"`
	// Frequency is how often it was used in the past year. Required.
	Frequency Frequency `json:"frequency"`
	// LastUse is the day of last use, if known.
	LastUse Date `json:"lastUse,omitzero"`
}

// Trauma holds what the client chose to share about trauma exposure.
type Trauma struct {
	// Exposure is the client's answer, including a decision not to say.
	Exposure Exposure `json:"exposure,omitempty"`
	// ACECount is the number of ACE categories endorsed, 0-10, if asked.
	ACECount *int `json:"aceCount,omitempty"`
}

// Meaning holds what gives the client meaning and purpose.
type Meaning struct {
	// Sources are what has given the greatest sense of meaning.
	Sources []string `json:"sources,omitempty"`
	// Barriers are what keeps the client from them now.
	Barriers []string `json:"barriers,omitempty"`
}

// Preferences are the client's treatment preferences.
type Preferences struct {
	Medication Openness `json:"medication,omitempty"`
	Therapy    Openness `json:"therapy,omitempty"`
}

// DomainStatus is whether a domain was covered at intake.
type DomainStatus uint8

// The values of [DomainStatus]. Declining is a valid answer, never an error.
const (
	DomainStatusUnknown DomainStatus = iota
	NotAssessed
	Assessed
	// Declined: the client chose not to discuss the domain.
	Declined
)

var domainStatusNames = []string{
	DomainStatusUnknown: "unknown",
	NotAssessed:         "not-assessed",
	Assessed:            "assessed",
	Declined:            "declined",
}

// domainStatusAliases are the other names [ParseDomainStatus] accepts.
var domainStatusAliases = map[string]DomainStatus{"asked-declined": Declined}

// String returns the name of s, such as "declined". It never panics.
func (s DomainStatus) String() string { return enum.Name(domainStatusNames, s, "DomainStatus") }

// Valid reports whether s is a named value other than the zero value.
func (s DomainStatus) Valid() bool { return enum.Valid(domainStatusNames, s) }

// ParseDomainStatus returns the DomainStatus named text ("assessed", "not assessed", "declined", in any case; "asked-declined", the FHIR data-absent reason, reads as [Declined]). It returns [ErrBadValue] for
// any other text.
func ParseDomainStatus(text string) (DomainStatus, error) {
	return parseWith[DomainStatus](domainStatusNames, domainStatusAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value is empty
// text; it returns [ErrBadValue] for a value outside the enumeration.
func (s DomainStatus) MarshalText() ([]byte, error) {
	return enum.Marshal(domainStatusNames, s, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDomainStatus];
// empty text is the zero value.
func (s *DomainStatus) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(domainStatusNames, domainStatusAliases, s, text, ErrBadValue)
}

// Rating is a three-point rating of quality. The zero value means not
// recorded.
type Rating uint8

// The values of [Rating].
const (
	RatingUnknown Rating = iota
	Poor
	Fair
	Good
)

var ratingNames = []string{RatingUnknown: "unknown", Poor: "poor", Fair: "fair", Good: "good"}

// String returns the name of r, such as "poor". It never panics.
func (r Rating) String() string { return enum.Name(ratingNames, r, "Rating") }

// Valid reports whether r is poor, fair or good.
func (r Rating) Valid() bool { return enum.Valid(ratingNames, r) }

// ParseRating returns the Rating named text ("poor", "fair", "good", in any case). It returns [ErrBadValue] for
// any other text.
func ParseRating(text string) (Rating, error) { return parseWith[Rating](ratingNames, nil, text) }

// MarshalText implements [encoding.TextMarshaler]: the zero value is empty
// text; it returns [ErrBadValue] for a value outside the enumeration.
func (r Rating) MarshalText() ([]byte, error) { return enum.Marshal(ratingNames, r, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRating];
// empty text is the zero value.
func (r *Rating) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(ratingNames, nil, r, text, ErrBadValue)
}

// Frequency is how often a substance was used in the past year, in the
// categories of the NIDA Quick Screen. The zero value is invalid.
type Frequency uint8

// The values of [Frequency].
const (
	FrequencyUnknown Frequency = iota
	// NotPastYear: used before, but not in the past year.
	NotPastYear
	OnceOrTwice
	Monthly
	Weekly
	// Daily: daily or almost daily.
	Daily
)

var frequencyNames = []string{
	FrequencyUnknown: "unknown",
	NotPastYear:      "not-past-year",
	OnceOrTwice:      "once-or-twice",
	Monthly:          "monthly",
	Weekly:           "weekly",
	Daily:            "daily",
}

// String returns the name of f, such as "weekly". It never panics.
func (f Frequency) String() string { return enum.Name(frequencyNames, f, "Frequency") }

// Valid reports whether f is a named value other than the zero value.
func (f Frequency) Valid() bool { return enum.Valid(frequencyNames, f) }

// ParseFrequency returns the Frequency named text ("weekly", "Not past year", in any case). It returns [ErrBadValue] for
// any other text.
func ParseFrequency(text string) (Frequency, error) {
	return parseWith[Frequency](frequencyNames, nil, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value is empty
// text; it returns [ErrBadValue] for a value outside the enumeration.
func (f Frequency) MarshalText() ([]byte, error) {
	return enum.Marshal(frequencyNames, f, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseFrequency];
// empty text is the zero value.
func (f *Frequency) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(frequencyNames, nil, f, text, ErrBadValue)
}

// Exposure is the client's answer about trauma exposure. The zero value
// means not asked.
type Exposure uint8

// The values of [Exposure].
const (
	ExposureUnknown Exposure = iota
	ExposureYes
	ExposureNo
	// ExposureDeclined: the client chose not to say, a valid answer that
	// the trauma-informed lens respects without further questions.
	ExposureDeclined
)

var exposureNames = []string{
	ExposureUnknown:  "unknown",
	ExposureYes:      "yes",
	ExposureNo:       "no",
	ExposureDeclined: "declined",
}

// exposureAliases are the other names [ParseExposure] accepts.
var exposureAliases = map[string]Exposure{"asked-declined": ExposureDeclined, "prefer-not-to-say": ExposureDeclined}

// String returns the name of e, such as "declined". It never panics.
func (e Exposure) String() string { return enum.Name(exposureNames, e, "Exposure") }

// Valid reports whether e is yes, no or declined.
func (e Exposure) Valid() bool { return enum.Valid(exposureNames, e) }

// ParseExposure returns the Exposure named text ("yes", "no", "declined", in any case; "asked-declined" and "prefer not to say" read as [ExposureDeclined]). It returns [ErrBadValue] for
// any other text.
func ParseExposure(text string) (Exposure, error) {
	return parseWith[Exposure](exposureNames, exposureAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value is empty
// text; it returns [ErrBadValue] for a value outside the enumeration.
func (e Exposure) MarshalText() ([]byte, error) { return enum.Marshal(exposureNames, e, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseExposure];
// empty text is the zero value.
func (e *Exposure) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(exposureNames, exposureAliases, e, text, ErrBadValue)
}

// Openness is a client's stance on a kind of treatment. The zero value
// means not asked.
type Openness uint8

// The values of [Openness].
const (
	OpennessUnknown Openness = iota
	Open
	Unsure
	NotOpen
)

var opennessNames = []string{OpennessUnknown: "unknown", Open: "open", Unsure: "unsure", NotOpen: "not-open"}

// String returns the name of o, such as "open". It never panics.
func (o Openness) String() string { return enum.Name(opennessNames, o, "Openness") }

// Valid reports whether o is open, unsure or not open.
func (o Openness) Valid() bool { return enum.Valid(opennessNames, o) }

// ParseOpenness returns the Openness named text ("open", "unsure", "not open", in any case). It returns [ErrBadValue] for
// any other text.
func ParseOpenness(text string) (Openness, error) {
	return parseWith[Openness](opennessNames, nil, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value is empty
// text; it returns [ErrBadValue] for a value outside the enumeration.
func (o Openness) MarshalText() ([]byte, error) { return enum.Marshal(opennessNames, o, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseOpenness];
// empty text is the zero value.
func (o *Openness) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(opennessNames, nil, o, text, ErrBadValue)
}

// Validate checks the intake against the built-in instruments; see
// [Catalog.ScoreIntake] for the errors it returns.
func (in Intake) Validate() error {
	_, err := builtin().ScoreIntake(in)
	return err
}

// ScoreIntake scores the intake's responses with the built-in instruments;
// see [Catalog.ScoreIntake].
func ScoreIntake(in Intake) ([]Result, error) { return builtin().ScoreIntake(in) }

// ScoreIntake validates the intake and scores its responses, returning the
// results in date order (ties in response order). The client's sex is used
// for sex-specific cut-offs.
//
// It returns a *[validation.Error] listing every problem, at paths named by
// the JSON fields: [ErrBadDate] at "date" and for responses or last-use dates
// after it; the [Client.Validate] errors under "client"; [ErrBadValue] at
// "domains" for an unknown domain ID or status (the path does not repeat the
// key); the [Condition.Validate] errors under "conditions/<position>" and
// [ErrDuplicateID] for a repeated code; every scoring error of
// [Catalog.Score] under "responses/<position>", [ErrBadValue] at
// "responses/<position>/sex" when a response's sex contradicts the client's,
// and [ErrDuplicateID] at "responses/<position>/date" for a second response
// to one instrument on one date; [ErrRequired] for empty names and texts;
// [ErrOutOfRange] for sleep hours outside 0-24, days outside 0-7 and an ACE
// count outside 0-10; [ErrBadValue] for invalid enumerations and a language
// tag that names no language; and [ErrDuplicateID] for a language that
// repeats an earlier one once canonicalized.
//
// Flags are never lost to an error. With an error, ScoreIntake still
// returns a result for every response: complete for those that could be
// scored, partial (Incomplete, holding only flags) for the others, as
// [Catalog.Score] describes. When any response raised a flag, the error is a
// *[FlagError] carrying every flag of every response, valid or not.
func (c *Catalog) ScoreIntake(in Intake) ([]Result, error) {
	var v validation.Collector
	if in.Date.IsZero() {
		v.Add("date", ErrBadDate)
	}
	v.Merge("client", in.Client.Validate())
	for id, s := range in.Domains {
		if !knownDomain(id) || !s.Valid() {
			v.Add("domains", ErrBadValue)
		}
	}
	// Paths are built only for the problems found.
	at := func(list string, i int, field string) string {
		return validation.Join(list, validation.Index(i), field)
	}
	seen := make(map[ICD10CM]bool, len(in.Conditions))
	for i, cond := range in.Conditions {
		if err := cond.Validate(); err != nil {
			v.Merge(at("conditions", i, ""), err)
		}
		if seen[cond.Code] {
			v.Add(at("conditions", i, "code"), ErrDuplicateID)
		}
		seen[cond.Code] = true
	}
	type administration struct {
		id   InstrumentID
		date Date
	}
	given := make(map[administration]bool, len(in.Responses))
	results := make([]Result, 0, len(in.Responses))
	var flags []Flag
	for i, r := range in.Responses {
		if r.Date.IsZero() || (!in.Date.IsZero() && r.Date.After(in.Date)) {
			v.Add(at("responses", i, "date"), ErrBadDate)
		} else if k := (administration{r.Instrument, r.Date}); given[k] {
			v.Add(at("responses", i, "date"), ErrDuplicateID)
		} else {
			given[k] = true
		}
		if r.Sex != SexUnknown && r.Sex != in.Client.Sex {
			v.Add(at("responses", i, "sex"), ErrBadValue)
		}
		r.Sex = in.Client.Sex
		res, err := c.Score(r)
		if err != nil {
			v.Merge(at("responses", i, ""), problems(err))
		}
		results = append(results, res)
		for _, f := range res.Flags {
			flags = append(flags, f.clone())
		}
	}
	in.validateFacts(&v)
	slices.SortStableFunc(results, func(a, b Result) int { return a.Date.Compare(b.Date) })
	if err := v.Err(); err != nil {
		if len(flags) > 0 {
			err = &FlagError{Flags: flags, Err: err}
		}
		return results, err
	}
	return results, nil
}

// problems returns the *validation.Error inside err, which may be a
// *FlagError, so that its problems can be merged under a prefix.
func problems(err error) error {
	var ve *validation.Error
	if errors.As(err, &ve) {
		return ve
	}
	return err
}

func (in Intake) validateFacts(v *validation.Collector) {
	if h := in.Sleep.HoursPerNight; h != nil && (math.IsNaN(*h) || *h < 0 || *h > 24) {
		v.Add("sleep/hoursPerNight", ErrOutOfRange)
	}
	rating(v, "sleep/quality", in.Sleep.Quality)
	optional(v, "sleep/insomnia", in.Sleep.Insomnia)
	optional(v, "sleep/nightmares", in.Sleep.Nightmares)
	rating(v, "nutrition/quality", in.Nutrition.Quality)
	texts := func(path string, ss []string) {
		for i, s := range ss {
			if strings.TrimSpace(s) == "" {
				v.Add(validation.Join(path, validation.Index(i)), ErrRequired)
			}
		}
	}
	texts("nutrition/notes", in.Nutrition.Notes)
	if d := in.Movement.DaysPerWeek; d != nil && (*d < 0 || *d > 7) {
		v.Add("movement/daysPerWeek", ErrOutOfRange)
	}
	texts("movement/activities", in.Movement.Activities)
	for i, s := range in.Supplements {
		p := validation.Join("supplements", validation.Index(i))
		if strings.TrimSpace(s.Name) == "" {
			v.Add(p+"/name", ErrRequired)
		}
		optional(v, p+"/selfStarted", s.SelfStarted)
	}
	texts("practices", in.Practices)
	for i, s := range in.Substances {
		p := validation.Join("substances", validation.Index(i))
		if strings.TrimSpace(s.Substance) == "" {
			v.Add(p+"/substance", ErrRequired)
		}
		if !s.Frequency.Valid() {
			v.Add(p+"/frequency", ErrBadValue)
		}
		if !s.LastUse.IsZero() && !in.Date.IsZero() && s.LastUse.After(in.Date) {
			v.Add(p+"/lastUse", ErrBadDate)
		}
	}
	if e := in.Trauma.Exposure; e != ExposureUnknown && !e.Valid() {
		v.Add("trauma/exposure", ErrBadValue)
	}
	if n := in.Trauma.ACECount; n != nil && (*n < 0 || *n > 10) {
		v.Add("trauma/aceCount", ErrOutOfRange)
	}
	texts("meaning/sources", in.Meaning.Sources)
	texts("meaning/barriers", in.Meaning.Barriers)
	texts("strengths", in.Strengths)
	texts("vulnerabilities", in.Vulnerabilities)
	seenLanguage := make(map[language.Tag]bool, len(in.Languages))
	for i, t := range in.Languages {
		n, ok := normalLanguage(t)
		switch {
		case !ok:
			v.Add(validation.Join("languages", validation.Index(i)), ErrBadValue)
		case seenLanguage[n]:
			v.Add(validation.Join("languages", validation.Index(i)), ErrDuplicateID)
		}
		seenLanguage[n] = true
	}
	texts("cultureNotes", in.CultureNotes)
	texts("goals", in.Goals)
	openness(v, "preferences/medication", in.Preferences.Medication)
	openness(v, "preferences/therapy", in.Preferences.Therapy)
}

func rating(v *validation.Collector, path string, r Rating) {
	if r != RatingUnknown && !r.Valid() {
		v.Add(path, ErrBadValue)
	}
}

func openness(v *validation.Collector, path string, o Openness) {
	if o != OpennessUnknown && !o.Valid() {
		v.Add(path, ErrBadValue)
	}
}

// PointsOf returns the dated totals of instrument id among results, in date
// order, ready for [Track].
func PointsOf(results []Result, id InstrumentID) []Point {
	var pts []Point
	for _, r := range results {
		if r.Instrument == id {
			pts = append(pts, Point{Date: r.Date, Total: r.Total})
		}
	}
	slices.SortStableFunc(pts, func(a, b Point) int { return cmp.Compare(a.Date.days, b.Date.days) })
	return pts
}
