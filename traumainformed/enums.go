package traumainformed

import "github.com/wholeperson/integrative/internal/enum"

// parse is the Parse function shared by this package's enumerations: it
// accepts a value's name or one of its aliases, ignoring case, surrounding
// space and the choice of separator ('-', '_' or ' ').
func parse[T ~uint8](names []string, aliases map[string]T, text string) (T, error) {
	v, ok := enum.ParseWith(names, aliases, text)
	if !ok {
		return 0, ErrBadValue
	}
	return v, nil
}

// Severity is how strongly a result asks for attention. It matches the CDS
// Hooks card indicators info and warning. Nothing this package reports is
// critical: the trauma-informed lens and phase-oriented care rest on
// consensus guidance, and the phase questions are contested. The zero value,
// [SeverityUnknown], is invalid.
type Severity uint8

// The severities, least urgent first.
const (
	SeverityUnknown Severity = iota
	// SeverityInfo: of interest; worth considering at the next review.
	SeverityInfo
	// SeverityWarning: relevant now; should be considered before the plan
	// goes ahead.
	SeverityWarning
)

var severityNames = []string{
	SeverityUnknown: "unknown",
	SeverityInfo:    "info",
	SeverityWarning: "warning",
}

// severityAliases are other names hosts send for severities.
var severityAliases = map[string]Severity{
	"information":   SeverityInfo,
	"informational": SeverityInfo,
	"warn":          SeverityWarning,
}

// String returns the severity's name, "info" or "warning". It never panics:
// an out-of-range value prints as "Severity(n)".
func (s Severity) String() string { return enum.Name(severityNames, s, "Severity") }

// Valid reports whether s is info or warning.
func (s Severity) Valid() bool { return enum.Valid(severityNames, s) }

// ParseSeverity returns the severity named text ("info" or "warning"), or
// by a synonym ("informational", "warn"). Case, surrounding space and the
// separator ('-', '_' or ' ') do not matter. It returns [ErrBadValue] for
// any other text, "critical" included.
func ParseSeverity(text string) (Severity, error) { return parse(severityNames, severityAliases, text) }

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (s Severity) MarshalText() ([]byte, error) {
	return enum.Marshal(severityNames, s, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSeverity]; empty
// text is the zero value, which validation reports where a value is
// required.
func (s *Severity) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(severityNames, severityAliases, s, text, ErrBadValue)
}
