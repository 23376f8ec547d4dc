package assessment

import (
	"strings"
	"sync"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// Data is the content of a [Catalog]: the instruments responses are scored
// against and the screening cascades between them. [NewCatalog] builds a
// catalog from exactly the data it is given: it replaces the built-in
// content, never merges with it. A host extends the built-in catalog by
// taking [BuiltinData], appending its own entries (an instrument it
// licenses, a cascade from it) and passing the result to NewCatalog; it
// replaces it by passing only its own.
type Data struct {
	Instruments []Instrument `json:"instruments"`
	Cascades    []Cascade    `json:"cascades,omitempty"`
}

// BuiltinData returns a deep copy of the built-in catalog's content: the
// instruments this module ships and the cascades between them.
func BuiltinData() Data { return builtin().Data() }

// clone returns a deep copy of d.
func (d Data) clone() Data {
	c := Data{Instruments: make([]Instrument, len(d.Instruments)), Cascades: make([]Cascade, len(d.Cascades))}
	for i := range d.Instruments {
		c.Instruments[i] = d.Instruments[i].clone()
	}
	for i, cs := range d.Cascades {
		c.Cascades[i] = cs.clone()
	}
	return c
}

// A Catalog is a validated, immutable set of instruments that responses are
// scored against, with the screening cascades between them. [Builtin] is
// the catalog this module ships; a host that licenses another instrument
// builds its own with [NewCatalog]. Nothing a catalog returns shares memory
// with it. A Catalog is safe for concurrent use.
type Catalog struct {
	list     []Instrument
	cascades []Cascade
	index    map[InstrumentID]int
	// meta holds what the scoring engine precomputes per instrument.
	meta []meta
	// codes holds every LOINC code the instruments use (panel, total and
	// item codes), so an importer can find one without allocating.
	codes map[string]LOINC
	// owners lists, per item code, the instruments with an item so coded.
	owners map[LOINC][]int
}

// meta is precomputed per instrument when a catalog is built.
type meta struct {
	hi int
	// masks[i] has bit v set when v is an option value of item i; 0 when
	// some option value lies outside 0-63 and the slow path applies.
	masks []uint64
	// itemMax[i] is the largest option value of item i.
	itemMax []int
	// lenientItems[i] is set when problems with item i's answer are
	// warnings: it is unscored and no flag rule reads it.
	lenientItems []bool
	// flagItems[i][j] is the index of the item of Flags[i].Any[j], or -1.
	flagItems [][]int
	// byID indexes the items of a long instrument, whose IDs the fast path
	// of itemIndex does not cover.
	byID map[string]int
}

func compile(in *Instrument) meta {
	_, hi := in.Range()
	n := len(in.Items)
	m := meta{hi: hi, masks: make([]uint64, n), itemMax: make([]int, n), lenientItems: make([]bool, n)}
	if n > stackItems {
		m.byID = make(map[string]int, n)
		for i, it := range in.Items {
			if _, dup := m.byID[it.ID]; !dup {
				m.byID[it.ID] = i
			}
		}
	}
	for i, it := range in.Items {
		for _, o := range it.Options {
			m.itemMax[i] = max(m.itemMax[i], o.Value)
		}
		for _, o := range it.Options {
			if o.Value < 0 || o.Value > 63 {
				m.masks[i] = 0
				break
			}
			m.masks[i] |= 1 << o.Value
		}
		m.lenientItems[i] = it.Unscored
	}
	m.flagItems = make([][]int, len(in.Flags))
	for k, f := range in.Flags {
		m.flagItems[k] = make([]int, len(f.Any))
		for j, r := range f.Any {
			i := m.index(in, r.Item)
			m.flagItems[k][j] = i
			if i >= 0 {
				m.lenientItems[i] = false
			}
		}
	}
	return m
}

// index returns the index of item id of in, the instrument m was compiled
// from, or -1: through the index of a long instrument, so that reading a
// response costs time linear in its answers.
func (m *meta) index(in *Instrument, id string) int {
	if m.byID != nil {
		if i, ok := m.byID[id]; ok {
			return i
		}
		return -1
	}
	return in.itemIndex(id)
}

// NewCatalog validates d and returns a catalog holding a deep copy of it,
// so later changes to d do not reach the catalog. The catalog holds exactly
// d; see [Data] for how to extend the built-in content. Its cost is linear
// in the size of d. It returns a *[validation.Error] with each instrument's
// [Instrument.Validate] problems under "instruments/<position>",
// [ErrDuplicateID] at "instruments/<position>/id" for an ID already used;
// and under "cascades/<position>", [ErrUnknownInstrument] at "from" and "to"
// for an instrument not in d, [ErrRequired] at "reason", [ErrDuplicateID]
// for a second cascade between the same instruments, and
// [evidence.ErrNoSource] and the [evidence.Source.Validate] errors under
// "sources".
func NewCatalog(d Data) (*Catalog, error) {
	var v validation.Collector
	instruments := d.Instruments
	c := &Catalog{index: make(map[InstrumentID]int, len(instruments))}
	for i := range instruments {
		p := validation.Join("instruments", validation.Index(i))
		v.Merge(p, instruments[i].Validate())
		if _, dup := c.index[instruments[i].ID]; dup {
			v.Add(p+"/id", ErrDuplicateID)
			continue
		}
		c.index[instruments[i].ID] = len(c.list)
		c.list = append(c.list, instruments[i].clone())
		c.meta = append(c.meta, compile(&c.list[len(c.list)-1]))
	}
	seen := make(map[[2]InstrumentID]bool, len(d.Cascades))
	for i, cs := range d.Cascades {
		p := validation.Join("cascades", validation.Index(i))
		if _, ok := c.index[cs.From]; !ok {
			v.Add(p+"/from", ErrUnknownInstrument)
		}
		if _, ok := c.index[cs.To]; !ok {
			v.Add(p+"/to", ErrUnknownInstrument)
		}
		if strings.TrimSpace(cs.Reason) == "" {
			v.Add(p+"/reason", ErrRequired)
		}
		if k := [2]InstrumentID{cs.From, cs.To}; seen[k] {
			v.Add(p, ErrDuplicateID)
		} else {
			seen[k] = true
		}
		v.Merge(p+"/sources", evidence.Check(cs.Sources))
		c.cascades = append(c.cascades, cs.clone())
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	c.codes = map[string]LOINC{}
	for i := range c.list {
		in := &c.list[i]
		for _, code := range []LOINC{in.Panel, in.Total} {
			if code != "" {
				c.codes[string(code)] = code
			}
		}
		for _, it := range in.Items {
			if it.Code != "" {
				c.codes[string(it.Code)] = it.Code
				if c.owners == nil {
					c.owners = map[LOINC][]int{}
				}
				if o := c.owners[it.Code]; len(o) == 0 || o[len(o)-1] != i {
					c.owners[it.Code] = append(o, i)
				}
			}
		}
	}
	return c, nil
}

// Builtin returns the catalog of the instruments this module ships.
func Builtin() *Catalog { return builtin() }

var builtin = sync.OnceValue(func() *Catalog {
	c, err := NewCatalog(Data{Instruments: instruments(), Cascades: cascades})
	if err != nil {
		// The built-in definitions are checked by the package's tests; a
		// failure here is a defect in this module, not in the caller's input.
		panic(err)
	}
	return c
})

// Lookup returns a copy of the instrument with the given ID.
func (c *Catalog) Lookup(id InstrumentID) (Instrument, bool) {
	in := c.get(id)
	if in == nil {
		return Instrument{}, false
	}
	return in.clone(), true
}

// Has reports whether the catalog has the instrument id. Unlike [Catalog.Lookup]
// it copies nothing.
func (c *Catalog) Has(id InstrumentID) bool {
	_, ok := c.index[id]
	return ok
}

// Range returns the lowest and highest possible totals of instrument id
// (see [Instrument.Range]), and whether the catalog has it.
func (c *Catalog) Range(id InstrumentID) (lo, hi int, ok bool) {
	in := c.get(id)
	if in == nil {
		return 0, 0, false
	}
	lo, hi = in.Range()
	return lo, hi, true
}

// Outcome returns a copy of how change over time is read on instrument id
// (its [Instrument.Outcome]), and whether the catalog has it.
func (c *Catalog) Outcome(id InstrumentID) (Outcome, bool) {
	in := c.get(id)
	if in == nil {
		return Outcome{}, false
	}
	return in.Outcome.clone(), true
}

// All returns copies of the catalog's instruments in catalog order.
func (c *Catalog) All() []Instrument {
	out := make([]Instrument, len(c.list))
	for i := range c.list {
		out[i] = c.list[i].clone()
	}
	return out
}

// Data returns a deep copy of the catalog's content.
func (c *Catalog) Data() Data { return Data{Instruments: c.list, Cascades: c.cascades}.clone() }

// IDs returns the IDs of the catalog's instruments in catalog order.
func (c *Catalog) IDs() []InstrumentID {
	ids := make([]InstrumentID, len(c.list))
	for i := range c.list {
		ids[i] = c.list[i].ID
	}
	return ids
}

func (c *Catalog) get(id InstrumentID) *Instrument {
	i, ok := c.index[id]
	if !ok {
		return nil
	}
	return &c.list[i]
}

// Score scores a response.
//
// Missing items are never prorated and an unanswered item is never a zero:
// a response that cannot be scored gives an error listing every problem, a
// *[validation.Error] with [ErrUnknownInstrument] at "instrument"; at
// "answers/<position>/item", [ErrUnknownItem] and [ErrDuplicateItem]; at
// "answers/<position>/value", [ErrNoValue] (no value and not declined),
// [ErrBadAnswer] and [ErrDeclinedWithValue]; at "items/<item ID>",
// [ErrMissingItem] and [ErrSkipConflict].
//
// # Flags survive an invalid response
//
// A flag never waits for a complete response. With the error, Score returns
// a partial Result (Incomplete set; no total, band or screen) holding the
// flags its valid answers raise for certain: PHQ-9 item 9 answered 1 raises
// the suicide-risk flag even when item 6 is missing, and an ASQ with a yes
// to question 1 raises its positive-screen flag even when question 5 is
// unanswered. When any flag is raised, the error is a *[FlagError]
// carrying the same flags and wrapping the *validation.Error, so a host
// that only looks at the error still finds them with errors.As, and its
// text names them. Act on every flag of the Result or the FlagError,
// whether or not err is nil.
//
// # Unscored items never block
//
// A problem with an answer to an unscored item that no flag reads (the
// PHQ-9 and GAD-7 difficulty question, the PC-PTSD-5 exposure question)
// never blocks the score: the answer is set aside and reported in
// [Result.Warnings] at the path an error would have. An unscored item a
// flag reads (ASQ question 5) is needed to decide the flag and is checked
// like a scored one.
func (c *Catalog) Score(r Response) (Result, error) {
	i, ok := c.index[r.Instrument]
	if !ok {
		var v validation.Collector
		v.Add("instrument", ErrUnknownInstrument)
		return Result{Instrument: r.Instrument, Date: r.Date, Incomplete: true}, v.Err()
	}
	var res Result
	err := c.list[i].score(&r, &c.meta[i], &res)
	if err != nil && len(res.Flags) > 0 {
		err = &FlagError{Flags: cloneFlags(res.Flags), Err: err}
	}
	return res, err
}

// LookupInstrument returns a copy of the built-in instrument with the given
// ID.
func LookupInstrument(id InstrumentID) (Instrument, bool) { return builtin().Lookup(id) }

// Instruments returns copies of the built-in instruments.
func Instruments() []Instrument { return builtin().All() }

// Score scores a response to a built-in instrument; see [Catalog.Score].
func Score(r Response) (Result, error) { return builtin().Score(r) }
