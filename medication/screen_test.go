package medication_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/medication"
)

// rulePairs names, for every interaction rule, a pair of agents it must
// fire on. TestEveryRuleHasACase makes sure no rule is left out.
var rulePairs = []struct {
	rule string
	a, b medication.AgentID
	sev  medication.Severity
}{
	{"maoi-ssri-snri", "phenelzine", "sertraline", medication.SeverityContraindicated},
	{"maoi-tricyclic", "tranylcypromine", "clomipramine", medication.SeverityContraindicated},
	{"maoi-opioid", "isocarboxazid", "tramadol", medication.SeverityContraindicated},
	{"maoi-sympathomimetic", "selegiline", "lisdexamfetamine", medication.SeverityContraindicated},
	{"maoi-sympathomimetic-label", "phenelzine", "cocaine", medication.SeverityContraindicated},
	{"maoi-triptan", "phenelzine", "sumatriptan", medication.SeverityContraindicated},
	{"tranylcypromine-procarbazine", "tranylcypromine", "procarbazine", medication.SeverityContraindicated},
	{"maoi-maoi", "isocarboxazid", "phenelzine", medication.SeverityContraindicated},
	{"maoi-bupropion", "phenelzine", "bupropion", medication.SeverityContraindicated},
	{"maoi-other-antidepressant", "phenelzine", "mirtazapine", medication.SeverityContraindicated},
	{"maoi-serotonergic-supplement", "tranylcypromine", "l-tryptophan", medication.SeverityContraindicated},
	{"carbamazepine-maoi", "carbamazepine", "tranylcypromine", medication.SeverityContraindicated},
	{"maoi-antihistamine", "tranylcypromine", "hydroxyzine", medication.SeverityContraindicated},
	{"phenelzine-cns-depressant", "phenelzine", "lorazepam", medication.SeverityContraindicated},
	{"maoi-opioid-other", "isocarboxazid", "morphine", medication.SeverityMajor},
	{"maoi-deutetrabenazine", "phenelzine", "deutetrabenazine", medication.SeverityContraindicated},
	{"maoi-valbenazine", "phenelzine", "valbenazine", medication.SeverityMajor},
	{"maoi-serotonergic-other", "phenelzine", "mdma", medication.SeverityContraindicated},
	{"linezolid-antidepressant", "linezolid", "sertraline", medication.SeverityContraindicated},
	{"linezolid-serotonergic", "linezolid", "methadone", medication.SeverityMajor},
	{"serotonergic-antidepressant", "sertraline", "trazodone", medication.SeverityModerate},
	{"serotonergic-opioid", "tramadol", "sertraline", medication.SeverityModerate},
	{"lithium-serotonergic", "lithium", "sertraline", medication.SeverityModerate},
	{"same-serotonergic", "same", "sertraline", medication.SeverityMonitor},
	{"lumateperone-serotonin-reuptake", "lumateperone", "sertraline", medication.SeverityModerate},
	{"serotonergic-other", "st-johns-wort", "sumatriptan", medication.SeverityMonitor},
	{"qt-contraindicating", "ziprasidone", "citalopram", medication.SeverityContraindicated},
	{"qt-contraindicating", "thioridazine", "hydroxyzine", medication.SeverityContraindicated},
	{"qt-known-risk-pair", "citalopram", "methadone", medication.SeverityContraindicated},
	{"qt-avoid", "quetiapine", "methadone", medication.SeverityMajor},
	{"qt-qt", "hydroxyzine", "olanzapine", medication.SeverityModerate},
	{"pimozide-ssri", "pimozide", "sertraline", medication.SeverityContraindicated},
	{"pimozide-cyp-inhibitor", "pimozide", "clarithromycin", medication.SeverityContraindicated},
	{"pimozide-cyp-inhibitor", "pimozide", "bupropion", medication.SeverityContraindicated},
	{"thioridazine-inhibitor", "thioridazine", "duloxetine", medication.SeverityContraindicated},
	{"ketoconazole-qt-substrate", "ketoconazole", "methadone", medication.SeverityContraindicated},
	{"ketoconazole-benzodiazepine", "ketoconazole", "alprazolam", medication.SeverityContraindicated},
	{"opioid-treatment-cns-depressant", "buprenorphine", "alprazolam", medication.SeverityMajor},
	{"opioid-treatment-cns-depressant", "methadone", "gabapentin", medication.SeverityMajor},
	{"opioid-benzodiazepine", "oxycodone", "lorazepam", medication.SeverityMajor},
	{"opioid-cns-depressant", "morphine", "alcohol", medication.SeverityMajor},
	{"opioid-cns-depressant", "tramadol", "clonidine", medication.SeverityMajor},
	{"sedative-alcohol", "zolpidem", "alcohol", medication.SeverityMajor},
	{"benzodiazepine-cns-depressant", "clonazepam", "gabapentin", medication.SeverityModerate},
	{"cns-depressant-load", "gabapentin", "quetiapine", medication.SeverityModerate},
	{"sedating-antihistamine-alpha2-alcohol", "hydroxyzine", "alcohol", medication.SeverityModerate},
	{"clonidine-alcohol", "clonidine", "alcohol", medication.SeverityMajor},
	{"loxapine-cns-depressant", "loxapine", "lorazepam", medication.SeverityMajor},
	{"lemborexant-alcohol", "lemborexant", "alcohol", medication.SeverityMajor},
	{"oxybate-sedative-alcohol", "sodium-oxybate", "alcohol", medication.SeverityContraindicated},
	{"oxybate-cns-depressant", "sodium-oxybate", "gabapentin", medication.SeverityMajor},
	{"oxybate-valproate", "sodium-oxybate", "valproate", medication.SeverityModerate},
	{"kava-cns-depressant", "kava", "lorazepam", medication.SeverityMonitor},
	{"valerian-cns-depressant", "valerian", "alcohol", medication.SeverityMonitor},
	{"bupropion-seizure-threshold", "bupropion", "tramadol", medication.SeverityModerate},
	{"bupropion-antidepressant-antipsychotic", "bupropion", "haloperidol", medication.SeverityModerate},
	{"tramadol-seizure-drug", "tramadol", "sertraline", medication.SeverityModerate},
	{"seizure-threshold", "clozapine", "loxapine", medication.SeverityModerate},
	{"serotonin-reuptake-bleeding", "sertraline", "warfarin", medication.SeverityModerate},
	{"serotonin-reuptake-bleeding", "venlafaxine", "ibuprofen", medication.SeverityModerate},
	{"omega-3-bleeding", "omega-3", "warfarin", medication.SeverityMonitor},
	{"ginkgo-anticoagulant", "ginkgo", "warfarin", medication.SeverityMonitor},
	{"lithium-clearance", "lithium", "ibuprofen", medication.SeverityModerate},
	{"lithium-antipsychotic", "lithium", "haloperidol", medication.SeverityModerate},
	{"valproate-lamotrigine", "valproate", "lamotrigine", medication.SeverityMajor},
	{"lamotrigine-glucuronidation-inducer", "carbamazepine", "lamotrigine", medication.SeverityModerate},
	{"carbamazepine-levothyroxine", "carbamazepine", "levothyroxine", medication.SeverityModerate},
	{"levothyroxine-tricyclic", "levothyroxine", "amitriptyline", medication.SeverityMonitor},
	{"disulfiram-alcohol", "disulfiram", "alcohol", medication.SeverityContraindicated},
	{"disulfiram-metronidazole", "disulfiram", "metronidazole", medication.SeverityContraindicated},
	{"naltrexone-opioid", "naltrexone", "buprenorphine", medication.SeverityContraindicated},
	{"methadone-buprenorphine", "methadone", "buprenorphine", medication.SeverityMajor},
	{"lofexidine-naltrexone", "lofexidine", "naltrexone", medication.SeverityModerate},
	{"cyp1a2-tizanidine", "fluvoxamine", "tizanidine", medication.SeverityContraindicated},
	{"cyp1a2-ramelteon", "fluvoxamine", "ramelteon", medication.SeverityContraindicated},
	{"viloxazine-cyp1a2-substrate", "viloxazine", "duloxetine", medication.SeverityContraindicated},
	{"cyp1a2-duloxetine", "fluvoxamine", "duloxetine", medication.SeverityMajor},
	{"cyp1a2-clozapine", "fluvoxamine", "clozapine", medication.SeverityModerate},
	{"cyp1a2-clozapine-moderate", "combined-oral-contraceptive", "clozapine", medication.SeverityModerate},
	{"cyp1a2-inducer-clozapine", "tobacco", "clozapine", medication.SeverityModerate},
	{"cyp1a2-inducer-olanzapine", "tobacco", "olanzapine", medication.SeverityModerate},
	{"cyp1a2-olanzapine", "fluvoxamine", "olanzapine", medication.SeverityModerate},
	{"cyp1a2-melatonin", "fluvoxamine", "melatonin", medication.SeverityMonitor},
	{"cyp2d6-tramadol", "paroxetine", "tramadol", medication.SeverityMajor},
	{"cyp2d6-aripiprazole", "fluoxetine", "aripiprazole", medication.SeverityModerate},
	{"cyp2d6-atomoxetine", "paroxetine", "atomoxetine", medication.SeverityModerate},
	{"cyp2d6-iloperidone", "fluoxetine", "iloperidone", medication.SeverityModerate},
	{"cyp3a4-iloperidone", "clarithromycin", "iloperidone", medication.SeverityModerate},
	{"cyp2d6-tricyclic", "paroxetine", "nortriptyline", medication.SeverityModerate},
	{"cyp2d6-prodrug", "fluoxetine", "codeine", medication.SeverityMonitor},
	{"cyp2d6-brexpiprazole", "paroxetine", "brexpiprazole", medication.SeverityModerate},
	{"cyp2d6-vortioxetine", "bupropion", "vortioxetine", medication.SeverityModerate},
	{"cyp2d6-dextromethorphan", "paroxetine", "dextromethorphan", medication.SeverityModerate},
	{"cyp2d6-deutetrabenazine", "paroxetine", "deutetrabenazine", medication.SeverityModerate},
	{"cyp2d6-valbenazine", "fluoxetine", "valbenazine", medication.SeverityModerate},
	{"methadone-cyp-inhibitor", "fluvoxamine", "methadone", medication.SeverityMajor},
	{"methadone-cyp-inducer", "carbamazepine", "methadone", medication.SeverityMajor},
	{"cyp3a4-tramadol", "clarithromycin", "tramadol", medication.SeverityMajor},
	{"cyp3a4-oxycodone", "ketoconazole", "oxycodone", medication.SeverityMajor},
	{"cyp3a4-quetiapine-inhibitor", "ketoconazole", "quetiapine", medication.SeverityModerate},
	{"antipsychotic-cyp3a4-inducer-strong", "carbamazepine", "quetiapine", medication.SeverityModerate},
	{"antipsychotic-cyp3a4-inducer-strong", "carbamazepine", "aripiprazole", medication.SeverityModerate},
	{"cyp3a4-brexpiprazole-inhibitor", "clarithromycin", "brexpiprazole", medication.SeverityModerate},
	{"cyp3a4-lurasidone-strong", "ketoconazole", "lurasidone", medication.SeverityContraindicated},
	{"cyp3a4-lurasidone-moderate", "ciprofloxacin", "lurasidone", medication.SeverityModerate},
	{"cyp3a4-cariprazine-inhibitor", "ketoconazole", "cariprazine", medication.SeverityModerate},
	{"cyp3a4-cariprazine-inducer", "carbamazepine", "cariprazine", medication.SeverityMajor},
	{"cyp3a4-lumateperone-inhibitor", "clarithromycin", "lumateperone", medication.SeverityModerate},
	{"cyp3a4-lumateperone-inducer", "st-johns-wort", "lumateperone", medication.SeverityMajor},
	{"clozapine-cyp3a4-inducer-strong", "st-johns-wort", "clozapine", medication.SeverityMajor},
	{"alprazolam-cyp3a4-inhibitor-strong", "clarithromycin", "alprazolam", medication.SeverityMajor},
	{"cyp3a4-alprazolam-fluvoxamine", "fluvoxamine", "alprazolam", medication.SeverityModerate},
	{"cyp3a4-suvorexant-inhibitor", "clarithromycin", "suvorexant", medication.SeverityMajor},
	{"cyp3a4-suvorexant-moderate", "ciprofloxacin", "suvorexant", medication.SeverityModerate},
	{"cyp3a4-suvorexant-inducer", "carbamazepine", "suvorexant", medication.SeverityModerate},
	{"cyp3a4-lemborexant", "fluvoxamine", "lemborexant", medication.SeverityMajor},
	{"cyp3a4-daridorexant-strong", "ketoconazole", "daridorexant", medication.SeverityMajor},
	{"cyp3a4-daridorexant-moderate", "ciprofloxacin", "daridorexant", medication.SeverityModerate},
	{"cyp3a4-zuranolone-inhibitor", "ketoconazole", "zuranolone", medication.SeverityModerate},
	{"cyp3a4-zuranolone-inducer", "carbamazepine", "zuranolone", medication.SeverityMajor},
	{"cyp3a4-gepirone-strong", "ketoconazole", "gepirone", medication.SeverityContraindicated},
	{"cyp3a4-gepirone-moderate", "ciprofloxacin", "gepirone", medication.SeverityModerate},
	{"cyp3a4-gepirone-inducer", "carbamazepine", "gepirone", medication.SeverityMajor},
	{"cyp3a4-valbenazine-inhibitor", "clarithromycin", "valbenazine", medication.SeverityModerate},
	{"cyp3a4-valbenazine-inducer", "carbamazepine", "valbenazine", medication.SeverityMajor},
	{"carbamazepine-clozapine", "carbamazepine", "clozapine", medication.SeverityMajor},
	{"inducer-protease-inhibitor", "st-johns-wort", "ritonavir", medication.SeverityContraindicated},
	{"contraceptive-cyp3a4-inducer", "carbamazepine", "combined-oral-contraceptive", medication.SeverityModerate},
	{"st-johns-wort-warfarin", "st-johns-wort", "warfarin", medication.SeverityMonitor},
	{"st-johns-wort-cyclosporine", "st-johns-wort", "cyclosporine", medication.SeverityMonitor},
}

func rulesOf(cs []medication.Concern) map[string]medication.Concern {
	m := map[string]medication.Concern{}
	for _, c := range cs {
		m[c.Rule] = c
	}
	return m
}

func TestEveryRuleHasACase(t *testing.T) {
	covered := map[string]bool{}
	for _, p := range rulePairs {
		covered[p.rule] = true
	}
	for _, r := range medication.Rules() {
		assert.True(t, covered[r.ID], "rule %s has no test case", r.ID)
	}
}

// Every rule fires both ways round, names its A side first, and carries
// its severity and sources.
func TestEveryRuleBothWays(t *testing.T) {
	for _, p := range rulePairs {
		t.Run(p.rule, func(t *testing.T) {
			for _, order := range [][2]medication.AgentID{{p.a, p.b}, {p.b, p.a}} {
				cs, err := medication.Screen(order[0], order[1])
				require.NoError(t, err)
				c, ok := rulesOf(cs)[p.rule]
				require.True(t, ok, "%s + %s: got %v", order[0], order[1], cs)
				assert.Equal(t, medication.ConcernInteraction, c.Kind)
				assert.Equal(t, p.sev, c.Severity)
				assert.Equal(t, []medication.AgentID{p.a, p.b}, c.Agents, "A side first")
				if order[0] == p.a {
					assert.Equal(t, []string{"agents/0", "agents/1"}, c.Paths)
				} else {
					assert.Equal(t, []string{"agents/1", "agents/0"}, c.Paths)
				}
				assert.NotEmpty(t, c.Sources)
				assert.NotEmpty(t, c.Mechanism)
				assert.NotEmpty(t, c.Advice)
			}
		})
	}
}

// The psychiatric pairs of the ONC high-priority list, with Table 2's
// membership restricted to agents in the catalog.
func TestONCPairs(t *testing.T) {
	maois := []medication.AgentID{"tranylcypromine", "phenelzine", "isocarboxazid", "procarbazine", "selegiline"}
	type pair struct {
		onc     int
		objects []medication.AgentID
		precips []medication.AgentID
	}
	pairs := []pair{
		{1, []medication.AgentID{"dexmethylphenidate", "dextroamphetamine", "methylphenidate", "lisdexamfetamine", "methamphetamine", "pseudoephedrine", "amphetamine", "phentermine", "atomoxetine"}, maois},
		{4, []medication.AgentID{"fluoxetine", "paroxetine", "citalopram", "escitalopram", "sertraline", "fluvoxamine", "duloxetine", "nefazodone", "desvenlafaxine", "milnacipran", "venlafaxine"}, maois},
		{6, []medication.AgentID{"meperidine", "methadone", "tapentadol", "fentanyl", "tramadol", "dextromethorphan"}, maois},
		{7, []medication.AgentID{"amitriptyline", "clomipramine", "desipramine", "doxepin", "imipramine", "nortriptyline", "protriptyline", "trimipramine"}, maois},
		{9, []medication.AgentID{"ramelteon"}, []medication.AgentID{"fluvoxamine", "amiodarone", "ticlopidine", "ciprofloxacin"}},
		{10, []medication.AgentID{"ritonavir", "atazanavir", "darunavir", "lopinavir"}, []medication.AgentID{"carbamazepine", "st-johns-wort"}},
		{13, []medication.AgentID{"tizanidine"}, []medication.AgentID{"ciprofloxacin", "fluvoxamine", "mexiletine", "propafenone", "zileuton", "amiodarone", "ticlopidine"}},
		{14, []medication.AgentID{"tranylcypromine"}, []medication.AgentID{"procarbazine"}},
		{15, []medication.AgentID{"sumatriptan", "zolmitriptan", "rizatriptan"}, []medication.AgentID{"tranylcypromine", "phenelzine", "isocarboxazid", "moclobemide", "methylene-blue"}},
	}
	for _, p := range pairs {
		for _, o := range p.objects {
			for _, q := range p.precips {
				if o == q {
					continue
				}
				for _, order := range [][2]medication.AgentID{{o, q}, {q, o}} {
					cs, err := medication.Screen(order[0], order[1])
					require.NoError(t, err)
					found := false
					for _, c := range cs {
						if c.Detail.ONC == p.onc && c.Severity == medication.SeverityContraindicated {
							found = true
						}
					}
					assert.True(t, found, "ONC %d: %s + %s not caught as contraindicated: %v", p.onc, order[0], order[1], cs)
				}
			}
		}
	}
	// Pair 8: every two psychiatric drugs on the dated known-risk QT list,
	// contraindicated.
	qt := []medication.AgentID{"chlorpromazine", "citalopram", "escitalopram", "haloperidol", "methadone", "pimozide", "thioridazine"}
	for i, a := range qt {
		for _, b := range qt[i+1:] {
			cs, err := medication.Screen(a, b)
			require.NoError(t, err)
			found := false
			for _, c := range cs {
				// The label contraindication of pimozide and thioridazine
				// replaces the ONC pair's rule.
				if (c.Detail.ONC == 8 || c.Rule == "qt-contraindicating") && c.Severity == medication.SeverityContraindicated {
					found = true
				}
			}
			assert.True(t, found, "ONC 8: %s + %s", a, b)
		}
	}
}

// A specific rule replaces the general one for the same pair.
func TestSupersededRulesAreDropped(t *testing.T) {
	tests := []struct {
		a, b       medication.AgentID
		want, drop string
	}{
		{"phenelzine", "tramadol", "maoi-opioid", "serotonergic-opioid"},
		{"buprenorphine", "alprazolam", "opioid-treatment-cns-depressant", "opioid-benzodiazepine"},
		{"oxycodone", "diazepam", "opioid-benzodiazepine", "opioid-cns-depressant"},
		{"thioridazine", "citalopram", "qt-contraindicating", "qt-qt"},
		{"pimozide", "hydroxyzine", "qt-contraindicating", "qt-qt"},
		{"buprenorphine", "gabapentin", "opioid-treatment-cns-depressant", "opioid-cns-depressant"},
		{"buprenorphine", "clonidine", "cns-depressant-load", "opioid-treatment-cns-depressant"}, // alpha-2 agonists in opioid withdrawal
		{"carbamazepine", "clozapine", "carbamazepine-clozapine", "clozapine-cyp3a4-inducer-strong"},
		{"carbamazepine", "clozapine", "carbamazepine-clozapine", "cyp1a2-inducer-clozapine"},
		{"ketoconazole", "methadone", "ketoconazole-qt-substrate", "methadone-cyp-inhibitor"},
		{"pimozide", "fluoxetine", "pimozide-cyp-inhibitor", "pimozide-ssri"},
		{"citalopram", "haloperidol", "qt-known-risk-pair", "qt-qt"},
		{"quetiapine", "hydroxyzine", "qt-avoid", "qt-qt"},
		{"phenelzine", "bupropion", "maoi-bupropion", "bupropion-antidepressant-antipsychotic"},
		{"linezolid", "sertraline", "linezolid-antidepressant", "linezolid-serotonergic"},
		{"fluvoxamine", "alprazolam", "cyp3a4-alprazolam-fluvoxamine", "alprazolam-cyp3a4-inhibitor-strong"},
	}
	for _, tt := range tests {
		cs, err := medication.Screen(tt.a, tt.b)
		require.NoError(t, err)
		got := rulesOf(cs)
		assert.Contains(t, got, tt.want, "%s + %s", tt.a, tt.b)
		assert.NotContains(t, got, tt.drop, "%s + %s", tt.a, tt.b)
	}
}

// The buprenorphine and methadone advice follows FDA 2017: do not withhold.
func TestMOUDAdviceDoesNotWithhold(t *testing.T) {
	for _, moud := range []medication.AgentID{"buprenorphine", "methadone"} {
		cs, err := medication.Screen(moud, "clonazepam")
		require.NoError(t, err)
		c, ok := rulesOf(cs)["opioid-treatment-cns-depressant"]
		require.True(t, ok)
		assert.Contains(t, c.Advice, "Do not withhold")
	}
}

func TestScreenNothingAndErrors(t *testing.T) {
	cs, err := medication.Screen("sertraline", "prazosin", "melatonin", "omega-3", "naltrexone")
	require.NoError(t, err)
	assert.Empty(t, cs)
	cs, err = medication.Screen()
	require.NoError(t, err)
	assert.Empty(t, cs)
	cs, err = medication.Screen("sertraline", "sertraline")
	require.NoError(t, err)
	assert.Empty(t, cs, "an agent does not interact with itself")
	_, err = medication.Screen("sertraline", "no-such", "also-no")
	assert.ErrorIs(t, err, medication.ErrUnknownAgent)
	assertHas(t, err, "agents/1", medication.ErrUnknownAgent)
	assertHas(t, err, "agents/2", medication.ErrUnknownAgent)
}

// Acamprosate has no interaction property or rule: with alcohol, naltrexone
// and disulfiram only disulfiram's own rule fires. Guanfacine, clonidine's
// class-mate, has no CNS-depressant claim, so the alcohol rule keyed on the
// property leaves it out.
func TestAgentsWithoutInteractions(t *testing.T) {
	cs, err := medication.Screen("acamprosate", "alcohol", "naltrexone", "disulfiram")
	require.NoError(t, err)
	require.Len(t, cs, 1, "%v", cs)
	assert.Equal(t, "disulfiram-alcohol", cs[0].Rule)
	cs, err = medication.Screen("guanfacine", "alcohol")
	require.NoError(t, err)
	assert.Empty(t, cs)
}

// Results do not depend on input order.
func TestScreenDeterministic(t *testing.T) {
	ids := []medication.AgentID{"lithium", "ibuprofen", "st-johns-wort", "sertraline", "tramadol", "alcohol", "lorazepam", "fluvoxamine", "melatonin", "clozapine"}
	first, err := medication.Screen(ids...)
	require.NoError(t, err)
	rev := make([]medication.AgentID, len(ids))
	for i, id := range ids {
		rev[len(ids)-1-i] = id
	}
	second, err := medication.Screen(rev...)
	require.NoError(t, err)
	require.Equal(t, len(first), len(second))
	for i := range first {
		assert.Equal(t, first[i].Rule, second[i].Rule)
		assert.Equal(t, first[i].Agents, second[i].Agents)
	}
	for i := 1; i < len(first); i++ {
		assert.GreaterOrEqual(t, first[i-1].Severity, first[i].Severity, "sorted by severity")
	}
}
