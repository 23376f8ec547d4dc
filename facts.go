package integrative

import (
	"slices"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
)

// facts are what the cross-cutting rules read of a plan, worked out once
// per Check on first use.
type facts struct {
	// rx are the prescriptions current or planned on the evaluation date
	// (not stopped before it), with their roles.
	rx []rxFact
	// offered are the psychotherapy components offered (declined ones
	// included), delivered those not declined.
	offered, delivered []compFact
	// linked are the condition codes a problem names whose goals reach an
	// intervention; linkedDomains the same for intake domains.
	linked        map[assessment.ICD10CM]bool
	linkedDomains map[assessment.DomainID]bool
	// decided are the condition codes and instruments some decision
	// concerns.
	decided      map[assessment.ICD10CM]bool
	decidedInstr map[assessment.InstrumentID]bool
	// latest holds the latest result of each instrument, by instrument,
	// and instruments their IDs in order.
	latest      map[assessment.InstrumentID]Scored
	instruments []assessment.InstrumentID
	// groups are the condition groups of each intake condition.
	groups [][]assessment.GroupID
	cat    *modality.Catalog
}

// rxFact is a current or planned prescription with its roles.
type rxFact struct {
	index int
	agent medication.AgentID
	class medication.Class
	roles rxRole
}

// rxRole is what a prescription is, for the pairing rules.
type rxRole uint16

const (
	roleAntidepressant rxRole = 1 << iota
	roleSSRISNRI
	roleAntimanic
	roleBenzodiazepine
	roleAUD
	roleMOUD
)

// compFact is an offered psychotherapy component resolved against the
// modality catalog.
type compFact struct {
	index         int
	modality      modality.ID // "" for a technique
	psychotherapy bool
}

func (p *Pass) facts() *facts {
	if p.st.f == nil {
		p.st.f = buildFacts(p.st)
	}
	return p.st.f
}

func buildFacts(st *state) *facts {
	p := st.plan
	f := &facts{
		cat:           st.cfg.modality,
		linked:        map[assessment.ICD10CM]bool{},
		linkedDomains: map[assessment.DomainID]bool{},
		decided:       map[assessment.ICD10CM]bool{},
		decidedInstr:  map[assessment.InstrumentID]bool{},
		latest:        map[assessment.InstrumentID]Scored{},
	}
	for i, x := range p.Medication.Prescriptions {
		if !x.Stop.IsZero() && !x.Stop.After(p.AsOf) {
			continue
		}
		class, ok := st.cfg.medication.Class(x.Agent)
		if !ok {
			continue
		}
		f.rx = append(f.rx, rxFact{index: i, agent: x.Agent, class: class, roles: rolesOf(x.Agent, class, &x.Prescription)})
	}
	for i, c := range p.Psychotherapy.Components {
		cf := compFact{index: i, modality: c.Modality, psychotherapy: st.cfg.modality.Psychotherapy(c.Modality, c.Technique)}
		f.offered = append(f.offered, cf)
		if !c.Declined {
			f.delivered = append(f.delivered, cf)
		}
	}
	// Link conditions and domains through problems, goals, objectives and
	// interventions.
	withIntervention := map[string]bool{}
	for _, iv := range p.Interventions {
		withIntervention[iv.Objective] = true
	}
	goalReached := map[string]bool{}
	for _, o := range p.Objectives {
		if withIntervention[o.Key] {
			goalReached[o.Goal] = true
		}
	}
	problemReached := map[string]bool{}
	for _, g := range p.Goals {
		if goalReached[g.Key] && g.Problem != "" {
			problemReached[g.Problem] = true
		}
	}
	for _, pr := range p.Problems {
		if !problemReached[pr.Key] {
			continue
		}
		for _, c := range pr.Conditions {
			f.linked[c] = true
		}
		for _, d := range pr.Domains {
			f.linkedDomains[d] = true
		}
	}
	for _, d := range p.Decisions {
		for _, c := range d.Conditions {
			f.decided[c] = true
		}
		for _, id := range d.Instruments {
			f.decidedInstr[id] = true
		}
	}
	f.groups = make([][]assessment.GroupID, len(p.Intake.Conditions))
	for i, c := range p.Intake.Conditions {
		f.groups[i] = assessment.GroupsOf(c.Code)
	}
	for _, s := range st.scored {
		prev, ok := f.latest[s.Result.Instrument]
		if !ok {
			f.instruments = append(f.instruments, s.Result.Instrument)
		}
		if !ok || !s.Result.Date.Before(prev.Result.Date) {
			f.latest[s.Result.Instrument] = s
		}
	}
	slices.Sort(f.instruments)
	return f
}

// Agents that count as antimanic (mood-stabilizing) treatment beyond the
// lithium and antipsychotic classes, and as medication for alcohol use
// disorder beyond its own class (APA 2018: naltrexone, acamprosate first;
// topiramate, gabapentin, disulfiram after).
var (
	antimanicAgents = []medication.AgentID{"valproate", "carbamazepine", "lamotrigine"}
	audAgents       = []medication.AgentID{"naltrexone", "acamprosate", "disulfiram", "topiramate", "gabapentin"}
)

// rolesOf returns the roles of an agent for the pairing rules.
func rolesOf(id medication.AgentID, class medication.Class, x *medication.Prescription) rxRole {
	var r rxRole
	switch class {
	case medication.ClassSSRI, medication.ClassSNRI:
		r |= roleAntidepressant | roleSSRISNRI
	case medication.ClassTricyclic, medication.ClassMAOI, medication.ClassNDRI, medication.ClassNaSSA,
		medication.ClassSARI, medication.ClassSerotoninModulator:
		r |= roleAntidepressant
	case medication.ClassLithium, medication.ClassFGA, medication.ClassSGA:
		r |= roleAntimanic
	case medication.ClassBenzodiazepine:
		r |= roleBenzodiazepine
	case medication.ClassAlcoholTreatment:
		r |= roleAUD
	case medication.ClassOpioidTreatment:
		r |= roleMOUD
	}
	if slices.Contains(antimanicAgents, id) {
		r |= roleAntimanic
	}
	if slices.Contains(audAgents, id) {
		r |= roleAUD
	}
	// Extended-release injectable naltrexone is an OUD medication; oral
	// naltrexone is not one ASAM recommends for OUD in general.
	if id == "naltrexone" && x.Route == medication.RouteIntramuscular {
		r |= roleMOUD
	}
	return r
}

// hasRole reports whether some current or planned prescription has role r.
func (f *facts) hasRole(r rxRole) bool {
	for _, x := range f.rx {
		if x.roles&r != 0 {
			return true
		}
	}
	return false
}

// rxWith returns the current or planned prescriptions with role r.
func (f *facts) rxWith(r rxRole) []rxFact {
	var out []rxFact
	for _, x := range f.rx {
		if x.roles&r != 0 {
			out = append(out, x)
		}
	}
	return out
}

// indicated reports whether some component (offered, or delivered when
// onlyDelivered) has an indication for group g that covers a client of age
// (its population and age range, and the modality's), first-line when
// firstLine; and, with traumaFocused, is trauma-focused.
func (f *facts) indicated(g assessment.GroupID, age int, firstLine, traumaFocused, onlyDelivered bool) bool {
	list := f.offered
	if onlyDelivered {
		list = f.delivered
	}
	for _, c := range list {
		if c.modality == "" || (traumaFocused && !f.cat.TraumaFocused(c.modality)) {
			continue
		}
		if f.cat.Indicated(c.modality, g, age, firstLine) {
			return true
		}
	}
	return false
}

// anyPsychotherapy reports whether a psychotherapy component is offered.
func (f *facts) anyPsychotherapy() bool {
	for _, c := range f.offered {
		if c.psychotherapy {
			return true
		}
	}
	return false
}

// conditionsIn returns the positions of the intake conditions in group g.
func (f *facts) conditionsIn(g assessment.GroupID) []int {
	var out []int
	for i, groups := range f.groups {
		if slices.Contains(groups, g) {
			out = append(out, i)
		}
	}
	return out
}

// addressed reports whether condition code c is linked to an intervention
// or concerned by a decision.
func (f *facts) addressed(c assessment.ICD10CM) bool { return f.linked[c] || f.decided[c] }
