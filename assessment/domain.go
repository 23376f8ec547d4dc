package assessment

import (
	"slices"
	"strings"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
)

// DomainID names an intake domain, such as [DomainSleep]. In JSON, a
// domain may be given by any name [ParseDomainID] accepts; it is read as the
// domain's ID.
type DomainID string

// domainAliases are the other names [ParseDomainID] accepts, by domain.
var domainAliases = map[DomainID][]string{
	DomainPresenting:    {"presenting", "presenting-concerns-and-symptoms", "symptoms"},
	DomainPsychiatric:   {"psychiatric", "psychiatric-history-and-diagnoses"},
	DomainMedical:       {"medical"},
	DomainMedications:   {"current-medications"},
	DomainSupplements:   {"supplements", "herbs-and-supplements", "herbs-supplements-and-practices", "practices"},
	DomainSubstances:    {"substances", "substance"},
	DomainTrauma:        {"trauma-and-adverse-experiences"},
	DomainBody:          {"body"},
	DomainRelationships: {"relationships-and-social-support", "social-support"},
	DomainMeaning:       {"meaning-and-purpose", "meaning-purpose-and-spirituality", "purpose", "spirituality"},
	DomainStrengths:     {"strengths-and-capacities"},
	DomainRisk:          {"vulnerabilities", "risk"},
	DomainCulture:       {"culture-and-language", "culture-identity-and-language"},
	DomainGoals:         {"goals-and-preferences", "treatment-preferences"},
}

// ParseDomainID returns the ID of the intake domain named text: its ID
// ("presenting-concerns"), or one of these names, in any case and with
// '-', '_' or ' ' between words: "presenting", "presenting concerns and
// symptoms" and "symptoms" for [DomainPresenting]; "psychiatric" for
// [DomainPsychiatric]; "medical" for [DomainMedical]; "current
// medications" for [DomainMedications]; "supplements", "herbs and
// supplements" and "practices" for [DomainSupplements]; "substances" for
// [DomainSubstances]; "trauma and adverse experiences" for [DomainTrauma];
// "body" for [DomainBody]; "social support" for [DomainRelationships];
// "meaning and purpose", "purpose" and "spirituality" for [DomainMeaning];
// "strengths and capacities" for [DomainStrengths]; "vulnerabilities" and
// "risk" for [DomainRisk]; "culture and language" for [DomainCulture]; and
// "goals and preferences" for [DomainGoals]. It returns [ErrBadValue] for
// any other text.
func ParseDomainID(text string) (DomainID, error) {
	text = strings.TrimSpace(text)
	for _, d := range domains {
		if enum.Same(string(d.ID), text) {
			return d.ID, nil
		}
	}
	for id, names := range domainAliases {
		for _, n := range names {
			if enum.Same(n, text) {
				return id, nil
			}
		}
	}
	return "", ErrBadValue
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseDomainID], so a JSON object of domains may use any accepted name.
func (d *DomainID) UnmarshalText(text []byte) error {
	id, err := ParseDomainID(string(text))
	if err != nil {
		return err
	}
	*d = id
	return nil
}

// The whole-person intake domains.
const (
	DomainPresenting    DomainID = "presenting-concerns"
	DomainPsychiatric   DomainID = "psychiatric-history"
	DomainMedical       DomainID = "medical-history"
	DomainMedications   DomainID = "medications"
	DomainSupplements   DomainID = "supplements-and-practices"
	DomainSubstances    DomainID = "substance-use"
	DomainTrauma        DomainID = "trauma"
	DomainSleep         DomainID = "sleep"
	DomainNutrition     DomainID = "nutrition"
	DomainMovement      DomainID = "movement"
	DomainBody          DomainID = "body-awareness"
	DomainRelationships DomainID = "relationships"
	DomainMeaning       DomainID = "meaning"
	DomainStrengths     DomainID = "strengths"
	DomainRisk          DomainID = "vulnerabilities-and-risk"
	DomainCulture       DomainID = "culture"
	DomainGoals         DomainID = "goals"
)

// A Domain is one area of a whole-person intake: what to ask about, why it
// matters, and the instruments that measure it.
type Domain struct {
	ID DomainID `json:"id"`
	// Title is a short, capitalised heading.
	Title string `json:"title"`
	// Why says what the domain contributes to care.
	Why string `json:"why"`
	// Questions are guiding questions for the clinician.
	Questions []string `json:"questions"`
	// Instruments are the built-in instruments that measure it.
	Instruments []InstrumentID `json:"instruments,omitempty"`
	// Sources cite why the domain belongs in an intake.
	Sources []evidence.Source `json:"sources"`
}

// LookupDomain returns the intake domain with the given ID.
func LookupDomain(id DomainID) (Domain, bool) {
	for _, d := range domains {
		if d.ID == id {
			return d.clone(), true
		}
	}
	return Domain{}, false
}

// Domains returns the intake domains in the order an intake usually takes
// them.
func Domains() []Domain {
	out := make([]Domain, len(domains))
	for i, d := range domains {
		out[i] = d.clone()
	}
	return out
}

func (d Domain) clone() Domain {
	d.Questions = slices.Clone(d.Questions)
	d.Instruments = slices.Clone(d.Instruments)
	d.Sources = slices.Clone(d.Sources)
	return d
}

func knownDomain(id DomainID) bool {
	for _, d := range domains {
		if d.ID == id {
			return true
		}
	}
	return false
}

var domains = []Domain{
	{
		ID:    DomainPresenting,
		Title: "Presenting concerns and symptoms",
		Why: "A review of mood, anxiety, thought content and process, perception and cognition is the " +
			"core of an initial psychiatric evaluation, and standardized measures make it repeatable.",
		Questions: []string{
			"What brings you here now, in your own words?",
			"How have your mood, worry, sleep, energy and concentration been over the last two weeks?",
			"How are these concerns affecting work, home and relationships?",
		},
		Instruments: []InstrumentID{PHQ2, PHQ9, GAD2, GAD7, WHO5},
		Sources:     []evidence.Source{withLocator(srcAPAEvaluation, "Guideline I, Statement 1; Guideline VII (quantitative measures)")},
	},
	{
		ID:    DomainPsychiatric,
		Title: "Psychiatric history and diagnoses",
		Why: "Past and current diagnoses, past treatments with their doses, durations, adherence and " +
			"response, and past hospitalizations shape which treatments are worth trying next.",
		Questions: []string{
			"What diagnoses have you been given before, and do they fit your experience?",
			"Which treatments have you tried, for how long, and what helped or did not?",
			"Have you ever been hospitalized or gone to an emergency department for your mental health?",
		},
		Sources: []evidence.Source{withLocator(srcAPAEvaluation, "Guideline I, Statement 3")},
	},
	{
		ID:    DomainMedical,
		Title: "Medical history",
		Why: "Medical conditions can cause or worsen psychiatric symptoms and limit which medications " +
			"are safe (kidney, liver, heart rhythm, seizures, thyroid, pregnancy).",
		Questions: []string{
			"What medical conditions are you being treated for?",
			"Do you have kidney, liver, heart rhythm, thyroid or seizure problems?",
			"Who is your primary care clinician, and when did you last see them?",
		},
		Sources: []evidence.Source{withLocator(srcAPAEvaluation, "Guideline VI, assessment of medical health")},
	},
	{
		ID:    DomainMedications,
		Title: "Current medications",
		Why: "Every prescribed and over-the-counter medication is checked against new prescriptions " +
			"for interactions, duplication and dose limits.",
		Questions: []string{
			"Which medications do you take, at what dose, and how do you actually take them?",
			"Which side effects have you noticed?",
			"Are there medications you have stopped, and why?",
		},
		Sources: []evidence.Source{withLocator(srcAPAEvaluation, "Guideline I, Statement 3; Guideline VI")},
	},
	{
		ID:    DomainSupplements,
		Title: "Herbs, supplements and non-Western practices",
		Why: "Herbs and supplements interact with psychiatric medications (St John's wort induces " +
			"drug-metabolizing enzymes and adds serotonergic effects), and the practices a client " +
			"values can become part of the plan.",
		Questions: []string{
			"Which herbs, supplements or non-Western practices are part of your care?",
			"Who recommended them, and how do they help you?",
			"Would you like them to be part of your plan here?",
		},
		Sources: []evidence.Source{srcSJWInteractions, srcWholeHealth},
	},
	{
		ID:    DomainSubstances,
		Title: "Substance use",
		Why: "Substance use and mental health conditions often occur together and are best treated " +
			"together; alcohol and other substances also interact with psychiatric medications.",
		Questions: []string{
			"How often do you drink alcohol, and how much on a typical day?",
			"Which other substances do you use, including cannabis, nicotine and medications not prescribed to you?",
			"When did you last use, and has use ever caused problems for you?",
		},
		Instruments: []InstrumentID{AUDITC, AUDIT},
		Sources:     []evidence.Source{withLocator(srcAPAEvaluation, "Guideline II, substance use assessment"), srcTIP42},
	},
	{
		ID:    DomainTrauma,
		Title: "Trauma and adverse experiences",
		Why: "Trauma history is part of every initial psychiatric evaluation; asked with consent and " +
			"the right to decline, it guides trauma-informed care without requiring disclosure.",
		Questions: []string{
			"Before we talk about difficult experiences: you can choose not to answer, and that is fine. Is it all right to ask?",
			"Have you lived through events that still affect you today?",
			"Before age 18, were there experiences at home that were hard or unsafe?",
		},
		Instruments: []InstrumentID{PCPTSD5, PCL5, ACE},
		Sources:     []evidence.Source{withLocator(srcAPAEvaluation, "Guideline I, Statement 2"), srcSAMHSATIC},
	},
	{
		ID:    DomainSleep,
		Title: "Sleep",
		Why: "Rest and sleep are one of the areas of self-care in a whole-health approach; insomnia " +
			"and nightmares are treatable targets of their own.",
		Questions: []string{
			"How much deep, restorative sleep do you get?",
			"How many hours do you sleep on a typical night, and how long does it take to fall asleep?",
			"Do nightmares or waking in the night disturb your sleep?",
		},
		Sources: []evidence.Source{withLocator(srcWholeHealth, "Recharge")},
	},
	{
		ID:    DomainNutrition,
		Title: "Nutrition",
		Why:   "Food and drink are one of the areas of self-care in a whole-health approach.",
		Questions: []string{
			"How nutrient-dense is your diet?",
			"How regular are your meals, and has your appetite or weight changed?",
			"How much caffeine and sugary drink do you take in a day?",
		},
		Sources: []evidence.Source{withLocator(srcWholeHealth, "Food & Drink")},
	},
	{
		ID:    DomainMovement,
		Title: "Movement",
		Why:   "Moving the body is one of the areas of self-care in a whole-health approach.",
		Questions: []string{
			"How do you move your body in a typical week?",
			"What kinds of movement do you enjoy, or used to enjoy?",
			"What gets in the way of moving more?",
		},
		Sources: []evidence.Source{withLocator(srcWholeHealth, "Moving the Body")},
	},
	{
		ID:    DomainBody,
		Title: "Body awareness",
		Why: "Mindful awareness sits at the centre of the whole-health model; noticing body signals " +
			"supports grounding, emotion regulation and self-care.",
		Questions: []string{
			"How well do you know your own body?",
			"Where in your body do you notice stress, worry or calm?",
			"What helps you feel settled in your body?",
		},
		Sources: []evidence.Source{withLocator(srcWholeHealth, "Mindful Awareness; Power of the Mind")},
	},
	{
		ID:    DomainRelationships,
		Title: "Relationships and social support",
		Why:   "Recovery is supported through relationships and social networks.",
		Questions: []string{
			"Who are the people you can count on?",
			"Who would you like involved in your care, and who not?",
			"Are you safe in your relationships and at home?",
		},
		Sources: []evidence.Source{srcRecovery, withLocator(srcWholeHealth, "Family, Friends & Co-Workers")},
	},
	{
		ID:    DomainMeaning,
		Title: "Meaning, purpose and spirituality",
		Why: "Spirit and soul (what gives life meaning and purpose) is one of the areas of self-care " +
			"in a whole-health approach, and recovery is holistic.",
		Questions: []string{
			"What has given you the greatest sense of meaning, and what keeps you from it now?",
			"What matters most to you in your life?",
			"Are spiritual, religious or cultural practices a source of strength for you?",
		},
		Sources: []evidence.Source{withLocator(srcWholeHealth, "Spirit & Soul"), srcRecovery},
	},
	{
		ID:    DomainStrengths,
		Title: "Strengths and capacities",
		Why:   "Recovery involves individual, family and community strengths; a plan builds on them.",
		Questions: []string{
			"What are your unique strengths and capacities?",
			"What have you already done that has helped you through hard times?",
			"What do people who know you well appreciate about you?",
		},
		Sources: []evidence.Source{srcRecovery},
	},
	{
		ID:    DomainRisk,
		Title: "Vulnerabilities and risk",
		Why: "Suicide risk is assessed at every initial psychiatric evaluation; vulnerabilities such as " +
			"isolation, loss or access to lethal means shape the safety plan.",
		Questions: []string{
			"What are your vulnerabilities: the situations in which things get harder for you?",
			"Have you had thoughts of ending your life or of hurting yourself?",
			"Do you have access to firearms or stockpiled medications?",
		},
		Instruments: []InstrumentID{ASQ, PHQ9},
		Sources:     []evidence.Source{withLocator(srcAPAEvaluation, "Guideline III, assessment of suicide risk")},
	},
	{
		ID:    DomainCulture,
		Title: "Culture, identity and language",
		Why: "Cultural factors shape how distress is understood, expressed and treated; care in the " +
			"client's preferred language improves engagement.",
		Questions: []string{
			"Which language would you like us to use, in person and in writing?",
			"How do you, your family and your community understand what you are going through?",
			"Are there parts of your background or identity you want your care team to understand?",
		},
		Sources: []evidence.Source{withLocator(srcAPAEvaluation, "Guideline V, assessment of cultural factors"), srcCFI},
	},
	{
		ID:    DomainGoals,
		Title: "Goals and treatment preferences",
		Why: "Recovery is person-driven, and the client's goals and preferences are part of every " +
			"treatment decision.",
		Questions: []string{
			"What would you like to be different, in your own words?",
			"How do you feel about medication, therapy, or both?",
			"What has or has not worked for you before, and what would you rather avoid?",
		},
		Sources: []evidence.Source{withLocator(srcAPAEvaluation, "Guideline VIII, involvement of the patient in treatment decision making"), srcRecovery},
	},
}

// withLocator returns s pointing at locator.
func withLocator(s evidence.Source, locator string) evidence.Source {
	s.Locator = locator
	return s
}
