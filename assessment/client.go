package assessment

import (
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/validation"
)

// Sex is the client's sex as it bears on clinical rules: sex-specific
// screening cut-offs (AUDIT-C) and medication safety in pregnancy. It is not
// gender identity, which the intake records, if the client wishes, in its
// culture and identity notes. The zero value, [SexUnknown], is invalid.
type Sex uint8

// The values of [Sex].
const (
	SexUnknown Sex = iota
	SexFemale
	SexMale
	// SexOther is a sex other than female or male, such as an intersex
	// variation. Sex-specific cut-offs then give an indeterminate screen
	// where they disagree.
	SexOther
	// SexUndisclosed records that the client chose not to say. Like
	// SexOther, it makes sex-specific cut-offs indeterminate where they
	// disagree; it is a valid answer, not an error.
	SexUndisclosed
)

var sexNames = []string{
	SexUnknown:     "unknown",
	SexFemale:      "female",
	SexMale:        "male",
	SexOther:       "other",
	SexUndisclosed: "undisclosed",
}

// String returns the name of s, such as "female". It never panics.
func (s Sex) String() string { return enum.Name(sexNames, s, "Sex") }

// Valid reports whether s is a named value other than [SexUnknown].
func (s Sex) Valid() bool { return enum.Valid(sexNames, s) }

// sexAliases are the other names ParseSex accepts: the FHIR
// administrative-gender code "unknown" and the data-absent reason
// "asked-declined" read as [SexUndisclosed], as does "prefer not to say";
// "intersex" reads as [SexOther]. FHIR's "male", "female" and "other" are
// the names themselves.
var sexAliases = map[string]Sex{
	"unknown":           SexUndisclosed,
	"asked-declined":    SexUndisclosed,
	"prefer-not-to-say": SexUndisclosed,
	"intersex":          SexOther,
}

// ParseSex returns the Sex named text, ignoring case, surrounding space
// and the choice of separator ("Female", "female"), and accepting the FHIR
// administrative-gender codes: "unknown" (like "asked-declined" and
// "prefer not to say") reads as [SexUndisclosed], which has the same
// effect on sex-specific cut-offs, and "intersex" as [SexOther]. It
// returns [ErrBadValue] for any other text, including "F" and "M".
func ParseSex(text string) (Sex, error) { return parseWith(sexNames, sexAliases, text) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (s Sex) MarshalText() ([]byte, error) { return enum.Marshal(sexNames, s, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSex];
// empty text is [SexUnknown].
func (s *Sex) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(sexNames, sexAliases, s, text, ErrBadValue)
}

// YesNo is a recorded yes or no. Its zero value, [YesNoUnknown], means "not
// recorded": it is valid in optional fields and invalid where a field's
// documentation says the answer is required.
type YesNo uint8

// The values of [YesNo].
const (
	YesNoUnknown YesNo = iota
	Yes
	No
)

var yesNoNames = []string{YesNoUnknown: "unknown", Yes: "yes", No: "no"}

// String returns "yes", "no" or "unknown". It never panics.
func (v YesNo) String() string { return enum.Name(yesNoNames, v, "YesNo") }

// Valid reports whether v is [Yes] or [No].
func (v YesNo) Valid() bool { return enum.Valid(yesNoNames, v) }

// ParseYesNo returns the YesNo named text ("yes" or "no", in any case). It
// returns [ErrBadValue] for any other text.
func ParseYesNo(text string) (YesNo, error) { return parse[YesNo](yesNoNames, text) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for [YesNoUnknown], which JSON fields omit with omitempty.
func (v YesNo) MarshalText() ([]byte, error) { return enum.Marshal(yesNoNames, v, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseYesNo].
func (v *YesNo) UnmarshalText(text []byte) error {
	return enum.Unmarshal(yesNoNames, v, text, ErrBadValue)
}

// A Client is the clinical context of the person being assessed: the facts
// that change how instruments are read and which treatments are safe. It
// holds no identifiers: no name, date of birth, address or record number.
// The host keeps identity; this module keeps clinical facts.
type Client struct {
	// Age is the age in whole years, 0–130. Required.
	Age int `json:"age"`
	// Sex is required; [SexUndisclosed] is a valid answer.
	Sex Sex `json:"sex"`
	// Pregnant records current pregnancy. Optional.
	Pregnant YesNo `json:"pregnant,omitempty"`
	// PregnancyPossible records whether the client could become pregnant
	// (of reproductive potential and not using reliable contraception), as
	// medication labels ask. Optional.
	PregnancyPossible YesNo `json:"pregnancyPossible,omitempty"`
	// Breastfeeding records current breastfeeding or chest-feeding.
	// Optional.
	Breastfeeding YesNo `json:"breastfeeding,omitempty"`
}

// MaxAge is the largest age a [Client] may have.
const MaxAge = 130

// Validate checks c. It returns nil or a *[validation.Error] whose paths are
// the JSON field names: [ErrBadAge] at "age", [ErrBadValue] at "sex" (unset
// or unknown) and at an out-of-range pregnancy or breastfeeding value, and
// [ErrPregnancyConflict] at "pregnant" when the client is recorded as
// pregnant and as male.
func (c Client) Validate() error {
	var v validation.Collector
	if c.Age < 0 || c.Age > MaxAge {
		v.Add("age", ErrBadAge)
	}
	if !c.Sex.Valid() {
		v.Add("sex", ErrBadValue)
	}
	optional(&v, "pregnant", c.Pregnant)
	optional(&v, "pregnancyPossible", c.PregnancyPossible)
	optional(&v, "breastfeeding", c.Breastfeeding)
	if c.Pregnant == Yes && c.Sex == SexMale {
		v.Add("pregnant", ErrPregnancyConflict)
	}
	return v.Err()
}

// optional records ErrBadValue for a YesNo that is neither unset nor valid.
func optional(v *validation.Collector, path string, x YesNo) {
	if x != YesNoUnknown && !x.Valid() {
		v.Add(path, ErrBadValue)
	}
}

// parse is the Parse function shared by this package's enumerations: case,
// surrounding space and the separator ('-', '_' or ' ') do not matter.
func parse[T ~uint8](names []string, text string) (T, error) {
	return parseWith[T](names, nil, text)
}

// parseWith is parse that also accepts the keys of aliases.
func parseWith[T ~uint8](names []string, aliases map[string]T, text string) (T, error) {
	x, ok := enum.ParseWith(names, aliases, text)
	if !ok {
		return 0, ErrBadValue
	}
	return x, nil
}
