package integrative

import (
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
)

// A Plan is one integrated treatment plan: the whole-person intake it rests
// on, the medication and psychotherapy it offers, how care is delivered,
// who delivers it and how they coordinate, the client's problems, goals,
// objectives and the interventions that serve them, the decisions made
// with the client, safety, re-measurement, lifestyle care, and the
// clinicians' acknowledgements of earlier findings.
//
// Every fact is held once. The leaf packages' inputs are derived from it:
// the client's age, sex, pregnancy, conditions, languages, supplements and
// substances come from the intake; the clinicians who deliver
// psychotherapy and their competencies come from the team; the
// trauma-informed view of the therapy work comes from the psychotherapy
// components and their phases. A host never enters a fact twice.
//
// A plan without medication, or without psychotherapy, is valid: care that
// is missing is a finding of [Check], never an error. Keys are plan-local
// labels ("rx-sertraline", "c1", "psychologist") that elements use to refer
// to each other; they are not identifiers of people. Free text is kept as
// given and never repeated in errors.
type Plan struct {
	// AsOf is the evaluation date: what is active, due, overdue or late is
	// judged on this day. Required; no date in the plan may be after it
	// except planned ones (re-measurements, planned monitoring, objective
	// target dates, component starts and ends, prescription stops).
	AsOf assessment.Date `json:"asOf"`
	// Intake is the whole-person intake: the client, domains assessed,
	// conditions, instrument responses, supplements, substances, trauma,
	// meaning, languages, goals and preferences. Required.
	Intake assessment.Intake `json:"intake"`
	// Medication is the medication part. Supplements and substances are
	// not entered here: they come from the intake.
	Medication Medication `json:"medication,omitzero"`
	// Psychotherapy is the psychotherapy part.
	Psychotherapy Psychotherapy `json:"psychotherapy,omitzero"`
	// Delivery is how care is delivered: trauma-informed practices,
	// languages, and readiness for trauma processing.
	Delivery Delivery `json:"delivery,omitzero"`
	// Team is the care team, by plan-local key. At most [MaxTeam].
	Team []Member `json:"team,omitempty"`
	// Coordination is how the team works together.
	Coordination Coordination `json:"coordination,omitzero"`
	// Problems are the problems the plan addresses.
	Problems []Problem `json:"problems,omitempty"`
	// Goals are the client's goals, each for a problem or standing alone.
	Goals []Goal `json:"goals,omitempty"`
	// Objectives are the measurable steps toward the goals.
	Objectives []Objective `json:"objectives,omitempty"`
	// Interventions link objectives to what is done for them.
	Interventions []Intervention `json:"interventions,omitempty"`
	// Lifestyle are the lifestyle interventions: sleep, movement,
	// nutrition, mindfulness and others.
	Lifestyle []Lifestyle `json:"lifestyle,omitempty"`
	// Referrals are referrals to other services.
	Referrals []Referral `json:"referrals,omitempty"`
	// Decisions are the decisions made with the client: shared treatment
	// decisions, decisions to wait or not to treat, and treatments the
	// client declined, with the reason.
	Decisions []Decision `json:"decisions,omitempty"`
	// Safety records suicide risk assessment and safety planning.
	Safety Safety `json:"safety,omitzero"`
	// Remeasurements are the instruments scheduled to be given again.
	Remeasurements []Remeasurement `json:"remeasurements,omitempty"`
	// Acknowledgements are findings a clinician reviewed and accepted,
	// with the reason. An acknowledged finding stays in the report,
	// marked.
	Acknowledgements []Acknowledgement `json:"acknowledgements,omitempty"`
}

// Limits on the collections of a [Plan]: bounds on input size, not
// clinical limits, so a plan that arrives as JSON is checked in
// predictable time. [Plan.Validate] reports a collection over its limit
// with [ErrTooMany] and checks nothing inside it.
const (
	// MaxTeam bounds Plan.Team.
	MaxTeam = 100
	// MaxElements bounds each other list of a plan and its parts
	// (prescriptions, components, problems, goals, objectives,
	// interventions, lifestyle items, referrals, decisions,
	// re-measurements, acknowledgements, and the intake's responses,
	// conditions, supplements and substances).
	MaxElements = 1000
)

// Medication is the medication part of a plan: prescriptions, what the
// client reports about taking them, side effects, education given, and
// monitoring done or planned. Supplements and substances come from the
// intake.
type Medication struct {
	// Prescriptions are the drugs prescribed, current, planned or
	// stopped.
	Prescriptions []Prescription `json:"prescriptions,omitempty"`
	// Adherence are reports on taking a prescription, by its position in
	// Prescriptions.
	Adherence []medication.AdherenceReport `json:"adherence,omitempty"`
	// SideEffects are side effects reported, by prescription position.
	SideEffects []medication.SideEffect `json:"sideEffects,omitempty"`
	// Education records what was taught about the medication and when.
	Education []medication.Education `json:"education,omitempty"`
	// Monitoring is tests and follow-ups, done or planned.
	Monitoring []medication.MonitoringEvent `json:"monitoring,omitempty"`
}

// IsZero reports whether m holds nothing.
func (m Medication) IsZero() bool {
	return len(m.Prescriptions) == 0 && len(m.Adherence) == 0 && len(m.SideEffects) == 0 &&
		len(m.Education) == 0 && len(m.Monitoring) == 0
}

// A Prescription is a drug prescribed in the plan: the medication
// package's prescription (agent, dose, frequency, dates, rationale) with a
// plan-local key and the team member who prescribes it. In JSON its fields
// sit beside "key" and "prescriber".
type Prescription struct {
	// Key is the plan-local key interventions and decisions use. Required
	// and unique among the plan's keys.
	Key string `json:"key"`
	// Prescriber is the key of the team member who prescribes it.
	Prescriber string `json:"prescriber,omitempty"`
	medication.Prescription
}

// Psychotherapy is the psychotherapy part of a plan: the integration
// strategy and the components delivered. The client's age and stability
// are not entered here: they come from the intake and the delivery part.
type Psychotherapy struct {
	// Strategy is the integration strategy, when the plan integrates more
	// than one approach. Leave it unset for a plan that uses one modality
	// or does not claim an integration strategy: the strategy checks then
	// do not run.
	Strategy modality.Strategy `json:"strategy,omitempty"`
	// Home is the home orientation of an assimilative plan.
	Home modality.OrientationID `json:"home,omitempty"`
	// Orientations are the orientations a theoretically integrated plan
	// merges.
	Orientations []modality.OrientationID `json:"orientations,omitempty"`
	// Framework names the unifying framework of a theoretically
	// integrated plan.
	Framework string `json:"framework,omitempty"`
	// Factors are the common factors a common-factors plan targets.
	Factors []modality.FactorTarget `json:"factors,omitempty"`
	// Components are the modalities and techniques offered.
	Components []Component `json:"components,omitempty"`
}

// IsZero reports whether p holds nothing.
func (p Psychotherapy) IsZero() bool {
	return p.Strategy == 0 && p.Home == "" && len(p.Orientations) == 0 && p.Framework == "" &&
		len(p.Factors) == 0 && len(p.Components) == 0
}

// A Component is a modality or technique offered in the plan: the modality
// package's component (its Key, Clinician and Replaces are plan keys) and
// whether the client declined it. In JSON its fields sit beside
// "declined".
type Component struct {
	modality.Component
	// Declined records that the component was offered and the client
	// chose not to take it up. A declined component is not delivered, but
	// it shows the offer was made (a peer-support group offered and
	// declined closes the peer-support gap).
	Declined bool `json:"declined,omitempty"`
}

// Delivery is how care is delivered: the trauma-informed practices the
// plan records, the languages sessions and materials are offered in, and
// readiness for trauma processing.
type Delivery struct {
	// Practices are trauma-informed practices, by package traumainformed's
	// catalog ID.
	Practices []traumainformed.PracticeID `json:"practices,omitempty"`
	// CareLanguages are the languages sessions are held in, directly or
	// through a qualified interpreter.
	CareLanguages []language.Tag `json:"careLanguages,omitempty"`
	// MaterialLanguages are the languages written materials are offered
	// in.
	MaterialLanguages []language.Tag `json:"materialLanguages,omitempty"`
	// Readiness records the readiness signals for trauma processing.
	Readiness []traumainformed.SignalStatus `json:"readiness,omitempty"`
	// Destabilized records that the client destabilized during treatment,
	// as the clinician judges it.
	Destabilized assessment.YesNo `json:"destabilized,omitempty"`
	// NotDone are practices the plan considered and does not carry: the
	// client declined them, or they do not suit the client's age. Each
	// closes the gaps of the principles it serves. A peer-support or group
	// component the client declined is recorded here by itself.
	NotDone []traumainformed.NotDone `json:"notDone,omitempty"`
}

// IsZero reports whether d holds nothing.
func (d Delivery) IsZero() bool {
	return len(d.Practices) == 0 && len(d.CareLanguages) == 0 && len(d.MaterialLanguages) == 0 &&
		len(d.Readiness) == 0 && d.Destabilized == 0 && len(d.NotDone) == 0
}

// A Member is a member of the care team. It holds no identifier: Key is a
// plan-local label such as "psychiatrist" or "np".
type Member struct {
	// Key is the plan-local key. Required and unique among the plan's
	// keys.
	Key string `json:"key"`
	// Role is the member's role. Required.
	Role Role `json:"role"`
	// Prescriber records that the member prescribes in this plan.
	Prescriber bool `json:"prescriber,omitempty"`
	// Competencies are the modalities and techniques the member is
	// recorded as trained, certified or supervised in.
	Competencies []modality.Competency `json:"competencies,omitempty"`
}

// Role is a care-team member's role. The zero value, [RoleUnknown], is
// invalid.
type Role uint8

// The values of [Role].
const (
	RoleUnknown Role = iota
	// Psychiatrist: a physician specialised in psychiatry, including child
	// and adolescent psychiatry.
	Psychiatrist
	// PsychiatricNursePractitioner: an advanced practice nurse in
	// psychiatric mental health.
	PsychiatricNursePractitioner
	// PrimaryCare: a primary care clinician.
	PrimaryCare
	// Psychologist: a licensed psychologist.
	Psychologist
	// Therapist: a licensed psychotherapist or counselor other than a
	// psychologist (clinical social worker, professional counselor,
	// marriage and family therapist).
	Therapist
	// AddictionSpecialist: an addiction medicine or addiction psychiatry
	// physician, or a licensed addiction counselor.
	AddictionSpecialist
	// PeerSpecialist: a certified peer support specialist.
	PeerSpecialist
	// CareManager: a care manager or care coordinator.
	CareManager
)

var roleNames = []string{
	RoleUnknown:                  "unknown",
	Psychiatrist:                 "psychiatrist",
	PsychiatricNursePractitioner: "psychiatric-nurse-practitioner",
	PrimaryCare:                  "primary-care",
	Psychologist:                 "psychologist",
	Therapist:                    "therapist",
	AddictionSpecialist:          "addiction-specialist",
	PeerSpecialist:               "peer-specialist",
	CareManager:                  "care-manager",
}

var roleAliases = map[string]Role{
	"pmhnp":                  PsychiatricNursePractitioner,
	"nurse practitioner":     PsychiatricNursePractitioner,
	"primary care":           PrimaryCare,
	"primary-care-physician": PrimaryCare,
	"counselor":              Therapist,
	"social worker":          Therapist,
	"addiction counselor":    AddictionSpecialist,
	"peer":                   PeerSpecialist,
	"care coordinator":       CareManager,
}

// String returns the role's name, such as "psychologist". It never panics.
func (r Role) String() string { return enum.Name(roleNames, r, "Role") }

// Valid reports whether r is a named value other than [RoleUnknown].
func (r Role) Valid() bool { return enum.Valid(roleNames, r) }

// ParseRole returns the role named text, in any case, with '-', '_' or ' '
// between words; it also accepts "pmhnp", "nurse practitioner",
// "counselor", "social worker", "addiction counselor", "peer" and "care
// coordinator". It returns [ErrBadValue] for any other text.
func ParseRole(text string) (Role, error) {
	r, ok := enum.ParseWith(roleNames, roleAliases, text)
	if !ok {
		return 0, ErrBadValue
	}
	return r, nil
}

// MarshalText implements [encoding.TextMarshaler]: "" for the zero value,
// [ErrBadValue] for an invalid one.
func (r Role) MarshalText() ([]byte, error) { return enum.Marshal(roleNames, r, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRole];
// empty text is the zero value.
func (r *Role) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(roleNames, roleAliases, r, text, ErrBadValue)
}

// Coordination is how the care team works together.
type Coordination struct {
	// SharedPlan records that every member works from this one plan.
	SharedPlan bool `json:"sharedPlan,omitempty"`
	// Meetings is how often the team communicates about the client (a
	// huddle, a case review), such as 1 per month. Zero means not stated.
	Meetings modality.Frequency `json:"meetings,omitzero"`
	// MedicationChangesShared records that the prescriber's medication
	// changes reach the client's therapist.
	MedicationChangesShared bool `json:"medicationChangesShared,omitempty"`
}

// IsZero reports whether c holds nothing.
func (c Coordination) IsZero() bool { return c == Coordination{} }

// A Problem is a problem the plan addresses: one or more of the intake's
// conditions, an intake domain (sleep, meaning), or both.
type Problem struct {
	// Key is the plan-local key goals use. Required and unique.
	Key string `json:"key"`
	// Conditions are the intake conditions the problem concerns, by
	// ICD-10-CM code.
	Conditions []assessment.ICD10CM `json:"conditions,omitempty"`
	// Domains are the intake domains the problem concerns.
	Domains []assessment.DomainID `json:"domains,omitempty"`
	// Text states the problem, in the client's or clinician's words.
	// Required.
	Text string `json:"text"`
}

// A Goal is a goal of the client's, for a problem or standing alone.
type Goal struct {
	// Key is the plan-local key objectives use. Required and unique.
	Key string `json:"key"`
	// Problem is the key of the problem it addresses, if any.
	Problem string `json:"problem,omitempty"`
	// Kind says what the goal is about. Required.
	Kind GoalKind `json:"kind"`
	// Text is the goal. Required.
	Text string `json:"text"`
	// ClientWords records that Text is in the client's own words.
	ClientWords bool `json:"clientWords,omitempty"`
}

// GoalKind is what a goal is about. The zero value, [GoalKindUnknown], is
// invalid.
type GoalKind uint8

// The values of [GoalKind].
const (
	GoalKindUnknown GoalKind = iota
	// GoalSymptom: fewer or milder symptoms ("sleep through the night").
	GoalSymptom
	// GoalFunctioning: doing what the client needs or wants to do (work,
	// school, family roles).
	GoalFunctioning
	// GoalMeaning: meaning and purpose ("be there for my kids", "coach
	// again").
	GoalMeaning
)

var goalKindNames = []string{
	GoalKindUnknown: "unknown",
	GoalSymptom:     "symptom",
	GoalFunctioning: "functioning",
	GoalMeaning:     "meaning",
}

var goalKindAliases = map[string]GoalKind{
	"symptoms":            GoalSymptom,
	"function":            GoalFunctioning,
	"meaning and purpose": GoalMeaning,
	"purpose":             GoalMeaning,
}

// String returns the kind's name, such as "meaning". It never panics.
func (k GoalKind) String() string { return enum.Name(goalKindNames, k, "GoalKind") }

// Valid reports whether k is a named value other than [GoalKindUnknown].
func (k GoalKind) Valid() bool { return enum.Valid(goalKindNames, k) }

// ParseGoalKind returns the kind named text ("symptom", "functioning",
// "meaning"; also "symptoms", "function", "meaning and purpose",
// "purpose"), in any case. It returns [ErrBadValue] for any other text.
func ParseGoalKind(text string) (GoalKind, error) {
	k, ok := enum.ParseWith(goalKindNames, goalKindAliases, text)
	if !ok {
		return 0, ErrBadValue
	}
	return k, nil
}

// MarshalText implements [encoding.TextMarshaler]: "" for the zero value,
// [ErrBadValue] for an invalid one.
func (k GoalKind) MarshalText() ([]byte, error) {
	return enum.Marshal(goalKindNames, k, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseGoalKind]; empty text is the zero value.
func (k *GoalKind) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(goalKindNames, goalKindAliases, k, text, ErrBadValue)
}

// An Objective is a measurable step toward a goal: a score to reach on an
// instrument, or an observable behaviour by a date.
type Objective struct {
	// Key is the plan-local key interventions use. Required and unique.
	Key string `json:"key"`
	// Goal is the key of the goal it serves. Required.
	Goal string `json:"goal"`
	// Instrument and Target make the objective a score: a total at or
	// below Target on an instrument where lower is better, at or above it
	// where higher is better. Either both or neither.
	Instrument assessment.InstrumentID `json:"instrument,omitempty"`
	Target     *int                    `json:"target,omitempty"`
	// Behavior is an observable behaviour ("walks 30 minutes 5 days a
	// week"), in the client's or clinician's words. An objective needs an
	// instrument and target, or a behaviour and a date.
	Behavior string `json:"behavior,omitempty"`
	// By is the target date. Required with Behavior.
	By assessment.Date `json:"by,omitzero"`
}

// An Intervention links an objective to what is done for it: exactly one
// of a prescription, a psychotherapy component, a lifestyle item or a
// referral, by key.
type Intervention struct {
	// Objective is the key of the objective. Required.
	Objective    string `json:"objective"`
	Prescription string `json:"prescription,omitempty"`
	Component    string `json:"component,omitempty"`
	Lifestyle    string `json:"lifestyle,omitempty"`
	Referral     string `json:"referral,omitempty"`
}

// A Lifestyle item is a lifestyle intervention.
type Lifestyle struct {
	// Key is the plan-local key. Required and unique.
	Key string `json:"key"`
	// Kind is the area. Required.
	Kind LifestyleKind `json:"kind"`
	// Text describes it ("same wake time every day, 6:30"), in the
	// client's or clinician's words. Required.
	Text string `json:"text"`
	// Start is the first day, if set.
	Start assessment.Date `json:"start,omitzero"`
}

// LifestyleKind is the area of a lifestyle intervention. The zero value,
// [LifestyleUnknown], is invalid.
type LifestyleKind uint8

// The values of [LifestyleKind].
const (
	LifestyleUnknown LifestyleKind = iota
	// LifestyleSleep: sleep scheduling and habits (regular sleep and wake
	// times, CBT-I components done at home).
	LifestyleSleep
	// LifestyleMovement: physical activity.
	LifestyleMovement
	// LifestyleNutrition: food and eating.
	LifestyleNutrition
	// LifestyleMindfulness: a mindfulness or contemplative practice.
	LifestyleMindfulness
	// LifestyleSocial: social connection and meaningful activity.
	LifestyleSocial
	// LifestyleSubstanceReduction: reducing or stopping alcohol, tobacco
	// or another substance.
	LifestyleSubstanceReduction
)

var lifestyleNames = []string{
	LifestyleUnknown:            "unknown",
	LifestyleSleep:              "sleep",
	LifestyleMovement:           "movement",
	LifestyleNutrition:          "nutrition",
	LifestyleMindfulness:        "mindfulness",
	LifestyleSocial:             "social",
	LifestyleSubstanceReduction: "substance-reduction",
}

var lifestyleAliases = map[string]LifestyleKind{
	"exercise":          LifestyleMovement,
	"physical activity": LifestyleMovement,
	"diet":              LifestyleNutrition,
	"meditation":        LifestyleMindfulness,
}

// String returns the kind's name, such as "movement". It never panics.
func (k LifestyleKind) String() string { return enum.Name(lifestyleNames, k, "LifestyleKind") }

// Valid reports whether k is a named value other than [LifestyleUnknown].
func (k LifestyleKind) Valid() bool { return enum.Valid(lifestyleNames, k) }

// ParseLifestyleKind returns the kind named text, in any case; it also
// accepts "exercise", "physical activity", "diet" and "meditation". It
// returns [ErrBadValue] for any other text.
func ParseLifestyleKind(text string) (LifestyleKind, error) {
	k, ok := enum.ParseWith(lifestyleNames, lifestyleAliases, text)
	if !ok {
		return 0, ErrBadValue
	}
	return k, nil
}

// MarshalText implements [encoding.TextMarshaler]: "" for the zero value,
// [ErrBadValue] for an invalid one.
func (k LifestyleKind) MarshalText() ([]byte, error) {
	return enum.Marshal(lifestyleNames, k, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseLifestyleKind]; empty text is the zero value.
func (k *LifestyleKind) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(lifestyleNames, lifestyleAliases, k, text, ErrBadValue)
}

// A Referral is a referral to another service.
type Referral struct {
	// Key is the plan-local key. Required and unique.
	Key string `json:"key"`
	// To is the role of the service referred to (an addiction specialist,
	// primary care, a peer specialist). Required.
	To Role `json:"to"`
	// Reason is in the clinician's words.
	Reason string `json:"reason,omitempty"`
	// Date is the day of the referral. Required.
	Date assessment.Date `json:"date"`
}

// A Decision is a decision made with the client about some part of the
// care: a shared treatment decision, a decision to wait, a decision not to
// treat, or a treatment the client declined.
type Decision struct {
	// Date is the day of the decision. Required.
	Date assessment.Date `json:"date"`
	// Kind is what was decided. Required.
	Kind DecisionKind `json:"kind"`
	// Conditions, Instruments, Prescriptions and Components are what the
	// decision concerns: intake conditions by code, screening instruments
	// by ID (a positive screen followed up by a decision), and plan
	// elements by key. At least one is required.
	Conditions    []assessment.ICD10CM      `json:"conditions,omitempty"`
	Instruments   []assessment.InstrumentID `json:"instruments,omitempty"`
	Prescriptions []string                  `json:"prescriptions,omitempty"`
	Components    []string                  `json:"components,omitempty"`
	// Options are the options discussed, in the clinician's words.
	Options []string `json:"options,omitempty"`
	// Choice is what the client chose, in their words.
	Choice string `json:"choice,omitempty"`
	// Reason is the reason, required for a decision to wait, not to treat
	// or a declined treatment.
	Reason string `json:"reason,omitempty"`
}

// DecisionKind is the kind of a [Decision]. The zero value,
// [DecisionUnknown], is invalid.
type DecisionKind uint8

// The values of [DecisionKind].
const (
	DecisionUnknown DecisionKind = iota
	// DecisionShared: a treatment chosen with the client after the options
	// were discussed.
	DecisionShared
	// DecisionWait: watchful waiting or active monitoring before treating.
	DecisionWait
	// DecisionNoTreatment: a decision that treatment is not indicated or
	// not wanted now.
	DecisionNoTreatment
	// DecisionDeclined: the client declined a treatment that was offered.
	DecisionDeclined
)

var decisionKindNames = []string{
	DecisionUnknown:     "unknown",
	DecisionShared:      "shared",
	DecisionWait:        "wait",
	DecisionNoTreatment: "no-treatment",
	DecisionDeclined:    "declined",
}

var decisionKindAliases = map[string]DecisionKind{
	"shared decision":   DecisionShared,
	"watchful waiting":  DecisionWait,
	"active monitoring": DecisionWait,
	"not indicated":     DecisionNoTreatment,
	"client declined":   DecisionDeclined,
}

// String returns the kind's name, such as "shared". It never panics.
func (k DecisionKind) String() string { return enum.Name(decisionKindNames, k, "DecisionKind") }

// Valid reports whether k is a named value other than [DecisionUnknown].
func (k DecisionKind) Valid() bool { return enum.Valid(decisionKindNames, k) }

// ParseDecisionKind returns the kind named text ("shared", "wait",
// "no-treatment", "declined"; also "shared decision", "watchful waiting",
// "active monitoring", "not indicated", "client declined"), in any case.
// It returns [ErrBadValue] for any other text.
func ParseDecisionKind(text string) (DecisionKind, error) {
	k, ok := enum.ParseWith(decisionKindNames, decisionKindAliases, text)
	if !ok {
		return 0, ErrBadValue
	}
	return k, nil
}

// MarshalText implements [encoding.TextMarshaler]: "" for the zero value,
// [ErrBadValue] for an invalid one.
func (k DecisionKind) MarshalText() ([]byte, error) {
	return enum.Marshal(decisionKindNames, k, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseDecisionKind]; empty text is the zero value.
func (k *DecisionKind) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(decisionKindNames, decisionKindAliases, k, text, ErrBadValue)
}

// Safety records suicide risk assessment and safety planning.
type Safety struct {
	// RiskAssessment is the day of the last suicide risk assessment by a
	// clinician.
	RiskAssessment assessment.Date `json:"riskAssessment,omitzero"`
	// SafetyPlan is the day the current safety plan was made with the
	// client.
	SafetyPlan assessment.Date `json:"safetyPlan,omitzero"`
}

// IsZero reports whether s holds nothing.
func (s Safety) IsZero() bool { return s == Safety{} }

// A Remeasurement schedules an instrument to be given again.
type Remeasurement struct {
	// Instrument is the instrument's ID. Required.
	Instrument assessment.InstrumentID `json:"instrument"`
	// Next is the day it is next due. Required; it may be after AsOf.
	Next assessment.Date `json:"next"`
	// EveryDays is the interval after that, in days, if it repeats.
	EveryDays int `json:"everyDays,omitempty"`
}

// An Acknowledgement records that a clinician reviewed a finding and
// accepted it, with the reason. The finding stays in the report, marked.
type Acknowledgement struct {
	// Rule is the rule ID, such as "MED001". Required.
	Rule string `json:"rule"`
	// Subject is the finding's subject path, such as
	// "medication/prescriptions/1". Empty acknowledges every finding of
	// the rule.
	Subject string `json:"subject,omitempty"`
	// Reason is in the clinician's words. Required.
	Reason string `json:"reason"`
	// Date is the day of the acknowledgement. Required.
	Date assessment.Date `json:"date"`
	// By is the key of the team member who acknowledged it, if recorded.
	By string `json:"by,omitempty"`
}
