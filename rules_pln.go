package integrative

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
)

// The cross-cutting rules of the whole plan: coverage, co-occurring
// conditions, evidence-based pairings, screening follow-up, whole-person
// care, client agency, the team, and measurement-based care.
var plnRules = []Rule{
	{
		ID:    "PLN001",
		Title: "condition not addressed by the plan",
		Doc: "A mental health or substance use condition on the intake is neither linked to an intervention (a " +
			"problem naming it, with a goal, an objective and an intervention) nor the subject of a recorded " +
			"decision (to treat, to wait, not to treat, or declined). General medical conditions are not required " +
			"to be addressed by the plan.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcCFR48261, srcAIMS},
		Since:      since,
		Message:    "{code} has no intervention or recorded decision in the plan",
		Basis:      "A treatment plan sets goals and interventions for each diagnosis it carries, or records why a condition is not treated now.",
		Suggestion: "Link the condition to a problem, goal, objective and intervention, or record a decision to wait or not to treat, with the reason.",
		Check:      checkConditionsAddressed,
	},
	{
		ID:    "PLN002",
		Title: "co-occurring substance use not treated in the same plan",
		Doc: "The client has a mental health condition and a substance use disorder (or a positive alcohol " +
			"screen), and the plan has nothing for the substance use: no linked intervention or decision, no " +
			"medication for it, no psychotherapy indicated for it, no substance-reduction goal, no referral to an " +
			"addiction specialist. Tobacco is left to other rules.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcTIP42},
		Since:      since,
		Message:    "{subject} ({what}) is not treated alongside the mental health care",
		Basis:      "People with co-occurring mental health and substance use conditions do best when both are treated together in one integrated plan, not in silos or one after the other.",
		Suggestion: "Add care for the substance use to this plan: medication, a psychosocial intervention, a substance-reduction goal, or a referral, coordinated with the mental health care.",
		Check:      checkCoOccurringTreated,
	},
	{
		ID:    "PLN003",
		Title: "co-occurring disorders without addiction expertise",
		Doc: "The client has a mental health condition and a substance use disorder, and no one on the team (or " +
			"referred to) has addiction expertise: an addiction specialist, or a member with recorded competency in " +
			"a modality indicated for substance use.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcTIP42},
		Since:      since,
		Message:    "no addiction expertise on the team for {code}",
		Basis:      "Co-occurring disorders call for staff competent in both; integrated care depends on addiction expertise being part of the team.",
		Suggestion: "Add an addiction specialist to the team, refer to one, or record a member's training in an addiction treatment.",
		Check:      checkAddictionExpertise,
	},
	{
		ID:    "PLN010",
		Title: "more severe depression without combined treatment offered",
		Doc: "An adult with a moderate or severe depressive episode (by the code, the recorded severity, or a " +
			"PHQ-9 of 16 or more, NICE's line for more severe depression) has not been offered both an " +
			"antidepressant and psychotherapy, and no decision about the depression is recorded. Info: the " +
			"combination is one first-line option among several, chosen with the client.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcNG222},
		Since:      since,
		Message:    "{code}: combined antidepressant and psychotherapy not offered",
		Basis:      "For more severe depression, a combination of CBT and an antidepressant is among the first-line options, chosen with the person.",
		Suggestion: "Discuss the options, including combined treatment, and record the shared decision.",
		Check:      checkDepressionCombined,
	},
	{
		ID:    "PLN011",
		Title: "antidepressant in bipolar disorder without an antimanic agent",
		Doc: "A client with bipolar disorder takes an antidepressant without lithium, valproate, carbamazepine, " +
			"lamotrigine or an antipsychotic. A warning in bipolar I (antidepressant monotherapy is not " +
			"recommended); info in bipolar II (F31.81), where some antidepressants are second-line for depression " +
			"without mixed features.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcCANMAT2018},
		Since:      since,
		Message:    "{agent} without an antimanic agent in {code}",
		Basis:      "Antidepressants should not be used as monotherapy for bipolar I depression; they risk switching into mania or mixed states.",
		Suggestion: "Add or confirm an antimanic agent (lithium, valproate, an antipsychotic), or reconsider the antidepressant.",
		Check:      checkBipolarAntidepressant,
	},
	{
		ID:    "PLN012",
		Title: "bipolar disorder without a psychosocial intervention",
		Doc: "A client with bipolar disorder has no psychosocial intervention indicated for it offered " +
			"(psychoeducation, IPSRT, family-focused therapy, CBT) and no decision recorded. Info: these are " +
			"adjuncts to medication.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcCANMAT2018, srcCG185},
		Since:      since,
		Message:    "{code}: no psychosocial intervention for bipolar disorder",
		Basis:      "Psychoeducation is first-line adjunctive care in the maintenance phase, and a structured psychological intervention designed for bipolar disorder helps prevent relapse.",
		Suggestion: "Offer psychoeducation, or IPSRT, family-focused therapy or CBT, alongside the medication.",
		Check:      checkBipolarPsychosocial,
	},
	{
		ID:    "PLN013",
		Title: "trauma-focused psychotherapy not offered for PTSD",
		Doc: "A client with PTSD has not been offered a trauma-focused psychotherapy indicated for PTSD and " +
			"suited to their age (CPT, PE, EMDR, TF-CBT...), and no decision about the PTSD is recorded. An offer " +
			"the client declined counts as offered.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcVADoDPTSD},
		Since:      since,
		Message:    "{code}: no trauma-focused psychotherapy offered",
		Basis:      "Manualized trauma-focused psychotherapy is recommended over medication for PTSD; co-occurring conditions, including substance use, should not preclude it.",
		Suggestion: "Offer a trauma-focused psychotherapy, or record the client's decision.",
		Check:      checkPTSDTherapy,
	},
	{
		ID:         "PLN014",
		Title:      "benzodiazepine in PTSD",
		Doc:        "A client with PTSD takes a benzodiazepine.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcVADoDPTSD, srcISTSSVADoD},
		Since:      since,
		Message:    "{agent} with {code}",
		Basis:      "The VA/DoD guideline recommends against benzodiazepines for PTSD: no benefit for PTSD, and risks of dependence and of interfering with trauma-focused therapy.",
		Suggestion: "Plan a taper with the client, and offer trauma-focused psychotherapy.",
		Check:      checkPTSDBenzodiazepine,
	},
	{
		ID:    "PLN015",
		Title: "exposure and response prevention not offered for OCD",
		Doc: "A client with obsessive-compulsive disorder has not been offered a first-line psychotherapy for OCD " +
			"(exposure and response prevention), and no decision about it is recorded.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcAPAOCD, srcOCDFenske},
		Since:      since,
		Message:    "{code}: exposure and response prevention not offered",
		Basis:      "CBT with exposure and response prevention, and SSRIs, are the first-line treatments for OCD.",
		Suggestion: "Offer exposure and response prevention, or record the client's decision.",
		Check:      checkOCDTherapy,
	},
	{
		ID:    "PLN016",
		Title: "panic disorder or GAD without first-line treatment offered",
		Doc: "A client with panic disorder or generalized anxiety disorder has been offered neither a first-line " +
			"psychotherapy for it (CBT; applied relaxation for GAD) nor an SSRI or SNRI, and no decision is " +
			"recorded. Info.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcCG113Panic, srcCG113GAD},
		Since:      since,
		Message:    "{code}: no first-line treatment offered",
		Basis:      "Psychological therapy (CBT) and an SSRI or SNRI are the first-line treatments; psychological therapy has the longest-lasting effect.",
		Suggestion: "Offer CBT (or applied relaxation for GAD), or an SSRI or SNRI, and record the shared decision.",
		Check:      checkAnxietyFirstLine,
	},
	{
		ID:    "PLN017",
		Title: "benzodiazepine for panic disorder or GAD without first-line treatment",
		Doc: "A client with panic disorder or generalized anxiety disorder takes a benzodiazepine and has neither " +
			"an SSRI or SNRI nor a first-line psychotherapy for the condition.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcCG113Panic, srcCG113GAD, srcFDABenzo2020},
		Since:      since,
		Message:    "{agent} for {code} without first-line treatment",
		Basis:      "Benzodiazepines are associated with a less good long-term outcome in panic disorder and should not be prescribed for it; for GAD they are for short-term use during crises only.",
		Suggestion: "Offer CBT or an SSRI or SNRI, and plan the benzodiazepine's taper with the client.",
		Check:      checkAnxietyBenzodiazepine,
	},
	{
		ID:    "PLN018",
		Title: "insomnia without CBT-I offered",
		Doc: "An adult with an insomnia disorder has not been offered a first-line psychotherapy for insomnia " +
			"(CBT-I), and no decision is recorded.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcACP2016},
		Since:      since,
		Message:    "{code}: CBT-I not offered",
		Basis:      "All adults with chronic insomnia disorder should receive CBT-I as the initial treatment; medication is added by shared decision if CBT-I alone is not enough.",
		Suggestion: "Offer CBT-I (individual, group or digital), or record the client's decision.",
		Check:      checkInsomniaCBTI,
	},
	{
		ID:    "PLN019",
		Title: "moderate or severe alcohol use disorder without medication offered",
		Doc: "A client with moderate or severe alcohol use disorder (ICD-10-CM F10.2, not in remission) has no " +
			"medication for it (naltrexone, acamprosate; topiramate, gabapentin or disulfiram after them) and no " +
			"decision about it is recorded.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcAPAAUD},
		Since:      since,
		Message:    "{code}: no medication for alcohol use disorder offered",
		Basis:      "Naltrexone or acamprosate should be offered to people with moderate to severe alcohol use disorder who want to drink less or stop and have no contraindication.",
		Suggestion: "Offer naltrexone or acamprosate and record the client's decision.",
		Check:      checkAUDMedication,
	},
	{
		ID:    "PLN020",
		Title: "alcohol use disorder without psychosocial care",
		Doc: "A client with alcohol use disorder (ICD-10-CM F10.1 or F10.2) has no psychotherapy indicated for " +
			"alcohol use offered, no referral to an addiction specialist and no decision recorded. Info.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcAPAAUD, srcNIAAA},
		Since:      since,
		Message:    "{code}: no psychosocial care for alcohol use",
		Basis:      "Behavioral treatments and medications for alcohol use disorder are both evidence-based and work best combined and tailored to the person.",
		Suggestion: "Offer a psychosocial treatment for alcohol use (motivational interviewing, CBT, mutual-help facilitation) or refer to one.",
		Check:      checkAUDPsychosocial,
	},
	{
		ID:    "PLN021",
		Title: "opioid use disorder without medication offered",
		Doc: "A client with opioid use disorder (ICD-10-CM F11.1 or F11.2) has no buprenorphine, methadone or " +
			"extended-release injectable naltrexone, and no decision is recorded. A plan with medication and no " +
			"psychotherapy is acceptable.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcASAM2020},
		Since:      since,
		Message:    "{code}: no medication for opioid use disorder offered",
		Basis:      "All FDA-approved medications for opioid use disorder should be available; declining or lacking psychosocial treatment should not delay them.",
		Suggestion: "Offer buprenorphine, methadone or extended-release naltrexone, and record the client's choice.",
		Check:      checkOUDMedication,
	},
	{
		ID:    "PLN022",
		Title: "positive screen not followed up",
		Doc: "The latest response to a screening instrument is positive, and the plan has no matching condition, " +
			"no follow-up instrument given on or after it, and no decision about it. A warning for the built-in " +
			"instruments; info for a host instrument whose matching conditions the library does not know. Suicide " +
			"risk screens are handled by ASM001.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcUSPSTFDep, srcUSPSTFAnx, srcCMS134},
		Since:      since,
		Message:    "{instrument} positive on {date} ({total}) with no diagnosis, follow-up or decision",
		Basis:      "Screening helps only when a positive screen leads to diagnostic evaluation, treatment or a documented follow-up plan.",
		Suggestion: "Evaluate for the condition the screen points to, give the follow-up instrument, or record a decision.",
		Check:      checkScreenFollowUp,
	},
	{
		ID:    "PLN030",
		Title: "whole-person domains not assessed",
		Doc: "Intake domains that were neither assessed nor declined, and for which the intake records no facts. " +
			"Info: a whole-person plan rests on sleep, nutrition, movement, meaning, supplements and practices, " +
			"substances and the client's goals as well as symptoms.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcSAMHSARecovery},
		Since:      since,
		Message:    "not assessed: {domains}",
		Basis:      "Recovery is holistic: it reaches mind, body, spirit and community, so the plan needs to know about each.",
		Suggestion: "Ask about these domains at the next visit, or record that the client declined.",
		Check:      checkDomainsAssessed,
	},
	{
		ID:    "PLN031",
		Title: "problem found at intake with no intervention",
		Doc: "The intake found a whole-person problem the plan does nothing about: short sleep (under 7 hours), " +
			"poor sleep, insomnia or nightmares without sleep care; no days of deliberate movement without a " +
			"movement goal; poor nutrition without a nutrition goal; a self-started supplement no one has reviewed " +
			"with the client. Info.",
		Severity: SeverityInfo,
		Strength: evidence.StrengthConsensus,
		Sources:  []evidence.Source{srcSAMHSARecovery, srcWatson2015, srcWHO2020},
		Since:    since,
		Message:  "{domain}: {problem}",
		Check:    checkDomainProblems,
	},
	{
		ID:    "PLN032",
		Title: "prescribing while substance use or supplements were never assessed",
		Doc: "The plan prescribes medication and the intake never asked about substance use, or about " +
			"supplements and practices (not assessed, not declined, nothing recorded).",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthRegulatory,
		Sources:    []evidence.Source{srcFDABenzo2020, srcAPAAUDAssess},
		Since:      since,
		Message:    "{domain} never assessed while medication is prescribed",
		Basis:      "Interactions with alcohol, other substances and supplements cannot be screened when their use was never asked about, and the benzodiazepine label asks for each person's risk of misuse to be assessed before prescribing.",
		Suggestion: "Ask about alcohol, other substances, supplements and herbal products before prescribing, and record the answers.",
		Check:      checkPrescribingAssessed,
	},
	{
		ID:         "PLN040",
		Title:      "no goals in the client's own words",
		Doc:        "The plan records no goals at all, or its goals are none of them in the client's own words. Info.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcSAMHSARecovery, srcNG197},
		Since:      since,
		Message:    "{what}",
		Basis:      "Recovery is person-driven: people define their own life goals, and care is planned with them around those goals.",
		Suggestion: "Ask the client what they want from care and record it in their words.",
		Check:      checkClientGoals,
	},
	{
		ID:    "PLN041",
		Title: "meaning named by the client but only symptom goals",
		Doc: "The client named what gives them meaning and purpose, and every goal of the plan is a symptom " +
			"target. Info.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcSAMHSARecovery},
		Since:      since,
		Message:    "the client named sources of meaning; every goal of the plan ({count}) is a symptom target",
		Basis:      "Recovery is holistic and person-driven; goals about functioning and meaning keep care aimed at the life the client wants.",
		Suggestion: "Add a goal about functioning or meaning, with the client, in their words.",
		Check:      checkMeaningGoals,
	},
	{
		ID:    "PLN042",
		Title: "medication started without a shared decision or education",
		Doc: "A medication started since the intake has no shared decision recorded for it, or no education " +
			"given about it. Info.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcNG197},
		Since:      since,
		Message:    "{agent}: {missing} not recorded",
		Basis:      "Decisions about treatment are reached with the person, discussing benefits, harms and what matters to them, and the person is told what to expect.",
		Suggestion: "Record the shared decision and the education given (what it is for, when it may help, side effects).",
		Check:      checkMedicationPartnership,
	},
	{
		ID:    "PLN043",
		Title: "plan goes against a stated preference without a recorded decision",
		Doc: "The client said they were not open to medication (or to therapy), and the plan includes it with no " +
			"decision recorded for it.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcNG197, srcSAMHSARecovery},
		Since:      since,
		Message:    "{subject} although the client preferred no {preference}",
		Basis:      "Care reflects the person's preferences and values; going against a stated preference needs a decision reached with the client.",
		Suggestion: "Discuss it with the client and record the decision, or remove it from the plan.",
		Check:      checkPreferences,
	},
	{
		ID:    "PLN050",
		Title: "medication without a prescriber on the team",
		Doc: "A current or planned prescription names no prescriber, or names a team member not recorded as " +
			"prescribing.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcCFR48261, srcAIMS},
		Since:      since,
		Message:    "{agent} has no prescriber on the team",
		Basis:      "A plan names who is responsible for each part of the treatment; medication needs a prescriber who follows it.",
		Suggestion: "Name the prescriber on the team.",
		Check:      checkPrescriber,
	},
	{
		ID:         "PLN051",
		Title:      "psychotherapy component without a clinician",
		Doc:        "A psychotherapy component offered and not declined names no clinician. Self-directed supporting practices (lifestyle, mindfulness practice) are exempt. Info.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcCFR48261},
		Since:      since,
		Message:    "{modality} has no clinician",
		Basis:      "A plan names who is responsible for each part of the treatment.",
		Suggestion: "Name the clinician who delivers it.",
		Check:      checkComponentClinician,
	},
	{
		ID:    "PLN052",
		Title: "more than one clinician and no coordination recorded",
		Doc: "Two or more clinicians are involved (team members and referrals), and the plan records neither a " +
			"shared plan nor how often the team communicates.",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcCochraneCC, srcAIMS, srcSplitTreatment},
		Since:      since,
		Message:    "{count} clinicians with no shared plan or regular communication",
		Basis:      "Collaborative care, with a shared care plan and regular communication, improves outcomes; split care without it risks gaps and contradictions.",
		Suggestion: "Record a shared plan and how often the team meets or communicates.",
		Check:      checkCoordination,
	},
	{
		ID:    "PLN053",
		Title: "medication changes do not reach the therapist",
		Doc: "Medication was started, changed or stopped since the intake, a clinician other than the prescriber " +
			"delivers psychotherapy, and the plan does not record that medication changes reach them. Info.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcSplitTreatment},
		Since:      since,
		Message:    "medication changed ({agents}); the therapist is not recorded as informed",
		Basis:      "In split treatment, the prescriber and the therapist avoid its hazards by communicating proactively, medication changes above all.",
		Suggestion: "Record that medication changes are shared with the therapist.",
		Check:      checkChangesShared,
	},
	{
		ID:    "PLN060",
		Title: "instrument not scheduled for re-measurement",
		Doc: "An instrument that measures change over time (one with a response, remission or reliable-change " +
			"rule) was given and is not scheduled to be given again. Info.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcTJCCTS, srcFortney2017},
		Since:      since,
		Message:    "{instrument} given on {date}, no re-measurement scheduled",
		Basis:      "Measurement-based care repeats a standardized measure during treatment and uses the results to adjust it; one-time screening does not improve outcomes.",
		Suggestion: "Schedule the instrument again (often at each visit or every 2 to 4 weeks during active treatment).",
		Check:      checkRemeasurement,
	},
	{
		ID:    "PLN061",
		Title: "no response after an adequate antidepressant trial",
		Doc: "An antidepressant has been taken for at least its class's adequate-trial length, and the PHQ-9 " +
			"taken since then shows no response (less than a 50 percent fall from the score before the start).",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcNG222Further},
		Since:      since,
		Message:    "{agent} for {days} days: PHQ-9 {baseline} to {latest}",
		Basis:      "When depression has not responded after an adequate trial at a therapeutic dose, review adherence, side effects and contributing factors, then the diagnosis, before going on.",
		Suggestion: "Reassess with the client: adherence, dose, side effects, life events, other conditions; then adjust the plan.",
		Check:      checkAdequateTrialResponse,
	},
	{
		ID:       "PLN062",
		Title:    "response or remission reached",
		Doc:      "The instrument's latest score meets its published response or remission rule against the baseline. Info, to report progress.",
		Severity: SeverityInfo,
		Strength: evidence.StrengthGuideline,
		Sources:  []evidence.Source{srcTJCCTS},
		Since:    since,
		Message:  "{instrument}: {outcome} ({baseline} to {latest})",
		Basis:    "Measurement-based care reports progress to the client and the team.",
		Check:    checkOutcomes,
	},
}

// substanceGroups are the substance use disorders the co-occurring rules
// consider. Tobacco use disorder is left out: its care is usually given by
// the prescriber or primary care, and these rules ask for addiction
// expertise.
var substanceGroups = []assessment.GroupID{
	assessment.GroupAlcoholUse, assessment.GroupOpioidUse, assessment.GroupCannabisUse,
	assessment.GroupSedativeUse, assessment.GroupStimulantUse, assessment.GroupOtherSubstanceUse,
}

// substanceUseGroups are substance use recorded without a use disorder
// (use, unspecified: intoxication, withdrawal or an induced disorder). It
// is substance use the plan must treat, but not a disorder that calls for
// addiction expertise.
var substanceUseGroups = []assessment.GroupID{
	assessment.GroupAlcoholUseUnspecified, assessment.GroupOpioidUseUnspecified, assessment.GroupCannabisUseUnspecified,
	assessment.GroupSedativeUseUnspecified, assessment.GroupStimulantUseUnspecified, assessment.GroupOtherSubstanceUseUnspecified,
}

// kindOf says what a condition is for the plan rules.
type conditionKind uint8

const (
	kindOther     conditionKind = iota // general medical, or not a clinical group
	kindMental                         // a mental health condition
	kindSubstance                      // a substance use condition
	kindTobacco                        // tobacco use or gambling, treated as mental health care for coverage
)

func kindOf(code assessment.ICD10CM, groups []assessment.GroupID) conditionKind {
	kind := kindOther
	for _, g := range groups {
		switch {
		case slices.Contains(substanceGroups, g), slices.Contains(substanceUseGroups, g):
			return kindSubstance
		case g == assessment.GroupTobaccoUse || g == assessment.GroupGambling:
			kind = kindTobacco
		default:
			if !medicalGroups()[g] && kind == kindOther {
				kind = kindMental
			}
		}
	}
	if kind == kindOther && strings.HasPrefix(string(code), "F") {
		return kindMental
	}
	return kind
}

// medicalGroups are the built-in condition groups of general medical
// conditions, worked out once.
var medicalGroups = sync.OnceValue(func() map[assessment.GroupID]bool {
	m := map[assessment.GroupID]bool{}
	for _, g := range assessment.Groups() {
		if g.Medical {
			m[g.ID] = true
		}
	}
	return m
})

func conditionPath(i int) string { return indexPath("intake/conditions", i, "") }

func rxPath(i int) string { return indexPath("medication/prescriptions", i, "") }

func checkConditionsAddressed(p *Pass) {
	f := p.facts()
	for i, c := range p.Plan.Intake.Conditions {
		if kindOf(c.Code, f.groups[i]) == kindOther || f.addressed(c.Code) {
			continue
		}
		p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
	}
}

// sudItem is a substance use condition or a positive substance screen.
type sudItem struct {
	path, what string
	code       assessment.ICD10CM
	instrument assessment.InstrumentID
	groups     []assessment.GroupID
}

// coOccurring returns the substance use conditions and positive substance
// screens of a client who also has a mental health condition (diagnosed or
// screened), and whether any substance use disorder is diagnosed.
func coOccurring(p *Pass) ([]sudItem, bool) {
	plan := p.Plan
	mental := false
	var items []sudItem
	diagnosed := false
	f := p.facts()
	for i, c := range plan.Intake.Conditions {
		groups := f.groups[i]
		switch kindOf(c.Code, groups) {
		case kindMental:
			mental = true
		case kindSubstance:
			if slices.ContainsFunc(groups, func(g assessment.GroupID) bool { return slices.Contains(substanceGroups, g) }) {
				diagnosed = true
			}
			items = append(items, sudItem{path: conditionPath(i), what: string(c.Code), code: c.Code, groups: groups})
		}
	}
	for _, id := range f.instruments {
		s := f.latest[id]
		if s.Result.Screen != assessment.ScreenPositive {
			continue
		}
		groups := screenGroups[id]
		for _, g := range groups {
			if slices.Contains(substanceGroups, g) {
				items = append(items, sudItem{path: indexPath("intake/responses", s.Response, ""), what: string(id), instrument: id, groups: groups})
				break
			}
			if !medicalGroups()[g] {
				mental = true
			}
		}
	}
	if !mental {
		return nil, false
	}
	// A positive screen adds nothing when a diagnosis of its group is there.
	out := items[:0]
	for _, it := range items {
		if it.instrument != "" && slices.ContainsFunc(items, func(o sudItem) bool {
			return o.code != "" && slices.ContainsFunc(o.groups, func(g assessment.GroupID) bool { return slices.Contains(it.groups, g) })
		}) {
			continue
		}
		out = append(out, it)
	}
	return out, diagnosed
}

func checkCoOccurringTreated(p *Pass) {
	items, _ := coOccurring(p)
	if len(items) == 0 {
		return
	}
	f := p.facts()
	plan := p.Plan
	substanceCare := f.hasRole(roleAUD|roleMOUD) ||
		slices.ContainsFunc(plan.Lifestyle, func(l Lifestyle) bool { return l.Kind == LifestyleSubstanceReduction }) ||
		slices.ContainsFunc(plan.Referrals, func(r Referral) bool { return r.To == AddictionSpecialist }) ||
		addictionSpecialistDelivers(p)
	for _, it := range items {
		treated := substanceCare
		if it.code != "" && f.addressed(it.code) {
			treated = true
		}
		if it.instrument != "" && f.decidedInstr[it.instrument] {
			treated = true
		}
		for _, g := range it.groups {
			if f.indicated(g, plan.Intake.Client.Age, false, false, false) {
				treated = true
			}
		}
		if !treated {
			kind := "diagnosis"
			if it.instrument != "" {
				kind = "positive screen"
			}
			p.Report(Finding{Subject: it.path, Values: []Value{{"subject", it.what}, {"what", kind}}})
		}
	}
}

func checkAddictionExpertise(p *Pass) {
	items, diagnosed := coOccurring(p)
	if !diagnosed {
		return
	}
	plan := p.Plan
	if slices.ContainsFunc(plan.Team, func(m Member) bool { return m.Role == AddictionSpecialist }) ||
		slices.ContainsFunc(plan.Referrals, func(r Referral) bool { return r.To == AddictionSpecialist }) {
		return
	}
	for _, m := range plan.Team {
		for _, c := range m.Competencies {
			if c.Modality == "" {
				continue
			}
			if p.st.cfg.modality.IndicatedForAny(c.Modality, substanceGroups) {
				return
			}
		}
	}
	for _, it := range items {
		if it.code != "" {
			p.Report(Finding{Subject: it.path, Paths: []string{"team"}, Values: []Value{{"code", string(it.code)}}})
			return
		}
	}
}

// severeDepression reports whether condition c, or the latest PHQ-9, makes
// the depression moderate or severe.
func severeDepression(p *Pass, c assessment.Condition) bool {
	switch c.Severity {
	case assessment.SeverityModerate, assessment.SeveritySevere:
		return true
	case assessment.SeverityMild:
		return false
	}
	for _, prefix := range []string{"F32.1", "F32.2", "F32.3", "F33.1", "F33.2", "F33.3"} {
		if strings.HasPrefix(string(c.Code), prefix) {
			return true
		}
	}
	if s, ok := p.facts().latest["phq-9"]; ok && s.Result.Total >= 16 {
		return true
	}
	return false
}

func checkDepressionCombined(p *Pass) {
	plan := p.Plan
	if plan.Intake.Client.Age < 18 {
		return // NICE NG222 covers adults
	}
	f := p.facts()
	for _, i := range p.facts().conditionsIn(assessment.GroupDepressive) {
		c := plan.Intake.Conditions[i]
		if !severeDepression(p, c) || f.decided[c.Code] {
			continue
		}
		if f.hasRole(roleAntidepressant) && f.anyPsychotherapy() {
			continue
		}
		p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
	}
}

func checkBipolarAntidepressant(p *Pass) {
	plan := p.Plan
	f := p.facts()
	conds := p.facts().conditionsIn(assessment.GroupBipolar)
	if len(conds) == 0 || f.hasRole(roleAntimanic) {
		return
	}
	c := plan.Intake.Conditions[conds[0]]
	bipolarII := true
	for _, i := range conds {
		if !strings.HasPrefix(string(plan.Intake.Conditions[i].Code), "F31.81") {
			bipolarII = false
			c = plan.Intake.Conditions[i]
		}
	}
	for _, x := range f.rxWith(roleAntidepressant) {
		sev := SeverityWarning
		if bipolarII {
			sev = SeverityInfo
		}
		p.Report(Finding{
			Severity: sev,
			Subject:  rxPath(x.index),
			Paths:    []string{conditionPath(conds[0])},
			Values:   []Value{{"agent", string(x.agent)}, {"code", string(c.Code)}},
		})
	}
}

func checkBipolarPsychosocial(p *Pass) {
	plan := p.Plan
	f := p.facts()
	for _, i := range p.facts().conditionsIn(assessment.GroupBipolar) {
		c := plan.Intake.Conditions[i]
		if f.decided[c.Code] || f.indicated(assessment.GroupBipolar, plan.Intake.Client.Age, false, false, false) {
			continue
		}
		p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
		return
	}
}

func checkPTSDTherapy(p *Pass) {
	plan := p.Plan
	f := p.facts()
	for _, i := range p.facts().conditionsIn(assessment.GroupPTSD) {
		c := plan.Intake.Conditions[i]
		if f.decided[c.Code] || f.indicated(assessment.GroupPTSD, plan.Intake.Client.Age, false, true, false) {
			continue
		}
		p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
	}
}

func checkPTSDBenzodiazepine(p *Pass) {
	conds := p.facts().conditionsIn(assessment.GroupPTSD)
	if len(conds) == 0 {
		return
	}
	code := p.Plan.Intake.Conditions[conds[0]].Code
	for _, x := range p.facts().rxWith(roleBenzodiazepine) {
		p.Report(Finding{
			Subject: rxPath(x.index),
			Paths:   []string{conditionPath(conds[0])},
			Values:  []Value{{"agent", string(x.agent)}, {"code", string(code)}},
		})
	}
}

func checkOCDTherapy(p *Pass) {
	plan := p.Plan
	f := p.facts()
	for _, i := range p.facts().conditionsIn(assessment.GroupOCD) {
		c := plan.Intake.Conditions[i]
		if f.decided[c.Code] || f.indicated(assessment.GroupOCD, plan.Intake.Client.Age, true, false, false) {
			continue
		}
		p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
	}
}

// anxietyGroups are the groups with the same first-line treatments (NICE
// CG113).
var anxietyGroups = []assessment.GroupID{assessment.GroupPanic, assessment.GroupGAD}

// anxietyFirstLine reports whether the plan offers first-line treatment for
// group g: a first-line psychotherapy or an SSRI or SNRI.
func anxietyFirstLine(p *Pass, g assessment.GroupID) bool {
	f := p.facts()
	return f.hasRole(roleSSRISNRI) || f.indicated(g, p.Plan.Intake.Client.Age, true, false, false)
}

func checkAnxietyFirstLine(p *Pass) {
	plan := p.Plan
	f := p.facts()
	for _, g := range anxietyGroups {
		for _, i := range p.facts().conditionsIn(g) {
			c := plan.Intake.Conditions[i]
			if f.decided[c.Code] || anxietyFirstLine(p, g) {
				continue
			}
			p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
		}
	}
}

func checkAnxietyBenzodiazepine(p *Pass) {
	plan := p.Plan
	benzos := p.facts().rxWith(roleBenzodiazepine)
	if len(benzos) == 0 {
		return
	}
	for _, g := range anxietyGroups {
		conds := p.facts().conditionsIn(g)
		if len(conds) == 0 || anxietyFirstLine(p, g) {
			continue
		}
		for _, x := range benzos {
			p.Report(Finding{
				Subject: rxPath(x.index),
				Paths:   []string{conditionPath(conds[0])},
				Values:  []Value{{"agent", string(x.agent)}, {"code", string(plan.Intake.Conditions[conds[0]].Code)}},
			})
		}
	}
}

func checkInsomniaCBTI(p *Pass) {
	plan := p.Plan
	if plan.Intake.Client.Age < 18 {
		return // ACP 2016 covers adults
	}
	f := p.facts()
	for _, i := range p.facts().conditionsIn(assessment.GroupInsomnia) {
		c := plan.Intake.Conditions[i]
		if f.decided[c.Code] || f.indicated(assessment.GroupInsomnia, plan.Intake.Client.Age, true, false, false) {
			continue
		}
		p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
	}
}

// useDisorder reports whether code is a use disorder of the substance
// whose ICD-10-CM category is cat ("F10"): F1x.1 (abuse, DSM-5 mild) or
// F1x.2 (dependence, DSM-5 moderate or severe); with moderateUp, only F1x.2
// and not in remission (F1x.21).
func useDisorder(code assessment.ICD10CM, cat string, moderateUp bool) bool {
	s := string(code)
	switch {
	case strings.HasPrefix(s, cat+".21"):
		return !moderateUp
	case strings.HasPrefix(s, cat+".2"):
		return true
	case strings.HasPrefix(s, cat+".1"):
		return !moderateUp
	}
	return false
}

func checkAUDMedication(p *Pass) {
	f := p.facts()
	if f.hasRole(roleAUD) {
		return
	}
	for i, c := range p.Plan.Intake.Conditions {
		if useDisorder(c.Code, "F10", true) && !f.decided[c.Code] {
			p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
		}
	}
}

func checkAUDPsychosocial(p *Pass) {
	plan := p.Plan
	f := p.facts()
	if f.indicated(assessment.GroupAlcoholUse, plan.Intake.Client.Age, false, false, false) ||
		slices.ContainsFunc(plan.Referrals, func(r Referral) bool { return r.To == AddictionSpecialist }) ||
		addictionSpecialistDelivers(p) {
		return
	}
	for i, c := range plan.Intake.Conditions {
		if useDisorder(c.Code, "F10", false) && !f.decided[c.Code] {
			p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
		}
	}
}

// addictionSpecialistDelivers reports whether an addiction specialist on
// the team delivers a psychotherapy component.
func addictionSpecialistDelivers(p *Pass) bool {
	for _, c := range p.facts().delivered {
		comp := &p.Plan.Psychotherapy.Components[c.index]
		if i, ok := p.st.ref(comp.Clinician, keyMember); ok && c.psychotherapy && p.Plan.Team[i].Role == AddictionSpecialist {
			return true
		}
	}
	return false
}

func checkOUDMedication(p *Pass) {
	f := p.facts()
	if f.hasRole(roleMOUD) {
		return
	}
	for i, c := range p.Plan.Intake.Conditions {
		if useDisorder(c.Code, "F11", false) && !f.decided[c.Code] {
			p.Report(Finding{Subject: conditionPath(i), Values: []Value{{"code", string(c.Code)}}})
		}
	}
}

// screenGroups are the condition groups a positive result of each built-in
// screening instrument points to, as its validation studies define what it
// screens for (the instruments' own sources): the PHQ family and the WHO-5
// depression, the GAD-7 and GAD-2 generalized anxiety, panic, social
// anxiety and PTSD, the PCL-5 and PC-PTSD-5 PTSD, the AUDIT and AUDIT-C
// alcohol use. The ASQ is handled by ASM001 and the ACE has no cut-off.
var screenGroups = map[assessment.InstrumentID][]assessment.GroupID{
	"phq-9":     {assessment.GroupDepressive, assessment.GroupBipolar},
	"phq-2":     {assessment.GroupDepressive, assessment.GroupBipolar},
	"who-5":     {assessment.GroupDepressive, assessment.GroupBipolar},
	"gad-7":     {assessment.GroupGAD, assessment.GroupPanic, assessment.GroupSocialAnxiety, assessment.GroupPTSD},
	"gad-2":     {assessment.GroupGAD, assessment.GroupPanic, assessment.GroupSocialAnxiety, assessment.GroupPTSD},
	"pcl-5":     {assessment.GroupPTSD},
	"pc-ptsd-5": {assessment.GroupPTSD},
	"audit":     {assessment.GroupAlcoholUse},
	"audit-c":   {assessment.GroupAlcoholUse},
	"asq":       nil,
	"ace":       nil,
}

func checkScreenFollowUp(p *Pass) {
	f := p.facts()
	for _, id := range f.instruments {
		s := f.latest[id]
		r := s.Result
		if r.Screen != assessment.ScreenPositive || f.decidedInstr[id] {
			continue
		}
		groups, known := screenGroups[id]
		if known && groups == nil {
			continue
		}
		matched := false
		for _, g := range groups {
			if len(p.facts().conditionsIn(g)) > 0 {
				matched = true
			}
		}
		for _, next := range assessment.Next(r) {
			for _, other := range p.st.scored {
				if other.Result.Instrument == next.To && !other.Result.Date.Before(r.Date) {
					matched = true
				}
			}
		}
		if matched {
			continue
		}
		sev := SeverityWarning
		if !known {
			sev = SeverityInfo
		}
		p.Report(Finding{
			Severity: sev,
			Subject:  indexPath("intake/responses", s.Response, ""),
			Values: []Value{
				{"instrument", string(id)},
				{"date", r.Date.String()},
				{"total", strconv.Itoa(r.Total)},
			},
		})
	}
}

// assessedByFacts reports whether the intake records facts of domain d,
// which shows it was assessed even when its status was not recorded.
func assessedByFacts(in *assessment.Intake, d assessment.DomainID, scored []Scored) bool {
	has := func(ids ...assessment.InstrumentID) bool {
		return slices.ContainsFunc(scored, func(s Scored) bool { return slices.Contains(ids, s.Result.Instrument) })
	}
	switch d {
	case assessment.DomainPresenting, assessment.DomainPsychiatric:
		return len(in.Conditions) > 0 || len(in.Responses) > 0
	case assessment.DomainSupplements:
		return len(in.Supplements) > 0 || len(in.Practices) > 0
	case assessment.DomainSubstances:
		return len(in.Substances) > 0 || has("audit", "audit-c")
	case assessment.DomainTrauma:
		return in.Trauma.Exposure != 0 || in.Trauma.ACECount != nil || has("pcl-5", "pc-ptsd-5", "ace")
	case assessment.DomainSleep:
		return in.Sleep != (assessment.Sleep{})
	case assessment.DomainNutrition:
		return in.Nutrition.Quality != 0 || len(in.Nutrition.Notes) > 0
	case assessment.DomainMovement:
		return in.Movement.DaysPerWeek != nil || len(in.Movement.Activities) > 0
	case assessment.DomainMeaning:
		return len(in.Meaning.Sources) > 0 || len(in.Meaning.Barriers) > 0
	case assessment.DomainStrengths:
		return len(in.Strengths) > 0
	case assessment.DomainRisk:
		return len(in.Vulnerabilities) > 0 || has("asq")
	case assessment.DomainCulture:
		return len(in.CultureNotes) > 0 || len(in.Languages) > 0
	case assessment.DomainGoals:
		return len(in.Goals) > 0
	}
	return false
}

// notAssessed returns whether domain d was neither assessed nor declined,
// and has no facts recorded.
func notAssessed(p *Pass, d assessment.DomainID) bool {
	in := &p.Plan.Intake
	return in.Status(d) == assessment.NotAssessed && !assessedByFacts(in, d, p.st.scored)
}

func checkDomainsAssessed(p *Pass) {
	var missing []string
	for _, d := range domainIDs() {
		if notAssessed(p, d) {
			missing = append(missing, string(d))
		}
	}
	if len(missing) > 0 {
		p.Report(Finding{Subject: "intake/domains", Values: []Value{{"domains", strings.Join(missing, ", ")}}})
	}
}

// lifestyleFor reports whether the plan has care for a lifestyle area: a
// lifestyle item of that kind, a component of the matching modality, or a
// problem about the domain linked to an intervention.
func lifestyleFor(p *Pass, kind LifestyleKind, d assessment.DomainID, mods ...modality.ID) bool {
	if slices.ContainsFunc(p.Plan.Lifestyle, func(l Lifestyle) bool { return l.Kind == kind }) || p.facts().linkedDomains[d] {
		return true
	}
	for _, c := range p.facts().delivered {
		if c.modality != "" && slices.Contains(mods, c.modality) {
			return true
		}
	}
	return false
}

func checkDomainProblems(p *Pass) {
	plan := p.Plan
	in := &plan.Intake
	f := p.facts()
	report := func(d assessment.DomainID, path, problem, basis string, src ...evidence.Source) {
		fd := Finding{
			Subject:    path,
			Values:     []Value{{"domain", string(d)}, {"problem", problem}},
			Basis:      basis,
			Suggestion: "Add care for it to the plan, with the client: a lifestyle goal, a component, or a referral.",
			Sources:    src,
		}
		if dom, ok := assessment.LookupDomain(d); ok {
			fd.Sources = append(fd.Sources, dom.Sources...)
		}
		p.Report(fd)
	}
	s := in.Sleep
	var sleepProblems []string
	if s.HoursPerNight != nil && *s.HoursPerNight < 7 && in.Client.Age >= 18 {
		sleepProblems = append(sleepProblems, "sleeps "+strconv.FormatFloat(*s.HoursPerNight, 'f', -1, 64)+" hours")
	}
	if s.Quality == assessment.Poor {
		sleepProblems = append(sleepProblems, "poor sleep quality")
	}
	if s.Insomnia == assessment.Yes {
		sleepProblems = append(sleepProblems, "insomnia")
	}
	if s.Nightmares == assessment.Yes {
		sleepProblems = append(sleepProblems, "nightmares")
	}
	sleepCare := lifestyleFor(p, LifestyleSleep, assessment.DomainSleep, modality.SleepHealth) ||
		f.indicated(assessment.GroupInsomnia, in.Client.Age, false, false, true) ||
		slices.ContainsFunc(p.facts().conditionsIn(assessment.GroupInsomnia), func(i int) bool { return f.addressed(in.Conditions[i].Code) })
	if len(sleepProblems) > 0 && !sleepCare {
		report(assessment.DomainSleep, "intake/sleep", strings.Join(sleepProblems, ", "),
			"Adults need 7 or more hours of sleep a night; short or poor sleep is linked with depression and worse health, and sleep is a core part of whole-person care.",
			srcWatson2015)
	}
	if d := in.Movement.DaysPerWeek; d != nil && *d == 0 && !lifestyleFor(p, LifestyleMovement, assessment.DomainMovement, modality.PhysicalActivity) {
		report(assessment.DomainMovement, "intake/movement/daysPerWeek", "no days of deliberate movement",
			"Some physical activity is better than none; adults are advised 150 to 300 minutes of moderate activity a week.",
			srcWHO2020)
	}
	if in.Nutrition.Quality == assessment.Poor && !lifestyleFor(p, LifestyleNutrition, assessment.DomainNutrition, modality.Nutrition) {
		report(assessment.DomainNutrition, "intake/nutrition/quality", "poor nutrition",
			"Recovery is holistic; nutrition is one of the whole-person domains the plan can support.",
			srcSAMHSARecovery)
	}
	for i, sup := range in.Supplements {
		if sup.SelfStarted != assessment.Yes {
			continue
		}
		id, err := p.st.cfg.medication.ResolveID(sup.Name)
		reviewed := err == nil && slices.ContainsFunc(plan.Medication.Education, func(e medication.Education) bool {
			return slices.Contains(e.Agents, id)
		})
		if !reviewed {
			report(assessment.DomainSupplements, indexPath("intake/supplements", i, ""), "self-started supplement not yet reviewed with the client",
				"Supplements the client chose themselves are part of the regimen: their interactions and purpose are best reviewed with the client and recorded.",
				srcAPAAUDAssess)
		}
	}
}

func checkPrescribingAssessed(p *Pass) {
	if len(p.facts().rx) == 0 {
		return
	}
	for _, d := range []assessment.DomainID{assessment.DomainSubstances, assessment.DomainSupplements} {
		if notAssessed(p, d) {
			p.Report(Finding{Subject: "intake/domains", Paths: []string{"medication/prescriptions"}, Values: []Value{{"domain", string(d)}}})
		}
	}
}

func checkClientGoals(p *Pass) {
	plan := p.Plan
	switch {
	case len(plan.Goals) == 0 && len(plan.Intake.Goals) == 0:
		p.Report(Finding{Subject: "goals", Values: []Value{{"what", "no client goals are recorded"}}})
	case len(plan.Goals) > 0 && !slices.ContainsFunc(plan.Goals, func(g Goal) bool { return g.ClientWords }):
		p.Report(Finding{Subject: "goals", Values: []Value{{"what", "no goal is in the client's own words"}}})
	}
}

func checkMeaningGoals(p *Pass) {
	plan := p.Plan
	if len(plan.Intake.Meaning.Sources) == 0 || len(plan.Goals) == 0 {
		return
	}
	if slices.ContainsFunc(plan.Goals, func(g Goal) bool { return g.Kind != GoalSymptom }) {
		return
	}
	p.Report(Finding{Subject: "goals", Paths: []string{"intake/meaning/sources"}, Values: []Value{{"count", strconv.Itoa(len(plan.Goals))}}})
}

// startedSinceIntake reports whether prescription x started on or after the
// intake date.
func startedSinceIntake(plan *Plan, x *Prescription) bool {
	return !x.Start.IsZero() && !x.Start.Before(plan.Intake.Date)
}

// decidedFor reports whether a decision of one of kinds (any kind when none
// given) names the prescription or component key.
func decidedFor(plan *Plan, key string, component bool, kinds ...DecisionKind) bool {
	for _, d := range plan.Decisions {
		if len(kinds) > 0 && !slices.Contains(kinds, d.Kind) {
			continue
		}
		list := d.Prescriptions
		if component {
			list = d.Components
		}
		if slices.Contains(list, key) {
			return true
		}
	}
	return false
}

func checkMedicationPartnership(p *Pass) {
	plan := p.Plan
	for _, x := range p.facts().rx {
		rx := &plan.Medication.Prescriptions[x.index]
		if !startedSinceIntake(plan, rx) {
			continue
		}
		var missing []string
		if !decidedFor(plan, rx.Key, false, DecisionShared) {
			missing = append(missing, "shared decision")
		}
		if !slices.ContainsFunc(plan.Medication.Education, func(e medication.Education) bool {
			return slices.Contains(e.Agents, rx.Agent)
		}) {
			missing = append(missing, "education")
		}
		if len(missing) > 0 {
			p.Report(Finding{Subject: rxPath(x.index), Values: []Value{{"agent", string(rx.Agent)}, {"missing", strings.Join(missing, " and ")}}})
		}
	}
}

func checkPreferences(p *Pass) {
	plan := p.Plan
	prefs := plan.Intake.Preferences
	if prefs.Medication == assessment.NotOpen {
		for _, x := range p.facts().rx {
			rx := &plan.Medication.Prescriptions[x.index]
			if startedSinceIntake(plan, rx) && !decidedFor(plan, rx.Key, false) {
				p.Report(Finding{Subject: rxPath(x.index), Paths: []string{"intake/preferences/medication"},
					Values: []Value{{"subject", string(rx.Agent)}, {"preference", "medication"}}})
			}
		}
	}
	if prefs.Therapy == assessment.NotOpen {
		for _, c := range p.facts().delivered {
			comp := &plan.Psychotherapy.Components[c.index]
			if c.psychotherapy && !(comp.Key != "" && decidedFor(plan, comp.Key, true)) {
				p.Report(Finding{Subject: indexPath("psychotherapy/components", c.index, ""), Paths: []string{"intake/preferences/therapy"},
					Values: []Value{{"subject", componentName(comp)}, {"preference", "therapy"}}})
			}
		}
	}
}

func componentName(c *Component) string {
	if c.Modality != "" {
		return string(c.Modality)
	}
	return string(c.Technique)
}

func checkPrescriber(p *Pass) {
	plan := p.Plan
	for _, x := range p.facts().rx {
		rx := &plan.Medication.Prescriptions[x.index]
		if i, ok := p.st.ref(rx.Prescriber, keyMember); ok && plan.Team[i].Prescriber {
			continue
		}
		p.Report(Finding{Subject: rxPath(x.index), Paths: []string{"team"}, Values: []Value{{"agent", string(rx.Agent)}}})
	}
}

func checkComponentClinician(p *Pass) {
	plan := p.Plan
	for _, c := range p.facts().delivered {
		comp := &plan.Psychotherapy.Components[c.index]
		if c.psychotherapy && comp.Clinician == "" {
			p.Report(Finding{Subject: indexPath("psychotherapy/components", c.index, ""), Values: []Value{{"modality", componentName(comp)}}})
		}
	}
}

func checkCoordination(p *Pass) {
	plan := p.Plan
	n := len(plan.Team) + len(plan.Referrals)
	if n < 2 || plan.Coordination.SharedPlan || !plan.Coordination.Meetings.IsZero() {
		return
	}
	p.Report(Finding{Subject: "coordination", Paths: []string{"team"}, Values: []Value{{"count", strconv.Itoa(n)}}})
}

func checkChangesShared(p *Pass) {
	plan := p.Plan
	if plan.Coordination.MedicationChangesShared {
		return
	}
	prescribers := map[string]bool{}
	var changed []string
	for _, x := range plan.Medication.Prescriptions {
		prescribers[x.Prescriber] = true
		since := plan.Intake.Date
		if !x.Start.Before(since) || (!x.Stop.IsZero() && !x.Stop.Before(since) && !x.Stop.After(plan.AsOf)) ||
			slices.ContainsFunc(x.Changes, func(c medication.DoseChange) bool { return !c.Date.Before(since) }) {
			changed = append(changed, string(x.Agent))
		}
	}
	if len(changed) == 0 {
		return
	}
	for _, c := range p.facts().delivered {
		comp := &plan.Psychotherapy.Components[c.index]
		if c.psychotherapy && comp.Clinician != "" && !prescribers[comp.Clinician] {
			p.Report(Finding{Subject: "coordination/medicationChangesShared", Paths: []string{"medication/prescriptions"},
				Values: []Value{{"agents", strings.Join(changed, ", ")}}})
			return
		}
	}
}

func checkRemeasurement(p *Pass) {
	plan := p.Plan
	f := p.facts()
	for _, id := range f.instruments {
		o, ok := p.st.cfg.assessment.Outcome(id)
		if !ok {
			continue
		}
		if o.ResponsePercent == 0 && o.RemissionBelow == 0 && o.ReliableChange == 0 {
			continue
		}
		if slices.ContainsFunc(plan.Remeasurements, func(r Remeasurement) bool { return r.Instrument == id }) {
			continue
		}
		s := f.latest[id]
		p.Report(Finding{Subject: indexPath("intake/responses", s.Response, ""), Values: []Value{
			{"instrument", string(id)}, {"date", s.Result.Date.String()},
		}})
	}
}

// points returns the dated totals of instrument id, in date order.
func points(scored []Scored, id assessment.InstrumentID) []assessment.Point {
	var pts []assessment.Point
	for _, s := range scored {
		if s.Result.Instrument == id {
			pts = append(pts, assessment.Point{Date: s.Result.Date, Total: s.Result.Total})
		}
	}
	slices.SortStableFunc(pts, func(a, b assessment.Point) int { return a.Date.Compare(b.Date) })
	return pts
}

func checkAdequateTrialResponse(p *Pass) {
	plan := p.Plan
	pts := points(p.st.scored, "phq-9")
	if len(pts) < 2 {
		return
	}
	for _, x := range p.facts().rxWith(roleAntidepressant) {
		rx := &plan.Medication.Prescriptions[x.index]
		info, ok := p.st.cfg.medication.ClassInfo(x.class)
		if !ok || info.Trial == nil || rx.Start.IsZero() {
			continue
		}
		days := rx.Start.DaysUntil(plan.AsOf)
		if days < info.Trial.AdequateDays {
			continue
		}
		var baseline, latest *assessment.Point
		for i := range pts {
			pt := &pts[i]
			if !pt.Date.After(rx.Start) {
				baseline = pt
			}
			if rx.Start.DaysUntil(pt.Date) >= info.Trial.AdequateDays {
				latest = pt
			}
		}
		if baseline == nil || latest == nil {
			continue
		}
		tr, err := p.st.cfg.assessment.Track("phq-9", []assessment.Point{*baseline, *latest})
		if err != nil || tr.Response != assessment.NotMet {
			continue
		}
		p.Report(Finding{
			Subject: rxPath(x.index),
			Paths:   []string{"intake/responses"},
			Values: []Value{
				{"agent", string(x.agent)},
				{"days", strconv.Itoa(days)},
				{"baseline", strconv.Itoa(baseline.Total)},
				{"latest", strconv.Itoa(latest.Total)},
				{"adequateDays", strconv.Itoa(info.Trial.AdequateDays)},
			},
			Sources: append([]evidence.Source{srcNG222Further}, info.Trial.Sources...),
		})
	}
}

func checkOutcomes(p *Pass) {
	f := p.facts()
	for _, id := range f.instruments {
		pts := points(p.st.scored, id)
		if len(pts) < 2 {
			continue
		}
		tr, err := p.st.cfg.assessment.Track(id, pts)
		if err != nil {
			continue
		}
		var outcome string
		switch {
		case tr.Remission == assessment.Met:
			outcome = "remission"
		case tr.Response == assessment.Met:
			outcome = "response"
		default:
			continue
		}
		var outcomeSources []evidence.Source
		if o, ok := p.st.cfg.assessment.Outcome(id); ok {
			outcomeSources = o.Sources
		}
		p.Report(Finding{
			Subject: indexPath("intake/responses", f.latest[id].Response, ""),
			Values: []Value{
				{"instrument", string(id)},
				{"outcome", outcome},
				{"baseline", strconv.Itoa(tr.Baseline.Total)},
				{"latest", strconv.Itoa(tr.Latest.Total)},
			},
			Sources: append([]evidence.Source{srcTJCCTS}, outcomeSources...),
		})
	}
}
