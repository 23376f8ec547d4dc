package modality

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// Check checks p against the built-in catalog; see [Catalog.Check].
func Check(p Plan) ([]Incoherence, error) { return builtin().Check(p) }

// Check validates p with [Catalog.Validate] and, if it is well formed,
// returns the ways in which it does not hang together, sorted by severity
// (most serious first), then problem, then the plan paths involved. A
// coherent plan gives an empty result. It returns the *[validation.Error]
// of Validate, and no incoherences, when p is malformed.
//
// The checks:
//   - assimilative integration: exactly one home orientation, a single
//     school of psychotherapy ([ProblemNoHome]); a rationale for every
//     psychotherapy component from outside it ([ProblemUnexplainedImport]);
//   - theoretical integration: at least two psychotherapy orientations
//     ([ProblemTooFewOrientations]) and a unifying framework
//     ([ProblemNoFramework]);
//   - technical eclecticism: an indication for every component
//     ([ProblemNoIndication]);
//   - common factors: at least one targeted factor ([ProblemNoFactors]),
//     each monitored ([ProblemUnmonitoredFactor]);
//   - two homes: an assimilative plan that also lists orientations it
//     merges besides its home, or a theoretically integrated plan that
//     also records a home orientation ([ProblemMixedStrategies]);
//   - every strategy: directive and non-directive psychotherapy running
//     together in one phase without a rationale for each
//     ([ProblemConflictingStances]); a replacement without an explanation
//     for the client ([ProblemUnexplainedChange]); when the plan records
//     the client as not yet stable, trauma processing or insight-oriented
//     work with no structured skills work before it
//     ([ProblemProcessingBeforeStabilization]: a warning when there is no
//     skills work at all, info when it only runs alongside); a modality
//     outside its age range ([ProblemAgeFit]); a psychotherapy delivered
//     by a clinician with no recorded competency in it
//     ([ProblemUntrainedClinician]); a modality in a phase the catalog
//     does not place it in ([ProblemPhaseMismatch], info); and a modality
//     whose evidence is emerging ([ProblemEmergingEvidence], info).
func (c *Catalog) Check(p Plan) ([]Incoherence, error) {
	if err := c.Validate(p); err != nil {
		return nil, err
	}
	k := checker{c: c, p: &p, parts: make([]part, len(p.Components))}
	for i := range p.Components {
		k.parts[i] = c.resolve(&p.Components[i])
	}
	switch p.Strategy {
	case AssimilativeIntegration:
		k.assimilative()
	case TheoreticalIntegration:
		k.theoretical()
	case TechnicalEclecticism:
		k.eclectic()
	case CommonFactors:
		k.commonFactors()
	}
	k.mixing()
	k.conflicts()
	k.changes()
	k.sequencing()
	k.perComponent()
	slices.SortFunc(k.out, compareIncoherences)
	return k.out, nil
}

func compareIncoherences(a, b Incoherence) int {
	if x := cmp.Compare(b.Severity, a.Severity); x != 0 {
		return x
	}
	if x := cmp.Compare(a.Problem, b.Problem); x != 0 {
		return x
	}
	for i := 0; i < len(a.Paths) && i < len(b.Paths); i++ {
		if x := validation.ComparePaths(a.Paths[i], b.Paths[i]); x != 0 {
			return x
		}
	}
	return cmp.Compare(len(a.Paths), len(b.Paths))
}

// A part is a plan component resolved against the catalog.
type part struct {
	modality  *Modality  // nil for a technique
	technique *Technique // nil for a modality
	stance    Stance
	// psychotherapy is whether the component comes from a school of
	// psychotherapy rather than a supporting intervention.
	psychotherapy bool
	traumaFocused bool
	skills        bool // structured skills work
}

func (c *Catalog) resolve(comp *Component) part {
	var pt part
	if comp.Modality != "" {
		m := c.modality(comp.Modality)
		pt.modality, pt.stance, pt.traumaFocused = m, m.Stance, m.TraumaFocused
		for _, o := range m.Orientations {
			if or := c.orientation(o); or != nil && or.Psychotherapy {
				pt.psychotherapy = true
			}
		}
		pt.skills = m.Stance.SkillsBased() || (comp.Phase == Stabilization && m.Stance.Structure != Open && c.usesSkills(m))
		return pt
	}
	t := c.technique(comp.Technique)
	pt.technique, pt.stance, pt.traumaFocused = t, t.Stance, t.TraumaFocused
	if or := c.orientation(t.Orientation); or != nil {
		pt.psychotherapy = or.Psychotherapy
	}
	pt.skills = t.Stance.SkillsBased()
	return pt
}

func (c *Catalog) usesSkills(m *Modality) bool {
	for _, id := range m.Techniques {
		if t := c.technique(id); t != nil && t.Stance.Mechanism == MechanismSkills {
			return true
		}
	}
	return false
}

func (pt part) id() string {
	if pt.modality != nil {
		return string(pt.modality.ID)
	}
	return string(pt.technique.ID)
}

func (pt part) name() string {
	if pt.modality != nil {
		return pt.modality.Name
	}
	return pt.technique.Name
}

func (pt part) hasOrientation(o OrientationID) bool {
	if pt.modality != nil {
		return pt.modality.HasOrientation(o)
	}
	return pt.technique.Orientation == o
}

func (pt part) orientation() OrientationID {
	if pt.modality != nil {
		return pt.modality.Orientations[0]
	}
	return pt.technique.Orientation
}

// processing reports whether the component is trauma processing or
// insight-oriented work.
func (pt part) processing(comp *Component) bool {
	return (pt.traumaFocused && comp.Phase != Stabilization) || pt.stance.Mechanism == MechanismInsight
}

type checker struct {
	c     *Catalog
	p     *Plan
	parts []part
	out   []Incoherence
}

func (k *checker) add(in Incoherence) { k.out = append(k.out, in) }

func componentPath(i int) string { return "components/" + strconv.Itoa(i) }

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// midSentence lower-cases the first letter of a catalog name for use
// inside a sentence, unless the name starts with an acronym ("EEG").
func midSentence(name string) string {
	if len(name) > 1 && 'A' <= name[0] && name[0] <= 'Z' && 'a' <= name[1] && name[1] <= 'z' {
		return string(name[0]+'a'-'A') + name[1:]
	}
	return name
}

func (k *checker) assimilative() {
	home := k.c.orientation(k.p.Home)
	switch {
	case home == nil:
		k.add(Incoherence{
			Problem:     ProblemNoHome,
			Severity:    SeverityWarning,
			Paths:       []string{"home"},
			Explanation: "An assimilative plan works from one home orientation and brings techniques from other orientations into it; this plan records no home orientation, so imported techniques have no theory to be assimilated into.",
			Action:      "Record the home orientation the case formulation is built on, such as cognitive-behavioral or psychodynamic.",
			Sources:     cite(srcHandbook, srcLampropoulos),
		})
		return
	case !home.Psychotherapy || home.ID == OrientationIntegrative:
		k.add(Incoherence{
			Problem:     ProblemNoHome,
			Severity:    SeverityWarning,
			Paths:       []string{"home"},
			Subjects:    []string{string(home.ID)},
			Explanation: fmt.Sprintf("An assimilative plan works from one home theory of psychotherapy; %q is not a single school of psychotherapy.", home.Name),
			Action:      "Record the one psychotherapy orientation the formulation is built on, or record the plan as theoretical integration if it merges several.",
			Sources:     cite(srcHandbook, srcLampropoulos),
		})
		return
	}
	for i, pt := range k.parts {
		comp := &k.p.Components[i]
		if !pt.psychotherapy || pt.hasOrientation(home.ID) || !blank(comp.Rationale) {
			continue
		}
		k.add(Incoherence{
			Problem:  ProblemUnexplainedImport,
			Severity: SeverityWarning,
			Paths:    []string{componentPath(i)},
			Subjects: []string{pt.id(), string(pt.orientation())},
			Explanation: fmt.Sprintf("%s comes from outside the plan's home orientation (%s) and the plan gives no rationale for it. In assimilative integration each imported technique is used for a stated reason and takes its meaning from the home theory.",
				pt.name(), strings.ToLower(home.Name)),
			Action:  "Record why this client needs it and how it fits the home formulation, or use a technique from the home orientation.",
			Sources: cite(srcLampropoulos, srcAssimilativeCBT, srcHandbook),
		})
	}
}

func (k *checker) theoretical() {
	var merged []OrientationID
	for _, id := range k.p.Orientations {
		if o := k.c.orientation(id); o.Psychotherapy && id != OrientationIntegrative && !slices.Contains(merged, id) {
			merged = append(merged, id)
		}
	}
	if len(merged) < 2 {
		subjects := make([]string, len(merged))
		for i, id := range merged {
			subjects[i] = string(id)
		}
		k.add(Incoherence{
			Problem:     ProblemTooFewOrientations,
			Severity:    SeverityWarning,
			Paths:       []string{"orientations"},
			Subjects:    subjects,
			Explanation: fmt.Sprintf("Theoretical integration synthesises two or more theories of psychotherapy into one framework; the plan records %d to merge.", len(merged)),
			Action:      "List the orientations the plan merges, or record the plan as assimilative (one home orientation) or technically eclectic.",
			Sources:     cite(srcHandbook, srcTranstheoretical),
		})
	}
	if blank(k.p.Framework) {
		k.add(Incoherence{
			Problem:     ProblemNoFramework,
			Severity:    SeverityWarning,
			Paths:       []string{"framework"},
			Explanation: "Theoretical integration needs a unifying framework, such as the transtheoretical model or cyclical psychodynamics, that explains how the merged theories fit together; none is recorded.",
			Action:      "Name the unifying framework and how it guides the choice and order of components.",
			Sources:     cite(srcHandbook, srcTranstheoretical),
		})
	}
}

func (k *checker) eclectic() {
	for i, pt := range k.parts {
		if !blank(k.p.Components[i].Rationale) {
			continue
		}
		k.add(Incoherence{
			Problem:  ProblemNoIndication,
			Severity: SeverityWarning,
			Paths:    []string{componentPath(i)},
			Subjects: []string{pt.id()},
			Explanation: fmt.Sprintf("In technical eclecticism techniques are chosen for what works for this client and problem rather than by theory, so each needs its own indication; %s has none recorded.",
				midSentence(pt.name())),
			Action:  "Record the problem it addresses and why it is the technique of choice for this client.",
			Sources: cite(srcMultimodal, srcSTS, srcPrimer),
		})
	}
}

func (k *checker) commonFactors() {
	if len(k.p.Factors) == 0 {
		k.add(Incoherence{
			Problem:     ProblemNoFactors,
			Severity:    SeverityWarning,
			Paths:       []string{"factors"},
			Explanation: "A common-factors plan names the shared ingredients of effective therapy it relies on, such as the alliance, empathy, expectations or goal consensus; this plan names none.",
			Action:      "Record the factors targeted and how each will be monitored.",
			Sources:     cite(srcWampold, srcHandbook),
		})
		return
	}
	for i, f := range k.p.Factors {
		if !blank(f.Monitoring) {
			continue
		}
		sources := cite(srcWampold, srcFIT, srcLambert)
		if f.Factor == FactorGoalConsensus {
			sources = append(sources, srcTryon)
		}
		k.add(Incoherence{
			Problem:  ProblemUnmonitoredFactor,
			Severity: SeverityWarning,
			Paths:    []string{"factors/" + strconv.Itoa(i)},
			Subjects: []string{f.Factor.String()},
			Explanation: fmt.Sprintf("The plan targets %s but does not say how it is monitored. Routine client feedback on the relationship and on progress lets the therapist notice and repair problems early.",
				strings.ReplaceAll(f.Factor.String(), "-", " ")),
			Action:  "Record how the factor is monitored, such as a session-by-session alliance or outcome feedback measure.",
			Sources: sources,
		})
	}
}

// mixing reports a plan with two homes: an assimilative plan that also
// lists psychotherapy orientations it merges besides its home, or a
// theoretically integrated plan that also records a home orientation.
func (k *checker) mixing() {
	var path, other string
	var subjects []string
	switch k.p.Strategy {
	case AssimilativeIntegration:
		for _, id := range k.p.Orientations {
			if o := k.c.orientation(id); o.Psychotherapy && id != k.p.Home && !slices.Contains(subjects, string(id)) {
				subjects = append(subjects, string(id))
			}
		}
		if len(subjects) == 0 {
			return
		}
		path = "orientations"
		other = "orientations it merges besides its home, which is theoretical integration"
	case TheoreticalIntegration:
		if k.p.Home == "" {
			return
		}
		path = "home"
		subjects = []string{string(k.p.Home)}
		other = "a home orientation, which is assimilative integration"
	default:
		return
	}
	k.add(Incoherence{
		Problem:  ProblemMixedStrategies,
		Severity: SeverityWarning,
		Paths:    []string{"strategy", path},
		Subjects: subjects,
		Explanation: fmt.Sprintf("The plan is recorded as %s but also records %s: it has two homes. Assimilative integration works from one home theory that imported techniques take their meaning from; theoretical integration synthesises several theories into a new framework. Mixing the two leaves unclear which theory guides the choice and meaning of the techniques.",
			strategyPhrase(k.p.Strategy), other),
		Action:  "Record the one strategy the plan follows and remove the parts of the other.",
		Sources: cite(srcHandbook, srcLampropoulos),
	})
}

// strategyPhrase names a strategy for a sentence.
func strategyPhrase(s Strategy) string {
	switch s {
	case TheoreticalIntegration:
		return "theoretical integration"
	case CommonFactors:
		return "a common-factors plan"
	case TechnicalEclecticism:
		return "technical eclecticism"
	case AssimilativeIntegration:
		return "assimilative integration"
	}
	return s.String()
}

// concurrent reports whether components a and b run at the same time, as
// far as the plan says: overlapping dates, or the same step.
func concurrent(a, b *Component) bool {
	if !a.Start.IsZero() && !b.Start.IsZero() {
		endsBefore := func(x, y *Component) bool { return !x.End.IsZero() && x.End.Before(y.Start) }
		return !endsBefore(a, b) && !endsBefore(b, a)
	}
	if a.Sequence > 0 && b.Sequence > 0 {
		return a.Sequence == b.Sequence
	}
	return true
}

// precedes reports whether component a starts before component b, as far
// as the plan says: by date, by step, or by phase.
func precedes(a, b *Component) bool {
	if !a.Start.IsZero() && !b.Start.IsZero() {
		return a.Start.Before(b.Start)
	}
	if a.Sequence > 0 && b.Sequence > 0 {
		return a.Sequence < b.Sequence
	}
	return a.Phase == Stabilization && (b.Phase == Processing || b.Phase == Integration)
}

// samePhase reports whether components a and b may be in the same phase of
// care, as far as the plan says: the same phase, or no phase recorded for
// one of them.
func samePhase(a, b *Component) bool {
	return a.Phase == b.Phase || a.Phase == PhaseUnknown || b.Phase == PhaseUnknown
}

func (k *checker) conflicts() {
	for i := range k.parts {
		a, ca := k.parts[i], &k.p.Components[i]
		if !a.psychotherapy {
			continue
		}
		for j := i + 1; j < len(k.parts); j++ {
			b, cb := k.parts[j], &k.p.Components[j]
			if !b.psychotherapy || !samePhase(ca, cb) || !a.stance.Conflicts(b.stance) || !concurrent(ca, cb) {
				continue
			}
			if !blank(ca.Rationale) && !blank(cb.Rationale) {
				continue
			}
			k.add(Incoherence{
				Problem:  ProblemConflictingStances,
				Severity: SeverityWarning,
				Paths:    []string{componentPath(i), componentPath(j)},
				Subjects: []string{a.id(), b.id()},
				Explanation: fmt.Sprintf("%s (%s) and %s (%s) run together%s without a rationale for each. Mixing directive and non-directive work without a plan is the unsystematic mixture the integration literature warns against, and can leave the client unsure what therapy asks of them.",
					a.name(), a.stance.Direction, midSentence(b.name()), b.stance.Direction, inPhase(ca, cb)),
				Action:  "Record why both are needed now and how they fit together, or sequence them.",
				Sources: cite(srcPrimer, srcHandbook),
			})
		}
	}
}

// inPhase names the phase two concurrent components share, as " in the
// processing phase", or "" when neither records one.
func inPhase(a, b *Component) string {
	p := a.Phase
	if p == PhaseUnknown {
		p = b.Phase
	}
	if p == PhaseUnknown {
		return ""
	}
	return " in the " + p.String() + " phase"
}

func (k *checker) changes() {
	for i, pt := range k.parts {
		comp := &k.p.Components[i]
		if comp.Replaces == "" || !blank(comp.ChangeExplanation) {
			continue
		}
		old := componentIndex(k.p.Components, comp.Replaces)
		k.add(Incoherence{
			Problem:  ProblemUnexplainedChange,
			Severity: SeverityWarning,
			Paths:    []string{componentPath(i), componentPath(old)},
			Subjects: []string{pt.id(), k.parts[old].id()},
			Explanation: fmt.Sprintf("%s replaces %s, and the plan records no explanation of the change for the client. A credible explanation of the treatment that the client accepts is one of the ways therapy works; an unexplained switch can undermine it.",
				pt.name(), midSentence(k.parts[old].name())),
			Action:  "Record how the change was explained to the client and whether they agreed to it.",
			Sources: cite(srcWampold, srcTryon),
		})
	}
}

func (k *checker) sequencing() {
	if k.p.Stable != assessment.No {
		return
	}
	for i, pt := range k.parts {
		comp := &k.p.Components[i]
		if !pt.processing(comp) {
			continue
		}
		before, alongside := false, false
		for j, s := range k.parts {
			if j == i || !s.skills {
				continue
			}
			if precedes(&k.p.Components[j], comp) {
				before = true
				break
			}
			alongside = true
		}
		if before {
			continue
		}
		kind := "trauma processing"
		if !pt.traumaFocused {
			kind = "insight-oriented work"
		}
		in := Incoherence{
			Problem:  ProblemProcessingBeforeStabilization,
			Severity: SeverityWarning,
			Paths:    []string{componentPath(i), "stable"},
			Subjects: []string{pt.id()},
			Explanation: fmt.Sprintf("The plan records the client as not yet stable, and %s (%s) has no structured skills work before it. Phase-oriented guidelines for complex trauma put safety and skills first; others find no evidence that a stabilization phase is required and warn that it can delay effective trauma-focused treatment, so this is advisory.",
				midSentence(pt.name()), kind),
			Action:  "Consider a stabilization phase of structured skills work, such as emotion regulation skills and a safety plan, before this component, or record why it can start now.",
			Sources: cite(srcISTSS2012, srcHerman, srcDeJongh),
		}
		if alongside {
			in.Severity = SeverityInfo
			in.Explanation = fmt.Sprintf("The plan records the client as not yet stable, and %s (%s) starts together with structured skills work rather than after it. Phase-oriented guidelines for complex trauma put safety and skills first; others find no evidence that a stabilization phase is required, so this is advisory.",
				midSentence(pt.name()), kind)
			in.Action = "Consider starting the skills work first, or record why both begin together."
		}
		k.add(in)
	}
}

func (k *checker) perComponent() {
	for i, pt := range k.parts {
		comp := &k.p.Components[i]
		if m := pt.modality; m != nil {
			if !m.Ages.Contains(k.p.ClientAge) {
				k.add(Incoherence{
					Problem:  ProblemAgeFit,
					Severity: SeverityWarning,
					Paths:    []string{componentPath(i), "clientAge"},
					Subjects: []string{string(m.ID)},
					Explanation: fmt.Sprintf("%s was developed and tested for %s; the plan records age %d.",
						m.Name, m.Ages.phrase(), k.p.ClientAge),
					Action:  "Choose a modality developed for this age group, or record the adaptation and why it fits this client.",
					Sources: slices.Clone(m.Ages.Sources),
				})
			}
			if len(m.Phases) > 0 && comp.Phase != PhaseUnknown && !m.FitsPhase(comp.Phase) {
				names := make([]string, len(m.Phases))
				for j, ph := range m.Phases {
					names[j] = ph.String()
				}
				k.add(Incoherence{
					Problem:  ProblemPhaseMismatch,
					Severity: SeverityInfo,
					Paths:    []string{componentPath(i)},
					Subjects: []string{string(m.ID)},
					Explanation: fmt.Sprintf("%s is planned in the %s phase; the catalog places it in the %s phase of trauma care.",
						m.Name, comp.Phase, strings.Join(names, " and ")),
					Action:  "Check the component's phase, or record why it belongs there for this client.",
					Sources: append(cite(srcISTSS2012), m.Sources...),
				})
			}
			if m.Strength == evidence.StrengthEmerging {
				k.add(Incoherence{
					Problem:     ProblemEmergingEvidence,
					Severity:    SeverityInfo,
					Paths:       []string{componentPath(i)},
					Subjects:    []string{string(m.ID)},
					Explanation: fmt.Sprintf("The evidence for %s is emerging: early trials without a guideline recommendation.", midSentence(m.Name)),
					Action:      "Share the state of the evidence with the client (and caregivers), track outcomes with a standard measure, and review the plan if progress stalls.",
					Sources:     slices.Clone(m.Sources),
				})
			}
		}
		if comp.Clinician != "" && pt.psychotherapy && !k.competent(comp.Clinician, pt) {
			cl := clinicianIndex(k.p.Clinicians, comp.Clinician)
			k.add(Incoherence{
				Problem:  ProblemUntrainedClinician,
				Severity: SeverityWarning,
				Paths:    []string{componentPath(i), "clinicians/" + strconv.Itoa(cl)},
				Subjects: []string{pt.id()},
				Explanation: fmt.Sprintf("%s is delivered by a clinician with no recorded training, certification or supervision in it. Clinicians provide services within the boundaries of their competence, based on education, training or supervised experience.",
					pt.name()),
				Action:  "Record the clinician's training or supervision in it, arrange supervision, or assign a trained clinician.",
				Sources: cite(srcAPAEthics),
			})
		}
	}
}

// competent reports whether the clinician with the given key has a
// competency in the component: in its modality; for a technique, in the
// technique or in a modality that uses it.
func (k *checker) competent(key string, pt part) bool {
	for _, comp := range k.p.Clinicians[clinicianIndex(k.p.Clinicians, key)].Competencies {
		if pt.modality != nil {
			if comp.Modality == pt.modality.ID {
				return true
			}
			continue
		}
		if comp.Technique == pt.technique.ID {
			return true
		}
		if m := k.c.modality(comp.Modality); m != nil && slices.Contains(m.Techniques, pt.technique.ID) {
			return true
		}
	}
	return false
}
