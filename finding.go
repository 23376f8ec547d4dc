package integrative

import (
	"cmp"
	"slices"
	"strings"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// A Finding is one thing [Check] found in a plan: which rule found it, how
// severe it is, which plan elements it concerns, the values that
// triggered it, why it matters, what to consider doing, and the sources a
// clinician can check. It holds structured facts; its title and message
// are rendered on demand ([Finding.Title], [Finding.Message]).
type Finding struct {
	// Rule is the ID of the rule that found it, such as "MED001".
	Rule string `json:"rule"`
	// Severity is the finding's place on the one scale.
	Severity Severity `json:"severity"`
	// Grade is the leaf package's own grade where there is one:
	// medication's "contraindicated" or "major", assessment's "same-day",
	// modality's and traumainformed's "warning" or "info".
	Grade string `json:"grade,omitempty"`
	// Subject is the path of the plan element the finding is about, such
	// as "medication/prescriptions/1" or "intake/responses/0"; empty for
	// the plan as a whole. Acknowledgements match on it.
	Subject string `json:"subject"`
	// Paths are the paths of every plan element involved, Subject first.
	Paths []string `json:"paths,omitempty"`
	// Values are the values that triggered the finding, by name, in the
	// order the rule's message uses them. They are machine-readable
	// (catalog IDs, codes, numbers, ISO dates) and never localized.
	Values []Value `json:"values,omitempty"`
	// Basis says why this matters, in one or two sentences, in English.
	Basis string `json:"basis"`
	// Suggestion is what a clinician might consider, in English, if the
	// rule has one.
	Suggestion string `json:"suggestion,omitempty"`
	// Strength is the strength of the evidence behind the finding.
	Strength evidence.Strength `json:"strength"`
	// Sources are the sources a clinician can check.
	Sources []evidence.Source `json:"sources"`
	// Acknowledged is the acknowledgement that covers the finding, if a
	// clinician recorded one: the finding stays in the report, marked.
	Acknowledged *Acknowledgement `json:"acknowledged,omitempty"`
}

// A Value is one named value that triggered a finding.
type Value struct {
	// Name is the value's name in the rule's message, such as "agents".
	Name string `json:"name"`
	// Value is the value, machine-readable: an ID, a code, a number, a
	// date in ISO form, or several of these separated by ", ".
	Value string `json:"value"`
}

// Value returns the value named name, if the finding has it.
func (f Finding) Value(name string) (string, bool) {
	for _, v := range f.Values {
		if v.Name == name {
			return v.Value, true
		}
	}
	return "", false
}

// Title returns the lower-case title of the finding's rule in English,
// such as "interaction between agents taken together", or the rule ID for
// a rule not in the built-in catalog. [Finding.Text] gives it in another
// language.
func (f Finding) Title() string { return localeFor(nil).title(&f) }

// Message returns the finding's message in English: the rule's message
// with the finding's values put in. For a rule not in the built-in
// catalog it lists the values. [Finding.Text] gives it in another
// language.
func (f Finding) Message() string { return localeFor(nil).message(&f) }

func lookupValue(values []Value, name string) (string, bool) {
	for _, v := range values {
		if v.Name == name {
			return v.Value, true
		}
	}
	return "", false
}

// compareFindings orders findings deterministically: most severe first,
// then by rule, subject, paths and values.
func compareFindings(a, b Finding) int {
	if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
		return c
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	if c := validation.ComparePaths(a.Subject, b.Subject); c != 0 {
		return c
	}
	if c := slices.CompareFunc(a.Paths, b.Paths, validation.ComparePaths); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Values, b.Values, func(x, y Value) int {
		if c := strings.Compare(x.Name, y.Name); c != 0 {
			return c
		}
		return strings.Compare(x.Value, y.Value)
	})
}
