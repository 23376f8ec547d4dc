package modality

// The IDs of the built-in modalities. A host that writes plans in Go uses
// these rather than string literals; [ResolveID] maps the names people type
// ("CBT", "prolonged exposure") to them.
const (
	// CBT is the ID of cognitive behavioral therapy.
	CBT ID = "cbt"
	// CBTI is the ID of cognitive behavioral therapy for insomnia.
	CBTI ID = "cbt-i"
	// TFCBT is the ID of trauma-focused cognitive behavioral therapy.
	TFCBT ID = "tf-cbt"
	// CPT is the ID of cognitive processing therapy.
	CPT ID = "cpt"
	// PE is the ID of prolonged exposure.
	PE ID = "pe"
	// EMDR is the ID of eye movement desensitization and reprocessing.
	EMDR ID = "emdr"
	// CTPTSD is the ID of cognitive therapy for PTSD.
	CTPTSD ID = "ct-ptsd"
	// WET is the ID of written exposure therapy.
	WET ID = "wet"
	// NET is the ID of narrative exposure therapy.
	NET ID = "net"
	// BEP is the ID of brief eclectic psychotherapy for PTSD.
	BEP ID = "bep"
	// ERP is the ID of exposure and response prevention.
	ERP ID = "erp"
	// BA is the ID of behavioral activation.
	BA ID = "ba"
	// PST is the ID of problem-solving therapy.
	PST ID = "pst"
	// AppliedRelaxation is the ID of applied relaxation.
	AppliedRelaxation ID = "applied-relaxation"
	// CBTSelfHelp is the ID of CBT-based self-help.
	CBTSelfHelp ID = "cbt-self-help"
	// DBT is the ID of dialectical behavior therapy.
	DBT ID = "dbt"
	// DBTA is the ID of dialectical behavior therapy for adolescents.
	DBTA ID = "dbt-a"
	// ACT is the ID of acceptance and commitment therapy.
	ACT ID = "act"
	// MBCT is the ID of mindfulness-based cognitive therapy.
	MBCT ID = "mbct"
	// IPT is the ID of interpersonal psychotherapy.
	IPT ID = "ipt"
	// IPSRT is the ID of interpersonal and social rhythm therapy.
	IPSRT ID = "ipsrt"
	// FFT is the ID of family-focused therapy.
	FFT ID = "fft"
	// FamilyIntervention is the ID of family intervention for psychosis.
	FamilyIntervention ID = "family-intervention"
	// Psychoeducation is the ID of psychoeducation.
	Psychoeducation ID = "psychoeducation"
	// STPP is the ID of short-term psychodynamic psychotherapy.
	STPP ID = "stpp"
	// PersonCentered is the ID of person-centered therapy.
	PersonCentered ID = "person-centered"
	// EFT is the ID of emotion-focused therapy.
	EFT ID = "eft"
	// MI is the ID of motivational interviewing.
	MI ID = "mi"
	// CM is the ID of contingency management.
	CM ID = "cm"
	// FamilyTherapy is the ID of family therapy.
	FamilyTherapy ID = "family-therapy"
	// CouplesTherapy is the ID of couples therapy.
	CouplesTherapy ID = "couples-therapy"
	// PlayTherapy is the ID of play therapy.
	PlayTherapy ID = "play-therapy"
	// RFPC is the ID of regulation-focused psychotherapy for children.
	RFPC ID = "rfp-c"
	// ParentTraining is the ID of parent training.
	ParentTraining ID = "parent-training"
	// GroupTherapy is the ID of group psychotherapy.
	GroupTherapy ID = "group-therapy"
	// PeerSupport is the ID of peer support.
	PeerSupport ID = "peer-support"
	// SleepHealth is the ID of sleep health.
	SleepHealth ID = "sleep-health"
	// PhysicalActivity is the ID of physical activity.
	PhysicalActivity ID = "physical-activity"
	// Nutrition is the ID of nutrition.
	Nutrition ID = "nutrition"
	// MindfulnessPractice is the ID of mindfulness practice.
	MindfulnessPractice ID = "mindfulness-practice"
	// Neurofeedback is the ID of neurofeedback.
	Neurofeedback ID = "neurofeedback"
)

// The IDs of the built-in techniques; [ResolveTechniqueID] maps names to
// them.
const (
	// TechniqueCognitiveRestructuring is the ID of cognitive restructuring.
	TechniqueCognitiveRestructuring TechniqueID = "cognitive-restructuring"
	// TechniqueInVivoExposure is the ID of in vivo exposure.
	TechniqueInVivoExposure TechniqueID = "in-vivo-exposure"
	// TechniqueImaginalExposure is the ID of imaginal exposure.
	TechniqueImaginalExposure TechniqueID = "imaginal-exposure"
	// TechniqueInteroceptiveExposure is the ID of interoceptive exposure.
	TechniqueInteroceptiveExposure TechniqueID = "interoceptive-exposure"
	// TechniqueResponsePrevention is the ID of response prevention.
	TechniqueResponsePrevention TechniqueID = "response-prevention"
	// TechniqueBehavioralActivation is the ID of behavioral activation as a technique.
	TechniqueBehavioralActivation TechniqueID = "behavioral-activation"
	// TechniqueSkillsTraining is the ID of skills training.
	TechniqueSkillsTraining TechniqueID = "skills-training"
	// TechniqueSafetyPlanning is the ID of safety planning.
	TechniqueSafetyPlanning TechniqueID = "safety-planning"
	// TechniqueTraumaNarrative is the ID of the trauma narrative.
	TechniqueTraumaNarrative TechniqueID = "trauma-narrative"
	// TechniqueTraumaAccount is the ID of the written trauma account and stuck-point work.
	TechniqueTraumaAccount TechniqueID = "trauma-account"
	// TechniqueWrittenExposure is the ID of written exposure.
	TechniqueWrittenExposure TechniqueID = "written-exposure"
	// TechniqueBilateralStimulation is the ID of bilateral stimulation with memory reprocessing.
	TechniqueBilateralStimulation TechniqueID = "bilateral-stimulation"
	// TechniqueStimulusControl is the ID of stimulus control.
	TechniqueStimulusControl TechniqueID = "stimulus-control"
	// TechniqueSleepRestriction is the ID of sleep restriction.
	TechniqueSleepRestriction TechniqueID = "sleep-restriction"
	// TechniqueContingentReinforcement is the ID of contingent reinforcement.
	TechniqueContingentReinforcement TechniqueID = "contingent-reinforcement"
	// TechniqueProblemSolving is the ID of problem-solving training.
	TechniqueProblemSolving TechniqueID = "problem-solving"
	// TechniqueRelaxationTraining is the ID of applied relaxation training.
	TechniqueRelaxationTraining TechniqueID = "relaxation-training"
	// TechniqueMindfulness is the ID of mindfulness.
	TechniqueMindfulness TechniqueID = "mindfulness"
	// TechniqueCognitiveDefusion is the ID of cognitive defusion.
	TechniqueCognitiveDefusion TechniqueID = "cognitive-defusion"
	// TechniqueValuesClarification is the ID of values clarification and committed action.
	TechniqueValuesClarification TechniqueID = "values-clarification"
	// TechniqueInterpretation is the ID of interpretation.
	TechniqueInterpretation TechniqueID = "interpretation"
	// TechniqueFreeAssociation is the ID of free association.
	TechniqueFreeAssociation TechniqueID = "free-association"
	// TechniqueDefenseInterpretation is the ID of defense interpretation in play.
	TechniqueDefenseInterpretation TechniqueID = "defense-interpretation"
	// TechniqueEmpathicReflection is the ID of empathic reflection.
	TechniqueEmpathicReflection TechniqueID = "empathic-reflection"
	// TechniqueChairWork is the ID of chair work.
	TechniqueChairWork TechniqueID = "chair-work"
	// TechniqueMotivationalInterviewing is the ID of motivational interviewing as a technique.
	TechniqueMotivationalInterviewing TechniqueID = "motivational-interviewing"
	// TechniquePsychoeducation is the ID of psychoeducation as a technique.
	TechniquePsychoeducation TechniqueID = "psychoeducation"
	// TechniquePlay is the ID of therapeutic play.
	TechniquePlay TechniqueID = "play"
	// TechniqueInterpersonalInventory is the ID of the interpersonal inventory and problem-area work.
	TechniqueInterpersonalInventory TechniqueID = "interpersonal-inventory"
	// TechniqueSocialRhythmTracking is the ID of social rhythm tracking.
	TechniqueSocialRhythmTracking TechniqueID = "social-rhythm-tracking"
	// TechniqueCommunicationTraining is the ID of communication and problem-solving training.
	TechniqueCommunicationTraining TechniqueID = "communication-training"
	// TechniqueCircularQuestioning is the ID of circular questioning.
	TechniqueCircularQuestioning TechniqueID = "circular-questioning"
	// TechniqueGroupProcess is the ID of group process.
	TechniqueGroupProcess TechniqueID = "group-process"
	// TechniquePeerSharing is the ID of sharing of lived experience.
	TechniquePeerSharing TechniqueID = "peer-sharing"
	// TechniquePhysicalActivity is the ID of structured physical activity.
	TechniquePhysicalActivity TechniqueID = "physical-activity"
	// TechniqueSleepHygiene is the ID of sleep hygiene.
	TechniqueSleepHygiene TechniqueID = "sleep-hygiene"
	// TechniqueNutritionCounseling is the ID of nutrition counseling.
	TechniqueNutritionCounseling TechniqueID = "nutrition-counseling"
	// TechniqueEEGNeurofeedback is the ID of EEG neurofeedback training.
	TechniqueEEGNeurofeedback TechniqueID = "eeg-neurofeedback"
)
