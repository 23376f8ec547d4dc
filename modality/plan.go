package modality

import (
	"slices"
	"strings"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/validation"
)

// A Plan is the psychotherapy part of a treatment plan: how the
// modalities and techniques it uses are combined, who delivers them, in
// which order, and for whom. It holds no identifiers: clinicians and
// components carry plan-local keys only.
type Plan struct {
	// Strategy is the integration strategy. Leave it unset
	// ([StrategyUnknown]) for a plan that uses one approach or claims no
	// integration strategy: the strategy checks then do not run, and every
	// other check does.
	Strategy Strategy `json:"strategy,omitempty"`
	// Home is the home orientation of an assimilative plan: the theory
	// the imported techniques are assimilated into.
	Home OrientationID `json:"home,omitempty"`
	// Orientations are the orientations a theoretically integrated plan
	// merges.
	Orientations []OrientationID `json:"orientations,omitempty"`
	// Framework names the unifying framework of a theoretically
	// integrated plan, such as "transtheoretical model".
	Framework string `json:"framework,omitempty"`
	// Factors are the common factors a common-factors plan targets, each
	// with how it is monitored.
	Factors []FactorTarget `json:"factors,omitempty"`
	// Components are the modalities and techniques the plan delivers. At
	// least one is required.
	Components []Component `json:"components"`
	// Clinicians are the clinicians who deliver components, with their
	// recorded competencies.
	Clinicians []Clinician `json:"clinicians,omitempty"`
	// ClientAge is the client's age in whole years, 0–130. Required.
	ClientAge int `json:"clientAge"`
	// Stable records whether the clinician judges the client stable
	// enough for trauma processing or insight-oriented work: [assessment.No]
	// means not yet stable. Optional.
	Stable assessment.YesNo `json:"stable,omitempty"`
}

// A Component is one modality or technique in a plan.
type Component struct {
	// Key is a plan-local label other components refer to in Replaces,
	// such as "c1". Optional; unique when given.
	Key string `json:"key,omitempty"`
	// Modality is the modality delivered. Exactly one of Modality and
	// Technique is required.
	Modality ID `json:"modality,omitempty"`
	// Technique is the technique delivered on its own.
	Technique TechniqueID `json:"technique,omitempty"`
	// Rationale is the clinical indication for this client: why this
	// component, for which problem, and in an assimilative plan how it
	// fits the home theory. Free text for clinicians.
	Rationale string `json:"rationale,omitempty"`
	// Explanation is the explanation given to the client, in the client's
	// words where possible.
	Explanation string `json:"explanation,omitempty"`
	// Phase is the phase of trauma care the component belongs to.
	// Required for a trauma-focused modality or technique; optional, and
	// usually left unset, outside trauma care.
	Phase Phase `json:"phase,omitempty"`
	// Frequency is how often sessions take place. Optional.
	Frequency Frequency `json:"frequency,omitzero"`
	// Clinician is the key of the clinician who delivers the component.
	// Empty for self-directed practice.
	Clinician string `json:"clinician,omitempty"`
	// Start is the first day of the component. Start or Sequence is
	// required.
	Start assessment.Date `json:"start,omitzero"`
	// End is the last day of the component, if planned. It needs a Start
	// and may not precede it.
	End assessment.Date `json:"end,omitzero"`
	// Sequence is the component's step in the plan, from 1, for plans
	// ordered by step rather than by date. Components with the same
	// Sequence run together.
	Sequence int `json:"sequence,omitempty"`
	// Replaces is the key of the component this one replaces: a change
	// of technique.
	Replaces string `json:"replaces,omitempty"`
	// ChangeExplanation is the explanation given to the client of why the
	// technique changes. Expected whenever Replaces is set.
	ChangeExplanation string `json:"changeExplanation,omitempty"`
}

// A Frequency is how often sessions of a component take place: Sessions
// per Per, such as 2 per week. The zero value means not stated.
type Frequency struct {
	// Sessions is the number of sessions in each period, 1–31.
	Sessions int `json:"sessions"`
	// Per is the period.
	Per Period `json:"per"`
}

// IsZero reports whether f is the zero Frequency: not stated.
func (f Frequency) IsZero() bool { return f == Frequency{} }

// Limits on the size of a plan. They bound input, not clinical practice:
// they keep validation and checking time predictable for plans that
// arrive as JSON. A plan over any of them is rejected with [ErrOutOfRange]
// at the list's path, before its entries are looked at.
const (
	// MaxComponents is the largest number of components a plan may have.
	MaxComponents = 500
	// MaxClinicians is the largest number of clinicians a plan may list.
	MaxClinicians = 100
	// MaxCompetencies is the largest number of competencies one clinician
	// may list.
	MaxCompetencies = 100
	// MaxOrientations is the largest number of orientations a plan may
	// list as merged.
	MaxOrientations = 20
	// MaxFactors is the largest number of common factors a plan may
	// target.
	MaxFactors = 20
)

// maxSessions bounds Frequency.Sessions: more than daily sessions for a
// month is not a plan but a data-entry error.
const maxSessions = 31

// Period is the period of a [Frequency]. The zero value, [PeriodUnknown],
// is invalid.
type Period uint8

// The values of [Period].
const (
	PeriodUnknown Period = iota
	PerDay
	PerWeek
	PerMonth
)

var periodNames = []string{PeriodUnknown: "unknown", PerDay: "day", PerWeek: "week", PerMonth: "month"}

// String returns the period's name, such as "week". It never panics.
func (p Period) String() string { return enum.Name(periodNames, p, "Period") }

// Valid reports whether p is a named value other than [PeriodUnknown].
func (p Period) Valid() bool { return enum.Valid(periodNames, p) }

// ParsePeriod returns the period named s ("day", "week" or "month"). It
// returns [ErrBadValue] for any other text.
func ParsePeriod(s string) (Period, error) { return parse[Period](periodNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (p Period) MarshalText() ([]byte, error) { return enum.Marshal(periodNames, p, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePeriod].
func (p *Period) UnmarshalText(text []byte) error {
	return enum.Unmarshal(periodNames, p, text, ErrBadValue)
}

// A FactorTarget is a common factor a plan targets and how it is
// monitored.
type FactorTarget struct {
	// Factor is the common factor. Required.
	Factor Factor `json:"factor"`
	// Monitoring says how the factor is monitored, such as "Session
	// Rating Scale at every session". Expected for every targeted factor.
	Monitoring string `json:"monitoring,omitempty"`
}

// A Clinician is a member of the care team who delivers components, with
// the training and supervision recorded for them. It holds no identifier:
// Key is a plan-local label.
type Clinician struct {
	// Key is the plan-local label components use to name the clinician,
	// such as "psychologist". Required and unique.
	Key string `json:"key"`
	// Role is the clinician's professional role, for display. Optional.
	Role string `json:"role,omitempty"`
	// Competencies are the modalities and techniques the clinician is
	// recorded as trained, certified or supervised in.
	Competencies []Competency `json:"competencies,omitempty"`
}

// A Competency is recorded training, certification or supervision in one
// modality or technique.
type Competency struct {
	// Modality is the modality. Exactly one of Modality and Technique is
	// required.
	Modality ID `json:"modality,omitempty"`
	// Technique is the technique.
	Technique TechniqueID `json:"technique,omitempty"`
	// Basis is what the competency rests on. Required.
	Basis Basis `json:"basis"`
}

// Basis is what a clinician's competency rests on. The zero value,
// [BasisUnknown], is invalid.
type Basis uint8

// The values of [Basis].
const (
	BasisUnknown Basis = iota
	// Trained: completed training in the modality.
	Trained
	// Certified: certified or rostered by the modality's training body.
	Certified
	// Supervised: delivering the modality under the supervision of a
	// clinician competent in it, for example during training.
	Supervised
)

var basisNames = []string{BasisUnknown: "unknown", Trained: "trained", Certified: "certified", Supervised: "supervised"}

// String returns the basis's name, such as "trained". It never panics.
func (b Basis) String() string { return enum.Name(basisNames, b, "Basis") }

// Valid reports whether b is a named value other than [BasisUnknown].
func (b Basis) Valid() bool { return enum.Valid(basisNames, b) }

// ParseBasis returns the basis named s ("trained", "certified" or
// "supervised"). It returns [ErrBadValue] for any other text.
func ParseBasis(s string) (Basis, error) { return parse[Basis](basisNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (b Basis) MarshalText() ([]byte, error) { return enum.Marshal(basisNames, b, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseBasis].
func (b *Basis) UnmarshalText(text []byte) error {
	return enum.Unmarshal(basisNames, b, text, ErrBadValue)
}

// Validate checks p against the built-in catalog; see [Catalog.Validate].
func (p Plan) Validate() error { return builtin().Validate(p) }

// Validate checks that p is well formed and that every modality,
// technique and orientation it names is in c. It checks form, not
// clinical coherence: that is [Catalog.Check]. It returns nil or one
// *[validation.Error] naming every problem, with paths that are the JSON
// field names:
//   - "strategy": [ErrBadValue] for a value that is set and not valid;
//   - "home", "orientations/<i>": [ErrUnknownOrientation], and
//     [ErrDuplicate] for a repeated orientation;
//   - "factors/<i>/factor": [ErrBadValue], [ErrDuplicate];
//   - "components", "clinicians", "clinicians/<i>/competencies",
//     "orientations", "factors": [ErrOutOfRange] when the list is longer
//     than [MaxComponents], [MaxClinicians], [MaxCompetencies],
//     [MaxOrientations] or [MaxFactors]; nothing else is then checked;
//   - "components": [ErrRequired] when there are none;
//   - "components/<i>": [ErrModalityOrTechnique];
//     "components/<i>/modality": [ErrUnknownModality];
//     "components/<i>/technique": [ErrUnknownTechnique];
//     "components/<i>/phase": [ErrBadValue], or [ErrRequired] when a
//     trauma-focused modality or technique has no phase;
//     "components/<i>/frequency/sessions": [ErrOutOfRange];
//     "components/<i>/frequency/per": [ErrBadValue];
//     "components/<i>/clinician": [ErrUnknownClinician];
//     "components/<i>/start": [ErrNoTiming];
//     "components/<i>/end": [ErrBadDates];
//     "components/<i>/sequence": [ErrOutOfRange] when negative;
//     "components/<i>/key": [ErrDuplicate];
//     "components/<i>/replaces": [ErrBadReference];
//   - "clinicians/<i>/key": [ErrRequired], [ErrDuplicate];
//     "clinicians/<i>/competencies/<j>": [ErrModalityOrTechnique], with
//     [ErrUnknownModality] or [ErrUnknownTechnique] at ".../modality" or
//     ".../technique" and [ErrBadValue] at ".../basis";
//   - "clientAge": [ErrBadAge];
//   - "stable": [ErrBadValue].
func (c *Catalog) Validate(p Plan) error {
	var v validation.Collector
	if tooLarge(&v, p) {
		return v.Err()
	}
	if p.Strategy != StrategyUnknown && !p.Strategy.Valid() {
		v.Add("strategy", ErrBadValue)
	}
	if p.Home != "" && c.orientation(p.Home) == nil {
		v.Add("home", ErrUnknownOrientation)
	}
	for i, o := range p.Orientations {
		switch {
		case c.orientation(o) == nil:
			v.Add(indexPath("orientations", i, ""), ErrUnknownOrientation)
		case slices.Index(p.Orientations, o) < i:
			v.Add(indexPath("orientations", i, ""), ErrDuplicate)
		}
	}
	for i, f := range p.Factors {
		switch {
		case !f.Factor.Valid():
			v.Add(indexPath("factors", i, "factor"), ErrBadValue)
		case slices.IndexFunc(p.Factors[:i], func(g FactorTarget) bool { return g.Factor == f.Factor }) >= 0:
			v.Add(indexPath("factors", i, "factor"), ErrDuplicate)
		}
	}
	for i, cl := range p.Clinicians {
		switch {
		case strings.TrimSpace(cl.Key) == "":
			v.Add(indexPath("clinicians", i, "key"), ErrRequired)
		case clinicianIndex(p.Clinicians[:i], cl.Key) >= 0:
			v.Add(indexPath("clinicians", i, "key"), ErrDuplicate)
		}
		for j, comp := range cl.Competencies {
			if c.badTarget(comp.Modality, comp.Technique) {
				c.addTarget(&v, indexPath("clinicians", i, "competencies/"+validation.Index(j)), comp.Modality, comp.Technique)
			}
			if !comp.Basis.Valid() {
				v.Add(indexPath("clinicians", i, "competencies/"+validation.Index(j)+"/basis"), ErrBadValue)
			}
		}
	}
	switch {
	case len(p.Components) == 0:
		v.Add("components", ErrRequired)
	}
	for i := range p.Components {
		comp := &p.Components[i]
		if c.badTarget(comp.Modality, comp.Technique) {
			c.addTarget(&v, indexPath("components", i, ""), comp.Modality, comp.Technique)
		}
		switch {
		case comp.Phase == PhaseUnknown:
			if c.traumaFocused(comp) {
				v.Add(indexPath("components", i, "phase"), ErrRequired)
			}
		case !comp.Phase.Valid():
			v.Add(indexPath("components", i, "phase"), ErrBadValue)
		}
		if !comp.Frequency.IsZero() {
			if comp.Frequency.Sessions < 1 || comp.Frequency.Sessions > maxSessions {
				v.Add(indexPath("components", i, "frequency/sessions"), ErrOutOfRange)
			}
			if !comp.Frequency.Per.Valid() {
				v.Add(indexPath("components", i, "frequency/per"), ErrBadValue)
			}
		}
		if comp.Clinician != "" && clinicianIndex(p.Clinicians, comp.Clinician) < 0 {
			v.Add(indexPath("components", i, "clinician"), ErrUnknownClinician)
		}
		if comp.Start.IsZero() && comp.Sequence == 0 {
			v.Add(indexPath("components", i, "start"), ErrNoTiming)
		}
		if !comp.End.IsZero() && (comp.Start.IsZero() || comp.End.Before(comp.Start)) {
			v.Add(indexPath("components", i, "end"), ErrBadDates)
		}
		if comp.Sequence < 0 {
			v.Add(indexPath("components", i, "sequence"), ErrOutOfRange)
		}
		if comp.Key != "" && componentIndex(p.Components, comp.Key) < i {
			v.Add(indexPath("components", i, "key"), ErrDuplicate)
		}
	}
	for _, i := range badReplacements(p.Components) {
		v.Add(indexPath("components", i, "replaces"), ErrBadReference)
	}
	if p.ClientAge < 0 || p.ClientAge > assessment.MaxAge {
		v.Add("clientAge", ErrBadAge)
	}
	if p.Stable != assessment.YesNoUnknown && !p.Stable.Valid() {
		v.Add("stable", ErrBadValue)
	}
	return v.Err()
}

// tooLarge reports every list of p that is over its limit, and whether
// there was one.
func tooLarge(v *validation.Collector, p Plan) bool {
	over := func(path string, n, limit int) {
		if n > limit {
			v.Add(path, ErrOutOfRange)
		}
	}
	over("components", len(p.Components), MaxComponents)
	over("clinicians", len(p.Clinicians), MaxClinicians)
	over("orientations", len(p.Orientations), MaxOrientations)
	over("factors", len(p.Factors), MaxFactors)
	if len(p.Clinicians) <= MaxClinicians {
		for i := range p.Clinicians {
			over(indexPath("clinicians", i, "competencies"), len(p.Clinicians[i].Competencies), MaxCompetencies)
		}
	}
	return v.Len() > 0
}

// indexPath returns "list/i/field", or "list/i" for an empty field. Paths
// are built only when a problem is found, so valid plans cost nothing.
func indexPath(list string, i int, field string) string {
	return validation.Join(list, validation.Index(i), field)
}

// clinicianIndex returns the position of the clinician with the given key,
// or -1.
func clinicianIndex(clinicians []Clinician, key string) int {
	return slices.IndexFunc(clinicians, func(c Clinician) bool { return c.Key == key })
}

// componentIndex returns the position of the first component with the
// given key, or -1.
func componentIndex(components []Component, key string) int {
	return slices.IndexFunc(components, func(c Component) bool { return c.Key == key })
}

// traumaFocused reports whether the component's modality or technique,
// if the catalog has it, is trauma-focused.
func (c *Catalog) traumaFocused(comp *Component) bool {
	if m := c.modality(comp.Modality); m != nil && comp.Technique == "" {
		return m.TraumaFocused
	}
	if t := c.technique(comp.Technique); t != nil && comp.Modality == "" {
		return t.TraumaFocused
	}
	return false
}

// badTarget reports whether a component or competency fails to name
// exactly one of a modality and a technique in the catalog.
func (c *Catalog) badTarget(m ID, t TechniqueID) bool {
	return (m == "") == (t == "") || (m != "" && c.modality(m) == nil) || (t != "" && c.technique(t) == nil)
}

// addTarget records the problem badTarget found.
func (c *Catalog) addTarget(v *validation.Collector, path string, m ID, t TechniqueID) {
	switch {
	case (m == "") == (t == ""):
		v.Add(path, ErrModalityOrTechnique)
	case m != "":
		v.Add(path+"/modality", ErrUnknownModality)
	default:
		v.Add(path+"/technique", ErrUnknownTechnique)
	}
}

// badReplacements returns the positions of the components whose Replaces
// names no component, or that lie on a cycle of replacements (a component
// replacing itself included). Keys are matched to their first component;
// duplicate keys are reported separately. It runs in linear time and
// allocates only when some component replaces another.
func badReplacements(components []Component) []int {
	n := 0
	for i := range components {
		if components[i].Replaces != "" {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	first := make(map[string]int, len(components))
	for i := range components {
		if k := components[i].Key; k != "" {
			if _, dup := first[k]; !dup {
				first[k] = i
			}
		}
	}
	// next[i] is the component i replaces, or -1.
	next := make([]int, len(components))
	var bad []int
	for i := range components {
		next[i] = -1
		if r := components[i].Replaces; r != "" {
			j, ok := first[r]
			if !ok {
				bad = append(bad, i)
				continue
			}
			next[i] = j
		}
	}
	// Each component has at most one successor, so every cycle is found
	// by walking from each unvisited component and noticing a return to
	// the current walk.
	const (
		unvisited = iota
		walking
		done
	)
	state := make([]uint8, len(components))
	walk := make([]int, 0, 8)
	for start := range components {
		walk = walk[:0]
		at := start
		for at >= 0 && state[at] == unvisited {
			state[at] = walking
			walk = append(walk, at)
			at = next[at]
		}
		if at >= 0 && state[at] == walking {
			// at is on a cycle that this walk closed.
			for c := at; ; {
				bad = append(bad, c)
				c = next[c]
				if c == at {
					break
				}
			}
		}
		for _, w := range walk {
			state[w] = done
		}
	}
	slices.Sort(bad)
	return bad
}
