package modality_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

func TestPlanValidateAccepts(t *testing.T) {
	require.NoError(t, clientAPlan().Validate())

	dated := clientAPlan()
	for i := range dated.Components {
		dated.Components[i].Sequence = 0
		dated.Components[i].Start = assessment.MustDate(2025, time.March, 3)
	}
	dated.Components[3].Start = assessment.MustDate(2025, time.April, 1)
	dated.Components[0].End = assessment.MustDate(2025, time.March, 31)
	assert.NoError(t, dated.Validate())
}

func TestPlanValidateErrors(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*modality.Plan)
		path   string
		err    error
	}{
		{"strategy out of range", func(p *modality.Plan) { p.Strategy = 77 }, "strategy", modality.ErrBadValue},
		{"unknown home", func(p *modality.Plan) { p.Home = "jungian" }, "home", modality.ErrUnknownOrientation},
		{"unknown orientation", func(p *modality.Plan) { p.Orientations = []modality.OrientationID{"cognitive-behavioral", "x"} }, "orientations/1", modality.ErrUnknownOrientation},
		{"repeated orientation", func(p *modality.Plan) {
			p.Orientations = []modality.OrientationID{"psychodynamic", "psychodynamic"}
		}, "orientations/1", modality.ErrDuplicate},
		{"bad factor", func(p *modality.Plan) { p.Factors = []modality.FactorTarget{{}} }, "factors/0/factor", modality.ErrBadValue},
		{"repeated factor", func(p *modality.Plan) {
			p.Factors = []modality.FactorTarget{{Factor: modality.FactorAlliance}, {Factor: modality.FactorAlliance}}
		}, "factors/1/factor", modality.ErrDuplicate},
		{"no components", func(p *modality.Plan) { p.Components = nil }, "components", modality.ErrRequired},
		{"modality and technique", func(p *modality.Plan) { p.Components[0].Modality = "cbt" }, "components/0", modality.ErrModalityOrTechnique},
		{"neither modality nor technique", func(p *modality.Plan) { p.Components[0].Technique = "" }, "components/0", modality.ErrModalityOrTechnique},
		{"unknown modality", func(p *modality.Plan) { p.Components[3].Modality = "primal-scream" }, "components/3/modality", modality.ErrUnknownModality},
		{"unknown technique", func(p *modality.Plan) { p.Components[0].Technique = "x" }, "components/0/technique", modality.ErrUnknownTechnique},
		{"phase out of range", func(p *modality.Plan) { p.Components[2].Phase = 9 }, "components/2/phase", modality.ErrBadValue},
		{"trauma-focused modality without phase", func(p *modality.Plan) { p.Components[3].Phase = 0 }, "components/3/phase", modality.ErrRequired},
		{"sessions zero", func(p *modality.Plan) { p.Components[0].Frequency.Sessions = 0 }, "components/0/frequency/sessions", modality.ErrOutOfRange},
		{"sessions too many", func(p *modality.Plan) { p.Components[0].Frequency.Sessions = 32 }, "components/0/frequency/sessions", modality.ErrOutOfRange},
		{"period unset", func(p *modality.Plan) { p.Components[0].Frequency.Per = 0 }, "components/0/frequency/per", modality.ErrBadValue},
		{"unknown clinician", func(p *modality.Plan) { p.Components[3].Clinician = "someone" }, "components/3/clinician", modality.ErrUnknownClinician},
		{"no timing", func(p *modality.Plan) { p.Components[1].Sequence = 0 }, "components/1/start", modality.ErrNoTiming},
		{"negative sequence", func(p *modality.Plan) { p.Components[1].Sequence = -1 }, "components/1/sequence", modality.ErrOutOfRange},
		{"end without start", func(p *modality.Plan) { p.Components[1].End = assessment.MustDate(2025, time.May, 1) }, "components/1/end", modality.ErrBadDates},
		{"end before start", func(p *modality.Plan) {
			p.Components[1].Start = assessment.MustDate(2025, time.May, 2)
			p.Components[1].End = assessment.MustDate(2025, time.May, 1)
		}, "components/1/end", modality.ErrBadDates},
		{"duplicate key", func(p *modality.Plan) { p.Components[0].Key, p.Components[1].Key = "a", "a" }, "components/1/key", modality.ErrDuplicate},
		{"replaces unknown", func(p *modality.Plan) { p.Components[1].Replaces = "zz" }, "components/1/replaces", modality.ErrBadReference},
		{"replaces itself", func(p *modality.Plan) { p.Components[1].Key, p.Components[1].Replaces = "b", "b" }, "components/1/replaces", modality.ErrBadReference},
		{"replacement cycle", func(p *modality.Plan) {
			p.Components[0].Key, p.Components[0].Replaces = "a", "b"
			p.Components[1].Key, p.Components[1].Replaces = "b", "a"
		}, "components/0/replaces", modality.ErrBadReference},
		{"clinician without key", func(p *modality.Plan) { p.Clinicians[2].Key = "" }, "clinicians/2/key", modality.ErrRequired},
		{"duplicate clinician", func(p *modality.Plan) { p.Clinicians[2].Key = "peer" }, "clinicians/2/key", modality.ErrDuplicate},
		{"competency without target", func(p *modality.Plan) { p.Clinicians[0].Competencies[0].Modality = "" }, "clinicians/0/competencies/0", modality.ErrModalityOrTechnique},
		{"competency unknown modality", func(p *modality.Plan) { p.Clinicians[0].Competencies[0].Modality = "x" }, "clinicians/0/competencies/0/modality", modality.ErrUnknownModality},
		{"competency unknown technique", func(p *modality.Plan) { p.Clinicians[0].Competencies[3].Technique = "x" }, "clinicians/0/competencies/3/technique", modality.ErrUnknownTechnique},
		{"competency basis", func(p *modality.Plan) { p.Clinicians[0].Competencies[0].Basis = 0 }, "clinicians/0/competencies/0/basis", modality.ErrBadValue},
		{"negative age", func(p *modality.Plan) { p.ClientAge = -1 }, "clientAge", modality.ErrBadAge},
		{"age too high", func(p *modality.Plan) { p.ClientAge = 131 }, "clientAge", modality.ErrBadAge},
		{"stable out of range", func(p *modality.Plan) { p.Stable = 9 }, "stable", modality.ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := clientAPlan()
			tt.mutate(&p)
			err := p.Validate()
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.err), "want %v at %s, got %v", tt.err, tt.path, err)
			assert.ErrorIs(t, err, tt.err)

			found, cerr := modality.Check(p)
			assert.Nil(t, found, "a malformed plan gets no incoherences")
			assert.Equal(t, err, cerr, "Check returns Validate's error")
		})
	}
}

func TestPlanValidateReportsEveryProblem(t *testing.T) {
	p := clientAPlan()
	p.Strategy = 77
	p.ClientAge = 200
	p.Components[0].Phase = 7
	p.Components[3].Modality = "nope"
	err := p.Validate()
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	paths := make([]string, len(ve.Fields))
	for i, f := range ve.Fields {
		paths[i] = f.Path
	}
	assert.Equal(t, []string{"clientAge", "components/0/phase", "components/3/modality", "strategy"}, paths)
}

// A plan that claims no integration strategy is valid: the strategy checks
// do not run, every other check does.
func TestPlanWithoutStrategy(t *testing.T) {
	p := clientAPlan()
	p.Strategy = modality.StrategyUnknown
	p.Home = ""
	require.NoError(t, p.Validate())
	got, err := modality.Check(p)
	require.NoError(t, err)
	for _, in := range got {
		assert.NotEqual(t, modality.ProblemNoHome, in.Problem)
		assert.NotEqual(t, modality.ProblemUnexplainedImport, in.Problem)
	}
	p.ClientAge = 70
	p.Components = append(p.Components, modality.Component{Modality: "rfp-c", Phase: modality.Stabilization, Sequence: 1})
	got, err = modality.Check(p)
	require.NoError(t, err)
	assert.True(t, slices.ContainsFunc(got, func(in modality.Incoherence) bool { return in.Problem == modality.ProblemAgeFit }),
		"the checks that do not depend on a strategy still run")
}

// Error text never repeats what the user typed.
func TestValidationErrorHidesUserText(t *testing.T) {
	p := clientAPlan()
	p.Components[3].Modality = "secret-client-note"
	p.Components[3].Clinician = "Dr Private Name"
	err := p.Validate()
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "secret")
	assert.NotContains(t, err.Error(), "Private")
}

func TestPlanJSONRoundTrip(t *testing.T) {
	p := clientAPlan()
	p.Components[0].Start = assessment.MustDate(2025, time.March, 3)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"strategy":"assimilative"`)
	assert.Contains(t, string(b), `"phase":"stabilization"`)
	assert.Contains(t, string(b), `"start":"2025-03-03"`)
	assert.Contains(t, string(b), `"stable":"no"`)
	assert.NotContains(t, string(b), `"end"`, "zero dates are omitted")
	var back modality.Plan
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)
}

func TestPlanValidateReplacementCycles(t *testing.T) {
	p := clientAPlan()
	p.Components[0].Key, p.Components[0].Replaces = "a", "b"
	p.Components[1].Key, p.Components[1].Replaces = "b", "c"
	p.Components[2].Key, p.Components[2].Replaces = "c", "b"
	p.Components[3].Key, p.Components[3].Replaces = "d", "a" // a chain ending in a cycle it is not on
	p.Components[4].Key = "e"
	p.Components[5].Replaces = "e" // fine
	err := p.Validate()
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	var paths []string
	for _, f := range ve.Fields {
		paths = append(paths, f.Path)
		assert.ErrorIs(t, f.Err, modality.ErrBadReference)
	}
	assert.Equal(t, []string{"components/1/replaces", "components/2/replaces"}, paths)
}

// The longest chain of replacements a plan can hold validates and checks.
func TestPlanValidateLongReplacementChain(t *testing.T) {
	p := clientAPlan()
	base := p.Components[0]
	p.Components = nil
	for i := range modality.MaxComponents {
		c := base
		c.Key = "k" + strconv.Itoa(i)
		if i > 0 {
			c.Replaces = "k" + strconv.Itoa(i-1)
		}
		p.Components = append(p.Components, c)
	}
	assert.NoError(t, p.Validate())
	found, err := modality.Check(p)
	require.NoError(t, err)
	assert.Len(t, found, modality.MaxComponents-1, "every step is an unexplained change")

	p.Components = append(p.Components, base)
	err = p.Validate()
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("components", modality.ErrOutOfRange))
	assert.Len(t, ve.Fields, 1)
}

// Issue 10 item 10: outside trauma care a component needs no phase. A
// depression plan of CBT and behavioral activation validates and checks
// without claiming a phase of trauma care.
func TestPhaseOptionalOutsideTraumaCare(t *testing.T) {
	p := modality.Plan{
		Strategy:  modality.TechnicalEclecticism,
		ClientAge: 34,
		Components: []modality.Component{
			{Modality: modality.CBT, Sequence: 1, Rationale: "moderate depression, PHQ-9 14"},
			{Modality: modality.BA, Sequence: 2, Rationale: "withdrawal from valued activity"},
			{Modality: modality.DBT, Sequence: 2, Rationale: "emotion dysregulation"},
		},
	}
	require.NoError(t, p.Validate())
	found, err := modality.Check(p)
	require.NoError(t, err)
	assert.Empty(t, found, "no phase-mismatch finding for DBT without a phase")

	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"phase"`, "an unset phase is omitted")
	var back modality.Plan
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)

	// Trauma-focused work still records its phase.
	p.Components = append(p.Components, modality.Component{Modality: modality.CPT, Sequence: 3, Rationale: "PTSD"})
	var ve *validation.Error
	require.ErrorAs(t, p.Validate(), &ve)
	assert.True(t, ve.Has("components/3/phase", modality.ErrRequired))
	p.Components[3].Technique, p.Components[3].Modality = modality.TechniqueImaginalExposure, ""
	require.ErrorAs(t, p.Validate(), &ve)
	assert.True(t, ve.Has("components/3/phase", modality.ErrRequired))
}

// Issue 10 item 6: every list a host can send has a documented limit; a
// list over it is rejected at its path before its entries are looked at.
func TestPlanLimits(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*modality.Plan)
		path   string
	}{
		{"components", func(p *modality.Plan) { p.Components = make([]modality.Component, modality.MaxComponents+1) }, "components"},
		{"clinicians", func(p *modality.Plan) { p.Clinicians = make([]modality.Clinician, modality.MaxClinicians+1) }, "clinicians"},
		{"competencies", func(p *modality.Plan) {
			p.Clinicians[1].Competencies = make([]modality.Competency, modality.MaxCompetencies+1)
		}, "clinicians/1/competencies"},
		{"orientations", func(p *modality.Plan) { p.Orientations = make([]modality.OrientationID, modality.MaxOrientations+1) }, "orientations"},
		{"factors", func(p *modality.Plan) { p.Factors = make([]modality.FactorTarget, modality.MaxFactors+1) }, "factors"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := clientAPlan()
			tt.mutate(&p)
			err := p.Validate()
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			require.Len(t, ve.Fields, 1, "only the size is reported: %v", err)
			assert.True(t, ve.Has(tt.path, modality.ErrOutOfRange))
			found, err := modality.Check(p)
			assert.Nil(t, found)
			assert.ErrorIs(t, err, modality.ErrOutOfRange)
		})
	}
	// At the limits a plan is accepted.
	p := atLimits()
	require.NoError(t, p.Validate())
	_, err := modality.Check(p)
	require.NoError(t, err)
}

// atLimits is the largest plan Validate accepts: every list at its limit.
func atLimits() modality.Plan {
	p := scaledPlan(modality.MaxComponents/10, 1)
	p.Clinicians = p.Clinicians[:0]
	for i := range modality.MaxClinicians {
		cl := modality.Clinician{Key: "c" + strconv.Itoa(i)}
		for j := range modality.MaxCompetencies {
			cl.Competencies = append(cl.Competencies, modality.Competency{Modality: modality.All()[j%len(modality.All())].ID, Basis: modality.Trained})
		}
		p.Clinicians = append(p.Clinicians, cl)
	}
	for i := range p.Components {
		p.Components[i].Clinician = "c" + strconv.Itoa(i%modality.MaxClinicians)
	}
	return p
}
