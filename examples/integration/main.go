// Command integration shows the four psychotherapy integration strategies
// on the library's fictional sample clients: for each strategy one plan
// that hangs together and one that does not, with what the coherence
// checks of package modality report about each.
package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "integration:", err)
		os.Exit(1)
	}
}

// An example is one plan with a heading and a note on the client.
type example struct {
	title  string
	client string
	plan   modality.Plan
}

func run(w io.Writer) error {
	p := &printer{w: w}
	p.line("Psychotherapy integration: coherence checks")
	p.line("Catalog " + modality.CatalogVersion + ". Decision support for clinician review; every finding shows its basis and sources.")
	for i, ex := range examples() {
		found, err := modality.Check(ex.plan)
		if err != nil {
			return fmt.Errorf("plan %d: %w", i+1, err)
		}
		p.plan(i+1, ex, found)
	}
	p.options()
	return p.err
}

// A need is a condition group and the age of the client who has it.
type need struct {
	client string
	group  assessment.GroupID
	age    int
}

// options lists, for each sample client's main condition, the
// psychotherapies a guideline recommends for someone of that age, with the
// recommendation's standing, population and role.
func (p *printer) options() {
	p.line("")
	p.line("== Guideline options by condition and age ==")
	for _, n := range []need{
		{"Client A", assessment.GroupPTSD, 42},
		{"Client B", assessment.GroupDepressive, 17},
		{"Client C", assessment.GroupDisruptive, 9},
		{"Client D", assessment.GroupBipolar, 60},
		{"Client E", assessment.GroupPanic, 29},
	} {
		p.line(fmt.Sprintf("%s, %s, age %d:", n.client, n.group, n.age))
		covered := 0
		for _, m := range modality.ForCondition(n.group) {
			if !m.Indication.Covers(n.age) {
				continue
			}
			covered++
			mod, _ := modality.Lookup(m.Modality)
			detail := m.Indication.Line.String()
			if m.Indication.Population.Valid() {
				detail += ", " + m.Indication.Population.String()
			}
			if m.Indication.Role.Valid() {
				detail += ", " + m.Indication.Role.String()
			}
			p.line("  - " + mod.Name + " (" + detail + ")")
		}
		if covered == 0 {
			p.line("  - no recommendation in the catalog covers this age")
		}
	}
}

// printer writes to w and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = io.WriteString(p.w, s+"\n")
	}
}

func (p *printer) plan(n int, ex example, found []modality.Incoherence) {
	pl := ex.plan
	p.line("")
	p.line(fmt.Sprintf("== %d. %s ==", n, ex.title))
	p.line(ex.client)
	p.line("Strategy: " + strategyName(pl.Strategy) + strategyDetail(pl))
	p.line("Components:")
	for i, c := range pl.Components {
		p.line(fmt.Sprintf("  %d. %s", i, componentLine(pl, c)))
	}
	if len(found) == 0 {
		p.line("Result: coherent, no findings.")
		return
	}
	p.line(fmt.Sprintf("Findings (%d):", len(found)))
	for _, f := range found {
		p.line(fmt.Sprintf("  [%s] %s at %s", f.Severity, f.Problem, strings.Join(f.Paths, ", ")))
		p.line("    " + f.Explanation)
		p.line("    What to do: " + f.Action)
		p.line("    Sources:")
		for _, s := range f.Sources {
			p.line("      - " + s.String())
		}
	}
}

func strategyName(s modality.Strategy) string {
	switch s {
	case modality.AssimilativeIntegration:
		return "assimilative integration"
	case modality.TheoreticalIntegration:
		return "theoretical integration"
	case modality.TechnicalEclecticism:
		return "technical eclecticism"
	case modality.CommonFactors:
		return "common factors"
	}
	return s.String()
}

func strategyDetail(pl modality.Plan) string {
	switch pl.Strategy {
	case modality.AssimilativeIntegration:
		detail := "; home orientation not recorded"
		if pl.Home != "" {
			detail = "; home orientation " + string(pl.Home)
		}
		if len(pl.Orientations) > 0 {
			var names []string
			for _, o := range pl.Orientations {
				names = append(names, string(o))
			}
			detail += "; also lists as merged: " + strings.Join(names, ", ")
		}
		return detail
	case modality.TheoreticalIntegration:
		var names []string
		for _, o := range pl.Orientations {
			names = append(names, string(o))
		}
		framework := pl.Framework
		if framework == "" {
			framework = "not recorded"
		}
		return "; merges " + strings.Join(names, " and ") + "; unifying framework: " + framework
	case modality.CommonFactors:
		var parts []string
		for _, f := range pl.Factors {
			m := f.Monitoring
			if m == "" {
				m = "monitoring not recorded"
			}
			parts = append(parts, f.Factor.String()+" ("+m+")")
		}
		return "; targets " + strings.Join(parts, ", ")
	}
	return ""
}

func componentLine(pl modality.Plan, c modality.Component) string {
	var b strings.Builder
	if c.Sequence > 0 {
		b.WriteString("step " + strconv.Itoa(c.Sequence))
	} else {
		b.WriteString("from " + c.Start.String())
	}
	if c.Phase != modality.PhaseUnknown {
		b.WriteString(", " + c.Phase.String())
	}
	b.WriteString(": ")
	if c.Modality != "" {
		m, _ := modality.Lookup(c.Modality)
		b.WriteString(m.Name)
	} else {
		t, _ := modality.LookupTechnique(c.Technique)
		b.WriteString(t.Name + " (technique)")
	}
	if !c.Frequency.IsZero() {
		b.WriteString(fmt.Sprintf(", %d per %s", c.Frequency.Sessions, c.Frequency.Per))
	}
	if c.Clinician != "" {
		for _, cl := range pl.Clinicians {
			if cl.Key == c.Clinician {
				b.WriteString(", by the " + cl.Role)
			}
		}
	}
	if c.Replaces != "" {
		for i, other := range pl.Components {
			if other.Key == c.Replaces {
				b.WriteString(", replacing component " + strconv.Itoa(i))
				break
			}
		}
	}
	return b.String()
}

var (
	weekly      = modality.Frequency{Sessions: 1, Per: modality.PerWeek}
	twiceWeekly = modality.Frequency{Sessions: 2, Per: modality.PerWeek}
	monthly     = modality.Frequency{Sessions: 1, Per: modality.PerMonth}
)

func trainedIn(id modality.ID) modality.Competency {
	return modality.Competency{Modality: id, Basis: modality.Trained}
}

func certifiedIn(id modality.ID) modality.Competency {
	return modality.Competency{Modality: id, Basis: modality.Certified}
}

func supervisedIn(id modality.ID) modality.Competency {
	return modality.Competency{Modality: id, Basis: modality.Supervised}
}

// examples returns the sample plans, built on the fictional clients of the
// project's sample-client notes. They hold no names or identifiers.
func examples() []example {
	return []example{
		{
			title:  "Assimilative integration, coherent",
			client: "Client A: 42, PTSD, alcohol use disorder, depression and insomnia; recorded as not yet stable.",
			plan:   clientA(),
		},
		{
			title:  "Assimilative integration, needs review",
			client: "Client A, an earlier draft: CPT from the first session, an imported technique without a rationale, and a second orientation recorded as merged.",
			plan:   clientADraft(),
		},
		{
			title:  "Theoretical integration, coherent",
			client: "Client D: 60, bipolar II disorder, currently euthymic.",
			plan:   clientD(),
		},
		{
			title:  "Theoretical integration, needs review",
			client: "Client E: 29, panic disorder.",
			plan:   clientETheoretical(),
		},
		{
			title:  "Technical eclecticism, coherent",
			client: "Client E: 29, panic disorder, taking alprazolam for 8 months and unsure about tapering.",
			plan:   clientEEclectic(),
		},
		{
			title:  "Technical eclecticism, needs review",
			client: "Client B: 17, depression with thoughts of self-harm; safety plan written the day of assessment.",
			plan:   clientBEclectic(),
		},
		{
			title:  "Common factors, coherent",
			client: "Client C: 9, oppositional defiant disorder; caregivers separated, grandmother involved.",
			plan:   clientC(),
		},
		{
			title:  "Common factors, needs review",
			client: "Client B: 17, depression with thoughts of self-harm.",
			plan:   clientBCommonFactors(),
		},
	}
}

func clientA() modality.Plan {
	return modality.Plan{
		Strategy:  modality.AssimilativeIntegration,
		Home:      modality.OrientationCognitiveBehavioral,
		ClientAge: 42,
		Stable:    assessment.No,
		Clinicians: []modality.Clinician{
			{Key: "psy", Role: "psychologist", Competencies: []modality.Competency{
				certifiedIn(modality.CPT), trainedIn(modality.CBT), trainedIn(modality.CBTI), trainedIn(modality.DBT),
			}},
			{Key: "peer", Role: "peer specialist", Competencies: []modality.Competency{certifiedIn(modality.PeerSupport)}},
		},
		Components: []modality.Component{
			{Technique: modality.TechniqueSkillsTraining, Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "psy",
				Rationale: "four stabilization sessions: emotion regulation before trauma processing", Explanation: "skills for strong feelings and nightmares"},
			{Technique: modality.TechniqueSafetyPlanning, Phase: modality.Stabilization, Sequence: 1, Clinician: "psy",
				Rationale: "drinks to get to sleep", Explanation: "a written plan for hard nights"},
			{Modality: modality.CBTI, Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "psy",
				Rationale: "sleeps 4 hours", Explanation: "to help you sleep through the night"},
			{Modality: modality.CPT, Phase: modality.Processing, Sequence: 2, Frequency: weekly, Clinician: "psy",
				Rationale: "PTSD, PCL-5 48", Explanation: "to work through what happened and the beliefs it left"},
			{Modality: modality.PeerSupport, Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "peer",
				Rationale: "veteran peer group", Explanation: "people who have been there"},
			{Modality: modality.Psychoeducation, Phase: modality.Stabilization, Sequence: 1, Clinician: "psy",
				Rationale: "his sister is his main support", Explanation: "so your sister knows how to help"},
		},
	}
}

func clientADraft() modality.Plan {
	return modality.Plan{
		Strategy:     modality.AssimilativeIntegration,
		Home:         modality.OrientationCognitiveBehavioral,
		Orientations: []modality.OrientationID{modality.OrientationCognitiveBehavioral, modality.OrientationHumanisticExperiential},
		ClientAge:    42,
		Stable:       assessment.No,
		Clinicians: []modality.Clinician{
			{Key: "psy", Role: "psychologist", Competencies: []modality.Competency{certifiedIn(modality.CPT)}},
			{Key: "counselor", Role: "addiction counselor", Competencies: []modality.Competency{trainedIn(modality.MI)}},
		},
		Components: []modality.Component{
			{Modality: modality.CPT, Phase: modality.Processing, Sequence: 1, Frequency: weekly, Clinician: "psy",
				Rationale: "PTSD, PCL-5 48", Explanation: "to work through what happened"},
			{Technique: modality.TechniqueChairWork, Phase: modality.Processing, Sequence: 2, Clinician: "psy"},
			{Modality: modality.MI, Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "counselor",
				Rationale: "ambivalent about drinking less", Explanation: "to talk through what you want for your drinking"},
		},
	}
}

func clientD() modality.Plan {
	return modality.Plan{
		Strategy:     modality.TheoreticalIntegration,
		Orientations: []modality.OrientationID{modality.OrientationInterpersonal, modality.OrientationCognitiveBehavioral},
		Framework:    "transtheoretical model: interpersonal and behavioral processes matched to her stage of change",
		ClientAge:    60,
		Clinicians: []modality.Clinician{
			{Key: "psy", Role: "psychologist", Competencies: []modality.Competency{trainedIn(modality.IPSRT)}},
			{Key: "np", Role: "psychiatric nurse practitioner"},
		},
		Components: []modality.Component{
			{Modality: modality.IPSRT, Sequence: 1, Frequency: monthly, Clinician: "psy",
				Rationale: "bipolar II, maintenance: keep sleep and daily routines regular", Explanation: "steady routines protect your mood"},
			{Modality: modality.Psychoeducation, Sequence: 1, Frequency: monthly, Clinician: "np",
				Rationale: "early warning signs; why lithium levels are checked", Explanation: "knowing your early signs"},
		},
	}
}

func clientETheoretical() modality.Plan {
	return modality.Plan{
		Strategy:     modality.TheoreticalIntegration,
		Orientations: []modality.OrientationID{modality.OrientationCognitiveBehavioral},
		ClientAge:    29,
		Clinicians: []modality.Clinician{
			{Key: "psy", Role: "psychologist", Competencies: []modality.Competency{trainedIn(modality.CBT), trainedIn(modality.PersonCentered)}},
		},
		Components: []modality.Component{
			{Modality: modality.CBT, Sequence: 1, Frequency: weekly, Clinician: "psy",
				Rationale: "panic disorder", Explanation: "to break the cycle of panic"},
			{Modality: modality.PersonCentered, Sequence: 1, Frequency: weekly, Clinician: "psy"},
		},
	}
}

func clientEEclectic() modality.Plan {
	return modality.Plan{
		Strategy:  modality.TechnicalEclecticism,
		ClientAge: 29,
		Clinicians: []modality.Clinician{
			{Key: "psy", Role: "psychologist", Competencies: []modality.Competency{trainedIn(modality.CBT), trainedIn(modality.MI)}},
		},
		Components: []modality.Component{
			{Technique: modality.TechniquePsychoeducation, Sequence: 1, Clinician: "psy",
				Rationale: "believes palpitations mean a heart attack", Explanation: "what happens in the body during panic"},
			{Technique: modality.TechniqueMotivationalInterviewing, Sequence: 1, Clinician: "psy",
				Rationale: "ambivalent about tapering alprazolam", Explanation: "to weigh up the medication change together"},
			{Technique: modality.TechniqueInteroceptiveExposure, Sequence: 2, Frequency: weekly, Clinician: "psy",
				Rationale: "attacks triggered by a racing heart", Explanation: "practising the feelings until they lose their alarm"},
			{Technique: modality.TechniqueCognitiveRestructuring, Sequence: 2, Frequency: weekly, Clinician: "psy",
				Rationale: "catastrophic reading of body sensations", Explanation: "checking the fearful thoughts against the facts"},
		},
	}
}

func clientBEclectic() modality.Plan {
	return modality.Plan{
		Strategy:  modality.TechnicalEclecticism,
		ClientAge: 17,
		Clinicians: []modality.Clinician{
			{Key: "dbt", Role: "DBT therapist", Competencies: []modality.Competency{certifiedIn(modality.DBTA)}},
		},
		Components: []modality.Component{
			{Modality: modality.DBTA, Phase: modality.Stabilization, Sequence: 1, Frequency: twiceWeekly, Clinician: "dbt",
				Rationale: "self-harm thoughts, PHQ-9 19, item 9 = 1", Explanation: "skills for getting through the worst moments"},
			{Modality: modality.PlayTherapy, Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "dbt"},
		},
	}
}

func clientC() modality.Plan {
	return modality.Plan{
		Strategy: modality.CommonFactors,
		Factors: []modality.FactorTarget{
			{Factor: modality.FactorAlliance, Monitoring: "child and caregiver session rating at every session"},
			{Factor: modality.FactorGoalConsensus, Monitoring: "goals reviewed with mother, father and grandmother at each caregiver session"},
		},
		ClientAge: 9,
		Clinicians: []modality.Clinician{
			{Key: "psy", Role: "child psychologist", Competencies: []modality.Competency{supervisedIn(modality.RFPC), trainedIn(modality.ParentTraining)}},
		},
		Components: []modality.Component{
			{Modality: modality.RFPC, Sequence: 1, Frequency: twiceWeekly, Clinician: "psy",
				Rationale:   "oppositional defiant disorder; daily outbursts, school suspensions",
				Explanation: "play sessions that help with big feelings, and meetings with your family"},
			{Modality: modality.ParentTraining, Sequence: 1, Frequency: weekly, Clinician: "psy",
				Rationale:   "group parent training for mother, father and grandmother, as NICE recommends for ages 3 to 11",
				Explanation: "a group where the adults at home practise praise, clear instructions and calm limits"},
		},
	}
}

func clientBCommonFactors() modality.Plan {
	return modality.Plan{
		Strategy: modality.CommonFactors,
		Factors: []modality.FactorTarget{
			{Factor: modality.FactorAlliance, Monitoring: "Session Rating Scale at every session"},
			{Factor: modality.FactorGoalConsensus},
		},
		ClientAge: 17,
		Clinicians: []modality.Clinician{
			{Key: "dbt", Role: "DBT therapist", Competencies: []modality.Competency{certifiedIn(modality.DBTA), trainedIn(modality.CBT), trainedIn(modality.FamilyTherapy)}},
		},
		Components: []modality.Component{
			{Key: "dbt-a", Modality: modality.DBTA, Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "dbt",
				Rationale: "self-harm thoughts", Explanation: "skills for getting through the worst moments"},
			{Modality: modality.FamilyTherapy, Phase: modality.Stabilization, Sequence: 1, Frequency: monthly, Clinician: "dbt",
				Rationale: "conflict at home; mother helped write the safety plan", Explanation: "sessions with your mother"},
			{Modality: modality.CBT, Phase: modality.Integration, Sequence: 2, Frequency: weekly, Clinician: "dbt", Replaces: "dbt-a",
				Rationale: "self-harm thoughts resolved; residual depression"},
		},
	}
}
