package integrative

import "github.com/wholeperson/integrative/internal/enum"

// Severity is how urgently a finding needs a clinician's attention. Its
// values are the CDS Hooks card indicators, so a host can return findings
// as CDS Hooks cards without a mapping table. The zero value,
// [SeverityUnknown], is invalid.
//
// # The one scale
//
// The leaf packages grade in their own terms; [Check] maps every grade to
// this scale, and the [Finding] keeps the leaf's grade too:
//
//   - medication: contraindicated → critical; major and moderate →
//     warning; monitor and info → info; except a combination under a boxed
//     warning for the combination (an opioid with a benzodiazepine or
//     another CNS depressant) and valproate when pregnancy is possible,
//     which are critical;
//   - assessment: a same-day or emergency flag (suicide risk) → critical,
//     unless the plan documents a suicide risk assessment and a safety plan
//     made on or after the response's date, and then info (addressed);
//     other flags keep the urgency they carry (routine → info);
//   - modality and traumainformed: findings keep their grade (info or
//     warning; none is critical, since their bases are consensus and, for
//     stabilization before trauma processing, contested).
type Severity uint8

// The values of [Severity], from least to most severe.
const (
	SeverityUnknown Severity = iota
	// SeverityInfo: information or a suggestion; nothing unsafe.
	SeverityInfo
	// SeverityWarning: something a clinician should review before going
	// on.
	SeverityWarning
	// SeverityCritical: a safety problem to act on now.
	SeverityCritical
)

var severityNames = []string{
	SeverityUnknown:  "unknown",
	SeverityInfo:     "info",
	SeverityWarning:  "warning",
	SeverityCritical: "critical",
}

// String returns "info", "warning" or "critical". It never panics.
func (s Severity) String() string { return enum.Name(severityNames, s, "Severity") }

// Valid reports whether s is info, warning or critical.
func (s Severity) Valid() bool { return enum.Valid(severityNames, s) }

// ParseSeverity returns the severity named text ("info", "warning",
// "critical"), in any case. It returns [ErrBadValue] for any other text.
func ParseSeverity(text string) (Severity, error) {
	s, ok := enum.Parse[Severity](severityNames, text)
	if !ok {
		return 0, ErrBadValue
	}
	return s, nil
}

// MarshalText implements [encoding.TextMarshaler]: "" for the zero value,
// [ErrBadValue] for an invalid one.
func (s Severity) MarshalText() ([]byte, error) { return enum.Marshal(severityNames, s, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseSeverity]; empty text is the zero value.
func (s *Severity) UnmarshalText(text []byte) error {
	return enum.Unmarshal(severityNames, s, text, ErrBadValue)
}
