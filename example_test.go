package integrative_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/validation"
)

// A plan for a 29-year-old with panic disorder treated with alprazolam
// alone, from an intake that asked about little else.
const panicPlan = `{
  "asOf": "2026-06-01",
  "intake": {
    "date": "2026-06-01",
    "client": {"age": 29, "sex": "male"},
    "domains": {"presenting-concerns": "assessed", "psychiatric-history": "assessed", "medications": "assessed"},
    "conditions": [{"code": "F41.0", "status": "confirmed"}]
  },
  "medication": {
    "prescriptions": [{"key": "rx-1", "agent": "alprazolam", "dose": {"amount": 0.5, "unit": "mg"},
                       "frequency": "three-times-daily", "start": "2025-10-01"}]
  }
}`

// Check a plan decoded from JSON and list what a clinician should review.
func ExampleCheck() {
	plan, err := integrative.DecodePlan([]byte(panicPlan))
	if err != nil {
		fmt.Println(err)
		return
	}
	report, err := integrative.Check(plan, integrative.WithoutRules("TIC001"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range report.Findings {
		fmt.Printf("%s %-7s %s\n", f.Rule, f.Severity, f.Message())
	}
	// Output:
	// PLN001 warning F41.0 has no intervention or recorded decision in the plan
	// PLN017 warning alprazolam for F41.0 without first-line treatment
	// PLN032 warning substance-use never assessed while medication is prescribed
	// PLN032 warning supplements-and-practices never assessed while medication is prescribed
	// PLN050 warning alprazolam has no prescriber on the team
	// PLN016 info    F41.0: no first-line treatment offered
	// PLN030 info    not assessed: medical-history, supplements-and-practices, substance-use, trauma, sleep, nutrition, movement, body-awareness, relationships, meaning, strengths, vulnerabilities-and-risk, culture, goals
	// PLN040 info    no client goals are recorded
}

// Malformed input is one error that names every bad field by its JSON
// path, without repeating what was typed.
func ExampleDecodePlan() {
	_, err := integrative.DecodePlan([]byte(`{"asOf": "2026-02-30", "intake": {"client": {"sex": "F", "age": "forty"}}}`))
	var verr *validation.Error
	if errors.As(err, &verr) {
		for _, f := range verr.Fields {
			fmt.Println(f)
		}
	}
	// Output:
	// asOf: assessment: not a date in the form YYYY-MM-DD between 1900 and 2199
	// intake/client/age: validation: wrong JSON type
	// intake/client/sex: assessment: not a valid value
}

// Acknowledge a finding: it stays in the report, marked with the reason.
func ExampleAcknowledgement() {
	plan, _ := integrative.DecodePlan([]byte(panicPlan))
	plan.Acknowledgements = []integrative.Acknowledgement{{
		Rule: "PLN050", Subject: "medication/prescriptions/0",
		Reason: "prescribed by urgent care; transfer of care booked", Date: plan.AsOf,
	}}
	report, _ := integrative.Check(plan, integrative.WithRules("PLN050"))
	f := report.Findings[0]
	fmt.Println(f.Rule, f.Severity, "acknowledged:", f.Acknowledged.Reason)
	fmt.Println("anything unacknowledged:", report.Highest() != integrative.SeverityUnknown)
	// Output:
	// PLN050 warning acknowledged: prescribed by urgent care; transfer of care booked
	// anything unacknowledged: false
}

// Write a report for a clinician.
func ExampleReport_WriteText() {
	plan, _ := integrative.DecodePlan([]byte(panicPlan))
	report, _ := integrative.Check(plan, integrative.WithRules("PLN017"))
	_ = report.WriteText(os.Stdout)
	// Output:
	// Plan check as of 2026-06-01: 0 critical, 1 warning, 0 info
	//
	// WARNING
	//
	//   [PLN017] benzodiazepine for panic disorder or GAD without first-line treatment
	//     alprazolam for F41.0 without first-line treatment
	//     Plan: medication/prescriptions/0, intake/conditions/0
	//     Why: Benzodiazepines are associated with a less good long-term outcome in panic disorder and should not be prescribed for it; for GAD they are for short-term use during crises only.
	//     Consider: Offer CBT or an SSRI or SNRI, and plan the benzodiazepine's taper with the client.
	//     Sources: [1] [2] [3] (guideline)
	//
	// Sources
	//   [1] Generalised anxiety disorder and panic disorder in adults: management (NICE clinical guideline CG113). National Institute for Health and Care Excellence, 2011; panic disorder, recommendations 1.4.7 (benzodiazepines should not be prescribed) and 1.4.9 (psychological therapy, antidepressant, self-help). https://www.nice.org.uk/guidance/cg113/chapter/Recommendations
	//   [2] Generalised anxiety disorder and panic disorder in adults: management (NICE clinical guideline CG113). National Institute for Health and Care Excellence, 2011; GAD, step 3: high-intensity psychological intervention (CBT or applied relaxation) or drug treatment (SSRI); drug treatment: do not offer a benzodiazepine except as a short-term measure during crises. https://www.nice.org.uk/guidance/cg113/chapter/Recommendations
	//   [3] FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class. U.S. Food and Drug Administration, Drug Safety Communication, 2020; class boxed warning: before prescribing and throughout treatment, assess each patient's risk for abuse, misuse, and addiction. https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class
}
