package integrative_test

import (
	"fmt"
	"os"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
)

// The walk-through follows one fictional client from intake to report: a
// 41-year-old with a moderate depressive episode, seen on 2 March 2026.
var (
	intakeDay = assessment.MustDate(2026, 3, 2)
	startDay  = assessment.MustDate(2026, 3, 3)
)

// Step 1, the intake: the whole person, not only the symptoms. Every
// intake domain was asked about; the PHQ-9 is the one instrument given.
// Nothing in it identifies the client: the host keeps identity.
func walkthroughIntake() assessment.Intake {
	domains := map[assessment.DomainID]assessment.DomainStatus{}
	for _, d := range assessment.Domains() {
		domains[d.ID] = assessment.Assessed
	}
	hours, days := 6.5, 0
	return assessment.Intake{
		Date:       intakeDay,
		Client:     assessment.Client{Age: 41, Sex: assessment.SexMale},
		Domains:    domains,
		Conditions: []assessment.Condition{{Code: "F32.1", Status: assessment.Confirmed}},
		Responses: []assessment.Response{{
			Instrument: assessment.PHQ9,
			Date:       intakeDay,
			// Items 1 to 9; item 9 (thoughts of being better off dead or
			// of self-harm) answered "several days".
			Answers: assessment.Values(2, 2, 2, 1, 1, 2, 1, 1, 1),
		}},
		Sleep:      assessment.Sleep{HoursPerNight: &hours, Quality: assessment.Poor},
		Nutrition:  assessment.Nutrition{Quality: assessment.Fair},
		Movement:   assessment.Movement{DaysPerWeek: &days},
		Substances: []assessment.SubstanceUse{{Substance: "alcohol", Frequency: assessment.Monthly, LastUse: assessment.MustDate(2026, 2, 21)}},
		Trauma:     assessment.Trauma{Exposure: assessment.ExposureNo},
		Meaning:    assessment.Meaning{Sources: []string{"coaching his daughter's football team"}},
		Strengths:  []string{"a close brother", "steady work"},
		Goals:      []string{"coach again this season", "stop waking at 4 am"},
		Preferences: assessment.Preferences{
			Medication: assessment.Open, Therapy: assessment.Open,
		},
	}
}

// Step 2, the plan: each fact entered once. The client's age,
// conditions and substances come from the intake; the clinicians come from
// the team; the medication is found by the name the clinician typed.
func walkthroughPlan(in assessment.Intake) (integrative.Plan, error) {
	sertraline, err := medication.ResolveID("Zoloft") // a brand, any case
	if err != nil {
		return integrative.Plan{}, err // an *UnknownNameError with suggestions
	}
	target := 4
	return integrative.Plan{
		AsOf:   startDay,
		Intake: in,
		Medication: integrative.Medication{
			Prescriptions: []integrative.Prescription{{
				Key: "rx-sertraline", Prescriber: "psychiatrist",
				Prescription: medication.Prescription{
					Agent: sertraline, Dose: medication.Dose{Amount: 50, Unit: medication.UnitMg},
					Frequency: medication.OnceDaily, Start: startDay,
				},
			}},
			Education: []medication.Education{{Date: startDay, Topic: "what to expect in the first weeks", Agents: []medication.AgentID{sertraline}}},
			Monitoring: []medication.MonitoringEvent{
				{Test: medication.TestFollowUp, Date: assessment.MustDate(2026, 3, 17), Planned: true},
			},
		},
		Psychotherapy: integrative.Psychotherapy{
			Components: []integrative.Component{{Component: modality.Component{
				Key: "c-ba", Modality: modality.BA, Clinician: "psychologist", Start: startDay,
				Rationale:   "behavioural activation for a moderate depressive episode",
				Explanation: "planning, week by week, the things that matter to you",
				Frequency:   modality.Frequency{Sessions: 1, Per: modality.PerWeek},
			}}},
		},
		Delivery: integrative.Delivery{
			Practices: []traumainformed.PracticeID{
				traumainformed.PracticeConsent, traumainformed.PracticePredictable, traumainformed.PracticeSharedDecision,
				traumainformed.PracticeSkills, traumainformed.PracticeStrengths, traumainformed.PracticeFeedback,
			},
			NotDone: []traumainformed.NotDone{{Practice: traumainformed.PracticePeerGroup, Reason: traumainformed.Declined}},
		},
		Team: []integrative.Member{
			{Key: "psychiatrist", Role: integrative.Psychiatrist, Prescriber: true},
			{Key: "psychologist", Role: integrative.Psychologist, Competencies: []modality.Competency{{Modality: modality.BA, Basis: modality.Trained}}},
		},
		Coordination: integrative.Coordination{
			SharedPlan: true, MedicationChangesShared: true,
			Meetings: modality.Frequency{Sessions: 1, Per: modality.PerMonth},
		},
		Problems: []integrative.Problem{{Key: "p-mood", Conditions: []assessment.ICD10CM{"F32.1"}, Text: "low mood since the autumn; stopped coaching"}},
		Goals: []integrative.Goal{
			{Key: "g-coach", Problem: "p-mood", Kind: integrative.GoalMeaning, Text: "coach again this season", ClientWords: true},
			{Key: "g-sleep", Problem: "p-mood", Kind: integrative.GoalSymptom, Text: "stop waking at 4 am", ClientWords: true},
		},
		Objectives: []integrative.Objective{
			{Key: "o-phq", Goal: "g-sleep", Instrument: assessment.PHQ9, Target: &target},
			{Key: "o-coach", Goal: "g-coach", Behavior: "runs one training session a week", By: assessment.MustDate(2026, 5, 1)},
		},
		Interventions: []integrative.Intervention{
			{Objective: "o-phq", Prescription: "rx-sertraline"},
			{Objective: "o-phq", Component: "c-ba"},
			{Objective: "o-coach", Component: "c-ba"},
			{Objective: "o-phq", Lifestyle: "l-sleep"},
			{Objective: "o-coach", Lifestyle: "l-walk"},
		},
		Lifestyle: []integrative.Lifestyle{
			{Key: "l-sleep", Kind: integrative.LifestyleSleep, Text: "same wake time every day"},
			{Key: "l-walk", Kind: integrative.LifestyleMovement, Text: "a 20-minute walk after work"},
		},
		Decisions: []integrative.Decision{{
			Date: startDay, Kind: integrative.DecisionShared, Prescriptions: []string{"rx-sertraline"}, Components: []string{"c-ba"},
			Options: []string{"behavioural activation alone", "sertraline alone", "both"}, Choice: "both",
		}},
		Remeasurements: []integrative.Remeasurement{{Instrument: assessment.PHQ9, Next: assessment.MustDate(2026, 3, 17), EveryDays: 14}},
	}, nil
}

// Walk through the library's main path: score a whole-person intake, build
// the integrated plan in Go, check it, act on what the check finds, and
// write the report a clinician reads.
func Example_walkthrough() {
	// 1. Intake: score the instruments. A critical item raises a flag
	// whatever the total.
	in := walkthroughIntake()
	results, err := assessment.ScoreIntake(in)
	if err != nil {
		fmt.Println(err) // a *validation.Error naming each bad field
		return
	}
	for _, r := range results {
		fmt.Printf("%s: %d of %d, %s\n", r.Instrument, r.Total, r.Max, r.Band.Label)
		for _, f := range r.Flags {
			fmt.Printf("  flag %s (%s)\n", f.ID, f.Urgency)
		}
	}

	// 2 and 3. Plan and check. Malformed input would be an error; what a
	// clinician should review is a finding.
	plan, err := walkthroughPlan(in)
	if err != nil {
		fmt.Println(err)
		return
	}
	report, err := integrative.Check(plan)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("\nfirst check:")
	for _, f := range report.Findings {
		fmt.Printf("  %s %-8s %s\n", f.Rule, f.Severity, f.Message())
	}

	// The psychiatrist assesses suicide risk and makes a safety plan with
	// the client the same day. The flag stays in the report, marked as
	// addressed.
	plan.Safety = integrative.Safety{RiskAssessment: startDay, SafetyPlan: startDay}
	plan.Delivery.Practices = append(plan.Delivery.Practices, traumainformed.PracticeSafetyPlan)
	report, err = integrative.Check(plan)
	if err != nil {
		fmt.Println(err)
		return
	}

	// 4. Report: what a clinician reads, with the basis and the sources of
	// every finding.
	fmt.Println()
	if err := report.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// phq-9: 13 of 27, moderate
	//   flag phq-9/item-9 (same-day)
	//
	// first check:
	//   ASM001 critical phq-9 on 2026-03-02: phq-9/item-9 (same-day); risk assessment none, safety plan none
	//   TIC001 info     cultural-historical-and-gender-issues: principle-not-covered
	//
	// Plan check as of 2026-03-03: 0 critical, 0 warning, 2 info
	//
	// INFO
	//
	//   [ASM001] suicide risk on a screen not yet addressed (same-day)
	//     phq-9 on 2026-03-02: phq-9/item-9 (same-day); risk assessment 2026-03-03, safety plan 2026-03-03
	//     Plan: intake/responses/0, safety/riskAssessment, safety/safetyPlan
	//     Why: Item 9 asks about thoughts of being better off dead or of self-harm; any answer above 'Not at all' is associated with a higher risk of suicide attempt and suicide death, rising with the frequency reported.
	//     Consider: Complete a suicide risk assessment with an evidence-based process before the person leaves today, whatever the total score, and document the level of risk and the safety plan.
	//     Sources: [1] [2] [3] [4] [5] (guideline)
	//
	//   [TIC001] trauma-informed principle not covered
	//     cultural-historical-and-gender-issues: principle-not-covered
	//     Plan: delivery/practices
	//     Why: No practice recorded in the plan serves Cultural, Historical, and Gender Issues. Culturally adapted interventions, and interventions in the client's own language, improved outcomes in a meta-analysis of 76 studies; engagement depends on care that fits the client's language and culture. A trauma-informed approach takes universal precautions: it expects that anyone served may have a trauma history, whatever was reported.
	//     Consider: Deliver care and materials in the client's preferred language, adapt the treatment model to the client's culture, or offer a choice of clinician gender.
	//     Sources: [6] [7] [8] (consensus)
	//
	// Sources
	//   [1] Does response on the PHQ-9 Depression Questionnaire predict subsequent suicide attempt or suicide death?. Psychiatr Serv 64(12):1195-1202 (Simon GE, Rutter CM, Peterson D, et al.), 2013. https://doi.org/10.1176/appi.ps.201200587
	//   [2] Does suicidal ideation as measured by the PHQ-9 predict suicide among VA patients?. Psychiatr Serv 67(5):517-522 (Louzon SA, Bossarte R, McCarthy JF, Katz IR), 2016. https://doi.org/10.1176/appi.ps.201500149
	//   [3] National Patient Safety Goal NPSG.15.01.01, Reduce the risk for suicide. The Joint Commission, 2019; EP 3: evidence-based suicide risk assessment of patients who screen positive for suicidal ideation. https://www.jointcommission.org/standards/standard-faqs/hospital-and-hospital-clinics/national-patient-safety-goals-npsg/000002237
	//   [4] National Patient Safety Goal NPSG.15.01.01, Reduce the risk for suicide. The Joint Commission, 2019; EP 3: evidence-based suicide risk assessment of patients who screen positive; EP 5: written policies for counseling and follow-up care at discharge. https://www.jointcommission.org/standards/standard-faqs/hospital-and-hospital-clinics/national-patient-safety-goals-npsg/000002237
	//   [5] Safety planning intervention: a brief intervention to mitigate suicide risk. Cogn Behav Pract 19(2):256-264 (Stanley B, Brown GK), 2012. https://doi.org/10.1016/j.cbpra.2011.01.001
	//   [6] SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach. Substance Abuse and Mental Health Services Administration, HHS Publication No. (SMA) 14-4884, 2014; Six Key Principles of a Trauma-Informed Approach (6. Cultural, Historical, and Gender Issues). https://store.samhsa.gov/product/samhsas-concept-trauma-and-guidance-trauma-informed-approach/sma14-4884
	//   [7] Culturally adapted mental health interventions: a meta-analytic review. Psychotherapy: Theory, Research, Practice, Training 43(4):531-548 (Griner D, Smith TB), 2006; 76 studies: culturally adapted interventions benefited clients; interventions in the client's native language (other than English) were about twice as effective as those in English. https://scholarsarchive.byu.edu/facpub/279/
	//   [8] SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach. Substance Abuse and Mental Health Services Administration, HHS Publication No. (SMA) 14-4884, 2014; The Four R's: key assumptions (responds: a universal precautions approach that expects the presence of trauma; resist re-traumatization). https://store.samhsa.gov/product/samhsas-concept-trauma-and-guidance-trauma-informed-approach/sma14-4884
}
