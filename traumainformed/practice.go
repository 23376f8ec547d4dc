package traumainformed

import (
	"slices"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// PracticeID identifies a practice in a [Catalog], such as
// "safety-plan-with-client". IDs are lower-case words joined by hyphens and
// stable across releases. Where a plan names a practice, the catalog also
// accepts the practice's aliases ([Practice.Aliases], such as
// "shared-decision-making" for [PracticeSharedDecision]), in any case and
// with spaces or underscores for hyphens; results always carry the ID.
type PracticeID string

// The built-in practices. See [Practices] for what each means and the
// principles it serves.
const (
	PracticeConsent            PracticeID = "consent-before-sensitive-questions"
	PracticeRationale          PracticeID = "rationale-explained"
	PracticePredictable        PracticeID = "predictable-scheduling"
	PracticeSharedDecision     PracticeID = "shared-decisions-recorded"
	PracticeClinicianGender    PracticeID = "clinician-gender-choice"
	PracticeCareLanguage       PracticeID = "care-in-preferred-language"
	PracticeMaterialsLanguage  PracticeID = "materials-in-preferred-language"
	PracticePeerGroup          PracticeID = "peer-or-group-component"
	PracticeSkills             PracticeID = "skills-building"
	PracticeSafetyPlan         PracticeID = "safety-plan-with-client"
	PracticeCulturalAdaptation PracticeID = "cultural-adaptation"
	PracticeGoals              PracticeID = "goals-in-client-words"
	PracticeStrengths          PracticeID = "strengths-built-on"
	PracticeTraumaReactions    PracticeID = "trauma-reactions-explained"
	PracticeHistoricalTrauma   PracticeID = "historical-trauma-acknowledged"
	PracticeFeedback           PracticeID = "client-feedback-sought"
)

// A Practice is a concrete, recordable way a plan delivers care through the
// trauma-informed lens, mapped to the principles it serves. SAMHSA names
// principles, not practices; the mapping of each practice to principles is
// this package's reading of SAMHSA's description of each principle and of
// its implementation questions, and each practice cites where it comes
// from.
type Practice struct {
	ID PracticeID `json:"id"`
	// Aliases are other names a host may send for the practice, such as
	// "shared-decision-making". Each is lower-case words joined by hyphens,
	// and no ID or alias is used twice in a catalog.
	Aliases []PracticeID `json:"aliases,omitempty"`
	// Title is a short, capitalised label.
	Title string `json:"title"`
	// Description says what the plan records when it records the practice.
	Description string `json:"description"`
	// Principles are the principles the practice serves, at least one.
	Principles []PrincipleID `json:"principles"`
	// Sources support the practice and its mapping, at least one.
	Sources []evidence.Source `json:"sources"`
}

func (p Practice) clone() Practice {
	p.Aliases = slices.Clone(p.Aliases)
	p.Principles = slices.Clone(p.Principles)
	p.Sources = slices.Clone(p.Sources)
	return p
}

// Serves reports whether p serves principle id.
func (p Practice) Serves(id PrincipleID) bool { return slices.Contains(p.Principles, id) }

// Validate checks a practice definition. It returns nil or a
// *[validation.Error] with [ErrRequired] at "id" and "title" when empty,
// [ErrBadValue] at "id" and "aliases/<position>" for a name that is not
// lower-case ASCII letters and digits joined by single hyphens,
// [ErrDuplicate] at "aliases/<position>" for an alias that repeats the ID
// or an earlier alias, [ErrRequired] at "principles" when there are none,
// [ErrBadValue] and [ErrDuplicate] at "principles/<position>",
// [evidence.ErrNoSource] at "sources" when there are none, and the
// [evidence.Source.Validate] errors under "sources/<position>". Its cost is
// linear in the size of the practice.
func (p Practice) Validate() error {
	var v validation.Collector
	switch {
	case p.ID == "":
		v.Add("id", ErrRequired)
	case !wellFormedID(string(p.ID)):
		v.Add("id", ErrBadValue)
	}
	names := make(map[PracticeID]struct{}, len(p.Aliases)+1)
	names[p.ID] = struct{}{}
	for i, a := range p.Aliases {
		path := validation.Join("aliases", validation.Index(i))
		if !wellFormedID(string(a)) {
			v.Add(path, ErrBadValue)
		} else if _, dup := names[a]; dup {
			v.Add(path, ErrDuplicate)
		}
		names[a] = struct{}{}
	}
	if blank(p.Title) {
		v.Add("title", ErrRequired)
	}
	if len(p.Principles) == 0 {
		v.Add("principles", ErrRequired)
	}
	var seen [256]bool
	for i, id := range p.Principles {
		path := validation.Join("principles", validation.Index(i))
		switch {
		case !id.Valid():
			v.Add(path, ErrBadValue)
		case seen[id]:
			v.Add(path, ErrDuplicate)
		}
		seen[id] = true
	}
	v.Merge("sources", evidence.Check(p.Sources))
	return v.Err()
}

// practiceKey returns the form of name that catalog look-ups compare:
// ASCII lower-cased, with every run of spaces, underscores and hyphens
// made one hyphen and none at either end. ok is false for a name with any
// other character than ASCII letters and digits.
func practiceKey(name string) (key string, ok bool) {
	if wellFormedID(name) {
		return name, true
	}
	b := make([]byte, 0, len(name))
	sep := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ', c == '_', c == '-', c == '\t':
			sep = len(b) > 0
			continue
		default:
			return "", false
		}
		if sep {
			b = append(b, '-')
			sep = false
		}
		b = append(b, c)
	}
	return string(b), len(b) > 0
}

// wellFormedID reports whether s is lower-case ASCII letters and digits
// joined by single hyphens.
func wellFormedID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
