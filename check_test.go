package integrative_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/internal/sample"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
	"github.com/wholeperson/integrative/validation"
)

// loadPlan decodes the named sample plan.
func loadPlan(t testing.TB, name string) integrative.Plan {
	t.Helper()
	data, ok := sample.Plan(name)
	require.True(t, ok, name)
	p, err := integrative.DecodePlan(data)
	require.NoError(t, err)
	return p
}

func check(t testing.TB, p integrative.Plan, opts ...integrative.Option) integrative.Report {
	t.Helper()
	r, err := integrative.Check(p, opts...)
	require.NoError(t, err)
	return r
}

func rulesOf(r integrative.Report) []string {
	var ids []string
	for _, f := range r.Findings {
		if !slices.Contains(ids, f.Rule) {
			ids = append(ids, f.Rule)
		}
	}
	return ids
}

func date(s string) assessment.Date {
	d, err := assessment.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// answers returns answers to items "1", "2", ... with the given values.
func answers(values ...int) []assessment.Answer { return assessment.Values(values...) }

// A plan a careful clinician would sign raises no warning and nothing
// critical: the veteran with PTSD and alcohol use (sample client A), an
// adult with depression, a child with oppositional defiant disorder
// (sample client C), and an adolescent whose item-9 flag was answered by a
// same-day risk assessment and safety plan (sample client B).
func TestCleanPlansRaiseNoWarning(t *testing.T) {
	for _, name := range []string{"client-a", "adult-depression", "client-c", "client-b"} {
		t.Run(name, func(t *testing.T) {
			r := check(t, loadPlan(t, name))
			for _, f := range r.Findings {
				assert.Equal(t, integrative.SeverityInfo, f.Severity, "%s %s: %s", f.Rule, f.Subject, f.Message())
			}
			assert.Zero(t, r.Counts.Critical)
			assert.Zero(t, r.Counts.Warning)
		})
	}
}

// An incomplete response is not scored and not an input error; the flag
// its answers raise is reported all the same.
func TestIncompleteResponseKeepsItsFlag(t *testing.T) {
	p := loadPlan(t, "adult-depression")
	p.Intake.Responses[0].Answers[8].Value = new(2)                                    // item 9: more than half the days
	p.Intake.Responses[0].Answers[5].Value = nil                                       // item 6 unanswered
	p.Intake.Responses[0].Answers = slices.Delete(p.Intake.Responses[0].Answers, 3, 4) // item 4 missing
	p.Safety = integrative.Safety{}
	r := check(t, p)
	fs := r.Find("ASM003")
	require.Len(t, fs, 1)
	assert.Equal(t, integrative.SeverityWarning, fs[0].Severity)
	missing, _ := fs[0].Value("missing")
	assert.Equal(t, "2", missing)
	items, _ := fs[0].Value("items")
	assert.Equal(t, "4", items)
	flags := r.Find("ASM001")
	require.Len(t, flags, 1, "the item-9 flag survives the incomplete response")
	assert.Equal(t, integrative.SeverityCritical, flags[0].Severity)
	assert.Empty(t, r.Find("PLN062"), "an unscored response feeds no other rule")
}

// A malformed plan is an error, and the suicide-risk findings its
// responses raise come with it.
func TestMalformedPlanKeepsSafetyFindings(t *testing.T) {
	p := loadPlan(t, "adult-depression")
	p.Intake.Responses[0].Answers[8].Value = new(3)
	p.Intake.Responses[0].Answers[0].Value = new(7)     // out of range: the response is invalid
	p.Medication.Prescriptions[0].Prescriber = "nobody" // and the plan is malformed elsewhere too
	p.Safety = integrative.Safety{}
	r, err := integrative.Check(p)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("medication/prescriptions/0/prescriber", integrative.ErrUnknownKey))
	fs := r.Find("ASM001")
	require.Len(t, fs, 1)
	assert.Equal(t, integrative.SeverityCritical, fs[0].Severity)
	assert.Equal(t, []string{"ASM001"}, r.Rules)
	assert.Len(t, r.Findings, 1, "nothing else is reported for a malformed plan")

	p.Intake.Responses[0].Answers[8].Value = new(0)
	r, err = integrative.Check(p)
	require.Error(t, err)
	assert.Empty(t, r.Findings)
}

// Sample client B's item-9 flag is addressed: info, not critical.
func TestSuicideFlagAddressed(t *testing.T) {
	r := check(t, loadPlan(t, "client-b"))
	fs := r.Find("ASM001")
	require.Len(t, fs, 1)
	assert.Equal(t, integrative.SeverityInfo, fs[0].Severity)
	assert.Equal(t, "same-day", fs[0].Grade)
	v, _ := fs[0].Value("addressed")
	assert.Equal(t, "yes", v)
}

// Sample client E: benzodiazepine-only care for panic disorder, intake
// never asked about substances or supplements, whole-person domains not
// assessed, no client goals.
func TestSampleClientE(t *testing.T) {
	r := check(t, loadPlan(t, "client-e"))
	ids := rulesOf(r)
	for _, want := range []string{"PLN001", "PLN016", "PLN017", "PLN030", "PLN032", "PLN040", "PLN050"} {
		assert.Contains(t, ids, want)
	}
	assert.Zero(t, r.Counts.Critical)
	for _, f := range r.Find("PLN017") {
		assert.Equal(t, integrative.SeverityWarning, f.Severity)
		assert.Equal(t, "medication/prescriptions/0", f.Subject)
	}
}

// Sample client D: lithium monitoring overdue and the NSAID interaction.
func TestSampleClientD(t *testing.T) {
	r := check(t, loadPlan(t, "client-d"))
	ids := rulesOf(r)
	assert.Contains(t, ids, "MED001")
	assert.Contains(t, ids, "MED007")
	assert.NotContains(t, ids, "PLN011", "no antidepressant")
	assert.NotContains(t, ids, "PLN012", "IPSRT is a psychosocial intervention for bipolar disorder")
}

func addCondition(p *integrative.Plan, code string) {
	p.Intake.Conditions = append(p.Intake.Conditions, assessment.Condition{Code: assessment.ICD10CM(code), Status: assessment.Confirmed})
}

// addRx adds a prescription started on the evaluation date, by the team's
// first prescriber.
func addRx(p *integrative.Plan, key, agent string, mg float64) {
	prescriber := ""
	for _, m := range p.Team {
		if m.Prescriber {
			prescriber = m.Key
			break
		}
	}
	p.Medication.Prescriptions = append(p.Medication.Prescriptions, integrative.Prescription{
		Key: key, Prescriber: prescriber,
		Prescription: medication.Prescription{
			Agent: medication.AgentID(agent), Dose: medication.Dose{Amount: mg, Unit: medication.UnitMg},
			Frequency: medication.OnceDaily, Start: p.AsOf,
		},
	})
}

func addComponent(p *integrative.Plan, key, mod string, phase modality.Phase) {
	p.Psychotherapy.Components = append(p.Psychotherapy.Components, integrative.Component{Component: modality.Component{
		Key: key, Modality: modality.ID(mod), Phase: phase, Clinician: "psychologist", Start: p.Intake.Date.AddDays(3),
		Rationale: "indicated", Explanation: "explained",
	}})
}

func dropComponent(p *integrative.Plan, key string) {
	p.Psychotherapy.Components = slices.DeleteFunc(p.Psychotherapy.Components, func(c integrative.Component) bool { return c.Key == key })
	p.Interventions = slices.DeleteFunc(p.Interventions, func(iv integrative.Intervention) bool { return iv.Component == key })
	for i := range p.Decisions {
		p.Decisions[i].Components = slices.DeleteFunc(p.Decisions[i].Components, func(k string) bool { return k == key })
	}
}

func dropRx(p *integrative.Plan, key string) {
	p.Medication.Prescriptions = slices.DeleteFunc(p.Medication.Prescriptions, func(x integrative.Prescription) bool { return x.Key == key })
	p.Interventions = slices.DeleteFunc(p.Interventions, func(iv integrative.Intervention) bool { return iv.Prescription == key })
	for i := range p.Decisions {
		p.Decisions[i].Prescriptions = slices.DeleteFunc(p.Decisions[i].Prescriptions, func(k string) bool { return k == key })
	}
	p.Decisions = slices.DeleteFunc(p.Decisions, func(d integrative.Decision) bool {
		return len(d.Prescriptions)+len(d.Components)+len(d.Conditions)+len(d.Instruments) == 0
	})
}

// addResponse adds a response, updating the intake's date when the
// response is later (a re-measurement).
func addResponse(p *integrative.Plan, id assessment.InstrumentID, day string, values ...int) {
	d := date(day)
	p.Intake.Responses = append(p.Intake.Responses, assessment.Response{Instrument: id, Date: d, Answers: answers(values...)})
	if d.After(p.Intake.Date) {
		p.Intake.Date = d
	}
}

// ruleCase plants one rule's problem in a plan that is clean of it.
type ruleCase struct {
	rule     string
	base     string
	mutate   func(*integrative.Plan)
	severity integrative.Severity
	subject  string
}

var ruleCases = []ruleCase{
	{"ASM001", "adult-depression", func(p *integrative.Plan) {
		p.Intake.Responses[0].Answers[8].Value = new(1)
		p.Safety = integrative.Safety{}
	}, integrative.SeverityCritical, "intake/responses/0"},
	{"ASM001", "adult-depression", func(p *integrative.Plan) {
		p.Intake.Responses[0].Answers[8].Value = new(2)
		p.Safety = integrative.Safety{RiskAssessment: date("2026-02-02"), SafetyPlan: date("2026-02-01")}
	}, integrative.SeverityCritical, "intake/responses/0"}, // a safety plan older than the response does not count
	{"ASM001", "adult-depression", func(p *integrative.Plan) {
		p.Intake.Responses[0].Answers[8].Value = new(1)
		p.Safety = integrative.Safety{RiskAssessment: date("2026-02-02"), SafetyPlan: date("2026-02-03")}
	}, integrative.SeverityInfo, "intake/responses/0"},
	{"ASM003", "adult-depression", func(p *integrative.Plan) {
		p.Intake.Responses[0].Answers[5].Value = nil
	}, integrative.SeverityWarning, "intake/responses/0"},
	{"ASM002", "adult-depression", func(p *integrative.Plan) {
		addResponse(p, "who-5", "2026-02-02", 0, 3, 3, 3, 3)
		p.Remeasurements = append(p.Remeasurements, integrative.Remeasurement{Instrument: "who-5", Next: date("2026-03-02")})
	}, integrative.SeverityInfo, "intake/responses/1"},
	{"MED001", "adult-depression", func(p *integrative.Plan) {
		addRx(p, "rx-phenelzine", "phenelzine", 15)
	}, integrative.SeverityCritical, "medication/prescriptions/1"},
	{"MED003", "client-d", func(p *integrative.Plan) {
		p.Intake.Client = assessment.Client{Age: 30, Sex: assessment.SexFemale, PregnancyPossible: assessment.Yes}
		addRx(p, "rx-valproate", "valproate", 500)
	}, integrative.SeverityCritical, "medication/prescriptions/3"},
	{"MED001", "adult-depression", func(p *integrative.Plan) {
		addRx(p, "rx-oxycodone", "oxycodone", 10)
		addRx(p, "rx-alprazolam", "alprazolam", 1)
	}, integrative.SeverityCritical, "medication/prescriptions/1"}, // boxed warning on the combination
	{"MED012", "adult-depression", func(p *integrative.Plan) {
		p.Medication.Prescriptions[0].Dose = medication.Dose{Amount: 50, Unit: medication.UnitG}
	}, integrative.SeverityCritical, "medication/prescriptions/0"},
	{"MED013", "adult-depression", func(p *integrative.Plan) {
		p.Medication.Prescriptions[0].Dose = medication.Dose{}
	}, integrative.SeverityInfo, "medication/prescriptions/0"},
	{"MED004", "adult-depression", func(p *integrative.Plan) {
		p.Medication.Prescriptions[0].Dose.Amount = 300
	}, integrative.SeverityWarning, "medication/prescriptions/0"},
	{"MED007", "client-d", nil, integrative.SeverityWarning, "medication/prescriptions/0"},
	{"MED011", "adult-depression", func(p *integrative.Plan) {
		p.Intake.Supplements = append(p.Intake.Supplements, assessment.SupplementUse{Name: "an unlisted herbal blend"})
	}, integrative.SeverityInfo, "intake/supplements/0"},
	{"MOD001", "client-a", func(p *integrative.Plan) { p.Psychotherapy.Home = "" }, integrative.SeverityWarning, "psychotherapy/home"},
	{"MOD011", "adult-depression", func(p *integrative.Plan) {
		p.Team[1].Competencies = nil
	}, integrative.SeverityWarning, "psychotherapy/components/0"},
	{"MOD013", "client-c", nil, integrative.SeverityInfo, "psychotherapy/components/0"},
	{"TIC001", "adult-depression", func(p *integrative.Plan) { p.Delivery.NotDone = nil }, integrative.SeverityInfo, "delivery/practices"},
	{"TIC002", "client-a", func(p *integrative.Plan) {
		p.Delivery.CareLanguages = []language.Tag{language.French}
	}, integrative.SeverityWarning, "delivery/careLanguages"},
	{"TIC005", "client-a", func(p *integrative.Plan) {
		p.Delivery.Readiness[3].Met = assessment.No
	}, integrative.SeverityWarning, "psychotherapy/components/1"},
	{"PLN001", "adult-depression", func(p *integrative.Plan) { p.Interventions = nil }, integrative.SeverityWarning, "intake/conditions/0"},
	{"PLN002", "adult-depression", func(p *integrative.Plan) { addCondition(p, "F10.20") }, integrative.SeverityWarning, "intake/conditions/1"},
	{"PLN002", "adult-depression", func(p *integrative.Plan) {
		addResponse(p, "audit", "2026-02-02", 4, 2, 2, 2, 1, 1, 3, 1, 0, 2)
	}, integrative.SeverityWarning, "intake/responses/1"},
	{"PLN002", "adult-depression", func(p *integrative.Plan) { addCondition(p, "F10.929") }, integrative.SeverityWarning, "intake/conditions/1"},
	{"PLN003", "adult-depression", func(p *integrative.Plan) { addCondition(p, "F10.20") }, integrative.SeverityWarning, "intake/conditions/1"},
	{"PLN010", "adult-depression", func(p *integrative.Plan) { dropComponent(p, "c-ba") }, integrative.SeverityInfo, "intake/conditions/0"},
	{"PLN011", "client-d", func(p *integrative.Plan) {
		addRx(p, "rx-sertraline", "sertraline", 50)
		dropRx(p, "rx-lithium")
		dropRx(p, "rx-lamotrigine")
	}, integrative.SeverityInfo, "medication/prescriptions/1"},
	{"PLN011", "client-d", func(p *integrative.Plan) {
		addRx(p, "rx-sertraline", "sertraline", 50)
		dropRx(p, "rx-lithium")
		dropRx(p, "rx-lamotrigine")
		p.Intake.Conditions[0].Code = "F31.31"
		p.Problems[0].Conditions[0] = "F31.31"
	}, integrative.SeverityWarning, "medication/prescriptions/1"},
	{"PLN012", "client-d", func(p *integrative.Plan) { dropComponent(p, "c-ipsrt") }, integrative.SeverityInfo, "intake/conditions/0"},
	{"PLN013", "client-a", func(p *integrative.Plan) { dropComponent(p, "c-cpt") }, integrative.SeverityWarning, "intake/conditions/0"},
	{"PLN013", "client-c", func(p *integrative.Plan) {
		addCondition(p, "F43.10")
		addComponent(p, "c-pe", "pe", modality.Processing)
	}, integrative.SeverityWarning, "intake/conditions/1"}, // prolonged exposure is studied in adults and adolescents, not a 9-year-old
	{"PLN014", "client-a", func(p *integrative.Plan) { addRx(p, "rx-lorazepam", "lorazepam", 1) }, integrative.SeverityWarning, "medication/prescriptions/3"},
	{"PLN015", "adult-depression", func(p *integrative.Plan) { addCondition(p, "F42.2") }, integrative.SeverityWarning, "intake/conditions/1"},
	{"PLN016", "client-e", nil, integrative.SeverityInfo, "intake/conditions/0"},
	{"PLN017", "client-e", nil, integrative.SeverityWarning, "medication/prescriptions/0"},
	{"PLN018", "client-a", func(p *integrative.Plan) { dropComponent(p, "c-cbti") }, integrative.SeverityWarning, "intake/conditions/3"},
	{"PLN019", "adult-depression", func(p *integrative.Plan) { addCondition(p, "F10.20") }, integrative.SeverityWarning, "intake/conditions/1"},
	{"PLN020", "adult-depression", func(p *integrative.Plan) { addCondition(p, "F10.10") }, integrative.SeverityInfo, "intake/conditions/1"},
	{"PLN021", "adult-depression", func(p *integrative.Plan) { addCondition(p, "F11.20") }, integrative.SeverityWarning, "intake/conditions/1"},
	{"PLN022", "adult-depression", func(p *integrative.Plan) {
		addResponse(p, "gad-7", "2026-02-02", 2, 2, 2, 2, 2, 1, 1)
		p.Remeasurements = append(p.Remeasurements, integrative.Remeasurement{Instrument: "gad-7", Next: date("2026-03-02")})
	}, integrative.SeverityWarning, "intake/responses/1"},
	{"PLN030", "client-e", nil, integrative.SeverityInfo, "intake/domains"},
	{"PLN031", "adult-depression", func(p *integrative.Plan) { p.Intake.Sleep.HoursPerNight = new(5.0) }, integrative.SeverityInfo, "intake/sleep"},
	{"PLN031", "adult-depression", func(p *integrative.Plan) {
		p.Intake.Movement.DaysPerWeek = new(0)
		p.Lifestyle = nil
	}, integrative.SeverityInfo, "intake/movement/daysPerWeek"},
	{"PLN032", "client-e", nil, integrative.SeverityWarning, "intake/domains"},
	{"PLN040", "adult-depression", func(p *integrative.Plan) {
		for i := range p.Goals {
			p.Goals[i].ClientWords = false
		}
	}, integrative.SeverityInfo, "goals"},
	{"PLN041", "adult-depression", func(p *integrative.Plan) { p.Goals[0].Kind = integrative.GoalSymptom }, integrative.SeverityInfo, "goals"},
	{"PLN042", "adult-depression", func(p *integrative.Plan) { p.Decisions = nil }, integrative.SeverityInfo, "medication/prescriptions/0"},
	{"PLN043", "adult-depression", func(p *integrative.Plan) {
		p.Intake.Preferences.Medication = assessment.NotOpen
		p.Decisions = nil
	}, integrative.SeverityWarning, "medication/prescriptions/0"},
	{"PLN050", "adult-depression", func(p *integrative.Plan) { p.Medication.Prescriptions[0].Prescriber = "" }, integrative.SeverityWarning, "medication/prescriptions/0"},
	{"PLN050", "adult-depression", func(p *integrative.Plan) { p.Team[0].Prescriber = false }, integrative.SeverityWarning, "medication/prescriptions/0"},
	{"PLN051", "adult-depression", func(p *integrative.Plan) { p.Psychotherapy.Components[0].Clinician = "" }, integrative.SeverityInfo, "psychotherapy/components/0"},
	{"PLN052", "adult-depression", func(p *integrative.Plan) { p.Coordination = integrative.Coordination{} }, integrative.SeverityWarning, "coordination"},
	{"PLN053", "adult-depression", func(p *integrative.Plan) { p.Coordination.MedicationChangesShared = false }, integrative.SeverityInfo, "coordination/medicationChangesShared"},
	{"PLN060", "adult-depression", func(p *integrative.Plan) { p.Remeasurements = nil }, integrative.SeverityInfo, "intake/responses/0"},
	{"PLN061", "adult-depression", func(p *integrative.Plan) {
		p.AsOf = date("2026-04-06")
		addResponse(p, "phq-9", "2026-04-06", 2, 2, 2, 2, 2, 2, 2, 1, 0)
		p.Medication.Monitoring = nil
	}, integrative.SeverityWarning, "medication/prescriptions/0"},
	{"PLN062", "adult-depression", func(p *integrative.Plan) {
		p.AsOf = date("2026-04-06")
		addResponse(p, "phq-9", "2026-04-06", 1, 0, 1, 0, 1, 0, 0, 0, 0)
		p.Medication.Monitoring = nil
	}, integrative.SeverityInfo, "intake/responses/1"},
}

// Each rule fires on the plan that plants its problem, at the expected
// severity and subject, and not on the clean plan it started from.
func TestRulesPositiveAndNegative(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.rule+"/"+tc.base+"/"+tc.subject, func(t *testing.T) {
			p := loadPlan(t, tc.base)
			base := check(t, p)
			if tc.mutate == nil {
				require.NotEmpty(t, base.Find(tc.rule), "the sample plan itself has the problem")
			} else {
				for _, f := range base.Find(tc.rule) {
					assert.NotEqual(t, tc.subject, f.Subject, "the base plan is clean of the rule at the subject")
				}
				tc.mutate(&p)
			}
			r := check(t, p)
			var got []string
			for _, f := range r.Find(tc.rule) {
				got = append(got, f.Severity.String()+" "+f.Subject)
				if f.Subject == tc.subject {
					assert.Equal(t, tc.severity, f.Severity, f.Message())
					assert.NotEmpty(t, f.Sources)
					assert.NotEmpty(t, f.Basis)
					assert.True(t, f.Strength.Valid())
					return
				}
			}
			t.Errorf("no %s finding at %s; got %v (all rules: %v)", tc.rule, tc.subject, got, rulesOf(r))
		})
	}
}

// Every ASM and PLN rule has a planted case above.
func TestEveryPlanRuleHasACase(t *testing.T) {
	for _, r := range integrative.Rules() {
		if !strings.HasPrefix(r.ID, "PLN") && !strings.HasPrefix(r.ID, "ASM") {
			continue
		}
		assert.True(t, slices.ContainsFunc(ruleCases, func(c ruleCase) bool { return c.rule == r.ID }), "%s has no case", r.ID)
	}
}

// What closes a rule: an offer the client declined, a recorded decision,
// the treatment itself.
func TestRulesClosedBy(t *testing.T) {
	tests := []struct {
		name   string
		base   string
		rule   string
		mutate func(*integrative.Plan)
	}{
		{"declined CPT counts as offered", "client-a", "PLN013", func(p *integrative.Plan) {
			for i := range p.Psychotherapy.Components {
				if p.Psychotherapy.Components[i].Key == "c-cpt" {
					p.Psychotherapy.Components[i].Declined = true
				}
			}
		}},
		{"a decision about PTSD", "client-a", "PLN013", func(p *integrative.Plan) {
			dropComponent(p, "c-cpt")
			p.Decisions = append(p.Decisions, integrative.Decision{Date: date("2026-01-06"), Kind: integrative.DecisionDeclined,
				Conditions: []assessment.ICD10CM{"F43.10"}, Reason: "wants to wait until sleep improves"})
		}},
		{"naltrexone for AUD", "adult-depression", "PLN019", func(p *integrative.Plan) {
			addCondition(p, "F10.20")
			addRx(p, "rx-naltrexone", "naltrexone", 50)
		}},
		{"AUD in remission", "adult-depression", "PLN019", func(p *integrative.Plan) { addCondition(p, "F10.21") }},
		{"buprenorphine for OUD", "adult-depression", "PLN021", func(p *integrative.Plan) {
			addCondition(p, "F11.20")
			addRx(p, "rx-bup", "buprenorphine", 8)
		}},
		{"ERP for OCD", "adult-depression", "PLN015", func(p *integrative.Plan) {
			addCondition(p, "F42.2")
			addComponent(p, "c-erp", "erp", modality.Stabilization)
		}},
		{"an SSRI for panic", "client-e", "PLN017", func(p *integrative.Plan) {
			p.Team = []integrative.Member{{Key: "psychiatrist", Role: integrative.Psychiatrist, Prescriber: true}}
			addRx(p, "rx-sertraline", "sertraline", 50)
		}},
		{"a decision on the positive screen", "adult-depression", "PLN022", func(p *integrative.Plan) {
			addResponse(p, "gad-7", "2026-02-02", 2, 2, 2, 2, 2, 1, 1)
			p.Decisions = append(p.Decisions, integrative.Decision{Date: date("2026-02-03"), Kind: integrative.DecisionWait,
				Instruments: []assessment.InstrumentID{"gad-7"}, Reason: "repeat in four weeks"})
		}},
		{"PHQ-2 followed by the PHQ-9", "adult-depression", "PLN022", func(p *integrative.Plan) {
			addResponse(p, "phq-2", "2026-02-01", 2, 2)
		}},
		{"a sleep goal", "adult-depression", "PLN031", func(p *integrative.Plan) {
			p.Intake.Sleep.HoursPerNight = new(5.0)
			p.Lifestyle = append(p.Lifestyle, integrative.Lifestyle{Key: "l-sleep", Kind: integrative.LifestyleSleep, Text: "same wake time daily"})
		}},
		{"one clinician needs no coordination", "adult-depression", "PLN052", func(p *integrative.Plan) {
			p.Coordination = integrative.Coordination{}
			p.Team = p.Team[:1]
			p.Psychotherapy.Components[0].Clinician = "psychiatrist"
			p.Team[0].Competencies = []modality.Competency{{Modality: "ba", Basis: modality.Trained}}
		}},
		{"TF-CBT for a child with PTSD", "client-c", "PLN013", func(p *integrative.Plan) {
			addCondition(p, "F43.10")
			addComponent(p, "c-tfcbt", "tf-cbt", modality.Processing)
		}},
		{"alcohol use without a use disorder needs no addiction specialist", "adult-depression", "PLN003", func(p *integrative.Plan) {
			addCondition(p, "F10.929")
		}},
		{"a child is not asked for combined depression treatment", "adult-depression", "PLN010", func(p *integrative.Plan) {
			p.Intake.Client.Age = 15
			dropComponent(p, "c-ba")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := loadPlan(t, tt.base)
			tt.mutate(&p)
			r := check(t, p)
			assert.Empty(t, r.Find(tt.rule), "%v", rulesOf(r))
		})
	}
}

// An acknowledged finding stays in the report, marked with the latest
// acknowledgement that covers it.
func TestAcknowledgements(t *testing.T) {
	p := loadPlan(t, "adult-depression")
	p.Coordination = integrative.Coordination{}
	p.Acknowledgements = []integrative.Acknowledgement{
		{Rule: "PLN052", Reason: "weekly corridor talks", Date: date("2026-02-10"), By: "psychiatrist"},
		{Rule: "PLN052", Subject: "coordination", Reason: "monthly case review starts in March", Date: date("2026-02-12")},
		{Rule: "PLN001", Subject: "intake/conditions/9", Reason: "another subject", Date: date("2026-02-12")},
	}
	r := check(t, p)
	fs := r.Find("PLN052")
	require.Len(t, fs, 1)
	require.NotNil(t, fs[0].Acknowledged)
	assert.Equal(t, "monthly case review starts in March", fs[0].Acknowledged.Reason)
	assert.Equal(t, 1, r.Counts.Acknowledged)
	assert.Equal(t, 1, r.Counts.Warning, "an acknowledged finding is still counted")
	assert.Equal(t, integrative.SeverityInfo, r.Highest(), "nothing unacknowledged above info")
}

func TestOptions(t *testing.T) {
	p := loadPlan(t, "client-e")
	r := check(t, p, integrative.WithRules("PLN017", "PLN050"))
	assert.Equal(t, []string{"PLN017", "PLN050"}, r.Rules)
	assert.ElementsMatch(t, []string{"PLN017", "PLN050"}, rulesOf(r))

	r = check(t, p, integrative.WithoutRules("PLN017"), nil)
	assert.NotContains(t, rulesOf(r), "PLN017")
	assert.NotContains(t, r.Rules, "PLN017")

	host := integrative.Rule{
		ID: "HOST001", Title: "benzodiazepine on the clinic's review list", Doc: "Clinic policy.",
		Severity: integrative.SeverityInfo, Strength: integrative.Rules()[0].Strength,
		Sources: integrative.Rules()[0].Sources, Since: "clinic-1", Message: "{agent} needs pharmacy review",
		Check: func(pass *integrative.Pass) {
			for i, x := range pass.Plan.Medication.Prescriptions {
				if x.Agent == "alprazolam" {
					pass.Report(integrative.Finding{Subject: "medication/prescriptions/" + strconv.Itoa(i),
						Values: []integrative.Value{{Name: "agent", Value: string(x.Agent)}}})
				}
			}
		},
	}
	r = check(t, p, integrative.WithHostRules(host))
	fs := r.Find("HOST001")
	require.Len(t, fs, 1)
	assert.Equal(t, integrative.SeverityInfo, fs[0].Severity, "the rule's default severity")
	assert.NotEmpty(t, fs[0].Sources, "the rule's sources")
	assert.Equal(t, "HOST001", r.Rules[len(r.Rules)-1], "host rules run last")

	_, err := integrative.Check(p, integrative.WithRules("PLN999"))
	assert.ErrorIs(t, err, integrative.ErrUnknownRule)
	_, err = integrative.Check(p, integrative.WithoutRules("nope"))
	assert.ErrorIs(t, err, integrative.ErrUnknownRule)
	bad := host
	bad.ID = "PLN001"
	_, err = integrative.Check(p, integrative.WithHostRules(bad))
	assert.ErrorIs(t, err, integrative.ErrDuplicateRule)
	bad = host
	bad.Sources = nil
	bad.Title = "Capitalised"
	_, err = integrative.Check(p, integrative.WithHostRules(bad))
	assert.ErrorIs(t, err, integrative.ErrBadRule)
}

func TestCatalogOptions(t *testing.T) {
	p := loadPlan(t, "adult-depression")
	r := check(t, p,
		integrative.WithAssessmentCatalog(assessment.Builtin()),
		integrative.WithMedicationCatalog(medication.Builtin()),
		integrative.WithModalityCatalog(modality.Builtin()),
		integrative.WithPracticeCatalog(traumainformed.Builtin()),
		integrative.WithMedicationCatalog(nil),
	)
	for _, c := range r.Catalogs[:4] {
		assert.Equal(t, "host", c.Version, c.Name)
	}
	r = check(t, p)
	assert.Equal(t, medication.CatalogVersion, r.Catalogs[1].Version)
	assert.Equal(t, integrative.RulesVersion, r.Catalogs[4].Version)
}

// Same plan, same report, from any number of goroutines.
func TestCheckIsDeterministicAndConcurrent(t *testing.T) {
	p := loadPlan(t, "client-e")
	want := check(t, p)
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for range 20 {
				got, err := integrative.Check(p)
				if assert.NoError(t, err) {
					assert.Equal(t, want, got)
				}
			}
		})
	}
	wg.Wait()
}

// Findings are sorted by severity, then rule, then subject.
func TestFindingsSorted(t *testing.T) {
	r := check(t, loadPlan(t, "client-e"))
	for i := 1; i < len(r.Findings); i++ {
		a, b := r.Findings[i-1], r.Findings[i]
		assert.GreaterOrEqual(t, a.Severity, b.Severity)
		if a.Severity == b.Severity {
			assert.LessOrEqual(t, a.Rule, b.Rule)
		}
	}
}

// A report shares no memory with the rule catalog or the plan.
func TestReportSharesNoMemory(t *testing.T) {
	p := loadPlan(t, "client-e")
	r := check(t, p)
	sourcesOf := func(rules []integrative.Rule) [][]evidence.Source {
		out := make([][]evidence.Source, len(rules))
		for i, r := range rules {
			out[i] = r.Sources
		}
		return out
	}
	before := sourcesOf(integrative.Rules())
	for i := range r.Findings {
		for j := range r.Findings[i].Sources {
			r.Findings[i].Sources[j].Title = "changed"
		}
	}
	assert.Equal(t, before, sourcesOf(integrative.Rules()))
	again := check(t, p)
	for _, f := range again.Findings {
		for _, s := range f.Sources {
			assert.NotEqual(t, "changed", s.Title)
		}
	}
	rule, ok := integrative.LookupRule("PLN001")
	require.True(t, ok)
	rule.Sources[0].Title = "changed"
	rule2, _ := integrative.LookupRule("PLN001")
	assert.NotEqual(t, "changed", rule2.Sources[0].Title)
}

// TestPlantedPlans keeps examples/plancheck/testdata/planted in step with
// the planted cases above: one plan file per case, rewritten with -update.
func TestPlantedPlans(t *testing.T) {
	dir := filepath.Join("examples", "plancheck", "testdata", "planted")
	written := map[string]bool{}
	defer func() {
		existing, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range existing {
			assert.True(t, written[filepath.Base(f)], "%s is stale: no case plants it (remove it)", f)
		}
	}()
	count := map[string]int{}
	for _, tc := range ruleCases {
		if tc.mutate == nil {
			continue // the sample plan itself plants the problem
		}
		count[tc.rule]++
		p := loadPlan(t, tc.base)
		tc.mutate(&p)
		data, err := json.MarshalIndent(p, "", "  ")
		require.NoError(t, err)
		name := fmt.Sprintf("%s-%d.json", strings.ToLower(tc.rule), count[tc.rule])
		written[name] = true
		golden.Check(t, filepath.Join("..", "examples", "plancheck", "testdata", "planted", name), append(data, '\n'))
	}
}
