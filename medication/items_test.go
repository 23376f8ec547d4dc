package medication_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
)

// worst returns the most severe interaction between a and b (0 if none)
// and the rules that fired.
func worst(t *testing.T, a, b medication.AgentID) (medication.Severity, []string) {
	t.Helper()
	cs, err := medication.Screen(a, b)
	require.NoError(t, err)
	var sev medication.Severity
	var rules []string
	for _, c := range cs {
		sev = max(sev, c.Severity)
		rules = append(rules, c.Rule)
	}
	return sev, rules
}

// The dangerous silences of issue 9, items 1-10: each pair is caught at
// least at the grade its label wording sets.
func TestDangerousSilences(t *testing.T) {
	C, M, D := medication.SeverityContraindicated, medication.SeverityMajor, medication.SeverityModerate
	tests := []struct {
		item int
		a, b medication.AgentID
		min  medication.Severity
		rule string // a rule that must be among those that fired
	}{
		{1, "phenelzine", "bupropion", C, "maoi-bupropion"},
		{1, "selegiline", "bupropion", C, "maoi-bupropion"},
		{1, "tranylcypromine", "dextromethorphan-bupropion", C, "maoi-bupropion"},
		{2, "pimozide", "sertraline", C, "pimozide-ssri"},
		{2, "pimozide", "fluoxetine", C, "pimozide-cyp-inhibitor"},
		{2, "pimozide", "paroxetine", C, "pimozide-cyp-inhibitor"},
		{2, "thioridazine", "duloxetine", C, "thioridazine-inhibitor"},
		{3, "quetiapine", "methadone", M, "qt-avoid"},
		{3, "quetiapine", "methadone", M, "opioid-treatment-cns-depressant"},
		{3, "quetiapine", "oxycodone", M, "opioid-cns-depressant"},
		{3, "quetiapine", "lorazepam", D, "benzodiazepine-cns-depressant"},
		{4, "bupropion", "tramadol", M, "bupropion-seizure-threshold"},
		{4, "bupropion", "tramadol", M, "cyp2d6-tramadol"},
		{4, "bupropion", "clozapine", D, "bupropion-seizure-threshold"},
		{5, "fluvoxamine", "duloxetine", M, "cyp1a2-duloxetine"},
		{5, "fluvoxamine", "olanzapine", D, "cyp1a2-olanzapine"},
		{5, "fluvoxamine", "alprazolam", D, "cyp3a4-alprazolam-fluvoxamine"},
		{6, "carbamazepine", "quetiapine", D, "antipsychotic-cyp3a4-inducer-strong"},
		{6, "carbamazepine", "aripiprazole", D, "antipsychotic-cyp3a4-inducer-strong"},
		{6, "carbamazepine", "lamotrigine", D, "lamotrigine-glucuronidation-inducer"},
		{6, "carbamazepine", "methadone", M, "methadone-cyp-inducer"},
		{6, "carbamazepine", "lurasidone", C, "cyp3a4-lurasidone-strong"},
		{6, "carbamazepine", "combined-oral-contraceptive", D, "contraceptive-cyp3a4-inducer"},
		{6, "carbamazepine", "olanzapine", D, "cyp1a2-inducer-olanzapine"},
		{7, "phenelzine", "morphine", C, "phenelzine-cns-depressant"},
		{7, "tranylcypromine", "morphine", M, "maoi-opioid-other"},
		{7, "tranylcypromine", "oxycodone", M, "maoi-opioid-other"},
		{7, "isocarboxazid", "hydrocodone", M, "maoi-opioid-other"},
		{7, "selegiline", "codeine", M, "maoi-opioid-other"},
		{9, "sertraline", "warfarin", D, "serotonin-reuptake-bleeding"},
		{9, "escitalopram", "ibuprofen", D, "serotonin-reuptake-bleeding"},
		{9, "duloxetine", "naproxen", D, "serotonin-reuptake-bleeding"},
		{9, "venlafaxine", "aspirin", D, "serotonin-reuptake-bleeding"},
		{10, "fluoxetine", "aripiprazole", D, "cyp2d6-aripiprazole"},
		{10, "paroxetine", "brexpiprazole", D, "cyp2d6-brexpiprazole"},
		{10, "bupropion", "iloperidone", D, "cyp2d6-iloperidone"},
		{10, "paroxetine", "atomoxetine", D, "cyp2d6-atomoxetine"},
		{10, "fluoxetine", "nortriptyline", D, "cyp2d6-tricyclic"},
		{10, "bupropion", "amitriptyline", D, "cyp2d6-tricyclic"},
		{10, "paroxetine", "tramadol", M, "cyp2d6-tramadol"},
		{10, "fluoxetine", "codeine", medication.SeverityMonitor, "cyp2d6-prodrug"},
	}
	for _, tt := range tests {
		sev, rules := worst(t, tt.a, tt.b)
		assert.GreaterOrEqual(t, sev, tt.min, "item %d: %s + %s: %v", tt.item, tt.a, tt.b, rules)
		assert.Contains(t, rules, tt.rule, "item %d: %s + %s", tt.item, tt.a, tt.b)
	}
}

// Item 1 and 7: the washout runs both ways round, 14 days.
func TestMAOIWashoutBothWays(t *testing.T) {
	for _, tt := range []struct{ first, second medication.AgentID }{
		{"bupropion", "phenelzine"}, {"phenelzine", "bupropion"}, {"phenelzine", "morphine"},
	} {
		a := rx(tt.first, 15, medication.OnceDaily, "2026-01-01")
		a.Stop = day("2026-10-01")
		b := rx(tt.second, 15, medication.OnceDaily, "2026-10-08")
		cs := find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{a, b}}, medication.Context{}), medication.ConcernWashout)
		require.Len(t, cs, 1, "%s then %s", tt.first, tt.second)
		assert.Equal(t, 14, cs[0].Detail.Required)
		assert.Equal(t, 7, cs[0].Detail.Days)
	}
}

// Item 8: immediate-release bupropion is dose-checked, per day and per
// dose; an unstated release is read as immediate release.
func TestBupropionImmediateRelease(t *testing.T) {
	tests := []struct {
		amount float64
		freq   medication.Frequency
		rel    medication.Release
		daily  bool
		single bool
	}{
		{100, medication.ThreeTimesDaily, medication.ReleaseImmediate, false, false},
		{150, medication.ThreeTimesDaily, medication.ReleaseImmediate, false, false},
		{200, medication.ThreeTimesDaily, medication.ReleaseImmediate, true, true},
		{300, medication.OnceDaily, medication.ReleaseUnknown, false, true},
		{300, medication.OnceDaily, medication.ReleaseExtended, false, false},
	}
	for _, tt := range tests {
		p := rx("bupropion", tt.amount, tt.freq, "2026-10-01")
		p.Release = tt.rel
		cs := find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{p}}, medication.Context{}), medication.ConcernDoseAboveMaximum)
		var daily, single bool
		for _, c := range cs {
			daily = daily || c.Detail.DailyDose > 0
			single = single || c.Detail.SingleDose > 0
		}
		assert.Equal(t, tt.daily, daily, "%v mg %s %s daily", tt.amount, tt.freq, tt.rel)
		assert.Equal(t, tt.single, single, "%v mg %s %s single", tt.amount, tt.freq, tt.rel)
	}
}

// Item 11: every rule's severity is its basis's, and its wording says what
// the grade rests on.
func TestGradingPolicy(t *testing.T) {
	words := map[medication.Basis][]string{
		medication.BasisContraindicated: {"contraindicat", "do not", "must not"},
		medication.BasisBoxedWarning:    {"boxed warning"},
		medication.BasisAvoid:           {"avoid", "not recommended", "should not", "generally not"},
		medication.BasisAdjust:          {"dose", "monitor", "caution", "reduc", "adjust", "level", "warns", "assess the risk"},
		medication.BasisTheoretical:     {"no label", "theoretical", "case report", "without an instruction", "no instruction"},
	}
	for _, r := range medication.Rules() {
		require.True(t, r.Basis.Valid(), r.ID)
		assert.Equal(t, r.Basis.Severity(), r.Severity, "%s: severity follows the basis", r.ID)
		w := strings.ToLower(r.Wording)
		assert.True(t, slices.ContainsFunc(words[r.Basis], func(k string) bool { return strings.Contains(w, k) }),
			"%s (%s): wording %q does not state its basis", r.ID, r.Basis, r.Wording)
		assert.NotEmpty(t, r.Sources, r.ID)
	}
	// The combinations issue 9 found graded below their labels.
	for _, b := range []medication.AgentID{"mirtazapine", "buspirone", "trazodone", "l-tryptophan", "mdma"} {
		sev, rules := worst(t, "phenelzine", b)
		assert.Equal(t, medication.SeverityContraindicated, sev, "phenelzine + %s: %v", b, rules)
	}
	sev, _ := worst(t, "citalopram", "methadone")
	assert.Equal(t, medication.SeverityContraindicated, sev, "ONC pair 8 is contraindicated")
	// A concern carries the basis of its rule.
	cs, err := medication.Screen("oxycodone", "lorazepam")
	require.NoError(t, err)
	require.NotEmpty(t, cs)
	assert.Equal(t, medication.BasisBoxedWarning, cs[0].Basis)
}

// Item 12: no over-alerts without a source.
func TestNoOverAlerts(t *testing.T) {
	for _, p := range [][2]medication.AgentID{
		{"st-johns-wort", "lithium"}, {"melatonin", "sertraline"}, {"omega-3", "sertraline"}, {"prazosin", "sertraline"},
		{"naltrexone", "sertraline"}, {"acamprosate", "alcohol"}, {"lamotrigine", "sertraline"}, {"levothyroxine", "sertraline"},
	} {
		sev, rules := worst(t, p[0], p[1])
		assert.Zero(t, sev, "%s + %s: %v", p[0], p[1], rules)
	}
}

// Item 13: a substance no longer in use is not screened.
func TestSubstanceRecency(t *testing.T) {
	dis := rx("disulfiram", 250, medication.OnceDaily, "2026-10-01")
	tests := []struct {
		name string
		use  medication.Use
		opts []medication.Option
		want bool
	}{
		{"last used 11 months ago", medication.Use{Agent: "alcohol", Frequency: assessment.Daily, LastUse: day("2025-12-20")}, nil, false},
		{"abstinent since", medication.Use{Agent: "alcohol", Frequency: assessment.Daily, AbstinentSince: day("2026-09-01")}, nil, false},
		{"abstinent from tomorrow's point of view", medication.Use{Agent: "alcohol", Frequency: assessment.Daily, LastUse: day("2026-11-19"), AbstinentSince: day("2026-11-20")}, nil, false},
		{"last used 10 days ago", medication.Use{Agent: "alcohol", Frequency: assessment.Daily, LastUse: day("2026-11-10")}, nil, true},
		{"no date given", medication.Use{Agent: "alcohol", Frequency: assessment.Weekly}, nil, true},
		{"wider window", medication.Use{Agent: "alcohol", Frequency: assessment.Daily, LastUse: day("2025-12-20")}, []medication.Option{medication.WithCurrentUseDays(365)}, true},
	}
	for _, tt := range tests {
		r := medication.Regimen{Prescriptions: []medication.Prescription{dis}, Substances: []medication.Use{tt.use}}
		got := rulesOf(review(t, r, medication.Context{}, tt.opts...))
		_, ok := got["disulfiram-alcohol"]
		assert.Equal(t, tt.want, ok, tt.name)
	}
}

// Item 14: a dose far beyond any maximum is reported as implausible, at the
// top of the list, not as an ordinary dose above the maximum.
func TestImplausibleDose(t *testing.T) {
	p := medication.Prescription{Agent: "sertraline", Dose: medication.Dose{Amount: 50, Unit: medication.UnitG}, Frequency: medication.OnceDaily, Start: day("2026-10-01")}
	cs := review(t, medication.Regimen{Prescriptions: []medication.Prescription{p}}, medication.Context{})
	require.NotEmpty(t, cs)
	assert.Equal(t, medication.ConcernImplausibleDose, cs[0].Kind)
	assert.Equal(t, medication.SeverityContraindicated, cs[0].Severity)
	assert.InDelta(t, 50000, cs[0].Detail.DailyDose, 1e-9)
	assert.InDelta(t, 200, cs[0].Detail.Limit, 1e-9)
	assert.Empty(t, find(cs, medication.ConcernDoseAboveMaximum), "one concern, not two")
	// Nine times the maximum is an ordinary dose above the maximum.
	p.Dose = medication.Dose{Amount: 1800, Unit: medication.UnitMg}
	cs = review(t, medication.Regimen{Prescriptions: []medication.Prescription{p}}, medication.Context{})
	assert.Empty(t, find(cs, medication.ConcernImplausibleDose))
	assert.NotEmpty(t, find(cs, medication.ConcernDoseAboveMaximum))
}

// Item 15: combination products are their ingredients; products and
// indications dose as labeled.
func TestCombinationProducts(t *testing.T) {
	r := medication.Regimen{Prescriptions: []medication.Prescription{
		rx("sumatriptan-naproxen", 85, medication.OnceDaily, "2026-10-01"),
		rx("sertraline", 100, medication.OnceDaily, "2026-09-01"),
	}}
	cs := find(review(t, r, medication.Context{}), medication.ConcernInteraction)
	got := rulesOf(cs)
	require.Contains(t, got, "serotonin-reuptake-bleeding", "naproxen in Treximet")
	assert.Equal(t, []medication.AgentID{"sertraline", "naproxen"}, got["serotonin-reuptake-bleeding"].Agents)
	assert.Contains(t, got["serotonin-reuptake-bleeding"].Paths, "prescriptions/0")
	require.Contains(t, got, "serotonergic-antidepressant", "sumatriptan in Treximet")

	for _, tt := range []struct {
		product, other medication.AgentID
		rule           string
	}{
		{"olanzapine-fluoxetine", "phenelzine", "maoi-ssri-snri"},
		{"dextromethorphan-bupropion", "phenelzine", "maoi-bupropion"},
		{"buprenorphine-naloxone", "lorazepam", "opioid-treatment-cns-depressant"},
		{"olanzapine-samidorphan", "oxycodone", "naltrexone-opioid"},
		{"olanzapine-samidorphan", "fluvoxamine", "cyp1a2-olanzapine"},
	} {
		_, rules := worst(t, tt.product, tt.other)
		assert.Contains(t, rules, tt.rule, "%s + %s", tt.product, tt.other)
	}
	// No interaction within one product.
	cs, err := medication.Screen("olanzapine-fluoxetine")
	require.NoError(t, err)
	assert.Empty(t, cs)
	// Monitoring follows the ingredient.
	got = rulesOf(review(t, medication.Regimen{Prescriptions: []medication.Prescription{rx("olanzapine-fluoxetine", 6, medication.AtBedtime, "2026-10-01")}}, medication.Context{}))
	assert.Equal(t, []medication.AgentID{"olanzapine"}, got["antipsychotic-weight"].Agents)
}

func TestProductsAndIndicationDoses(t *testing.T) {
	above := func(p medication.Prescription, ctx medication.Context) bool {
		return len(find(review(t, medication.Regimen{Prescriptions: []medication.Prescription{p}}, ctx), medication.ConcernDoseAboveMaximum)) > 0
	}
	aplenzin := rx("bupropion", 522, 0, "2026-10-01")
	aplenzin.Product = "Aplenzin"
	assert.False(t, above(aplenzin, medication.Context{}), "Aplenzin 522 mg is bupropion hydrochloride 450 mg")
	aplenzin.Dose.Amount = 696
	assert.True(t, above(aplenzin, medication.Context{}))
	weekly := rx("fluoxetine", 90, 0, "2026-06-01")
	weekly.Product = "Prozac Weekly"
	cs := review(t, medication.Regimen{Prescriptions: []medication.Prescription{weekly}}, medication.Context{})
	assert.Empty(t, find(cs, medication.ConcernDoseAboveMaximum))
	assert.Empty(t, find(cs, medication.ConcernDoseBelowUsual), "90 mg weekly is the labeled dose, not 12.9 mg a day")
	par := rx("paroxetine", 60, medication.OnceDaily, "2026-10-01")
	assert.True(t, above(par, medication.Context{}))
	assert.False(t, above(par, medication.Context{Conditions: []assessment.Condition{{Code: "F42.2", Status: assessment.Confirmed}}}), "OCD")
	assert.False(t, above(par, medication.Context{Conditions: []assessment.Condition{{Code: "F41.0", Status: assessment.Provisional}}}), "panic disorder")
}

// Item 16: a prescription without dose or start is reviewed; the checks
// that need them say they did not run.
func TestReviewWithoutDoseOrStart(t *testing.T) {
	r := medication.Regimen{Prescriptions: []medication.Prescription{
		{Agent: "lithium"},
		{Agent: "ibuprofen", Dose: mg(400), Frequency: medication.ThreeTimesDaily, Start: day("2026-10-01")},
		{Agent: "sertraline", Start: day("2026-10-01")},
	}}
	cs := review(t, r, medication.Context{})
	assert.Contains(t, rulesOf(find(cs, medication.ConcernInteraction)), "lithium-clearance", "interactions still run")
	not := find(cs, medication.ConcernNotChecked)
	checks := map[string]bool{}
	for _, c := range not {
		assert.Equal(t, medication.SeverityInfo, c.Severity)
		assert.NotEmpty(t, c.Sources)
		checks[c.Paths[0]+" "+c.Rule] = true
	}
	for _, want := range []string{"prescriptions/2 dose:sertraline", "prescriptions/0 lithium-level", "prescriptions/0 lithium-renal", "prescriptions/0 lithium-thyroid"} {
		assert.True(t, checks[want], "%s reported as not run: %v", want, checks)
	}
	for _, c := range cs {
		if c.Kind == medication.ConcernMonitoringOverdue || c.Kind == medication.ConcernMonitoringDue {
			assert.NotContains(t, c.Paths, "prescriptions/0")
		}
	}
}

// Item 18: the psychotropics prescribers use resolve, with their class and
// label facts; smoking induces CYP1A2.
func TestCoverage(t *testing.T) {
	for name, want := range map[string]medication.AgentID{
		"Latuda": "lurasidone", "Vraylar": "cariprazine", "Caplyta": "lumateperone", "Saphris": "asenapine",
		"fluphenazine": "fluphenazine", "loxapine": "loxapine", "Cobenfy": "xanomeline-trospium", "Lybalvi": "olanzapine-samidorphan",
		"Lunesta": "eszopiclone", "Sonata": "zaleplon", "Belsomra": "suvorexant", "Dayvigo": "lemborexant", "Quviviq": "daridorexant",
		"Restoril": "temazepam", "Qelbree": "viloxazine", "Provigil": "modafinil", "Nuvigil": "armodafinil",
		"Zurzuvae": "zuranolone", "Exxua": "gepirone", "Auvelity": "dextromethorphan-bupropion", "Lucemyra": "lofexidine",
		"Ingrezza": "valbenazine", "Austedo": "deutetrabenazine", "Aricept": "donepezil", "Namenda": "memantine",
		"Xyrem": "sodium-oxybate", "Synthroid": "levothyroxine", "Symbyax": "olanzapine-fluoxetine", "Suboxone": "buprenorphine-naloxone",
		"Treximet": "sumatriptan-naproxen", "clarithromycin": "clarithromycin", "ketoconazole": "ketoconazole",
		"cyclosporine": "cyclosporine", "oral contraceptive": "combined-oral-contraceptive",
	} {
		id, err := medication.ResolveID(name)
		if assert.NoError(t, err, name) {
			assert.Equal(t, want, id, name)
		}
	}
	c := medication.Builtin()
	for _, id := range []medication.AgentID{"tobacco", "cannabis"} {
		assert.True(t, c.Properties(id).Any(medication.CYP1A2InducerStrong|medication.CYP1A2InducerModerate), id)
	}
	for _, sub := range []medication.AgentID{"clozapine", "olanzapine"} {
		sev, _ := worst(t, "tobacco", sub)
		assert.Equal(t, medication.SeverityModerate, sev, "tobacco + %s", sub)
	}
}
