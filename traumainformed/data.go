package traumainformed

import (
	"slices"
	"sync"

	"github.com/wholeperson/integrative/validation"
)

// Data is the content of a [Catalog]: the practices plans are audited
// against and the stigmatizing terms client-facing text is checked for.
// [NewCatalog] builds a catalog from exactly the data it is given: it
// replaces the built-in content, never merges with it. A host extends the
// built-in catalog by taking [BuiltinData], appending its own entries (a
// clinic's practices, its style guide's terms) and passing the result to
// NewCatalog; it replaces it by passing only its own.
type Data struct {
	Practices []Practice `json:"practices"`
	Terms     []Term     `json:"terms"`
}

// BuiltinData returns a deep copy of the built-in catalog's content.
func BuiltinData() Data { return builtinData().clone() }

var builtinData = sync.OnceValue(func() Data {
	return Data{Practices: builtinPractices, Terms: terms}
})

// clone returns a deep copy of d.
func (d Data) clone() Data {
	cp := Data{Practices: make([]Practice, len(d.Practices)), Terms: make([]Term, len(d.Terms))}
	for i, p := range d.Practices {
		cp.Practices[i] = p.clone()
	}
	for i, t := range d.Terms {
		cp.Terms[i] = t.clone()
	}
	return cp
}

// A Catalog is a validated, immutable set of practices and terms: the
// practices plans are audited against ([Catalog.Audit]) and the
// stigmatizing terms client-facing text is checked for
// ([Catalog.CheckLanguage]). [Builtin] is the catalog this module ships; a
// host builds its own with [NewCatalog]. Nothing a catalog returns shares
// memory with it. A Catalog is safe for concurrent use.
type Catalog struct {
	list []Practice
	// names maps every practice ID and alias to the practice's position.
	names map[PracticeID]int
	// serving lists, per principle, the practices that serve it in catalog
	// order.
	serving [Cultural + 1][]PracticeID
	lex     *lexicon
}

// NewCatalog validates d and returns a catalog holding a deep copy of it,
// so later changes to d do not reach the catalog. The catalog holds exactly
// d: see [Data] for how to extend the built-in content. Its cost is linear
// in the size of d. It returns a *[validation.Error] naming every problem:
// each practice's [Practice.Validate] problems under
// "practices/<position>", and [ErrDuplicate] at "practices/<position>/id"
// and "practices/<position>/aliases/<position>" for a name another
// practice already uses; under "terms/<position>", [ErrRequired] at "id",
// "forms", "instead" and "why" when empty, [ErrBadValue] at "id" when it
// is not lower-case ASCII words joined by hyphens, [ErrDuplicate] at "id"
// for a repeated ID and at "forms/<position>" for a form already used by
// any term, [ErrBadForm] at "forms/<position>" and "except/<position>" for
// one without a word or with more than [MaxPhraseWords] words, and for an
// exception that does not contain one of the term's forms after at most
// three words, [evidence.ErrNoSource] at "sources" and the
// [evidence.Source.Validate] errors under "sources/<position>".
func NewCatalog(d Data) (*Catalog, error) {
	var v validation.Collector
	c := newCatalog(&v, d)
	if err := v.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// newCatalog validates d into v and builds a catalog of copies.
func newCatalog(v *validation.Collector, d Data) *Catalog {
	c := &Catalog{names: make(map[PracticeID]int, 2*len(d.Practices))}
	for i, p := range d.Practices {
		path := validation.Join("practices", validation.Index(i))
		v.Merge(path, p.Validate())
		n := len(c.list)
		if p.ID != "" {
			if _, dup := c.names[p.ID]; dup {
				v.Add(path+"/id", ErrDuplicate)
			}
		}
		c.names[p.ID] = n
		for j, a := range p.Aliases {
			if k, dup := c.names[a]; dup && k != n {
				v.Add(validation.Join(path, "aliases", validation.Index(j)), ErrDuplicate)
				continue
			}
			c.names[a] = n
		}
		c.list = append(c.list, p.clone())
		for _, id := range p.Principles {
			if id.Valid() {
				c.serving[id] = append(c.serving[id], p.ID)
			}
		}
	}
	c.lex = compileTerms(v, d.Terms)
	return c
}

// Builtin returns the catalog this module ships: the built-in practices
// and terms.
func Builtin() *Catalog { return builtin() }

var builtin = sync.OnceValue(func() *Catalog {
	c, err := NewCatalog(builtinData())
	if err != nil {
		// The built-in data is checked by the package's tests; a failure
		// here is a defect in this module, not in the caller's input.
		panic(err)
	}
	return c
})

// practice returns the position of the practice named name, an ID or an
// alias in any case, with spaces or underscores for hyphens.
func (c *Catalog) practice(name PracticeID) (int, bool) {
	if i, ok := c.names[name]; ok {
		return i, true
	}
	key, ok := practiceKey(string(name))
	if !ok {
		return 0, false
	}
	i, ok := c.names[PracticeID(key)]
	return i, ok
}

// has reports whether the catalog holds the practice with ID id, and its
// position.
func (c *Catalog) has(id PracticeID) (int, bool) {
	i, ok := c.names[id]
	return i, ok && c.list[i].ID == id
}

// LookupPractice returns a copy of the practice named name: its ID or one
// of its aliases, in any case and with spaces or underscores for hyphens
// ("Shared decision making" finds [PracticeSharedDecision]).
func (c *Catalog) LookupPractice(name PracticeID) (Practice, bool) {
	i, ok := c.practice(name)
	if !ok {
		return Practice{}, false
	}
	return c.list[i].clone(), true
}

// HasPractice reports whether the catalog has the practice named name (an
// ID or an alias). It copies nothing.
func (c *Catalog) HasPractice(name PracticeID) bool {
	_, ok := c.practice(name)
	return ok
}

// Practices returns copies of the catalog's practices in catalog order.
func (c *Catalog) Practices() []Practice {
	out := make([]Practice, len(c.list))
	for i, p := range c.list {
		out[i] = p.clone()
	}
	return out
}

// Serving returns the IDs of the practices that serve principle id, in
// catalog order.
func (c *Catalog) Serving(id PrincipleID) []PracticeID {
	if !id.Valid() {
		return nil
	}
	return slices.Clone(c.serving[id])
}

// LookupTerm returns a copy of the term with the given ID.
func (c *Catalog) LookupTerm(id TermID) (Term, bool) { return c.lex.lookup(id) }

// Terms returns copies of the catalog's terms in catalog order.
func (c *Catalog) Terms() []Term { return c.lex.all() }

// CheckLanguage finds every occurrence of the catalog's terms in text, a
// client-facing text such as a plan summary or a letter. Words are matched
// whole ("addiction" does not contain the term "addict") and without regard
// to case, width or Unicode normalization: each word is normalized (NFKC)
// and case-folded with golang.org/x/text. A word is a run of letters,
// digits and combining marks; the words of a phrase may be separated by
// white space or hyphens only. Where forms of different terms start at the
// same word, the longest wins; matches do not overlap and are in text
// order. Invalid UTF-8 separates words. Its cost is linear in the length of
// text. CheckLanguage never fails: any text is acceptable.
func (c *Catalog) CheckLanguage(text string) []Match { return c.lex.check(text) }

// LookupPractice returns a copy of the built-in practice named name; see
// [Catalog.LookupPractice].
func LookupPractice(name PracticeID) (Practice, bool) { return builtin().LookupPractice(name) }

// Practices returns copies of the built-in practices in catalog order.
func Practices() []Practice { return builtin().Practices() }

// LookupTerm returns a copy of the built-in term with the given ID.
func LookupTerm(id TermID) (Term, bool) { return builtin().LookupTerm(id) }

// Terms returns copies of the built-in terms.
func Terms() []Term { return builtin().Terms() }

// CheckLanguage finds the built-in terms in text; see
// [Catalog.CheckLanguage].
func CheckLanguage(text string) []Match { return builtin().CheckLanguage(text) }
