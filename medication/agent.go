package medication

import (
	"slices"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

// AgentID is the stable identifier of a catalog agent: its generic name in
// lower case with hyphens, such as "sertraline" or "st-johns-wort".
type AgentID string

// RxCUI is an RxNorm concept identifier: for catalog agents, the RxNorm
// ingredient (TTY IN) code, such as "36437" for sertraline. RxNorm codes are
// public domain (National Library of Medicine).
type RxCUI string

// RxNormSystem is the FHIR code-system URI of RxNorm.
const RxNormSystem = "http://www.nlm.nih.gov/research/umls/rxnorm"

// Valid reports whether c is well formed: 1 to 8 decimal digits without a
// leading zero.
func (c RxCUI) Valid() bool {
	if len(c) == 0 || len(c) > 8 || c[0] == '0' {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// An Agent is anything a person takes that the checks know about: a
// prescribed drug, a substance, an herb or supplement. Every datum carries
// its sources.
type Agent struct {
	ID   AgentID `json:"id"`
	Kind Kind    `json:"kind"`
	// Name is the generic or common name, in lower case.
	Name string `json:"name"`
	// Brands are brand names, as written by their makers.
	Brands []string `json:"brands,omitempty"`
	// Synonyms are other names the agent is known by: salt forms, common
	// and street names ("ethanol", "hypericum").
	Synonyms []string `json:"synonyms,omitempty"`
	// RxNorm is the RxNorm ingredient code. It is empty where the code was
	// not verified against a source.
	RxNorm RxCUI `json:"rxnorm,omitempty"`
	Class  Class `json:"class"`
	// Claims are properties beyond those of the class.
	Claims []Claim `json:"claims,omitempty"`
	// Ingredients are the catalog agents a combination product contains
	// (Symbyax: olanzapine and fluoxetine). The checks treat a combination
	// product as its ingredients; its own Doses are stated in milligrams of
	// the first ingredient, as its label states them. Empty for a single
	// agent.
	Ingredients []AgentID `json:"ingredients,omitempty"`
	// Products are branded forms whose labeled dose differs from the
	// agent's (a salt dosed by its own weight, a weekly form). A
	// prescription names one in [Prescription.Product].
	Products []Product `json:"products,omitempty"`
	// Units are the units a dose may be written in. Empty means the mass
	// units mg, mcg and g.
	Units []Unit `json:"units,omitempty"`
	// Doses are the labeled and usual adult daily doses, by formulation.
	Doses []DoseRange `json:"doses,omitempty"`
	// Washout is the drug-free interval in days needed after stopping this
	// agent before starting an agent it interacts with, where it is longer
	// than the interaction rule's (fluoxetine: 35 days before an MAOI).
	Washout        int               `json:"washout,omitempty"`
	WashoutSources []evidence.Source `json:"washoutSources,omitempty"`
	// Warnings are boxed warnings beyond those of the class.
	Warnings []Warning `json:"warnings,omitempty"`
	// Sources support the agent's identity: names, code and class.
	Sources []evidence.Source `json:"sources"`
}

// A Product is a branded form of an agent dosed as its own label states:
// Aplenzin is bupropion hydrobromide (522 mg is equivalent to 450 mg of the
// hydrochloride), Prozac Weekly is fluoxetine taken once a week.
type Product struct {
	// Name is the brand name; it resolves to the agent like any brand.
	Name string `json:"name"`
	// Release is the product's formulation.
	Release Release `json:"release,omitempty"`
	// Frequency is the schedule the product is labeled for, if it has
	// only one; a prescription that states none takes it.
	Frequency Frequency `json:"frequency,omitempty"`
	// Doses are the product's labeled daily doses, in milligrams of the
	// product as written.
	Doses   []DoseRange       `json:"doses"`
	Sources []evidence.Source `json:"sources"`
}

// A DoseRange is the adult daily dose of one formulation, in milligrams per
// day for oral and sublingual use.
type DoseRange struct {
	// Release is the formulation it applies to. [ReleaseUnknown] means any
	// formulation.
	Release Release `json:"release,omitempty"`
	// UsualMin and UsualMax bound the usual therapeutic dose; 0 when not
	// published.
	UsualMin float64 `json:"usualMin,omitempty"`
	UsualMax float64 `json:"usualMax,omitempty"`
	// Max is the labeled maximum; 0 when not published.
	Max float64 `json:"max,omitempty"`
	// MaxSingle is the labeled maximum of one administration (bupropion
	// immediate release: 150 mg); 0 when not published.
	MaxSingle float64 `json:"maxSingle,omitempty"`
	// Groups, when set, make the range apply only to a person with a
	// condition in one of them (paroxetine up to 60 mg a day for OCD and
	// panic disorder); the range with the highest maximum that applies is
	// used.
	Groups  []assessment.GroupID `json:"groups,omitempty"`
	Sources []evidence.Source    `json:"sources"`
	// Limits are lower maxima for groups of people.
	Limits []PopulationLimit `json:"limits,omitempty"`
}

// A PopulationLimit is a maximum daily dose for a group of people, such as
// citalopram 20 mg a day over age 60.
type PopulationLimit struct {
	// MinAge is the youngest age the limit applies to; 0 for any age.
	MinAge int `json:"minAge,omitempty"`
	// Sex restricts the limit to one sex; [assessment.SexUnknown] for
	// both.
	Sex assessment.Sex `json:"sex,omitempty"`
	// Max is the limit in mg per day.
	Max float64 `json:"max"`
	// Reason says, for a clinician, why the limit exists.
	Reason string `json:"reason"`
	// Severity grades a dose above the limit.
	Severity Severity          `json:"severity"`
	Sources  []evidence.Source `json:"sources"`
}

// applies reports whether the limit covers client c.
func (l PopulationLimit) applies(c assessment.Client) bool {
	if l.MinAge > 0 && c.Age < l.MinAge {
		return false
	}
	if l.Sex != assessment.SexUnknown && c.Sex != l.Sex {
		return false
	}
	return true
}

// allowsUnit reports whether a dose of a may be written in u.
func (a *Agent) allowsUnit(u Unit) bool {
	if len(a.Units) == 0 {
		return u == UnitMg || u == UnitMcg || u == UnitG
	}
	return slices.Contains(a.Units, u)
}

// doseFor returns the dose range of a formulation for a person with the
// given condition groups: among the ranges for the exact release (else for
// any release, else, for an unstated release, the immediate-release ones),
// the general range, or an indication range that applies to the person and
// allows more.
func doseFor(doses []DoseRange, r Release, groups []assessment.GroupID) (DoseRange, bool) {
	pick := func(match func(Release) bool) (DoseRange, bool) {
		var best *DoseRange
		for i := range doses {
			d := &doses[i]
			if !match(d.Release) {
				continue
			}
			if len(d.Groups) > 0 && !anyGroup(d.Groups, groups) {
				continue
			}
			if best == nil || (len(d.Groups) > 0 && d.Max > best.Max) {
				best = d
			}
		}
		if best == nil {
			return DoseRange{}, false
		}
		return *best, true
	}
	if r != ReleaseUnknown {
		if d, ok := pick(func(x Release) bool { return x == r }); ok {
			return d, true
		}
	}
	if d, ok := pick(func(x Release) bool { return x == ReleaseUnknown }); ok {
		return d, true
	}
	if r == ReleaseUnknown {
		return pick(func(x Release) bool { return x == ReleaseImmediate })
	}
	return DoseRange{}, false
}

func anyGroup(want, have []assessment.GroupID) bool {
	for _, g := range want {
		if slices.Contains(have, g) {
			return true
		}
	}
	return false
}

// product returns the agent's product named name, or nil.
func (a *Agent) product(name string) *Product {
	for i := range a.Products {
		if a.Products[i].Name == name {
			return &a.Products[i]
		}
	}
	return nil
}

func cloneDoses(ds []DoseRange) []DoseRange {
	out := slices.Clone(ds)
	for i := range out {
		out[i].Sources = slices.Clone(out[i].Sources)
		out[i].Groups = slices.Clone(out[i].Groups)
		out[i].Limits = slices.Clone(out[i].Limits)
		for j := range out[i].Limits {
			out[i].Limits[j].Sources = slices.Clone(out[i].Limits[j].Sources)
		}
	}
	return out
}

func (a Agent) clone() Agent {
	a.Brands = slices.Clone(a.Brands)
	a.Synonyms = slices.Clone(a.Synonyms)
	a.Claims = cloneClaims(a.Claims)
	a.Units = slices.Clone(a.Units)
	a.Doses = cloneDoses(a.Doses)
	a.Ingredients = slices.Clone(a.Ingredients)
	a.Products = slices.Clone(a.Products)
	for i := range a.Products {
		a.Products[i].Doses = cloneDoses(a.Products[i].Doses)
		a.Products[i].Sources = slices.Clone(a.Products[i].Sources)
	}
	a.WashoutSources = slices.Clone(a.WashoutSources)
	a.Warnings = cloneWarnings(a.Warnings)
	a.Sources = slices.Clone(a.Sources)
	return a
}
