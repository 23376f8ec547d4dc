package modality

import (
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

func orient(o ...OrientationID) []OrientationID { return o }

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
		ID: "cbt", Name: "Cognitive behavioral therapy",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("cognitive-restructuring", "behavioral-activation", "in-vivo-exposure", "interoceptive-exposure", "skills-training", "psychoeducation"),
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
		ID: "cbt-i", Name: "Cognitive behavioral therapy for insomnia",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("stimulus-control", "sleep-restriction", "cognitive-restructuring", "sleep-hygiene"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBehavioral),
		Indications: []Indication{
			indicated(assessment.GroupInsomnia, LineFirst, adults, alone, "chronic insomnia disorder; initial treatment", srcACPInsomnia, srcAASMInsomnia),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Multicomponent treatment of chronic insomnia: stimulus control, sleep restriction, cognitive work on beliefs about sleep, and sleep hygiene.",
		Sources:  cite(srcAASMInsomnia, srcACPInsomnia),
	},
	{
		ID: "tf-cbt", Name: "Trauma-focused cognitive behavioral therapy",
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses("psychoeducation", "skills-training", "trauma-narrative", "cognitive-restructuring", "in-vivo-exposure"),
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
		ID: "cpt", Name: "Cognitive processing therapy",
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses("psychoeducation", "trauma-account", "cognitive-restructuring"),
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
		ID: "pe", Name: "Prolonged exposure",
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses("psychoeducation", "imaginal-exposure", "in-vivo-exposure"),
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
		ID: "emdr", Name: "Eye movement desensitization and reprocessing",
		Orientations:  orient(OrientationIntegrative),
		Techniques:    uses("psychoeducation", "bilateral-stimulation"),
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
		ID: "ct-ptsd", Name: "Cognitive therapy for PTSD",
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses("psychoeducation", "imaginal-exposure", "cognitive-restructuring"),
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
		ID: "wet", Name: "Written exposure therapy",
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses("psychoeducation", "written-exposure"),
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
		ID: "net", Name: "Narrative exposure therapy",
		Orientations:  orient(OrientationCognitiveBehavioral),
		Techniques:    uses("psychoeducation", "imaginal-exposure"),
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
		ID: "bep", Name: "Brief eclectic psychotherapy for PTSD",
		Orientations:  orient(OrientationCognitiveBehavioral, OrientationPsychodynamic),
		Techniques:    uses("psychoeducation", "imaginal-exposure"),
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
		ID: "erp", Name: "Exposure and response prevention",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("psychoeducation", "in-vivo-exposure", "response-prevention"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismExposure),
		Indications: []Indication{
			indicated(assessment.GroupOCD, LineFirst, anyAge, alone, "CBT including ERP as the initial psychological treatment, intensity stepped to functional impairment", srcCG31),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Graded exposure to obsessional triggers while refraining from compulsions, within cognitive behavioral therapy for OCD.",
		Sources:  cite(srcERP),
	},
	{
		ID: "ba", Name: "Behavioral activation",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("behavioral-activation"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBehavioral),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder; less severe depression, individual or group", srcVADoDMDD, srcNG222),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Structured therapy for depression that schedules rewarding and valued activity to reverse withdrawal and avoidance.",
		Sources:  cite(srcBA),
	},
	{
		ID: "pst", Name: "Problem-solving therapy",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("problem-solving", "psychoeducation"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Structured therapy that trains the person to solve everyday problems step by step and to manage the emotions that get in the way.",
		Sources:  cite(srcPST),
	},
	{
		ID: "applied-relaxation", Name: "Applied relaxation",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("relaxation-training", "psychoeducation"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Indications: []Indication{
			indicated(assessment.GroupGAD, LineRecommended, adults, alone, "step 3: individual high-intensity psychological intervention for marked functional impairment or too little response to step 2", srcCG113GAD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Training in rapid relaxation, practised until it can be used at the first signs of anxiety in everyday situations.",
		Sources:  cite(srcOst),
	},
	{
		ID: "cbt-self-help", Name: "CBT-based self-help",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("psychoeducation", "cognitive-restructuring"),
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
		ID: "dbt", Name: "Dialectical behavior therapy",
		Orientations: orient(OrientationCognitiveBehavioral, OrientationThirdWave),
		Techniques:   uses("skills-training", "mindfulness", "safety-planning"),
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
		ID: "dbt-a", Name: "Dialectical behavior therapy for adolescents",
		Orientations: orient(OrientationCognitiveBehavioral, OrientationThirdWave),
		Techniques:   uses("skills-training", "mindfulness", "safety-planning"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Phases:       phases(Stabilization),
		Ages:         AgeRange{Min: 12, Max: 19, Sources: cite(srcDBTAMeta)},
		Strength:     evidence.StrengthConsensus,
		Summary:      "DBT adapted for adolescents, with family members joining multifamily skills groups; studied mainly for self-harm and suicidal ideation.",
		Sources:      cite(srcDBTA, srcDBTAMeta),
	},
	{
		ID: "act", Name: "Acceptance and commitment therapy",
		Orientations: orient(OrientationThirdWave),
		Techniques:   uses("cognitive-defusion", "values-clarification", "mindfulness"),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismAcceptance),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Therapy that builds psychological flexibility: accepting difficult thoughts and feelings, defusing from them and acting on chosen values.",
		Sources:  cite(srcACT),
	},
	{
		ID: "mbct", Name: "Mindfulness-based cognitive therapy",
		Orientations: orient(OrientationThirdWave, OrientationCognitiveBehavioral),
		Techniques:   uses("mindfulness", "psychoeducation"),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismAcceptance),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Eight-week group program combining mindfulness practice with cognitive therapy principles, developed to prevent depressive relapse.",
		Sources:  cite(srcMBCT),
	},
	{
		ID: "ipt", Name: "Interpersonal psychotherapy",
		Orientations: orient(OrientationInterpersonal),
		Techniques:   uses("interpersonal-inventory", "psychoeducation"),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismRelational),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Time-limited therapy linking mood to a current interpersonal problem area and working to resolve it.",
		Sources:  cite(srcIPT),
	},
	{
		ID: "ipsrt", Name: "Interpersonal and social rhythm therapy",
		Orientations: orient(OrientationInterpersonal),
		Techniques:   uses("interpersonal-inventory", "social-rhythm-tracking", "psychoeducation"),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismBehavioral),
		Indications: []Indication{
			indicated(assessment.GroupBipolar, LineThird, anyAge, adjunct, "maintenance phase", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "IPT combined with stabilizing the daily rhythms of sleep, meals and activity, as an adjunct to medication in bipolar disorder.",
		Sources:  cite(srcIPSRT),
	},
	{
		ID: "fft", Name: "Family-focused therapy",
		Orientations: orient(OrientationSystemic, OrientationPsychoeducation),
		Techniques:   uses("psychoeducation", "communication-training"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Indications: []Indication{
			indicated(assessment.GroupBipolar, LineSecond, anyAge, adjunct, "maintenance phase and acute depression", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Family sessions of psychoeducation, communication training and problem solving for a person with bipolar disorder and their relatives.",
		Sources:  cite(srcFFT),
	},
	{
		ID: "family-intervention", Name: "Family intervention for psychosis",
		Orientations: orient(OrientationCognitiveBehavioral, OrientationPsychoeducation),
		Techniques:   uses("psychoeducation", "communication-training", "problem-solving"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismSkills),
		Indications: []Indication{
			indicated(assessment.GroupPsychotic, LineRecommended, adults, adjunct, "for the families of people with psychosis or schizophrenia who live with or are in close contact with them; at least 10 planned sessions over 3 months to 1 year", srcCG178Family),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Sessions with the person and their family, with or without other families, on understanding psychosis, communicating, solving problems and managing crises.",
		Sources:  cite(srcKuipers, srcCG178Family),
	},
	{
		ID: "psychoeducation", Name: "Psychoeducation",
		Orientations: orient(OrientationPsychoeducation),
		Techniques:   uses("psychoeducation"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismEducation),
		Indications: []Indication{
			indicated(assessment.GroupBipolar, LineFirst, anyAge, adjunct, "maintenance phase", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Structured teaching, individual or in groups, about the condition, treatment adherence, early warning signs and a regular lifestyle.",
		Sources:  cite(srcPsychoeducation),
	},
	{
		ID: "stpp", Name: "Short-term psychodynamic psychotherapy",
		Orientations: orient(OrientationPsychodynamic),
		Techniques:   uses("interpretation"),
		Stance:       stance(Guiding, SemiStructured, FocusPastAndPresent, MechanismInsight),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineFirst, adults, alone, "initial treatment of uncomplicated major depressive disorder", srcVADoDMDD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Time-limited psychodynamic therapy focused on avoided feelings and recurring relational patterns, usually under 40 sessions.",
		Sources:  cite(srcSTPP, srcShedler),
	},
	{
		ID: "person-centered", Name: "Person-centered therapy",
		Orientations: orient(OrientationHumanisticExperiential),
		Techniques:   uses("empathic-reflection"),
		Stance:       stance(NonDirective, Open, FocusPresent, MechanismRelational),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Therapy in which the client leads and the therapist offers empathy, unconditional positive regard and genuineness.",
		Sources:      cite(srcRogers),
	},
	{
		ID: "eft", Name: "Emotion-focused therapy",
		Orientations: orient(OrientationHumanisticExperiential),
		Techniques:   uses("empathic-reflection", "chair-work"),
		Stance:       stance(Guiding, SemiStructured, FocusPastAndPresent, MechanismExperiential),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Experiential therapy that helps the person access, tolerate and transform painful emotions within an empathic relationship.",
		Sources:      cite(srcEFT),
	},
	{
		ID: "mi", Name: "Motivational interviewing",
		Orientations: orient(OrientationHumanisticExperiential),
		Techniques:   uses("motivational-interviewing"),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismMotivational),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Brief, collaborative conversations that strengthen a person's own motivation and commitment to change.",
		Sources:      cite(srcMI),
	},
	{
		ID: "cm", Name: "Contingency management",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("contingent-reinforcement"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBehavioral),
		Indications: []Indication{
			indicated(assessment.GroupStimulantUse, LineRecommended, adults, anyRole, "stimulant use disorder", srcVADoDSUD),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Incentives given each time abstinence or another target behavior is verified.",
		Sources:  cite(srcCM),
	},
	{
		ID: "family-therapy", Name: "Family therapy",
		Orientations: orient(OrientationSystemic),
		Techniques:   uses("circular-questioning", "communication-training"),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismRelational),
		Indications: []Indication{
			indicated(assessment.GroupAnorexia, LineRecommended, youth, anyRole, "anorexia-nervosa-focused family therapy", srcNG69),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Work with the family together on the relationships and patterns that maintain a problem.",
		Sources:  cite(srcMinuchin, srcCircular),
	},
	{
		ID: "couples-therapy", Name: "Couples therapy",
		Orientations: orient(OrientationSystemic),
		Techniques:   uses("communication-training", "circular-questioning"),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismRelational),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Work with both partners on the relationship patterns that bear on one partner's difficulties or on their distress as a couple.",
		Sources:      cite(srcCouples),
	},
	{
		ID: "play-therapy", Name: "Play therapy",
		Orientations: orient(OrientationHumanisticExperiential),
		Techniques:   uses("play", "empathic-reflection"),
		Stance:       stance(NonDirective, Open, FocusPresent, MechanismPlay),
		Ages:         AgeRange{Min: 3, Max: 12, Sources: cite(srcPlayStatement)},
		Strength:     evidence.StrengthConsensus,
		Summary:      "Therapy in which children express and work through experience in play with a trained play therapist.",
		Sources:      cite(srcAxline, srcPlayStatement),
	},
	{
		ID: "rfp-c", Name: "Regulation-focused psychotherapy for children",
		Orientations: orient(OrientationPsychodynamic),
		Techniques:   uses("play", "defense-interpretation", "psychoeducation"),
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
		ID: "parent-training", Name: "Parent training",
		Orientations: orient(OrientationCognitiveBehavioral),
		Techniques:   uses("psychoeducation", "contingent-reinforcement"),
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
		ID: "group-therapy", Name: "Group psychotherapy",
		Orientations: orient(OrientationInterpersonal),
		Techniques:   uses("group-process"),
		Stance:       stance(Guiding, Open, FocusPresent, MechanismRelational),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Therapy in a group whose members' interactions are the main vehicle of change.",
		Sources:      cite(srcGroup),
	},
	{
		ID: "peer-support", Name: "Peer support",
		Orientations: orient(OrientationPeerSupport),
		Techniques:   uses("peer-sharing"),
		Stance:       stance(NonDirective, Open, FocusPresent, MechanismSupport),
		Indications: []Indication{
			indicated(assessment.GroupBipolar, LineThird, anyAge, adjunct, "peer interventions, maintenance phase", srcCANMAT, srcCANMATUpdate),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Individual or group support from a trained peer specialist with lived experience of recovery.",
		Sources:  cite(srcPeer),
	},
	{
		ID: "sleep-health", Name: "Sleep health",
		Orientations: orient(OrientationLifestyle),
		Techniques:   uses("sleep-hygiene"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismLifestyle),
		Strength:     evidence.StrengthConsensus,
		Summary:      "Advice and support for regular, sufficient sleep; for chronic insomnia disorder, CBT-I is the treatment.",
		Sources:      cite(srcNG222Wellbeing, srcLifestyle),
	},
	{
		ID: "physical-activity", Name: "Physical activity",
		Orientations: orient(OrientationLifestyle),
		Techniques:   uses("physical-activity"),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismLifestyle),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineRecommended, adults, alone, "less severe depression: group exercise", srcNG222),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "A regular program of physical activity, alone or in a group led by a trained practitioner.",
		Sources:  cite(srcLifestyle, srcNG222Wellbeing),
	},
	{
		ID: "nutrition", Name: "Nutrition",
		Orientations: orient(OrientationLifestyle),
		Techniques:   uses("nutrition-counseling"),
		Stance:       stance(Guiding, SemiStructured, FocusPresent, MechanismLifestyle),
		Strength:     evidence.StrengthEmerging,
		Summary:      "Support toward a healthy dietary pattern; its causal role in mental disorders is not yet established.",
		Sources:      cite(srcLifestyle, srcNG222Wellbeing),
	},
	{
		ID: "mindfulness-practice", Name: "Mindfulness practice",
		Orientations: orient(OrientationMindfulnessPractice),
		Techniques:   uses("mindfulness"),
		Stance:       stance(Guiding, Structured, FocusPresent, MechanismAcceptance),
		Indications: []Indication{
			indicated(assessment.GroupDepressive, LineRecommended, adults, alone, "less severe depression: group mindfulness and meditation", srcNG222),
		},
		Strength: evidence.StrengthGuideline,
		Summary:  "Regular mindfulness meditation, taught in a group and practised at home.",
		Sources:  cite(srcMBSR, srcNG222),
	},
	{
		ID: "neurofeedback", Name: "Neurofeedback",
		Orientations: orient(OrientationNeurofeedback),
		Techniques:   uses("eeg-neurofeedback"),
		Stance:       stance(Directive, Structured, FocusPresent, MechanismBiofeedback),
		Strength:     evidence.StrengthEmerging,
		Summary:      "EEG biofeedback training; in ADHD, effects were not significant when outcomes were rated blind or against sham controls.",
		Sources:      cite(srcNeurofeedback),
	},
}
