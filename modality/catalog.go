package modality

import (
	"cmp"
	"slices"
	"sync"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// CatalogVersion identifies the revision of the built-in catalog: its
// orientations, techniques, modalities, indications and age ranges. It
// changes whenever an entry or a source changes.
const CatalogVersion = "2026.1"

// Contents are the entries a [Catalog] is built from. [BuiltinContents]
// returns the built-in entries; a host extends them by appending its own
// and building a catalog with [NewCatalog].
type Contents struct {
	// Orientations are the orientations, in catalog order.
	Orientations []Orientation `json:"orientations"`
	// Techniques are the techniques, in catalog order.
	Techniques []Technique `json:"techniques"`
	// Modalities are the modalities, in catalog order.
	Modalities []Modality `json:"modalities"`
}

func (c Contents) clone() Contents {
	out := Contents{
		Orientations: make([]Orientation, len(c.Orientations)),
		Techniques:   make([]Technique, len(c.Techniques)),
		Modalities:   make([]Modality, len(c.Modalities)),
	}
	for i := range c.Orientations {
		out.Orientations[i] = c.Orientations[i].clone()
	}
	for i := range c.Techniques {
		out.Techniques[i] = c.Techniques[i].clone()
	}
	for i := range c.Modalities {
		out.Modalities[i] = c.Modalities[i].clone()
	}
	return out
}

// A Catalog is a validated, immutable set of orientations, techniques and
// modalities that plans are checked against. [Builtin] is the catalog this
// module ships. A Catalog holds exactly the contents it was built from:
// [NewCatalog] replaces, it does not extend. To extend the built-in
// catalog (a clinic's own program, a licensed protocol), start from
// [BuiltinContents], append, and build. A Catalog is safe for concurrent
// use.
type Catalog struct {
	orientations []Orientation
	techniques   []Technique
	modalities   []Modality
	oIndex       map[OrientationID]int
	tIndex       map[TechniqueID]int
	mIndex       map[ID]int
	byGroup      map[assessment.GroupID][]match
	mNames       nameIndex
	tNames       nameIndex
}

type match struct {
	modality   int // index into modalities
	indication int // index into that modality's indications
}

// NewCatalog validates the contents and returns a catalog holding deep
// copies of them, and only them: the built-in entries are not added. It
// returns a *[validation.Error] with each entry's
// problems under "orientations/<position>", "techniques/<position>" and
// "modalities/<position>" (see [Orientation.Validate], [Technique.Validate]
// and [Modality.Validate]), plus [ErrDuplicate] at ".../id" for an ID
// already used, [ErrUnknownOrientation] at "techniques/<position>/orientation"
// and "modalities/<position>/orientations/<position>", and
// [ErrUnknownTechnique] at "modalities/<position>/techniques/<position>"
// for references to entries the contents do not hold.
func NewCatalog(contents Contents) (*Catalog, error) {
	var v validation.Collector
	c := &Catalog{
		oIndex:  make(map[OrientationID]int, len(contents.Orientations)),
		tIndex:  make(map[TechniqueID]int, len(contents.Techniques)),
		mIndex:  make(map[ID]int, len(contents.Modalities)),
		byGroup: make(map[assessment.GroupID][]match),
		mNames:  newNameIndex(len(contents.Modalities)),
		tNames:  newNameIndex(len(contents.Techniques)),
	}
	for i, o := range contents.Orientations {
		p := validation.Join("orientations", validation.Index(i))
		v.Merge(p, o.Validate())
		if _, dup := c.oIndex[o.ID]; dup {
			v.Add(p+"/id", ErrDuplicate)
			continue
		}
		c.oIndex[o.ID] = len(c.orientations)
		c.orientations = append(c.orientations, o.clone())
	}
	for i, t := range contents.Techniques {
		p := validation.Join("techniques", validation.Index(i))
		v.Merge(p, t.Validate())
		if t.Orientation != "" {
			if _, ok := c.oIndex[t.Orientation]; !ok {
				v.Add(p+"/orientation", ErrUnknownOrientation)
			}
		}
		if _, dup := c.tIndex[t.ID]; dup {
			v.Add(p+"/id", ErrDuplicate)
			continue
		}
		c.tIndex[t.ID] = len(c.techniques)
		c.techniques = append(c.techniques, t.clone())
		c.tNames.add(&v, p+"/name", t.Name, len(c.techniques)-1)
		for j, syn := range t.Synonyms {
			c.tNames.add(&v, validation.Join(p, "synonyms", validation.Index(j)), syn, len(c.techniques)-1)
		}
		c.tNames.add(&v, p+"/id", string(t.ID), len(c.techniques)-1)
	}
	for i, m := range contents.Modalities {
		p := validation.Join("modalities", validation.Index(i))
		v.Merge(p, m.Validate())
		for j, o := range m.Orientations {
			if _, ok := c.oIndex[o]; !ok && o != "" {
				v.Add(validation.Join(p, "orientations", validation.Index(j)), ErrUnknownOrientation)
			}
		}
		for j, t := range m.Techniques {
			if _, ok := c.tIndex[t]; !ok && t != "" {
				v.Add(validation.Join(p, "techniques", validation.Index(j)), ErrUnknownTechnique)
			}
		}
		if _, dup := c.mIndex[m.ID]; dup {
			v.Add(p+"/id", ErrDuplicate)
			continue
		}
		c.mIndex[m.ID] = len(c.modalities)
		c.modalities = append(c.modalities, m.clone())
		c.mNames.add(&v, p+"/name", m.Name, len(c.modalities)-1)
		for j, syn := range m.Synonyms {
			c.mNames.add(&v, validation.Join(p, "synonyms", validation.Index(j)), syn, len(c.modalities)-1)
		}
		c.mNames.add(&v, p+"/id", string(m.ID), len(c.modalities)-1)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	for mi, m := range c.modalities {
		for ii, in := range m.Indications {
			c.byGroup[in.Group] = append(c.byGroup[in.Group], match{mi, ii})
		}
	}
	for g, ms := range c.byGroup {
		slices.SortStableFunc(ms, func(a, b match) int {
			la := c.modalities[a.modality].Indications[a.indication].Line
			lb := c.modalities[b.modality].Indications[b.indication].Line
			if x := cmp.Compare(la, lb); x != 0 {
				return x
			}
			return cmp.Compare(c.modalities[a.modality].ID, c.modalities[b.modality].ID)
		})
		c.byGroup[g] = ms
	}
	return c, nil
}

// Builtin returns the catalog this module ships. It is built once, on
// first use.
func Builtin() *Catalog { return builtin() }

// BuiltinContents returns deep copies of the built-in catalog's entries,
// for a host to extend and pass to [NewCatalog].
func BuiltinContents() Contents { return builtin().Contents() }

// Contents returns deep copies of the entries c was built from, in catalog
// order.
func (c *Catalog) Contents() Contents {
	return Contents{Orientations: c.orientations, Techniques: c.techniques, Modalities: c.modalities}.clone()
}

var builtin = sync.OnceValue(func() *Catalog {
	c, err := NewCatalog(Contents{
		Orientations: orientations,
		Techniques:   techniques,
		Modalities:   modalities,
	})
	if err != nil {
		// The built-in entries are checked by the package's tests; a
		// failure here is a defect in this module, not in the caller's
		// input.
		panic(err)
	}
	return c
})

// Lookup returns a copy of the modality with the given ID, and whether the
// catalog has it.
func (c *Catalog) Lookup(id ID) (Modality, bool) {
	m := c.modality(id)
	if m == nil {
		return Modality{}, false
	}
	return m.clone(), true
}

// All returns copies of the catalog's modalities in catalog order.
func (c *Catalog) All() []Modality {
	out := make([]Modality, len(c.modalities))
	for i := range c.modalities {
		out[i] = c.modalities[i].clone()
	}
	return out
}

// LookupTechnique returns a copy of the technique with the given ID, and
// whether the catalog has it.
func (c *Catalog) LookupTechnique(id TechniqueID) (Technique, bool) {
	t := c.technique(id)
	if t == nil {
		return Technique{}, false
	}
	return t.clone(), true
}

// Techniques returns copies of the catalog's techniques in catalog order.
func (c *Catalog) Techniques() []Technique {
	out := make([]Technique, len(c.techniques))
	for i := range c.techniques {
		out[i] = c.techniques[i].clone()
	}
	return out
}

// LookupOrientation returns a copy of the orientation with the given ID,
// and whether the catalog has it.
func (c *Catalog) LookupOrientation(id OrientationID) (Orientation, bool) {
	o := c.orientation(id)
	if o == nil {
		return Orientation{}, false
	}
	return o.clone(), true
}

// Orientations returns copies of the catalog's orientations in catalog
// order.
func (c *Catalog) Orientations() []Orientation {
	out := make([]Orientation, len(c.orientations))
	for i := range c.orientations {
		out[i] = c.orientations[i].clone()
	}
	return out
}

// ForCondition returns the indications for the condition group g, each
// with its modality's ID, strongest standing first ([LineFirst] before
// [LineSecond] ... before [LineEmerging]), then by modality ID, then in the
// modality's own order. A modality indicated for g in two populations
// appears twice. It returns nil when no modality is indicated for g. Use
// [Indication.Covers] to keep those that cover a client's age.
func (c *Catalog) ForCondition(g assessment.GroupID) []Match {
	return c.matches(g, false)
}

// FirstLine returns the first-line indications for the condition group g
// ([LineFirst]), each with its modality's ID, in modality ID order; nil
// when there is none. The indication says whom the recommendation covers:
// prolonged exposure is first-line for adults with PTSD, and a plan check
// for a child can tell from [Indication.Covers].
func (c *Catalog) FirstLine(g assessment.GroupID) []Match {
	return c.matches(g, true)
}

func (c *Catalog) matches(g assessment.GroupID, firstOnly bool) []Match {
	var out []Match
	for _, m := range c.byGroup[g] {
		mod := &c.modalities[m.modality]
		in := &mod.Indications[m.indication]
		if firstOnly && in.Line != LineFirst {
			continue
		}
		out = append(out, Match{Modality: mod.ID, Indication: in.clone()})
	}
	return out
}

// Indicated reports whether modality id has an indication for condition
// group g that covers a client of age (the indication's population and age
// range, and the modality's own age range where it states one), at line
// first when firstLine. It copies nothing, for callers that ask often.
func (c *Catalog) Indicated(id ID, g assessment.GroupID, age int, firstLine bool) bool {
	m := c.modality(id)
	if m == nil || (!m.Ages.IsZero() && !m.Ages.Contains(age)) {
		return false
	}
	for _, in := range m.Indications {
		if in.Group == g && in.Covers(age) && (!firstLine || in.Line == LineFirst) {
			return true
		}
	}
	return false
}

// IndicatedForAny reports whether modality id has an indication for any of
// the groups, at any line and for any population.
func (c *Catalog) IndicatedForAny(id ID, groups []assessment.GroupID) bool {
	m := c.modality(id)
	if m == nil {
		return false
	}
	for _, in := range m.Indications {
		if slices.Contains(groups, in.Group) {
			return true
		}
	}
	return false
}

// TraumaFocused reports whether modality id is in the catalog and works
// directly on trauma memories or their meaning.
func (c *Catalog) TraumaFocused(id ID) bool {
	m := c.modality(id)
	return m != nil && m.TraumaFocused
}

// Psychotherapy reports whether the modality or technique (one of them
// set) is in the catalog and comes from a school of psychotherapy rather
// than only from supporting interventions (lifestyle, peer support,
// psychoeducation...).
func (c *Catalog) Psychotherapy(id ID, tech TechniqueID) bool {
	if id != "" {
		m := c.modality(id)
		if m == nil {
			return false
		}
		for _, o := range m.Orientations {
			if or := c.orientation(o); or != nil && or.Psychotherapy {
				return true
			}
		}
		return false
	}
	t := c.technique(tech)
	if t == nil {
		return false
	}
	or := c.orientation(t.Orientation)
	return or != nil && or.Psychotherapy
}

// Phases returns a copy of the phases of trauma care modality id fits
// (see [Modality.Phases]), whether it is trauma-focused, and whether the
// catalog has it. It copies only the phases.
func (c *Catalog) Phases(id ID) (phases []Phase, traumaFocused, ok bool) {
	m := c.modality(id)
	if m == nil {
		return nil, false, false
	}
	return slices.Clone(m.Phases), m.TraumaFocused, true
}

// HasOrientation reports whether modality id is in the catalog and draws
// on orientation o.
func (c *Catalog) HasOrientation(id ID, o OrientationID) bool {
	m := c.modality(id)
	return m != nil && m.HasOrientation(o)
}

func (c *Catalog) modality(id ID) *Modality {
	i, ok := c.mIndex[id]
	if !ok {
		return nil
	}
	return &c.modalities[i]
}

func (c *Catalog) technique(id TechniqueID) *Technique {
	i, ok := c.tIndex[id]
	if !ok {
		return nil
	}
	return &c.techniques[i]
}

func (c *Catalog) orientation(id OrientationID) *Orientation {
	i, ok := c.oIndex[id]
	if !ok {
		return nil
	}
	return &c.orientations[i]
}

// Lookup returns a copy of the built-in modality with the given ID, and
// whether it exists.
func Lookup(id ID) (Modality, bool) { return builtin().Lookup(id) }

// All returns copies of the built-in modalities in catalog order.
func All() []Modality { return builtin().All() }

// LookupTechnique returns a copy of the built-in technique with the given
// ID, and whether it exists.
func LookupTechnique(id TechniqueID) (Technique, bool) { return builtin().LookupTechnique(id) }

// Techniques returns copies of the built-in techniques in catalog order.
func Techniques() []Technique { return builtin().Techniques() }

// LookupOrientation returns a copy of the built-in orientation with the
// given ID, and whether it exists.
func LookupOrientation(id OrientationID) (Orientation, bool) {
	return builtin().LookupOrientation(id)
}

// Orientations returns copies of the built-in orientations in catalog
// order.
func Orientations() []Orientation { return builtin().Orientations() }

// ForCondition returns the built-in indications for the condition group
// g; see [Catalog.ForCondition].
func ForCondition(g assessment.GroupID) []Match { return builtin().ForCondition(g) }

// FirstLine returns the built-in first-line indications for the condition
// group g; see [Catalog.FirstLine].
func FirstLine(g assessment.GroupID) []Match { return builtin().FirstLine(g) }
