package modality_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

func check(t *testing.T, p modality.Plan) []modality.Incoherence {
	t.Helper()
	found, err := modality.Check(p)
	require.NoError(t, err)
	return found
}

func problems(found []modality.Incoherence) []modality.Problem {
	var ps []modality.Problem
	for _, f := range found {
		ps = append(ps, f.Problem)
	}
	return ps
}

func only(found []modality.Incoherence, p modality.Problem) []modality.Incoherence {
	var out []modality.Incoherence
	for _, f := range found {
		if f.Problem == p {
			out = append(out, f)
		}
	}
	return out
}

func TestClientAPlanIsCoherent(t *testing.T) {
	assert.Empty(t, check(t, clientAPlan()))
}

func TestCheckFindings(t *testing.T) {
	type want struct {
		problem  modality.Problem
		severity modality.Severity
		paths    []string
		subjects []string
	}
	tests := []struct {
		name   string
		mutate func(*modality.Plan)
		want   []want // exactly these findings, in order
	}{
		// Assimilative integration.
		{"assimilative without home", func(p *modality.Plan) { p.Home = "" },
			[]want{{modality.ProblemNoHome, modality.SeverityWarning, []string{"home"}, nil}}},
		{"assimilative with integrative home", func(p *modality.Plan) { p.Home = modality.OrientationIntegrative },
			[]want{{modality.ProblemNoHome, modality.SeverityWarning, []string{"home"}, []string{"integrative"}}}},
		{"assimilative with a non-psychotherapy home", func(p *modality.Plan) { p.Home = modality.OrientationLifestyle },
			[]want{{modality.ProblemNoHome, modality.SeverityWarning, []string{"home"}, []string{"lifestyle"}}}},
		{"import without rationale", func(p *modality.Plan) {
			p.Components = append(p.Components, modality.Component{Technique: "chair-work", Phase: modality.Integration, Sequence: 3})
		}, []want{{modality.ProblemUnexplainedImport, modality.SeverityWarning, []string{"components/6"}, []string{"chair-work", "humanistic-experiential"}}}},
		{"import with rationale", func(p *modality.Plan) {
			p.Components = append(p.Components, modality.Component{Technique: "chair-work", Phase: modality.Integration, Sequence: 3,
				Rationale: "unfinished business with his father, framed as testing a core belief"})
		}, nil},
		{"non-psychotherapy intervention needs no import rationale", func(p *modality.Plan) {
			p.Components = append(p.Components, modality.Component{Modality: "physical-activity", Phase: modality.Stabilization, Sequence: 1})
		}, nil},
		{"modality sharing the home orientation is not an import", func(p *modality.Plan) {
			p.Components = append(p.Components, modality.Component{Modality: "mbct", Phase: modality.Integration, Sequence: 3})
		}, nil},

		// Theoretical integration.
		{"theoretical with one orientation and no framework", func(p *modality.Plan) {
			p.Strategy, p.Home = modality.TheoreticalIntegration, ""
			p.Orientations = []modality.OrientationID{modality.OrientationCognitiveBehavioral, modality.OrientationLifestyle}
		}, []want{
			{modality.ProblemTooFewOrientations, modality.SeverityWarning, []string{"orientations"}, []string{"cognitive-behavioral"}},
			{modality.ProblemNoFramework, modality.SeverityWarning, []string{"framework"}, nil},
		}},
		{"theoretical coherent", func(p *modality.Plan) {
			p.Strategy, p.Home = modality.TheoreticalIntegration, ""
			p.Orientations = []modality.OrientationID{modality.OrientationCognitiveBehavioral, modality.OrientationPsychodynamic}
			p.Framework = "cyclical psychodynamics"
		}, nil},

		// Technical eclecticism.
		{"eclectic component without indication", func(p *modality.Plan) {
			p.Strategy = modality.TechnicalEclecticism
			p.Components[4].Rationale = "  "
		}, []want{{modality.ProblemNoIndication, modality.SeverityWarning, []string{"components/4"}, []string{"peer-support"}}}},
		{"eclectic with every indication", func(p *modality.Plan) { p.Strategy = modality.TechnicalEclecticism }, nil},

		// Common factors.
		{"common factors without factors", func(p *modality.Plan) { p.Strategy = modality.CommonFactors },
			[]want{{modality.ProblemNoFactors, modality.SeverityWarning, []string{"factors"}, nil}}},
		{"common factor not monitored", func(p *modality.Plan) {
			p.Strategy = modality.CommonFactors
			p.Factors = []modality.FactorTarget{
				{Factor: modality.FactorAlliance, Monitoring: "Session Rating Scale every session"},
				{Factor: modality.FactorGoalConsensus},
			}
		}, []want{{modality.ProblemUnmonitoredFactor, modality.SeverityWarning, []string{"factors/1"}, []string{"goal-consensus"}}}},
		{"common factors monitored", func(p *modality.Plan) {
			p.Strategy = modality.CommonFactors
			p.Factors = []modality.FactorTarget{{Factor: modality.FactorAlliance, Monitoring: "Working Alliance Inventory monthly"}}
		}, nil},

		// Conflicting stances.
		{"directive and non-directive together without rationale", func(p *modality.Plan) {
			p.Components = append(p.Components, modality.Component{Technique: "empathic-reflection", Phase: modality.Processing, Sequence: 2,
				Rationale: "space to talk"})
			p.Components[3].Rationale = ""
		}, []want{{modality.ProblemConflictingStances, modality.SeverityWarning, []string{"components/3", "components/6"}, []string{"cpt", "empathic-reflection"}}}},
		{"conflicting stances with a rationale for each", func(p *modality.Plan) {
			p.Components = append(p.Components, modality.Component{Technique: "empathic-reflection", Phase: modality.Processing, Sequence: 2,
				Rationale: "sessions open with his concerns of the week before the CPT agenda"})
		}, nil},
		{"conflicting stances in different steps", func(p *modality.Plan) {
			p.Components = append(p.Components, modality.Component{Technique: "empathic-reflection", Phase: modality.Processing, Sequence: 3,
				Rationale: "space to talk"})
			p.Components[3].Rationale = ""
		}, nil},
		{"conflicting stances in dates that do not overlap", func(p *modality.Plan) {
			p.Components[3].Sequence, p.Components[3].Rationale = 0, ""
			p.Components[3].Start = assessment.MustDate(2025, time.April, 1)
			p.Components[3].End = assessment.MustDate(2025, time.June, 30)
			p.Components = append(p.Components, modality.Component{Technique: "empathic-reflection", Phase: modality.Processing,
				Start: assessment.MustDate(2025, time.July, 1), Rationale: "space to talk"})
		}, nil},
		{"conflicting stances in overlapping dates", func(p *modality.Plan) {
			p.Components[3].Sequence, p.Components[3].Rationale = 0, ""
			p.Components[3].Start = assessment.MustDate(2025, time.April, 1)
			p.Components = append(p.Components, modality.Component{Technique: "empathic-reflection", Phase: modality.Processing,
				Start: assessment.MustDate(2025, time.May, 1), Rationale: "space to talk"})
		}, []want{{modality.ProblemConflictingStances, modality.SeverityWarning, []string{"components/3", "components/6"}, []string{"cpt", "empathic-reflection"}}}},
		{"conflicting stances in different phases", func(p *modality.Plan) {
			p.Components = append(p.Components, modality.Component{Technique: "empathic-reflection", Phase: modality.Integration, Sequence: 2})
		}, []want{{modality.ProblemUnexplainedImport, modality.SeverityWarning, []string{"components/6"}, []string{"empathic-reflection", "humanistic-experiential"}}}},

		// Changes of technique.
		{"change without explanation", func(p *modality.Plan) {
			p.Components[3].Key = "cpt"
			p.Components = append(p.Components, modality.Component{Modality: "pe", Phase: modality.Processing, Sequence: 3,
				Replaces: "cpt", Rationale: "avoidance blocked CPT", Clinician: "psychologist"})
			p.Clinicians[0].Competencies = append(p.Clinicians[0].Competencies, modality.Competency{Modality: "pe", Basis: modality.Supervised})
		}, []want{{modality.ProblemUnexplainedChange, modality.SeverityWarning, []string{"components/6", "components/3"}, []string{"pe", "cpt"}}}},
		{"change explained", func(p *modality.Plan) {
			p.Components[3].Key = "cpt"
			p.Components = append(p.Components, modality.Component{Modality: "pe", Phase: modality.Processing, Sequence: 3,
				Replaces: "cpt", Rationale: "avoidance blocked CPT", ChangeExplanation: "we agreed to try facing the memories directly",
				Clinician: "psychologist"})
			p.Clinicians[0].Competencies = append(p.Clinicians[0].Competencies, modality.Competency{Modality: "pe", Basis: modality.Supervised})
		}, nil},

		// Sequencing.
		{"processing with no skills work, not stable", func(p *modality.Plan) { p.Components = p.Components[2:] },
			[]want{{modality.ProblemProcessingBeforeStabilization, modality.SeverityWarning, []string{"components/1", "stable"}, []string{"cpt"}}}},
		{"processing alongside skills work, not stable", func(p *modality.Plan) {
			p.Components[0].Sequence, p.Components[1].Sequence = 2, 2
		}, []want{{modality.ProblemProcessingBeforeStabilization, modality.SeverityInfo, []string{"components/3", "stable"}, []string{"cpt"}}}},
		{"processing with no skills work, stable", func(p *modality.Plan) {
			p.Components = p.Components[2:]
			p.Stable = assessment.Yes
		}, nil},
		{"processing with no skills work, stability not recorded", func(p *modality.Plan) {
			p.Components = p.Components[2:]
			p.Stable = assessment.YesNoUnknown
		}, nil},
		{"skills before processing by date", func(p *modality.Plan) {
			for i := range p.Components {
				p.Components[i].Sequence = 0
				p.Components[i].Start = assessment.MustDate(2025, time.March, 3)
			}
			p.Components[3].Start = assessment.MustDate(2025, time.April, 1)
		}, nil},
		{"skills before processing by phase alone", func(p *modality.Plan) {
			p.Components[0].Sequence, p.Components[0].Start = 0, assessment.MustDate(2025, time.March, 3)
		}, nil},
		{"insight-oriented work before stabilization", func(p *modality.Plan) {
			p.Strategy = modality.TechnicalEclecticism
			p.Components = []modality.Component{{Modality: "stpp", Phase: modality.Integration, Sequence: 1, Rationale: "recurring relationship pattern"}}
		}, []want{{modality.ProblemProcessingBeforeStabilization, modality.SeverityWarning, []string{"components/0", "stable"}, []string{"stpp"}}}},
		{"TF-CBT skills phase counts as stabilization", func(p *modality.Plan) {
			p.ClientAge = 15
			p.Components = []modality.Component{
				{Modality: "tf-cbt", Phase: modality.Stabilization, Sequence: 1},
				{Modality: "tf-cbt", Phase: modality.Processing, Sequence: 2},
			}
		}, nil},

		// Age fit.
		{"RFP-C for an adult", func(p *modality.Plan) {
			p.Strategy = modality.TechnicalEclecticism
			p.Stable = assessment.YesNoUnknown
			p.Components = []modality.Component{{Modality: "rfp-c", Phase: modality.Stabilization, Sequence: 1, Rationale: "outbursts"}}
		}, []want{
			{modality.ProblemAgeFit, modality.SeverityWarning, []string{"components/0", "clientAge"}, []string{"rfp-c"}},
			{modality.ProblemEmergingEvidence, modality.SeverityInfo, []string{"components/0"}, []string{"rfp-c"}},
		}},
		{"RFP-C for a child of 9", func(p *modality.Plan) {
			p.Strategy, p.ClientAge, p.Stable = modality.TechnicalEclecticism, 9, assessment.YesNoUnknown
			p.Components = []modality.Component{{Modality: "rfp-c", Phase: modality.Stabilization, Sequence: 1, Rationale: "oppositional defiant disorder"}}
		}, []want{{modality.ProblemEmergingEvidence, modality.SeverityInfo, []string{"components/0"}, []string{"rfp-c"}}}},
		{"DBT-A at 17", func(p *modality.Plan) {
			p.ClientAge = 17
			p.Components = []modality.Component{{Modality: "dbt-a", Phase: modality.Stabilization, Sequence: 1}}
		}, nil},
		{"DBT-A at 30", func(p *modality.Plan) {
			p.ClientAge = 30
			p.Components = []modality.Component{{Modality: "dbt-a", Phase: modality.Stabilization, Sequence: 1}}
		}, []want{{modality.ProblemAgeFit, modality.SeverityWarning, []string{"components/0", "clientAge"}, []string{"dbt-a"}}}},
		{"play therapy at 40", func(p *modality.Plan) {
			p.Home = modality.OrientationHumanisticExperiential
			p.Components = []modality.Component{{Modality: "play-therapy", Phase: modality.Integration, Sequence: 1}}
		}, []want{{modality.ProblemAgeFit, modality.SeverityWarning, []string{"components/0", "clientAge"}, []string{"play-therapy"}}}},

		// Clinician competence.
		{"psychotherapy by a clinician without training", func(p *modality.Plan) { p.Components[3].Clinician = "np" },
			[]want{{modality.ProblemUntrainedClinician, modality.SeverityWarning, []string{"components/3", "clinicians/2"}, []string{"cpt"}}}},
		{"psychotherapy under supervision", func(p *modality.Plan) {
			p.Components[3].Clinician = "np"
			p.Clinicians[2].Competencies = []modality.Competency{{Modality: "cpt", Basis: modality.Supervised}}
		}, nil},
		{"technique covered by a modality competency", func(p *modality.Plan) {
			p.Clinicians[0].Competencies = p.Clinicians[0].Competencies[:1] // CPT only
			p.Components = p.Components[3:4]                                // CPT alone, stable
			p.Stable = assessment.Yes
			p.Components = append(p.Components, modality.Component{Technique: "cognitive-restructuring", Phase: modality.Processing,
				Sequence: 2, Clinician: "psychologist"})
		}, nil},
		{"technique outside every competency", func(p *modality.Plan) {
			p.Clinicians[0].Competencies = p.Clinicians[0].Competencies[:1]
			p.Components = p.Components[3:4]
			p.Stable = assessment.Yes
			p.Components = append(p.Components, modality.Component{Technique: "in-vivo-exposure", Phase: modality.Processing,
				Sequence: 2, Clinician: "psychologist"})
		}, []want{{modality.ProblemUntrainedClinician, modality.SeverityWarning, []string{"components/1", "clinicians/0"}, []string{"in-vivo-exposure"}}}},
		{"supporting intervention needs no recorded competency", func(p *modality.Plan) { p.Components[5].Clinician = "np" }, nil},

		// Phase fit.
		{"CPT in the stabilization phase", func(p *modality.Plan) {
			p.Stable = assessment.Yes
			p.Components[3].Phase = modality.Stabilization
		}, []want{{modality.ProblemPhaseMismatch, modality.SeverityInfo, []string{"components/3"}, []string{"cpt"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := clientAPlan()
			tt.mutate(&p)
			found := check(t, p)
			require.Len(t, found, len(tt.want), "got %v", problems(found))
			for i, w := range tt.want {
				f := found[i]
				assert.Equal(t, w.problem, f.Problem)
				assert.Equal(t, w.severity, f.Severity)
				assert.Equal(t, w.paths, f.Paths)
				assert.Equal(t, w.subjects, f.Subjects)
				assert.NotEmpty(t, f.Explanation)
				assert.NotEmpty(t, f.Action)
				assertSources(t, f.Problem.String(), f.Sources)
			}
		})
	}
}

func TestCheckNeverCritical(t *testing.T) {
	p := clientAPlan()
	p.Home = ""
	p.Components = p.Components[2:]
	p.Components[1].Clinician = "np"
	for _, f := range check(t, p) {
		assert.NotEqual(t, modality.SeverityCritical, f.Severity, f.Problem)
	}
	found := only(check(t, p), modality.ProblemProcessingBeforeStabilization)
	require.Len(t, found, 1)
	assert.Equal(t, modality.SeverityWarning, found[0].Severity, "contested: warning at most")
}

func TestCheckOrderAndDeterminism(t *testing.T) {
	p := clientAPlan()
	p.Home = ""
	p.Components = p.Components[2:]
	p.Components[1].Clinician = "np"
	p.Components[1].Phase = modality.Stabilization
	p.Components = append(p.Components, modality.Component{Modality: "rfp-c", Phase: modality.Stabilization, Sequence: 1})
	first := check(t, p)
	for range 20 {
		assert.Equal(t, first, check(t, p))
	}
	for i := 1; i < len(first); i++ {
		a, b := first[i-1], first[i]
		assert.GreaterOrEqual(t, a.Severity, b.Severity, "most serious first")
		if a.Severity == b.Severity {
			assert.LessOrEqual(t, a.Problem, b.Problem)
			if a.Problem == b.Problem {
				assert.LessOrEqual(t, validation.ComparePaths(a.Paths[0], b.Paths[0]), 0)
			}
		}
	}
	assert.Equal(t, modality.SeverityWarning, first[0].Severity)
	assert.Equal(t, modality.SeverityInfo, first[len(first)-1].Severity)
}

func TestCheckDoesNotModifyPlan(t *testing.T) {
	p := clientAPlan()
	p.Home = ""
	before := deepCopy(t, p)
	_ = check(t, p)
	assert.Equal(t, before, p)
}

func TestCheckFindingsHideUserText(t *testing.T) {
	p := clientAPlan()
	p.Strategy = modality.TheoreticalIntegration
	p.Framework = ""
	p.Clinicians[2].Key = "Dr Private Name"
	p.Components[3].Clinician = "Dr Private Name"
	p.Components[3].Explanation = "secret"
	for _, f := range check(t, p) {
		assert.NotContains(t, f.Explanation, "Private")
		assert.NotContains(t, f.Action, "Private")
		for _, s := range f.Subjects {
			assert.NotContains(t, s, "Private")
		}
	}
}

func TestCatalogCheckUsesHostCatalog(t *testing.T) {
	contents := modality.BuiltinContents()
	contents.Modalities = append(contents.Modalities, modality.Modality{
		ID: "clinic-skills-group", Name: "Clinic skills group",
		Orientations: []modality.OrientationID{modality.OrientationCognitiveBehavioral},
		Techniques:   []modality.TechniqueID{"skills-training"},
		Stance:       modality.Stance{Direction: modality.Directive, Structure: modality.Structured, Focus: modality.FocusPresent, Mechanism: modality.MechanismSkills},
		Strength:     contents.Modalities[0].Strength,
		Summary:      "The clinic's own eight-week skills group.",
		Sources:      contents.Modalities[0].Sources,
	})
	c, err := modality.NewCatalog(contents)
	require.NoError(t, err)

	p := clientAPlan()
	p.Components = append(p.Components[2:], modality.Component{Modality: "clinic-skills-group", Phase: modality.Stabilization, Sequence: 1})
	_, err = modality.Check(p)
	assert.ErrorIs(t, err, modality.ErrUnknownModality, "the built-in catalog does not know it")
	found, err := c.Check(p)
	require.NoError(t, err)
	assert.Empty(t, found, "the host's skills group counts as stabilization work")
}

// Issue 10 item 10: an assimilative plan that also merges orientations has
// two homes, and so does a theoretical plan with a home.
func TestCheckMixedStrategies(t *testing.T) {
	p := clientAPlan()
	p.Orientations = []modality.OrientationID{modality.OrientationCognitiveBehavioral, modality.OrientationPsychodynamic, modality.OrientationLifestyle}
	found := only(check(t, p), modality.ProblemMixedStrategies)
	require.Len(t, found, 1)
	assert.Equal(t, modality.SeverityWarning, found[0].Severity)
	assert.Equal(t, []string{"strategy", "orientations"}, found[0].Paths)
	assert.Equal(t, []string{"psychodynamic"}, found[0].Subjects, "the home and non-psychotherapy orientations are not a second home")

	p.Orientations = []modality.OrientationID{modality.OrientationCognitiveBehavioral}
	assert.Empty(t, only(check(t, p), modality.ProblemMixedStrategies), "listing only the home is not merging")

	p = clientAPlan()
	p.Strategy = modality.TheoreticalIntegration
	p.Orientations = []modality.OrientationID{modality.OrientationCognitiveBehavioral, modality.OrientationPsychodynamic}
	p.Framework = "cyclical psychodynamics"
	found = only(check(t, p), modality.ProblemMixedStrategies)
	require.Len(t, found, 1)
	assert.Equal(t, []string{"strategy", "home"}, found[0].Paths)
	p.Home = ""
	assert.Empty(t, check(t, p))
}

// Components without a phase that run together still conflict when their
// stances do; the explanation names no phase.
func TestCheckConflictWithoutPhases(t *testing.T) {
	p := modality.Plan{
		Strategy:  modality.TechnicalEclecticism,
		ClientAge: 30,
		Components: []modality.Component{
			{Modality: modality.CBT, Sequence: 1, Rationale: "panic disorder"},
			{Technique: modality.TechniqueEmpathicReflection, Sequence: 1},
		},
	}
	found := check(t, p)
	conflicts := only(found, modality.ProblemConflictingStances)
	require.Len(t, conflicts, 1)
	assert.NotContains(t, conflicts[0].Explanation, "phase")
	p.Components[1].Sequence = 2
	assert.Empty(t, only(check(t, p), modality.ProblemConflictingStances), "sequenced, not concurrent")
}
