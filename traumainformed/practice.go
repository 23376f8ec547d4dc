package traumainformed

import (
	"slices"
	"sync"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// PracticeID identifies a practice in a [Catalog], such as
// "safety-plan-with-client". IDs are lower-case words joined by hyphens and
// stable across releases.
type PracticeID string

// The built-in practices. See [Practices] for what each means and the
// principles it serves.
const (
	PracticeConsent            PracticeID = "consent-before-sensitive-questions"
	PracticeRationale          PracticeID = "rationale-explained"
	PracticePredictable        PracticeID = "predictable-scheduling"
	PracticeSharedDecision     PracticeID = "shared-decisions-recorded"
	PracticeClinicianGender    PracticeID = "clinician-gender-choice"
	PracticeCareLanguage       PracticeID = "care-in-preferred-language"
	PracticeMaterialsLanguage  PracticeID = "materials-in-preferred-language"
	PracticePeerGroup          PracticeID = "peer-or-group-component"
	PracticeSkills             PracticeID = "skills-building"
	PracticeSafetyPlan         PracticeID = "safety-plan-with-client"
	PracticeCulturalAdaptation PracticeID = "cultural-adaptation"
	PracticeGoals              PracticeID = "goals-in-client-words"
	PracticeStrengths          PracticeID = "strengths-built-on"
	PracticeTraumaReactions    PracticeID = "trauma-reactions-explained"
	PracticeHistoricalTrauma   PracticeID = "historical-trauma-acknowledged"
	PracticeFeedback           PracticeID = "client-feedback-sought"
)

// A Practice is a concrete, recordable way a plan delivers care through the
// trauma-informed lens, mapped to the principles it serves. SAMHSA names
// principles, not practices; the mapping of each practice to principles is
// this package's reading of SAMHSA's description of each principle and of
// its implementation questions, and each practice cites where it comes
// from.
type Practice struct {
	ID PracticeID `json:"id"`
	// Title is a short, capitalised label.
	Title string `json:"title"`
	// Description says what the plan records when it records the practice.
	Description string `json:"description"`
	// Principles are the principles the practice serves, at least one.
	Principles []PrincipleID `json:"principles"`
	// Sources support the practice and its mapping, at least one.
	Sources []evidence.Source `json:"sources"`
}

func (p Practice) clone() Practice {
	p.Principles = slices.Clone(p.Principles)
	p.Sources = slices.Clone(p.Sources)
	return p
}

// Serves reports whether p serves principle id.
func (p Practice) Serves(id PrincipleID) bool { return slices.Contains(p.Principles, id) }

// Validate checks a practice definition. It returns nil or a
// *[validation.Error] with [ErrRequired] at "id" and "title" when empty,
// [ErrBadValue] at "id" when the ID is not lower-case ASCII letters and
// digits joined by single hyphens, [ErrRequired] at "principles" when there
// are none, [ErrBadValue] and [ErrDuplicate] at "principles/<position>",
// [evidence.ErrNoSource] at "sources" when there are none, and the
// [evidence.Source.Validate] errors under "sources/<position>".
func (p Practice) Validate() error {
	var v validation.Collector
	switch {
	case p.ID == "":
		v.Add("id", ErrRequired)
	case !wellFormedID(string(p.ID)):
		v.Add("id", ErrBadValue)
	}
	if blank(p.Title) {
		v.Add("title", ErrRequired)
	}
	if len(p.Principles) == 0 {
		v.Add("principles", ErrRequired)
	}
	for i, id := range p.Principles {
		path := validation.Join("principles", validation.Index(i))
		if !id.Valid() {
			v.Add(path, ErrBadValue)
		} else if slices.Contains(p.Principles[:i], id) {
			v.Add(path, ErrDuplicate)
		}
	}
	v.Merge("sources", evidence.Check(p.Sources))
	return v.Err()
}

// wellFormedID reports whether s is lower-case ASCII letters and digits
// joined by single hyphens.
func wellFormedID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// A Catalog is a validated, immutable set of practices that plans are
// audited against: the built-in practices, plus any a host adds with
// [NewCatalog] (a clinic's own practices, mapped to the same principles).
// A Catalog is safe for concurrent use.
type Catalog struct {
	list  []Practice
	index map[PracticeID]int
	// serving lists, per principle, the practices that serve it in catalog
	// order.
	serving [Cultural + 1][]PracticeID
}

// NewCatalog returns a catalog holding the built-in practices followed by
// deep copies of extra. It returns a *[validation.Error] with each extra
// practice's [Practice.Validate] problems under "practices/<position>", and
// [ErrDuplicate] at "practices/<position>/id" for an ID already in the
// catalog.
func NewCatalog(extra ...Practice) (*Catalog, error) {
	c, err := build(builtinPractices, "")
	if err != nil {
		return nil, err
	}
	var v validation.Collector
	for i, p := range extra {
		path := validation.Join("practices", validation.Index(i))
		v.Merge(path, p.Validate())
		if _, dup := c.index[p.ID]; dup && p.ID != "" {
			v.Add(path+"/id", ErrDuplicate)
			continue
		}
		c.add(p)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// build validates list and returns a catalog of copies; prefix is
// prepended to error paths.
func build(list []Practice, prefix string) (*Catalog, error) {
	var v validation.Collector
	c := &Catalog{index: make(map[PracticeID]int, len(list))}
	for i, p := range list {
		path := validation.Join(prefix, "practices", validation.Index(i))
		v.Merge(path, p.Validate())
		if _, dup := c.index[p.ID]; dup {
			v.Add(path+"/id", ErrDuplicate)
			continue
		}
		c.add(p)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Catalog) add(p Practice) {
	c.index[p.ID] = len(c.list)
	c.list = append(c.list, p.clone())
	for _, id := range p.Principles {
		if id.Valid() {
			c.serving[id] = append(c.serving[id], p.ID)
		}
	}
}

// Builtin returns the catalog of the built-in practices.
func Builtin() *Catalog { return builtinCatalog() }

var builtinCatalog = sync.OnceValue(func() *Catalog {
	c, err := build(builtinPractices, "")
	if err != nil {
		// The built-in practices are checked by the package's tests; a
		// failure here is a defect in this module, not in the caller's input.
		panic(err)
	}
	return c
})

// Lookup returns a copy of the practice with the given ID.
func (c *Catalog) Lookup(id PracticeID) (Practice, bool) {
	i, ok := c.index[id]
	if !ok {
		return Practice{}, false
	}
	return c.list[i].clone(), true
}

// All returns copies of the catalog's practices in catalog order.
func (c *Catalog) All() []Practice {
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

// LookupPractice returns a copy of the built-in practice with the given ID.
func LookupPractice(id PracticeID) (Practice, bool) { return builtinCatalog().Lookup(id) }

// Practices returns copies of the built-in practices in catalog order.
func Practices() []Practice { return builtinCatalog().All() }
