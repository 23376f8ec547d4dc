package modality

import (
	"slices"
	"strconv"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/validation"
)

// ID identifies a modality in the catalog, such as "cpt", "pe", "emdr",
// "dbt-a" or "rfp-c". IDs are lower-case and stable.
type ID string

// A Modality is a named form of therapy or intervention: what is done, from
// which orientation, with which techniques, how it is structured, for whom
// and for which conditions.
type Modality struct {
	// ID is the modality's stable identifier. Required.
	ID ID `json:"id"`
	// Name is the modality's name in English. Required.
	Name string `json:"name"`
	// Synonyms are other names people use for the modality, such as its
	// abbreviation ("CBT"), which [Catalog.ResolveID] accepts. Optional.
	Synonyms []string `json:"synonyms,omitempty"`
	// Orientations are the orientations the modality draws on, the main
	// one first. At least one is required.
	Orientations []OrientationID `json:"orientations"`
	// Techniques are the named techniques the modality uses.
	Techniques []TechniqueID `json:"techniques,omitempty"`
	// Stance is the modality's overall stance; Stance.Mechanism is its
	// main mechanism of change. Required.
	Stance Stance `json:"stance"`
	// TraumaFocused reports whether the modality works directly on trauma
	// memories or their meaning.
	TraumaFocused bool `json:"traumaFocused"`
	// Phases are the phases of trauma care the modality fits. Empty means
	// the catalog makes no claim about phases.
	Phases []Phase `json:"phases,omitempty"`
	// Ages is the age range the modality was developed and tested for.
	// The zero value means the catalog states no range.
	Ages AgeRange `json:"ages,omitzero"`
	// Indications are the condition groups a guideline recommends the
	// modality for, or for which trials report benefit.
	Indications []Indication `json:"indications,omitempty"`
	// Strength is the strength of the modality's evidence base overall.
	// Required.
	Strength evidence.Strength `json:"strength"`
	// Summary says in a sentence or two what the modality is. Required.
	Summary string `json:"summary"`
	// Sources support the entry: its manual or defining text. At least
	// one is required.
	Sources []evidence.Source `json:"sources"`
}

// FitsPhase reports whether the modality lists p among its phases. A
// modality that lists no phases fits none: the catalog makes no claim.
func (m Modality) FitsPhase(p Phase) bool { return slices.Contains(m.Phases, p) }

// HasOrientation reports whether o is among the modality's orientations.
func (m Modality) HasOrientation(o OrientationID) bool { return slices.Contains(m.Orientations, o) }

// Validate checks m on its own; whether its orientations and techniques
// exist, and whether its names are unique, is checked by [NewCatalog]. It
// returns nil or a *[validation.Error]: [ErrRequired] at "id", "name",
// "orientations", "summary" and "synonyms/<position>",
// [ErrBadValue] at "stance/<field>", "phases/<position>" and "strength",
// [ErrDuplicate] at a repeated orientation, technique or phase, the
// problems of [AgeRange.Validate] under "ages" and of
// [Indication.Validate] under "indications/<position>", and
// [evidence.ErrNoSource] at "sources" and the [evidence.Source.Validate]
// errors under "sources/<position>".
func (m Modality) Validate() error {
	var v validation.Collector
	required(&v, "id", string(m.ID))
	required(&v, "name", m.Name)
	required(&v, "summary", m.Summary)
	for i, syn := range m.Synonyms {
		required(&v, validation.Join("synonyms", validation.Index(i)), syn)
	}
	if len(m.Orientations) == 0 {
		v.Add("orientations", ErrRequired)
	}
	for i, o := range m.Orientations {
		p := validation.Join("orientations", validation.Index(i))
		required(&v, p, string(o))
		if slices.Index(m.Orientations, o) < i {
			v.Add(p, ErrDuplicate)
		}
	}
	for i, t := range m.Techniques {
		p := validation.Join("techniques", validation.Index(i))
		required(&v, p, string(t))
		if slices.Index(m.Techniques, t) < i {
			v.Add(p, ErrDuplicate)
		}
	}
	checkStance(&v, "stance", m.Stance)
	for i, ph := range m.Phases {
		p := validation.Join("phases", validation.Index(i))
		if !ph.Valid() {
			v.Add(p, ErrBadValue)
		} else if slices.Index(m.Phases, ph) < i {
			v.Add(p, ErrDuplicate)
		}
	}
	if !m.Ages.IsZero() {
		v.Merge("ages", m.Ages.Validate())
	}
	for i, in := range m.Indications {
		v.Merge(validation.Join("indications", validation.Index(i)), in.Validate())
	}
	if !m.Strength.Valid() {
		v.Add("strength", ErrBadValue)
	}
	v.Merge("sources", evidence.Check(m.Sources))
	return v.Err()
}

func (m Modality) clone() Modality {
	m.Synonyms = slices.Clone(m.Synonyms)
	m.Orientations = slices.Clone(m.Orientations)
	m.Techniques = slices.Clone(m.Techniques)
	m.Phases = slices.Clone(m.Phases)
	m.Ages.Sources = slices.Clone(m.Ages.Sources)
	m.Indications = slices.Clone(m.Indications)
	for i := range m.Indications {
		m.Indications[i] = m.Indications[i].clone()
	}
	m.Sources = slices.Clone(m.Sources)
	return m
}

// An AgeRange is the range of ages, in whole years and inclusive, a
// modality was developed and tested for, with the sources that state it.
type AgeRange struct {
	// Min is the youngest age in the range.
	Min int `json:"min"`
	// Max is the oldest age in the range; [assessment.MaxAge] means no
	// upper limit.
	Max int `json:"max"`
	// Sources state the range. At least one is required.
	Sources []evidence.Source `json:"sources"`
}

// phrase describes r for a clinician: "ages 3 to 18", or "ages 13 and
// over" when r has no upper limit.
func (r AgeRange) phrase() string {
	if r.Max >= assessment.MaxAge {
		return "ages " + strconv.Itoa(r.Min) + " and over"
	}
	return "ages " + strconv.Itoa(r.Min) + " to " + strconv.Itoa(r.Max)
}

// IsZero reports whether r is the zero AgeRange: no range stated.
func (r AgeRange) IsZero() bool { return r.Min == 0 && r.Max == 0 && len(r.Sources) == 0 }

// Contains reports whether age lies within r. The zero AgeRange contains
// every age.
func (r AgeRange) Contains(age int) bool {
	return r.IsZero() || (age >= r.Min && age <= r.Max)
}

// Validate checks r. It returns nil or a *[validation.Error]:
// [ErrOutOfRange] at "min" and "max" (outside 0–130, or Max below Min) and
// [evidence.ErrNoSource] at "sources" and the
// [evidence.Source.Validate] errors under "sources/<position>".
func (r AgeRange) Validate() error {
	var v validation.Collector
	if r.Min < 0 || r.Min > assessment.MaxAge {
		v.Add("min", ErrOutOfRange)
	}
	if r.Max < r.Min || r.Max > assessment.MaxAge {
		v.Add("max", ErrOutOfRange)
	}
	v.Merge("sources", evidence.Check(r.Sources))
	return v.Err()
}

// An Indication is a condition group a modality is recommended for, with
// the standing the source gives it and the context the recommendation
// keeps: whom it was made for and what role the modality plays.
type Indication struct {
	// Group is the condition group, as defined by package assessment.
	// Required.
	Group assessment.GroupID `json:"group"`
	// Line is the standing of the recommendation. Required.
	Line Line `json:"line"`
	// Population is the age group the source makes the recommendation
	// for. The zero value means the source states none.
	Population Population `json:"population,omitempty"`
	// Ages narrows Population to the age range the source states, such
	// as 3 to 11 for parent training. The zero value means the source
	// states no narrower range.
	Ages AgeRange `json:"ages,omitzero"`
	// Role is how the modality relates to medication in the
	// recommendation. The zero value means the source states none.
	Role Role `json:"role,omitempty"`
	// Context narrows the recommendation further in words: severity,
	// step of care, phase of illness, format ("less severe depression",
	// "maintenance phase"). Optional.
	Context string `json:"context,omitempty"`
	// Sources state the recommendation: the guideline with its section,
	// or the trial for [LineEmerging]. At least one is required.
	Sources []evidence.Source `json:"sources"`
}

// Covers reports whether the recommendation covers a person of the given
// age: within its Population and, when set, its Ages. An indication that
// states neither covers every age.
func (in Indication) Covers(age int) bool {
	return in.Population.Ages().Contains(age) && in.Ages.Contains(age)
}

// Validate checks in. It returns nil or a *[validation.Error]:
// [ErrRequired] at "group" when empty, [ErrUnknownGroup] at "group" for a
// group package assessment does not define, [ErrBadValue] at "line",
// "population" and "role", the problems of [AgeRange.Validate] under
// "ages" and [ErrOutOfRange] at "ages" when the range lies outside the
// population's ages, and [evidence.ErrNoSource] at "sources" and the
// [evidence.Source.Validate] errors under "sources/<position>".
func (in Indication) Validate() error {
	var v validation.Collector
	if in.Group == "" {
		v.Add("group", ErrRequired)
	} else if _, ok := assessment.LookupGroup(in.Group); !ok {
		v.Add("group", ErrUnknownGroup)
	}
	if !in.Line.Valid() {
		v.Add("line", ErrBadValue)
	}
	if in.Population != PopulationUnknown && !in.Population.Valid() {
		v.Add("population", ErrBadValue)
	}
	if in.Role != RoleUnknown && !in.Role.Valid() {
		v.Add("role", ErrBadValue)
	}
	if !in.Ages.IsZero() {
		if err := in.Ages.Validate(); err != nil {
			v.Merge("ages", err)
		} else if p := in.Population.Ages(); in.Ages.Min < p.Min || in.Ages.Max > p.Max {
			v.Add("ages", ErrOutOfRange)
		}
	}
	v.Merge("sources", evidence.Check(in.Sources))
	return v.Err()
}

func (in Indication) clone() Indication {
	in.Ages.Sources = slices.Clone(in.Ages.Sources)
	in.Sources = slices.Clone(in.Sources)
	return in
}

// Population is the age group a recommendation was made for, as its
// source states it. The zero value, [PopulationUnknown], means the source
// states none; it is not a valid value to parse or marshal.
type Population uint8

// The values of [Population].
const (
	PopulationUnknown Population = iota
	// PopulationAdults: people aged 18 and over, as in the VA/DoD, APA
	// and most NICE adult guidelines.
	PopulationAdults
	// PopulationChildrenAndAdolescents: people under 18, as in the NICE
	// guidelines for children and young people and the ISTSS
	// recommendations for children and adolescents.
	PopulationChildrenAndAdolescents
)

var populationNames = []string{
	PopulationUnknown:                "unknown",
	PopulationAdults:                 "adults",
	PopulationChildrenAndAdolescents: "children-and-adolescents",
}

// String returns the population's name, such as "adults". It never panics.
func (p Population) String() string { return enum.Name(populationNames, p, "Population") }

// Valid reports whether p is a named value other than [PopulationUnknown].
func (p Population) Valid() bool { return enum.Valid(populationNames, p) }

// Ages returns the ages p covers: 18 to [assessment.MaxAge] for adults, 0
// to 17 for children and adolescents, and every age for
// [PopulationUnknown] and invalid values.
func (p Population) Ages() AgeRange {
	switch p {
	case PopulationAdults:
		return AgeRange{Min: adultAge, Max: assessment.MaxAge}
	case PopulationChildrenAndAdolescents:
		return AgeRange{Min: 0, Max: adultAge - 1}
	}
	return AgeRange{Min: 0, Max: assessment.MaxAge}
}

// adultAge is the age from which the guidelines cited count a person as an
// adult.
const adultAge = 18

// ParsePopulation returns the population named s ("adults" or
// "children-and-adolescents"). It returns [ErrBadValue] for any other
// text.
func ParsePopulation(s string) (Population, error) { return parse[Population](populationNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (p Population) MarshalText() ([]byte, error) {
	return enum.Marshal(populationNames, p, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParsePopulation].
func (p *Population) UnmarshalText(text []byte) error {
	return enum.Unmarshal(populationNames, p, text, ErrBadValue)
}

// Role is how a recommended psychotherapy relates to medication. The zero
// value, [RoleUnknown], means the source states no role; it is not a valid
// value to parse or marshal.
type Role uint8

// The values of [Role].
const (
	RoleUnknown Role = iota
	// RoleStandalone: a treatment in its own right, on its own or
	// alongside medication, as trauma-focused psychotherapy for PTSD is.
	RoleStandalone
	// RoleAdjunct: recommended in addition to medication, not in its
	// place, as psychoeducation, family-focused therapy and IPSRT are in
	// bipolar disorder.
	RoleAdjunct
)

var roleNames = []string{
	RoleUnknown:    "unknown",
	RoleStandalone: "standalone",
	RoleAdjunct:    "adjunct-to-medication",
}

// String returns the role's name, such as "adjunct-to-medication". It
// never panics.
func (r Role) String() string { return enum.Name(roleNames, r, "Role") }

// Valid reports whether r is a named value other than [RoleUnknown].
func (r Role) Valid() bool { return enum.Valid(roleNames, r) }

// ParseRole returns the role named s ("standalone" or
// "adjunct-to-medication"). It returns [ErrBadValue] for any other text.
func ParseRole(s string) (Role, error) { return parse[Role](roleNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (r Role) MarshalText() ([]byte, error) { return enum.Marshal(roleNames, r, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRole].
func (r *Role) UnmarshalText(text []byte) error {
	return enum.Unmarshal(roleNames, r, text, ErrBadValue)
}

// Line is the standing a source gives a treatment for a condition. The zero
// value, [LineUnknown], is invalid. Values are ordered from the strongest
// standing to the weakest.
type Line uint8

// The values of [Line].
const (
	LineUnknown Line = iota
	// LineFirst: named by a guideline as a first-line or initial
	// treatment.
	LineFirst
	// LineSecond: named by a guideline as second-line.
	LineSecond
	// LineThird: named by a guideline as third-line.
	LineThird
	// LineRecommended: recommended by a guideline ("offer", "we recommend")
	// without a line ranking.
	LineRecommended
	// LineSuggested: a weak or conditional recommendation ("consider", "we
	// suggest").
	LineSuggested
	// LineEmerging: benefit reported in trials, without a guideline
	// recommendation yet.
	LineEmerging
)

var lineNames = []string{
	LineUnknown:     "unknown",
	LineFirst:       "first-line",
	LineSecond:      "second-line",
	LineThird:       "third-line",
	LineRecommended: "recommended",
	LineSuggested:   "suggested",
	LineEmerging:    "emerging",
}

// String returns the line's name, such as "first-line". It never panics.
func (l Line) String() string { return enum.Name(lineNames, l, "Line") }

// Valid reports whether l is a named value other than [LineUnknown].
func (l Line) Valid() bool { return enum.Valid(lineNames, l) }

// ParseLine returns the line named s. It returns [ErrBadValue] for any
// other text.
func ParseLine(s string) (Line, error) { return parse[Line](lineNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (l Line) MarshalText() ([]byte, error) { return enum.Marshal(lineNames, l, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseLine].
func (l *Line) UnmarshalText(text []byte) error {
	return enum.Unmarshal(lineNames, l, text, ErrBadValue)
}

// A Match is an indication of one modality for a condition group:
// [ForCondition] and [FirstLine] return them, so a plan check sees the
// recommendation's population, role and standing, not just the modality.
type Match struct {
	// Modality is the ID of the modality indicated; [Lookup] gives the
	// rest.
	Modality ID `json:"modality"`
	// Indication is the modality's indication for the group asked about,
	// a copy of the catalog's.
	Indication Indication `json:"indication"`
}
