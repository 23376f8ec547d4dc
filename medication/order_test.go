package medication_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/medication"
)

// Orders as prescribers type them (issue 9 item 16).
func TestParseOrder(t *testing.T) {
	dose := func(x float64, u medication.Unit) medication.Dose { return medication.Dose{Amount: x, Unit: u} }
	tests := []struct {
		text string
		want medication.Order
	}{
		{"Zoloft 100mg", medication.Order{Agent: "sertraline", Dose: dose(100, medication.UnitMg)}},
		{"sertraline 50 mg PO daily", medication.Order{Agent: "sertraline", Dose: dose(50, medication.UnitMg), Route: medication.RouteOral, Frequency: medication.OnceDaily}},
		{"tramadol 50mg q6h prn", medication.Order{Agent: "tramadol", Dose: dose(50, medication.UnitMg), Frequency: medication.FourTimesDaily, AsNeeded: true}},
		{"tramadol 50mg q6h PRN pain", medication.Order{Agent: "tramadol", Dose: dose(50, medication.UnitMg), Frequency: medication.FourTimesDaily, AsNeeded: true}},
		{"lithium carbonate ER 300 mg BID", medication.Order{Agent: "lithium", Dose: dose(300, medication.UnitMg), Frequency: medication.TwiceDaily, Release: medication.ReleaseExtended}},
		{"EtOH", medication.Order{Agent: "alcohol"}},
		{"Wellbutrin XL 300 mg every morning", medication.Order{Agent: "bupropion", Dose: dose(300, medication.UnitMg), Frequency: medication.OnceDaily, Release: medication.ReleaseExtended}},
		{"bupropion SR 150mg b.i.d.", medication.Order{Agent: "bupropion", Dose: dose(150, medication.UnitMg), Frequency: medication.TwiceDaily, Release: medication.ReleaseSustained}},
		{"Aplenzin 348 mg", medication.Order{Agent: "bupropion", Product: "Aplenzin", Dose: dose(348, medication.UnitMg), Release: medication.ReleaseExtended, Frequency: medication.OnceDaily}},
		{"Prozac Weekly 90 mg", medication.Order{Agent: "fluoxetine", Product: "Prozac Weekly", Dose: dose(90, medication.UnitMg), Release: medication.ReleaseDelayed, Frequency: medication.Weekly}},
		{"quetiapine 300 mg XR qhs", medication.Order{Agent: "quetiapine", Dose: dose(300, medication.UnitMg), Release: medication.ReleaseExtended, Frequency: medication.AtBedtime}},
		{"clonazepam 0.5 mg twice a day as needed", medication.Order{Agent: "clonazepam", Dose: dose(0.5, medication.UnitMg), Frequency: medication.TwiceDaily, AsNeeded: true}},
		{"50 mg sertraline by mouth at bedtime", medication.Order{Agent: "sertraline", Dose: dose(50, medication.UnitMg), Route: medication.RouteOral, Frequency: medication.AtBedtime}},
		{"fentanyl 25 mcg/h patch", medication.Order{Agent: "fentanyl", Dose: dose(25, medication.UnitMcgPerHour), Route: medication.RouteTransdermal}},
		{"levothyroxine 75 mcg daily", medication.Order{Agent: "levothyroxine", Dose: dose(75, medication.UnitMcg), Frequency: medication.OnceDaily}},
		{"St. John's Wort 300mg TID", medication.Order{Agent: "st-johns-wort", Dose: dose(300, medication.UnitMg), Frequency: medication.ThreeTimesDaily}},
		{"Symbyax 6 mg daily", medication.Order{Agent: "olanzapine-fluoxetine", Dose: dose(6, medication.UnitMg), Frequency: medication.OnceDaily}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, err := medication.ParseOrder(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseOrderErrors(t *testing.T) {
	tests := []struct {
		text string
		path string
		want error
	}{
		{"", "agent", medication.ErrRequired},
		{"100 mg daily", "agent", medication.ErrRequired},
		{"setraline 50 mg", "agent", medication.ErrUnknownName},
		{"sertraline 0 mg", "dose/amount", medication.ErrBadDose},
		{"sertraline 1e400 mg", "dose/unit", medication.ErrBadValue},
		{"sertraline 5000000 mg", "dose/amount", medication.ErrBadDose},
		{"sertraline 50", "dose/unit", medication.ErrBadValue},
		{"sertraline 50 spoons", "dose/unit", medication.ErrBadValue},
		{"sertraline 50 mg/24h", "dose/unit", medication.ErrBadUnit},
		{"sertraline 50 mg daily with food", "words/4", medication.ErrBadValue},
		{"sertraline 50 mg 100 mg", "words/3", medication.ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			_, err := medication.ParseOrder(tt.text)
			assertHas(t, err, tt.path, tt.want)
			if tt.text != "" {
				assert.NotContains(t, err.Error(), "setraline")
				assert.NotContains(t, err.Error(), "spoons")
				assert.NotContains(t, err.Error(), "food")
			}
		})
	}
	long := make([]byte, medication.MaxOrderLen+1)
	for i := range long {
		long[i] = 'a'
	}
	_, err := medication.ParseOrder(string(long))
	assertHas(t, err, "words", medication.ErrTooMany)
}

// Class words suggest the class's members; "EtOH" resolves to alcohol and
// never suggests methamphetamine (issue 9 item 16).
func TestClassWordsSuggestMembers(t *testing.T) {
	for _, tt := range []struct {
		word string
		some []string
	}{
		{"benzos", []string{"alprazolam", "lorazepam", "clonazepam"}},
		{"opioids", []string{"morphine", "oxycodone", "tramadol"}},
		{"SSRIs", []string{"sertraline", "fluoxetine"}},
		{"antipsychotics", []string{"haloperidol", "aripiprazole"}},
	} {
		_, err := medication.ParseOrder(tt.word)
		var ue *medication.UnknownNameError
		require.True(t, errors.As(err, &ue), tt.word)
		for _, name := range tt.some {
			assert.Contains(t, ue.Suggestions, name, tt.word)
		}
		assert.LessOrEqual(t, len(ue.Suggestions), 12)
		_, err = medication.ResolveID(tt.word)
		require.True(t, errors.As(err, &ue))
		assert.Contains(t, ue.Suggestions, tt.some[0])
	}
	id, err := medication.ResolveID("EtOH")
	require.NoError(t, err)
	assert.Equal(t, medication.AgentID("alcohol"), id)
}

func TestOrderPrescription(t *testing.T) {
	o, err := medication.ParseOrder("Aplenzin 522 mg daily")
	require.NoError(t, err)
	p := o.Prescription(day("2026-10-01"))
	assert.Equal(t, "Aplenzin", p.Product)
	require.NoError(t, medication.Regimen{Prescriptions: []medication.Prescription{p}}.Validate(asOf))
	assert.Empty(t, find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{p}}, medication.Context{}), medication.ConcernDoseAboveMaximum),
		"Aplenzin 522 mg is equivalent to bupropion hydrochloride 450 mg")
}
