package modality

import (
	"slices"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// TechniqueID identifies a technique, such as "cognitive-restructuring".
type TechniqueID string

// A Technique is a named therapeutic procedure (cognitive restructuring,
// exposure, interpretation, empathic reflection, ...) with the orientation
// it comes from and the stance it takes. Modalities are built from
// techniques; a plan may also use a technique on its own, as
// assimilative and eclectic plans do.
type Technique struct {
	// ID is the technique's stable identifier. Required.
	ID TechniqueID `json:"id"`
	// Name is the technique's name in English. Required.
	Name string `json:"name"`
	// Synonyms are other names people use for the technique, which
	// [Catalog.ResolveTechniqueID] accepts. Optional.
	Synonyms []string `json:"synonyms,omitempty"`
	// Orientation is the orientation the technique comes from. Required.
	Orientation OrientationID `json:"orientation"`
	// Stance is the position the technique takes. Required.
	Stance Stance `json:"stance"`
	// TraumaFocused reports whether the technique works directly on
	// trauma memories.
	TraumaFocused bool `json:"traumaFocused,omitempty"`
	// Summary says in a sentence what the technique does. Required.
	Summary string `json:"summary"`
	// Sources support the entry. At least one is required.
	Sources []evidence.Source `json:"sources"`
}

// Validate checks t on its own; whether its orientation exists is checked
// by [NewCatalog]. It returns nil or a *[validation.Error]: [ErrRequired] at
// "id", "name", "orientation", "summary" and "synonyms/<position>", [ErrBadValue] at
// "stance/<field>", and [evidence.ErrNoSource] at "sources" and the
// [evidence.Source.Validate] errors under "sources/<position>".
func (t Technique) Validate() error {
	var v validation.Collector
	required(&v, "id", string(t.ID))
	required(&v, "name", t.Name)
	required(&v, "orientation", string(t.Orientation))
	required(&v, "summary", t.Summary)
	for i, syn := range t.Synonyms {
		required(&v, validation.Join("synonyms", validation.Index(i)), syn)
	}
	checkStance(&v, "stance", t.Stance)
	v.Merge("sources", evidence.Check(t.Sources))
	return v.Err()
}

func (t Technique) clone() Technique {
	t.Synonyms = slices.Clone(t.Synonyms)
	t.Sources = slices.Clone(t.Sources)
	return t
}

func checkStance(v *validation.Collector, path string, s Stance) {
	if !s.Direction.Valid() {
		v.Add(path+"/direction", ErrBadValue)
	}
	if !s.Structure.Valid() {
		v.Add(path+"/structure", ErrBadValue)
	}
	if !s.Focus.Valid() {
		v.Add(path+"/focus", ErrBadValue)
	}
	if !s.Mechanism.Valid() {
		v.Add(path+"/mechanism", ErrBadValue)
	}
}
