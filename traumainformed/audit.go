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
	// Practices are the plan's practices that serve the principle, by ID in
	// catalog order. A practice whose language facts contradict it is not
	// counted (see [Gap]).
	Practices []PracticeID `json:"practices,omitempty"`
	// NotDone are the practices serving the principle that the plan records
	// as not done for a reason ([Plan.NotDone]), by ID in catalog order.
	NotDone []PracticeID `json:"notDone,omitempty"`
}

// Covered reports whether at least one of the plan's practices serves the
// principle.
func (c Coverage) Covered() bool { return len(c.Practices) > 0 }

// Addressed reports whether the plan serves the principle or records why a
// practice serving it is not done: a principle addressed has no
// [GapUncovered].
func (c Coverage) Addressed() bool { return len(c.Practices) > 0 || len(c.NotDone) > 0 }

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

// gapKindAliases are other names hosts send for gap kinds.
var gapKindAliases = map[string]GapKind{
	"uncovered":             GapUncovered,
	"principle-uncovered":   GapUncovered,
	"culture":               GapCulture,
	"language-of-care":      GapCareLanguage,
	"language-of-materials": GapMaterialsLanguage,
}

// String returns the name of k, such as "care-language". It never panics.
func (k GapKind) String() string { return enum.Name(gapKindNames, k, "GapKind") }

// Valid reports whether k is a named value other than the zero value.
func (k GapKind) Valid() bool { return enum.Valid(gapKindNames, k) }

// ParseGapKind returns the GapKind named text, or by a synonym such as
// "uncovered". Case, surrounding space and the separator ('-', '_' or ' ')
// do not matter. It returns [ErrBadValue] for any other text.
func ParseGapKind(text string) (GapKind, error) { return parse(gapKindNames, gapKindAliases, text) }

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (k GapKind) MarshalText() ([]byte, error) { return enum.Marshal(gapKindNames, k, ErrBadValue) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseGapKind]; empty
// text is the zero value, which validation reports where a value is
// required.
func (k *GapKind) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(gapKindNames, gapKindAliases, k, text, ErrBadValue)
}

// Audit audits p with the built-in catalog; see [Catalog.Audit].
func Audit(p Plan) (Report, error) { return builtin().Audit(p) }

// Audit reports, for each of the six principles, the plan's practices that
// serve it, and the gaps:
//
//   - a principle that no recorded practice serves and for which no
//     practice serving it is recorded as not done ([Plan.NotDone]):
//     [GapUncovered], info, for every client, because the approach takes
//     universal precautions; a peer group the client declined, or one not
//     suited to the client's age, closes the Peer Support gap;
//   - sessions or materials not in the client's preferred language
//     ([GapCareLanguage], [GapMaterialsLanguage]): a warning when none of
//     the client's languages is offered, info when only a less preferred
//     one is; none when the practice is recorded as not done;
//   - culture notes the plan does not reflect ([GapCulture], info), when
//     the catalog holds [PracticeCulturalAdaptation] and the plan neither
//     records it nor records it as not done.
//
// Language facts, where recorded, decide whether the language practices
// count. Languages are compared and reported in normal form: canonicalized
// with golang.org/x/text (language.All), without extensions (private use
// "-x-…" included) and without a private-use script or region, so no text
// a host put in a tag reaches the report. A client who declined to disclose
// trauma gets the same audit; nothing asks for disclosure. Practices are
// named by ID or alias (see [Catalog.LookupPractice]); the report names
// them by ID. The cost is linear in the size of p.
//
// Audit reads Client, Practices, NotDone, CareLanguages and
// MaterialLanguages. It returns a *[validation.Error] listing every
// problem: [ErrUnknownPractice] and [ErrDuplicate] at
// "practices/<position>" and "notDone/<position>/practice" (a practice
// listed twice, in either list or both); [ErrBadValue] at
// "notDone/<position>/reason"; [ErrBadValue] (no base language) and
// [ErrDuplicate] (the same language in normal form) at
// "careLanguages/<position>", "materialLanguages/<position>" and
// "client/languages/<position>"; [ErrBadValue] at "client/exposure";
// [ErrOutOfRange] at "client/aceCount" outside 0-10; [ErrRequired] at
// "client/cultureNotes/<position>" for a blank note.
func (c *Catalog) Audit(p Plan) (Report, error) {
	in, err := c.auditInput(p)
	if err != nil {
		return Report{}, err
	}
	disclosure := p.Client.Disclosure()
	var gaps []Gap
	if len(in.prefs) > 0 {
		gaps = c.languageGap(gaps, in, GapCareLanguage, PracticeCareLanguage, in.care)
		gaps = c.languageGap(gaps, in, GapMaterialsLanguage, PracticeMaterialsLanguage, in.materials)
	}
	if i, ok := c.has(PracticeCulturalAdaptation); ok && len(p.Client.CultureNotes) > 0 && in.state[i] == notRecorded {
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
		for i, st := range in.state {
			if st == notRecorded || !c.list[i].Serves(pr.ID) {
				continue
			}
			if st == done {
				cov.Practices = append(cov.Practices, c.list[i].ID)
			} else {
				cov.NotDone = append(cov.NotDone, c.list[i].ID)
			}
		}
		r.Coverage = append(r.Coverage, cov)
		if cov.Addressed() {
			continue
		}
		gaps = append(gaps, Gap{
			Kind:      GapUncovered,
			Principle: pr.ID,
			Severity:  SeverityInfo,
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

// practiceState is what a plan records about one catalog practice.
type practiceState uint8

const (
	notRecorded practiceState = iota
	done                      // in Plan.Practices, or credited by language facts
	notDone                   // in Plan.NotDone
)

// auditIn is a validated plan as the audit reads it.
type auditIn struct {
	// state is, per catalog practice, what the plan records.
	state []practiceState
	// The client's preferred languages and the languages offered, in
	// normal form.
	prefs, care, materials []language.Tag
}

// Sources of the language gaps.
var (
	careLanguageSources = []evidence.Source{
		withLocator(srcCLAS, "Standards 5-7: offer language assistance at no cost; inform individuals of its availability; ensure the competence of interpreters and avoid untrained individuals and minors"),
		srcGrinerSmith,
	}
	materialsLanguageSources = []evidence.Source{
		withLocator(srcCLAS, "Standard 8: easy-to-understand print and multimedia materials in the languages of the populations served"),
	}
)

// languageGap credits or discredits practice from the offered languages
// and appends a gap when they do not include the client's most preferred
// language. With no offered languages recorded, the recorded practice
// stands; with the practice recorded as not done, there is no gap.
func (c *Catalog) languageGap(gaps []Gap, in auditIn, kind GapKind, practice PracticeID, offered []language.Tag) []Gap {
	i, inCatalog := c.has(practice)
	if len(offered) == 0 || (inCatalog && in.state[i] == notDone) {
		return gaps
	}
	f := languageFit(offered, in.prefs)
	if inCatalog {
		in.state[i] = notRecorded
		if f == fitPreferred {
			in.state[i] = done
		}
	}
	if f == fitPreferred {
		return gaps
	}
	g := Gap{
		Kind:      kind,
		Principle: Cultural,
		Severity:  SeverityWarning,
		Language:  in.prefs[0],
		Strength:  evidence.StrengthGuideline,
		Sources:   slices.Clone(careLanguageSources),
	}
	if inCatalog {
		g.Add = []PracticeID{practice}
	}
	what, action := "Sessions are", "Offer sessions in the client's preferred language, with a clinician who speaks it or a qualified interpreter (not a family member or a minor)."
	if kind == GapMaterialsLanguage {
		what, action = "The client's written materials are", "Provide the client's written materials (plan summary, safety plan, medication information) in the client's preferred language."
		g.Sources = slices.Clone(materialsLanguageSources)
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

// auditInput checks the parts of p that Audit reads and returns them as
// the audit uses them.
func (c *Catalog) auditInput(p Plan) (auditIn, error) {
	var v validation.Collector
	in := auditIn{state: make([]practiceState, len(c.list))}
	in.prefs = p.Client.validate(&v, "client")
	for i, id := range p.Practices {
		k, ok := c.practice(id)
		switch {
		case !ok:
			v.Add("practices/"+validation.Index(i), ErrUnknownPractice)
		case in.state[k] != notRecorded:
			v.Add("practices/"+validation.Index(i), ErrDuplicate)
		default:
			in.state[k] = done
		}
	}
	for i, nd := range p.NotDone {
		k, ok := c.practice(nd.Practice)
		switch {
		case !ok:
			v.Add("notDone/"+validation.Index(i)+"/practice", ErrUnknownPractice)
		case in.state[k] != notRecorded:
			v.Add("notDone/"+validation.Index(i)+"/practice", ErrDuplicate)
		default:
			in.state[k] = notDone
		}
		if !nd.Reason.Valid() {
			v.Add("notDone/"+validation.Index(i)+"/reason", ErrBadValue)
		}
	}
	in.care = normalTags(&v, "careLanguages", p.CareLanguages)
	in.materials = normalTags(&v, "materialLanguages", p.MaterialLanguages)
	return in, v.Err()
}
