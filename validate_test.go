package integrative_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/internal/sample"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

// Malformed plans are errors that name each bad field by its path.
func TestValidateErrors(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*integrative.Plan)
		path   string
		want   error
	}{
		{"no evaluation date", func(p *integrative.Plan) { p.AsOf = assessment.Date{} }, "asOf", integrative.ErrBadDate},
		{"intake after the evaluation date", func(p *integrative.Plan) { p.Intake.Date = date("2026-03-01") }, "intake/date", integrative.ErrBadDate},
		{"intake problem under intake", func(p *integrative.Plan) { p.Intake.Client.Age = 300 }, "intake/client/age", assessment.ErrBadAge},
		{"duplicate key", func(p *integrative.Plan) { p.Goals[1].Key = "g-choir" }, "goals/1/key", integrative.ErrDuplicateKey},
		{"key shared across kinds", func(p *integrative.Plan) { p.Problems[0].Key = "rx-sertraline" }, "problems/0/key", integrative.ErrDuplicateKey},
		{"missing key", func(p *integrative.Plan) { p.Medication.Prescriptions[0].Key = " " }, "medication/prescriptions/0/key", integrative.ErrRequired},
		{"goal for an unknown problem", func(p *integrative.Plan) { p.Goals[0].Problem = "p-none" }, "goals/0/problem", integrative.ErrUnknownKey},
		{"goal kind", func(p *integrative.Plan) { p.Goals[0].Kind = 0 }, "goals/0/kind", integrative.ErrBadValue},
		{"objective with no goal", func(p *integrative.Plan) { p.Objectives[0].Goal = "" }, "objectives/0/goal", integrative.ErrRequired},
		{"objective for a problem key", func(p *integrative.Plan) { p.Objectives[0].Goal = "p-mood" }, "objectives/0/goal", integrative.ErrUnknownKey},
		{"objective neither score nor behaviour", func(p *integrative.Plan) {
			p.Objectives[1].By = assessment.Date{}
		}, "objectives/1", integrative.ErrObjectiveForm},
		{"target out of range", func(p *integrative.Plan) { *p.Objectives[0].Target = 40 }, "objectives/0/target", integrative.ErrOutOfRange},
		{"objective for an unknown instrument", func(p *integrative.Plan) { p.Objectives[0].Instrument = "bdi-ii" }, "objectives/0/instrument", integrative.ErrUnknownCode},
		{"intervention with two targets", func(p *integrative.Plan) { p.Interventions[0].Component = "c-ba" }, "interventions/0", integrative.ErrOneTarget},
		{"intervention with no target", func(p *integrative.Plan) { p.Interventions[0].Prescription = "" }, "interventions/0", integrative.ErrOneTarget},
		{"intervention to a missing component", func(p *integrative.Plan) { p.Interventions[1].Component = "c-none" }, "interventions/1/component", integrative.ErrUnknownKey},
		{"intervention naming a goal as a prescription", func(p *integrative.Plan) { p.Interventions[0].Prescription = "g-mood" }, "interventions/0/prescription", integrative.ErrUnknownKey},
		{"problem for a condition not on the intake", func(p *integrative.Plan) { p.Problems[0].Conditions = []assessment.ICD10CM{"F41.1"} }, "problems/0/conditions/0", integrative.ErrUnknownCode},
		{"problem for an unknown domain", func(p *integrative.Plan) { p.Problems[0].Domains = []assessment.DomainID{"astrology"} }, "problems/0/domains/0", integrative.ErrBadValue},
		{"problem with nothing", func(p *integrative.Plan) { p.Problems[0].Conditions = nil }, "problems/0/conditions", integrative.ErrRequired},
		{"prescriber not on the team", func(p *integrative.Plan) { p.Medication.Prescriptions[0].Prescriber = "dr-x" }, "medication/prescriptions/0/prescriber", integrative.ErrUnknownKey},
		{"clinician not on the team", func(p *integrative.Plan) { p.Psychotherapy.Components[0].Clinician = "dr-x" }, "psychotherapy/components/0/clinician", integrative.ErrUnknownKey},
		{"role", func(p *integrative.Plan) { p.Team[0].Role = 0 }, "team/0/role", integrative.ErrBadValue},
		{"meeting frequency", func(p *integrative.Plan) { p.Coordination.Meetings.Sessions = 99 }, "coordination/meetings/sessions", integrative.ErrOutOfRange},
		{"decision about nothing", func(p *integrative.Plan) {
			p.Decisions[0].Prescriptions, p.Decisions[0].Components = nil, nil
		}, "decisions/0/conditions", integrative.ErrRequired},
		{"decision to wait without a reason", func(p *integrative.Plan) { p.Decisions[0].Kind = integrative.DecisionWait }, "decisions/0/reason", integrative.ErrRequired},
		{"decision after the evaluation date", func(p *integrative.Plan) { p.Decisions[0].Date = date("2026-03-01") }, "decisions/0/date", integrative.ErrBadDate},
		{"decision on an unknown instrument", func(p *integrative.Plan) {
			p.Decisions[0].Instruments = []assessment.InstrumentID{"x"}
		}, "decisions/0/instruments/0", integrative.ErrUnknownCode},
		{"lifestyle kind", func(p *integrative.Plan) { p.Lifestyle[0].Kind = 99 }, "lifestyle/0/kind", integrative.ErrBadValue},
		{"lifestyle text", func(p *integrative.Plan) { p.Lifestyle[0].Text = "" }, "lifestyle/0/text", integrative.ErrRequired},
		{"safety plan in the future", func(p *integrative.Plan) { p.Safety.SafetyPlan = date("2026-12-01") }, "safety/safetyPlan", integrative.ErrBadDate},
		{"re-measurement with no date", func(p *integrative.Plan) { p.Remeasurements[0].Next = assessment.Date{} }, "remeasurements/0/next", integrative.ErrBadDate},
		{"re-measurement interval", func(p *integrative.Plan) { p.Remeasurements[0].EveryDays = -1 }, "remeasurements/0/everyDays", integrative.ErrOutOfRange},
		{"acknowledgement of an unknown rule", func(p *integrative.Plan) {
			p.Acknowledgements = []integrative.Acknowledgement{{Rule: "PLN999", Reason: "x", Date: p.AsOf}}
		}, "acknowledgements/0/rule", integrative.ErrUnknownCode},
		{"acknowledgement without a reason", func(p *integrative.Plan) {
			p.Acknowledgements = []integrative.Acknowledgement{{Rule: "PLN001", Date: p.AsOf}}
		}, "acknowledgements/0/reason", integrative.ErrRequired},
		{"medication problem under medication", func(p *integrative.Plan) {
			p.Medication.Prescriptions[0].Agent = "unobtainium"
		}, "medication/prescriptions/0/agent", medication.ErrUnknownAgent},
		{"psychotherapy problem under psychotherapy", func(p *integrative.Plan) {
			p.Psychotherapy.Components[0].Modality = "nope"
		}, "psychotherapy/components/0/modality", modality.ErrUnknownModality},
		{"team competency under team", func(p *integrative.Plan) {
			p.Team[1].Competencies[0].Basis = 0
		}, "team/1/competencies/0/basis", modality.ErrBadValue},
		{"too many goals", func(p *integrative.Plan) {
			p.Goals = make([]integrative.Goal, integrative.MaxElements+1)
		}, "goals", integrative.ErrTooMany},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := loadPlan(t, "adult-depression")
			tt.mutate(&p)
			err := p.Validate()
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.want), "want %s at %s, got %v", tt.want, tt.path, err)
			_, cerr := integrative.Check(p)
			assert.ErrorIs(t, cerr, tt.want, "Check reports what Validate reports")
		})
	}
}

// Every problem is reported at once, and nothing the client or clinician
// typed reaches the error text.
func TestValidateReportsEverythingAndEchoesNothing(t *testing.T) {
	p := loadPlan(t, "adult-depression")
	p.Goals[0].Problem = "Jane Roe's problem"
	p.Medication.Prescriptions[0].Prescriber = "Dr Private"
	p.Team[0].Role = 0
	p.Lifestyle[0].Text = ""
	err := p.Validate()
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.GreaterOrEqual(t, len(ve.Fields), 4)
	assert.NotContains(t, err.Error(), "Jane")
	assert.NotContains(t, err.Error(), "Private")
}

// A plan without psychotherapy, or without medication, is valid: missing
// care is a finding, never an error.
func TestPartialPlansAreValid(t *testing.T) {
	p := loadPlan(t, "adult-depression")
	p.Psychotherapy = integrative.Psychotherapy{}
	p.Interventions = p.Interventions[:1]
	p.Decisions[0].Components = nil
	assert.NoError(t, p.Validate())
	p = loadPlan(t, "adult-depression")
	p.Medication = integrative.Medication{}
	p.Interventions = p.Interventions[1:]
	p.Decisions[0].Prescriptions = nil
	assert.NoError(t, p.Validate())
	r := check(t, integrative.Plan{AsOf: date("2026-01-01"), Intake: assessment.Intake{
		Date: date("2026-01-01"), Client: assessment.Client{Age: 40, Sex: assessment.SexUndisclosed},
	}})
	assert.NotEmpty(t, r.Findings, "an empty plan is valid and reported on")
}

// The JSON form decodes strictly, with paths.
func TestDecodePlanErrors(t *testing.T) {
	tests := []struct {
		name, in, path string
		want           error
	}{
		{"bad enum", `{"intake":{"client":{"sex":"F"}}}`, "intake/client/sex", assessment.ErrBadValue},
		{"bad date", `{"asOf":"2026-13-01"}`, "asOf", assessment.ErrBadDate},
		{"wrong type", `{"team":[{"key":"np","prescriber":"yes"}]}`, "team/0/prescriber", validation.ErrWrongType},
		{"unknown field", `{"psychotherapy":{"components":[{"modality":"cbt","phase":"stabilization","sessionz":3}]}}`, "psychotherapy/components/0/sessionz", validation.ErrUnknownField},
		{"field in the wrong case", `{"AsOf":"2026-01-01"}`, "AsOf", validation.ErrFieldCase},
		{"null for a value", `{"intake":{"client":{"age":null}}}`, "intake/client/age", validation.ErrNull},
		{"bad role", `{"team":[{"key":"x","role":"wizard"}]}`, "team/0/role", integrative.ErrBadValue},
		{"bad language", `{"delivery":{"careLanguages":["not a language tag"]}}`, "delivery/careLanguages/0", validation.ErrBadValue},
		{"number as a string", `{"remeasurements":[{"instrument":"phq-9","next":"2026-01-01","everyDays":"14"}]}`, "remeasurements/0/everyDays", validation.ErrWrongType},
		{"prescription field beside key", `{"medication":{"prescriptions":[{"key":"rx","dose":{"amount":"ten"}}]}}`, "medication/prescriptions/0/dose/amount", validation.ErrWrongType},
		{"trailing data", `{} {}`, "", validation.ErrTrailingData},
		{"syntax", `{"asOf":}`, "", validation.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := integrative.DecodePlan([]byte(tt.in))
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.want), "want %v at %q, got %v", tt.want, tt.path, err)
		})
	}
	_, err := integrative.DecodePlan(bytes.Repeat([]byte(" "), validation.DefaultMaxBytes+1))
	assert.ErrorIs(t, err, validation.ErrTooLarge)
	_, err = integrative.DecodePlan([]byte(`{"goals":[]}`), validation.MaxBytes(5))
	assert.ErrorIs(t, err, validation.ErrTooLarge)
}

// Every sample plan round-trips through JSON without loss.
func TestPlanRoundTrip(t *testing.T) {
	for _, name := range sample.Names() {
		t.Run(name, func(t *testing.T) {
			p := loadPlan(t, name)
			data, err := json.Marshal(p)
			require.NoError(t, err)
			q, err := integrative.DecodePlan(data)
			require.NoError(t, err, "%s", data)
			assert.Equal(t, p, q)
			again, err := json.Marshal(q)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))
		})
	}
	data, err := json.Marshal(integrative.Plan{})
	require.NoError(t, err, "the zero plan marshals")
	_, err = integrative.DecodePlan(data)
	assert.NoError(t, err, "and decodes back")
}

// Reports marshal to JSON and back.
func TestReportJSON(t *testing.T) {
	r := check(t, loadPlan(t, "client-e"))
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var back integrative.Report
	require.NoError(t, validation.Decode(data, &back))
	assert.Equal(t, r, back)
	assert.Contains(t, string(data), `"format":"integrative.report/v1"`)
}

func TestEnums(t *testing.T) {
	type enum interface {
		String() string
		Valid() bool
		MarshalText() ([]byte, error)
	}
	check := func(t *testing.T, values []enum, parse func(string) (enum, error)) {
		for _, v := range values {
			assert.True(t, v.Valid(), v.String())
			text, err := v.MarshalText()
			require.NoError(t, err)
			back, err := parse(string(text))
			require.NoError(t, err)
			assert.Equal(t, v, back)
			back, err = parse(strings.ToUpper(strings.ReplaceAll(string(text), "-", " ")))
			require.NoError(t, err, "case and separators do not matter")
			assert.Equal(t, v, back)
		}
		_, err := parse("no such value")
		assert.ErrorIs(t, err, integrative.ErrBadValue)
		_, err = parse("unknown")
		assert.ErrorIs(t, err, integrative.ErrBadValue, "the zero value's name does not parse")
	}
	t.Run("Severity", func(t *testing.T) {
		check(t, []enum{integrative.SeverityInfo, integrative.SeverityWarning, integrative.SeverityCritical},
			func(s string) (enum, error) { v, err := integrative.ParseSeverity(s); return v, err })
	})
	t.Run("Role", func(t *testing.T) {
		var vs []enum
		for r := integrative.Psychiatrist; r <= integrative.CareManager; r++ {
			vs = append(vs, r)
		}
		check(t, vs, func(s string) (enum, error) { v, err := integrative.ParseRole(s); return v, err })
		r, err := integrative.ParseRole("PMHNP")
		require.NoError(t, err)
		assert.Equal(t, integrative.PsychiatricNursePractitioner, r)
	})
	t.Run("GoalKind", func(t *testing.T) {
		check(t, []enum{integrative.GoalSymptom, integrative.GoalFunctioning, integrative.GoalMeaning},
			func(s string) (enum, error) { v, err := integrative.ParseGoalKind(s); return v, err })
	})
	t.Run("LifestyleKind", func(t *testing.T) {
		var vs []enum
		for k := integrative.LifestyleSleep; k <= integrative.LifestyleSubstanceReduction; k++ {
			vs = append(vs, k)
		}
		check(t, vs, func(s string) (enum, error) { v, err := integrative.ParseLifestyleKind(s); return v, err })
	})
	t.Run("DecisionKind", func(t *testing.T) {
		var vs []enum
		for k := integrative.DecisionShared; k <= integrative.DecisionDeclined; k++ {
			vs = append(vs, k)
		}
		check(t, vs, func(s string) (enum, error) { v, err := integrative.ParseDecisionKind(s); return v, err })
	})
	assert.Equal(t, "Severity(9)", integrative.Severity(9).String())
	_, err := integrative.Severity(9).MarshalText()
	assert.ErrorIs(t, err, integrative.ErrBadValue)
	text, err := integrative.SeverityUnknown.MarshalText()
	assert.NoError(t, err)
	assert.Empty(t, text)
}

// The rule catalog: IDs unique, well formed, in order and never reused;
// every rule documented, sourced and valid.
func TestRuleCatalog(t *testing.T) {
	rules := integrative.Rules()
	seen := map[string]bool{}
	for i, r := range rules {
		assert.NoError(t, r.Validate(), r.ID)
		assert.False(t, seen[r.ID], "duplicate %s", r.ID)
		seen[r.ID] = true
		assert.Regexp(t, `^(ASM|MED|MOD|TIC|PLN)[0-9]{3}$`, r.ID)
		if i > 0 && rules[i-1].ID[:3] == r.ID[:3] {
			assert.Less(t, rules[i-1].ID, r.ID, "rules are listed in ID order")
		}
		got, ok := integrative.LookupRule(r.ID)
		assert.True(t, ok)
		assert.Equal(t, r.ID, got.ID)
		for _, name := range placeholders(r.Message) {
			assert.NotEmpty(t, name, r.ID)
		}
	}
	_, ok := integrative.LookupRule("XYZ001")
	assert.False(t, ok)
	var ve *validation.Error
	require.ErrorAs(t, integrative.Rule{}.Validate(), &ve)
	for _, path := range []string{"id", "title", "doc", "severity", "strength", "sources", "since", "message", "check"} {
		assert.True(t, ve.Has(path, integrative.ErrBadRule) || errors.Is(ve, integrative.ErrBadRule), path)
	}
}

// placeholders returns the {names} of a message template.
func placeholders(msg string) []string {
	var out []string
	for {
		i := strings.IndexByte(msg, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(msg[i:], '}')
		if j < 0 {
			return out
		}
		out = append(out, msg[i+1:i+j])
		msg = msg[i+j+1:]
	}
}

// Every finding's message fills every placeholder of its rule's template.
func TestMessagesFillPlaceholders(t *testing.T) {
	for _, name := range []string{"client-a", "client-b", "client-c", "client-d", "client-e", "adult-depression"} {
		r := check(t, loadPlan(t, name))
		for _, f := range r.Findings {
			msg := f.Message()
			assert.NotContains(t, msg, "{", "%s: %s", f.Rule, msg)
			assert.NotEmpty(t, f.Title())
		}
	}
	for _, tc := range ruleCases {
		p := loadPlan(t, tc.base)
		if tc.mutate != nil {
			tc.mutate(&p)
		}
		for _, f := range check(t, p).Findings {
			assert.NotContains(t, f.Message(), "{", "%s: %s", f.Rule, f.Message())
		}
	}
}

func TestWriteText(t *testing.T) {
	r := check(t, loadPlan(t, "client-e"))
	var b strings.Builder
	require.NoError(t, r.WriteText(&b))
	out := b.String()
	assert.Contains(t, out, "WARNING")
	assert.Contains(t, out, "[PLN017]")
	assert.Contains(t, out, "Sources\n  [1] ")
	assert.Equal(t, 1, strings.Count(out, "Generalised anxiety disorder and panic disorder in adults: management (NICE clinical guideline CG113). National Institute for Health and Care Excellence, 2011; panic disorder"),
		"each source is listed once")
	require.NoError(t, os.WriteFile(filepath.Join(t.TempDir(), "x"), []byte(out), 0o600))
	assert.Error(t, r.WriteText(failingWriter{}))
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("test: write failed") }
