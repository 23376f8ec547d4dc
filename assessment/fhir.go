package assessment

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wholeperson/integrative/validation"
)

// Errors of the FHIR import and export. Field problems come inside a
// *[validation.Error] at paths that follow the resource's JSON
// ("item/3/answer/0").
var (
	// ErrBadJSON: the input is JSON but not an object of the expected
	// shape, such as an array where a resource belongs.
	ErrBadJSON = errors.New("assessment: not valid FHIR JSON")
	// ErrTooLarge: the input exceeds [MaxFHIRSize]. It matches
	// [validation.ErrTooLarge] too.
	ErrTooLarge = fmt.Errorf("assessment: FHIR resource too large: %w", validation.ErrTooLarge)
	// ErrWrongResource: resourceType is not the resource expected
	// (QuestionnaireResponse, or Questionnaire for [ReadQuestionnaire]).
	ErrWrongResource = errors.New("assessment: not the FHIR resource expected")
	// ErrSTU3: the resource is FHIR STU3 (such as a QuestionnaireResponse
	// whose questionnaire is a Reference object, or that has a context),
	// which is not supported; only FHIR R4 is read.
	ErrSTU3 = errors.New("assessment: FHIR STU3 resource; only FHIR R4 is supported")
	// ErrBadStatus: a status that is missing, unknown, or entered-in-error.
	ErrBadStatus = errors.New("assessment: QuestionnaireResponse status is not usable")
	// ErrUnmappedAnswer: an answer whose code, number or carrier matches
	// none of the item's options.
	ErrUnmappedAnswer = errors.New("assessment: answer matches none of the item's options")
	// ErrConflictingAnswer: an answer whose code and score disagree, two
	// answers to one item, or two value elements in one answer.
	ErrConflictingAnswer = errors.New("assessment: conflicting answers")
	// ErrWrongQuestionnaire: the QuestionnaireResponse names a
	// questionnaire other than the one given with [WithQuestionnaire].
	ErrWrongQuestionnaire = errors.New("assessment: response answers a different questionnaire")
	// ErrNoLOINC: an Observation requested for an instrument without a
	// LOINC total-score code.
	ErrNoLOINC = errors.New("assessment: instrument has no LOINC total-score code")
)

// MaxFHIRSize is the largest FHIR resource accepted, in bytes.
const MaxFHIRSize = 1 << 20

// The FHIR extensions that carry an answer's score: ordinalValue in R4,
// renamed itemWeight in the FHIR Extensions Pack; iso21090-CO-value is its
// STU3 name, still seen in converted resources.
const (
	extOrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
	extItemWeight   = "http://hl7.org/fhir/StructureDefinition/itemWeight"
	extCOValue      = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value"
)

// An Import is a QuestionnaireResponse read into a [Response].
type Import struct {
	// Response holds the answers mapped to the instrument's items, ready to
	// score. Its Sex is unset: set it before scoring an instrument with
	// sex-specific cut-offs.
	Response Response `json:"response"`
	// Unmapped lists the items that carried answers but matched no item of
	// the instrument; they are reported, never silently dropped.
	Unmapped []UnmappedItem `json:"unmapped,omitempty"`
	// ReportedTotal is the total the resource itself states, if it carries
	// the instrument's LOINC total-score item; compare it with the score.
	ReportedTotal *int `json:"reportedTotal,omitempty"`
	// Warnings are answers to unscored items that could not be read and
	// were left out, such as a PHQ-9 difficulty answer coded from another
	// answer list; they never block the import.
	Warnings []Warning `json:"warnings,omitempty"`
	// Status is the response's status: completed, amended, in-progress or
	// stopped. [FromResponse] carries it into an Observation.
	Status string `json:"status"`
	// Authored is the response's authored dateTime as the resource gives
	// it, with its time and zone; empty when the resource has none.
	Authored string `json:"authored,omitempty"`
	// ResourceID is the resource's logical id, if it has one, for the
	// Observation's derivedFrom reference. It is a technical id, not an
	// identifier of a person.
	ResourceID string `json:"resourceId,omitempty"`
}

// An UnmappedItem is an answered item of a QuestionnaireResponse that no
// item of the instrument matches.
type UnmappedItem struct {
	// Path locates it in the resource, such as "item/0/item/9".
	Path string `json:"path"`
	// LinkID is the item's linkId as the resource gives it.
	LinkID string `json:"linkId"`
}

// An ImportOption configures [Catalog.ImportQuestionnaireResponse]. A nil
// option is ignored.
type ImportOption interface{ apply(*importConfig) }

type importConfig struct {
	instrument InstrumentID
	q          *questionnaire
	links      map[string]string
}

type instrumentOption InstrumentID

func (o instrumentOption) apply(c *importConfig) { c.instrument = InstrumentID(o) }

// ForInstrument reads the resource as a response to the instrument id,
// instead of recognising the instrument from its codes. Items then also
// match by linkId equal to the item's ID ("1", "9"), for instruments without
// LOINC item codes.
func ForInstrument(id InstrumentID) ImportOption { return instrumentOption(id) }

type questionnaireOption Questionnaire

func (o questionnaireOption) apply(c *importConfig) {
	if o.q != nil {
		c.q = o.q
	}
}

// WithQuestionnaire reads the response through the Questionnaire it
// answers (see [ReadQuestionnaire]): linkIds map to instrument items
// through the Questionnaire's item codes, and answers through its answer
// options and contained ValueSets, so a response whose linkIds are local
// ("PHQ-9.1") and whose answers are local codes imports and scores. The
// zero Questionnaire is ignored.
func WithQuestionnaire(q Questionnaire) ImportOption { return questionnaireOption(q) }

type linksOption map[string]string

func (o linksOption) apply(c *importConfig) {
	if len(o) > 0 {
		c.links = o
	}
}

// WithLinkIDs maps linkIds to item IDs of the instrument ({"PHQ-9.1": "1",
// "PHQ-9.10": "difficulty"}), for a host whose responses have neither LOINC
// codes nor a Questionnaire to read them by. It takes precedence over every
// other way of matching an item. The map is copied; a nil or empty map is
// ignored. An item ID the instrument lacks is [ErrUnknownItem] at
// "linkIds".
func WithLinkIDs(linkIDs map[string]string) ImportOption {
	if len(linkIDs) == 0 {
		return linksOption(nil)
	}
	c := make(map[string]string, len(linkIDs))
	for k, v := range linkIDs {
		c[k] = v
	}
	return linksOption(c)
}

// ImportQuestionnaireResponse reads a FHIR R4 QuestionnaireResponse with the
// built-in instruments; see [Catalog.ImportQuestionnaireResponse].
func ImportQuestionnaireResponse(data []byte, opts ...ImportOption) (Import, error) {
	return builtin().ImportQuestionnaireResponse(data, opts...)
}

// ImportQuestionnaireResponse reads a FHIR R4 QuestionnaireResponse (JSON)
// into a [Response] to one of the catalog's instruments. It does not score:
// pass the Import's Response to [Catalog.Score], which reports missing
// items.
//
// # Instrument
//
// The instrument is the one named with [ForInstrument]; otherwise the one
// the Questionnaire given with [WithQuestionnaire] codes (its LOINC panel
// or total-score code, or the most item codes); otherwise the one whose
// LOINC panel code or ID ends the resource's questionnaire canonical;
// otherwise the one whose LOINC item codes match the most answered items
// (the shorter instrument on a tie, so two PHQ items read as a PHQ-2).
//
// # Items
//
// An item matches, in this order: by its linkId in the map given with
// [WithLinkIDs]; through the Questionnaire's item code; by a LOINC code in
// its linkId (bare, or the last segment of a path such as
// "/44249-1/44250-9") or definition; with ForInstrument, by a linkId equal
// to the item's ID. Nested items are followed. An answered item that
// matches nothing is listed in Unmapped; the instrument's total-score item
// gives ReportedTotal.
//
// # Answers
//
// Answers are read leniently in form and exactly in value: a valueCoding by
// the item's LOINC answer code (with or without system), by the
// Questionnaire's answer option or contained ValueSet for that code, or by
// an ordinalValue, itemWeight or iso21090-CO-value extension; valueInteger,
// an integral valueDecimal, or an integral valueQuantity value; valueBoolean
// for yes/no items. Every reading an answer offers must agree.
//
// # Errors
//
// The reading is strict where leniency would hide a mistake. It returns a
// *[validation.Error] with, at "" (the whole input), [ErrTooLarge], the
// *[validation.SyntaxError] of malformed JSON or trailing data (with its
// byte offset), [validation.ErrTooDeep] beyond [MaxFHIRDepth], and
// [ErrBadJSON] for a value that is not an object; [ErrWrongResource] at
// "resourceType"; [ErrSTU3] at "questionnaire" (a Reference object),
// "context" or "parent"; [ErrBadStatus] at "status"; [ErrBadDate] at
// "authored" for a value that is not a FHIR dateTime (a time without a
// zone, a month 13) or a day outside 1900-2199; [ErrBadValue] at "id" for a
// malformed id; [ErrUnknownInstrument] at "questionnaire" when no
// instrument can be recognised; [ErrWrongQuestionnaire] at "questionnaire";
// [ErrUnknownItem] at "linkIds"; [validation.ErrWrongType] wherever a value
// has the wrong JSON type, such as a number sent as a string;
// [validation.ErrFieldCase] for a member whose name differs from a FHIR
// element's only in case; [validation.ErrDuplicateField]; and at
// "item/…/answer/…", [ErrUnmappedAnswer], [ErrConflictingAnswer] (also for
// a total-score item with two answers), and [ErrOutOfRange] for a stated
// total outside the instrument's range. At most [validation.MaxProblems]
// problems are listed. Problems with answers to unscored items that no flag
// reads are Warnings instead, and never block the import.
//
// # Flags survive an error
//
// When it returns an error, the Import holds what could be read. If those
// answers raise flags ([Catalog.Score] describes which), the error is a
// *[FlagError] carrying them, so a host that only looks at the error still
// finds them.
func (c *Catalog) ImportQuestionnaireResponse(data []byte, opts ...ImportOption) (Import, error) {
	var cfg importConfig
	for _, o := range opts {
		if o != nil {
			o.apply(&cfg)
		}
	}
	var v validation.Collector
	if len(data) > MaxFHIRSize {
		v.Add("", ErrTooLarge)
		return Import{}, v.Err()
	}
	doc, err := parseJSON(data)
	if err != nil {
		return Import{}, err
	}
	if doc.nodes[0].kind != jObject {
		v.Add("", ErrBadJSON)
		return Import{}, v.Err()
	}
	im := importer{c: c, cfg: &cfg, d: doc, v: &v, steps: make([]step, 0, 32), flat: make([]flatItem, 0, 32)}
	return im.run()
}

// importer holds the state of one import.
type importer struct {
	c   *Catalog
	cfg *importConfig
	d   *jdoc
	v   *validation.Collector
	in  *Instrument
	imp Import
	// steps locate every item visited; flat lists the answered ones.
	steps []step
	flat  []flatItem
	meta  *meta
	// byItem maps an instrument item to its answer in imp.Response, +1.
	byItem []int
	values []int
}

// A step is one item's place in the resource: the item at index under its
// parent step (or at the top), through answer of the parent when answer is
// not -1.
type step struct {
	parent, index, answer int32
}

// A flatItem is an answered item: its step, its nodes, and the LOINC code
// found in its linkId or definition.
type flatItem struct {
	step    int32
	linkID  int32 // string node, or -1
	answers int32 // array node
	code    LOINC
}

// The members the importer reads, and every R4 element of each object.
var (
	qrFields = jfields{
		read: []string{"resourceType", "id", "questionnaire", "status", "authored", "item", "context", "parent"},
		all: []string{"resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension",
			"modifierExtension", "identifier", "basedOn", "partOf", "questionnaire", "status", "subject", "encounter",
			"authored", "author", "source", "item"},
	}
	itemFields = jfields{
		read: []string{"linkId", "definition", "answer", "item"},
		all:  []string{"id", "extension", "modifierExtension", "linkId", "definition", "text", "answer", "item"},
	}
	answerFields = jfields{
		read: []string{"valueCoding", "valueInteger", "valueDecimal", "valueQuantity", "valueBoolean", "extension",
			"valueString", "valueDate", "valueDateTime", "valueTime", "valueUri", "valueAttachment", "valueReference"},
		all: []string{"id", "extension", "modifierExtension", "item", "valueBoolean", "valueDecimal", "valueInteger",
			"valueDate", "valueDateTime", "valueTime", "valueString", "valueUri", "valueAttachment", "valueCoding",
			"valueQuantity", "valueReference"},
	}
	codingFields = jfields{
		read: []string{"system", "code", "extension"},
		all:  []string{"id", "extension", "system", "version", "code", "display", "userSelected"},
	}
	quantityFields = jfields{
		read: []string{"value"},
		all:  []string{"id", "extension", "value", "comparator", "unit", "system", "code"},
	}
	extensionFields = jfields{
		read: []string{"url", "valueDecimal", "valueInteger"},
		all:  []string{"id", "extension", "url", "valueDecimal", "valueInteger"},
	}
)

// Indexes into answerFields.read.
const (
	ansCoding = iota
	ansInteger
	ansDecimal
	ansQuantity
	ansBoolean
	ansExtension
)

func (im *importer) run() (Import, error) {
	d, v := im.d, im.v
	var top [maxRead]int32
	d.fields(v, fixedPath(""), 0, &qrFields, &top)
	resourceType, id, questionnaire, status, authored, items := top[0], top[1], top[2], top[3], top[4], top[5]
	for _, k := range [...]int{6, 7} {
		if top[k] >= 0 {
			v.Add(qrFields.read[k], ErrSTU3)
		}
	}
	if resourceType < 0 || !d.is(resourceType, "QuestionnaireResponse") {
		v.Add("resourceType", ErrWrongResource)
		return Import{}, v.Err()
	}
	canonical := ""
	stu3 := top[6] >= 0 || top[7] >= 0
	if questionnaire >= 0 {
		switch d.nodes[questionnaire].kind {
		case jString:
			canonical = d.text(questionnaire)
		case jObject:
			v.Add("questionnaire", ErrSTU3)
			stu3 = true
		default:
			v.Add("questionnaire", validation.ErrWrongType)
		}
	}
	if stu3 {
		// An STU3 resource is refused as such: its other problems would
		// only be consequences.
		return Import{}, v.Err()
	}
	im.imp.Status = im.readStatus(status)
	im.readAuthored(authored)
	if id >= 0 {
		switch {
		case d.nodes[id].kind != jString:
			v.Add("id", validation.ErrWrongType)
		case !fhirID(d.text(id)):
			v.Add("id", ErrBadValue)
		default:
			im.imp.ResourceID = d.text(id)
		}
	}
	if items >= 0 {
		if d.nodes[items].kind != jArray {
			v.Add("item", validation.ErrWrongType)
		} else {
			im.flatten(items, -1, -1)
		}
	}
	if q := im.cfg.q; q != nil && canonical != "" && !q.answers(canonical) {
		v.Add("questionnaire", ErrWrongQuestionnaire)
	}

	im.in = im.c.recognise(im.cfg, canonical, im.flat)
	if im.in == nil {
		v.Add("questionnaire", ErrUnknownInstrument)
		return Import{}, v.Err()
	}
	in := im.in
	im.meta = &im.c.meta[im.c.index[in.ID]]
	im.imp.Response.Instrument = in.ID
	for _, id := range sortedValues(im.cfg.links) {
		if in.itemIndex(id) < 0 {
			v.Add("linkIds", ErrUnknownItem)
			return Import{}, v.Err()
		}
	}
	im.byItem = make([]int, len(in.Items))
	im.values = make([]int, 0, len(in.Items))
	im.imp.Response.Answers = make([]Answer, 0, len(in.Items))
	for i := range im.flat {
		im.item(&im.flat[i])
	}
	im.imp.Warnings = sortWarnings(im.imp.Warnings)
	if err := v.Err(); err != nil {
		// What was read may still raise flags; they must reach the host.
		res, _ := im.c.Score(im.imp.Response)
		if len(res.Flags) > 0 {
			err = &FlagError{Flags: res.Flags, Err: err}
		}
		return im.imp, err
	}
	return im.imp, nil
}

func (im *importer) readStatus(n int32) string {
	d := im.d
	if n < 0 || d.nodes[n].kind != jString {
		im.v.Add("status", ErrBadStatus)
		return ""
	}
	for _, s := range []string{"completed", "amended", "in-progress", "stopped"} {
		if d.is(n, s) {
			return s
		}
	}
	im.v.Add("status", ErrBadStatus)
	return ""
}

func (im *importer) readAuthored(n int32) {
	if n < 0 {
		return
	}
	d := im.d
	if d.nodes[n].kind != jString {
		im.v.Add("authored", validation.ErrWrongType)
		return
	}
	s := d.text(n)
	day, ok := fhirDateTime(s)
	if !ok {
		im.v.Add("authored", ErrBadDate)
		return
	}
	im.imp.Authored = s
	im.imp.Response.Date = day
}

// fhirDateTime reports whether s is a FHIR R4 dateTime (YYYY, YYYY-MM,
// YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)) and returns its
// calendar day as written, or the zero Date when s gives no day. A day
// outside 1900-2199 is not accepted.
func fhirDateTime(s string) (Date, bool) {
	num := func(from, n int) (int, bool) {
		if from+n > len(s) {
			return 0, false
		}
		return digits(s[from : from+n])
	}
	if _, ok := num(0, 4); !ok {
		return Date{}, false
	}
	switch len(s) {
	case 4:
		return Date{}, true
	case 7:
		m, ok := num(5, 2)
		return Date{}, ok && s[4] == '-' && m >= 1 && m <= 12
	}
	if len(s) < 10 {
		return Date{}, false
	}
	day, err := ParseDate(s[:10])
	if err != nil {
		return Date{}, false
	}
	if len(s) == 10 {
		return day, true
	}
	t := s[10:]
	if len(t) < 9 || t[0] != 'T' || t[3] != ':' || t[6] != ':' {
		return Date{}, false
	}
	h, ok1 := num(11, 2)
	m, ok2 := num(14, 2)
	sec, ok3 := num(17, 2)
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || sec > 60 {
		return Date{}, false
	}
	z := t[9:]
	if strings.HasPrefix(z, ".") {
		k := 1
		for k < len(z) && z[k] >= '0' && z[k] <= '9' {
			k++
		}
		if k == 1 {
			return Date{}, false
		}
		z = z[k:]
	}
	switch {
	case z == "Z":
		return day, true
	case len(z) == 6 && (z[0] == '+' || z[0] == '-') && z[3] == ':':
		zh, ok1 := digits(z[1:3])
		zm, ok2 := digits(z[4:6])
		return day, ok1 && ok2 && zm <= 59 && (zh < 14 || (zh == 14 && zm == 0))
	}
	return Date{}, false
}

// fhirID reports whether s is a FHIR logical id: 1-64 letters, digits,
// '-' and '.'.
func fhirID(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// flatten visits the items of array arr, children of step parent (through
// its answer number answer), recording every answered item.
func (im *importer) flatten(arr, parent, answer int32) {
	d := im.d
	index := int32(0)
	for it := d.first(arr); it >= 0; it, index = d.nodes[it].next, index+1 {
		s := int32(len(im.steps))
		im.steps = append(im.steps, step{parent: parent, index: index, answer: answer})
		at := im.at(s)
		if d.nodes[it].kind != jObject {
			addAt(im.v, at, validation.ErrWrongType)
			continue
		}
		var f [maxRead]int32
		d.fields(im.v, at, it, &itemFields, &f)
		for k, want := range [...]jkind{jString, jString, jArray, jArray} {
			if f[k] >= 0 && d.nodes[f[k]].kind != want {
				addAt(im.v, at.with(itemFields.read[k]), validation.ErrWrongType)
				f[k] = -1
			}
		}
		link, def, answers, sub := f[0], f[1], f[2], f[3]
		if answers >= 0 && d.nodes[answers].count > 0 {
			im.flat = append(im.flat, flatItem{step: s, linkID: link, answers: answers, code: im.codeIn(link, def)})
		}
		if sub >= 0 {
			im.flatten(sub, s, -1)
		}
		if answers >= 0 {
			a := int32(0)
			for ans := d.first(answers); ans >= 0; ans, a = d.nodes[ans].next, a+1 {
				if d.nodes[ans].kind != jObject {
					continue // reported when the answer is read
				}
				for m := d.first(ans); m >= 0; m = d.nodes[m].next {
					if d.keyIs(m, "item") && d.nodes[m].kind == jArray {
						im.flatten(m, s, a)
					}
				}
			}
		}
	}
}

// at returns the lazy path of step s.
func (im *importer) at(s int32) lazyPath { return lazyPath{im: im, step: s} }

// path returns the path of step s, such as "item/3/answer/0/item/1".
func (im *importer) path(s int32) string {
	var segs [2 * MaxFHIRDepth]int32
	n := 0
	for ; s >= 0 && n+2 <= len(segs); s = im.steps[s].parent {
		segs[n] = im.steps[s].index
		segs[n+1] = im.steps[s].answer
		n += 2
	}
	var b []byte
	for i := n - 2; i >= 0; i -= 2 {
		if len(b) > 0 {
			b = append(b, '/')
		}
		b = append(b, "item/"...)
		b = strconv.AppendInt(b, int64(segs[i]), 10)
		if i >= 2 && segs[i-1] >= 0 {
			b = append(b, "/answer/"...)
			b = strconv.AppendInt(b, int64(segs[i-1]), 10)
		}
	}
	return string(b)
}

// codeIn finds a LOINC code in an item's linkId or definition: the last
// segment after '/', '#' or '|'. It returns only codes some instrument of
// the catalog uses, as the catalog's own string, so it does not allocate.
func (im *importer) codeIn(link, def int32) LOINC {
	for _, n := range [...]int32{link, def} {
		if n < 0 {
			continue
		}
		s := im.d.raw(n)
		if i := lastIndexAny(s, "/#|"); i >= 0 {
			s = s[i+1:]
		}
		if c, ok := im.c.codes[string(trimSpaceBytes(s))]; ok {
			return c
		}
	}
	return ""
}

func lastIndexAny(b []byte, chars string) int {
	for i := len(b) - 1; i >= 0; i-- {
		if strings.IndexByte(chars, b[i]) >= 0 {
			return i
		}
	}
	return -1
}

func trimSpaceBytes(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

// recognise finds the instrument a response answers; see
// ImportQuestionnaireResponse.
func (c *Catalog) recognise(cfg *importConfig, canonical string, items []flatItem) *Instrument {
	if cfg.instrument != "" {
		return c.get(cfg.instrument)
	}
	if q := cfg.q; q != nil {
		for _, code := range q.codes {
			for i := range c.list {
				if in := &c.list[i]; in.Panel == code || in.Total == code {
					return in
				}
			}
		}
		for _, qi := range q.order {
			for _, code := range qi.codes {
				for i := range c.list {
					if in := &c.list[i]; in.Total == code {
						return in
					}
				}
			}
		}
		var codes []LOINC
		for _, qi := range q.order {
			codes = append(codes, qi.codes...)
		}
		if in := c.bestMatch(codes); in != nil {
			return in
		}
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
	codes := make([]LOINC, 0, len(items))
	for _, fi := range items {
		if fi.code != "" {
			codes = append(codes, fi.code)
		}
	}
	return c.bestMatch(codes)
}

// bestMatch returns the instrument whose item codes match the most of
// codes, the shorter one on a tie, or nil when none matches.
func (c *Catalog) bestMatch(codes []LOINC) *Instrument {
	counts := make([]int, len(c.list))
	for _, code := range codes {
		for _, i := range c.owners[code] {
			counts[i]++
		}
	}
	var best *Instrument
	bestCount := 0
	for i, n := range counts {
		in := &c.list[i]
		if n > bestCount || (n == bestCount && n > 0 && len(in.Items) < len(best.Items)) {
			best, bestCount = in, n
		}
	}
	return best
}

// codeIndex returns the index of the item with LOINC code code, or -1.
func (in *Instrument) codeIndex(code LOINC) int {
	if code == "" {
		return -1
	}
	for i := range in.Items {
		if in.Items[i].Code == code {
			return i
		}
	}
	return -1
}

// target returns the instrument item fi answers (-1 for none), whether it
// is the total-score item, and the Questionnaire item it answers.
func (im *importer) target(fi *flatItem) (idx int, total bool, qi *qItem) {
	in, d := im.in, im.d
	if fi.linkID >= 0 {
		link := d.raw(fi.linkID)
		if d.nodes[fi.linkID].esc || !utf8.Valid(link) {
			link = []byte(d.text(fi.linkID))
		}
		if q := im.cfg.q; q != nil {
			qi = q.items[string(link)]
		}
		if id, ok := im.cfg.links[string(link)]; ok {
			return im.meta.index(in, id), false, qi
		}
		if qi != nil {
			for _, code := range qi.codes {
				if in.Total != "" && code == in.Total {
					return -1, true, qi
				}
				if i := in.codeIndex(code); i >= 0 {
					return i, false, qi
				}
			}
		}
	}
	if fi.code != "" {
		if in.Total != "" && fi.code == in.Total {
			return -1, true, qi
		}
		if i := in.codeIndex(fi.code); i >= 0 {
			return i, false, qi
		}
	}
	if im.cfg.instrument != "" && fi.linkID >= 0 {
		return im.meta.index(in, d.text(fi.linkID)), false, qi
	}
	return -1, false, qi
}

// item reads one answered item.
func (im *importer) item(fi *flatItem) {
	d := im.d
	idx, total, qi := im.target(fi)
	first := d.first(fi.answers)
	at := im.at(fi.step)
	if total {
		im.total(fi, at, first)
		return
	}
	if idx < 0 {
		link := ""
		if fi.linkID >= 0 {
			link = d.text(fi.linkID)
		}
		im.imp.Unmapped = append(im.imp.Unmapped, UnmappedItem{Path: at.String(), LinkID: link})
		return
	}
	if d.nodes[fi.answers].count > 1 {
		im.report(idx, at.with("answer").with("1"), ErrConflictingAnswer)
		return
	}
	aat := at.with("answer").with("0")
	val, errAt, err := im.answer(first, aat, &im.in.Items[idx], qi)
	if err != nil {
		im.report(idx, errAt, err)
		return
	}
	if prev := im.byItem[idx]; prev > 0 {
		if *im.imp.Response.Answers[prev-1].Value != val {
			im.report(idx, aat, ErrConflictingAnswer)
		}
		return
	}
	if len(im.values) == cap(im.values) {
		// Answers point into values: never let it move.
		im.values = make([]int, 0, len(im.in.Items))
	}
	im.values = append(im.values, val)
	im.imp.Response.Answers = append(im.imp.Response.Answers, Answer{Item: im.in.Items[idx].ID, Value: &im.values[len(im.values)-1]})
	im.byItem[idx] = len(im.imp.Response.Answers)
}

// report records a problem with the answer to item idx: a warning when
// the item's problems never block a score, an error otherwise.
func (im *importer) report(idx int, at lazyPath, err error) {
	if im.meta.lenient(idx) {
		im.imp.Warnings = append(im.imp.Warnings, Warning{Path: at.String(), Err: err})
		return
	}
	addAt(im.v, at, err)
}

// total reads the instrument's total-score item into ReportedTotal.
func (im *importer) total(fi *flatItem, at lazyPath, first int32) {
	d := im.d
	if d.nodes[fi.answers].count > 1 {
		addAt(im.v, at.with("answer").with("1"), ErrConflictingAnswer)
		return
	}
	aat := at.with("answer").with("0")
	t, ok := 0, false
	if d.nodes[first].kind == jObject {
		var f [maxRead]int32
		d.fields(im.v, aat, first, &answerFields, &f)
		n, nat := f[ansInteger], aat.with("valueInteger")
		if n < 0 {
			n, nat = f[ansDecimal], aat.with("valueDecimal")
		}
		if q := f[ansQuantity]; n < 0 && q >= 0 && d.nodes[q].kind == jObject {
			var qf [maxRead]int32
			d.fields(im.v, aat.with("valueQuantity"), q, &quantityFields, &qf)
			n, nat = qf[0], aat.with("valueQuantity").with("value")
		}
		if n >= 0 {
			if d.nodes[n].kind != jNumber {
				addAt(im.v, nat, validation.ErrWrongType)
				return
			}
			t, ok = d.integral(n)
		}
	}
	lo, hi := im.in.Range()
	switch {
	case !ok:
		addAt(im.v, aat, ErrUnmappedAnswer)
	case t < lo || t > hi:
		addAt(im.v, aat, ErrOutOfRange)
	case im.imp.ReportedTotal != nil && *im.imp.ReportedTotal != t:
		addAt(im.v, aat, ErrConflictingAnswer)
	default:
		im.imp.ReportedTotal = &t
	}
}

// answer reads answer node a, at at, to item it, answering Questionnaire
// item qi (nil if none). On error it returns where the problem is.
func (im *importer) answer(a int32, at lazyPath, it *Item, qi *qItem) (int, lazyPath, error) {
	d := im.d
	if d.nodes[a].kind != jObject {
		return 0, at, validation.ErrWrongType
	}
	var f [maxRead]int32
	d.fields(im.v, at, a, &answerFields, &f)
	carrier, carriers := -1, 0
	for k := range answerFields.read {
		if k != ansExtension && f[k] >= 0 {
			carrier = k
			carriers++
		}
	}
	if carriers > 1 {
		return 0, at, ErrConflictingAnswer
	}
	ordinal, hasOrdinal, errAt, err := im.ordinal(f[ansExtension], at.with("extension"))
	if err != nil {
		return 0, errAt, err
	}
	switch carrier {
	case ansCoding:
		return im.coding(f[ansCoding], at.with("valueCoding"), it, qi, ordinal, hasOrdinal)
	case ansInteger, ansDecimal, ansQuantity:
		n, nat := f[carrier], at.with(answerFields.read[carrier])
		if carrier == ansQuantity {
			if d.nodes[n].kind != jObject {
				return 0, nat, validation.ErrWrongType
			}
			var qf [maxRead]int32
			d.fields(im.v, nat, n, &quantityFields, &qf)
			if qf[0] < 0 {
				return 0, at, ErrUnmappedAnswer
			}
			n, nat = qf[0], nat.with("value")
		}
		if d.nodes[n].kind != jNumber {
			return 0, nat, validation.ErrWrongType
		}
		v, ok := d.integral(n)
		switch {
		case !ok || !it.hasValue(v):
			return 0, at, ErrUnmappedAnswer
		case hasOrdinal && ordinal != v:
			return 0, at, ErrConflictingAnswer
		}
		return v, at, nil
	case ansBoolean:
		v := 0
		switch d.nodes[f[ansBoolean]].kind {
		case jTrue:
			v = 1
		case jFalse:
		default:
			return 0, at.with("valueBoolean"), validation.ErrWrongType
		}
		if !it.yesNo() {
			return 0, at, ErrUnmappedAnswer
		}
		return v, at, nil
	}
	return 0, at, ErrUnmappedAnswer
}

// coding reads a valueCoding: by the item's LOINC answer codes, by the
// Questionnaire's answer options, and by an ordinal extension on the coding
// or (ordinal, if hasOrdinal) on the answer; every reading found must
// agree.
func (im *importer) coding(n int32, at lazyPath, it *Item, qi *qItem, ordinal int, hasOrdinal bool) (int, lazyPath, error) {
	d := im.d
	if d.nodes[n].kind != jObject {
		return 0, at, validation.ErrWrongType
	}
	var f [maxRead]int32
	d.fields(im.v, at, n, &codingFields, &f)
	system, code := f[0], f[1]
	for k := range 2 {
		if f[k] >= 0 && d.nodes[f[k]].kind != jString {
			return 0, at.with(codingFields.read[k]), validation.ErrWrongType
		}
	}
	o2, has2, errAt, err := im.ordinal(f[2], at.with("extension"))
	if err != nil {
		return 0, errAt, err
	}
	// readings holds every value the coding offers.
	var readings [4]int
	nr := 0
	if has2 {
		readings[nr] = o2
		nr++
	}
	if hasOrdinal {
		readings[nr] = ordinal
		nr++
	}
	if code >= 0 {
		c := d.raw(code)
		if d.nodes[code].esc || !utf8.Valid(c) {
			c = []byte(d.text(code))
		}
		var sys []byte
		if system >= 0 {
			sys = d.raw(system)
		}
		if len(sys) == 0 || string(sys) == LOINCSystem {
			for _, o := range it.Options {
				if o.Code != "" && (string(c) == string(o.Code) || containsCode(o.AltCodes, c)) {
					readings[nr] = o.Value
					nr++
					break
				}
			}
		}
		if qi != nil {
			if v, ok := qi.value(sys, c); ok {
				readings[nr] = v
				nr++
			}
		}
	}
	if nr == 0 {
		return 0, at, ErrUnmappedAnswer
	}
	for _, r := range readings[1:nr] {
		if r != readings[0] {
			return 0, at, ErrConflictingAnswer
		}
	}
	if !it.hasValue(readings[0]) {
		return 0, at, ErrUnmappedAnswer
	}
	return readings[0], at, nil
}

// ordinal reads the ordinal extension in extension array n (-1 for none)
// at at.
func (im *importer) ordinal(n int32, at lazyPath) (v int, ok bool, errAt lazyPath, err error) {
	if n < 0 {
		return 0, false, at, nil
	}
	d := im.d
	if d.nodes[n].kind != jArray {
		return 0, false, at, validation.ErrWrongType
	}
	i := 0
	for e := d.first(n); e >= 0; e, i = d.nodes[e].next, i+1 {
		eat := at.with(strconv.Itoa(i))
		if d.nodes[e].kind != jObject {
			return 0, false, eat, validation.ErrWrongType
		}
		var f [maxRead]int32
		d.fields(im.v, eat, e, &extensionFields, &f)
		url, val := f[0], f[1]
		if val < 0 {
			val = f[2]
		}
		if url < 0 || !(d.is(url, extOrdinalValue) || d.is(url, extItemWeight) || d.is(url, extCOValue)) {
			continue
		}
		if val < 0 {
			return 0, false, eat, ErrUnmappedAnswer
		}
		if d.nodes[val].kind != jNumber {
			return 0, false, eat, validation.ErrWrongType
		}
		x, ok := d.integral(val)
		if !ok {
			return 0, false, eat, ErrUnmappedAnswer
		}
		return x, true, at, nil
	}
	return 0, false, at, nil
}

// yesNo reports whether the item's options are exactly No = 0 and Yes = 1.
func (it *Item) yesNo() bool {
	return len(it.Options) == 2 && it.hasValue(0) && it.hasValue(1)
}

func containsCode(codes []LOINC, c []byte) bool {
	for _, x := range codes {
		if string(x) == string(c) {
			return true
		}
	}
	return false
}

func sortedValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}
