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
// own claims, every one with a source.
const (
	// Serotonergic: raises serotonergic activity enough to contribute to
	// serotonin syndrome.
	Serotonergic Properties = 1 << iota
	// MAOInhibitor: a monoamine oxidase inhibitor used as such
	// (phenelzine, tranylcypromine, isocarboxazid, selegiline,
	// procarbazine, moclobemide), the precipitants of the ONC pairs.
	MAOInhibitor
	// MAOInhibitingOther: a drug with MAO-A inhibiting action used for
	// another purpose (linezolid, intravenous methylene blue).
	MAOInhibitingOther
	// QTProlonging: known risk of QT prolongation and torsades de pointes.
	QTProlonging
	// QTContraindicating: labeled as contraindicated with other
	// QT-prolonging drugs (thioridazine, pimozide, ziprasidone).
	QTContraindicating
	// CNSDepressant: sedation and respiratory depression add up with other
	// CNS depressants.
	CNSDepressant
	// OpioidAgonist: a full mu-opioid agonist.
	OpioidAgonist
	// OpioidPartialAgonist: a partial mu-opioid agonist (buprenorphine).
	OpioidPartialAgonist
	// OpioidAntagonist: a mu-opioid antagonist (naltrexone).
	OpioidAntagonist
	// Sympathomimetic: releases or mimics noradrenaline and dopamine
	// (amphetamines, methylphenidate, atomoxetine, pseudoephedrine).
	Sympathomimetic
	// LowersSeizureThreshold: dose-related seizure risk.
	LowersSeizureThreshold
	// Anticholinergic: strong antimuscarinic action.
	Anticholinergic
	// RaisesLithium: reduces renal lithium clearance (NSAIDs, ACE
	// inhibitors, ARBs, thiazides).
	RaisesLithium
	// CYP1A2InhibitorStrong: strong inhibitor of CYP1A2 (fluvoxamine,
	// ciprofloxacin).
	CYP1A2InhibitorStrong
	// CYP1A2Inducer: induces CYP1A2 (tobacco smoke).
	CYP1A2Inducer
	// CYP2D6InhibitorStrong: strong inhibitor of CYP2D6 (fluoxetine,
	// paroxetine, bupropion).
	CYP2D6InhibitorStrong
	// CYP3A4InducerStrong: strong inducer of CYP3A4 (carbamazepine, St
	// John's wort).
	CYP3A4InducerStrong
	// CYP3A4Substrate: a drug whose levels fall meaningfully when CYP3A4
	// is induced.
	CYP3A4Substrate
	// AffectsBleeding: impairs platelet function or clotting (NSAIDs,
	// anticoagulants, omega-3, ginkgo).
	AffectsBleeding
	// Anticoagulant: an oral anticoagulant.
	Anticoagulant
	// Hepatotoxic: a recognized signal of liver injury.
	Hepatotoxic

	propertyCount = iota
)

var propertyNames = [propertyCount]string{
	"serotonergic",
	"mao-inhibitor",
	"mao-inhibiting-other",
	"qt-prolonging",
	"qt-contraindicating",
	"cns-depressant",
	"opioid-agonist",
	"opioid-partial-agonist",
	"opioid-antagonist",
	"sympathomimetic",
	"lowers-seizure-threshold",
	"anticholinergic",
	"raises-lithium",
	"cyp1a2-inhibitor-strong",
	"cyp1a2-inducer",
	"cyp2d6-inhibitor-strong",
	"cyp3a4-inducer-strong",
	"cyp3a4-substrate",
	"affects-bleeding",
	"anticoagulant",
	"hepatotoxic",
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
