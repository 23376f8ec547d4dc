package assessment

import (
	"strings"

	"github.com/wholeperson/integrative/validation"
)

// An Observation is a FHIR R4 Observation resource carrying an instrument's
// total score, written by [Catalog.Observation] with hand-written structs
// and encoding/json. The library stores no identifiers: a subject or
// encounter reference appears only when the host passes one with
// [WithSubject] or [WithEncounter].
type Observation struct {
	ResourceType      string            `json:"resourceType"`
	Status            string            `json:"status"`
	Category          []CodeableConcept `json:"category"`
	Code              CodeableConcept   `json:"code"`
	Subject           *Reference        `json:"subject,omitempty"`
	Encounter         *Reference        `json:"encounter,omitempty"`
	EffectiveDateTime string            `json:"effectiveDateTime,omitempty"`
	ValueInteger      int               `json:"valueInteger"`
	Interpretation    []CodeableConcept `json:"interpretation,omitempty"`
	DerivedFrom       []Reference       `json:"derivedFrom,omitempty"`
}

// A CodeableConcept is a FHIR CodeableConcept.
type CodeableConcept struct {
	Coding []Coding `json:"coding,omitempty"`
	Text   string   `json:"text,omitempty"`
}

// A Coding is a FHIR Coding.
type Coding struct {
	System  string `json:"system,omitempty"`
	Code    string `json:"code"`
	Display string `json:"display,omitempty"`
}

// A Reference is a FHIR Reference by its literal reference, such as
// "QuestionnaireResponse/123" or "Patient/abc".
type Reference struct {
	Reference string `json:"reference"`
}

// An ObservationOption configures [Catalog.Observation]. A nil option is
// ignored.
type ObservationOption interface{ apply(*obsConfig) }

type obsConfig struct {
	from               *Import
	subject, encounter string
	hasSubject, hasEnc bool
}

type fromResponse struct{ imp Import }

func (o fromResponse) apply(c *obsConfig) { c.from = &o.imp }

// FromResponse makes the Observation follow the QuestionnaireResponse the
// result was scored from: its status (completed → final, amended →
// amended, in-progress and stopped → preliminary), its authored dateTime
// with time and zone as effectiveDateTime, and a derivedFrom reference to
// the response when it has an id.
func FromResponse(imp Import) ObservationOption { return fromResponse{imp} }

type subjectOption string

func (o subjectOption) apply(c *obsConfig) { c.subject, c.hasSubject = string(o), true }

// WithSubject sets the Observation's subject to the literal reference ref,
// such as "Patient/123" or "urn:uuid:…", which the host keeps; the library
// only copies it.
func WithSubject(ref string) ObservationOption { return subjectOption(ref) }

type encounterOption string

func (o encounterOption) apply(c *obsConfig) { c.encounter, c.hasEnc = string(o), true }

// WithEncounter sets the Observation's encounter to the literal reference
// ref, such as "Encounter/456".
func WithEncounter(ref string) ObservationOption { return encounterOption(ref) }

// Observation writes r as a FHIR R4 Observation with the built-in
// instruments; see [Catalog.Observation].
func (r Result) Observation(opts ...ObservationOption) (Observation, error) {
	return builtin().Observation(r, opts...)
}

// Observation returns the FHIR R4 Observation of a result: category survey,
// code the instrument's LOINC total-score code, the total as valueInteger,
// the band and screen as interpretation text, status final and the
// result's date as effectiveDateTime, unless [FromResponse] gives the
// response's status and authored time.
//
// It writes only what scoring could have produced: it returns a
// *[validation.Error] with [ErrUnknownInstrument] at "instrument",
// [ErrNoLOINC] at "instrument" for an instrument without a total-score
// code, [ErrMissingItem] at "incomplete" for the partial result of a
// response that could not be scored, [ErrOutOfRange] at "total" for a total
// the instrument cannot reach, [ErrBadValue] at "max", "band" and "screen"
// when they are not what the total gives, [ErrBadValue] at "subject" and
// "encounter" for a reference that is not a FHIR literal reference, and
// [ErrBadValue] at "instrument" when the response given with FromResponse
// answers another instrument.
func (c *Catalog) Observation(r Result, opts ...ObservationOption) (Observation, error) {
	var cfg obsConfig
	for _, o := range opts {
		if o != nil {
			o.apply(&cfg)
		}
	}
	var v validation.Collector
	in := c.get(r.Instrument)
	if in == nil {
		v.Add("instrument", ErrUnknownInstrument)
		return Observation{}, v.Err()
	}
	if in.Total == "" {
		v.Add("instrument", ErrNoLOINC)
		return Observation{}, v.Err()
	}
	c.checkResult(&v, in, &r)
	if cfg.hasSubject && !fhirReference(cfg.subject) {
		v.Add("subject", ErrBadValue)
	}
	if cfg.hasEnc && !fhirReference(cfg.encounter) {
		v.Add("encounter", ErrBadValue)
	}
	if f := cfg.from; f != nil && f.Response.Instrument != r.Instrument {
		v.Add("instrument", ErrBadValue)
	}
	if err := v.Err(); err != nil {
		return Observation{}, err
	}
	o := Observation{
		ResourceType: "Observation",
		Status:       "final",
		Category: []CodeableConcept{{Coding: []Coding{{
			System:  "http://terminology.hl7.org/CodeSystem/observation-category",
			Code:    "survey",
			Display: "Survey",
		}}}},
		Code: CodeableConcept{
			Coding: []Coding{{System: LOINCSystem, Code: string(in.Total)}},
			Text:   in.Abbrev + " " + in.TotalLabel,
		},
		EffectiveDateTime: r.Date.String(),
		ValueInteger:      r.Total,
	}
	if f := cfg.from; f != nil {
		switch f.Status {
		case "amended":
			o.Status = "amended"
		case "in-progress", "stopped":
			o.Status = "preliminary"
		}
		if f.Authored != "" {
			o.EffectiveDateTime = f.Authored
		}
		if f.ResourceID != "" {
			o.DerivedFrom = []Reference{{Reference: "QuestionnaireResponse/" + f.ResourceID}}
		}
	}
	if cfg.hasSubject {
		o.Subject = &Reference{Reference: cfg.subject}
	}
	if cfg.hasEnc {
		o.Encounter = &Reference{Reference: cfg.encounter}
	}
	if r.Band.Label != "" {
		o.Interpretation = append(o.Interpretation, CodeableConcept{Text: r.Band.Label})
	}
	if r.Screen != ScreenNone {
		o.Interpretation = append(o.Interpretation, CodeableConcept{Text: "screen " + r.Screen.String()})
	}
	return o, nil
}

// checkResult reports what in r scoring could not have produced.
func (c *Catalog) checkResult(v *validation.Collector, in *Instrument, r *Result) {
	if r.Incomplete {
		v.Add("incomplete", ErrMissingItem)
		return
	}
	lo, hi := in.Range()
	if r.Total < lo || r.Total > hi {
		v.Add("total", ErrOutOfRange)
		return
	}
	if r.Max != hi {
		v.Add("max", ErrBadValue)
	}
	if r.Band != in.band(r.Total) {
		v.Add("band", ErrBadValue)
	}
	screens := [...]Screen{in.Cutoff.read(r.Total, SexFemale), in.Cutoff.read(r.Total, SexMale), in.Cutoff.read(r.Total, SexOther)}
	ok := false
	for _, s := range screens {
		ok = ok || s == r.Screen
	}
	// A declined answer makes some screens positive whatever the total.
	ok = ok || (in.DeclinedIsPositive && r.Screen == ScreenPositive)
	if !ok {
		v.Add("screen", ErrBadValue)
	}
}

// fhirReference reports whether s is a FHIR literal reference: a relative
// reference ("Patient/123", "Patient/123/_history/2"), an absolute URL, or
// a urn:uuid or urn:oid, without spaces or control characters.
func fhirReference(s string) bool {
	if s == "" || len(s) > 4096 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] == 0x7f {
			return false
		}
	}
	if strings.HasPrefix(s, "urn:uuid:") || strings.HasPrefix(s, "urn:oid:") ||
		strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return true
	}
	typ, id, ok := strings.Cut(s, "/")
	if !ok || typ == "" || typ[0] < 'A' || typ[0] > 'Z' {
		return false
	}
	for i := 0; i < len(typ); i++ {
		if c := typ[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	id, _, _ = strings.Cut(id, "/_history/")
	return fhirID(id)
}
