package medication_test

import (
	"errors"
	"fmt"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/medication"
)

// Review a regimen like Client D's: lithium and lamotrigine for bipolar II,
// ibuprofen for knee pain, and St John's wort started on a friend's
// advice.
func ExampleReview() {
	d := func(s string) assessment.Date { x, _ := assessment.ParseDate(s); return x }
	reg := medication.Regimen{
		Prescriptions: []medication.Prescription{
			{Agent: "lithium", Dose: medication.Dose{Amount: 300, Unit: medication.UnitMg}, Frequency: medication.TwiceDaily, Start: d("2025-09-20")},
			{Agent: "lamotrigine", Dose: medication.Dose{Amount: 200, Unit: medication.UnitMg}, Frequency: medication.OnceDaily, Start: d("2024-03-01")},
			{Agent: "ibuprofen", Dose: medication.Dose{Amount: 400, Unit: medication.UnitMg}, Frequency: medication.ThreeTimesDaily, AsNeeded: true, Start: d("2026-06-01")},
		},
		Supplements: []medication.Use{{Agent: "st-johns-wort", SelfStarted: assessment.Yes}},
		Monitoring: []medication.MonitoringEvent{
			{Test: medication.TestLithiumLevel, Date: d("2026-04-20")},
			{Test: medication.TestRenalFunction, Date: d("2026-04-20")},
			{Test: medication.TestThyroidFunction, Date: d("2026-04-20")},
		},
	}
	ctx := medication.Context{
		AsOf:       d("2026-11-20"),
		Client:     assessment.Client{Age: 60, Sex: assessment.SexFemale},
		Conditions: []assessment.Condition{{Code: "F31.81", Status: assessment.Confirmed}},
	}
	concerns, err := medication.Review(reg, ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range concerns {
		fmt.Printf("%s %s: %s %v\n", c.Severity, c.Kind, c.Rule, c.Agents)
	}
	// Output:
	// major monitoring-overdue: lithium-level [lithium]
	// moderate interaction: lithium-clearance [lithium ibuprofen]
	// moderate caution: st-johns-wort-bipolar [st-johns-wort]
	// moderate monitoring-overdue: lithium-renal [lithium]
	// moderate monitoring-overdue: lithium-thyroid [lithium]
}

// Screen a list of agents for interactions only. Each concern carries the
// basis of its grade; the rule behind it quotes the label's wording.
func ExampleScreen() {
	concerns, err := medication.Screen("fluvoxamine", "tizanidine", "melatonin")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range concerns {
		fmt.Printf("%s (%s): %s (ONC %d)\n", c.Severity, c.Basis, c.Title, c.Detail.ONC)
	}
	// Output:
	// contraindicated (contraindicated): tizanidine with a CYP1A2 inhibitor (ONC 13)
	// monitor (theoretical): melatonin with a strong CYP1A2 inhibitor (ONC 0)
}

// Resolve names as people write them.
func ExampleResolveID() {
	for _, name := range []string{"Zoloft", "ST. JOHN’S WORT", "ｌｉｔｈｉｕｍ carbonate", "36437"} {
		id, _ := medication.ResolveID(name)
		fmt.Println(id)
	}
	_, err := medication.ResolveID("setraline")
	var unknown *medication.UnknownNameError
	if errors.As(err, &unknown) {
		fmt.Println("did you mean:", unknown.Suggestions)
	}
	// Output:
	// sertraline
	// st-johns-wort
	// lithium
	// sertraline
	// did you mean: [sertraline]
}

// Turn an intake's supplements and substances into a regimen.
func ExampleFromIntake() {
	in := assessment.Intake{
		Supplements: []assessment.SupplementUse{{Name: "Melatonin", Schedule: "nightly", SelfStarted: assessment.Yes}},
		Substances:  []assessment.SubstanceUse{{Substance: "beer", Frequency: assessment.Daily}},
	}
	reg, err := medication.FromIntake(in)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reg.Supplements[0].Agent, reg.Substances[0].Agent, reg.Substances[0].Frequency)
	// Output:
	// melatonin alcohol daily
}

// Validation names every malformed field at once.
func ExampleRegimen_Validate() {
	d := func(s string) assessment.Date { x, _ := assessment.ParseDate(s); return x }
	reg := medication.Regimen{Prescriptions: []medication.Prescription{
		{Agent: "sertraline", Dose: medication.Dose{Amount: 0, Unit: medication.UnitMcgPerHour}, Frequency: medication.OnceDaily, Start: d("2026-12-01")},
	}}
	fmt.Println(reg.Validate(d("2026-11-20")))
	// Output:
	// invalid input (3 problems): prescriptions/0/dose/amount: medication: dose must be a positive finite number; prescriptions/0/dose/unit: medication: unit does not fit the agent; prescriptions/0/start: medication: missing date or date after the evaluation date
}

// Read orders as prescribers type them.
func ExampleParseOrder() {
	for _, text := range []string{"Zoloft 100mg", "tramadol 50mg q6h prn pain", "lithium carbonate ER 300 mg BID", "Aplenzin 348 mg", "EtOH"} {
		o, err := medication.ParseOrder(text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %v %s %s %s PRN=%v %q\n", o.Agent, o.Dose.Amount, o.Dose.Unit, o.Frequency, o.Release, o.AsNeeded, o.Product)
	}
	_, err := medication.ParseOrder("benzos")
	var unknown *medication.UnknownNameError
	if errors.As(err, &unknown) {
		fmt.Println("benzos suggests:", unknown.Suggestions[:3])
	}
	// Output:
	// sertraline 100 mg unknown unknown PRN=false ""
	// tramadol 50 mg four-times-daily unknown PRN=true ""
	// lithium 300 mg twice-daily extended PRN=false ""
	// bupropion 348 mg once-daily extended PRN=false "Aplenzin"
	// alcohol 0 unknown unknown unknown PRN=false ""
	// benzos suggests: [alprazolam clonazepam diazepam]
}

// Decode a regimen from JSON: every problem is reported at its JSON path,
// and the text never repeats the input.
func ExampleDecodeRegimen() {
	d := func(s string) assessment.Date { x, _ := assessment.ParseDate(s); return x }
	_, err := medication.DecodeRegimen([]byte(`{"prescriptions":[{"agent":"sertraline","frequency":"sometimes","dose":{"amount":"fifty","unit":"mg"}}]}`), d("2026-11-20"))
	fmt.Println(err)
	reg, err := medication.DecodeRegimen([]byte(`{"prescriptions":[{"agent":"sertraline","dose":{"amount":50,"unit":"mg"},"frequency":"BID","start":"2026-09-01"}]}`), d("2026-11-20"))
	fmt.Println(reg.Prescriptions[0].Frequency, err)
	// Output:
	// invalid input (2 problems): prescriptions/0/dose/amount: validation: wrong JSON type; prescriptions/0/frequency: medication: not a valid value
	// twice-daily <nil>
}

// Extend the built-in catalog: NewCatalog replaces, so start from
// BuiltinData. A new SSRI inherits every rule its class fits.
func ExampleNewCatalog() {
	data := medication.BuiltinData()
	data.Agents = append(data.Agents, medication.Agent{
		ID: "examplexetine", Kind: medication.KindDrug, Name: "examplexetine", Class: medication.ClassSSRI,
		Sources: []evidence.Source{{Title: "Formulary entry", Publisher: "Example clinic", Year: 2026}},
	})
	c, err := medication.NewCatalog(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	concerns, _ := c.Screen("examplexetine", "phenelzine", "warfarin")
	for _, x := range concerns {
		fmt.Println(x.Severity, x.Rule)
	}
	// Output:
	// contraindicated maoi-ssri-snri
	// moderate serotonin-reuptake-bleeding
}

// A prescription without a dose or start date is still reviewed; the
// checks that need them say they did not run.
func ExampleReview_notChecked() {
	d := func(s string) assessment.Date { x, _ := assessment.ParseDate(s); return x }
	reg := medication.Regimen{Prescriptions: []medication.Prescription{{Agent: "lithium"}, {Agent: "sertraline"}}}
	concerns, err := medication.Review(reg, medication.Context{AsOf: d("2026-11-20"), Client: assessment.Client{Age: 50, Sex: assessment.SexMale}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range concerns {
		fmt.Println(c.Severity, c.Kind, c.Rule, c.Agents)
	}
	// Output:
	// moderate interaction lithium-serotonergic [lithium sertraline]
	// info not-checked lithium-level [lithium]
	// info not-checked lithium-renal [lithium]
	// info not-checked lithium-thyroid [lithium]
	// info not-checked antidepressant-follow-up [sertraline]
	// info not-checked dose:sertraline [sertraline]
}
