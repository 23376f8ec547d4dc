package traumainformed

import (
	"slices"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
)

// PrincipleID names one of SAMHSA's six key principles of a
// trauma-informed approach. The zero value, [PrincipleUnknown], is invalid.
type PrincipleID uint8

// The six key principles, in SAMHSA's order.
const (
	PrincipleUnknown PrincipleID = iota
	// Safety.
	Safety
	// Trustworthiness and Transparency.
	Trustworthiness
	// Peer Support.
	PeerSupport
	// Collaboration and Mutuality.
	Collaboration
	// Empowerment, Voice and Choice.
	Empowerment
	// Cultural, Historical, and Gender Issues.
	Cultural
)

var principleNames = []string{
	PrincipleUnknown: "unknown",
	Safety:           "safety",
	Trustworthiness:  "trustworthiness-and-transparency",
	PeerSupport:      "peer-support",
	Collaboration:    "collaboration-and-mutuality",
	Empowerment:      "empowerment-voice-and-choice",
	Cultural:         "cultural-historical-and-gender-issues",
}

// principleAliases are SAMHSA's names for the principles, as written in
// the 2014 document, and short forms.
var principleAliases = map[string]PrincipleID{
	"trustworthiness":                         Trustworthiness,
	"transparency":                            Trustworthiness,
	"collaboration":                           Collaboration,
	"empowerment, voice and choice":           Empowerment,
	"empowerment, voice, and choice":          Empowerment,
	"empowerment":                             Empowerment,
	"voice and choice":                        Empowerment,
	"cultural, historical, and gender issues": Cultural,
	"cultural, historical and gender issues":  Cultural,
	"cultural":                                Cultural,
}

// String returns the principle's identifier, such as "peer-support"; the
// principle's display name is [Principle.Name]. It never panics.
func (p PrincipleID) String() string { return enum.Name(principleNames, p, "PrincipleID") }

// Valid reports whether p is one of the six principles.
func (p PrincipleID) Valid() bool { return enum.Valid(principleNames, p) }

// ParsePrincipleID returns the principle whose identifier is text, such as
// "safety", or whose SAMHSA name it is ("Empowerment, Voice and Choice"),
// or a short form ("trustworthiness", "collaboration", "empowerment",
// "cultural"). Case, surrounding space and the separator ('-', '_' or ' ')
// do not matter. It returns [ErrBadValue] for any other text.
func ParsePrincipleID(text string) (PrincipleID, error) {
	return parse(principleNames, principleAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (p PrincipleID) MarshalText() ([]byte, error) {
	return enum.Marshal(principleNames, p, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePrincipleID]; empty
// text is the zero value, which validation reports where a value is
// required.
func (p *PrincipleID) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(principleNames, principleAliases, p, text, ErrBadValue)
}

// A Principle is one of SAMHSA's six key principles of a trauma-informed
// approach, with what it means for an integrated treatment plan.
type Principle struct {
	ID PrincipleID `json:"id"`
	// Name is SAMHSA's exact name for the principle, such as
	// "Empowerment, Voice and Choice".
	Name string `json:"name"`
	// Meaning says what the principle asks of a service, in this package's
	// words.
	Meaning string `json:"meaning"`
	// Application is how the principle shows in a treatment plan.
	Application string `json:"application"`
	// Impact is why it matters for integrated care.
	Impact string `json:"impact"`
	// Remedy is what to add to a plan in which no recorded practice serves
	// the principle.
	Remedy string `json:"remedy"`
	// Sources support the entry.
	Sources []evidence.Source `json:"sources"`
}

func (p Principle) clone() Principle {
	p.Sources = slices.Clone(p.Sources)
	return p
}

// LookupPrinciple returns a copy of the principle with the given ID.
func LookupPrinciple(id PrincipleID) (Principle, bool) {
	if !id.Valid() {
		return Principle{}, false
	}
	return principles[id-1].clone(), true
}

// Principles returns copies of the six principles in SAMHSA's order.
func Principles() []Principle {
	out := make([]Principle, len(principles))
	for i, p := range principles {
		out[i] = p.clone()
	}
	return out
}
