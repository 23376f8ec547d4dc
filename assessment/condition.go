package assessment

import (
	"slices"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/validation"
)

// A Condition is a diagnosis coded in ICD-10-CM.
type Condition struct {
	// Code is the ICD-10-CM code in canonical form (see [ParseICD10CM]).
	// Required.
	Code ICD10CM `json:"code"`
	// Status says whether the diagnosis is provisional or confirmed.
	// Required.
	Status ConditionStatus `json:"status"`
	// Severity is the clinician's severity specifier. Optional: many codes
	// carry severity themselves (F32.1 is a moderate episode).
	Severity Severity `json:"severity,omitempty"`
}

// Groups returns the IDs of the condition groups the condition belongs to,
// in catalog order.
func (c Condition) Groups() []GroupID { return GroupsOf(c.Code) }

// Validate checks c. It returns nil or a *[validation.Error]:
// [ErrBadCode] at "code", [ErrBadValue] at "status" and "severity".
func (c Condition) Validate() error {
	var v validation.Collector
	if !c.Code.Valid() {
		v.Add("code", ErrBadCode)
	}
	if !c.Status.Valid() {
		v.Add("status", ErrBadValue)
	}
	if c.Severity != SeverityUnknown && !c.Severity.Valid() {
		v.Add("severity", ErrBadValue)
	}
	return v.Err()
}

// ConditionStatus is how certain a diagnosis is. The zero value is invalid.
type ConditionStatus uint8

// The values of [ConditionStatus].
const (
	StatusUnknown ConditionStatus = iota
	// Provisional: a working diagnosis awaiting confirmation.
	Provisional
	// Confirmed: the clinician has confirmed the diagnosis.
	Confirmed
)

var conditionStatusNames = []string{StatusUnknown: "unknown", Provisional: "provisional", Confirmed: "confirmed"}

// String returns the name of s, such as "confirmed". It never panics.
func (s ConditionStatus) String() string {
	return enum.Name(conditionStatusNames, s, "ConditionStatus")
}

// Valid reports whether s is [Provisional] or [Confirmed].
func (s ConditionStatus) Valid() bool { return enum.Valid(conditionStatusNames, s) }

// ParseConditionStatus returns the status named text. It returns
// [ErrBadValue] for any other text.
func ParseConditionStatus(text string) (ConditionStatus, error) {
	return parse[ConditionStatus](conditionStatusNames, text)
}

// MarshalText implements [encoding.TextMarshaler].
func (s ConditionStatus) MarshalText() ([]byte, error) {
	return enum.Marshal(conditionStatusNames, s, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *ConditionStatus) UnmarshalText(text []byte) error {
	return enum.Unmarshal(conditionStatusNames, s, text, ErrBadValue)
}

// Severity is a clinician's severity specifier. Its zero value,
// [SeverityUnknown], means "not specified".
type Severity uint8

// The values of [Severity].
const (
	SeverityUnknown Severity = iota
	SeverityMild
	SeverityModerate
	SeveritySevere
)

var severityNames = []string{
	SeverityUnknown:  "unknown",
	SeverityMild:     "mild",
	SeverityModerate: "moderate",
	SeveritySevere:   "severe",
}

// String returns the name of s, such as "moderate". It never panics.
func (s Severity) String() string { return enum.Name(severityNames, s, "Severity") }

// Valid reports whether s is mild, moderate or severe.
func (s Severity) Valid() bool { return enum.Valid(severityNames, s) }

// ParseSeverity returns the severity named text. It returns [ErrBadValue]
// for any other text.
func ParseSeverity(text string) (Severity, error) { return parse[Severity](severityNames, text) }

// MarshalText implements [encoding.TextMarshaler].
func (s Severity) MarshalText() ([]byte, error) { return enum.Marshal(severityNames, s, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Severity) UnmarshalText(text []byte) error {
	return enum.Unmarshal(severityNames, s, text, ErrBadValue)
}

// GroupID names a condition group, such as [GroupPTSD].
type GroupID string

// The condition groups. Groups may overlap: PTSD (F43.1) is also a trauma-
// and stressor-related disorder (F43), and bulimia nervosa (F50.2) is also an
// eating disorder (F50).
const (
	GroupDepressive        GroupID = "depressive"
	GroupBipolar           GroupID = "bipolar"
	GroupPTSD              GroupID = "ptsd"
	GroupTraumaStressor    GroupID = "trauma-and-stressor-related"
	GroupOCD               GroupID = "ocd"
	GroupPanic             GroupID = "panic"
	GroupGAD               GroupID = "generalized-anxiety"
	GroupSocialAnxiety     GroupID = "social-anxiety"
	GroupSpecificPhobia    GroupID = "specific-phobia"
	GroupAgoraphobia       GroupID = "agoraphobia"
	GroupInsomnia          GroupID = "insomnia"
	GroupAlcoholUse        GroupID = "alcohol-use"
	GroupOpioidUse         GroupID = "opioid-use"
	GroupCannabisUse       GroupID = "cannabis-use"
	GroupSedativeUse       GroupID = "sedative-use"
	GroupStimulantUse      GroupID = "stimulant-use"
	GroupTobaccoUse        GroupID = "tobacco-use"
	GroupOtherSubstanceUse GroupID = "other-substance-use"
	GroupGambling          GroupID = "gambling"
	GroupEating            GroupID = "eating"
	GroupAnorexia          GroupID = "anorexia-nervosa"
	GroupBulimia           GroupID = "bulimia-nervosa"
	GroupPsychotic         GroupID = "psychotic"
	GroupADHD              GroupID = "adhd"
	GroupDisruptive        GroupID = "disruptive-behavior"
	GroupAutism            GroupID = "autism"
	GroupPersonality       GroupID = "personality"
	GroupBorderline        GroupID = "borderline-personality"
	GroupNeurocognitive    GroupID = "neurocognitive"
	GroupIntellectual      GroupID = "intellectual-disability"
	GroupSomatic           GroupID = "somatic-symptom"
	GroupDissociative      GroupID = "dissociative"
	GroupSeizure           GroupID = "seizure"
	GroupLongQT            GroupID = "long-qt"
	GroupKidney            GroupID = "chronic-kidney-disease"
	GroupHypothyroid       GroupID = "hypothyroidism"
	GroupLiver             GroupID = "liver-disease"
)

// A Group is a set of conditions that treatment rules key on, defined by
// ICD-10-CM code prefixes.
type Group struct {
	ID GroupID
	// Title is a short, capitalised name.
	Title string
	// Prefixes are the ICD-10-CM codes or categories the group covers, in
	// canonical form.
	Prefixes []ICD10CM
	// Medical marks groups of general medical conditions that matter to
	// psychiatric treatment (seizures, long QT, kidney, thyroid, liver).
	Medical bool
	Sources []evidence.Source
}

// LookupGroup returns the condition group with the given ID.
func LookupGroup(id GroupID) (Group, bool) {
	for _, g := range groups {
		if g.ID == id {
			return g.clone(), true
		}
	}
	return Group{}, false
}

// Groups returns the condition groups in catalog order.
func Groups() []Group {
	out := make([]Group, len(groups))
	for i, g := range groups {
		out[i] = g.clone()
	}
	return out
}

// GroupsOf returns the IDs of the groups whose prefixes cover code, in
// catalog order; nil when none does.
func GroupsOf(code ICD10CM) []GroupID {
	var ids []GroupID
	for _, g := range groups {
		for _, p := range g.Prefixes {
			if code.HasPrefix(p) {
				ids = append(ids, g.ID)
				break
			}
		}
	}
	return ids
}

func (g Group) clone() Group {
	g.Prefixes = slices.Clone(g.Prefixes)
	g.Sources = slices.Clone(g.Sources)
	return g
}

func icd(locator string) []evidence.Source {
	return []evidence.Source{withLocator(srcICD10CM, locator)}
}

var groups = []Group{
	{ID: GroupDepressive, Title: "Depressive disorders", Prefixes: []ICD10CM{"F32", "F33", "F34.1", "F34.8", "F53.0"}, Sources: icd("F32, F33, F34.1, F34.8, F53.0")},
	{ID: GroupBipolar, Title: "Bipolar and related disorders", Prefixes: []ICD10CM{"F31", "F34.0"}, Sources: icd("F31, F34.0")},
	{ID: GroupPTSD, Title: "Post-traumatic stress disorder", Prefixes: []ICD10CM{"F43.1"}, Sources: icd("F43.1")},
	{ID: GroupTraumaStressor, Title: "Trauma- and stressor-related disorders", Prefixes: []ICD10CM{"F43"}, Sources: icd("F43")},
	{ID: GroupOCD, Title: "Obsessive-compulsive disorder", Prefixes: []ICD10CM{"F42"}, Sources: icd("F42")},
	{ID: GroupPanic, Title: "Panic disorder", Prefixes: []ICD10CM{"F41.0"}, Sources: icd("F41.0")},
	{ID: GroupGAD, Title: "Generalized anxiety disorder", Prefixes: []ICD10CM{"F41.1"}, Sources: icd("F41.1")},
	{ID: GroupSocialAnxiety, Title: "Social anxiety disorder", Prefixes: []ICD10CM{"F40.1"}, Sources: icd("F40.1")},
	{ID: GroupSpecificPhobia, Title: "Specific phobia", Prefixes: []ICD10CM{"F40.2"}, Sources: icd("F40.2")},
	{ID: GroupAgoraphobia, Title: "Agoraphobia", Prefixes: []ICD10CM{"F40.0"}, Sources: icd("F40.0")},
	{ID: GroupInsomnia, Title: "Insomnia", Prefixes: []ICD10CM{"F51.0", "G47.0"}, Sources: icd("F51.0, G47.0")},
	{ID: GroupAlcoholUse, Title: "Alcohol use disorder", Prefixes: []ICD10CM{"F10"}, Sources: icd("F10")},
	{ID: GroupOpioidUse, Title: "Opioid use disorder", Prefixes: []ICD10CM{"F11"}, Sources: icd("F11")},
	{ID: GroupCannabisUse, Title: "Cannabis use disorder", Prefixes: []ICD10CM{"F12"}, Sources: icd("F12")},
	{ID: GroupSedativeUse, Title: "Sedative, hypnotic or anxiolytic use disorder", Prefixes: []ICD10CM{"F13"}, Sources: icd("F13")},
	{ID: GroupStimulantUse, Title: "Stimulant use disorder (cocaine and other stimulants)", Prefixes: []ICD10CM{"F14", "F15"}, Sources: icd("F14, F15")},
	{ID: GroupTobaccoUse, Title: "Tobacco use disorder (nicotine dependence)", Prefixes: []ICD10CM{"F17"}, Sources: icd("F17")},
	{ID: GroupOtherSubstanceUse, Title: "Other substance use disorders (hallucinogens, inhalants, other)", Prefixes: []ICD10CM{"F16", "F18", "F19"}, Sources: icd("F16, F18, F19")},
	{ID: GroupGambling, Title: "Gambling disorder", Prefixes: []ICD10CM{"F63.0"}, Sources: icd("F63.0")},
	{ID: GroupEating, Title: "Eating disorders", Prefixes: []ICD10CM{"F50"}, Sources: icd("F50")},
	{ID: GroupAnorexia, Title: "Anorexia nervosa", Prefixes: []ICD10CM{"F50.0"}, Sources: icd("F50.0")},
	{ID: GroupBulimia, Title: "Bulimia nervosa", Prefixes: []ICD10CM{"F50.2"}, Sources: icd("F50.2")},
	{ID: GroupPsychotic, Title: "Schizophrenia spectrum and other psychotic disorders", Prefixes: []ICD10CM{"F20", "F21", "F22", "F23", "F24", "F25", "F28", "F29"}, Sources: icd("F20-F29")},
	{ID: GroupADHD, Title: "Attention-deficit/hyperactivity disorder", Prefixes: []ICD10CM{"F90"}, Sources: icd("F90")},
	{ID: GroupDisruptive, Title: "Disruptive behavior disorders (oppositional defiant and conduct disorders)", Prefixes: []ICD10CM{"F91"}, Sources: icd("F91")},
	{ID: GroupAutism, Title: "Autism spectrum disorder", Prefixes: []ICD10CM{"F84.0"}, Sources: icd("F84.0")},
	{ID: GroupPersonality, Title: "Personality disorders", Prefixes: []ICD10CM{"F60"}, Sources: icd("F60")},
	{ID: GroupBorderline, Title: "Borderline personality disorder", Prefixes: []ICD10CM{"F60.3"}, Sources: icd("F60.3")},
	{ID: GroupNeurocognitive, Title: "Neurocognitive disorders (dementias)", Prefixes: []ICD10CM{"F01", "F02", "F03", "G30"}, Sources: icd("F01-F03, G30")},
	{ID: GroupIntellectual, Title: "Intellectual disabilities", Prefixes: []ICD10CM{"F70", "F71", "F72", "F73", "F78", "F79"}, Sources: icd("F70-F79")},
	{ID: GroupSomatic, Title: "Somatic symptom and related disorders", Prefixes: []ICD10CM{"F45"}, Sources: icd("F45")},
	{ID: GroupDissociative, Title: "Dissociative disorders", Prefixes: []ICD10CM{"F44"}, Sources: icd("F44")},
	{ID: GroupSeizure, Title: "Epilepsy and seizures", Prefixes: []ICD10CM{"G40", "R56"}, Medical: true, Sources: icd("G40, R56")},
	{ID: GroupLongQT, Title: "Long QT syndrome", Prefixes: []ICD10CM{"I45.81"}, Medical: true, Sources: icd("I45.81")},
	{ID: GroupKidney, Title: "Chronic kidney disease", Prefixes: []ICD10CM{"N18"}, Medical: true, Sources: icd("N18")},
	{ID: GroupHypothyroid, Title: "Hypothyroidism", Prefixes: []ICD10CM{"E03", "E89.0"}, Medical: true, Sources: icd("E03, E89.0")},
	{ID: GroupLiver, Title: "Chronic liver disease", Prefixes: []ICD10CM{"K70", "K71", "K72", "K73", "K74", "K75", "K76", "K77"}, Medical: true, Sources: icd("K70-K77")},
}
