package assessment

import (
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/validation"
)

// A Questionnaire is what the importer needs from a FHIR R4 Questionnaire:
// its canonical URL, its codes, and for each item (by linkId) its LOINC
// codes and the scores of its answer options. Read one with
// [ReadQuestionnaire] and pass it to [Catalog.ImportQuestionnaireResponse]
// with [WithQuestionnaire]. The zero Questionnaire holds nothing. A
// Questionnaire is immutable and safe for concurrent use; read it once and
// use it for every response that answers it.
type Questionnaire struct {
	q *questionnaire
}

type questionnaire struct {
	// url is the canonical URL without its version.
	url string
	// codes are the Questionnaire's own LOINC codes (its panel).
	codes []LOINC
	items map[string]*qItem
	// order lists the items in document order.
	order []*qItem
}

// A qItem is one item of a Questionnaire.
type qItem struct {
	codes   []LOINC
	options []qOption
}

// A qOption is an answer option with the score its extension gives.
type qOption struct {
	system, code string
	value        int
}

// value returns the score the item's options give the coding (system,
// code): a coding without system matches an option by code alone.
func (qi *qItem) value(system, code []byte) (int, bool) {
	for _, o := range qi.options {
		if o.code == string(code) && (len(system) == 0 || o.system == "" || string(system) == o.system) {
			return o.value, true
		}
	}
	return 0, false
}

// URL returns the Questionnaire's canonical URL, without a version.
func (q Questionnaire) URL() string {
	if q.q == nil {
		return ""
	}
	return q.q.url
}

// answers reports whether a response's questionnaire canonical names q:
// the same URL, or a relative reference ("Questionnaire/x") its URL ends
// with. Versions are ignored.
func (q *questionnaire) answers(canonical string) bool {
	if i := strings.IndexByte(canonical, '|'); i >= 0 {
		canonical = canonical[:i]
	}
	if q.url == "" || canonical == q.url {
		return true
	}
	return strings.HasSuffix(q.url, "/"+canonical)
}

// The members of a Questionnaire the reader reads.
var (
	questionnaireFields = jfields{
		read: []string{"resourceType", "url", "code", "item", "contained"},
		all: []string{"resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension",
			"modifierExtension", "url", "identifier", "version", "name", "title", "derivedFrom", "status",
			"experimental", "subjectType", "date", "publisher", "contact", "description", "useContext",
			"jurisdiction", "purpose", "copyright", "approvalDate", "lastReviewedDate", "effectivePeriod", "code", "item"},
	}
	qItemFields = jfields{
		read: []string{"linkId", "code", "answerOption", "answerValueSet", "item", "option", "options"},
		all: []string{"id", "extension", "modifierExtension", "linkId", "definition", "code", "prefix", "text",
			"type", "enableWhen", "enableBehavior", "required", "repeats", "readOnly", "maxLength",
			"answerValueSet", "answerOption", "initial", "item"},
	}
	answerOptionFields = jfields{
		read: []string{"valueCoding", "extension"},
		all:  []string{"id", "extension", "modifierExtension", "valueInteger", "valueDate", "valueTime", "valueString", "valueCoding", "valueReference", "initialSelected"},
	}
	valueSetFields = jfields{
		read: []string{"resourceType", "id", "compose", "expansion"},
	}
	composeFields   = jfields{read: []string{"include"}}
	includeFields   = jfields{read: []string{"system", "concept"}}
	conceptFields   = jfields{read: []string{"code", "extension"}}
	expansionFields = jfields{read: []string{"contains"}}
	containsFields  = jfields{read: []string{"system", "code", "extension", "contains"}}
	// A Coding inside a code array.
	codeFields = jfields{read: []string{"system", "code"}, all: codingFields.all}
)

// ReadQuestionnaire reads a FHIR R4 Questionnaire (JSON) for
// [WithQuestionnaire]: its url, its LOINC codes, and per item its linkId,
// its LOINC codes (item.code), and the scores of its answer options:
// answerOption valueCodings with an ordinalValue, itemWeight or
// iso21090-CO-value extension, and the concepts of a contained ValueSet
// named by answerValueSet ("#id"), from compose or expansion. A ValueSet
// that is not contained is not fetched; LOINC answer codes are read
// without it.
//
// It returns a *[validation.Error] with the errors of
// [Catalog.ImportQuestionnaireResponse] for the input as a whole,
// [ErrWrongResource] at "resourceType", [ErrSTU3] at "item/…/option" and
// "item/…/options" (the STU3 names of answerOption and answerValueSet),
// [ErrDuplicateID] at "item/…/linkId" for a linkId used twice, and
// [validation.ErrWrongType] and [validation.ErrFieldCase] where they apply.
func ReadQuestionnaire(data []byte) (Questionnaire, error) {
	var v validation.Collector
	if len(data) > MaxFHIRSize {
		v.Add("", ErrTooLarge)
		return Questionnaire{}, v.Err()
	}
	d, err := parseJSON(data)
	if err != nil {
		return Questionnaire{}, err
	}
	if d.nodes[0].kind != jObject {
		v.Add("", ErrBadJSON)
		return Questionnaire{}, v.Err()
	}
	r := qreader{d: d, v: &v, q: &questionnaire{items: map[string]*qItem{}}, sets: map[string][]qOption{}}
	var top [maxRead]int32
	d.fields(&v, fixedPath(""), 0, &questionnaireFields, &top)
	rt, url, codes, items, contained := top[0], top[1], top[2], top[3], top[4]
	if rt < 0 || !d.is(rt, "Questionnaire") {
		v.Add("resourceType", ErrWrongResource)
		return Questionnaire{}, v.Err()
	}
	if url >= 0 {
		if d.nodes[url].kind != jString {
			v.Add("url", validation.ErrWrongType)
		} else {
			r.q.url, _, _ = strings.Cut(d.text(url), "|")
		}
	}
	r.q.codes = r.codes(codes, "code")
	if contained >= 0 {
		r.contained(contained)
	}
	if items >= 0 {
		r.items(items, "item")
	}
	if err := v.Err(); err != nil {
		return Questionnaire{}, err
	}
	return Questionnaire{q: r.q}, nil
}

type qreader struct {
	d    *jdoc
	v    *validation.Collector
	q    *questionnaire
	sets map[string][]qOption // contained ValueSets by id
}

// array checks that n is an array, reporting it at path otherwise.
func (r *qreader) array(n int32, path string) bool {
	if r.d.nodes[n].kind != jArray {
		r.v.Add(path, validation.ErrWrongType)
		return false
	}
	return true
}

// object checks that n is an object, reporting it at path otherwise.
func (r *qreader) object(n int32, path string) bool {
	if r.d.nodes[n].kind != jObject {
		r.v.Add(path, validation.ErrWrongType)
		return false
	}
	return true
}

// str returns the text of string node n, reporting another kind at path.
func (r *qreader) str(n int32, path string) (string, bool) {
	if n < 0 {
		return "", false
	}
	if r.d.nodes[n].kind != jString {
		r.v.Add(path, validation.ErrWrongType)
		return "", false
	}
	return r.d.text(n), true
}

// codes reads an array of Codings (code or item.code) and returns the
// LOINC ones.
func (r *qreader) codes(n int32, path string) []LOINC {
	if n < 0 || !r.array(n, path) {
		return nil
	}
	d := r.d
	var out []LOINC
	i := 0
	for c := d.first(n); c >= 0; c, i = d.nodes[c].next, i+1 {
		cp := path + "/" + strconv.Itoa(i)
		if !r.object(c, cp) {
			continue
		}
		var f [maxRead]int32
		d.fields(r.v, fixedPath(cp), c, &codeFields, &f)
		system, code := f[0], f[1]
		sys, _ := r.str(system, cp+"/system")
		val, ok := r.str(code, cp+"/code")
		if ok && (sys == "" || sys == LOINCSystem) && LOINC(val).Valid() {
			out = append(out, LOINC(val))
		}
	}
	return out
}

// items reads an item array.
func (r *qreader) items(n int32, path string) {
	if !r.array(n, path) {
		return
	}
	d := r.d
	i := 0
	for it := d.first(n); it >= 0; it, i = d.nodes[it].next, i+1 {
		ip := path + "/" + strconv.Itoa(i)
		if !r.object(it, ip) {
			continue
		}
		var f [maxRead]int32
		d.fields(r.v, fixedPath(ip), it, &qItemFields, &f)
		link, codes, options, vs, sub := f[0], f[1], f[2], f[3], f[4]
		for _, k := range [...]int{5, 6} {
			if f[k] >= 0 {
				r.v.Add(ip+"/"+qItemFields.read[k], ErrSTU3)
			}
		}
		qi := &qItem{codes: r.codes(codes, ip+"/code")}
		if options >= 0 {
			qi.options = r.answerOptions(options, ip+"/answerOption")
		}
		if ref, ok := r.str(vs, ip+"/answerValueSet"); ok && strings.HasPrefix(ref, "#") {
			qi.options = append(qi.options, r.sets[ref[1:]]...)
		}
		if id, ok := r.str(link, ip+"/linkId"); ok {
			if _, dup := r.q.items[id]; dup {
				r.v.Add(ip+"/linkId", ErrDuplicateID)
			} else {
				r.q.items[id] = qi
				r.q.order = append(r.q.order, qi)
			}
		}
		if sub >= 0 {
			r.items(sub, ip+"/item")
		}
	}
}

// answerOptions reads answerOption valueCodings that carry a score.
func (r *qreader) answerOptions(n int32, path string) []qOption {
	if !r.array(n, path) {
		return nil
	}
	d := r.d
	var out []qOption
	i := 0
	for o := d.first(n); o >= 0; o, i = d.nodes[o].next, i+1 {
		op := path + "/" + strconv.Itoa(i)
		if !r.object(o, op) {
			continue
		}
		var f [maxRead]int32
		d.fields(r.v, fixedPath(op), o, &answerOptionFields, &f)
		coding, ext := f[0], f[1]
		if coding < 0 || !r.object(coding, op+"/valueCoding") {
			continue
		}
		d.fields(r.v, fixedPath(op+"/valueCoding"), coding, &codingFields, &f)
		system, code, cext := f[0], f[1], f[2]
		val, ok := r.ordinal(cext, op+"/valueCoding/extension")
		if !ok {
			val, ok = r.ordinal(ext, op+"/extension")
		}
		sys, _ := r.str(system, op+"/valueCoding/system")
		c, okc := r.str(code, op+"/valueCoding/code")
		if ok && okc {
			out = append(out, qOption{system: sys, code: c, value: val})
		}
	}
	return out
}

// ordinal reads the score in an extension array.
func (r *qreader) ordinal(n int32, path string) (int, bool) {
	if n < 0 || !r.array(n, path) {
		return 0, false
	}
	d := r.d
	for e := d.first(n); e >= 0; e = d.nodes[e].next {
		if d.nodes[e].kind != jObject {
			continue
		}
		var f [maxRead]int32
		d.fields(r.v, fixedPath(path), e, &extensionFields, &f)
		url, val := f[0], f[1]
		if val < 0 {
			val = f[2]
		}
		if url >= 0 && val >= 0 && (d.is(url, extOrdinalValue) || d.is(url, extItemWeight) || d.is(url, extCOValue)) {
			return d.integral(val)
		}
	}
	return 0, false
}

// contained reads the contained ValueSets' scored concepts.
func (r *qreader) contained(n int32) {
	if !r.array(n, "contained") {
		return
	}
	d := r.d
	for res := d.first(n); res >= 0; res = d.nodes[res].next {
		if d.nodes[res].kind != jObject {
			continue
		}
		var f [maxRead]int32
		d.fields(r.v, fixedPath("contained"), res, &valueSetFields, &f)
		rt, id, compose, expansion := f[0], f[1], f[2], f[3]
		if rt < 0 || !d.is(rt, "ValueSet") || id < 0 || d.nodes[id].kind != jString {
			continue
		}
		var opts []qOption
		opts = r.compose(compose, opts)
		opts = r.expansion(expansion, opts)
		r.sets[d.text(id)] = opts
	}
}

func (r *qreader) compose(n int32, opts []qOption) []qOption {
	d := r.d
	if n < 0 || d.nodes[n].kind != jObject {
		return opts
	}
	var cf [maxRead]int32
	d.fields(r.v, fixedPath("contained"), n, &composeFields, &cf)
	if inc := cf[0]; inc >= 0 && d.nodes[inc].kind == jArray {
		for in := d.first(inc); in >= 0; in = d.nodes[in].next {
			if d.nodes[in].kind != jObject {
				continue
			}
			var f [maxRead]int32
			d.fields(r.v, fixedPath("contained"), in, &includeFields, &f)
			system := ""
			if f[0] >= 0 && d.nodes[f[0]].kind == jString {
				system = d.text(f[0])
			}
			concepts := f[1]
			if concepts < 0 || d.nodes[concepts].kind != jArray {
				continue
			}
			for c := d.first(concepts); c >= 0; c = d.nodes[c].next {
				if d.nodes[c].kind != jObject {
					continue
				}
				var g [maxRead]int32
				d.fields(r.v, fixedPath("contained"), c, &conceptFields, &g)
				code, ext := g[0], g[1]
				if val, ok := r.ordinal(ext, "contained"); ok && code >= 0 && d.nodes[code].kind == jString {
					opts = append(opts, qOption{system: system, code: d.text(code), value: val})
				}
			}
		}
	}
	return opts
}

func (r *qreader) expansion(n int32, opts []qOption) []qOption {
	d := r.d
	if n < 0 || d.nodes[n].kind != jObject {
		return opts
	}
	var walk func(arr int32)
	walk = func(arr int32) {
		if d.nodes[arr].kind != jArray {
			return
		}
		for c := d.first(arr); c >= 0; c = d.nodes[c].next {
			if d.nodes[c].kind != jObject {
				continue
			}
			var f [maxRead]int32
			d.fields(r.v, fixedPath("contained"), c, &containsFields, &f)
			system, code, ext, sub := f[0], f[1], f[2], f[3]
			if val, ok := r.ordinal(ext, "contained"); ok && code >= 0 && d.nodes[code].kind == jString {
				sys := ""
				if system >= 0 && d.nodes[system].kind == jString {
					sys = d.text(system)
				}
				opts = append(opts, qOption{system: sys, code: d.text(code), value: val})
			}
			if sub >= 0 {
				walk(sub)
			}
		}
	}
	var f [maxRead]int32
	d.fields(r.v, fixedPath("contained"), n, &expansionFields, &f)
	if f[0] >= 0 {
		walk(f[0])
	}
	return opts
}
