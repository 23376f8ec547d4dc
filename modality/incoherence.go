package modality

import (
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
)

// An Incoherence is a way in which a well-formed plan does not hang
// together: a strategy without its defining parts, conflicting stances,
// an unexplained change, a modality for another age group, a clinician
// without recorded training. It is decision support for the clinician, who
// may have reasons the plan does not record; it is never an error.
type Incoherence struct {
	// Problem says which check found it.
	Problem Problem `json:"problem"`
	// Severity is how much it matters.
	Severity Severity `json:"severity"`
	// Paths are the plan elements involved, as JSON paths into the plan
	// ("components/2", "home", "factors/0"), the element the finding is
	// mainly about first.
	Paths []string `json:"paths"`
	// Subjects are the catalog IDs the finding is about, in the order of
	// Paths where they match: modality, technique or orientation IDs, or
	// factor names. They never hold text the user typed.
	Subjects []string `json:"subjects,omitempty"`
	// Explanation says what was found and why it matters, for a
	// clinician, in English.
	Explanation string `json:"explanation"`
	// Action says what to do about it.
	Action string `json:"action"`
	// Sources are the basis of the check.
	Sources []evidence.Source `json:"sources"`
}

// Severity is how much an [Incoherence] matters. The values mirror the CDS
// Hooks card indicators info, warning and critical. The zero value,
// [SeverityUnknown], is invalid. No built-in check is critical: their
// bases are consensus, and some (stabilization before processing) are
// contested.
type Severity uint8

// The values of [Severity], from least to most serious.
const (
	SeverityUnknown Severity = iota
	SeverityInfo
	SeverityWarning
	SeverityCritical
)

var severityNames = []string{
	SeverityUnknown:  "unknown",
	SeverityInfo:     "info",
	SeverityWarning:  "warning",
	SeverityCritical: "critical",
}

// String returns the severity's name, such as "warning". It never panics.
func (s Severity) String() string { return enum.Name(severityNames, s, "Severity") }

// Valid reports whether s is a named value other than [SeverityUnknown].
func (s Severity) Valid() bool { return enum.Valid(severityNames, s) }

// ParseSeverity returns the severity named text ("info", "warning" or
// "critical"). It returns [ErrBadValue] for any other text.
func ParseSeverity(text string) (Severity, error) { return parse[Severity](severityNames, text) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (s Severity) MarshalText() ([]byte, error) {
	return enum.Marshal(severityNames, s, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSeverity].
func (s *Severity) UnmarshalText(text []byte) error {
	return enum.Unmarshal(severityNames, s, text, ErrBadValue)
}

// Problem identifies the check that found an [Incoherence]. Names are
// stable; values are never reused. The zero value, [ProblemUnknown], is
// invalid.
type Problem uint8

// The values of [Problem].
const (
	ProblemUnknown Problem = iota
	// ProblemNoHome: an assimilative plan without exactly one home
	// orientation that is a single school of psychotherapy.
	ProblemNoHome
	// ProblemUnexplainedImport: an assimilative plan imports a technique
	// or modality from outside its home orientation without a rationale.
	ProblemUnexplainedImport
	// ProblemTooFewOrientations: a theoretically integrated plan merges
	// fewer than two psychotherapy orientations.
	ProblemTooFewOrientations
	// ProblemNoFramework: a theoretically integrated plan names no
	// unifying framework.
	ProblemNoFramework
	// ProblemNoIndication: a technically eclectic plan has a component
	// without an indication for this client.
	ProblemNoIndication
	// ProblemNoFactors: a common-factors plan targets no factor.
	ProblemNoFactors
	// ProblemUnmonitoredFactor: a common-factors plan targets a factor
	// without saying how it is monitored.
	ProblemUnmonitoredFactor
	// ProblemConflictingStances: directive and non-directive work
	// planned together in one phase without a rationale.
	ProblemConflictingStances
	// ProblemUnexplainedChange: a change of technique without an
	// explanation for the client.
	ProblemUnexplainedChange
	// ProblemProcessingBeforeStabilization: trauma processing or
	// insight-oriented work with no structured skills work before it,
	// for a client the plan records as not yet stable.
	ProblemProcessingBeforeStabilization
	// ProblemAgeFit: a modality outside the age range it was developed
	// and tested for.
	ProblemAgeFit
	// ProblemUntrainedClinician: a clinician delivering a psychotherapy
	// with no recorded training, certification or supervision in it.
	ProblemUntrainedClinician
	// ProblemPhaseMismatch: a modality planned in a phase of trauma care
	// the catalog does not place it in.
	ProblemPhaseMismatch
	// ProblemEmergingEvidence: a modality whose evidence is emerging.
	ProblemEmergingEvidence
	// ProblemMixedStrategies: a plan with two homes: an assimilative plan
	// that also lists orientations it merges, or a theoretically
	// integrated plan that also records a home orientation.
	ProblemMixedStrategies
)

var problemNames = []string{
	ProblemUnknown:                       "unknown",
	ProblemNoHome:                        "no-home-orientation",
	ProblemUnexplainedImport:             "unexplained-import",
	ProblemTooFewOrientations:            "too-few-orientations",
	ProblemNoFramework:                   "no-unifying-framework",
	ProblemNoIndication:                  "no-indication",
	ProblemNoFactors:                     "no-common-factors",
	ProblemUnmonitoredFactor:             "unmonitored-factor",
	ProblemConflictingStances:            "conflicting-stances",
	ProblemUnexplainedChange:             "unexplained-change",
	ProblemProcessingBeforeStabilization: "processing-before-stabilization",
	ProblemAgeFit:                        "age-fit",
	ProblemUntrainedClinician:            "untrained-clinician",
	ProblemPhaseMismatch:                 "phase-mismatch",
	ProblemEmergingEvidence:              "emerging-evidence",
	ProblemMixedStrategies:               "mixed-strategies",
}

// String returns the problem's name, such as "unexplained-import". It never
// panics.
func (p Problem) String() string { return enum.Name(problemNames, p, "Problem") }

// Valid reports whether p is a named value other than [ProblemUnknown].
func (p Problem) Valid() bool { return enum.Valid(problemNames, p) }

// ParseProblem returns the problem named s. It returns [ErrBadValue] for
// any other text.
func ParseProblem(s string) (Problem, error) { return parse[Problem](problemNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (p Problem) MarshalText() ([]byte, error) { return enum.Marshal(problemNames, p, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseProblem].
func (p *Problem) UnmarshalText(text []byte) error {
	return enum.Unmarshal(problemNames, p, text, ErrBadValue)
}
