package traumainformed

import (
	"slices"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
)

// DomainID names one of SAMHSA's ten implementation domains: the areas of
// an organization that change when it adopts a trauma-informed approach.
// The zero value, [DomainUnknown], is invalid. Domains describe an
// organization, not one client's plan, so the audit does not score them;
// they are listed so that a host can point a gap at the organizational work
// behind it.
type DomainID uint8

// The ten implementation domains, in the order of SAMHSA (2014).
const (
	DomainUnknown DomainID = iota
	DomainGovernance
	DomainPolicy
	DomainPhysicalEnvironment
	DomainEngagement
	DomainCrossSector
	DomainScreeningTreatment
	DomainTraining
	DomainMonitoring
	DomainFinancing
	DomainEvaluation
)

var domainNames = []string{
	DomainUnknown:             "unknown",
	DomainGovernance:          "governance-and-leadership",
	DomainPolicy:              "policy",
	DomainPhysicalEnvironment: "physical-environment",
	DomainEngagement:          "engagement-and-involvement",
	DomainCrossSector:         "cross-sector-collaboration",
	DomainScreeningTreatment:  "screening-assessment-treatment-services",
	DomainTraining:            "training-and-workforce-development",
	DomainMonitoring:          "progress-monitoring-and-quality-assurance",
	DomainFinancing:           "financing",
	DomainEvaluation:          "evaluation",
}

// domainAliases are SAMHSA's names for the domains, as written in the
// 2014 document, and short forms.
var domainAliases = map[string]DomainID{
	"governance": DomainGovernance,
	"leadership": DomainGovernance,
	"engagement": DomainEngagement,
	"screening, assessment, treatment services": DomainScreeningTreatment,
	"screening, assessment and treatment":       DomainScreeningTreatment,
	"workforce development":                     DomainTraining,
	"training":                                  DomainTraining,
	"quality assurance":                         DomainMonitoring,
	"progress monitoring":                       DomainMonitoring,
}

// String returns the domain's identifier, such as "policy". It never
// panics.
func (d DomainID) String() string { return enum.Name(domainNames, d, "DomainID") }

// Valid reports whether d is one of the ten domains.
func (d DomainID) Valid() bool { return enum.Valid(domainNames, d) }

// ParseDomainID returns the domain whose identifier is text, or whose
// SAMHSA name it is ("Screening, Assessment, Treatment Services"), or a
// short form ("governance", "training"). Case, surrounding space and the
// separator ('-', '_' or ' ') do not matter. It returns [ErrBadValue] for
// any other text.
func ParseDomainID(text string) (DomainID, error) { return parse(domainNames, domainAliases, text) }

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (d DomainID) MarshalText() ([]byte, error) {
	return enum.Marshal(domainNames, d, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDomainID]; empty
// text is the zero value, which validation reports where a value is
// required.
func (d *DomainID) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(domainNames, domainAliases, d, text, ErrBadValue)
}

// A Domain is one of SAMHSA's ten implementation domains.
type Domain struct {
	ID DomainID `json:"id"`
	// Name is SAMHSA's name for the domain.
	Name string `json:"name"`
	// Description says what the domain covers, in this package's words.
	Description string `json:"description"`
	// Sources support the entry.
	Sources []evidence.Source `json:"sources"`
}

func (d Domain) clone() Domain {
	d.Sources = slices.Clone(d.Sources)
	return d
}

// LookupDomain returns a copy of the implementation domain with the given
// ID.
func LookupDomain(id DomainID) (Domain, bool) {
	if !id.Valid() {
		return Domain{}, false
	}
	return domains[id-1].clone(), true
}

// Domains returns copies of the ten implementation domains in SAMHSA's
// order.
func Domains() []Domain {
	out := make([]Domain, len(domains))
	for i, d := range domains {
		out[i] = d.clone()
	}
	return out
}
