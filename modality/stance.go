package modality

import "github.com/wholeperson/integrative/internal/enum"

// A Stance is the position a technique or modality takes on the dimensions
// along which therapies differ and can clash: who leads the session, how
// structured it is, whether it works on the past or the present, and the
// mechanism of change it relies on. Two components delivered in the same
// phase conflict when their stances do (see [Stance.Conflicts]).
type Stance struct {
	// Direction is how much the therapist leads. Required.
	Direction Direction `json:"direction"`
	// Structure is how far sessions follow a set agenda or protocol.
	// Required.
	Structure Structure `json:"structure"`
	// Focus is the time the work attends to. Required.
	Focus TimeFocus `json:"focus"`
	// Mechanism is the main way the technique is held to bring about
	// change. Required.
	Mechanism Mechanism `json:"mechanism"`
}

// Valid reports whether every field of s holds a valid value.
func (s Stance) Valid() bool {
	return s.Direction.Valid() && s.Structure.Valid() && s.Focus.Valid() && s.Mechanism.Valid()
}

// Conflicts reports whether s and t pull a session in opposite directions:
// one [Directive] and the other [NonDirective]. This is the clash the
// integration literature warns about when directive exposure work and
// non-directive exploration are mixed without a plan. [Guiding] stances
// conflict with neither.
func (s Stance) Conflicts(t Stance) bool {
	return (s.Direction == Directive && t.Direction == NonDirective) ||
		(s.Direction == NonDirective && t.Direction == Directive)
}

// SkillsBased reports whether s is structured or semi-structured skills
// work: the kind of work phase-oriented trauma care places first.
func (s Stance) SkillsBased() bool {
	return s.Mechanism == MechanismSkills && (s.Structure == Structured || s.Structure == SemiStructured)
}

// Direction is how much the therapist leads the work. The three values
// follow Miller and Rollnick's communication styles (directing, guiding,
// following). The zero value, [DirectionUnknown], is invalid.
type Direction uint8

// The values of [Direction].
const (
	DirectionUnknown Direction = iota
	// Directive: the therapist sets the agenda and tasks, as in exposure
	// or skills training.
	Directive
	// Guiding: therapist and client steer together; the therapist
	// follows the client's lead while shaping its direction, as in
	// motivational interviewing.
	Guiding
	// NonDirective: the client leads and the therapist follows, as in
	// person-centered therapy or free association.
	NonDirective
)

var directionNames = []string{
	DirectionUnknown: "unknown",
	Directive:        "directive",
	Guiding:          "guiding",
	NonDirective:     "non-directive",
}

// directionAliases are Miller and Rollnick's names for the styles.
var directionAliases = map[string]Direction{
	"directing":    Directive,
	"following":    NonDirective,
	"nondirective": NonDirective,
}

// String returns the direction's name, such as "non-directive". It never
// panics.
func (d Direction) String() string { return enum.Name(directionNames, d, "Direction") }

// Valid reports whether d is a named value other than [DirectionUnknown].
func (d Direction) Valid() bool { return enum.Valid(directionNames, d) }

// ParseDirection returns the direction named s ("directive", "guiding",
// "non-directive"), or by Miller and Rollnick's style names ("directing",
// "following"). It returns [ErrBadValue] for any other text.
func ParseDirection(s string) (Direction, error) {
	return parseWith(directionNames, directionAliases, s)
}

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (d Direction) MarshalText() ([]byte, error) {
	return enum.Marshal(directionNames, d, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDirection].
func (d *Direction) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(directionNames, directionAliases, d, text, ErrBadValue)
}

// Structure is how far sessions follow a set agenda or protocol. The zero
// value, [StructureUnknown], is invalid.
type Structure uint8

// The values of [Structure].
const (
	StructureUnknown Structure = iota
	// Structured: a manual or protocol sets the content of each session.
	Structured
	// SemiStructured: a framework with set elements, ordered and paced to
	// the client.
	SemiStructured
	// Open: the content of each session follows what the client brings.
	Open
)

var structureNames = []string{
	StructureUnknown: "unknown",
	Structured:       "structured",
	SemiStructured:   "semi-structured",
	Open:             "open",
}

// String returns the structure's name, such as "semi-structured". It never
// panics.
func (s Structure) String() string { return enum.Name(structureNames, s, "Structure") }

// Valid reports whether s is a named value other than [StructureUnknown].
func (s Structure) Valid() bool { return enum.Valid(structureNames, s) }

// ParseStructure returns the structure named text. It returns [ErrBadValue]
// for any other text.
func ParseStructure(text string) (Structure, error) { return parse[Structure](structureNames, text) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (s Structure) MarshalText() ([]byte, error) {
	return enum.Marshal(structureNames, s, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseStructure].
func (s *Structure) UnmarshalText(text []byte) error {
	return enum.Unmarshal(structureNames, s, text, ErrBadValue)
}

// TimeFocus is the time the work attends to. The zero value,
// [FocusUnknown], is invalid.
type TimeFocus uint8

// The values of [TimeFocus].
const (
	FocusUnknown TimeFocus = iota
	// FocusPresent: current problems, here-and-now experience.
	FocusPresent
	// FocusPast: past experience, memories, developmental history.
	FocusPast
	// FocusPastAndPresent: links between past experience and present
	// patterns.
	FocusPastAndPresent
)

var timeFocusNames = []string{
	FocusUnknown:        "unknown",
	FocusPresent:        "present",
	FocusPast:           "past",
	FocusPastAndPresent: "past-and-present",
}

// String returns the focus's name, such as "present". It never panics.
func (f TimeFocus) String() string { return enum.Name(timeFocusNames, f, "TimeFocus") }

// Valid reports whether f is a named value other than [FocusUnknown].
func (f TimeFocus) Valid() bool { return enum.Valid(timeFocusNames, f) }

// ParseTimeFocus returns the focus named s. It returns [ErrBadValue] for
// any other text.
func ParseTimeFocus(s string) (TimeFocus, error) { return parse[TimeFocus](timeFocusNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (f TimeFocus) MarshalText() ([]byte, error) {
	return enum.Marshal(timeFocusNames, f, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseTimeFocus].
func (f *TimeFocus) UnmarshalText(text []byte) error {
	return enum.Unmarshal(timeFocusNames, f, text, ErrBadValue)
}

// Mechanism is the main way a technique is held to bring about change. The
// zero value, [MechanismUnknown], is invalid.
type Mechanism uint8

// The values of [Mechanism].
const (
	MechanismUnknown Mechanism = iota
	// MechanismSkills: learning and rehearsing coping, regulation or
	// interpersonal skills.
	MechanismSkills
	// MechanismExposure: graded, repeated contact with feared situations,
	// sensations or memories.
	MechanismExposure
	// MechanismCognitive: examining and changing thoughts and beliefs.
	MechanismCognitive
	// MechanismBehavioral: changing behavior through scheduling,
	// reinforcement or stimulus control.
	MechanismBehavioral
	// MechanismProcessing: working through trauma memories and their
	// meaning.
	MechanismProcessing
	// MechanismInsight: understanding unconscious patterns, defenses and
	// their origins.
	MechanismInsight
	// MechanismExperiential: evoking and transforming emotion in session.
	MechanismExperiential
	// MechanismRelational: the therapeutic or interpersonal relationship
	// itself.
	MechanismRelational
	// MechanismAcceptance: mindful, accepting awareness of experience.
	MechanismAcceptance
	// MechanismMotivational: resolving ambivalence and strengthening
	// commitment to change.
	MechanismMotivational
	// MechanismEducation: information about the condition and its
	// treatment.
	MechanismEducation
	// MechanismLifestyle: sleep, movement and nutrition habits.
	MechanismLifestyle
	// MechanismSupport: mutual support from people with lived experience.
	MechanismSupport
	// MechanismPlay: play as the medium of expression and change.
	MechanismPlay
	// MechanismBiofeedback: feedback of a physiological signal for
	// self-regulation.
	MechanismBiofeedback
)

var mechanismNames = []string{
	MechanismUnknown:      "unknown",
	MechanismSkills:       "skills",
	MechanismExposure:     "exposure",
	MechanismCognitive:    "cognitive",
	MechanismBehavioral:   "behavioral",
	MechanismProcessing:   "processing",
	MechanismInsight:      "insight",
	MechanismExperiential: "experiential",
	MechanismRelational:   "relational",
	MechanismAcceptance:   "acceptance",
	MechanismMotivational: "motivational",
	MechanismEducation:    "education",
	MechanismLifestyle:    "lifestyle",
	MechanismSupport:      "support",
	MechanismPlay:         "play",
	MechanismBiofeedback:  "biofeedback",
}

// String returns the mechanism's name, such as "exposure". It never panics.
func (m Mechanism) String() string { return enum.Name(mechanismNames, m, "Mechanism") }

// Valid reports whether m is a named value other than [MechanismUnknown].
func (m Mechanism) Valid() bool { return enum.Valid(mechanismNames, m) }

// ParseMechanism returns the mechanism named s. It returns [ErrBadValue]
// for any other text.
func ParseMechanism(s string) (Mechanism, error) { return parse[Mechanism](mechanismNames, s) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (m Mechanism) MarshalText() ([]byte, error) {
	return enum.Marshal(mechanismNames, m, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseMechanism].
func (m *Mechanism) UnmarshalText(text []byte) error {
	return enum.Unmarshal(mechanismNames, m, text, ErrBadValue)
}

// parse is the shared body of the Parse functions of this package's enums:
// case, surrounding space and the separators '-', '_' and ' ' do not
// matter.
func parse[T ~uint8](names []string, s string) (T, error) {
	return parseWith[T](names, nil, s)
}

// parseWith is parse that also accepts the keys of aliases.
func parseWith[T ~uint8](names []string, aliases map[string]T, s string) (T, error) {
	v, ok := enum.ParseWith(names, aliases, s)
	if !ok {
		return 0, ErrBadValue
	}
	return v, nil
}
