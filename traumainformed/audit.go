package traumainformed

import (
	"cmp"
	"slices"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/validation"
)

// A Report is the result of auditing a plan through the trauma-informed
// lens: how each principle is covered and what is missing.
type Report struct {
	// Disclosure summarizes what the client shared about trauma. It shapes
	// the explanations, never which gaps are reported.
	Disclosure Disclosure `json:"disclosure"`
	// Coverage holds one entry per principle, in SAMHSA's order.
	Coverage []Coverage `json:"coverage"`
	// Gaps are sorted by severity (warnings first), principle and kind.
	Gaps []Gap `json:"gaps,omitempty"`
}

// Uncovered returns the principles no recorded practice serves, in
// SAMHSA's order.
func (r Report) Uncovered() []PrincipleID {
	var out []PrincipleID
	for _, c := range r.Coverage {
		if !c.Covered() {
			out = append(out, c.Principle)
		}
	}
	return out
}

// Coverage is how one principle is served by the plan.
type Coverage struct {
	Principle PrincipleID `json:"principle"`
	// Practices are the plan's practices that serve the principle, in
	// catalog order. A practice whose language facts contradict it is not
	// counted (see [Gap]).
	Practices []PracticeID `json:"practices,omitempty"`
}

// Covered reports whether at least one practice serves the principle.
func (c Coverage) Covered() bool { return len(c.Practices) > 0 }

// A Gap is something the plan does not yet do that the trauma-informed lens
// asks for, with what to add and why.
type Gap struct {
	Kind      GapKind     `json:"kind"`
	Principle PrincipleID `json:"principle"`
	Severity  Severity    `json:"severity"`
	// Language is, for a language gap, the client's most preferred
	// language.
	Language language.Tag `json:"language,omitzero"`
	// Why explains the gap for a clinician.
	Why string `json:"why"`
	// Action says what to add.
	Action string `json:"action"`
	// Add lists practices that would close the gap, in catalog order.
	Add      []PracticeID      `json:"add,omitempty"`
	Strength evidence.Strength `json:"strength"`
	Sources  []evidence.Source `json:"sources"`
}

// GapKind is the kind of a [Gap]. The zero value, [GapKindUnknown], is
// invalid.
type GapKind uint8

// The kinds of gap.
const (
	GapKindUnknown GapKind = iota
	// GapUncovered: no recorded practice serves a principle.
	GapUncovered
	// GapCareLanguage: sessions are not held in the client's preferred
	// language.
	GapCareLanguage
	// GapMaterialsLanguage: written materials are not available in the
	// client's preferred language.
	GapMaterialsLanguage
	// GapCulture: the client shared notes on culture and identity and the
	// plan records no cultural adaptation.
	GapCulture
)

var gapKindNames = []string{
	GapKindUnknown:       "unknown",
	GapUncovered:         "principle-not-covered",
	GapCareLanguage:      "care-language",
	GapMaterialsLanguage: "materials-language",
	GapCulture:           "culture-not-reflected",
}

// String returns the name of k, such as "care-language". It never panics.
func (k GapKind) String() string { return enum.Name(gapKindNames, k, "GapKind") }

// Valid reports whether k is a named value other than the zero value.
func (k GapKind) Valid() bool { return enum.Valid(gapKindNames, k) }

// ParseGapKind returns the GapKind named text. It returns [ErrBadValue] for
// any other text.
func ParseGapKind(text string) (GapKind, error) { return parse[GapKind](gapKindNames, text) }

// MarshalText implements [encoding.TextMarshaler]; it returns [ErrBadValue]
// for an invalid value.
func (k GapKind) MarshalText() ([]byte, error) { return enum.Marshal(gapKindNames, k, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseGapKind].
func (k *GapKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(gapKindNames, k, text, ErrBadValue)
}

// Audit audits p with the built-in practices; see [Catalog.Audit].
func Audit(p Plan) (Report, error) { return builtinCatalog().Audit(p) }

// Audit reports, for each of the six principles, the plan's practices that
// serve it, and the gaps: every principle no practice serves (a warning,
// for every client: the approach takes universal precautions), sessions or
// materials not in the client's preferred language (a warning when none of
// the client's languages is offered, info when only a less preferred one
// is), and culture notes the plan does not reflect (info). Language facts,
// where recorded, decide whether the language practices count. A client
// who declined to disclose trauma gets the same audit; nothing asks for
// disclosure.
//
// Audit reads Client, Practices, CareLanguages and MaterialLanguages. It
// returns a *[validation.Error] listing every problem: [ErrUnknownPractice]
// and [ErrDuplicate] at "practices/<position>"; [ErrBadValue] (undetermined)
// and [ErrDuplicate] at "careLanguages/<position>",
// "materialLanguages/<position>" and "client/languages/<position>";
// [ErrBadValue] at "client/exposure"; [ErrOutOfRange] at "client/aceCount"
// outside 0-10; [ErrRequired] at "client/cultureNotes/<position>" for a
// blank note.
func (c *Catalog) Audit(p Plan) (Report, error) {
	if err := c.validateAudit(p); err != nil {
		return Report{}, err
	}
	credited := make([]bool, len(c.list))
	for _, id := range p.Practices {
		credited[c.index[id]] = true
	}
	disclosure := p.Client.Disclosure()
	var gaps []Gap
	if prefs := p.Client.Languages; len(prefs) > 0 {
		gaps = c.languageGap(gaps, credited, GapCareLanguage, PracticeCareLanguage, p.CareLanguages, prefs)
		gaps = c.languageGap(gaps, credited, GapMaterialsLanguage, PracticeMaterialsLanguage, p.MaterialLanguages, prefs)
	}
	if len(p.Client.CultureNotes) > 0 && !credited[c.index[PracticeCulturalAdaptation]] {
		gaps = append(gaps, Gap{
			Kind:      GapCulture,
			Principle: Cultural,
			Severity:  SeverityInfo,
			Why: "The client shared notes on culture, identity or their own understanding of their difficulties, and the " +
				"plan records no cultural adaptation of the treatment model.",
			Action:   "Consider adapting the model's language, examples and goals to what the client shared, for example with the Cultural Formulation Interview.",
			Add:      []PracticeID{PracticeCulturalAdaptation},
			Strength: evidence.StrengthConsensus,
			Sources:  []evidence.Source{srcGrinerSmith, srcCFI},
		})
	}
	r := Report{Disclosure: disclosure, Coverage: make([]Coverage, 0, len(principles))}
	for _, pr := range principles {
		cov := Coverage{Principle: pr.ID}
		for i, ok := range credited {
			if ok && c.list[i].Serves(pr.ID) {
				cov.Practices = append(cov.Practices, c.list[i].ID)
			}
		}
		r.Coverage = append(r.Coverage, cov)
		if cov.Covered() {
			continue
		}
		gaps = append(gaps, Gap{
			Kind:      GapUncovered,
			Principle: pr.ID,
			Severity:  SeverityWarning,
			Why:       "No practice recorded in the plan serves " + pr.Name + ". " + pr.Impact + " " + lens(disclosure),
			Action:    pr.Remedy,
			Add:       slices.Clone(c.serving[pr.ID]),
			Strength:  evidence.StrengthConsensus,
			Sources:   append(slices.Clone(pr.Sources), withLocator(srcSAMHSA, locAssumption)),
		})
	}
	slices.SortStableFunc(gaps, func(a, b Gap) int {
		return cmp.Or(
			cmp.Compare(b.Severity, a.Severity),
			cmp.Compare(a.Principle, b.Principle),
			cmp.Compare(a.Kind, b.Kind),
		)
	})
	r.Gaps = gaps
	return r, nil
}

// lens explains why a gap applies whatever the client disclosed.
func lens(d Disclosure) string {
	switch d {
	case DisclosureReported:
		return "The client reports trauma exposure or adverse childhood experiences."
	case DisclosureDeclined:
		return "The client chose not to discuss trauma; that choice is respected and nothing here asks for disclosure. " +
			"Under universal precautions the plan is held to the same principles as for any client."
	default:
		return "A trauma-informed approach takes universal precautions: it expects that anyone served may have a trauma " +
			"history, whatever was reported."
	}
}

// fit is how well offered languages fit a client's preferences.
type fit uint8

const (
	fitNone      fit = iota // none of the client's languages is offered
	fitSecondary            // a less preferred language is offered
	fitPreferred            // the most preferred language is offered
)

// langKey is what two language tags must share for one to serve the
// other: the base language and the script, after CLDR canonicalization.
type langKey struct {
	base   language.Base
	script language.Script
}

func keyOf(t language.Tag) langKey {
	t, _ = language.All.Canonicalize(t)
	b, _ := t.Base()
	s, _ := t.Script()
	return langKey{b, s}
}

// languageFit matches the client's preferences against the offered
// languages by base language and script, after canonicalization with
// golang.org/x/text/language: es-MX is served by es or es-419, nb by no,
// but zh-Hant is not served by zh-Hans, nor sr (Cyrillic) by sr-Latn.
// Mutual intelligibility between different languages does not count.
func languageFit(offered, prefs []language.Tag) fit {
	for i, want := range prefs {
		k := keyOf(want)
		for _, o := range offered {
			if keyOf(o) != k {
				continue
			}
			if i == 0 {
				return fitPreferred
			}
			return fitSecondary
		}
	}
	return fitNone
}

// languageGap credits or discredits practice from the offered languages
// and appends a gap when they do not include the client's most preferred
// language. With no offered languages recorded, the recorded practice
// stands.
func (c *Catalog) languageGap(gaps []Gap, credited []bool, kind GapKind, practice PracticeID, offered, prefs []language.Tag) []Gap {
	if len(offered) == 0 {
		return gaps
	}
	i := c.index[practice]
	f := languageFit(offered, prefs)
	credited[i] = f == fitPreferred
	if f == fitPreferred {
		return gaps
	}
	g := Gap{
		Kind:      kind,
		Principle: Cultural,
		Severity:  SeverityWarning,
		Language:  prefs[0],
		Add:       []PracticeID{practice},
		Strength:  evidence.StrengthGuideline,
		Sources:   slices.Clone(c.list[i].Sources),
	}
	what, action := "Sessions are", "Offer sessions in the client's preferred language, with a clinician who speaks it or a qualified interpreter (not a family member or a minor)."
	if kind == GapMaterialsLanguage {
		what, action = "The client's written materials are", "Provide the client's written materials (plan summary, safety plan, medication information) in the client's preferred language."
	}
	if f == fitSecondary {
		g.Severity = SeverityInfo
		g.Why = what + " offered in one of the client's languages, but not in the language the client prefers. " +
			"Care in the client's own language improves engagement and outcomes."
	} else {
		g.Why = what + " not offered in any of the client's preferred languages. " +
			"Language assistance is a national standard of culturally and linguistically appropriate services."
	}
	g.Action = action
	return append(gaps, g)
}

// validateAudit checks the parts of p that Audit reads.
func (c *Catalog) validateAudit(p Plan) error {
	var v validation.Collector
	p.Client.validate(&v, "client")
	for i, id := range p.Practices {
		if _, ok := c.index[id]; !ok {
			v.Add(validation.Join("practices", validation.Index(i)), ErrUnknownPractice)
		} else if slices.Contains(p.Practices[:i], id) {
			v.Add(validation.Join("practices", validation.Index(i)), ErrDuplicate)
		}
	}
	tags(&v, "careLanguages", p.CareLanguages)
	tags(&v, "materialLanguages", p.MaterialLanguages)
	return v.Err()
}
