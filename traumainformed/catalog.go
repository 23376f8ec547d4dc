package traumainformed

import "github.com/wholeperson/integrative/evidence"

// CatalogVersion identifies the revision of this package's built-in
// catalogs: principles, implementation domains, practices, readiness
// signals and language terms. It changes whenever an entry or a source
// changes.
const CatalogVersion = "2026.2"

// Locators into SAMHSA (2014), the source of the principles and domains.
const (
	locPrinciples = "Six Key Principles of a Trauma-Informed Approach"
	locAssumption = "The Four R's: key assumptions (responds: a universal precautions approach that expects the presence of trauma; resist re-traumatization)"
	locDomains    = "Guidance for Implementing a Trauma-Informed Approach: the ten implementation domains, and the Sample Questions chart, which lists them in the same order"
	locQuestions  = "Sample Questions to Consider When Implementing a Trauma-Informed Approach"
)

var principles = []Principle{
	{
		ID:   Safety,
		Name: "Safety",
		Meaning: "The people served, and staff, feel physically and psychologically safe: the setting is safe and every " +
			"interaction promotes a sense of safety, with safety as the person served defines it.",
		Application: "Predictable, transparent treatment: sessions and contacts scheduled in advance with notice of changes, " +
			"consent before sensitive questions, a safety and crisis plan written with the client, and the client's own " +
			"definition of emotional safety in the plan.",
		Impact: "Care that the client experiences as safe and predictable is easier to return to, so it aims to reduce " +
			"avoidance of treatment and dropout.",
		Remedy: "Record how the plan keeps care predictable and safe for this client, such as a safety and crisis plan " +
			"made with the client, consent before sensitive questions, or predictable scheduling with advance notice of changes.",
		Sources: []evidence.Source{
			withLocator(srcSAMHSA, locPrinciples+" (1. Safety); "+locQuestions+": whether the individual's own definition of emotional safety is included in treatment plans"),
		},
	},
	{
		ID:   Trustworthiness,
		Name: "Trustworthiness and Transparency",
		Meaning: "Decisions are made and carried out openly, with the goal of building and keeping the trust of clients, " +
			"their families and staff.",
		Application: "Clear communication about the treatment rationale: why each medication and each therapy was chosen, " +
			"what to expect, and what will change, in words the client understands.",
		Impact: "Explaining the problem and the treatment is one of the pathways by which the working alliance and the " +
			"client's expectation of benefit are built (the contextual model of psychotherapy).",
		Remedy: "Record that the rationale of each medication and therapy choice was explained to the client, or that " +
			"common trauma reactions were explained.",
		Sources: []evidence.Source{
			withLocator(srcSAMHSA, locPrinciples+" (2. Trustworthiness and Transparency)"),
			withLocator(srcWampold, "the contextual model: the real relationship, expectations created through explanation of the disorder and the treatment, and health-promoting actions"),
		},
	},
	{
		ID:   PeerSupport,
		Name: "Peer Support",
		Meaning: "Peer support and mutual self-help, from people with lived experience of trauma (for children, the " +
			"caregivers in their recovery), are key vehicles for safety and hope, trust and collaboration, and for using " +
			"lived experience to promote recovery and healing.",
		Application: "Structured peer or group components in the plan: a peer specialist, a peer-led or mutual-help group, " +
			"or a therapy group.",
		Impact: "Meeting others with similar experience normalizes it and lessens isolation, and carries hope and trust " +
			"into the rest of care.",
		Remedy: "Offer a peer or group component, such as a peer specialist, a peer-led or mutual-help group, or a therapy group.",
		Sources: []evidence.Source{
			withLocator(srcSAMHSA, locPrinciples+" (3. Peer Support); "+locQuestions+": how peer supports are integrated into service delivery"),
		},
	},
	{
		ID:   Collaboration,
		Name: "Collaboration and Mutuality",
		Meaning: "Power differences between staff and clients are leveled: healing happens in relationships and in the " +
			"meaningful sharing of power and decision-making.",
		Application: "Shared decision-making in medication and therapy choices: the options discussed, the client's " +
			"preferences and the decision recorded, and goals set together.",
		Impact: "Decisions the client helped make belong to the client, which aims to increase ownership of and " +
			"engagement in treatment.",
		Remedy: "Record a shared decision with the options discussed, or goals set with the client in the client's own words.",
		Sources: []evidence.Source{
			withLocator(srcSAMHSA, locPrinciples+" (4. Collaboration and Mutuality)"),
			srcElwyn,
		},
	},
	{
		ID:   Empowerment,
		Name: "Empowerment, Voice and Choice",
		Meaning: "The client's strengths and experience are recognized and built on; the client is supported in shared " +
			"decision-making, choice and goal setting and in self-advocacy; staff facilitate recovery rather than control it.",
		Application: "Skills-based interventions that build agency (coping, grounding, emotion regulation, self-advocacy), " +
			"real choices among options, and the client's strengths and goals in the plan.",
		Impact: "Skills and confidence that the client owns continue after clinical contact ends, which aims to sustain " +
			"recovery beyond treatment.",
		Remedy: "Add a skills-building intervention, record the client's strengths and how the plan builds on them, or " +
			"record the client's choices among the options offered.",
		Sources: []evidence.Source{
			withLocator(srcSAMHSA, locPrinciples+" (5. Empowerment, Voice and Choice)"),
		},
	},
	{
		ID:   Cultural,
		Name: "Cultural, Historical, and Gender Issues",
		Meaning: "The service moves past cultural stereotypes and biases, offers gender-responsive services, draws on the " +
			"healing value of traditional cultural connections, responds to racial, ethnic and cultural needs, and " +
			"recognizes and addresses historical trauma.",
		Application: "Culturally adapted language and frameworks: care and written materials in the client's preferred " +
			"language, adaptation of the treatment model to the client's culture, choice of clinician gender, and attention " +
			"to historical trauma.",
		Impact: "Culturally adapted interventions, and interventions in the client's own language, improved outcomes in a " +
			"meta-analysis of 76 studies; engagement depends on care that fits the client's language and culture.",
		Remedy: "Deliver care and materials in the client's preferred language, adapt the treatment model to the client's " +
			"culture, or offer a choice of clinician gender.",
		Sources: []evidence.Source{
			withLocator(srcSAMHSA, locPrinciples+" (6. Cultural, Historical, and Gender Issues)"),
			srcGrinerSmith,
		},
	},
}

var domains = []Domain{
	{ID: DomainGovernance, Name: "Governance and Leadership",
		Description: "Leadership supports and invests in the approach, names who is responsible for it, and includes the peer voice.",
		Sources:     domainSources},
	{ID: DomainPolicy, Name: "Policy",
		Description: "Written policies and protocols make the approach part of the mission and of everyday procedures, including work with other agencies.",
		Sources:     domainSources},
	{ID: DomainPhysicalEnvironment, Name: "Physical Environment",
		Description: "The setting is experienced as safe, inviting and collaborative by the people served and by staff.",
		Sources:     domainSources},
	{ID: DomainEngagement, Name: "Engagement and Involvement",
		Description: "People in recovery, trauma survivors, people receiving services and their families have voice and meaningful choice in every area of the organization.",
		Sources:     domainSources},
	{ID: DomainCrossSector, Name: "Cross Sector Collaboration",
		Description: "Partners in other sectors share an understanding of trauma, so that a referral does not undo progress.",
		Sources:     domainSources},
	{ID: DomainScreeningTreatment, Name: "Screening, Assessment, Treatment Services",
		Description: "Screening and assessment for trauma are part of the work; interventions are evidence-based and culturally appropriate, and trauma-specific treatment is available or reliably referred.",
		Sources:     domainSources},
	{ID: DomainTraining, Name: "Training and Workforce Development",
		Description: "Ongoing training on trauma and peer support, and support for staff affected by secondary traumatic stress.",
		Sources:     domainSources},
	{ID: DomainMonitoring, Name: "Progress Monitoring and Quality Assurance",
		Description: "The principles and the use of evidence-based trauma screening, assessment and treatment are tracked and monitored.",
		Sources:     domainSources},
	{ID: DomainFinancing, Name: "Financing",
		Description: "Budgets fund training, safe facilities, peer support, trauma services and cross-agency work.",
		Sources:     domainSources},
	{ID: DomainEvaluation, Name: "Evaluation",
		Description: "Evaluation designs and measures reflect an understanding of trauma.",
		Sources:     domainSources},
}

// domainSources are the sources of every implementation domain.
var domainSources = []evidence.Source{withLocator(srcSAMHSA, locDomains)}

var builtinPractices = []Practice{
	{
		ID:      PracticeConsent,
		Aliases: []PracticeID{"right-to-decline", "consent-and-right-to-decline"},
		Title:   "Consent and the right to decline before sensitive questions",
		Description: "Before questions about trauma, substance use or other sensitive topics, the client is told why they are " +
			"asked, asked for consent, and told that declining is fine; a decision not to answer is recorded and respected.",
		Principles: []PrincipleID{Safety, Empowerment},
		Sources:    []evidence.Source{withLocator(srcSAMHSA, locAssumption+"; "+locPrinciples+" (1. Safety; 5. Empowerment, Voice and Choice)")},
	},
	{
		ID:          PracticeRationale,
		Aliases:     []PracticeID{"treatment-rationale-explained", "rationale-explained-to-client", "treatment-rationale"},
		Title:       "Rationale of each medication and therapy choice explained",
		Description: "The reasons for each medication and each therapy, what to expect and what the alternatives are were explained to the client.",
		Principles:  []PrincipleID{Trustworthiness, Collaboration},
		Sources: []evidence.Source{
			withLocator(srcSAMHSA, locPrinciples+" (2. Trustworthiness and Transparency); "+locQuestions+" (explaining step by step a potentially invasive procedure)"),
			withLocator(srcWampold, "expectations created through explanation of the disorder and the treatment"),
		},
	},
	{
		ID:          PracticePredictable,
		Aliases:     []PracticeID{"predictable-schedule", "advance-notice-of-changes"},
		Title:       "Predictable scheduling and advance notice of changes",
		Description: "Sessions and contacts follow a schedule the client knows, and changes (a new clinician, a cancelled session, a medication change) are announced in advance.",
		Principles:  []PrincipleID{Safety, Trustworthiness},
		Sources:     []evidence.Source{withLocator(srcSAMHSA, locQuestions+", Engagement and Involvement: keeping people fully informed of rules, procedures, activities and schedules")},
	},
	{
		ID:          PracticeSharedDecision,
		Aliases:     []PracticeID{"shared-decision-making", "shared-decision", "shared-decisions"},
		Title:       "Shared decisions recorded with the options discussed",
		Description: "For medication and therapy choices, the options discussed, the client's preferences and the decision made together are recorded.",
		Principles:  []PrincipleID{Collaboration, Empowerment},
		Sources:     []evidence.Source{withLocator(srcSAMHSA, locPrinciples+" (4. Collaboration and Mutuality; 5. Empowerment, Voice and Choice: shared decision-making, choice and goal setting)"), srcElwyn},
	},
	{
		ID:          PracticeClinicianGender,
		Aliases:     []PracticeID{"choice-of-clinician-gender", "clinician-gender-preference"},
		Title:       "Choice of clinician gender offered",
		Description: "The client was offered a choice of the gender of the clinicians who work with them, where the service can provide it.",
		Principles:  []PrincipleID{Cultural, Empowerment, Safety},
		Sources: []evidence.Source{withLocator(srcSAMHSA, locPrinciples+" (6. Cultural, Historical, and Gender Issues: access to gender responsive services); "+
			locQuestions+": gender-specific trauma services and supports; gender-related physical and emotional safety")},
	},
	{
		ID:      PracticeCareLanguage,
		Aliases: []PracticeID{"interpreter", "interpreter-services", "care-in-client-language"},
		Title:   "Care in the client's preferred language, directly or through a qualified interpreter",
		Description: "Sessions are held in the client's preferred language, by a clinician who speaks it or through a trained " +
			"interpreter, not a family member or a minor.",
		Principles: []PrincipleID{Cultural, Empowerment},
		Sources: []evidence.Source{
			withLocator(srcCLAS, "Standards 5-7: offer language assistance at no cost; inform individuals of its availability; ensure the competence of interpreters and avoid untrained individuals and minors"),
			srcGrinerSmith,
		},
	},
	{
		ID:          PracticeMaterialsLanguage,
		Aliases:     []PracticeID{"translated-materials", "materials-in-client-language"},
		Title:       "Written materials in the client's preferred language",
		Description: "The client's written materials (the plan summary, the safety plan, medication information) are available in the client's preferred language and are easy to understand.",
		Principles:  []PrincipleID{Cultural, Trustworthiness},
		Sources:     []evidence.Source{withLocator(srcCLAS, "Standard 8: easy-to-understand print and multimedia materials in the languages of the populations served")},
	},
	{
		ID:          PracticePeerGroup,
		Aliases:     []PracticeID{"peer-support-group", "peer-support", "peer-specialist", "group-component", "group-therapy"},
		Title:       "Peer or group component",
		Description: "The plan includes a peer specialist, a peer-led or mutual-help group, or a therapy group.",
		Principles:  []PrincipleID{PeerSupport},
		Sources:     []evidence.Source{withLocator(srcSAMHSA, locPrinciples+" (3. Peer Support)")},
	},
	{
		ID:          PracticeSkills,
		Aliases:     []PracticeID{"skills-training", "coping-skills"},
		Title:       "Skills-building interventions",
		Description: "The plan teaches skills the client can use alone: coping and grounding, emotion regulation, distress tolerance, self-advocacy.",
		Principles:  []PrincipleID{Empowerment, Safety},
		Sources: []evidence.Source{
			withLocator(srcSAMHSA, locPrinciples+" (5. Empowerment, Voice and Choice: supported in cultivating self-advocacy skills)"),
			srcISTSS,
		},
	},
	{
		ID:          PracticeSafetyPlan,
		Aliases:     []PracticeID{"safety-plan", "safety-planning", "crisis-plan", "safety-and-crisis-plan"},
		Title:       "Safety and crisis plan made with the client",
		Description: "A written safety and crisis plan, developed with the client: warning signs, the client's own coping strategies, people and places that help, professional contacts, and making the environment safer.",
		Principles:  []PrincipleID{Safety, Collaboration},
		Sources:     []evidence.Source{srcStanleyBrown, withLocator(srcSAMHSA, locQuestions+": whether the individual's own definition of emotional safety is included in treatment plans")},
	},
	{
		ID:          PracticeCulturalAdaptation,
		Aliases:     []PracticeID{"culturally-adapted-treatment", "cultural-adaptation-of-treatment"},
		Title:       "Cultural adaptation of the treatment model",
		Description: "The therapy's language, examples, metaphors and goals were adapted to the client's culture and to the client's own understanding of their difficulties.",
		Principles:  []PrincipleID{Cultural},
		Sources: []evidence.Source{
			srcGrinerSmith,
			withLocator(srcSAMHSA, locPrinciples+" (6. Cultural, Historical, and Gender Issues)"),
			srcCFI,
		},
	},
	{
		ID:          PracticeGoals,
		Aliases:     []PracticeID{"client-goals", "goals-set-with-client", "collaborative-goals"},
		Title:       "Goals set with the client, in the client's words",
		Description: "The plan's goals were set with the client and are recorded in the client's own words.",
		Principles:  []PrincipleID{Collaboration, Empowerment},
		Sources:     []evidence.Source{withLocator(srcSAMHSA, locPrinciples+" (5. Empowerment, Voice and Choice: goal setting to determine the plan of action)")},
	},
	{
		ID:          PracticeStrengths,
		Aliases:     []PracticeID{"strengths-based", "client-strengths"},
		Title:       "Strengths recorded and built on",
		Description: "The client's strengths, supports and experience are recorded, and the plan says how it builds on them.",
		Principles:  []PrincipleID{Empowerment},
		Sources:     []evidence.Source{withLocator(srcSAMHSA, locPrinciples+" (5. Empowerment, Voice and Choice: strengths and experiences are recognized and built upon)")},
	},
	{
		ID:          PracticeTraumaReactions,
		Aliases:     []PracticeID{"trauma-psychoeducation", "psychoeducation-on-trauma-reactions"},
		Title:       "Common trauma reactions explained",
		Description: "Clinicians talked with the client about the range of trauma reactions, to lessen fear and shame and to increase self-understanding.",
		Principles:  []PrincipleID{Trustworthiness, Empowerment},
		Sources:     []evidence.Source{withLocator(srcSAMHSA, locQuestions+", Screening, Assessment, Treatment Services: staff talk with people about the range of trauma reactions")},
	},
	{
		ID:          PracticeHistoricalTrauma,
		Aliases:     []PracticeID{"historical-trauma", "intergenerational-trauma-acknowledged"},
		Title:       "Historical and intergenerational trauma acknowledged",
		Description: "Where the client wishes, the formulation recognizes historical, community or intergenerational trauma.",
		Principles:  []PrincipleID{Cultural},
		Sources:     []evidence.Source{withLocator(srcSAMHSA, locPrinciples+" (6. Cultural, Historical, and Gender Issues: recognizes and addresses historical trauma)")},
	},
	{
		ID:          PracticeFeedback,
		Aliases:     []PracticeID{"client-feedback", "feedback-informed-care"},
		Title:       "Client feedback on care sought and acted on",
		Description: "The client is asked regularly how care is going for them, and the plan changes in response.",
		Principles:  []PrincipleID{Collaboration, Trustworthiness},
		Sources: []evidence.Source{withLocator(srcSAMHSA, locQuestions+", Engagement and Involvement and Progress Monitoring and Quality Assurance: "+
			"feedback from people with lived experience and from individuals receiving services")},
	},
}

// contesting are the sources that contest gating trauma-focused therapy on
// a stabilization phase.
var contesting = []evidence.Source{srcDeJongh, srcVADoD}

var signals = []Signal{
	{
		ID:          SignalSafetyPlan,
		Name:        "safety plan in place",
		Description: "A written safety and crisis plan, made with the client, is in place and the client knows how to use it.",
		Supporting:  []evidence.Source{srcISTSS, srcHerman, srcStanleyBrown},
		Contesting:  contesting,
	},
	{
		ID:          SignalCopingSkills,
		Name:        "coping and grounding skills established",
		Description: "The client has coping and grounding skills, such as emotion regulation and grounding in the present, and uses them to manage distress and trauma reminders.",
		Supporting:  []evidence.Source{srcISTSS, srcHerman},
		Contesting:  contesting,
	},
	{
		ID:          SignalNoAcuteRisk,
		Name:        "no acute suicide risk",
		Description: "The latest suicide risk assessment found no acute risk.",
		Supporting:  []evidence.Source{srcISTSS, srcHerman},
		Contesting:  contesting,
	},
	{
		ID:          SignalSubstanceStable,
		Name:        "substance use stable enough to engage",
		Description: "Substance use, if any, is stable enough for the client to attend and engage in the sessions.",
		Supporting:  []evidence.Source{srcTIP42, srcISTSS},
		Contesting:  contesting,
	},
}
