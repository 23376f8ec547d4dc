package medication

import (
	"math/bits"
	"strings"

	"github.com/wholeperson/integrative/evidence"
)

// Properties is a set of pharmacological properties that drive interaction
// rules, as a bitset: a rule keyed on [Serotonergic] applies to every agent
// with that bit, so a drug added to the catalog inherits the rules that fit
// it. Combine properties with |.
type Properties uint64

// The properties. Each agent's properties come from its class and from its
// own claims, every one with a source. The CYP bits follow the FDA's
// classification of clinical inhibitors, inducers and substrates; what an
// interaction means for a given substrate comes from that substrate's label,
// in the interaction rules.
const (
	// Serotonergic: raises serotonergic activity enough to contribute to
	// serotonin syndrome with other serotonergic agents.
	Serotonergic Properties = 1 << iota
	// MAOInhibitor: a monoamine oxidase inhibitor used as such
	// (phenelzine, tranylcypromine, isocarboxazid, selegiline,
	// procarbazine, moclobemide), the precipitants of the ONC pairs.
	MAOInhibitor
	// MAOInhibitingOther: a drug with MAO-A inhibiting action used for
	// another purpose (linezolid, intravenous methylene blue).
	MAOInhibitingOther
	// QTProlonging: its label or the CredibleMeds list records QT prolongation
	// or torsades de pointes.
	QTProlonging
	// QTKnownRisk: on the CredibleMeds list of drugs with known risk of
	// torsades de pointes, the membership used for ONC pair 8.
	QTKnownRisk
	// QTAvoidCombination: its label says to avoid other QT-prolonging drugs
	// (quetiapine, citalopram, asenapine).
	QTAvoidCombination
	// QTContraindicating: its label contraindicates other QT-prolonging drugs
	// (thioridazine, pimozide, ziprasidone).
	QTContraindicating
	// CNSDepressant: sedation and respiratory depression add up with other
	// CNS depressants.
	CNSDepressant
	// OpioidAgonist: a full mu-opioid agonist.
	OpioidAgonist
	// OpioidPartialAgonist: a partial mu-opioid agonist (buprenorphine).
	OpioidPartialAgonist
	// OpioidAntagonist: a mu-opioid antagonist (naltrexone, samidorphan).
	OpioidAntagonist
	// Sympathomimetic: releases or mimics noradrenaline and dopamine
	// (amphetamines, methylphenidate, atomoxetine, pseudoephedrine).
	Sympathomimetic
	// LowersSeizureThreshold: its label warns of dose-related seizures or a
	// lowered seizure threshold.
	LowersSeizureThreshold
	// Anticholinergic: strong antimuscarinic action.
	Anticholinergic
	// RaisesLithium: reduces renal lithium clearance (NSAIDs, ACE
	// inhibitors, ARBs, thiazides).
	RaisesLithium
	// AffectsBleeding: impairs platelet function or clotting (NSAIDs,
	// anticoagulants, antiplatelets, omega-3, ginkgo).
	AffectsBleeding
	// Anticoagulant: an oral anticoagulant.
	Anticoagulant
	// SerotoninReuptakeBleeding: blocks platelet serotonin reuptake; its label warns
	// that bleeding risk rises with NSAIDs, aspirin and anticoagulants (SSRIs,
	// SNRIs, vilazodone, vortioxetine).
	SerotoninReuptakeBleeding
	// Hepatotoxic: a recognized signal of liver injury.
	Hepatotoxic
	// InducesGlucuronidation: induces the glucuronidation that clears
	// lamotrigine (carbamazepine, estrogen-containing contraceptives).
	InducesGlucuronidation
	// CYP1A2InhibitorStrong: a strong inhibitor of CYP1A2 (FDA classification: raises
	// a sensitive substrate's exposure 5-fold or more).
	CYP1A2InhibitorStrong
	// CYP1A2InhibitorModerate: a moderate inhibitor of CYP1A2 (2- to 5-fold).
	CYP1A2InhibitorModerate
	// CYP1A2InducerStrong: a strong inducer of CYP1A2 (lowers a sensitive substrate's
	// exposure by 80% or more).
	CYP1A2InducerStrong
	// CYP1A2InducerModerate: a moderate inducer of CYP1A2 (by 50-80%).
	CYP1A2InducerModerate
	// CYP1A2SensitiveSubstrate: a sensitive substrate of CYP1A2: FDA lists it as one
	// whose exposure a strong inhibitor raises 5-fold or more.
	CYP1A2SensitiveSubstrate
	// CYP2B6InhibitorStrong: a strong inhibitor of CYP2B6 (FDA classification: raises
	// a sensitive substrate's exposure 5-fold or more).
	CYP2B6InhibitorStrong
	// CYP2B6InhibitorModerate: a moderate inhibitor of CYP2B6 (2- to 5-fold).
	CYP2B6InhibitorModerate
	// CYP2B6InducerStrong: a strong inducer of CYP2B6 (lowers a sensitive substrate's
	// exposure by 80% or more).
	CYP2B6InducerStrong
	// CYP2B6InducerModerate: a moderate inducer of CYP2B6 (by 50-80%).
	CYP2B6InducerModerate
	// CYP2B6SensitiveSubstrate: a sensitive substrate of CYP2B6: FDA lists it as one
	// whose exposure a strong inhibitor raises 5-fold or more.
	CYP2B6SensitiveSubstrate
	// CYP2C9InhibitorStrong: a strong inhibitor of CYP2C9 (FDA classification: raises
	// a sensitive substrate's exposure 5-fold or more).
	CYP2C9InhibitorStrong
	// CYP2C9InhibitorModerate: a moderate inhibitor of CYP2C9 (2- to 5-fold).
	CYP2C9InhibitorModerate
	// CYP2C9InducerStrong: a strong inducer of CYP2C9 (lowers a sensitive substrate's
	// exposure by 80% or more).
	CYP2C9InducerStrong
	// CYP2C9InducerModerate: a moderate inducer of CYP2C9 (by 50-80%).
	CYP2C9InducerModerate
	// CYP2C9SensitiveSubstrate: a sensitive substrate of CYP2C9: FDA lists it as one
	// whose exposure a strong inhibitor raises 5-fold or more.
	CYP2C9SensitiveSubstrate
	// CYP2C19InhibitorStrong: a strong inhibitor of CYP2C19 (FDA classification: raises
	// a sensitive substrate's exposure 5-fold or more).
	CYP2C19InhibitorStrong
	// CYP2C19InhibitorModerate: a moderate inhibitor of CYP2C19 (2- to 5-fold).
	CYP2C19InhibitorModerate
	// CYP2C19InducerStrong: a strong inducer of CYP2C19 (lowers a sensitive substrate's
	// exposure by 80% or more).
	CYP2C19InducerStrong
	// CYP2C19InducerModerate: a moderate inducer of CYP2C19 (by 50-80%).
	CYP2C19InducerModerate
	// CYP2C19SensitiveSubstrate: a sensitive substrate of CYP2C19: FDA lists it as one
	// whose exposure a strong inhibitor raises 5-fold or more.
	CYP2C19SensitiveSubstrate
	// CYP2D6InhibitorStrong: a strong inhibitor of CYP2D6 (FDA classification: raises
	// a sensitive substrate's exposure 5-fold or more).
	CYP2D6InhibitorStrong
	// CYP2D6InhibitorModerate: a moderate inhibitor of CYP2D6 (2- to 5-fold).
	CYP2D6InhibitorModerate
	// CYP2D6InducerStrong: a strong inducer of CYP2D6 (lowers a sensitive substrate's
	// exposure by 80% or more).
	CYP2D6InducerStrong
	// CYP2D6InducerModerate: a moderate inducer of CYP2D6 (by 50-80%).
	CYP2D6InducerModerate
	// CYP2D6SensitiveSubstrate: a sensitive substrate of CYP2D6: FDA lists it as one
	// whose exposure a strong inhibitor raises 5-fold or more.
	CYP2D6SensitiveSubstrate
	// CYP3A4InhibitorStrong: a strong inhibitor of CYP3A4 (FDA classification: raises
	// a sensitive substrate's exposure 5-fold or more).
	CYP3A4InhibitorStrong
	// CYP3A4InhibitorModerate: a moderate inhibitor of CYP3A4 (2- to 5-fold).
	CYP3A4InhibitorModerate
	// CYP3A4InducerStrong: a strong inducer of CYP3A4 (lowers a sensitive substrate's
	// exposure by 80% or more).
	CYP3A4InducerStrong
	// CYP3A4InducerModerate: a moderate inducer of CYP3A4 (by 50-80%).
	CYP3A4InducerModerate
	// CYP3A4SensitiveSubstrate: a sensitive substrate of CYP3A4: FDA lists it as one
	// whose exposure a strong inhibitor raises 5-fold or more.
	CYP3A4SensitiveSubstrate
	// CYP2D6Prodrug: activated by CYP2D6 (codeine, tramadol); inhibitors
	// lower its effect and change its toxicity.
	CYP2D6Prodrug

	propertyCount = iota
)

var propertyNames = [propertyCount]string{
	"serotonergic",
	"mao-inhibitor",
	"mao-inhibiting-other",
	"qt-prolonging",
	"qt-known-risk",
	"qt-avoid-combination",
	"qt-contraindicating",
	"cns-depressant",
	"opioid-agonist",
	"opioid-partial-agonist",
	"opioid-antagonist",
	"sympathomimetic",
	"lowers-seizure-threshold",
	"anticholinergic",
	"raises-lithium",
	"affects-bleeding",
	"anticoagulant",
	"serotonin-reuptake-bleeding",
	"hepatotoxic",
	"induces-glucuronidation",
	"cyp1a2-inhibitor-strong",
	"cyp1a2-inhibitor-moderate",
	"cyp1a2-inducer-strong",
	"cyp1a2-inducer-moderate",
	"cyp1a2-sensitive-substrate",
	"cyp2b6-inhibitor-strong",
	"cyp2b6-inhibitor-moderate",
	"cyp2b6-inducer-strong",
	"cyp2b6-inducer-moderate",
	"cyp2b6-sensitive-substrate",
	"cyp2c9-inhibitor-strong",
	"cyp2c9-inhibitor-moderate",
	"cyp2c9-inducer-strong",
	"cyp2c9-inducer-moderate",
	"cyp2c9-sensitive-substrate",
	"cyp2c19-inhibitor-strong",
	"cyp2c19-inhibitor-moderate",
	"cyp2c19-inducer-strong",
	"cyp2c19-inducer-moderate",
	"cyp2c19-sensitive-substrate",
	"cyp2d6-inhibitor-strong",
	"cyp2d6-inhibitor-moderate",
	"cyp2d6-inducer-strong",
	"cyp2d6-inducer-moderate",
	"cyp2d6-sensitive-substrate",
	"cyp3a4-inhibitor-strong",
	"cyp3a4-inhibitor-moderate",
	"cyp3a4-inducer-strong",
	"cyp3a4-inducer-moderate",
	"cyp3a4-sensitive-substrate",
	"cyp2d6-prodrug",
}

// Has reports whether p holds every property in q.
func (p Properties) Has(q Properties) bool { return p&q == q }

// Any reports whether p holds at least one property in q.
func (p Properties) Any(q Properties) bool { return p&q != 0 }

// String lists the names of the properties in p, separated by "|", in bit
// order, such as "serotonergic|qt-prolonging"; "" for the empty set. Bits
// that name no property print as "bit(n)". It never panics.
func (p Properties) String() string {
	var b strings.Builder
	for p != 0 {
		i := bits.TrailingZeros64(uint64(p))
		p &^= 1 << i
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		if i < propertyCount {
			b.WriteString(propertyNames[i])
		} else {
			b.WriteString("bit(")
			b.WriteString(itoa(i))
			b.WriteByte(')')
		}
	}
	return b.String()
}

// ParseProperties parses a list of property names separated by "|", as
// [Properties.String] writes it. It returns [ErrBadValue] for an unknown
// name.
func ParseProperties(text string) (Properties, error) {
	var p Properties
	if text == "" {
		return 0, nil
	}
	for part := range strings.SplitSeq(text, "|") {
		found := false
		for i, n := range propertyNames {
			if n == part {
				p |= 1 << i
				found = true
				break
			}
		}
		if !found {
			return 0, ErrBadValue
		}
	}
	return p, nil
}

// MarshalText implements [encoding.TextMarshaler] with [Properties.String].
// It returns [ErrBadValue] for bits that name no property.
func (p Properties) MarshalText() ([]byte, error) {
	if p>>propertyCount != 0 {
		return nil, ErrBadValue
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseProperties].
func (p *Properties) UnmarshalText(text []byte) error {
	v, err := ParseProperties(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// A Claim states that an agent or class has some properties, with the
// sources that say so.
type Claim struct {
	Properties Properties        `json:"properties"`
	Sources    []evidence.Source `json:"sources"`
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var buf [20]byte
	n := len(buf)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		buf[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		buf[n] = '-'
	}
	return string(buf[n:])
}
