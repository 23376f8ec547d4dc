package medication

import "github.com/wholeperson/integrative/internal/enum"

// Basis is what an interaction rule's grade rests on: the words a label (or
// the ONC panel) uses for the combination, or their absence. The grading
// policy gives each basis exactly one [Severity] ([Basis.Severity]), and
// every built-in rule cites the wording its grade rests on
// ([Rule.Wording]). The zero value is invalid.
type Basis uint8

// The values of [Basis], from the strongest label wording to none.
const (
	BasisUnknown Basis = iota
	// BasisContraindicated: a label contraindicates the combination, or the
	// ONC high-priority panel lists the pair as contraindicated for
	// concurrent use. Graded [SeverityContraindicated].
	BasisContraindicated
	// BasisBoxedWarning: a boxed warning names the combination. Graded
	// [SeverityMajor]; the integrated plan treats it as critical.
	BasisBoxedWarning
	// BasisAvoid: a label says to avoid the combination, that it is not
	// recommended, or that the drugs should not be used together. Graded
	// [SeverityMajor].
	BasisAvoid
	// BasisAdjust: a label asks for a dose adjustment, close or careful
	// monitoring, or caution with the combination. Graded
	// [SeverityModerate].
	BasisAdjust
	// BasisTheoretical: mechanism, case reports or reviews, with no label
	// instruction for the combination. Graded [SeverityMonitor].
	BasisTheoretical
)

var basisNames = []string{
	BasisUnknown:         "unknown",
	BasisContraindicated: "contraindicated",
	BasisBoxedWarning:    "boxed-warning",
	BasisAvoid:           "avoid",
	BasisAdjust:          "adjust",
	BasisTheoretical:     "theoretical",
}

var basisSeverity = []Severity{
	BasisContraindicated: SeverityContraindicated,
	BasisBoxedWarning:    SeverityMajor,
	BasisAvoid:           SeverityMajor,
	BasisAdjust:          SeverityModerate,
	BasisTheoretical:     SeverityMonitor,
}

// Severity returns the grade the policy gives b: contraindicated for
// [BasisContraindicated], major for [BasisBoxedWarning] and [BasisAvoid],
// moderate for [BasisAdjust], monitor for [BasisTheoretical], and
// [SeverityUnknown] for an invalid value.
func (b Basis) Severity() Severity {
	if !b.Valid() {
		return SeverityUnknown
	}
	return basisSeverity[b]
}

// String returns the name of b, such as "boxed-warning". It never panics.
func (b Basis) String() string { return enum.Name(basisNames, b, "Basis") }

// Valid reports whether b is a named value other than [BasisUnknown].
func (b Basis) Valid() bool { return enum.Valid(basisNames, b) }

// ParseBasis returns the Basis named text, ignoring case and the choice of
// separator, or one of its common synonyms ("contraindication", "boxed",
// "not recommended"). It returns [ErrBadValue] for any other text.
func ParseBasis(text string) (Basis, error) { return parse[Basis](basisNames, basisAliases, text) }

// MarshalText implements [encoding.TextMarshaler]: the zero value (unset)
// is "", an invalid value [ErrBadValue].
func (b Basis) MarshalText() ([]byte, error) { return enum.Marshal(basisNames, b, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseBasis];
// empty text is the zero value.
func (b *Basis) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(basisNames, basisAliases, b, text, ErrBadValue)
}
