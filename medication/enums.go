package medication

import "github.com/wholeperson/integrative/internal/enum"

// parse is the Parse function shared by this package's enumerations.
func parse[T ~uint8](names []string, aliases map[string]T, text string) (T, error) {
	x, ok := enum.ParseWith(names, aliases, text)
	if !ok {
		return 0, ErrBadValue
	}
	return x, nil
}

// Kind says what sort of agent a catalog entry is. The zero value is
// invalid.
type Kind uint8

// The values of [Kind].
const (
	KindUnknown Kind = iota
	// KindDrug is a medicine prescribed or sold as a drug.
	KindDrug
	// KindSubstance is a substance used outside medical care: alcohol,
	// cannabis, tobacco, illicit drugs.
	KindSubstance
	// KindSupplement is an herb, dietary supplement or medical food.
	KindSupplement
)

var kindNames = []string{KindUnknown: "unknown", KindDrug: "drug", KindSubstance: "substance", KindSupplement: "supplement"}

// String returns the name of k, such as "supplement". It never panics.
func (k Kind) String() string { return enum.Name(kindNames, k, "Kind") }

// Valid reports whether k is a named value other than [KindUnknown].
func (k Kind) Valid() bool { return enum.Valid(kindNames, k) }

// ParseKind returns the Kind named text, ignoring case and the choice of
// separator, or one of its common synonyms ("medication", "herb"). It
// returns [ErrBadValue] for any other text.
func ParseKind(text string) (Kind, error) { return parse[Kind](kindNames, kindAliases, text) }

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (k Kind) MarshalText() ([]byte, error) { return enum.Marshal(kindNames, k, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseKind];
// empty text is the zero value.
func (k *Kind) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(kindNames, kindAliases, k, text, ErrBadValue)
}

// Severity grades a [Concern]. Larger values are more urgent. The zero
// value is invalid.
type Severity uint8

// The values of [Severity], least urgent first.
const (
	SeverityUnknown Severity = iota
	// SeverityInfo: worth knowing; no action is expected.
	SeverityInfo
	// SeverityMonitor: acceptable with monitoring, or a signal from weak
	// evidence (case reports, mechanism) that deserves attention.
	SeverityMonitor
	// SeverityModerate: may need a change of dose, timing or monitoring.
	SeverityModerate
	// SeverityMajor: avoid, or use only with a plan that manages the risk.
	SeverityMajor
	// SeverityContraindicated: a label or the ONC high-priority list says
	// the combination or use should not happen.
	SeverityContraindicated
)

var severityNames = []string{
	SeverityUnknown:         "unknown",
	SeverityInfo:            "info",
	SeverityMonitor:         "monitor",
	SeverityModerate:        "moderate",
	SeverityMajor:           "major",
	SeverityContraindicated: "contraindicated",
}

// String returns the name of s, such as "major". It never panics.
func (s Severity) String() string { return enum.Name(severityNames, s, "Severity") }

// Valid reports whether s is a named value other than [SeverityUnknown].
func (s Severity) Valid() bool { return enum.Valid(severityNames, s) }

// ParseSeverity returns the Severity named text, ignoring case and the
// choice of separator, or one of its common synonyms ("information",
// "contraindication"). It returns [ErrBadValue] for any other text.
func ParseSeverity(text string) (Severity, error) {
	return parse[Severity](severityNames, severityAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (s Severity) MarshalText() ([]byte, error) { return enum.Marshal(severityNames, s, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSeverity];
// empty text is the zero value.
func (s *Severity) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(severityNames, severityAliases, s, text, ErrBadValue)
}

// ConcernKind says which check raised a [Concern]. The zero value is
// invalid.
type ConcernKind uint8

// The values of [ConcernKind], in the order concerns of equal severity are
// listed.
const (
	ConcernUnknown ConcernKind = iota
	// ConcernInteraction: two agents taken together interact.
	ConcernInteraction
	// ConcernWashout: a switch to or from an MAO inhibitor (or another
	// agent with a required drug-free interval) left too short a gap.
	ConcernWashout
	// ConcernCaution: a condition, the person's age or a pregnancy makes an
	// agent contraindicated or calls for caution.
	ConcernCaution
	// ConcernDoseAboveMaximum: a daily dose above the labeled maximum.
	ConcernDoseAboveMaximum
	// ConcernPopulationLimit: a daily dose above a limit for a group the
	// person belongs to (citalopram over age 60, zolpidem in women).
	ConcernPopulationLimit
	// ConcernDuplication: two agents of one class without a stated reason.
	ConcernDuplication
	// ConcernMonitoringOverdue: a test or follow-up whose due date passed.
	ConcernMonitoringOverdue
	// ConcernMonitoringDue: a test or follow-up due within the window.
	ConcernMonitoringDue
	// ConcernEarlySwitch: a drug stopped as ineffective before an adequate
	// trial.
	ConcernEarlySwitch
	// ConcernDoseBelowUsual: a dose kept below the usual range long enough
	// that the trial is not adequate.
	ConcernDoseBelowUsual
	// ConcernImplausibleDose: a dose far beyond any labeled maximum, most
	// likely a unit or entry error; graded contraindicated so that it is
	// checked before anything else.
	ConcernImplausibleDose
	// ConcernNotChecked: a check that needs a dose, a frequency or a start
	// date could not run on a prescription that lacks it.
	ConcernNotChecked
)

var concernKindNames = []string{
	ConcernUnknown:           "unknown",
	ConcernInteraction:       "interaction",
	ConcernWashout:           "washout",
	ConcernCaution:           "caution",
	ConcernDoseAboveMaximum:  "dose-above-maximum",
	ConcernPopulationLimit:   "population-limit",
	ConcernDuplication:       "duplication",
	ConcernMonitoringOverdue: "monitoring-overdue",
	ConcernMonitoringDue:     "monitoring-due",
	ConcernEarlySwitch:       "early-switch",
	ConcernDoseBelowUsual:    "dose-below-usual",
	ConcernImplausibleDose:   "implausible-dose",
	ConcernNotChecked:        "not-checked",
}

// String returns the name of k, such as "interaction". It never panics.
func (k ConcernKind) String() string { return enum.Name(concernKindNames, k, "ConcernKind") }

// Valid reports whether k is a named value other than [ConcernUnknown].
func (k ConcernKind) Valid() bool { return enum.Valid(concernKindNames, k) }

// ParseConcernKind returns the ConcernKind named text, ignoring case and
// the choice of separator, or one of its common synonyms
// ("drug-interaction", "overdue"). It returns [ErrBadValue] for any other
// text.
func ParseConcernKind(text string) (ConcernKind, error) {
	return parse[ConcernKind](concernKindNames, concernKindAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (k ConcernKind) MarshalText() ([]byte, error) {
	return enum.Marshal(concernKindNames, k, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseConcernKind];
// empty text is the zero value.
func (k *ConcernKind) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(concernKindNames, concernKindAliases, k, text, ErrBadValue)
}

// Unit is the unit of a dose amount. The zero value is invalid.
type Unit uint8

// The values of [Unit].
const (
	UnitUnknown Unit = iota
	// UnitMg is milligrams.
	UnitMg
	// UnitMcg is micrograms.
	UnitMcg
	// UnitG is grams.
	UnitG
	// UnitMgPer24h is milligrams delivered per 24 hours, for transdermal
	// systems such as the selegiline patch.
	UnitMgPer24h
	// UnitMcgPerHour is micrograms delivered per hour, for transdermal
	// systems such as the fentanyl patch.
	UnitMcgPerHour
)

var unitNames = []string{
	UnitUnknown:    "unknown",
	UnitMg:         "mg",
	UnitMcg:        "mcg",
	UnitG:          "g",
	UnitMgPer24h:   "mg/24h",
	UnitMcgPerHour: "mcg/h",
}

// String returns the unit's symbol, such as "mg". It never panics.
func (u Unit) String() string { return enum.Name(unitNames, u, "Unit") }

// Valid reports whether u is a named value other than [UnitUnknown].
func (u Unit) Valid() bool { return enum.Valid(unitNames, u) }

// ParseUnit returns the Unit with symbol text ("mg", "mcg", "g", "mg/24h",
// "mcg/h"), ignoring case and the choice of separator, or one of its common
// synonyms ("ug", "microgram", "mcg/hr", "ug/h"). It returns [ErrBadValue]
// for any other text.
func ParseUnit(text string) (Unit, error) { return parse[Unit](unitNames, unitAliases, text) }

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (u Unit) MarshalText() ([]byte, error) { return enum.Marshal(unitNames, u, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseUnit];
// empty text is the zero value.
func (u *Unit) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(unitNames, unitAliases, u, text, ErrBadValue)
}

// rate reports whether u is a delivery rate (a patch) rather than an amount
// per administration.
func (u Unit) rate() bool { return u == UnitMgPer24h || u == UnitMcgPerHour }

// toMg converts an amount in u to milligrams; for rates, to milligrams per
// day.
func (u Unit) toMg(x float64) float64 {
	switch u {
	case UnitMcg:
		return x / 1000
	case UnitG:
		return x * 1000
	case UnitMcgPerHour:
		return x * 24 / 1000
	}
	return x
}

// Frequency is how often a dose is given. The zero value is invalid.
type Frequency uint8

// The values of [Frequency].
const (
	FrequencyUnknown Frequency = iota
	OnceDaily
	TwiceDaily
	ThreeTimesDaily
	FourTimesDaily
	// AtBedtime is once daily at bedtime.
	AtBedtime
	EveryOtherDay
	Weekly
	EveryTwoWeeks
	EveryFourWeeks
	// Continuous is a transdermal system worn continuously; its dose is a
	// rate ([UnitMgPer24h], [UnitMcgPerHour]).
	Continuous
	// EveryFourHours is six times a day (q4h).
	EveryFourHours
)

var frequencyNames = []string{
	FrequencyUnknown: "unknown",
	OnceDaily:        "once-daily",
	TwiceDaily:       "twice-daily",
	ThreeTimesDaily:  "three-times-daily",
	FourTimesDaily:   "four-times-daily",
	AtBedtime:        "at-bedtime",
	EveryOtherDay:    "every-other-day",
	Weekly:           "weekly",
	EveryTwoWeeks:    "every-two-weeks",
	EveryFourWeeks:   "every-four-weeks",
	Continuous:       "continuous",
	EveryFourHours:   "every-four-hours",
}

var perDay = []float64{
	OnceDaily:       1,
	TwiceDaily:      2,
	ThreeTimesDaily: 3,
	FourTimesDaily:  4,
	AtBedtime:       1,
	EveryOtherDay:   1.0 / 2,
	Weekly:          1.0 / 7,
	EveryTwoWeeks:   1.0 / 14,
	EveryFourWeeks:  1.0 / 28,
	Continuous:      1,
	EveryFourHours:  6,
}

// String returns the name of f, such as "twice-daily". It never panics.
func (f Frequency) String() string { return enum.Name(frequencyNames, f, "Frequency") }

// Valid reports whether f is a named value other than [FrequencyUnknown].
func (f Frequency) Valid() bool { return enum.Valid(frequencyNames, f) }

// PerDay returns the average number of administrations a day: 2 for
// [TwiceDaily], 1/7 for [Weekly], 1 for [Continuous]; 0 for an invalid
// value.
func (f Frequency) PerDay() float64 {
	if !f.Valid() {
		return 0
	}
	return perDay[f]
}

// ParseFrequency returns the Frequency named text, ignoring case and the
// choice of separator, or one of its common synonyms ("bid", "q8h", "qhs",
// "daily", "once a week"). It returns [ErrBadValue] for any other text.
func ParseFrequency(text string) (Frequency, error) {
	return parse[Frequency](frequencyNames, frequencyAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (f Frequency) MarshalText() ([]byte, error) {
	return enum.Marshal(frequencyNames, f, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseFrequency];
// empty text is the zero value.
func (f *Frequency) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(frequencyNames, frequencyAliases, f, text, ErrBadValue)
}

// Route is how a drug is given. The zero value means not stated, which
// dose checks read as oral.
type Route uint8

// The values of [Route].
const (
	RouteUnknown Route = iota
	RouteOral
	RouteSublingual
	RouteTransdermal
	RouteIntranasal
	RouteIntramuscular
	RouteIntravenous
	RouteSubcutaneous
	RouteRectal
	RouteInhaled
)

var routeNames = []string{
	RouteUnknown:       "unknown",
	RouteOral:          "oral",
	RouteSublingual:    "sublingual",
	RouteTransdermal:   "transdermal",
	RouteIntranasal:    "intranasal",
	RouteIntramuscular: "intramuscular",
	RouteIntravenous:   "intravenous",
	RouteSubcutaneous:  "subcutaneous",
	RouteRectal:        "rectal",
	RouteInhaled:       "inhaled",
}

// String returns the name of r, such as "oral". It never panics.
func (r Route) String() string { return enum.Name(routeNames, r, "Route") }

// Valid reports whether r is a named value other than [RouteUnknown].
func (r Route) Valid() bool { return enum.Valid(routeNames, r) }

// ParseRoute returns the Route named text, ignoring case and the choice of
// separator, or one of its common synonyms ("PO", "SL", "IM", "patch"). It
// returns [ErrBadValue] for any other text.
func ParseRoute(text string) (Route, error) { return parse[Route](routeNames, routeAliases, text) }

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (r Route) MarshalText() ([]byte, error) { return enum.Marshal(routeNames, r, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRoute];
// empty text is the zero value.
func (r *Route) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(routeNames, routeAliases, r, text, ErrBadValue)
}

// Release is an oral formulation's release profile. The zero value means
// not stated, which dose checks read as immediate release.
type Release uint8

// The values of [Release].
const (
	ReleaseUnknown Release = iota
	ReleaseImmediate
	// ReleaseSustained is a twice-daily sustained-release form (bupropion
	// SR).
	ReleaseSustained
	// ReleaseExtended is a once-daily extended-release form (bupropion XL,
	// zolpidem CR, venlafaxine XR).
	ReleaseExtended
	// ReleaseDelayed is a delayed-release (enteric-coated) form (Prozac
	// Weekly, divalproex DR).
	ReleaseDelayed
)

var releaseNames = []string{
	ReleaseUnknown:   "unknown",
	ReleaseImmediate: "immediate",
	ReleaseSustained: "sustained",
	ReleaseExtended:  "extended",
	ReleaseDelayed:   "delayed",
}

// String returns the name of r, such as "extended". It never panics.
func (r Release) String() string { return enum.Name(releaseNames, r, "Release") }

// Valid reports whether r is a named value other than [ReleaseUnknown].
func (r Release) Valid() bool { return enum.Valid(releaseNames, r) }

// ParseRelease returns the Release named text, ignoring case and the choice
// of separator, or one of its common synonyms ("ER", "XR", "XL", "SR",
// "DR", "IR"). It returns [ErrBadValue] for any other text.
func ParseRelease(text string) (Release, error) {
	return parse[Release](releaseNames, releaseAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (r Release) MarshalText() ([]byte, error) { return enum.Marshal(releaseNames, r, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRelease];
// empty text is the zero value.
func (r *Release) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(releaseNames, releaseAliases, r, text, ErrBadValue)
}

// StopReason is why a prescription was stopped. The zero value means not
// recorded.
type StopReason uint8

// The values of [StopReason].
const (
	StopReasonUnknown StopReason = iota
	// StopIneffective: stopped for lack of response.
	StopIneffective
	// StopSideEffects: stopped because of side effects.
	StopSideEffects
	// StopCompleted: the planned course ended (remission maintained,
	// short course finished).
	StopCompleted
	// StopPersonChoice: the person chose to stop.
	StopPersonChoice
	// StopInteraction: stopped to avoid an interaction.
	StopInteraction
	// StopOther: another reason.
	StopOther
)

var stopReasonNames = []string{
	StopReasonUnknown: "unknown",
	StopIneffective:   "ineffective",
	StopSideEffects:   "side-effects",
	StopCompleted:     "completed",
	StopPersonChoice:  "person-choice",
	StopInteraction:   "interaction",
	StopOther:         "other",
}

// String returns the name of r, such as "ineffective". It never panics.
func (r StopReason) String() string { return enum.Name(stopReasonNames, r, "StopReason") }

// Valid reports whether r is a named value other than [StopReasonUnknown].
func (r StopReason) Valid() bool { return enum.Valid(stopReasonNames, r) }

// ParseStopReason returns the StopReason named text, ignoring case and the
// choice of separator, or one of its common synonyms ("not effective",
// "adverse event", "patient choice"). It returns [ErrBadValue] for any
// other text.
func ParseStopReason(text string) (StopReason, error) {
	return parse[StopReason](stopReasonNames, stopReasonAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (r StopReason) MarshalText() ([]byte, error) {
	return enum.Marshal(stopReasonNames, r, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseStopReason];
// empty text is the zero value.
func (r *StopReason) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(stopReasonNames, stopReasonAliases, r, text, ErrBadValue)
}

// Adherence is what a person reports about taking a prescription, in
// person-first terms. The zero value is invalid.
type Adherence uint8

// The values of [Adherence].
const (
	AdherenceUnknown Adherence = iota
	// TakingAsPrescribed: taking the medicine as prescribed.
	TakingAsPrescribed
	// NotTakingAsPrescribed: taking it, but not as prescribed (missed or
	// extra doses, another schedule).
	NotTakingAsPrescribed
	// StoppedTaking: no longer taking it, without a prescriber's stop.
	StoppedTaking
)

var adherenceNames = []string{
	AdherenceUnknown:      "unknown",
	TakingAsPrescribed:    "taking-as-prescribed",
	NotTakingAsPrescribed: "not-taking-as-prescribed",
	StoppedTaking:         "stopped-taking",
}

// String returns the name of a, such as "taking-as-prescribed". It never
// panics.
func (a Adherence) String() string { return enum.Name(adherenceNames, a, "Adherence") }

// Valid reports whether a is a named value other than [AdherenceUnknown].
func (a Adherence) Valid() bool { return enum.Valid(adherenceNames, a) }

// ParseAdherence returns the Adherence named text, ignoring case and the
// choice of separator, or one of its common synonyms ("adherent",
// "nonadherent", "discontinued"). It returns [ErrBadValue] for any other
// text.
func ParseAdherence(text string) (Adherence, error) {
	return parse[Adherence](adherenceNames, adherenceAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (a Adherence) MarshalText() ([]byte, error) {
	return enum.Marshal(adherenceNames, a, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseAdherence];
// empty text is the zero value.
func (a *Adherence) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(adherenceNames, adherenceAliases, a, text, ErrBadValue)
}

// Test is a laboratory test, measurement or clinical contact that
// monitoring schedules ask for. The zero value is invalid.
type Test uint8

// The values of [Test].
const (
	TestUnknown Test = iota
	TestLithiumLevel
	// TestRenalFunction: serum creatinine and eGFR.
	TestRenalFunction
	// TestThyroidFunction: TSH.
	TestThyroidFunction
	// TestLiverFunction: liver enzymes and bilirubin.
	TestLiverFunction
	// TestBloodCount: complete blood count with differential and platelets.
	TestBloodCount
	// TestPlateletsCoagulation: platelet count and coagulation tests.
	TestPlateletsCoagulation
	TestSodium
	// TestANC: absolute neutrophil count.
	TestANC
	// TestWeight: weight or BMI.
	TestWeight
	TestWaist
	TestBloodPressure
	TestFastingGlucose
	TestLipids
	TestECG
	// TestHLAB1502: HLA-B*15:02 genotype, for people with ancestry in
	// populations where the allele is common.
	TestHLAB1502
	// TestFollowUp: a clinical contact (visit, call) to review response,
	// side effects and suicidal thinking.
	TestFollowUp
)

var testNames = []string{
	TestUnknown:              "unknown",
	TestLithiumLevel:         "lithium-level",
	TestRenalFunction:        "renal-function",
	TestThyroidFunction:      "thyroid-function",
	TestLiverFunction:        "liver-function",
	TestBloodCount:           "blood-count",
	TestPlateletsCoagulation: "platelets-coagulation",
	TestSodium:               "sodium",
	TestANC:                  "anc",
	TestWeight:               "weight",
	TestWaist:                "waist-circumference",
	TestBloodPressure:        "blood-pressure",
	TestFastingGlucose:       "fasting-glucose",
	TestLipids:               "fasting-lipids",
	TestECG:                  "ecg",
	TestHLAB1502:             "hla-b-1502",
	TestFollowUp:             "follow-up",
}

// String returns the name of t, such as "lithium-level". It never panics.
func (t Test) String() string { return enum.Name(testNames, t, "Test") }

// Valid reports whether t is a named value other than [TestUnknown].
func (t Test) Valid() bool { return enum.Valid(testNames, t) }

// ParseTest returns the Test named text, ignoring case and the choice of
// separator, or one of its common synonyms ("TSH", "CBC", "eGFR", "lipid
// panel", "EKG"). It returns [ErrBadValue] for any other text.
func ParseTest(text string) (Test, error) { return parse[Test](testNames, testAliases, text) }

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (t Test) MarshalText() ([]byte, error) { return enum.Marshal(testNames, t, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseTest];
// empty text is the zero value.
func (t *Test) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(testNames, testAliases, t, text, ErrBadValue)
}
