package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/validation"
)

// Errors of the FHIR import. Field problems come inside a
// *[validation.Error] at paths that follow the resource's JSON ("item/3/answer/0").
var (
	// ErrBadJSON: the input is not a JSON object of the expected shape.
	ErrBadJSON = errors.New("assessment: not valid FHIR JSON")
	// ErrTooLarge: the input exceeds [MaxFHIRSize].
	ErrTooLarge = errors.New("assessment: FHIR resource too large")
	// ErrWrongResource: resourceType is not QuestionnaireResponse.
	ErrWrongResource = errors.New("assessment: not a QuestionnaireResponse")
	// ErrBadStatus: a status that is missing, unknown, or entered-in-error.
	ErrBadStatus = errors.New("assessment: QuestionnaireResponse status is not usable")
	// ErrUnmappedAnswer: an answer whose code, number or carrier matches
	// none of the item's options.
	ErrUnmappedAnswer = errors.New("assessment: answer matches none of the item's options")
	// ErrConflictingAnswer: an answer whose code and score disagree, or two
	// answers to one item.
	ErrConflictingAnswer = errors.New("assessment: conflicting answers")
	// ErrNoLOINC: an Observation requested for an instrument without a
	// LOINC total-score code.
	ErrNoLOINC = errors.New("assessment: instrument has no LOINC total-score code")
)

// MaxFHIRSize is the largest QuestionnaireResponse accepted, in bytes.
const MaxFHIRSize = 1 << 20

// The FHIR extensions that carry an answer's score: ordinalValue in R4,
// renamed itemWeight in the FHIR Extensions Pack.
const (
	extOrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
	extItemWeight   = "http://hl7.org/fhir/StructureDefinition/itemWeight"
)

// An Import is a QuestionnaireResponse read into a [Response].
type Import struct {
	// Response holds the answers mapped to the instrument's items, ready to
	// score. Its Sex is unset: set it before scoring an instrument with
	// sex-specific cut-offs.
	Response Response
	// Unmapped lists the items that carried answers but matched no item of
	// the instrument; they are reported, never silently dropped.
	Unmapped []UnmappedItem
	// ReportedTotal is the total the resource itself states, if it carries
	// the instrument's LOINC total-score item; compare it with the score.
	ReportedTotal *int
}

// An UnmappedItem is an answered item of a QuestionnaireResponse that no
// item of the instrument matches.
type UnmappedItem struct {
	// Path locates it in the resource, such as "item/0/item/9".
	Path string
	// LinkID is the item's linkId as the resource gives it.
	LinkID string
}

// An ImportOption configures [Catalog.ImportQuestionnaireResponse].
type ImportOption interface{ apply(*importConfig) }

type importConfig struct{ instrument InstrumentID }

type instrumentOption InstrumentID

func (o instrumentOption) apply(c *importConfig) { c.instrument = InstrumentID(o) }

// ForInstrument reads the resource as a response to the instrument id,
// instead of recognising the instrument from its codes. Items then also
// match by linkId equal to the item's ID ("1", "9"), for instruments without
// LOINC item codes.
func ForInstrument(id InstrumentID) ImportOption { return instrumentOption(id) }

// ImportQuestionnaireResponse reads a FHIR R4 QuestionnaireResponse with the
// built-in instruments; see [Catalog.ImportQuestionnaireResponse].
func ImportQuestionnaireResponse(data []byte, opts ...ImportOption) (Import, error) {
	return builtin().ImportQuestionnaireResponse(data, opts...)
}

// ImportQuestionnaireResponse reads a FHIR R4 QuestionnaireResponse (JSON)
// into a [Response] to one of the catalog's instruments.
//
// The instrument is the one named with [ForInstrument]; otherwise the one
// whose LOINC panel code or ID ends the resource's questionnaire canonical;
// otherwise the one whose LOINC item codes match the most answered items
// (the shorter instrument on a tie, so two PHQ items read as a PHQ-2).
// Items match by LOINC code in linkId (bare, or as the last segment of a
// path such as "/44249-1/44250-9") or in definition. Answers are read
// leniently and scored exactly: a valueCoding by LOINC answer code with or
// without system, or by its ordinalValue or itemWeight extension;
// valueInteger, an integral valueDecimal, or an integral valueQuantity
// value; valueBoolean for yes/no items. Nested items are followed.
//
// It returns [ErrTooLarge], [ErrBadJSON], or a *[validation.Error] with
// [ErrWrongResource] at "resourceType", [ErrBadStatus] at "status",
// [ErrBadDate] at "authored", [ErrUnknownInstrument] at "questionnaire"
// when no instrument can be recognised, and at "item/…/answer/…"
// [ErrUnmappedAnswer] and [ErrConflictingAnswer]. It does not score: pass
// the Import's Response to [Catalog.Score], which reports missing items.
func (c *Catalog) ImportQuestionnaireResponse(data []byte, opts ...ImportOption) (Import, error) {
	var cfg importConfig
	for _, o := range opts {
		o.apply(&cfg)
	}
	if len(data) > MaxFHIRSize {
		return Import{}, ErrTooLarge
	}
	var qr fhirQR
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&qr); err != nil {
		return Import{}, ErrBadJSON
	}
	var v validation.Collector
	if qr.ResourceType != "QuestionnaireResponse" {
		v.Add("resourceType", ErrWrongResource)
		return Import{}, v.Err()
	}
	switch qr.Status {
	case "completed", "amended", "in-progress", "stopped":
	default:
		v.Add("status", ErrBadStatus)
	}
	var date Date
	if qr.Authored != "" {
		d, err := ParseDate(prefix(qr.Authored, 10))
		if err != nil {
			v.Add("authored", ErrBadDate)
		}
		date = d
	}
	var answered []flatItem
	flatten(qr.Item, "item", &answered)

	in := c.recognise(cfg.instrument, qr.Questionnaire, answered)
	if in == nil {
		v.Add("questionnaire", ErrUnknownInstrument)
		return Import{}, v.Err()
	}
	imp := Import{Response: Response{Instrument: in.ID, Date: date}}
	byItem := map[int]int{} // item index → answer index in imp.Response.Answers
	for _, fi := range answered {
		if in.Total != "" && fi.code == in.Total {
			if t, ok := integral(fi.item.Answer[0]); ok {
				imp.ReportedTotal = &t
			}
			continue
		}
		idx := in.match(fi, cfg.instrument != "")
		if idx < 0 {
			imp.Unmapped = append(imp.Unmapped, UnmappedItem{Path: fi.path, LinkID: fi.item.LinkID})
			continue
		}
		if len(fi.item.Answer) > 1 {
			v.Add(fi.path+"/answer/1", ErrConflictingAnswer)
			continue
		}
		val, err := in.Items[idx].read(fi.item.Answer[0])
		if err != nil {
			v.Add(fi.path+"/answer/0", err)
			continue
		}
		if prev, dup := byItem[idx]; dup {
			if *imp.Response.Answers[prev].Value != val {
				v.Add(fi.path+"/answer/0", ErrConflictingAnswer)
			}
			continue
		}
		byItem[idx] = len(imp.Response.Answers)
		imp.Response.Answers = append(imp.Response.Answers, Answer{Item: in.Items[idx].ID, Value: &val})
	}
	if err := v.Err(); err != nil {
		return Import{}, err
	}
	return imp, nil
}

type fhirQR struct {
	ResourceType  string     `json:"resourceType"`
	Questionnaire string     `json:"questionnaire"`
	Status        string     `json:"status"`
	Authored      string     `json:"authored"`
	Item          []fhirItem `json:"item"`
}

type fhirItem struct {
	LinkID     string       `json:"linkId"`
	Definition string       `json:"definition"`
	Answer     []fhirAnswer `json:"answer"`
	Item       []fhirItem   `json:"item"`
}

type fhirAnswer struct {
	ValueCoding   *fhirCoding     `json:"valueCoding"`
	ValueInteger  *json.Number    `json:"valueInteger"`
	ValueDecimal  *json.Number    `json:"valueDecimal"`
	ValueQuantity *fhirQuantity   `json:"valueQuantity"`
	ValueBoolean  *bool           `json:"valueBoolean"`
	Extension     []fhirExtension `json:"extension"`
	Item          []fhirItem      `json:"item"`
}

type fhirCoding struct {
	System    string          `json:"system"`
	Code      string          `json:"code"`
	Extension []fhirExtension `json:"extension"`
}

type fhirQuantity struct {
	Value *json.Number `json:"value"`
}

type fhirExtension struct {
	URL          string       `json:"url"`
	ValueDecimal *json.Number `json:"valueDecimal"`
	ValueInteger *json.Number `json:"valueInteger"`
}

// flatItem is an answered item with its path and the LOINC code found in
// its linkId or definition.
type flatItem struct {
	path string
	code LOINC
	item fhirItem
}

func flatten(items []fhirItem, path string, out *[]flatItem) {
	for i, it := range items {
		p := path + "/" + strconv.Itoa(i)
		if len(it.Answer) > 0 {
			*out = append(*out, flatItem{path: p, code: codeIn(it), item: it})
		}
		flatten(it.Item, p+"/item", out)
		for j, a := range it.Answer {
			flatten(a.Item, p+"/answer/"+strconv.Itoa(j)+"/item", out)
		}
	}
}

// codeIn finds a LOINC term code in an item's linkId or definition: the
// last segment after '/', '#' or '|'.
func codeIn(it fhirItem) LOINC {
	for _, s := range []string{it.LinkID, it.Definition} {
		if i := strings.LastIndexAny(s, "/#|"); i >= 0 {
			s = s[i+1:]
		}
		if c := LOINC(strings.TrimSpace(s)); c.Valid() {
			return c
		}
	}
	return ""
}

func (c *Catalog) recognise(id InstrumentID, canonical string, items []flatItem) *Instrument {
	if id != "" {
		return c.get(id)
	}
	if canonical != "" {
		last := canonical
		if i := strings.IndexByte(last, '|'); i >= 0 {
			last = last[:i]
		}
		if i := strings.LastIndexAny(last, "/#"); i >= 0 {
			last = last[i+1:]
		}
		for i := range c.list {
			in := &c.list[i]
			if (in.Panel != "" && string(in.Panel) == last) || strings.EqualFold(string(in.ID), last) {
				return in
			}
		}
	}
	var best *Instrument
	bestCount := 0
	for i := range c.list {
		in := &c.list[i]
		n := 0
		for _, fi := range items {
			if in.match(fi, false) >= 0 {
				n++
			}
		}
		if n > bestCount || (n == bestCount && n > 0 && len(in.Items) < len(best.Items)) {
			best, bestCount = in, n
		}
	}
	return best
}

// match returns the index of the item fi answers, or -1. With byID, a
// linkId equal to an item ID matches too.
func (in *Instrument) match(fi flatItem, byID bool) int {
	if fi.code != "" {
		for i := range in.Items {
			if in.Items[i].Code == fi.code {
				return i
			}
		}
	}
	if byID {
		return in.itemIndex(fi.item.LinkID)
	}
	return -1
}

// read maps one FHIR answer to an option value of the item.
func (it *Item) read(a fhirAnswer) (int, error) {
	ordinal, hasOrdinal, err := ordinalOf(a.Extension)
	if err != nil {
		return 0, err
	}
	switch {
	case a.ValueCoding != nil:
		cd := a.ValueCoding
		o2, has2, err := ordinalOf(cd.Extension)
		if err != nil {
			return 0, err
		}
		if has2 {
			if hasOrdinal && o2 != ordinal {
				return 0, ErrConflictingAnswer
			}
			ordinal, hasOrdinal = o2, true
		}
		if cd.System == "" || cd.System == LOINCSystem {
			for _, o := range it.Options {
				if o.Code != "" && (LOINC(cd.Code) == o.Code || containsCode(o.AltCodes, LOINC(cd.Code))) {
					if hasOrdinal && ordinal != o.Value {
						return 0, ErrConflictingAnswer
					}
					return o.Value, nil
				}
			}
		}
		if hasOrdinal && it.hasValue(ordinal) {
			return ordinal, nil
		}
		return 0, ErrUnmappedAnswer
	case a.ValueInteger != nil:
		return it.number(*a.ValueInteger)
	case a.ValueDecimal != nil:
		return it.number(*a.ValueDecimal)
	case a.ValueQuantity != nil && a.ValueQuantity.Value != nil:
		return it.number(*a.ValueQuantity.Value)
	case a.ValueBoolean != nil:
		if !it.yesNo() {
			return 0, ErrUnmappedAnswer
		}
		if *a.ValueBoolean {
			return 1, nil
		}
		return 0, nil
	}
	return 0, ErrUnmappedAnswer
}

func (it *Item) number(n json.Number) (int, error) {
	v, ok := integralNumber(n)
	if !ok || !it.hasValue(v) {
		return 0, ErrUnmappedAnswer
	}
	return v, nil
}

// yesNo reports whether the item's options are exactly No = 0 and Yes = 1.
func (it *Item) yesNo() bool {
	return len(it.Options) == 2 && it.hasValue(0) && it.hasValue(1)
}

func containsCode(codes []LOINC, c LOINC) bool {
	for _, x := range codes {
		if x == c {
			return true
		}
	}
	return false
}

func ordinalOf(exts []fhirExtension) (int, bool, error) {
	for _, e := range exts {
		if e.URL != extOrdinalValue && e.URL != extItemWeight {
			continue
		}
		n := e.ValueDecimal
		if n == nil {
			n = e.ValueInteger
		}
		if n == nil {
			return 0, false, ErrUnmappedAnswer
		}
		v, ok := integralNumber(*n)
		if !ok {
			return 0, false, ErrUnmappedAnswer
		}
		return v, true, nil
	}
	return 0, false, nil
}

func integral(a fhirAnswer) (int, bool) {
	switch {
	case a.ValueInteger != nil:
		return integralNumber(*a.ValueInteger)
	case a.ValueDecimal != nil:
		return integralNumber(*a.ValueDecimal)
	case a.ValueQuantity != nil && a.ValueQuantity.Value != nil:
		return integralNumber(*a.ValueQuantity.Value)
	}
	return 0, false
}

// integralNumber reads a JSON number that must be a whole number within a
// small range ("2", "2.0", "2e0"; not "2.5").
func integralNumber(n json.Number) (int, bool) {
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) || math.Abs(f) > 1e6 {
		return 0, false
	}
	return int(f), true
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// An Observation is a FHIR R4 Observation resource carrying an instrument's
// total score, written by [Catalog.Observation] with hand-written structs
// and encoding/json. It has no subject: the host, which keeps identity, adds
// the subject and any derivedFrom reference.
type Observation struct {
	ResourceType      string            `json:"resourceType"`
	Status            string            `json:"status"`
	Category          []CodeableConcept `json:"category"`
	Code              CodeableConcept   `json:"code"`
	EffectiveDateTime string            `json:"effectiveDateTime,omitempty"`
	ValueInteger      int               `json:"valueInteger"`
	Interpretation    []CodeableConcept `json:"interpretation,omitempty"`
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

// Observation writes r as a FHIR R4 Observation with the built-in
// instruments; see [Catalog.Observation].
func (r Result) Observation() (Observation, error) { return builtin().Observation(r) }

// Observation returns the FHIR R4 Observation of a result: status final,
// category survey, code the instrument's LOINC total-score code, the total
// as valueInteger, the date as effectiveDateTime, and the band and screen as
// interpretation text. It returns [ErrUnknownInstrument] for an instrument
// not in the catalog and [ErrNoLOINC] for one without a total-score code.
func (c *Catalog) Observation(r Result) (Observation, error) {
	in := c.get(r.Instrument)
	if in == nil {
		return Observation{}, ErrUnknownInstrument
	}
	if in.Total == "" {
		return Observation{}, ErrNoLOINC
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
	if r.Band.Label != "" {
		o.Interpretation = append(o.Interpretation, CodeableConcept{Text: r.Band.Label})
	}
	if r.Screen != ScreenNone {
		o.Interpretation = append(o.Interpretation, CodeableConcept{Text: "screen " + r.Screen.String()})
	}
	return o, nil
}
