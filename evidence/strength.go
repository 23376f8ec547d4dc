package evidence

import (
	"errors"

	"github.com/wholeperson/integrative/internal/enum"
)

// Strength is the kind of basis a claim rests on, from the most to the least
// authoritative. The zero value, [StrengthUnknown], is invalid.
type Strength uint8

// The strengths of evidence, strongest first.
const (
	StrengthUnknown Strength = iota
	// StrengthRegulatory is a regulator's text: an FDA label, boxed warning,
	// REMS or safety communication.
	StrengthRegulatory
	// StrengthGuideline is a clinical practice guideline from a recognised
	// body (APA, NICE, VA/DoD, CANMAT, AASM, SAMHSA TIP, ...), or an
	// instrument's scoring rule as its authors published it.
	StrengthGuideline
	// StrengthConsensus is expert consensus, a consensus statement or a
	// systematic review without a guideline recommendation.
	StrengthConsensus
	// StrengthEmerging is emerging evidence: pilot trials, case series,
	// single studies or case reports.
	StrengthEmerging
)

var strengthNames = []string{
	StrengthUnknown:    "unknown",
	StrengthRegulatory: "regulatory",
	StrengthGuideline:  "guideline",
	StrengthConsensus:  "consensus",
	StrengthEmerging:   "emerging",
}

// String returns the strength's name, such as "guideline". It never panics:
// an out-of-range value prints as "Strength(n)".
func (s Strength) String() string { return enum.Name(strengthNames, s, "Strength") }

// Valid reports whether s is one of the named strengths other than
// [StrengthUnknown].
func (s Strength) Valid() bool { return enum.Valid(strengthNames, s) }

// ErrBadStrength is returned by [ParseStrength], [Strength.MarshalText] and
// [Strength.UnmarshalText] for a value that is not a valid strength.
var ErrBadStrength = errors.New("evidence: unknown strength")

// ParseStrength returns the strength named s ("regulatory", "guideline",
// "consensus" or "emerging"). It returns [ErrBadStrength] for any other
// text, including "unknown".
func ParseStrength(s string) (Strength, error) {
	v, ok := enum.Parse[Strength](strengthNames, s)
	if !ok {
		return StrengthUnknown, ErrBadStrength
	}
	return v, nil
}

// MarshalText implements [encoding.TextMarshaler]. It returns
// [ErrBadStrength] for an invalid strength, so that an unset value is never
// written out as if it were data.
func (s Strength) MarshalText() ([]byte, error) {
	return enum.Marshal(strengthNames, s, ErrBadStrength)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseStrength].
func (s *Strength) UnmarshalText(text []byte) error {
	return enum.Unmarshal(strengthNames, s, text, ErrBadStrength)
}
