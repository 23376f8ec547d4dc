package assessment

import (
	"slices"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// InstrumentID names an instrument in a catalog, such as [PHQ9] ("phq-9").
type InstrumentID string

// The IDs of the built-in instruments.
const (
	PHQ9    InstrumentID = "phq-9"
	PHQ2    InstrumentID = "phq-2"
	GAD7    InstrumentID = "gad-7"
	GAD2    InstrumentID = "gad-2"
	PCL5    InstrumentID = "pcl-5"
	PCPTSD5 InstrumentID = "pc-ptsd-5"
	AUDIT   InstrumentID = "audit"
	AUDITC  InstrumentID = "audit-c"
	ASQ     InstrumentID = "asq"
	WHO5    InstrumentID = "who-5"
	ACE     InstrumentID = "ace"
)

// An Instrument is the declarative definition of a validated questionnaire:
// its items and answer options, how it is scored and read, its codes, its
// licence and its sources. One scoring engine runs every definition, so a
// host adds a licensed instrument by writing an Instrument and building a
// [Catalog] with it.
//
// Text fields that a respondent or clinician reads (instructions, item text,
// option labels) are slices with one entry per language in [Languages], in
// the same order.
type Instrument struct {
	// ID is the instrument's stable ID, lower case, such as "phq-9".
	ID InstrumentID `json:"id"`
	// Abbrev is the abbreviation its authors use, such as "PHQ-9".
	Abbrev string `json:"abbrev"`
	// Name is its full name.
	Name string `json:"name"`
	// Measures says in a few words what it measures, such as "depression
	// severity".
	Measures string `json:"measures,omitempty"`
	// Languages are the languages the text ships in; the first is the
	// fallback when none matches the reader's preferences.
	Languages []language.Tag `json:"languages"`
	// Instructions is the stem read before the items, per language.
	Instructions []string `json:"instructions"`
	// Items are the questions in the order they are asked.
	Items []Item `json:"items"`
	// TotalLabel names the total, such as "total score" or "ACE score".
	TotalLabel string `json:"totalLabel"`
	// Subscales are scores over subsets of the items, such as the PCL-5
	// symptom clusters.
	Subscales []Subscale `json:"subscales,omitempty"`
	// Skips are the instrument's published skip rules.
	Skips []SkipRule `json:"skips,omitempty"`
	// DeclinedIsPositive makes a declined answer to a scored item count as
	// a positive screen instead of a missing item, as the ASQ instructs.
	DeclinedIsPositive bool `json:"declinedIsPositive,omitempty"`
	// Bands divide the range of the total into severity bands. They must
	// not overlap; together they need not cover the whole range.
	Bands []Band `json:"bands,omitempty"`
	// BandSources cite the bands.
	BandSources []evidence.Source `json:"bandSources,omitempty"`
	// Cutoff is the screening cut-off on the total; the zero Cutoff means
	// the instrument is not read as a positive or negative screen.
	Cutoff Cutoff `json:"cutoff,omitzero"`
	// Criteria are published symptom-count rules, such as the PCL-5
	// provisional PTSD diagnosis.
	Criteria []Criterion `json:"criteria,omitempty"`
	// Flags are the items or patterns that must be acted on whatever the
	// total, such as PHQ-9 item 9.
	Flags []FlagRule `json:"flags,omitempty"`
	// Outcome is how change over time is read.
	Outcome Outcome `json:"outcome,omitzero"`
	// Panel is the LOINC panel code, and Total the LOINC code of the total
	// score; either may be empty when LOINC defines none.
	Panel LOINC `json:"panel,omitempty"`
	Total LOINC `json:"total,omitempty"`
	// License states the terms under which the instrument's text is used.
	License string `json:"license"`
	// Sources cite the instrument's text, items and scoring.
	Sources []evidence.Source `json:"sources"`
}

// An Item is one question of an [Instrument].
type Item struct {
	// ID is the item's stable ID within the instrument: its number as the
	// authors print it ("1", "9"), or a word for an unnumbered item
	// ("difficulty", "exposure").
	ID string `json:"id"`
	// Text is the question, per language.
	Text []string `json:"text"`
	// Options are the allowed answers.
	Options []Option `json:"options"`
	// Code is the item's LOINC code, if it has one.
	Code LOINC `json:"code,omitempty"`
	// Unscored items are asked but not added to the total (the PHQ-9
	// difficulty question, the PC-PTSD-5 exposure question).
	Unscored bool `json:"unscored,omitempty"`
	// Optional items may be left unanswered.
	Optional bool `json:"optional,omitempty"`
}

// An Option is one allowed answer to an [Item].
type Option struct {
	// Value is the answer's score.
	Value int `json:"value"`
	// Label is the answer's text, per language.
	Label []string `json:"label"`
	// Code is the LOINC answer code, if it has one.
	Code LOINC `json:"code,omitempty"`
	// AltCodes are further LOINC answer codes read as this option, such as
	// LA18938-3 "More days than not", which LOINC's GAD-7 form uses for
	// item 2 in place of LA6570-1.
	AltCodes []LOINC `json:"altCodes,omitempty"`
}

// A Subscale is a score over a subset of an instrument's items.
type Subscale struct {
	// ID is short and stable, such as "B".
	ID string `json:"id"`
	// Name says what it measures, such as "intrusion (cluster B)".
	Name string `json:"name"`
	// Items are the IDs of its items.
	Items []string `json:"items"`
}

// A SkipRule is a published instruction to skip questions: when every item
// in If is answered 0, the items in Then are not asked and score 0.
type SkipRule struct {
	If   []string `json:"if"`
	Then []string `json:"then"`
	// Sources cite the rule.
	Sources []evidence.Source `json:"sources"`
}

// A Band is a range of totals with a severity label.
type Band struct {
	// Min and Max are inclusive.
	Min int `json:"min"`
	Max int `json:"max"`
	// Label is lower case, such as "moderately severe".
	Label string `json:"label"`
}

// A Cutoff reads a total as a positive or negative screen. The screen is
// positive when the total is at least Min; when the authors publish
// sex-specific cut-offs, Female and Male hold them instead of Min; for
// instruments where a low total is the concern (WHO-5), the screen is
// positive when the total is at most Max.
type Cutoff struct {
	Min    int `json:"min,omitempty"`
	Female int `json:"female,omitempty"`
	Male   int `json:"male,omitempty"`
	Max    int `json:"max,omitempty"`
	// Note qualifies the cut-off for the clinician, such as the range of
	// cut-offs the authors report.
	Note    string            `json:"note,omitempty"`
	Sources []evidence.Source `json:"sources,omitempty"`
}

// IsZero reports whether c defines no cut-off.
func (c Cutoff) IsZero() bool { return c.Min == 0 && c.Female == 0 && c.Male == 0 && c.Max == 0 }

func (c Cutoff) sexSpecific() bool { return c.Female != 0 || c.Male != 0 }

// A Criterion is a published symptom-count rule: it is met when every one of
// its requirements is.
type Criterion struct {
	// ID is stable, such as "provisional-ptsd".
	ID string `json:"id"`
	// Name says what meeting it means.
	Name         string            `json:"name"`
	Requirements []Requirement     `json:"requirements"`
	Sources      []evidence.Source `json:"sources"`
}

// A Requirement is met when at least Min of Items are answered at or above
// Threshold.
type Requirement struct {
	Items     []string `json:"items"`
	Threshold int      `json:"threshold"`
	Min       int      `json:"min"`
}

// A FlagRule raises its [Flag] when any answered item in Any has a value in
// its range, or, with OnPositive, when the screen is positive; but not when
// the flag named Unless was raised by an earlier rule.
type FlagRule struct {
	Flag       Flag        `json:"flag"`
	Any        []ItemRange `json:"any,omitempty"`
	OnPositive bool        `json:"onPositive,omitempty"`
	Unless     string      `json:"unless,omitempty"`
}

// An ItemRange names an item and the answer values, Min to Max inclusive,
// that trigger a rule.
type ItemRange struct {
	Item string `json:"item"`
	Min  int    `json:"min"`
	Max  int    `json:"max"`
}

// Limits of an instrument definition. They keep every total, subscale and
// bound within a few million, so no arithmetic on a host-defined
// instrument can overflow.
const (
	// MaxItems is the most items an instrument may have.
	MaxItems = 1000
	// MaxOptionValue is the largest value an option may have; the smallest
	// is 0.
	MaxOptionValue = 1000
)

// Validate checks that in can be scored. It returns nil or a
// *[validation.Error] with one entry per problem, at paths such as
// "items/3/options/1": [ErrRequired] for a missing ID, name, item, option,
// text or licence; [ErrDuplicateID] for a repeated item, option value or
// subscale; [ErrUnknownItem] for a subscale, skip rule, criterion or flag
// that names no item; [ErrBadCode] for a malformed LOINC code;
// [ErrOutOfRange] for more than [MaxItems] items, an option value outside
// 0 to [MaxOptionValue], and bands that overlap or fall outside the
// possible totals; [ErrBadValue] for text slices whose length is not the number of
// languages; and [evidence.ErrNoSource] and the [evidence.Source.Validate]
// errors for missing or invalid sources.
func (in *Instrument) Validate() error {
	var v validation.Collector
	if in.ID == "" {
		v.Add("id", ErrRequired)
	}
	if in.Abbrev == "" {
		v.Add("abbrev", ErrRequired)
	}
	if in.Name == "" {
		v.Add("name", ErrRequired)
	}
	if in.License == "" {
		v.Add("license", ErrRequired)
	}
	nl := len(in.Languages)
	if nl == 0 {
		v.Add("languages", ErrRequired)
	}
	texts(&v, "instructions", in.Instructions, nl)
	if len(in.Items) == 0 {
		v.Add("items", ErrRequired)
	}
	if len(in.Items) > MaxItems {
		v.Add("items", ErrOutOfRange)
		return v.Err()
	}
	ids := make(map[string]int, len(in.Items))
	for i, it := range in.Items {
		p := validation.Join("items", validation.Index(i))
		if it.ID == "" {
			v.Add(p+"/id", ErrRequired)
		} else if _, dup := ids[it.ID]; dup {
			v.Add(p+"/id", ErrDuplicateID)
		}
		ids[it.ID] = i
		texts(&v, p+"/text", it.Text, nl)
		code(&v, p+"/code", it.Code)
		if len(it.Options) == 0 {
			v.Add(p+"/options", ErrRequired)
		}
		seen := map[int]bool{}
		for j, o := range it.Options {
			op := validation.Join(p, "options", validation.Index(j))
			if seen[o.Value] {
				v.Add(op+"/value", ErrDuplicateID)
			}
			seen[o.Value] = true
			if o.Value < 0 || o.Value > MaxOptionValue {
				v.Add(op+"/value", ErrOutOfRange)
			}
			texts(&v, op+"/label", o.Label, nl)
			code(&v, op+"/code", o.Code)
			for k, c := range o.AltCodes {
				if c == "" {
					v.Add(validation.Join(op, "altCodes", validation.Index(k)), ErrBadCode)
				}
				code(&v, validation.Join(op, "altCodes", validation.Index(k)), c)
			}
		}
	}
	known := func(path string, items []string) {
		if len(items) == 0 {
			v.Add(path, ErrRequired)
		}
		for k, id := range items {
			if _, ok := ids[id]; !ok {
				v.Add(validation.Join(path, validation.Index(k)), ErrUnknownItem)
			}
		}
	}
	subIDs := map[string]bool{}
	for i, s := range in.Subscales {
		p := validation.Join("subscales", validation.Index(i))
		if s.ID == "" {
			v.Add(p+"/id", ErrRequired)
		} else if subIDs[s.ID] {
			v.Add(p+"/id", ErrDuplicateID)
		}
		subIDs[s.ID] = true
		known(p+"/items", s.Items)
	}
	for i, s := range in.Skips {
		p := validation.Join("skips", validation.Index(i))
		known(p+"/if", s.If)
		known(p+"/then", s.Then)
		v.Merge(p+"/sources", evidence.Check(s.Sources))
	}
	lo, hi := in.Range()
	for i, b := range in.Bands {
		p := validation.Join("bands", validation.Index(i))
		if b.Label == "" {
			v.Add(p+"/label", ErrRequired)
		}
		if b.Min > b.Max || b.Min < lo || b.Max > hi {
			v.Add(p, ErrOutOfRange)
		}
		if i > 0 && b.Min <= in.Bands[i-1].Max {
			v.Add(p, ErrOutOfRange)
		}
	}
	if len(in.Bands) > 0 {
		v.Merge("bandSources", evidence.Check(in.BandSources))
	}
	if !in.Cutoff.IsZero() {
		for _, m := range []int{in.Cutoff.Min, in.Cutoff.Female, in.Cutoff.Male, in.Cutoff.Max} {
			if m != 0 && (m < lo || m > hi) {
				v.Add("cutoff", ErrOutOfRange)
			}
		}
		if in.Cutoff.Max != 0 && (in.Cutoff.Min != 0 || in.Cutoff.sexSpecific()) {
			v.Add("cutoff/max", ErrBadDefinition)
		}
		if in.Cutoff.sexSpecific() && (in.Cutoff.Female == 0 || in.Cutoff.Male == 0) {
			v.Add("cutoff", ErrRequired)
		}
		v.Merge("cutoff/sources", evidence.Check(in.Cutoff.Sources))
	}
	for i, c := range in.Criteria {
		p := validation.Join("criteria", validation.Index(i))
		if c.ID == "" {
			v.Add(p+"/id", ErrRequired)
		}
		if len(c.Requirements) == 0 {
			v.Add(p+"/requirements", ErrRequired)
		}
		for j, r := range c.Requirements {
			rp := validation.Join(p, "requirements", validation.Index(j))
			known(rp+"/items", r.Items)
			if r.Min < 1 || r.Min > len(r.Items) {
				v.Add(rp+"/min", ErrOutOfRange)
			}
		}
		v.Merge(p+"/sources", evidence.Check(c.Sources))
	}
	flagIDs := map[string]bool{}
	for i, f := range in.Flags {
		p := validation.Join("flags", validation.Index(i))
		if f.Flag.ID == "" {
			v.Add(p+"/flag/id", ErrRequired)
		} else if flagIDs[f.Flag.ID] {
			v.Add(p+"/flag/id", ErrDuplicateID)
		}
		flagIDs[f.Flag.ID] = true
		if !f.Flag.Urgency.Valid() {
			v.Add(p+"/flag/urgency", ErrBadValue)
		}
		if f.Flag.Reason == "" {
			v.Add(p+"/flag/reason", ErrRequired)
		}
		if f.Flag.Action == "" {
			v.Add(p+"/flag/action", ErrRequired)
		}
		for k, m := range f.Any {
			if _, ok := ids[m.Item]; !ok {
				v.Add(validation.Join(p, "any", validation.Index(k)), ErrUnknownItem)
			}
			if m.Min > m.Max {
				v.Add(validation.Join(p, "any", validation.Index(k)), ErrOutOfRange)
			}
		}
		if len(f.Any) == 0 && !f.OnPositive {
			v.Add(p+"/any", ErrRequired)
		}
		if f.OnPositive && in.Cutoff.IsZero() {
			v.Add(p+"/onPositive", ErrBadDefinition)
		}
		if f.Unless != "" && !flagIDs[f.Unless] {
			v.Add(p+"/unless", ErrUnknownItem)
		}
		v.Merge(p+"/flag/sources", evidence.Check(f.Flag.Sources))
	}
	in.Outcome.validate(&v, lo, hi)
	code(&v, "panel", in.Panel)
	code(&v, "total", in.Total)
	v.Merge("sources", evidence.Check(in.Sources))
	return v.Err()
}

// Range returns the lowest and highest possible totals: the sums of the
// smallest and largest option values of the scored items.
func (in *Instrument) Range() (lo, hi int) {
	for _, it := range in.Items {
		if it.Unscored || len(it.Options) == 0 {
			continue
		}
		mn, mx := it.Options[0].Value, it.Options[0].Value
		for _, o := range it.Options[1:] {
			mn, mx = min(mn, o.Value), max(mx, o.Value)
		}
		lo += mn
		hi += mx
	}
	return lo, hi
}

// Item returns a copy of the item with the given ID.
func (in *Instrument) Item(id string) (Item, bool) {
	i := in.itemIndex(id)
	if i < 0 {
		return Item{}, false
	}
	return in.Items[i].clone(), true
}

// clone returns a deep copy of it.
func (it Item) clone() Item {
	it.Text = slices.Clone(it.Text)
	it.Options = slices.Clone(it.Options)
	for j := range it.Options {
		it.Options[j].Label = slices.Clone(it.Options[j].Label)
		it.Options[j].AltCodes = slices.Clone(it.Options[j].AltCodes)
	}
	return it
}

func (in *Instrument) itemIndex(id string) int {
	// Fast path: most items are numbered from 1 in order, sometimes after
	// one unnumbered item (the PC-PTSD-5 exposure question).
	if n := len(id); n > 0 && n <= 2 && id[0] >= '1' && id[0] <= '9' {
		k := int(id[0] - '0')
		if n == 2 {
			if id[1] < '0' || id[1] > '9' {
				k = -1
			} else {
				k = k*10 + int(id[1]-'0')
			}
		}
		for _, i := range [2]int{k - 1, k} {
			if i >= 0 && i < len(in.Items) && in.Items[i].ID == id {
				return i
			}
		}
	}
	for i := range in.Items {
		if in.Items[i].ID == id {
			return i
		}
	}
	return -1
}

// clone returns a deep copy of in, so a catalog never shares memory with
// its callers.
func (in *Instrument) clone() Instrument {
	c := *in
	c.Languages = slices.Clone(in.Languages)
	c.Instructions = slices.Clone(in.Instructions)
	c.Items = slices.Clone(in.Items)
	for i := range c.Items {
		c.Items[i] = c.Items[i].clone()
	}
	c.Subscales = slices.Clone(in.Subscales)
	for i := range c.Subscales {
		c.Subscales[i].Items = slices.Clone(c.Subscales[i].Items)
	}
	c.Skips = slices.Clone(in.Skips)
	for i := range c.Skips {
		c.Skips[i].If = slices.Clone(c.Skips[i].If)
		c.Skips[i].Then = slices.Clone(c.Skips[i].Then)
		c.Skips[i].Sources = slices.Clone(c.Skips[i].Sources)
	}
	c.Bands = slices.Clone(in.Bands)
	c.BandSources = slices.Clone(in.BandSources)
	c.Cutoff.Sources = slices.Clone(in.Cutoff.Sources)
	c.Criteria = slices.Clone(in.Criteria)
	for i := range c.Criteria {
		c.Criteria[i].Requirements = slices.Clone(c.Criteria[i].Requirements)
		for j := range c.Criteria[i].Requirements {
			c.Criteria[i].Requirements[j].Items = slices.Clone(c.Criteria[i].Requirements[j].Items)
		}
		c.Criteria[i].Sources = slices.Clone(c.Criteria[i].Sources)
	}
	c.Flags = slices.Clone(in.Flags)
	for i := range c.Flags {
		f := &c.Flags[i]
		f.Any = slices.Clone(f.Any)
		f.Flag = f.Flag.clone()
	}
	c.Outcome = in.Outcome.clone()
	c.Sources = slices.Clone(in.Sources)
	return c
}

func texts(v *validation.Collector, path string, t []string, languages int) {
	if len(t) != languages {
		v.Add(path, ErrBadValue)
		return
	}
	for i, s := range t {
		if s == "" {
			v.Add(validation.Join(path, validation.Index(i)), ErrRequired)
		}
	}
}

func code(v *validation.Collector, path string, c LOINC) {
	if c != "" && !c.Valid() {
		v.Add(path, ErrBadCode)
	}
}
