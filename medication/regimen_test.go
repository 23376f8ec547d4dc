package medication_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/validation"
)

func day(s string) assessment.Date {
	d, err := assessment.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func mg(x float64) medication.Dose { return medication.Dose{Amount: x, Unit: medication.UnitMg} }

func rx(agent medication.AgentID, dose float64, f medication.Frequency, start string) medication.Prescription {
	return medication.Prescription{Agent: agent, Dose: mg(dose), Frequency: f, Start: day(start)}
}

var asOf = day("2026-11-20")

func validRegimen() medication.Regimen {
	return medication.Regimen{
		Prescriptions: []medication.Prescription{
			{Agent: "sertraline", Dose: mg(50), Frequency: medication.OnceDaily, Route: medication.RouteOral, Start: day("2026-09-01"),
				Changes: []medication.DoseChange{{Date: day("2026-09-15"), Dose: mg(100)}}},
			{Agent: "selegiline", Dose: medication.Dose{Amount: 6, Unit: medication.UnitMgPer24h}, Frequency: medication.Continuous,
				Route: medication.RouteTransdermal, Start: day("2025-01-01"), Stop: day("2025-06-01"), StopReason: medication.StopSideEffects},
		},
		Supplements: []medication.Use{{Agent: "melatonin", SelfStarted: assessment.Yes}},
		Substances:  []medication.Use{{Agent: "alcohol", Frequency: assessment.Weekly, LastUse: day("2026-11-15")}},
		Adherence:   []medication.AdherenceReport{{Prescription: 0, Date: day("2026-10-01"), Status: medication.TakingAsPrescribed}},
		SideEffects: []medication.SideEffect{{Prescription: 0, Date: day("2026-09-10"), Description: "nausea in the first week"}},
		Education:   []medication.Education{{Date: day("2026-09-01"), Topic: "what to expect in the first weeks", Agents: []medication.AgentID{"sertraline"}}},
		Monitoring: []medication.MonitoringEvent{
			{Test: medication.TestFollowUp, Date: day("2026-09-10")},
			{Test: medication.TestFollowUp, Date: day("2026-12-01"), Planned: true},
		},
	}
}

func TestValidRegimen(t *testing.T) {
	assert.NoError(t, validRegimen().Validate(asOf))
	assert.NoError(t, medication.Regimen{}.Validate(asOf))
}

// Each validation error, at its path.
func TestRegimenValidationErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(*medication.Regimen)
		path   string
		want   error
	}{
		{"missing agent", func(r *medication.Regimen) { r.Prescriptions[0].Agent = "" }, "prescriptions/0/agent", medication.ErrRequired},
		{"unknown agent", func(r *medication.Regimen) { r.Prescriptions[0].Agent = "sertralin" }, "prescriptions/0/agent", medication.ErrUnknownAgent},
		{"zero dose", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Amount = 0 }, "prescriptions/0/dose/amount", medication.ErrBadDose},
		{"negative dose", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Amount = -5 }, "prescriptions/0/dose/amount", medication.ErrBadDose},
		{"NaN dose", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Amount = math.NaN() }, "prescriptions/0/dose/amount", medication.ErrBadDose},
		{"infinite dose", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Amount = math.Inf(1) }, "prescriptions/0/dose/amount", medication.ErrBadDose},
		{"missing unit", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Unit = 0 }, "prescriptions/0/dose/unit", medication.ErrBadValue},
		{"unit that does not fit", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Unit = medication.UnitMcgPerHour }, "prescriptions/0/dose/unit", medication.ErrBadUnit},
		{"patch unit on an oral drug", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Unit = medication.UnitMgPer24h }, "prescriptions/0/dose/unit", medication.ErrBadUnit},
		{"bad frequency", func(r *medication.Regimen) { r.Prescriptions[0].Frequency = 99 }, "prescriptions/0/frequency", medication.ErrBadValue},
		{"dose beyond any real amount", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Amount = 1e308 }, "prescriptions/0/dose/amount", medication.ErrBadDose},
		{"dose just above the limit", func(r *medication.Regimen) { r.Prescriptions[0].Dose.Amount = medication.MaxDoseAmount * 1.01 }, "prescriptions/0/dose/amount", medication.ErrBadDose},
		{"amount without unit", func(r *medication.Regimen) { r.Prescriptions[0].Dose = medication.Dose{Amount: 50} }, "prescriptions/0/dose/unit", medication.ErrBadValue},
		{"product the agent does not have", func(r *medication.Regimen) { r.Prescriptions[0].Product = "Aplenzin" }, "prescriptions/0/product", medication.ErrBadValue},
		{"bad route", func(r *medication.Regimen) { r.Prescriptions[0].Route = 99 }, "prescriptions/0/route", medication.ErrBadValue},
		{"bad release", func(r *medication.Regimen) { r.Prescriptions[0].Release = 99 }, "prescriptions/0/release", medication.ErrBadValue},
		{"bad stop reason", func(r *medication.Regimen) { r.Prescriptions[1].StopReason = 99 }, "prescriptions/1/stopReason", medication.ErrBadValue},
		{"start after evaluation date", func(r *medication.Regimen) { r.Prescriptions[0].Start = day("2026-12-01") }, "prescriptions/0/start", medication.ErrBadDate},
		{"stop before start", func(r *medication.Regimen) { r.Prescriptions[1].Stop = day("2024-12-01") }, "prescriptions/1/stop", medication.ErrStopBeforeStart},
		{"change before start", func(r *medication.Regimen) { r.Prescriptions[0].Changes[0].Date = day("2026-08-01") }, "prescriptions/0/changes/0/date", medication.ErrStopBeforeStart},
		{"change after evaluation date", func(r *medication.Regimen) { r.Prescriptions[0].Changes[0].Date = day("2026-12-01") }, "prescriptions/0/changes/0/date", medication.ErrBadDate},
		{"changes out of order", func(r *medication.Regimen) {
			r.Prescriptions[0].Changes = append(r.Prescriptions[0].Changes, medication.DoseChange{Date: day("2026-09-10"), Dose: mg(75)})
		}, "prescriptions/0/changes/1/date", medication.ErrDuplicate},
		{"change with bad dose", func(r *medication.Regimen) { r.Prescriptions[0].Changes[0].Dose.Amount = 0 }, "prescriptions/0/changes/0/dose/amount", medication.ErrBadDose},
		{"overlapping duplicate", func(r *medication.Regimen) {
			r.Prescriptions = append(r.Prescriptions, rx("sertraline", 25, medication.OnceDaily, "2026-10-01"))
		}, "prescriptions/2/agent", medication.ErrDuplicate},
		{"unknown supplement", func(r *medication.Regimen) { r.Supplements[0].Agent = "unicorn" }, "supplements/0/agent", medication.ErrUnknownAgent},
		{"missing supplement", func(r *medication.Regimen) { r.Supplements[0].Agent = "" }, "supplements/0/agent", medication.ErrRequired},
		{"duplicate supplement", func(r *medication.Regimen) { r.Supplements = append(r.Supplements, r.Supplements[0]) }, "supplements/1/agent", medication.ErrDuplicate},
		{"substance without frequency", func(r *medication.Regimen) { r.Substances[0].Frequency = 0 }, "substances/0/frequency", medication.ErrBadValue},
		{"last use after evaluation date", func(r *medication.Regimen) { r.Substances[0].LastUse = day("2026-12-01") }, "substances/0/lastUse", medication.ErrBadDate},
		{"bad self-started", func(r *medication.Regimen) { r.Supplements[0].SelfStarted = 9 }, "supplements/0/selfStarted", medication.ErrBadValue},
		{"adherence to no prescription", func(r *medication.Regimen) { r.Adherence[0].Prescription = 5 }, "adherence/0/prescription", medication.ErrBadReference},
		{"adherence without status", func(r *medication.Regimen) { r.Adherence[0].Status = 0 }, "adherence/0/status", medication.ErrBadValue},
		{"adherence in the future", func(r *medication.Regimen) { r.Adherence[0].Date = day("2027-01-01") }, "adherence/0/date", medication.ErrBadDate},
		{"side effect to no prescription", func(r *medication.Regimen) { r.SideEffects[0].Prescription = -1 }, "sideEffects/0/prescription", medication.ErrBadReference},
		{"side effect without words", func(r *medication.Regimen) { r.SideEffects[0].Description = "  " }, "sideEffects/0/description", medication.ErrRequired},
		{"education without topic", func(r *medication.Regimen) { r.Education[0].Topic = "" }, "education/0/topic", medication.ErrRequired},
		{"education about unknown agent", func(r *medication.Regimen) { r.Education[0].Agents[0] = "x" }, "education/0/agents/0", medication.ErrUnknownAgent},
		{"monitoring without test", func(r *medication.Regimen) { r.Monitoring[0].Test = 0 }, "monitoring/0/test", medication.ErrBadValue},
		{"done monitoring in the future", func(r *medication.Regimen) { r.Monitoring[1].Planned = false }, "monitoring/1/date", medication.ErrBadDate},
		{"monitoring without date", func(r *medication.Regimen) { r.Monitoring[0].Date = assessment.Date{} }, "monitoring/0/date", medication.ErrBadDate},
		{"follow-up dated before its drug's start", func(r *medication.Regimen) {
			r.Monitoring[0].Prescription = ptr(0)
			r.Monitoring[0].Date = day("2026-08-20")
		}, "monitoring/0/date", medication.ErrStopBeforeStart},
		{"planned follow-up dated before its drug's start", func(r *medication.Regimen) {
			r.Monitoring[1].Prescription = ptr(0)
			r.Monitoring[1].Date = day("2026-08-20")
		}, "monitoring/1/date", medication.ErrStopBeforeStart},
		{"monitoring for no prescription", func(r *medication.Regimen) { r.Monitoring[0].Prescription = ptr(7) }, "monitoring/0/prescription", medication.ErrBadReference},
		{"abstinence after the evaluation date", func(r *medication.Regimen) { r.Substances[0].AbstinentSince = day("2026-12-01") }, "substances/0/abstinentSince", medication.ErrBadDate},
		{"last use on or after abstinence began", func(r *medication.Regimen) { r.Substances[0].AbstinentSince = day("2026-11-15") }, "substances/0/lastUse", medication.ErrBadDate},
		{"too many prescriptions", func(r *medication.Regimen) {
			r.Prescriptions = make([]medication.Prescription, medication.MaxPrescriptions+1)
		}, "prescriptions", medication.ErrTooMany},
		{"too many supplements", func(r *medication.Regimen) { r.Supplements = make([]medication.Use, medication.MaxUses+1) }, "supplements", medication.ErrTooMany},
		{"too many monitoring records", func(r *medication.Regimen) {
			r.Monitoring = make([]medication.MonitoringEvent, medication.MaxRecords+1)
		}, "monitoring", medication.ErrTooMany},
		{"too many dose changes", func(r *medication.Regimen) {
			r.Prescriptions[0].Changes = make([]medication.DoseChange, medication.MaxDoseChanges+1)
		}, "prescriptions/0/changes", medication.ErrTooMany},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := validRegimen()
			tt.change(&r)
			err := r.Validate(asOf)
			assertHas(t, err, tt.path, tt.want)
		})
	}
}

func TestRegimenValidationCollectsEverything(t *testing.T) {
	r := medication.Regimen{Prescriptions: []medication.Prescription{{Dose: medication.Dose{Amount: math.NaN()}, Frequency: 99, Route: 99}}}
	err := r.Validate(assessment.Date{})
	assertHas(t, err, "asOf", medication.ErrBadDate)
	assertHas(t, err, "prescriptions/0/agent", medication.ErrRequired)
	assertHas(t, err, "prescriptions/0/dose/amount", medication.ErrBadDose)
	assertHas(t, err, "prescriptions/0/dose/unit", medication.ErrBadValue)
	assertHas(t, err, "prescriptions/0/frequency", medication.ErrBadValue)
	assertHas(t, err, "prescriptions/0/route", medication.ErrBadValue)
}

func ptr[T any](x T) *T { return &x }

// A prescription may leave out its dose, frequency and start date
// (issue 9 item 16): it is valid, and the review says which checks did not
// run.
func TestOptionalDoseAndStart(t *testing.T) {
	bare := medication.Prescription{Agent: "sertraline"}
	r := medication.Regimen{Prescriptions: []medication.Prescription{bare}}
	require.NoError(t, r.Validate(asOf))
	noFreq := rx("sertraline", 100, 0, "2026-09-01")
	require.NoError(t, medication.Regimen{Prescriptions: []medication.Prescription{noFreq}}.Validate(asOf))
}

// Sequential prescriptions of one drug are not duplicates.
func TestSequentialPrescriptionsAreNotDuplicates(t *testing.T) {
	a := rx("sertraline", 50, medication.OnceDaily, "2026-01-01")
	a.Stop = day("2026-03-01")
	b := rx("sertraline", 100, medication.OnceDaily, "2026-03-01")
	assert.NoError(t, medication.Regimen{Prescriptions: []medication.Prescription{a, b}}.Validate(asOf))
}

// Error messages never repeat what a person typed.
func TestValidationErrorsDoNotEchoText(t *testing.T) {
	r := validRegimen()
	r.SideEffects[0].Description = ""
	r.Prescriptions[0].Agent = "secret-name-typed"
	r.Prescriptions[0].Rationale = "private note"
	err := r.Validate(asOf)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "secret-name-typed")
	assert.NotContains(t, err.Error(), "private note")
}

func TestRegimenJSONRoundTrip(t *testing.T) {
	r := validRegimen()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back medication.Regimen
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)
	assert.Contains(t, string(b), `"unit":"mg/24h"`)
	assert.Contains(t, string(b), `"status":"taking-as-prescribed"`)
}

func TestFromIntake(t *testing.T) {
	in := assessment.Intake{
		Supplements: []assessment.SupplementUse{{Name: "Melatonin", SelfStarted: assessment.Yes}, {Name: "St. John's Wort"}},
		Substances:  []assessment.SubstanceUse{{Substance: "Beer", Frequency: assessment.Daily, LastUse: day("2026-11-18")}, {Substance: "vaping", Frequency: assessment.Weekly}},
	}
	r, err := medication.FromIntake(in)
	require.NoError(t, err)
	assert.Equal(t, []medication.Use{{Agent: "melatonin", SelfStarted: assessment.Yes}, {Agent: "st-johns-wort"}}, r.Supplements)
	assert.Equal(t, []medication.Use{{Agent: "alcohol", Frequency: assessment.Daily, LastUse: day("2026-11-18")}, {Agent: "nicotine", Frequency: assessment.Weekly}}, r.Substances)
	assert.NoError(t, r.Validate(asOf))

	in.Supplements = append(in.Supplements, assessment.SupplementUse{Name: "ashwagandha"}, assessment.SupplementUse{Name: "hypericum"})
	_, err = medication.FromIntake(in)
	assertHas(t, err, "supplements/2/name", medication.ErrUnknownName)
	assertHas(t, err, "supplements/3/name", medication.ErrDuplicate)
	var ue *medication.UnknownNameError
	assert.ErrorAs(t, err, &ue)
	assert.NotContains(t, err.Error(), "ashwagandha")
}

// The overlap check sorts when the list is long (issue 10 item 6); it
// finds the same duplicates as the pairwise check.
func TestOverlapCheckLongList(t *testing.T) {
	agents := []medication.AgentID{"sertraline", "lithium", "quetiapine", "lorazepam", "escitalopram"}
	var r medication.Regimen
	start := day("2024-01-01")
	for i := range 40 {
		p := rx(agents[i%len(agents)], 1, medication.OnceDaily, "2024-01-01")
		p.Start = start.AddDays(i * 10)
		p.Stop = p.Start.AddDays(30) // each overlaps the next prescription of its agent only when 5×10 < 30: never
		r.Prescriptions = append(r.Prescriptions, p)
	}
	require.NoError(t, r.Validate(asOf))
	// Stretch two prescriptions so they overlap the next of their agent.
	r.Prescriptions[3].Stop = r.Prescriptions[3].Start.AddDays(60)
	r.Prescriptions[20].Stop = assessment.Date{}
	err := r.Validate(asOf)
	assertHas(t, err, "prescriptions/8/agent", medication.ErrDuplicate)
	for i := 25; i < 40; i += 5 {
		assertHas(t, err, "prescriptions/"+itoa(i)+"/agent", medication.ErrDuplicate)
	}
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Fields, 4)
	// The short list takes the pairwise path and agrees.
	short := medication.Regimen{Prescriptions: r.Prescriptions[:10]}
	assertHas(t, short.Validate(asOf), "prescriptions/8/agent", medication.ErrDuplicate)
}
