package medication_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
)

// A regimen with nothing to flag: sertraline at a usual dose with its early
// follow-up done, prazosin, and a person with no relevant conditions.
func TestReviewNothingToFlag(t *testing.T) {
	r := medication.Regimen{
		Prescriptions: []medication.Prescription{
			rx("sertraline", 100, medication.OnceDaily, "2026-09-01"),
			rx("prazosin", 2, medication.AtBedtime, "2026-09-01"),
		},
		Supplements: []medication.Use{{Agent: "omega-3"}},
		Monitoring:  []medication.MonitoringEvent{{Test: medication.TestFollowUp, Date: day("2026-09-12")}},
	}
	cs := review(t, r, medication.Context{Conditions: []assessment.Condition{{Code: "F43.10", Status: assessment.Confirmed}}})
	assert.Empty(t, cs)
}

// Client A of the sample clients: PTSD, alcohol use disorder and
// depression; sertraline raised to 100 mg after two weeks, naltrexone,
// prazosin, melatonin bought himself, and alcohol. A reviewer expects no
// critical concern and no melatonin-sertraline rule (no source supports
// one).
func TestReviewClientA(t *testing.T) {
	r := medication.Regimen{
		Prescriptions: []medication.Prescription{
			{Agent: "sertraline", Dose: mg(50), Frequency: medication.OnceDaily, Start: day("2026-10-01"),
				Changes: []medication.DoseChange{{Date: day("2026-10-15"), Dose: mg(100)}}},
			rx("naltrexone", 50, medication.OnceDaily, "2026-10-01"),
			rx("prazosin", 1, medication.AtBedtime, "2026-10-01"),
		},
		Supplements: []medication.Use{{Agent: "melatonin", SelfStarted: assessment.Yes}},
		Substances:  []medication.Use{{Agent: "alcohol", Frequency: assessment.Daily}},
		Monitoring:  []medication.MonitoringEvent{{Test: medication.TestFollowUp, Date: day("2026-10-22")}},
	}
	ctx := medication.Context{Client: assessment.Client{Age: 42, Sex: assessment.SexMale}, Conditions: []assessment.Condition{
		{Code: "F43.10", Status: assessment.Confirmed}, {Code: "F10.20", Status: assessment.Confirmed}, {Code: "F32.1", Status: assessment.Confirmed},
	}}
	cs := review(t, r, ctx)
	for _, c := range cs {
		assert.Less(t, c.Severity, medication.SeverityMajor, "%s", c.Rule)
		assert.NotEqual(t, []medication.AgentID{"melatonin", "sertraline"}, c.Agents)
	}
}

// Client D of the sample clients: bipolar II on lithium and lamotrigine,
// ibuprofen for knee pain, St John's wort started on a friend's advice;
// lithium started 14 months ago, last level 7 months ago.
func TestReviewClientD(t *testing.T) {
	r := medication.Regimen{
		Prescriptions: []medication.Prescription{
			rx("lithium", 300, medication.TwiceDaily, "2025-09-20"),
			rx("lamotrigine", 200, medication.OnceDaily, "2024-03-01"),
			{Agent: "ibuprofen", Dose: mg(400), Frequency: medication.ThreeTimesDaily, AsNeeded: true, Start: day("2026-06-01")},
		},
		Supplements: []medication.Use{{Agent: "st-johns-wort", SelfStarted: assessment.Yes}},
		Monitoring:  []medication.MonitoringEvent{{Test: medication.TestLithiumLevel, Date: day("2026-04-20")}},
	}
	ctx := medication.Context{Client: assessment.Client{Age: 60, Sex: assessment.SexFemale},
		Conditions: []assessment.Condition{{Code: "F31.81", Status: assessment.Confirmed}}}
	cs := review(t, r, ctx)
	got := rulesOf(cs)
	for _, want := range []string{"lithium-clearance", "st-johns-wort-bipolar", "lithium-level", "lithium-renal", "lithium-thyroid"} {
		assert.Contains(t, got, want)
	}
	// St John's wort with lithium has no documented interaction (issue 9
	// item 12): no interaction concern names both.
	for _, c := range find(cs, medication.ConcernInteraction) {
		assert.False(t, slices.Contains(c.Agents, "st-johns-wort") && slices.Contains(c.Agents, "lithium"), "%s", c.Rule)
	}
	assert.Equal(t, medication.SeverityModerate, got["lithium-clearance"].Severity, "label: monitor levels and adjust the dose")
	assert.Equal(t, medication.ConcernMonitoringOverdue, got["lithium-level"].Kind)
	assert.Equal(t, []string{"prescriptions/0", "prescriptions/2"}, got["lithium-clearance"].Paths)
	assert.Equal(t, []string{"supplements/0"}, got["st-johns-wort-bipolar"].Paths)
}

func TestReviewValidation(t *testing.T) {
	bad := medication.Regimen{Prescriptions: []medication.Prescription{{Agent: "sertraline", Dose: mg(-1), Frequency: medication.OnceDaily, Start: day("2026-01-01")}}}
	_, err := medication.Review(bad, medication.Context{Client: assessment.Client{Age: 200}, Conditions: []assessment.Condition{{Code: "nope"}}})
	assertHas(t, err, "asOf", medication.ErrBadDate)
	assertHas(t, err, "client/age", assessment.ErrBadAge)
	assertHas(t, err, "client/sex", assessment.ErrBadValue)
	assertHas(t, err, "conditions/0/code", assessment.ErrBadCode)
	assertHas(t, err, "regimen/prescriptions/0/dose/amount", medication.ErrBadDose)
}

// The same regimen in any order gives the same concerns in the same order.
func TestReviewDeterministic(t *testing.T) {
	base := medication.Regimen{
		Prescriptions: []medication.Prescription{
			rx("lithium", 300, medication.TwiceDaily, "2025-09-20"),
			rx("sertraline", 250, medication.OnceDaily, "2026-01-01"),
			rx("tramadol", 50, medication.FourTimesDaily, "2026-10-01"),
			rx("lorazepam", 1, medication.TwiceDaily, "2026-10-01"),
			rx("quetiapine", 100, medication.AtBedtime, "2026-10-01"),
			rx("haloperidol", 5, medication.OnceDaily, "2026-10-01"),
		},
		Supplements: []medication.Use{{Agent: "st-johns-wort"}, {Agent: "melatonin"}},
		Substances:  []medication.Use{{Agent: "alcohol", Frequency: assessment.Weekly}, {Agent: "tobacco", Frequency: assessment.Daily}},
	}
	first := review(t, base, medication.Context{})
	require.NotEmpty(t, first)
	key := func(cs []medication.Concern) []string {
		var out []string
		for _, c := range cs {
			ids := make([]string, len(c.Agents))
			for i, a := range c.Agents {
				ids[i] = string(a)
			}
			slices.Sort(ids)
			out = append(out, c.Kind.String()+"/"+c.Rule+"/"+c.Severity.String()+"/"+joinStrings(ids))
		}
		slices.Sort(out)
		return out
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		shuffled := base
		shuffled.Prescriptions = slices.Clone(base.Prescriptions)
		rng.Shuffle(len(shuffled.Prescriptions), func(i, j int) {
			shuffled.Prescriptions[i], shuffled.Prescriptions[j] = shuffled.Prescriptions[j], shuffled.Prescriptions[i]
		})
		assert.Equal(t, key(first), key(review(t, shuffled, medication.Context{})))
	}
	again := review(t, base, medication.Context{})
	assert.Equal(t, first, again, "byte-identical on the same input")
	for i := 1; i < len(first); i++ {
		assert.GreaterOrEqual(t, first[i-1].Severity, first[i].Severity)
	}
}

func joinStrings(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += "+"
		}
		out += s
	}
	return out
}

// Substances not used in the past year are not screened.
func TestReviewIgnoresPastSubstances(t *testing.T) {
	r := medication.Regimen{
		Prescriptions: []medication.Prescription{rx("disulfiram", 250, medication.OnceDaily, "2026-10-01")},
		Substances:    []medication.Use{{Agent: "alcohol", Frequency: assessment.NotPastYear}},
	}
	assert.Empty(t, find(review(t, r, medication.Context{}), medication.ConcernInteraction))
	r.Substances[0].Frequency = assessment.Monthly
	assert.NotEmpty(t, find(review(t, r, medication.Context{}), medication.ConcernInteraction))
}

func TestOptionsIgnoreNil(t *testing.T) {
	assert.Empty(t, review(t, medication.Regimen{}, medication.Context{}, nil, medication.WithDueWindow(-3), medication.WithBaselineWindow(-1)))
}
