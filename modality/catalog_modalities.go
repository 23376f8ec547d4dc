package modality

import (
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

func orient(o ...OrientationID) []OrientationID { return o }

func names(n ...string) []string { return n }

func uses(t ...TechniqueID) []TechniqueID { return t }

func phases(p ...Phase) []Phase { return p }

// indicated builds an indication. Population and role are stated in
// every built-in entry where the source states them.
func indicated(g assessment.GroupID, l Line, pop Population, role Role, context string, s ...evidence.Source) Indication {
	return Indication{Group: g, Line: l, Population: pop, Role: role, Context: context, Sources: s}
}

// aged narrows an indication to the age range its source states.
func aged(in Indication, lo, hi int) Indication {
	in.Ages = AgeRange{Min: lo, Max: hi, Sources: in.Sources}
	return in
}

const (
	adults  = PopulationAdults
	youth   = PopulationChildrenAndAdolescents
	anyAge  = PopulationUnknown
	alone   = RoleStandalone
	adjunct = RoleAdjunct
	anyRole = RoleUnknown
	noUpper = assessment.MaxAge
)

// modalities is the built-in modality table. The built-in catalog copies
// it; nothing else reads it. Indications, age ranges and
// phases appear only where a checked source states them.
var modalities = []Modality{
	{
		ID: CBT, Name: "Cognitive behavioral therapy",
		Synonyms:     names("CBT", "cognitive behaviour therapy", "cognitive behavioural therapy"),
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniqueCognitiveRestructuring, TechniqueBehavioralActivation, TechniqueInVivoExposure, TechniqueInteroceptiveExposure, TechniqueSkillsTraining, TechniquePsychoeducation),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismCognitive),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder; less severe depression, individual or group", srcVADoDMDD, srcNG222),
			indicated(assessment.GroupPanic, LineFirst, adults, alone, "initial treatment in primary care: psychological therapy (CBT) has the longest duration of effect of the options offered", srcCG113Panic),
			indicated(assessment.GroupGAD, LineRecommended, adults, alone, "step 3: individual high-intensity psychological intervention for marked functional impairment or too little response to step 2", srcCG113GAD),
			indicated(assessment.GroupSocialAnxiety, LineFirst, adults, alone, "individual CBT developed for social anxiety disorder (Clark and Wells or Heimberg model), offered before other options", srcCG159Adults),
			indicated(assessment.GroupSocialAnxiety, LineRecommended, youth, anyRole, "individual or group CBT focused on social anxiety, school age to 17", srcCG159Children),
			indicated(assessment.GroupPsychotic, LineRecommended, adults, adjunct, "CBT for psychosis: individual, at least 16 planned sessions, alongside antipsychotic medication", srcCG178CBT),
			indicated(assessment.GroupBipolar, LineSecond, anyAge, adjunct, "maintenance phase and acute depression", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Structured, time-limited therapy that works on the links between thoughts, feelings and behavior in current problems, with practice between sessions.",
		Sources:  cite(srcBeck, srcBeckJ, srcPanicCBT),
	},
	{
		ID: CBTI, Name: "Cognitive behavioral therapy for insomnia",
		Synonyms:     names("CBT-I", "CBT for insomnia"),
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniqueStimulusControl, TechniqueSleepRestriction, TechniqueCognitiveRestructuring, TechniqueSleepHygiene),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBehavioral),
		Indications: []Indication{
			indicated(assessment.GroupInsomnia, LineFirst, adults, alone, "chronic insomnia disorder; initial treatment", srcACPInsomnia, srcAASMInsomnia),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Multicomponent treatment of chronic insomnia: stimulus control, sleep restriction, cognitive work on beliefs about sleep, and sleep hygiene.",
		Sources:  cite(srcAASMInsomnia, srcACPInsomnia),
	},
	{
		ID: TFCBT, Name: "Trauma-focused cognitive behavioral therapy",
		Synonyms:      names("TF-CBT", "trauma-focused CBT"),
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses(TechniquePsychoeducation, TechniqueSkillsTraining, TechniqueTraumaNarrative, TechniqueCognitiveRestructuring, TechniqueInVivoExposure),
		Stance:        stance(Directive, Structured, FocusPastAndPresent, MechanismProcessing),
		TraumaFocused: true,
		Phases:        phases(Stabilization, Processing, Integration),
		Ages:          AgeRange{Min: 3, Max: 18, Sources: cite(srcNCTSNTFCBT)},
		Indications: []Indication{
			indicated(assessment.GroupPTSD, LineRecommended, youth, alone, "cognitive behavioral therapy with a trauma focus", srcISTSS2019, srcAACAPPTSD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Components- and phase-based treatment for traumatized children and adolescents with a caregiver: skills and stabilization, a trauma narrative and its processing, then consolidation and safety.",
		Sources:  cite(srcTFCBT, srcNCTSNTFCBT),
	},
	{
		ID: CPT, Name: "Cognitive processing therapy",
		Synonyms:      names("CPT"),
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses(TechniquePsychoeducation, TechniqueTraumaAccount, TechniqueCognitiveRestructuring),
		Stance:        stance(Directive, Structured, FocusPastAndPresent, MechanismProcessing),
		TraumaFocused: true,
		Phases:        phases(Processing),
		Ages:          AgeRange{Min: 14, Max: noUpper, Sources: cite(srcVADoDPTSD, srcCPTAdolescents)},
		Indications: []Indication{
			indicated(assessment.GroupPTSD, LineFirst, adults, alone, "manualized trauma-focused psychotherapy, recommended over other psychotherapies and over medication", srcVADoDPTSD, srcAPAPTSD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Manualized, usually 12-session therapy for PTSD that examines and changes the beliefs about the trauma that keep the person stuck.",
		Sources:  cite(srcCPT),
	},
	{
		ID: PE, Name: "Prolonged exposure",
		Synonyms:      names("PE", "prolonged exposure therapy"),
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses(TechniquePsychoeducation, TechniqueImaginalExposure, TechniqueInVivoExposure),
		Stance:        stance(Directive, Structured, FocusPast, MechanismExposure),
		TraumaFocused: true,
		Phases:        phases(Processing),
		Ages:          AgeRange{Min: 13, Max: noUpper, Sources: cite(srcVADoDPTSD, srcPEAdolescents)},
		Indications: []Indication{
			indicated(assessment.GroupPTSD, LineFirst, adults, alone, "manualized trauma-focused psychotherapy, recommended over other psychotherapies and over medication", srcVADoDPTSD, srcAPAPTSD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Manualized therapy for PTSD that combines imaginal exposure to the trauma memory with in vivo exposure to safe but avoided situations.",
		Sources:  cite(srcPE),
	},
	{
		ID: EMDR, Name: "Eye movement desensitization and reprocessing",
		Synonyms:      names("EMDR", "EMDR therapy"),
		Orientations:  orient(OrientationIntegrative),
		Techniques:    uses(TechniquePsychoeducation, TechniqueBilateralStimulation),
		Stance:        stance(Directive, Structured, FocusPast, MechanismProcessing),
		TraumaFocused: true,
		Phases:        phases(Processing),
		Indications: []Indication{
			indicated(assessment.GroupPTSD, LineFirst, adults, alone, "manualized trauma-focused psychotherapy, recommended over other psychotherapies and over medication", srcVADoDPTSD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Eight-phase protocol in which trauma memories are reprocessed while the person attends to bilateral stimulation such as eye movements.",
		Sources:  cite(srcEMDR),
	},
	{
		ID: CTPTSD, Name: "Cognitive therapy for PTSD",
		Synonyms:      names("CT-PTSD", "cognitive therapy for posttraumatic stress disorder"),
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses(TechniquePsychoeducation, TechniqueImaginalExposure, TechniqueCognitiveRestructuring),
		Stance:        stance(Directive, Structured, FocusPastAndPresent, MechanismCognitive),
		TraumaFocused: true,
		Phases:        phases(Processing),
		Indications: []Indication{
			indicated(assessment.GroupPTSD, LineRecommended, adults, alone, "cognitive therapy, strongly recommended", srcAPAPTSD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Therapy for PTSD, after Ehlers and Clark, that changes the threatening appraisals of the trauma and its aftermath and updates the trauma memory with what the person knows now.",
		Sources:  cite(srcEhlersClark, srcSchnyder),
	},
	{
		ID: WET, Name: "Written exposure therapy",
		Synonyms:      names("WET"),
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses(TechniquePsychoeducation, TechniqueWrittenExposure),
		Stance:        stance(Directive, Structured, FocusPast, MechanismExposure),
		TraumaFocused: true,
		Phases:        phases(Processing),
		Indications: []Indication{
			indicated(assessment.GroupPTSD, LineSuggested, adults, alone, "individual manualized trauma-focused psychotherapy", srcVADoDPTSDSuggested),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Brief, five-session therapy for PTSD in which the person writes about the trauma memory in session, following scripted instructions.",
		Sources:  cite(srcWET),
	},
	{
		ID: NET, Name: "Narrative exposure therapy",
		Synonyms:      names("NET"),
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses(TechniquePsychoeducation, TechniqueImaginalExposure),
		Stance:        stance(Directive, Structured, FocusPast, MechanismExposure),
		TraumaFocused: true,
		Phases:        phases(Processing),
		Indications: []Indication{
			indicated(assessment.GroupPTSD, LineSuggested, adults, alone, "conditionally recommended", srcAPAPTSDConditional),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Short-term therapy in which the person builds a chronological narrative of their life and works through the traumatic events in it in detail.",
		Sources:  cite(srcNET, srcSchnyder),
	},
	{
		ID: BEP, Name: "Brief eclectic psychotherapy for PTSD",
		Synonyms:      names("BEP", "brief eclectic psychotherapy"),
		Orientations:  orient(OrientationCognitiveBehavioral, OrientationPsychodynamic),
		Techniques:    uses(TechniquePsychoeducation, TechniqueImaginalExposure),
		Stance:        stance(Directive, Structured, FocusPastAndPresent, MechanismProcessing),
		TraumaFocused: true,
		Phases:        phases(Processing),
		Indications: []Indication{
			indicated(assessment.GroupPTSD, LineSuggested, adults, alone, "conditionally recommended", srcAPAPTSDConditional),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Protocol combining psychoeducation and imaginal exposure with psychodynamic work on what the trauma has meant for the person's life.",
		Sources:  cite(srcBEP, srcSchnyder),
	},
	{
		ID: ERP, Name: "Exposure and response prevention",
		Synonyms:     names("ERP", "exposure and ritual prevention"),
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniquePsychoeducation, TechniqueInVivoExposure, TechniqueResponsePrevention),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismExposure),
		Indications: []Indication{
			indicated(assessment.GroupOCD, LineFirst, anyAge, alone, "CBT including ERP as the initial psychological treatment, intensity stepped to functional impairment", srcCG31),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Graded exposure to obsessional triggers while refraining from compulsions, within cognitive behavioral therapy for OCD.",
		Sources:  cite(srcERP),
	},
	{
		ID: BA, Name: "Behavioral activation",
		Synonyms:     names("BA", "behavioural activation"),
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniqueBehavioralActivation),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBehavioral),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder; less severe depression, individual or group", srcVADoDMDD, srcNG222),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Structured therapy for depression that schedules rewarding and valued activity to reverse withdrawal and avoidance.",
		Sources:  cite(srcBA),
	},
	{
		ID: PST, Name: "Problem-solving therapy",
		Synonyms:     names("PST", "problem solving therapy"),
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniqueProblemSolving, TechniquePsychoeducation),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Structured therapy that trains the person to solve everyday problems step by step and to manage the emotions that get in the way.",
		Sources:  cite(srcPST),
	},
	{
		ID: AppliedRelaxation, Name: "Applied relaxation",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniqueRelaxationTraining, TechniquePsychoeducation),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Indications: []Indication{
			indicated(assessment.GroupGAD, LineRecommended, adults, alone, "step 3: individual high-intensity psychological intervention for marked functional impairment or too little response to step 2", srcCG113GAD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Training in rapid relaxation, practised until it can be used at the first signs of anxiety in everyday situations.",
		Sources:  cite(srcOst),
	},
	{
		ID: CBTSelfHelp, Name: "CBT-based self-help",
		Synonyms:     names("guided self-help", "CBT self-help"),
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniquePsychoeducation, TechniqueCognitiveRestructuring),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismCognitive),
		Indications: []Indication{
			indicated(assessment.GroupGAD, LineFirst, adults, alone, "step 2: individual non-facilitated or guided self-help, or psychoeducational groups, when education and monitoring have not helped", srcCG113GADStep2),
			indicated(assessment.GroupPanic, LineRecommended, adults, alone, "self-help, one of the treatments offered in primary care", srcCG113Panic),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Written or electronic materials based on CBT that the person works through over at least six weeks, alone or with brief support from a trained practitioner.",
		Sources:  cite(srcCG113SelfHelp),
	},
	{
		ID: DBT, Name: "Dialectical behavior therapy",
		Synonyms:     names("DBT"),
		Orientations: orient(OrientationCognitiveBehavioral, OrientationThirdWave),
		Techniques:   uses(TechniqueSkillsTraining, TechniqueMindfulness, TechniqueSafetyPlanning),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Phases:       phases(Stabilization),
		Indications: []Indication{
			indicated(assessment.GroupBorderline, LineSuggested, adults, anyRole, "women for whom reducing recurrent self-harm is a priority; comprehensive DBT programme", srcCG78),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Comprehensive program of individual therapy, skills groups, phone coaching and a therapist consultation team; its first stage targets safety and behavioral control.",
		Sources:  cite(srcDBT, srcDBTSkills),
	},
	{
		ID: DBTA, Name: "Dialectical behavior therapy for adolescents",
		Synonyms:     names("DBT-A", "DBT for adolescents"),
		Orientations: orient(OrientationCognitiveBehavioral, OrientationThirdWave),
		Techniques:   uses(TechniqueSkillsTraining, TechniqueMindfulness, TechniqueSafetyPlanning),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Phases:       phases(Stabilization),
		Ages:         AgeRange{Min: 12, Max: 19, Sources: cite(srcDBTAMeta)},
		Strength:     evidence.StrengthConsensus,
		Summary:      "DBT adapted for adolescents, with family members joining multifamily skills groups; studied mainly for self-harm and suicidal ideation.",
		Sources:      cite(srcDBTA, srcDBTAMeta),
	},
	{
		ID: ACT, Name: "Acceptance and commitment therapy",
		Synonyms:     names("ACT"),
		Orientations: orient(OrientationThirdWave),
		Techniques:   uses(TechniqueCognitiveDefusion, TechniqueValuesClarification, TechniqueMindfulness),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismAcceptance),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Therapy that builds psychological flexibility: accepting difficult thoughts and feelings, defusing from them and acting on chosen values.",
		Sources:  cite(srcACT),
	},
	{
		ID: MBCT, Name: "Mindfulness-based cognitive therapy",
		Synonyms:     names("MBCT"),
		Orientations: orient(OrientationThirdWave, OrientationCognitiveBehavioral),
		Techniques:   uses(TechniqueMindfulness, TechniquePsychoeducation),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismAcceptance),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Eight-week group program combining mindfulness practice with cognitive therapy principles, developed to prevent depressive relapse.",
		Sources:  cite(srcMBCT),
	},
	{
		ID: IPT, Name: "Interpersonal psychotherapy",
		Synonyms:     names("IPT"),
		Orientations: orient(OrientationInterpersonal),
		Techniques:   uses(TechniqueInterpersonalInventory, TechniquePsychoeducation),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismRelational),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Time-limited therapy linking mood to a current interpersonal problem area and working to resolve it.",
		Sources:  cite(srcIPT),
	},
	{
		ID: IPSRT, Name: "Interpersonal and social rhythm therapy",
		Synonyms:     names("IPSRT", "interpersonal social rhythm therapy"),
		Orientations: orient(OrientationInterpersonal),
		Techniques:   uses(TechniqueInterpersonalInventory, TechniqueSocialRhythmTracking, TechniquePsychoeducation),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismBehavioral),
		Indications: []Indication{
			indicated(assessment.GroupBipolar, LineThird, anyAge, adjunct, "maintenance phase", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "IPT combined with stabilizing the daily rhythms of sleep, meals and activity, as an adjunct to medication in bipolar disorder.",
		Sources:  cite(srcIPSRT),
	},
	{
		ID: FFT, Name: "Family-focused therapy",
		Synonyms:     names("FFT"),
		Orientations: orient(OrientationSystemic, OrientationPsychoeducation),
		Techniques:   uses(TechniquePsychoeducation, TechniqueCommunicationTraining),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Indications: []Indication{
			indicated(assessment.GroupBipolar, LineSecond, anyAge, adjunct, "maintenance phase and acute depression", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Family sessions of psychoeducation, communication training and problem solving for a person with bipolar disorder and their relatives.",
		Sources:  cite(srcFFT),
	},
	{
		ID: FamilyIntervention, Name: "Family intervention for psychosis",
		Synonyms:     names("family intervention"),
		Orientations: orient(OrientationCognitiveBehavioral, OrientationPsychoeducation),
		Techniques:   uses(TechniquePsychoeducation, TechniqueCommunicationTraining, TechniqueProblemSolving),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Indications: []Indication{
			indicated(assessment.GroupPsychotic, LineRecommended, adults, adjunct, "for the families of people with psychosis or schizophrenia who live with or are in close contact with them; at least 10 planned sessions over 3 months to 1 year", srcCG178Family),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Sessions with the person and their family, with or without other families, on understanding psychosis, communicating, solving problems and managing crises.",
		Sources:  cite(srcKuipers, srcCG178Family),
	},
	{
		ID: Psychoeducation, Name: "Psychoeducation",
		Orientations: orient(OrientationPsychoeducation),
		Techniques:   uses(TechniquePsychoeducation),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismEducation),
		Indications: []Indication{
			indicated(assessment.GroupBipolar, LineFirst, anyAge, adjunct, "maintenance phase", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Structured teaching, individual or in groups, about the condition, treatment adherence, early warning signs and a regular lifestyle.",
		Sources:  cite(srcPsychoeducation),
	},
	{
		ID: STPP, Name: "Short-term psychodynamic psychotherapy",
		Synonyms:     names("STPP", "short-term psychodynamic therapy", "brief psychodynamic psychotherapy"),
		Orientations: orient(OrientationPsychodynamic),
		Techniques:   uses(TechniqueInterpretation),
		Stance:       stance(Guiding, SemiStructured, FocusPastAndPresent, MechanismInsight),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Time-limited psychodynamic therapy focused on avoided feelings and recurring relational patterns, usually under 40 sessions.",
		Sources:  cite(srcSTPP, srcShedler),
	},
	{
		ID: PersonCentered, Name: "Person-centered therapy",
		Synonyms:     names("person-centred therapy", "client-centered therapy"),
		Orientations: orient(OrientationHumanisticExperiential),
		Techniques:   uses(TechniqueEmpathicReflection),
		Stance:       stance(NonDirective, Open, FocusPresent, MechanismRelational),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Therapy in which the client leads and the therapist offers empathy, unconditional positive regard and genuineness.",
		Sources:      cite(srcRogers),
	},
	{
		ID: EFT, Name: "Emotion-focused therapy",
		Synonyms:     names("EFT"),
		Orientations: orient(OrientationHumanisticExperiential),
		Techniques:   uses(TechniqueEmpathicReflection, TechniqueChairWork),
		Stance:       stance(Guiding, SemiStructured, FocusPastAndPresent, MechanismExperiential),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Experiential therapy that helps the person access, tolerate and transform painful emotions within an empathic relationship.",
		Sources:      cite(srcEFT),
	},
	{
		ID: MI, Name: "Motivational interviewing",
		Synonyms:     names("MI"),
		Orientations: orient(OrientationHumanisticExperiential),
		Techniques:   uses(TechniqueMotivationalInterviewing),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismMotivational),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Brief, collaborative conversations that strengthen a person's own motivation and commitment to change.",
		Sources:      cite(srcMI),
	},
	{
		ID: CM, Name: "Contingency management",
		Synonyms:     names("CM"),
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniqueContingentReinforcement),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBehavioral),
		Indications: []Indication{
			indicated(assessment.GroupStimulantUse, LineRecommended, adults, anyRole, "stimulant use disorder", srcVADoDSUD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Incentives given each time abstinence or another target behavior is verified.",
		Sources:  cite(srcCM),
	},
	{
		ID: FamilyTherapy, Name: "Family therapy",
		Orientations: orient(OrientationSystemic),
		Techniques:   uses(TechniqueCircularQuestioning, TechniqueCommunicationTraining),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismRelational),
		Indications: []Indication{
			indicated(assessment.GroupAnorexia, LineRecommended, youth, anyRole, "anorexia-nervosa-focused family therapy", srcNG69),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Work with the family together on the relationships and patterns that maintain a problem.",
		Sources:  cite(srcMinuchin, srcCircular),
	},
	{
		ID: CouplesTherapy, Name: "Couples therapy",
		Synonyms:     names("couple therapy"),
		Orientations: orient(OrientationSystemic),
		Techniques:   uses(TechniqueCommunicationTraining, TechniqueCircularQuestioning),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismRelational),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Work with both partners on the relationship patterns that bear on one partner's difficulties or on their distress as a couple.",
		Sources:      cite(srcCouples),
	},
	{
		ID: PlayTherapy, Name: "Play therapy",
		Orientations: orient(OrientationHumanisticExperiential),
		Techniques:   uses(TechniquePlay, TechniqueEmpathicReflection),
		Stance:       stance(NonDirective, Open, FocusPresent, MechanismPlay),
		Ages:         AgeRange{Min: 3, Max: 12, Sources: cite(srcPlayStatement)},
		Strength:     evidence.StrengthConsensus,
		Summary:      "Therapy in which children express and work through experience in play with a trained play therapist.",
		Sources:      cite(srcAxline, srcPlayStatement),
	},
	{
		ID: RFPC, Name: "Regulation-focused psychotherapy for children",
		Synonyms:     names("RFP-C"),
		Orientations: orient(OrientationPsychodynamic),
		Techniques:   uses(TechniquePlay, TechniqueDefenseInterpretation, TechniquePsychoeducation),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismInsight),
		Ages:         AgeRange{Min: 5, Max: 12, Sources: cite(srcRFPCTrial, srcRFPCRCT)},
		Indications: []Indication{
			aged(indicated(assessment.GroupDisruptive, LineEmerging, youth, anyRole, "oppositional defiant disorder in school-aged children; one waitlist-controlled trial", srcRFPCRCT, srcRFPCTrial), 5, 12),
		},
		Strength: evidence.StrengthEmerging,
		Summary:  "Manualized, short-term psychodynamic play therapy for disruptive behavior: 16 child sessions and 4 caregiver sessions, in trials twice weekly for 10 weeks.",
		Sources:  cite(srcRFPCManual, srcRFPCRCT),
	},
	{
		ID: ParentTraining, Name: "Parent training",
		Synonyms:     names("parent management training", "behavioral parent training"),
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses(TechniquePsychoeducation, TechniqueContingentReinforcement),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBehavioral),
		Ages:         AgeRange{Min: 3, Max: 11, Sources: cite(srcCG158)},
		Indications: []Indication{
			aged(indicated(assessment.GroupDisruptive, LineRecommended, youth, anyRole, "group parent-training programme for the parents of children with oppositional defiant disorder or conduct disorder", srcCG158), 3, 11),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Structured programme, based on social learning theory, in which parents learn and rehearse praise, rewards, clear instructions and consistent limits.",
		Sources:  cite(srcKazdinPMT, srcCG158),
	},
	{
		ID: GroupTherapy, Name: "Group psychotherapy",
		Synonyms:     names("group therapy"),
		Orientations: orient(OrientationInterpersonal),
		Techniques:   uses(TechniqueGroupProcess),
		Stance:       stance(Guiding, Open, FocusPresent, MechanismRelational),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Therapy in a group whose members' interactions are the main vehicle of change.",
		Sources:      cite(srcGroup),
	},
	{
		ID: PeerSupport, Name: "Peer support",
		Orientations: orient(OrientationPeerSupport),
		Techniques:   uses(TechniquePeerSharing),
		Stance:       stance(NonDirective, Open, FocusPresent, MechanismSupport),
		Indications: []Indication{
			indicated(assessment.GroupBipolar, LineThird, anyAge, adjunct, "peer interventions, maintenance phase", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Individual or group support from a trained peer specialist with lived experience of recovery.",
		Sources:  cite(srcPeer),
	},
	{
		ID: SleepHealth, Name: "Sleep health",
		Orientations: orient(OrientationLifestyle),
		Techniques:   uses(TechniqueSleepHygiene),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismLifestyle),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Advice and support for regular, sufficient sleep; for chronic insomnia disorder, CBT-I is the treatment.",
		Sources:      cite(srcNG222Wellbeing, srcLifestyle),
	},
	{
		ID: PhysicalActivity, Name: "Physical activity",
		Synonyms:     names("exercise"),
		Orientations: orient(OrientationLifestyle),
		Techniques:   uses(TechniquePhysicalActivity),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismLifestyle),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineRecommended, adults, alone, "less severe depression: group exercise", srcNG222),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "A regular program of physical activity, alone or in a group led by a trained practitioner.",
		Sources:  cite(srcLifestyle, srcNG222Wellbeing),
	},
	{
		ID: Nutrition, Name: "Nutrition",
		Orientations: orient(OrientationLifestyle),
		Techniques:   uses(TechniqueNutritionCounseling),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismLifestyle),
		Strength:     evidence.StrengthEmerging,
		Summary:      "Support toward a healthy dietary pattern; its causal role in mental disorders is not yet established.",
		Sources:      cite(srcLifestyle, srcNG222Wellbeing),
	},
	{
		ID: MindfulnessPractice, Name: "Mindfulness practice",
		Synonyms:     names("mindfulness meditation"),
		Orientations: orient(OrientationMindfulnessPractice),
		Techniques:   uses(TechniqueMindfulness),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismAcceptance),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineRecommended, adults, alone, "less severe depression: group mindfulness and meditation", srcNG222),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Regular mindfulness meditation, taught in a group and practised at home.",
		Sources:  cite(srcMBSR, srcNG222),
	},
	{
		ID: Neurofeedback, Name: "Neurofeedback",
		Synonyms:     names("EEG biofeedback"),
		Orientations: orient(OrientationNeurofeedback),
		Techniques:   uses(TechniqueEEGNeurofeedback),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBiofeedback),
		Strength:     evidence.StrengthEmerging,
		Summary:      "EEG biofeedback training; in ADHD, effects were not significant when outcomes were rated blind or against sham controls.",
		Sources:      cite(srcNeurofeedback),
	},
}
