package medication

import (
	"slices"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
)

// Class is the therapeutic or pharmacological class of an agent. Agents
// inherit their class's properties, boxed warnings and trial lengths. The
// zero value is invalid.
type Class uint8

// The classes. Substances and supplements have classes too, so rules can
// name them.
const (
	ClassUnknown Class = iota
	ClassSSRI
	ClassSNRI
	ClassTricyclic
	ClassMAOI
	// ClassNDRI is bupropion.
	ClassNDRI
	// ClassNaSSA is mirtazapine.
	ClassNaSSA
	// ClassSARI is trazodone and nefazodone.
	ClassSARI
	// ClassSerotoninModulator is vilazodone and vortioxetine.
	ClassSerotoninModulator
	ClassLithium
	// ClassAntiepileptic is valproate, lamotrigine, carbamazepine,
	// oxcarbazepine: mood stabilizers that are antiepileptic drugs.
	ClassAntiepileptic
	// ClassFGA is first-generation antipsychotics.
	ClassFGA
	// ClassSGA is second-generation antipsychotics.
	ClassSGA
	ClassBenzodiazepine
	// ClassZDrug is zolpidem, eszopiclone, zaleplon.
	ClassZDrug
	// ClassAnxiolytic is buspirone.
	ClassAnxiolytic
	// ClassAntihistamine is sedating antihistamines such as hydroxyzine.
	ClassAntihistamine
	// ClassAlphaBlocker is prazosin.
	ClassAlphaBlocker
	ClassGabapentinoid
	// ClassStimulant is amphetamines and methylphenidate.
	ClassStimulant
	// ClassNonstimulantADHD is atomoxetine.
	ClassNonstimulantADHD
	// ClassAlpha2Agonist is guanfacine and clonidine.
	ClassAlpha2Agonist
	// ClassOpioidTreatment is methadone and buprenorphine for opioid use
	// disorder.
	ClassOpioidTreatment
	// ClassOpioidAntagonist is naltrexone and naloxone.
	ClassOpioidAntagonist
	// ClassAlcoholTreatment is acamprosate and disulfiram.
	ClassAlcoholTreatment
	// ClassNMDAAntagonist is esketamine.
	ClassNMDAAntagonist
	// ClassMelatoninAgonist is ramelteon.
	ClassMelatoninAgonist
	ClassOpioidAnalgesic
	ClassTriptan
	ClassNSAID
	ClassACEInhibitor
	// ClassARB is angiotensin II receptor blockers.
	ClassARB
	ClassThiazide
	ClassAntibacterial
	ClassMuscleRelaxant
	ClassAntiarrhythmic
	ClassAntitussive
	ClassDecongestant
	ClassAnorectic
	ClassAnticoagulant
	ClassAntiplatelet
	ClassProteaseInhibitor
	ClassAntineoplastic
	// ClassDiagnosticDye is methylene blue.
	ClassDiagnosticDye
	ClassThyroidHormone
	ClassBetaBlocker
	ClassAlcohol
	ClassCannabis
	// ClassTobacco is tobacco and nicotine products.
	ClassTobacco
	// ClassIllicitOpioid is heroin and illicitly made opioids.
	ClassIllicitOpioid
	// ClassIllicitStimulant is cocaine and methamphetamine not prescribed.
	ClassIllicitStimulant
	// ClassEntactogen is MDMA.
	ClassEntactogen
	// ClassBotanicalOpioid is kratom.
	ClassBotanicalOpioid
	// ClassHerb is an herbal product.
	ClassHerb
	// ClassSupplement is a dietary supplement or medical food other than
	// an herb.
	ClassSupplement
	// ClassOther is a drug whose class no rule names (zileuton).
	ClassOther
	// ClassAzapirone is gepirone, a 5-HT1A agonist antidepressant.
	ClassAzapirone
	// ClassOrexinAntagonist is suvorexant, lemborexant and daridorexant.
	ClassOrexinAntagonist
	// ClassWakePromoting is modafinil, armodafinil and solriamfetol.
	ClassWakePromoting
	// ClassSmokingCessation is varenicline.
	ClassSmokingCessation
	// ClassNeurosteroid is zuranolone and brexanolone.
	ClassNeurosteroid
	// ClassVMAT2Inhibitor is valbenazine and deutetrabenazine.
	ClassVMAT2Inhibitor
	// ClassAntiparkinsonAnticholinergic is benztropine.
	ClassAntiparkinsonAnticholinergic
	// ClassCholinesteraseInhibitor is donepezil.
	ClassCholinesteraseInhibitor
	// ClassOxybate is sodium oxybate.
	ClassOxybate
	// ClassMuscarinicAntipsychotic is xanomeline-trospium.
	ClassMuscarinicAntipsychotic
	// ClassHormonalContraceptive is estrogen-containing oral
	// contraceptives.
	ClassHormonalContraceptive
	// ClassImmunosuppressant is cyclosporine.
	ClassImmunosuppressant
	// ClassAntifungal is azole antifungals (ketoconazole).
	ClassAntifungal
	// ClassAntidementia is memantine.
	ClassAntidementia
)

var classNames = []string{
	ClassUnknown:                      "unknown",
	ClassSSRI:                         "ssri",
	ClassSNRI:                         "snri",
	ClassTricyclic:                    "tricyclic",
	ClassMAOI:                         "maoi",
	ClassNDRI:                         "ndri",
	ClassNaSSA:                        "nassa",
	ClassSARI:                         "sari",
	ClassSerotoninModulator:           "serotonin-modulator",
	ClassLithium:                      "lithium",
	ClassAntiepileptic:                "antiepileptic",
	ClassFGA:                          "first-generation-antipsychotic",
	ClassSGA:                          "second-generation-antipsychotic",
	ClassBenzodiazepine:               "benzodiazepine",
	ClassZDrug:                        "z-drug",
	ClassAnxiolytic:                   "anxiolytic",
	ClassAntihistamine:                "antihistamine",
	ClassAlphaBlocker:                 "alpha-blocker",
	ClassGabapentinoid:                "gabapentinoid",
	ClassStimulant:                    "stimulant",
	ClassNonstimulantADHD:             "nonstimulant-adhd",
	ClassAlpha2Agonist:                "alpha2-agonist",
	ClassOpioidTreatment:              "opioid-treatment",
	ClassOpioidAntagonist:             "opioid-antagonist",
	ClassAlcoholTreatment:             "alcohol-treatment",
	ClassNMDAAntagonist:               "nmda-antagonist",
	ClassMelatoninAgonist:             "melatonin-agonist",
	ClassOpioidAnalgesic:              "opioid-analgesic",
	ClassTriptan:                      "triptan",
	ClassNSAID:                        "nsaid",
	ClassACEInhibitor:                 "ace-inhibitor",
	ClassARB:                          "arb",
	ClassThiazide:                     "thiazide",
	ClassAntibacterial:                "antibacterial",
	ClassMuscleRelaxant:               "muscle-relaxant",
	ClassAntiarrhythmic:               "antiarrhythmic",
	ClassAntitussive:                  "antitussive",
	ClassDecongestant:                 "decongestant",
	ClassAnorectic:                    "anorectic",
	ClassAnticoagulant:                "anticoagulant",
	ClassAntiplatelet:                 "antiplatelet",
	ClassProteaseInhibitor:            "protease-inhibitor",
	ClassAntineoplastic:               "antineoplastic",
	ClassDiagnosticDye:                "diagnostic-dye",
	ClassThyroidHormone:               "thyroid-hormone",
	ClassBetaBlocker:                  "beta-blocker",
	ClassAlcohol:                      "alcohol",
	ClassCannabis:                     "cannabis",
	ClassTobacco:                      "tobacco",
	ClassIllicitOpioid:                "illicit-opioid",
	ClassIllicitStimulant:             "illicit-stimulant",
	ClassEntactogen:                   "entactogen",
	ClassBotanicalOpioid:              "botanical-opioid",
	ClassHerb:                         "herb",
	ClassSupplement:                   "supplement",
	ClassOther:                        "other",
	ClassAzapirone:                    "azapirone",
	ClassOrexinAntagonist:             "orexin-antagonist",
	ClassWakePromoting:                "wake-promoting",
	ClassSmokingCessation:             "smoking-cessation",
	ClassNeurosteroid:                 "neurosteroid",
	ClassVMAT2Inhibitor:               "vmat2-inhibitor",
	ClassAntiparkinsonAnticholinergic: "antiparkinson-anticholinergic",
	ClassCholinesteraseInhibitor:      "cholinesterase-inhibitor",
	ClassOxybate:                      "oxybate",
	ClassMuscarinicAntipsychotic:      "muscarinic-antipsychotic",
	ClassHormonalContraceptive:        "hormonal-contraceptive",
	ClassImmunosuppressant:            "immunosuppressant",
	ClassAntifungal:                   "antifungal",
	ClassAntidementia:                 "antidementia",
}

// String returns the name of c, such as "ssri". It never panics.
func (c Class) String() string { return enum.Name(classNames, c, "Class") }

// Valid reports whether c is a named value other than [ClassUnknown].
func (c Class) Valid() bool { return enum.Valid(classNames, c) }

// ParseClass returns the Class named text, ignoring case and the choice of
// separator, or one of its common synonyms ("SSRIs", "TCA", "benzos",
// "opioids"). It returns [ErrBadValue] for any other text.
func ParseClass(text string) (Class, error) { return parse[Class](classNames, classAliases, text) }

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (c Class) MarshalText() ([]byte, error) { return enum.Marshal(classNames, c, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseClass];
// empty text is the zero value.
func (c *Class) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(classNames, classAliases, c, text, ErrBadValue)
}

// Antidepressant reports whether c is an antidepressant class, the classes
// the antidepressant boxed warning, follow-up schedule and adequate-trial
// length apply to.
func (c Class) Antidepressant() bool {
	switch c {
	case ClassSSRI, ClassSNRI, ClassTricyclic, ClassMAOI, ClassNDRI, ClassNaSSA, ClassSARI, ClassSerotoninModulator, ClassAzapirone:
		return true
	}
	return false
}

// A Warning is a boxed warning, or a regulator's warning of equal weight,
// summarised for a clinician.
type Warning struct {
	Text    string            `json:"text"`
	Sources []evidence.Source `json:"sources"`
}

// A Trial says how long a drug of a class needs before its effect can be
// judged.
type Trial struct {
	// OnsetDays is when an effect is usually seen, if the drug is going to
	// work.
	OnsetDays int `json:"onsetDays"`
	// AdequateDays is the shortest time on a usual dose that counts as an
	// adequate trial.
	AdequateDays int               `json:"adequateDays"`
	Sources      []evidence.Source `json:"sources"`
}

// A ClassInfo is what the catalog says of a class as a whole.
type ClassInfo struct {
	Class Class `json:"class"`
	// Claims are the properties every member has.
	Claims   []Claim   `json:"claims,omitempty"`
	Warnings []Warning `json:"warnings,omitempty"`
	// Trial is set for classes whose adequate-trial length is published.
	Trial *Trial `json:"trial,omitempty"`
}

// Properties returns the union of the class's claims.
func (ci ClassInfo) Properties() Properties {
	var p Properties
	for _, c := range ci.Claims {
		p |= c.Properties
	}
	return p
}

func (ci ClassInfo) clone() ClassInfo {
	ci.Claims = cloneClaims(ci.Claims)
	ci.Warnings = cloneWarnings(ci.Warnings)
	if ci.Trial != nil {
		t := *ci.Trial
		t.Sources = slices.Clone(t.Sources)
		ci.Trial = &t
	}
	return ci
}

func cloneClaims(cs []Claim) []Claim {
	out := slices.Clone(cs)
	for i := range out {
		out[i].Sources = slices.Clone(out[i].Sources)
	}
	return out
}

func cloneWarnings(ws []Warning) []Warning {
	out := slices.Clone(ws)
	for i := range out {
		out[i].Sources = slices.Clone(out[i].Sources)
	}
	return out
}
