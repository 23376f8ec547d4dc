package medication_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
)

var adult = assessment.Client{Age: 45, Sex: assessment.SexMale}

func review(t *testing.T, r medication.Regimen, ctx medication.Context, opts ...medication.Option) []medication.Concern {
	t.Helper()
	if ctx.AsOf.IsZero() {
		ctx.AsOf = asOf
	}
	if ctx.Client.Age == 0 {
		ctx.Client = adult
	}
	cs, err := medication.Review(r, ctx, opts...)
	require.NoError(t, err)
	return cs
}

// find returns the concerns of one kind.
func find(cs []medication.Concern, kind medication.ConcernKind) []medication.Concern {
	var out []medication.Concern
	for _, c := range cs {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}

func stopped(p medication.Prescription, stop string, why medication.StopReason) medication.Prescription {
	p.Stop, p.StopReason = day(stop), why
	return p
}

func TestWashout(t *testing.T) {
	tests := []struct {
		name     string
		first    medication.Prescription
		stop     string
		second   medication.Prescription
		rule     string
		required int // 0: no concern
	}{
		{"fluoxetine to MAOI after 20 days", rx("fluoxetine", 20, medication.OnceDaily, "2026-01-01"), "2026-10-01",
			rx("phenelzine", 15, medication.ThreeTimesDaily, "2026-10-21"), "maoi-ssri-snri", 35},
		{"fluoxetine to MAOI after 36 days", rx("fluoxetine", 20, medication.OnceDaily, "2026-01-01"), "2026-10-01",
			rx("phenelzine", 15, medication.ThreeTimesDaily, "2026-11-06"), "", 0},
		{"sertraline to MAOI after 10 days", rx("sertraline", 100, medication.OnceDaily, "2026-01-01"), "2026-10-01",
			rx("tranylcypromine", 10, medication.TwiceDaily, "2026-10-11"), "maoi-ssri-snri", 14},
		{"sertraline to MAOI after 14 days", rx("sertraline", 100, medication.OnceDaily, "2026-01-01"), "2026-10-01",
			rx("tranylcypromine", 10, medication.TwiceDaily, "2026-10-15"), "", 0},
		{"MAOI to SSRI after 7 days", rx("phenelzine", 15, medication.ThreeTimesDaily, "2026-01-01"), "2026-10-01",
			rx("escitalopram", 10, medication.OnceDaily, "2026-10-08"), "maoi-ssri-snri", 14},
		{"MAOI to stimulant after 5 days", rx("isocarboxazid", 10, medication.TwiceDaily, "2026-01-01"), "2026-10-01",
			rx("methylphenidate", 10, medication.TwiceDaily, "2026-10-06"), "maoi-sympathomimetic", 14},
		{"stimulant to MAOI needs no washout", rx("methylphenidate", 10, medication.TwiceDaily, "2026-01-01"), "2026-10-01",
			rx("isocarboxazid", 10, medication.TwiceDaily, "2026-10-02"), "", 0},
		{"vortioxetine to MAOI after 15 days", rx("vortioxetine", 10, medication.OnceDaily, "2026-01-01"), "2026-10-01",
			rx("phenelzine", 15, medication.ThreeTimesDaily, "2026-10-16"), "maoi-ssri-snri", 21},
		{"methadone to naltrexone after 5 days", rx("methadone", 60, medication.OnceDaily, "2026-01-01"), "2026-10-01",
			rx("naltrexone", 50, medication.OnceDaily, "2026-10-06"), "naltrexone-opioid", 7},
		{"buprenorphine to naltrexone after 10 days", rx("buprenorphine", 16, medication.OnceDaily, "2026-01-01"), "2026-10-01",
			rx("naltrexone", 50, medication.OnceDaily, "2026-10-11"), "naltrexone-opioid", 14},
		{"overlap counts as no gap", rx("sertraline", 100, medication.OnceDaily, "2026-01-01"), "2026-10-10",
			rx("phenelzine", 15, medication.ThreeTimesDaily, "2026-10-05"), "maoi-ssri-snri", 14},
		{"unrelated switch", rx("sertraline", 100, medication.OnceDaily, "2026-01-01"), "2026-10-01",
			rx("mirtazapine", 15, medication.AtBedtime, "2026-10-02"), "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := tt.first
			first.Stop = day(tt.stop)
			cs := find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{first, tt.second}}, medication.Context{}), medication.ConcernWashout)
			if tt.required == 0 {
				assert.Empty(t, cs)
				return
			}
			require.Len(t, cs, 1)
			assert.Equal(t, tt.rule, cs[0].Rule)
			assert.Equal(t, tt.required, cs[0].Detail.Required)
			assert.Equal(t, day(tt.stop).DaysUntil(tt.second.Start), cs[0].Detail.Days)
			assert.Equal(t, []medication.AgentID{first.Agent, tt.second.Agent}, cs[0].Agents)
			assert.Equal(t, []string{"prescriptions/0", "prescriptions/1"}, cs[0].Paths)
		})
	}
}

func TestDoses(t *testing.T) {
	older := assessment.Client{Age: 65, Sex: assessment.SexMale}
	woman := assessment.Client{Age: 40, Sex: assessment.SexFemale}
	tests := []struct {
		name   string
		rx     medication.Prescription
		client assessment.Client
		kind   medication.ConcernKind // 0: none
		limit  float64
	}{
		{"sertraline in range", rx("sertraline", 100, medication.OnceDaily, "2026-09-01"), adult, 0, 0},
		{"sertraline above maximum", rx("sertraline", 125, medication.TwiceDaily, "2026-09-01"), adult, medication.ConcernDoseAboveMaximum, 200},
		{"citalopram 40 mg at 45", rx("citalopram", 40, medication.OnceDaily, "2026-09-01"), adult, 0, 0},
		{"citalopram 40 mg at 65", rx("citalopram", 40, medication.OnceDaily, "2026-09-01"), older, medication.ConcernPopulationLimit, 20},
		{"citalopram 60 mg at 65 reports the population limit", rx("citalopram", 60, medication.OnceDaily, "2026-09-01"), older, medication.ConcernPopulationLimit, 20},
		{"citalopram 20 mg at 65", rx("citalopram", 20, medication.OnceDaily, "2026-09-01"), older, 0, 0},
		{"zolpidem 10 mg in a woman", rx("zolpidem", 10, medication.AtBedtime, "2026-09-01"), woman, medication.ConcernPopulationLimit, 5},
		{"zolpidem 10 mg in a man", rx("zolpidem", 10, medication.AtBedtime, "2026-09-01"), adult, 0, 0},
		{"fluoxetine in micrograms above maximum", medication.Prescription{Agent: "fluoxetine", Dose: medication.Dose{Amount: 90000, Unit: medication.UnitMcg}, Frequency: medication.OnceDaily, Start: day("2026-09-01")}, adult, medication.ConcernDoseAboveMaximum, 80},
		{"sertraline below usual for 80 days", rx("sertraline", 25, medication.OnceDaily, "2026-09-01"), adult, medication.ConcernDoseBelowUsual, 50},
		{"sertraline below usual for 10 days", rx("sertraline", 25, medication.OnceDaily, "2026-11-10"), adult, 0, 0},
		{"clonidine 0.2 mg twice daily", rx("clonidine", 0.2, medication.TwiceDaily, "2026-09-01"), adult, 0, 0},
		{"clonidine above the labeled maximum", rx("clonidine", 1.3, medication.TwiceDaily, "2026-09-01"), adult, medication.ConcernDoseAboveMaximum, 2.4},
		{"clonidine in micrograms above the labeled maximum", medication.Prescription{Agent: "clonidine", Dose: medication.Dose{Amount: 1300, Unit: medication.UnitMcg}, Frequency: medication.TwiceDaily, Start: day("2026-09-01")}, adult, medication.ConcernDoseAboveMaximum, 2.4},
		{"clonidine patch is not checked against oral limits", medication.Prescription{Agent: "clonidine", Dose: medication.Dose{Amount: 0.3, Unit: medication.UnitMgPer24h}, Frequency: medication.Continuous, Route: medication.RouteTransdermal, Start: day("2026-09-01")}, adult, 0, 0},
		{"acamprosate at the labeled dose", rx("acamprosate", 666, medication.ThreeTimesDaily, "2026-09-01"), adult, 0, 0},
		{"transdermal route is not checked against oral limits", medication.Prescription{Agent: "selegiline", Dose: medication.Dose{Amount: 12, Unit: medication.UnitMgPer24h}, Frequency: medication.Continuous, Route: medication.RouteTransdermal, Start: day("2026-09-01")}, adult, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := review(t, medication.Regimen{Prescriptions: []medication.Prescription{tt.rx}}, medication.Context{Client: tt.client})
			var got []medication.Concern
			for _, c := range cs {
				switch c.Kind {
				case medication.ConcernDoseAboveMaximum, medication.ConcernPopulationLimit, medication.ConcernDoseBelowUsual:
					got = append(got, c)
				}
			}
			if tt.kind == 0 {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1, "%v", got)
			assert.Equal(t, tt.kind, got[0].Kind)
			assert.InDelta(t, tt.limit, got[0].Detail.Limit, 1e-9)
			assert.NotEmpty(t, got[0].Sources)
		})
	}
}

func TestBupropionDoseByRelease(t *testing.T) {
	sr := rx("bupropion", 225, medication.TwiceDaily, "2026-09-01")
	sr.Release = medication.ReleaseSustained
	cs := find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{sr}}, medication.Context{}), medication.ConcernDoseAboveMaximum)
	require.Len(t, cs, 2, "above both the daily and the single-dose maximum")
	assert.InDelta(t, 400, cs[0].Detail.Limit, 1e-9)
	assert.InDelta(t, 450, cs[0].Detail.DailyDose, 1e-9)
	assert.InDelta(t, 200, cs[1].Detail.Limit, 1e-9)
	assert.InDelta(t, 225, cs[1].Detail.SingleDose, 1e-9)
	xl := rx("bupropion", 450, medication.OnceDaily, "2026-09-01")
	xl.Release = medication.ReleaseExtended
	assert.Empty(t, find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{xl}}, medication.Context{}), medication.ConcernDoseAboveMaximum))
}

func TestDuplication(t *testing.T) {
	ssri := rx("sertraline", 100, medication.OnceDaily, "2026-09-01")
	other := rx("escitalopram", 10, medication.OnceDaily, "2026-10-01")
	cs := find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{ssri, other}}, medication.Context{}), medication.ConcernDuplication)
	require.Len(t, cs, 1)
	assert.Equal(t, "serotonin-reuptake-duplication", cs[0].Rule)

	withReason := other
	withReason.Rationale = "cross-taper"
	assert.Empty(t, find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{ssri, withReason}}, medication.Context{}), medication.ConcernDuplication))

	tapering := ssri
	tapering.Stop = day("2026-12-01")
	assert.Empty(t, find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{tapering, other}}, medication.Context{}), medication.ConcernDuplication), "a planned stop is a cross-taper")

	ap := find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{
		rx("quetiapine", 300, medication.AtBedtime, "2026-09-01"), rx("haloperidol", 5, medication.OnceDaily, "2026-10-01"),
	}}, medication.Context{}), medication.ConcernDuplication)
	require.Len(t, ap, 1)
	assert.Equal(t, "antipsychotic-duplication", ap[0].Rule)

	assert.Empty(t, find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{
		ssri, rx("mirtazapine", 15, medication.AtBedtime, "2026-10-01"),
	}}, medication.Context{}), medication.ConcernDuplication), "different classes")
}

func TestLithiumMonitoring(t *testing.T) {
	li := rx("lithium", 300, medication.TwiceDaily, "2025-09-10")
	tests := []struct {
		name    string
		events  []medication.MonitoringEvent
		rule    string
		kind    medication.ConcernKind
		due     string
		noneFor string
	}{
		{"level overdue", []medication.MonitoringEvent{{Test: medication.TestLithiumLevel, Date: day("2026-04-15")}}, "lithium-level", medication.ConcernMonitoringOverdue, "2026-07-15", ""},
		{"level due soon", []medication.MonitoringEvent{{Test: medication.TestLithiumLevel, Date: day("2026-08-25")}}, "lithium-level", medication.ConcernMonitoringDue, "2026-11-24", ""},
		{"level due soon but planned in time", []medication.MonitoringEvent{{Test: medication.TestLithiumLevel, Date: day("2026-08-25")}, {Test: medication.TestLithiumLevel, Date: day("2026-11-22"), Planned: true}}, "", 0, "", "lithium-level"},
		{"level done recently", []medication.MonitoringEvent{{Test: medication.TestLithiumLevel, Date: day("2026-11-01")}}, "", 0, "", "lithium-level"},
		{"renal never done: baseline", nil, "lithium-renal", medication.ConcernMonitoringOverdue, "2025-09-10", ""},
		{"thyroid at baseline then overdue", []medication.MonitoringEvent{{Test: medication.TestThyroidFunction, Date: day("2025-09-01")}}, "lithium-thyroid", medication.ConcernMonitoringOverdue, "2026-03-02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := review(t, medication.Regimen{Prescriptions: []medication.Prescription{li}, Monitoring: tt.events}, medication.Context{})
			got := rulesOf(cs)
			if tt.noneFor != "" {
				assert.NotContains(t, got, tt.noneFor)
				return
			}
			c, ok := got[tt.rule]
			require.True(t, ok, "%v", cs)
			assert.Equal(t, tt.kind, c.Kind)
			assert.Equal(t, day(tt.due), c.Detail.Due)
		})
	}
}

func TestClozapineANCAndMetabolic(t *testing.T) {
	cz := rx("clozapine", 200, medication.TwiceDaily, "2026-10-01")
	events := []medication.MonitoringEvent{
		{Test: medication.TestANC, Date: day("2026-09-28")},
		{Test: medication.TestANC, Date: day("2026-11-05")},
		{Test: medication.TestWeight, Date: day("2026-09-28")},
		{Test: medication.TestWaist, Date: day("2026-09-28")},
		{Test: medication.TestBloodPressure, Date: day("2026-09-28")},
		{Test: medication.TestFastingGlucose, Date: day("2026-09-28")},
		{Test: medication.TestLipids, Date: day("2026-09-28")},
	}
	got := rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{cz}, Monitoring: events}, medication.Context{}))
	anc, ok := got["clozapine-anc"]
	require.True(t, ok)
	assert.Equal(t, medication.ConcernMonitoringOverdue, anc.Kind, "weekly in the first 6 months")
	assert.Equal(t, day("2026-11-12"), anc.Detail.Due)
	assert.Equal(t, medication.SeverityMajor, anc.Severity)
	w, ok := got["antipsychotic-weight"]
	require.True(t, ok)
	assert.Equal(t, day("2026-10-26"), w.Detail.Due, "4 weeks after the baseline")
	assert.NotContains(t, got, "antipsychotic-lipids", "next at 4 months")
	assert.NotContains(t, got, "sga-waist", "next after a year")

	// Monitoring stops with the drug.
	cz.Stop = day("2026-11-01")
	got = rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{cz}, Monitoring: events}, medication.Context{}))
	assert.NotContains(t, got, "clozapine-anc")
}

func TestAntidepressantFollowUp(t *testing.T) {
	start := rx("fluoxetine", 10, medication.OnceDaily, "2026-11-01")
	start.Changes = []medication.DoseChange{{Date: day("2026-11-10"), Dose: mg(20)}}
	young := assessment.Client{Age: 17, Sex: assessment.SexFemale}

	got := rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{start}}, medication.Context{Client: young}))
	c, ok := got["antidepressant-follow-up-young"]
	require.True(t, ok)
	assert.Equal(t, medication.ConcernMonitoringOverdue, c.Kind)
	assert.Equal(t, day("2026-11-17"), c.Detail.Due, "a week after the dose change")
	assert.NotContains(t, got, "antidepressant-follow-up", "the closer schedule replaces the general one")

	got = rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{start}}, medication.Context{}))
	c, ok = got["antidepressant-follow-up"]
	require.True(t, ok)
	assert.Equal(t, medication.ConcernMonitoringDue, c.Kind)
	assert.Equal(t, day("2026-11-24"), c.Detail.Due, "two weeks after the dose change")
	assert.NotContains(t, got, "antidepressant-follow-up-young")

	seen := []medication.MonitoringEvent{{Test: medication.TestFollowUp, Date: day("2026-11-15")}}
	got = rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{start}, Monitoring: seen}, medication.Context{Client: young}))
	assert.NotContains(t, got, "antidepressant-follow-up-young")

	got = rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{start}}, medication.Context{}, medication.WithDueWindow(0)))
	assert.NotContains(t, got, "antidepressant-follow-up", "outside a zero-day window")
}

func TestBaselineWindow(t *testing.T) {
	li := rx("lithium", 300, medication.TwiceDaily, "2026-11-01")
	early := []medication.MonitoringEvent{{Test: medication.TestRenalFunction, Date: day("2026-09-01")}}
	got := rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{li}, Monitoring: early}, medication.Context{}))
	assert.Contains(t, got, "lithium-renal", "61 days before the start is outside the default window")
	got = rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{li}, Monitoring: early}, medication.Context{}, medication.WithBaselineWindow(90)))
	assert.NotContains(t, got, "lithium-renal")
}

func TestEarlySwitch(t *testing.T) {
	quick := stopped(rx("sertraline", 50, medication.OnceDaily, "2026-06-01"), "2026-06-15", medication.StopIneffective)
	cs := find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{quick}}, medication.Context{}), medication.ConcernEarlySwitch)
	require.Len(t, cs, 1)
	assert.Equal(t, 14, cs[0].Detail.Days)
	assert.Equal(t, 28, cs[0].Detail.Required)

	adequate := stopped(rx("sertraline", 50, medication.OnceDaily, "2026-06-01"), "2026-07-13", medication.StopIneffective)
	assert.Empty(t, find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{adequate}}, medication.Context{}), medication.ConcernEarlySwitch))

	lowDose := stopped(rx("sertraline", 25, medication.OnceDaily, "2026-06-01"), "2026-08-01", medication.StopIneffective)
	cs = find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{lowDose}}, medication.Context{}), medication.ConcernEarlySwitch)
	require.Len(t, cs, 1)
	assert.Zero(t, cs[0].Detail.Days, "never reached a usual dose")

	raised := rx("sertraline", 25, medication.OnceDaily, "2026-06-01")
	raised.Changes = []medication.DoseChange{{Date: day("2026-07-20"), Dose: mg(50)}}
	raised = stopped(raised, "2026-08-01", medication.StopIneffective)
	cs = find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{raised}, Adherence: []medication.AdherenceReport{{Prescription: 0, Date: day("2026-07-25"), Status: medication.NotTakingAsPrescribed}}}, medication.Context{}), medication.ConcernEarlySwitch)
	require.Len(t, cs, 1)
	assert.Equal(t, 12, cs[0].Detail.Days, "counted from the first usual dose")
	assert.Contains(t, cs[0].Advice, "not taking it as prescribed")

	sideEffects := stopped(rx("sertraline", 50, medication.OnceDaily, "2026-06-01"), "2026-06-15", medication.StopSideEffects)
	assert.Empty(t, find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{sideEffects}}, medication.Context{}), medication.ConcernEarlySwitch), "only stops for lack of effect")
}

func TestCautions(t *testing.T) {
	cond := func(code assessment.ICD10CM) []assessment.Condition {
		return []assessment.Condition{{Code: code, Status: assessment.Confirmed}}
	}
	bup := rx("bupropion", 150, medication.OnceDaily, "2026-10-01")
	vpa := rx("valproate", 500, medication.TwiceDaily, "2026-10-01")
	acamp := rx("acamprosate", 666, medication.ThreeTimesDaily, "2026-10-01")
	woman := assessment.Client{Age: 30, Sex: assessment.SexFemale}
	tests := []struct {
		name  string
		reg   medication.Regimen
		ctx   medication.Context
		rule  string // "" for none
		sev   medication.Severity
		group assessment.GroupID
	}{
		{"bupropion with epilepsy", medication.Regimen{Prescriptions: []medication.Prescription{bup}}, medication.Context{Conditions: cond("G40.909")}, "bupropion-seizure", medication.SeverityContraindicated, assessment.GroupSeizure},
		{"bupropion with bulimia", medication.Regimen{Prescriptions: []medication.Prescription{bup}}, medication.Context{Conditions: cond("F50.2")}, "bupropion-eating-disorder", medication.SeverityContraindicated, assessment.GroupBulimia},
		{"bupropion with anorexia", medication.Regimen{Prescriptions: []medication.Prescription{bup}}, medication.Context{Conditions: cond("F50.00")}, "bupropion-eating-disorder", medication.SeverityContraindicated, assessment.GroupAnorexia},
		{"bupropion with depression only", medication.Regimen{Prescriptions: []medication.Prescription{bup}}, medication.Context{Conditions: cond("F32.1")}, "", 0, ""},
		{"valproate in pregnancy", medication.Regimen{Prescriptions: []medication.Prescription{vpa}}, medication.Context{Client: assessment.Client{Age: 30, Sex: assessment.SexFemale, Pregnant: assessment.Yes, PregnancyPossible: assessment.Yes}}, "valproate-pregnancy", medication.SeverityMajor, ""},
		{"valproate when pregnancy is possible", medication.Regimen{Prescriptions: []medication.Prescription{vpa}}, medication.Context{Client: assessment.Client{Age: 30, Sex: assessment.SexFemale, PregnancyPossible: assessment.Yes}}, "valproate-pregnancy-possible", medication.SeverityMajor, ""},
		{"valproate when pregnancy is not possible", medication.Regimen{Prescriptions: []medication.Prescription{vpa}}, medication.Context{Client: assessment.Client{Age: 30, Sex: assessment.SexFemale, PregnancyPossible: assessment.No}}, "", 0, ""},
		{"St John's wort in bipolar disorder", medication.Regimen{Supplements: []medication.Use{{Agent: "st-johns-wort"}}}, medication.Context{Client: woman, Conditions: cond("F31.81")}, "st-johns-wort-bipolar", medication.SeverityModerate, assessment.GroupBipolar},
		{"antipsychotic in dementia", medication.Regimen{Prescriptions: []medication.Prescription{rx("risperidone", 1, medication.OnceDaily, "2026-10-01")}}, medication.Context{Client: assessment.Client{Age: 82, Sex: assessment.SexFemale}, Conditions: cond("F03.90")}, "antipsychotic-dementia", medication.SeverityMajor, assessment.GroupNeurocognitive},
		{"citalopram in long QT", medication.Regimen{Prescriptions: []medication.Prescription{rx("citalopram", 20, medication.OnceDaily, "2026-10-01")}}, medication.Context{Conditions: cond("I45.81")}, "qt-long-qt", medication.SeverityMajor, assessment.GroupLongQT},
		{"ziprasidone in long QT", medication.Regimen{Prescriptions: []medication.Prescription{rx("ziprasidone", 40, medication.TwiceDaily, "2026-10-01")}}, medication.Context{Conditions: cond("I45.81")}, "qt-contraindicating-long-qt", medication.SeverityContraindicated, assessment.GroupLongQT},
		{"disulfiram in schizophrenia", medication.Regimen{Prescriptions: []medication.Prescription{rx("disulfiram", 250, medication.OnceDaily, "2026-10-01")}}, medication.Context{Conditions: cond("F20.9")}, "disulfiram-psychosis", medication.SeverityContraindicated, assessment.GroupPsychotic},
		{"clozapine with epilepsy", medication.Regimen{Prescriptions: []medication.Prescription{rx("clozapine", 100, medication.TwiceDaily, "2026-10-01")}}, medication.Context{Conditions: cond("G40.909")}, "seizure-threshold", medication.SeverityModerate, assessment.GroupSeizure},
		{"kava with liver disease", medication.Regimen{Supplements: []medication.Use{{Agent: "kava"}}}, medication.Context{Conditions: cond("K70.30")}, "hepatotoxic-liver-disease", medication.SeverityModerate, assessment.GroupLiver},
		{"SAMe in bipolar disorder", medication.Regimen{Supplements: []medication.Use{{Agent: "same"}}}, medication.Context{Conditions: cond("F31.81")}, "same-bipolar", medication.SeverityMonitor, assessment.GroupBipolar},
		{"acamprosate with chronic kidney disease stage 4", medication.Regimen{Prescriptions: []medication.Prescription{acamp}}, medication.Context{Conditions: cond("N18.4")}, "acamprosate-kidney", medication.SeverityMajor, assessment.GroupKidney},
		{"acamprosate with alcohol use disorder only", medication.Regimen{Prescriptions: []medication.Prescription{acamp}}, medication.Context{Conditions: cond("F10.20")}, "", 0, ""},
		{"hydroxyzine in long QT", medication.Regimen{Prescriptions: []medication.Prescription{rx("hydroxyzine", 25, medication.ThreeTimesDaily, "2026-10-01")}}, medication.Context{Conditions: cond("I45.81")}, "qt-long-qt", medication.SeverityMajor, assessment.GroupLongQT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := find(review(t, tt.reg, tt.ctx), medication.ConcernCaution)
			if tt.rule == "" {
				assert.Empty(t, cs)
				return
			}
			require.Len(t, cs, 1, "%v", cs)
			assert.Equal(t, tt.rule, cs[0].Rule)
			assert.Equal(t, tt.sev, cs[0].Severity)
			assert.Equal(t, tt.group, cs[0].Detail.Group)
		})
	}
}

// Metabolic monitoring follows the APA 2020 guideline (issue 9 item 17):
// glucose and lipids 4 months after starting an antipsychotic (first- or
// second-generation) and then yearly, where the 2004 consensus allowed
// lipids every 5 years; an ECG before pimozide.
func TestAntipsychoticMonitoringAPA2020(t *testing.T) {
	hal := rx("haloperidol", 5, medication.OnceDaily, "2024-01-10")
	events := []medication.MonitoringEvent{
		{Test: medication.TestLipids, Date: day("2024-01-05")},
		{Test: medication.TestLipids, Date: day("2024-05-10")},
		{Test: medication.TestFastingGlucose, Date: day("2026-06-01")},
	}
	got := rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{hal}, Monitoring: events}, medication.Context{}))
	lip, ok := got["antipsychotic-lipids"]
	require.True(t, ok, "a first-generation antipsychotic is monitored too")
	assert.Equal(t, medication.ConcernMonitoringOverdue, lip.Kind)
	assert.Equal(t, day("2025-05-10"), lip.Detail.Due, "yearly after the 4-month test, not every 5 years")
	assert.NotContains(t, got, "antipsychotic-glucose", "done within the year")
	assert.Equal(t, "Focus (Am Psychiatr Publ) 18(4):402-423 (Keepers GA, Fochtmann LJ, Anzia JM, et al.)", lip.Sources[0].Publisher)

	pim := rx("pimozide", 2, medication.OnceDaily, "2026-11-01")
	got = rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{pim}}, medication.Context{}))
	assert.Contains(t, got, "antipsychotic-ecg")
}
