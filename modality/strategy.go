package modality

import "github.com/wholeperson/integrative/internal/enum"

// Strategy is one of the four recognised ways of combining psychotherapies
// (Norcross and Goldfried, Handbook of Psychotherapy Integration). The zero
// value, [StrategyUnknown], is invalid.
type Strategy uint8

// The values of [Strategy].
const (
	StrategyUnknown Strategy = iota
	// TheoreticalIntegration synthesises two or more theories into one
	// new framework, such as the transtheoretical model. A plan records
	// the merged orientations and the unifying framework.
	TheoreticalIntegration
	// CommonFactors builds on the ingredients effective therapies share:
	// alliance, empathy, expectations, goal consensus. A plan records the
	// factors it targets and how each is monitored.
	CommonFactors
	// TechnicalEclecticism selects techniques by what works for whom,
	// without unifying their theories. Every component needs an indication
	// for this client.
	TechnicalEclecticism
	// AssimilativeIntegration works from one home orientation and brings
	// in techniques from others, each with a rationale in the home
	// theory's terms.
	AssimilativeIntegration
)

var strategyNames = []string{
	StrategyUnknown:         "unknown",
	TheoreticalIntegration:  "theoretical",
	CommonFactors:           "common-factors",
	TechnicalEclecticism:    "technical-eclecticism",
	AssimilativeIntegration: "assimilative",
}

// strategyAliases are the strategies' names in the integration literature.
var strategyAliases = map[string]Strategy{
	"theoretical integration":  TheoreticalIntegration,
	"assimilative integration": AssimilativeIntegration,
}

// String returns the strategy's name, such as "assimilative". It never
// panics.
func (s Strategy) String() string { return enum.Name(strategyNames, s, "Strategy") }

// Valid reports whether s is a named value other than [StrategyUnknown].
func (s Strategy) Valid() bool { return enum.Valid(strategyNames, s) }

// ParseStrategy returns the strategy named text: "theoretical",
// "common-factors", "technical-eclecticism" or "assimilative", or the
// literature's names "theoretical integration", "common factors",
// "technical eclecticism" and "assimilative integration", in any case and
// with spaces, hyphens or underscores. It returns [ErrBadValue] for any
// other text.
func ParseStrategy(text string) (Strategy, error) {
	return parseWith(strategyNames, strategyAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (s Strategy) MarshalText() ([]byte, error) {
	return enum.Marshal(strategyNames, s, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseStrategy].
func (s *Strategy) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(strategyNames, strategyAliases, s, text, ErrBadValue)
}

// Factor is a common factor of psychotherapy that a common-factors plan
// targets. The zero value, [FactorUnknown], is invalid.
type Factor uint8

// The values of [Factor], from Wampold's contextual model and the
// relationship research it reviews.
const (
	FactorUnknown Factor = iota
	// FactorAlliance: agreement on goals and tasks and the bond between
	// client and therapist.
	FactorAlliance
	// FactorEmpathy: the therapist's understanding of the client's
	// experience, and the client's sense of being understood.
	FactorEmpathy
	// FactorExpectations: the client's belief, built on a credible
	// explanation, that the treatment will help.
	FactorExpectations
	// FactorGoalConsensus: client and therapist agreeing on the goals of
	// treatment and working on them together.
	FactorGoalConsensus
	// FactorCulturalAdaptation: treatment adapted to the client's culture,
	// language and beliefs about illness.
	FactorCulturalAdaptation
)

var factorNames = []string{
	FactorUnknown:            "unknown",
	FactorAlliance:           "alliance",
	FactorEmpathy:            "empathy",
	FactorExpectations:       "expectations",
	FactorGoalConsensus:      "goal-consensus",
	FactorCulturalAdaptation: "cultural-adaptation",
}

// String returns the factor's name, such as "alliance". It never panics.
func (f Factor) String() string { return enum.Name(factorNames, f, "Factor") }

// Valid reports whether f is a named value other than [FactorUnknown].
func (f Factor) Valid() bool { return enum.Valid(factorNames, f) }

// ParseFactor returns the factor named s. It returns [ErrBadValue] for any
// other text.
func ParseFactor(s string) (Factor, error) { return parse[Factor](factorNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (f Factor) MarshalText() ([]byte, error) { return enum.Marshal(factorNames, f, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseFactor].
func (f *Factor) UnmarshalText(text []byte) error {
	return enum.Unmarshal(factorNames, f, text, ErrBadValue)
}
