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

// The condition groups. Each is defined by ICD-10-CM codes it includes and,
// where a category holds codes that do not belong, codes it excludes; see
// [Group]. Groups may overlap: PTSD (F43.1) is also a trauma- and
// stressor-related disorder (F43), and bulimia nervosa (F50.2) is also an
// eating disorder (F50).
//
// Substance groups come in pairs. A use-disorder group ([GroupAlcoholUse],
// [GroupOpioidUse], ...) holds the abuse (F1x.1) and dependence (F1x.2)
// codes, which ICD-10-CM uses for DSM-5 mild and moderate-to-severe use
// disorders, including those in remission or with intoxication, withdrawal
// or an induced disorder. The matching "use, unspecified" group holds F1x.9:
// intoxication, withdrawal or a substance-induced disorder without a
// diagnosed use disorder. A rule that needs a use disorder asks for the
// first; one about any use asks for both.
const (
	// GroupDepressive: F32 (depressive episode, including F32.81
	// premenstrual dysphoric disorder and F32.A), F33 (recurrent depressive
	// disorder), F34.1 (dysthymic disorder), F34.89 (other specified
	// persistent mood disorders) and F53.0 (postpartum depression).
	// Excludes F34.81, disruptive mood dysregulation disorder
	// ([GroupDMDD]).
	GroupDepressive GroupID = "depressive"
	// GroupDMDD: F34.81, disruptive mood dysregulation disorder, a
	// childhood diagnosis kept apart from the depressive group.
	GroupDMDD GroupID = "disruptive-mood-dysregulation"
	// GroupBipolar: F31 (bipolar disorder) and F34.0 (cyclothymic
	// disorder).
	GroupBipolar GroupID = "bipolar"
	// GroupPTSD: F43.1, post-traumatic stress disorder.
	GroupPTSD GroupID = "ptsd"
	// GroupTraumaStressor: F43, reaction to severe stress and adjustment
	// disorders, PTSD included.
	GroupTraumaStressor GroupID = "trauma-and-stressor-related"
	// GroupOCD: F42, obsessive-compulsive disorder, excluding F42.3
	// (hoarding disorder, [GroupHoarding]) and F42.4 (excoriation
	// disorder, [GroupExcoriation]).
	GroupOCD GroupID = "ocd"
	// GroupHoarding: F42.3, hoarding disorder.
	GroupHoarding GroupID = "hoarding"
	// GroupExcoriation: F42.4, excoriation (skin-picking) disorder.
	GroupExcoriation GroupID = "excoriation"
	// GroupPanic: F41.0 (panic disorder) and F40.01 (agoraphobia with
	// panic disorder), which is also in [GroupAgoraphobia].
	GroupPanic GroupID = "panic"
	// GroupGAD: F41.1, generalized anxiety disorder.
	GroupGAD GroupID = "generalized-anxiety"
	// GroupSocialAnxiety: F40.1, social phobias.
	GroupSocialAnxiety GroupID = "social-anxiety"
	// GroupSpecificPhobia: F40.2, specific (isolated) phobias.
	GroupSpecificPhobia GroupID = "specific-phobia"
	// GroupAgoraphobia: F40.0, agoraphobia, with or without panic
	// disorder.
	GroupAgoraphobia GroupID = "agoraphobia"
	// GroupInsomnia: F51.0 (insomnia not due to a substance or known
	// physiological condition) and G47.0 (insomnia).
	GroupInsomnia GroupID = "insomnia"
	// GroupAlcoholUse: alcohol use disorder, F10.1 and F10.2.
	GroupAlcoholUse GroupID = "alcohol-use-disorder"
	// GroupAlcoholUseUnspecified: F10.9, alcohol use, unspecified, without
	// a diagnosed use disorder.
	GroupAlcoholUseUnspecified GroupID = "alcohol-use-unspecified"
	// GroupOpioidUse: opioid use disorder, F11.1 and F11.2.
	GroupOpioidUse GroupID = "opioid-use-disorder"
	// GroupOpioidUseUnspecified: F11.9, opioid use, unspecified, without a
	// diagnosed use disorder (for example withdrawal during prescribed
	// opioid treatment).
	GroupOpioidUseUnspecified GroupID = "opioid-use-unspecified"
	// GroupCannabisUse: cannabis use disorder, F12.1 and F12.2.
	GroupCannabisUse GroupID = "cannabis-use-disorder"
	// GroupCannabisUseUnspecified: F12.9, cannabis use, unspecified.
	GroupCannabisUseUnspecified GroupID = "cannabis-use-unspecified"
	// GroupSedativeUse: sedative, hypnotic or anxiolytic use disorder,
	// F13.1 and F13.2.
	GroupSedativeUse GroupID = "sedative-use-disorder"
	// GroupSedativeUseUnspecified: F13.9, sedative, hypnotic or anxiolytic
	// use, unspecified.
	GroupSedativeUseUnspecified GroupID = "sedative-use-unspecified"
	// GroupStimulantUse: cocaine and other stimulant use disorders, F14.1,
	// F14.2, F15.1 and F15.2.
	GroupStimulantUse GroupID = "stimulant-use-disorder"
	// GroupStimulantUseUnspecified: F14.9 and F15.9, cocaine or other
	// stimulant use, unspecified.
	GroupStimulantUseUnspecified GroupID = "stimulant-use-unspecified"
	// GroupTobaccoUse: F17.2, nicotine dependence, the only subcategory
	// of F17.
	GroupTobaccoUse GroupID = "tobacco-use-disorder"
	// GroupOtherSubstanceUse: hallucinogen, inhalant and other
	// psychoactive substance use disorders, F16.1, F16.2, F18.1, F18.2,
	// F19.1 and F19.2.
	GroupOtherSubstanceUse GroupID = "other-substance-use-disorder"
	// GroupOtherSubstanceUseUnspecified: F16.9, F18.9 and F19.9.
	GroupOtherSubstanceUseUnspecified GroupID = "other-substance-use-unspecified"
	// GroupGambling: F63.0, pathological gambling.
	GroupGambling GroupID = "gambling"
	// GroupEating: F50, eating disorders.
	GroupEating GroupID = "eating"
	// GroupAnorexia: F50.0, anorexia nervosa.
	GroupAnorexia GroupID = "anorexia-nervosa"
	// GroupBulimia: F50.2, bulimia nervosa.
	GroupBulimia GroupID = "bulimia-nervosa"
	// GroupPsychotic: F20–F25, F28 and F29, schizophrenia spectrum and
	// other psychotic disorders.
	GroupPsychotic GroupID = "psychotic"
	// GroupADHD: F90, attention-deficit hyperactivity disorders.
	GroupADHD GroupID = "adhd"
	// GroupDisruptive: F91, conduct disorders, oppositional defiant
	// disorder (F91.3) included.
	GroupDisruptive GroupID = "disruptive-behavior"
	// GroupAutism: F84.0, autistic disorder.
	GroupAutism GroupID = "autism"
	// GroupPersonality: F60, specific personality disorders.
	GroupPersonality GroupID = "personality"
	// GroupBorderline: F60.3, borderline personality disorder.
	GroupBorderline GroupID = "borderline-personality"
	// GroupNeurocognitive: F01–F03 and G30, dementias.
	GroupNeurocognitive GroupID = "neurocognitive"
	// GroupIntellectual: F70–F73, F78 and F79, intellectual disabilities.
	GroupIntellectual GroupID = "intellectual-disability"
	// GroupSomatic: F45, somatoform disorders.
	GroupSomatic GroupID = "somatic-symptom"
	// GroupDissociative: F44, dissociative and conversion disorders.
	GroupDissociative GroupID = "dissociative"
	// GroupSeizure: G40 (epilepsy) and R56 (convulsions).
	GroupSeizure GroupID = "seizure"
	// GroupLongQT: I45.81, long QT syndrome.
	GroupLongQT GroupID = "long-qt"
	// GroupKidney: N18, chronic kidney disease.
	GroupKidney GroupID = "chronic-kidney-disease"
	// GroupHypothyroid: E03 (other hypothyroidism) and E89.0
	// (postprocedural hypothyroidism).
	GroupHypothyroid GroupID = "hypothyroidism"
	// GroupLiver: any liver disease, acute or chronic: B15–B19 (viral
	// hepatitis) and K70–K77 (diseases of liver). Rules about agents that
	// harm the liver key on it; [GroupChronicLiver] and
	// [GroupAcuteLiverFailure] are its chronic and acute parts.
	GroupLiver GroupID = "liver-disease"
	// GroupChronicLiver: chronic liver disease, chronic viral hepatitis
	// included: B18 (chronic viral hepatitis), K70 (alcoholic liver
	// disease), K71.3–K71.5 and K71.7 (toxic liver disease with chronic
	// hepatitis, fibrosis or cirrhosis), K72.1 (chronic hepatic failure),
	// K73 (chronic hepatitis), K74 (fibrosis and cirrhosis), K75.81
	// (nonalcoholic steatohepatitis), K76.0 (fatty liver), K76.6 (portal
	// hypertension) and K76.7 (hepatorenal syndrome). Acute failure
	// (K72.0), acute viral hepatitis (B15–B17) and unspecified viral
	// hepatitis (B19) are not in it.
	GroupChronicLiver GroupID = "chronic-liver-disease"
	// GroupAcuteLiverFailure: K72.0, acute and subacute hepatic failure.
	GroupAcuteLiverFailure GroupID = "acute-liver-failure"
)

// A Group is a set of conditions that treatment rules key on: the
// ICD-10-CM codes that fall under one of its Prefixes and under none of
// its Excludes.
type Group struct {
	// ID is the group's stable identifier.
	ID GroupID `json:"id"`
	// Title is a short, capitalised name.
	Title string `json:"title"`
	// Prefixes are the ICD-10-CM codes or categories the group includes,
	// in canonical form ("F42" includes every code of the category).
	Prefixes []ICD10CM `json:"prefixes"`
	// Excludes are codes or categories under a prefix that the group
	// leaves out, in canonical form.
	Excludes []ICD10CM `json:"excludes,omitempty"`
	// Medical marks groups of general medical conditions that matter to
	// psychiatric treatment (seizures, long QT, kidney, thyroid, liver).
	Medical bool `json:"medical,omitempty"`
	// Sources define the group: the ICD-10-CM tabular list entries, and
	// for a clinical grouping the publication that draws it.
	Sources []evidence.Source `json:"sources"`
}

// Covers reports whether code falls under one of g's prefixes and under
// none of its exclusions.
func (g Group) Covers(code ICD10CM) bool {
	in := false
	for _, p := range g.Prefixes {
		if code.HasPrefix(p) {
			in = true
			break
		}
	}
	if !in {
		return false
	}
	for _, x := range g.Excludes {
		if code.HasPrefix(x) {
			return false
		}
	}
	return true
}

// LookupGroup returns a copy of the condition group with the given ID, and
// whether it exists.
func LookupGroup(id GroupID) (Group, bool) {
	for i := range groups {
		if groups[i].ID == id {
			return groups[i].clone(), true
		}
	}
	return Group{}, false
}

// Groups returns copies of the condition groups in catalog order.
func Groups() []Group {
	out := make([]Group, len(groups))
	for i := range groups {
		out[i] = groups[i].clone()
	}
	return out
}

// GroupsOf returns the IDs of the groups that cover code (see
// [Group.Covers]), in catalog order; nil when none does.
func GroupsOf(code ICD10CM) []GroupID {
	var ids []GroupID
	for i := range groups {
		if groups[i].Covers(code) {
			ids = append(ids, groups[i].ID)
		}
	}
	return ids
}

func (g Group) clone() Group {
	g.Prefixes = slices.Clone(g.Prefixes)
	g.Excludes = slices.Clone(g.Excludes)
	g.Sources = slices.Clone(g.Sources)
	return g
}

// srcChronicLiverCodes is a published ICD-10 code set for chronic liver
// disease that includes chronic viral hepatitis.
var srcChronicLiverCodes = evidence.Source{
	Title:     "Predictors of Outcomes of COVID-19 in Patients With Chronic Liver Disease: US Multi-center Study",
	Publisher: "Clinical Gastroenterology and Hepatology 19(7):1469-1479.e19 (Kim D, Adeniji N, Latt N, et al.), doi:10.1016/j.cgh.2020.09.027",
	Year:      2021,
	Locator:   "Supplementary Table 2, ICD-10 codes for chronic liver disease: NAFLD (K76.0) and NASH (K75.81); alcohol-related liver disease (K70); chronic hepatitis B (B18.1) and C (B18.2); chronic hepatitis (K73); fibrosis and cirrhosis (K74); toxic liver disease with chronic hepatitis, fibrosis or cirrhosis (K71.3-K71.5, K71.7); portal hypertension (K76.6); hepatorenal syndrome (K76.7)",
	URL:       "https://doi.org/10.1016/j.cgh.2020.09.027",
}

func icd(locator string) []evidence.Source {
	return []evidence.Source{withLocator(srcICD10CM, locator)}
}

// useDisorder is the locator text shared by the substance use-disorder
// groups.
func useDisorder(cat, name string) string {
	return cat + " " + name + " related disorders: " + cat + ".1 abuse (inclusion term at " + cat +
		".10: use disorder, mild) and " + cat + ".2 dependence (inclusion terms at " + cat +
		".20: use disorder, moderate or severe); " + cat + ".9 use, unspecified, excluded"
}

func useUnspecified(cat string) string {
	return cat + ".9 use, unspecified (Excludes1 at " + cat + ".9: abuse " + cat + ".1-, dependence " + cat + ".2-)"
}

func ids(c ...ICD10CM) []ICD10CM { return c }

var groups = []Group{
	{ID: GroupDepressive, Title: "Depressive disorders", Prefixes: ids("F32", "F33", "F34.1", "F34.8", "F53.0"), Excludes: ids("F34.81"),
		Sources: icd("F32 depressive episode; F33 major depressive disorder, recurrent; F34.1 dysthymic disorder; F34.89 other specified persistent mood disorders; F53.0 postpartum depression; F34.81 disruptive mood dysregulation disorder excluded")},
	{ID: GroupDMDD, Title: "Disruptive mood dysregulation disorder", Prefixes: ids("F34.81"), Sources: icd("F34.81 disruptive mood dysregulation disorder")},
	{ID: GroupBipolar, Title: "Bipolar and related disorders", Prefixes: ids("F31", "F34.0"), Sources: icd("F31 bipolar disorder; F34.0 cyclothymic disorder")},
	{ID: GroupPTSD, Title: "Post-traumatic stress disorder", Prefixes: ids("F43.1"), Sources: icd("F43.1 post-traumatic stress disorder (PTSD)")},
	{ID: GroupTraumaStressor, Title: "Trauma- and stressor-related disorders", Prefixes: ids("F43"), Sources: icd("F43 reaction to severe stress, and adjustment disorders")},
	{ID: GroupOCD, Title: "Obsessive-compulsive disorder", Prefixes: ids("F42"), Excludes: ids("F42.3", "F42.4"),
		Sources: icd("F42 obsessive-compulsive disorder: F42.2 mixed obsessional thoughts and acts, F42.8 other, F42.9 unspecified; F42.3 hoarding disorder and F42.4 excoriation (skin-picking) disorder excluded")},
	{ID: GroupHoarding, Title: "Hoarding disorder", Prefixes: ids("F42.3"), Sources: icd("F42.3 hoarding disorder")},
	{ID: GroupExcoriation, Title: "Excoriation (skin-picking) disorder", Prefixes: ids("F42.4"), Sources: icd("F42.4 excoriation (skin-picking) disorder")},
	{ID: GroupPanic, Title: "Panic disorder", Prefixes: ids("F41.0", "F40.01"), Sources: icd("F41.0 panic disorder [episodic paroxysmal anxiety]; F40.01 agoraphobia with panic disorder (inclusion term: panic disorder with agoraphobia)")},
	{ID: GroupGAD, Title: "Generalized anxiety disorder", Prefixes: ids("F41.1"), Sources: icd("F41.1 generalized anxiety disorder")},
	{ID: GroupSocialAnxiety, Title: "Social anxiety disorder", Prefixes: ids("F40.1"), Sources: icd("F40.1 social phobias")},
	{ID: GroupSpecificPhobia, Title: "Specific phobia", Prefixes: ids("F40.2"), Sources: icd("F40.2 specific (isolated) phobias")},
	{ID: GroupAgoraphobia, Title: "Agoraphobia", Prefixes: ids("F40.0"), Sources: icd("F40.0 agoraphobia: F40.00 unspecified, F40.01 with panic disorder, F40.02 without panic disorder")},
	{ID: GroupInsomnia, Title: "Insomnia", Prefixes: ids("F51.0", "G47.0"), Sources: icd("F51.0 insomnia not due to a substance or known physiological condition; G47.0 insomnia")},
	{ID: GroupAlcoholUse, Title: "Alcohol use disorder", Prefixes: ids("F10.1", "F10.2"), Sources: icd(useDisorder("F10", "alcohol"))},
	{ID: GroupAlcoholUseUnspecified, Title: "Alcohol use, unspecified (intoxication, withdrawal or an alcohol-induced disorder without a use disorder)", Prefixes: ids("F10.9"), Sources: icd(useUnspecified("F10"))},
	{ID: GroupOpioidUse, Title: "Opioid use disorder", Prefixes: ids("F11.1", "F11.2"), Sources: icd(useDisorder("F11", "opioid"))},
	{ID: GroupOpioidUseUnspecified, Title: "Opioid use, unspecified (intoxication, withdrawal or an opioid-induced disorder without a use disorder)", Prefixes: ids("F11.9"), Sources: icd(useUnspecified("F11"))},
	{ID: GroupCannabisUse, Title: "Cannabis use disorder", Prefixes: ids("F12.1", "F12.2"), Sources: icd(useDisorder("F12", "cannabis"))},
	{ID: GroupCannabisUseUnspecified, Title: "Cannabis use, unspecified", Prefixes: ids("F12.9"), Sources: icd(useUnspecified("F12"))},
	{ID: GroupSedativeUse, Title: "Sedative, hypnotic or anxiolytic use disorder", Prefixes: ids("F13.1", "F13.2"), Sources: icd(useDisorder("F13", "sedative, hypnotic, or anxiolytic"))},
	{ID: GroupSedativeUseUnspecified, Title: "Sedative, hypnotic or anxiolytic use, unspecified", Prefixes: ids("F13.9"), Sources: icd(useUnspecified("F13"))},
	{ID: GroupStimulantUse, Title: "Stimulant use disorder (cocaine and other stimulants)", Prefixes: ids("F14.1", "F14.2", "F15.1", "F15.2"),
		Sources: icd(useDisorder("F14", "cocaine") + "; " + useDisorder("F15", "other stimulant"))},
	{ID: GroupStimulantUseUnspecified, Title: "Stimulant use, unspecified (cocaine and other stimulants)", Prefixes: ids("F14.9", "F15.9"),
		Sources: icd(useUnspecified("F14") + "; " + useUnspecified("F15"))},
	{ID: GroupTobaccoUse, Title: "Tobacco use disorder (nicotine dependence)", Prefixes: ids("F17.2"), Sources: icd("F17 nicotine dependence: F17.2 is its only subcategory")},
	{ID: GroupOtherSubstanceUse, Title: "Other substance use disorders (hallucinogens, inhalants, other)", Prefixes: ids("F16.1", "F16.2", "F18.1", "F18.2", "F19.1", "F19.2"),
		Sources: icd(useDisorder("F16", "hallucinogen") + "; " + useDisorder("F18", "inhalant") + "; " + useDisorder("F19", "other psychoactive substance"))},
	{ID: GroupOtherSubstanceUseUnspecified, Title: "Other substance use, unspecified (hallucinogens, inhalants, other)", Prefixes: ids("F16.9", "F18.9", "F19.9"),
		Sources: icd(useUnspecified("F16") + "; " + useUnspecified("F18") + "; " + useUnspecified("F19"))},
	{ID: GroupGambling, Title: "Gambling disorder", Prefixes: ids("F63.0"), Sources: icd("F63.0 pathological gambling")},
	{ID: GroupEating, Title: "Eating disorders", Prefixes: ids("F50"), Sources: icd("F50 eating disorders")},
	{ID: GroupAnorexia, Title: "Anorexia nervosa", Prefixes: ids("F50.0"), Sources: icd("F50.0 anorexia nervosa")},
	{ID: GroupBulimia, Title: "Bulimia nervosa", Prefixes: ids("F50.2"), Sources: icd("F50.2 bulimia nervosa")},
	{ID: GroupPsychotic, Title: "Schizophrenia spectrum and other psychotic disorders", Prefixes: ids("F20", "F21", "F22", "F23", "F24", "F25", "F28", "F29"), Sources: icd("F20-F29 schizophrenia, schizotypal, delusional, and other non-mood psychotic disorders")},
	{ID: GroupADHD, Title: "Attention-deficit/hyperactivity disorder", Prefixes: ids("F90"), Sources: icd("F90 attention-deficit hyperactivity disorders")},
	{ID: GroupDisruptive, Title: "Disruptive behavior disorders (oppositional defiant and conduct disorders)", Prefixes: ids("F91"), Sources: icd("F91 conduct disorders; F91.3 oppositional defiant disorder")},
	{ID: GroupAutism, Title: "Autism spectrum disorder", Prefixes: ids("F84.0"), Sources: icd("F84.0 autistic disorder")},
	{ID: GroupPersonality, Title: "Personality disorders", Prefixes: ids("F60"), Sources: icd("F60 specific personality disorders")},
	{ID: GroupBorderline, Title: "Borderline personality disorder", Prefixes: ids("F60.3"), Sources: icd("F60.3 borderline personality disorder")},
	{ID: GroupNeurocognitive, Title: "Neurocognitive disorders (dementias)", Prefixes: ids("F01", "F02", "F03", "G30"), Sources: icd("F01-F03 dementias; G30 Alzheimer's disease")},
	{ID: GroupIntellectual, Title: "Intellectual disabilities", Prefixes: ids("F70", "F71", "F72", "F73", "F78", "F79"), Sources: icd("F70-F79 intellectual disabilities")},
	{ID: GroupSomatic, Title: "Somatic symptom and related disorders", Prefixes: ids("F45"), Sources: icd("F45 somatoform disorders")},
	{ID: GroupDissociative, Title: "Dissociative disorders", Prefixes: ids("F44"), Sources: icd("F44 dissociative and conversion disorders")},
	{ID: GroupSeizure, Title: "Epilepsy and seizures", Prefixes: ids("G40", "R56"), Medical: true, Sources: icd("G40 epilepsy and recurrent seizures; R56 convulsions, not elsewhere classified")},
	{ID: GroupLongQT, Title: "Long QT syndrome", Prefixes: ids("I45.81"), Medical: true, Sources: icd("I45.81 long QT syndrome")},
	{ID: GroupKidney, Title: "Chronic kidney disease", Prefixes: ids("N18"), Medical: true, Sources: icd("N18 chronic kidney disease (CKD)")},
	{ID: GroupHypothyroid, Title: "Hypothyroidism", Prefixes: ids("E03", "E89.0"), Medical: true, Sources: icd("E03 other hypothyroidism; E89.0 postprocedural hypothyroidism")},
	{ID: GroupLiver, Title: "Liver disease, acute or chronic (viral hepatitis included)", Prefixes: ids("B15", "B16", "B17", "B18", "B19", "K70", "K71", "K72", "K73", "K74", "K75", "K76", "K77"), Medical: true,
		Sources: icd("B15-B19 viral hepatitis; K70-K77 diseases of liver")},
	{ID: GroupChronicLiver, Title: "Chronic liver disease (chronic viral hepatitis included)",
		Prefixes: ids("B18", "K70", "K71.3", "K71.4", "K71.5", "K71.7", "K72.1", "K73", "K74", "K75.81", "K76.0", "K76.6", "K76.7"), Medical: true,
		Sources: []evidence.Source{
			withLocator(srcICD10CM, "B18 chronic viral hepatitis; K72.1 chronic hepatic failure; K72.0 acute and subacute hepatic failure, B15-B17 acute viral hepatitis and B19 unspecified viral hepatitis excluded"),
			srcChronicLiverCodes,
		}},
	{ID: GroupAcuteLiverFailure, Title: "Acute and subacute hepatic failure", Prefixes: ids("K72.0"), Medical: true, Sources: icd("K72.0 acute and subacute hepatic failure")},
}
