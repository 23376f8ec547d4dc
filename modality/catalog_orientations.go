package modality

import "github.com/wholeperson/integrative/evidence"

func cite(s ...evidence.Source) []evidence.Source { return s }

// orientations is the built-in orientation table. The built-in catalog
// copies it; nothing else reads it.
var orientations = []Orientation{
	{
		ID:            OrientationPsychodynamic,
		Name:          "Psychodynamic",
		Psychotherapy: true,
		Summary:       "Change through insight into avoided feelings, recurring relational patterns and their roots in past experience, worked with in the therapy relationship.",
		Sources:       cite(srcShedler),
	},
	{
		ID:            OrientationCognitiveBehavioral,
		Name:          "Cognitive-behavioral",
		Psychotherapy: true,
		Summary:       "Change through structured, present-focused work on the links between thoughts, feelings and behavior, with skills practised between sessions.",
		Sources:       cite(srcBeck, srcBeckJ),
	},
	{
		ID:            OrientationHumanisticExperiential,
		Name:          "Humanistic-experiential",
		Psychotherapy: true,
		Summary:       "Change through an empathic, accepting and genuine relationship and through emotional experience in session.",
		Sources:       cite(srcRogers, srcEFT),
	},
	{
		ID:            OrientationSystemic,
		Name:          "Systemic and family",
		Psychotherapy: true,
		Summary:       "Problems understood and changed in the relationships and patterns of the family or couple rather than in one person alone.",
		Sources:       cite(srcMinuchin, srcCircular),
	},
	{
		ID:            OrientationInterpersonal,
		Name:          "Interpersonal",
		Psychotherapy: true,
		Summary:       "Change through work on current relationships and social roles: grief, role disputes, role transitions and social isolation.",
		Sources:       cite(srcIPTOrigin, srcIPT),
	},
	{
		ID:            OrientationThirdWave,
		Name:          "Third-wave (acceptance- and mindfulness-based)",
		Psychotherapy: true,
		Summary:       "Behavioral and cognitive therapies that change the person's relationship to thoughts and feelings through acceptance, mindfulness and values rather than disputing their content.",
		Sources:       cite(srcThirdWave),
	},
	{
		ID:            OrientationIntegrative,
		Name:          "Integrative",
		Psychotherapy: true,
		Summary:       "Therapies built by combining orientations through common factors, technical eclecticism, theoretical integration or assimilative integration.",
		Sources:       cite(srcHandbook),
	},
	{
		ID:      OrientationPsychoeducation,
		Name:    "Psychoeducation",
		Summary: "Structured information for the person and family about the condition, its treatment, early warning signs and self-management.",
		Sources: cite(srcPsychoeducation),
	},
	{
		ID:      OrientationLifestyle,
		Name:    "Lifestyle (sleep, movement, nutrition)",
		Summary: "Health behaviors that bear on mental health: physical activity, sleep, diet and smoking.",
		Sources: cite(srcLifestyle),
	},
	{
		ID:      OrientationMindfulnessPractice,
		Name:    "Mindfulness practice",
		Summary: "Regular meditation and mindful-awareness practice, taught in groups or practised alone.",
		Sources: cite(srcMBSR),
	},
	{
		ID:      OrientationPeerSupport,
		Name:    "Peer support",
		Summary: "Support from trained peers who share lived experience of mental health or substance use conditions and recovery.",
		Sources: cite(srcPeer),
	},
	{
		ID:      OrientationNeurofeedback,
		Name:    "Neurofeedback",
		Summary: "Training self-regulation of brain activity through real-time feedback of the EEG.",
		Sources: cite(srcNeurofeedback),
	},
}
