package assessment

import (
	"sync"

	"github.com/wholeperson/integrative/validation"
)

// A Catalog is a validated, immutable set of instruments that responses are
// scored against. The built-in catalog holds the instruments this module
// ships ([Instruments]); a host that licenses another instrument builds its
// own catalog with [NewCatalog]. A Catalog is safe for concurrent use.
type Catalog struct {
	list  []Instrument
	index map[InstrumentID]int
	// meta holds what the scoring engine precomputes per instrument.
	meta []meta
}

// meta is precomputed per instrument when a catalog is built.
type meta struct {
	hi int
	// masks[i] has bit v set when v is an option value of item i; 0 when
	// some option value lies outside 0-63 and the slow path applies.
	masks []uint64
}

func compile(in *Instrument) meta {
	_, hi := in.Range()
	m := meta{hi: hi, masks: make([]uint64, len(in.Items))}
	for i, it := range in.Items {
		for _, o := range it.Options {
			if o.Value < 0 || o.Value > 63 {
				m.masks[i] = 0
				break
			}
			m.masks[i] |= 1 << o.Value
		}
	}
	return m
}

// NewCatalog validates the instruments and returns a catalog holding deep
// copies of them, so later changes to the arguments do not reach it. It
// returns a *[validation.Error] with each instrument's problems under
// "instruments/<position>", and [ErrDuplicateID] at
// "instruments/<position>/id" for an ID already used.
func NewCatalog(instruments ...Instrument) (*Catalog, error) {
	var v validation.Collector
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
		c.meta = append(c.meta, compile(&instruments[i]))
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Builtin returns the catalog of the instruments this module ships.
func Builtin() *Catalog { return builtin() }

var builtin = sync.OnceValue(func() *Catalog {
	c, err := NewCatalog(instruments()...)
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

// All returns copies of the catalog's instruments in catalog order.
func (c *Catalog) All() []Instrument {
	out := make([]Instrument, len(c.list))
	for i := range c.list {
		out[i] = c.list[i].clone()
	}
	return out
}

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

// Score scores a response. It returns a *[validation.Error] listing every
// problem: [ErrUnknownInstrument] at "instrument"; at "answers/<position>/item",
// [ErrUnknownItem] and [ErrDuplicateItem]; at "answers/<position>/value",
// [ErrBadAnswer] and [ErrDeclinedWithValue]; at "items/<item ID>",
// [ErrMissingItem] and [ErrSkipConflict]. Missing items are never prorated.
func (c *Catalog) Score(r Response) (Result, error) {
	i, ok := c.index[r.Instrument]
	if !ok {
		var v validation.Collector
		v.Add("instrument", ErrUnknownInstrument)
		return Result{}, v.Err()
	}
	var res Result
	err := c.list[i].score(&r, &c.meta[i], &res)
	return res, err
}

// LookupInstrument returns a copy of the built-in instrument with the given
// ID.
func LookupInstrument(id InstrumentID) (Instrument, bool) { return builtin().Lookup(id) }

// Instruments returns copies of the built-in instruments.
func Instruments() []Instrument { return builtin().All() }

// Score scores a response to a built-in instrument; see [Catalog.Score].
func Score(r Response) (Result, error) { return builtin().Score(r) }
