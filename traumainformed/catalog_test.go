package traumainformed_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/evidence"
	ti "github.com/wholeperson/integrative/traumainformed"
	"github.com/wholeperson/integrative/validation"
)

func TestCatalogVersion(t *testing.T) {
	assert.NotEmpty(t, ti.CatalogVersion)
}

func sourcesValid(t *testing.T, what string, sources []evidence.Source) {
	t.Helper()
	assert.NotEmpty(t, sources, "%s has no source", what)
	for _, s := range sources {
		assert.NoError(t, s.Validate(), "%s: %s", what, s)
	}
}

func TestPrinciplesExactNames(t *testing.T) {
	// SAMHSA (2014), Six Key Principles of a Trauma-Informed Approach.
	want := []string{
		"Safety",
		"Trustworthiness and Transparency",
		"Peer Support",
		"Collaboration and Mutuality",
		"Empowerment, Voice and Choice",
		"Cultural, Historical, and Gender Issues",
	}
	ps := ti.Principles()
	require.Len(t, ps, len(want))
	for i, p := range ps {
		assert.Equal(t, ti.PrincipleID(i+1), p.ID)
		assert.Equal(t, want[i], p.Name)
		assert.NotEmpty(t, p.Meaning)
		assert.NotEmpty(t, p.Application)
		assert.NotEmpty(t, p.Impact)
		assert.NotEmpty(t, p.Remedy)
		sourcesValid(t, p.Name, p.Sources)
		got, ok := ti.LookupPrinciple(p.ID)
		assert.True(t, ok)
		assert.Equal(t, p, got)
	}
	_, ok := ti.LookupPrinciple(ti.PrincipleUnknown)
	assert.False(t, ok)
	_, ok = ti.LookupPrinciple(ti.PrincipleID(7))
	assert.False(t, ok)
}

func TestDomainsOrder(t *testing.T) {
	// SAMHSA (2014), the ten implementation domains in the document's order.
	want := []string{
		"Governance and Leadership",
		"Policy",
		"Physical Environment",
		"Engagement and Involvement",
		"Cross Sector Collaboration",
		"Screening, Assessment, Treatment Services",
		"Training and Workforce Development",
		"Progress Monitoring and Quality Assurance",
		"Financing",
		"Evaluation",
	}
	ds := ti.Domains()
	require.Len(t, ds, len(want))
	for i, d := range ds {
		assert.Equal(t, ti.DomainID(i+1), d.ID)
		assert.Equal(t, want[i], d.Name)
		assert.NotEmpty(t, d.Description)
		sourcesValid(t, d.Name, d.Sources)
		got, ok := ti.LookupDomain(d.ID)
		assert.True(t, ok)
		assert.Equal(t, d, got)
	}
	_, ok := ti.LookupDomain(ti.DomainUnknown)
	assert.False(t, ok)
}

func TestPracticesIntegrity(t *testing.T) {
	ps := ti.Practices()
	require.NotEmpty(t, ps)
	seen := map[ti.PracticeID]bool{}
	for _, p := range ps {
		assert.NoError(t, p.Validate(), p.ID)
		assert.False(t, seen[p.ID], "duplicate %s", p.ID)
		seen[p.ID] = true
		assert.NotEmpty(t, p.Description, p.ID)
		got, ok := ti.LookupPractice(p.ID)
		assert.True(t, ok)
		assert.Equal(t, p, got)
	}
	// Every built-in ID constant resolves, and every principle is served.
	for _, id := range []ti.PracticeID{
		ti.PracticeConsent, ti.PracticeRationale, ti.PracticePredictable, ti.PracticeSharedDecision,
		ti.PracticeClinicianGender, ti.PracticeCareLanguage, ti.PracticeMaterialsLanguage, ti.PracticePeerGroup,
		ti.PracticeSkills, ti.PracticeSafetyPlan, ti.PracticeCulturalAdaptation, ti.PracticeGoals,
		ti.PracticeStrengths, ti.PracticeTraumaReactions, ti.PracticeHistoricalTrauma, ti.PracticeFeedback,
	} {
		assert.True(t, seen[id], "constant %s not in the catalog", id)
	}
	assert.Len(t, ps, 16)
	for _, p := range ti.Principles() {
		assert.NotEmpty(t, ti.Builtin().Serving(p.ID), "no practice serves %s", p.Name)
	}
	assert.Nil(t, ti.Builtin().Serving(ti.PrincipleUnknown))
	_, ok := ti.LookupPractice("no-such-practice")
	assert.False(t, ok)
}

func TestCatalogAccessorsReturnCopies(t *testing.T) {
	p, ok := ti.LookupPractice(ti.PracticeSafetyPlan)
	require.True(t, ok)
	p.Principles[0] = ti.PeerSupport
	p.Sources[0].Title = "changed"
	again, _ := ti.LookupPractice(ti.PracticeSafetyPlan)
	assert.Equal(t, ti.Safety, again.Principles[0])
	assert.NotEqual(t, "changed", again.Sources[0].Title)

	pr, _ := ti.LookupPrinciple(ti.Safety)
	pr.Sources[0].Title = "changed"
	again2, _ := ti.LookupPrinciple(ti.Safety)
	assert.NotEqual(t, "changed", again2.Sources[0].Title)

	s := ti.Builtin().Serving(ti.Safety)
	s[0] = "changed"
	assert.NotEqual(t, ti.PracticeID("changed"), ti.Builtin().Serving(ti.Safety)[0])

	term, _ := ti.LookupTerm("addict")
	term.Instead[0] = "changed"
	again3, _ := ti.LookupTerm("addict")
	assert.NotEqual(t, "changed", again3.Instead[0])

	sig, _ := ti.LookupSignal(ti.SignalSafetyPlan)
	sig.Contesting[0].Title = "changed"
	again4, _ := ti.LookupSignal(ti.SignalSafetyPlan)
	assert.NotEqual(t, "changed", again4.Contesting[0].Title)
}

func TestSignalsIntegrity(t *testing.T) {
	ss := ti.Signals()
	require.Len(t, ss, 4)
	for i, s := range ss {
		assert.Equal(t, ti.SignalID(i+1), s.ID)
		assert.NotEmpty(t, s.Name)
		assert.NotEmpty(t, s.Description)
		sourcesValid(t, s.Name, s.Supporting)
		sourcesValid(t, s.Name, s.Contesting)
	}
	_, ok := ti.LookupSignal(ti.SignalUnknown)
	assert.False(t, ok)
}

func TestTermsIntegrity(t *testing.T) {
	ts := ti.Terms()
	require.NotEmpty(t, ts)
	_, err := ti.NewCatalog(ti.Data{Terms: ts})
	require.NoError(t, err)
	for _, term := range ts {
		assert.NotEmpty(t, term.Forms, term.ID)
		assert.NotEmpty(t, term.Instead, term.ID)
		assert.NotEmpty(t, term.Why, term.ID)
		sourcesValid(t, string(term.ID), term.Sources)
		// Every form matches itself, whole, as its own term.
		for _, f := range term.Forms {
			m := ti.CheckLanguage(f)
			if assert.Len(t, m, 1, "form %q", f) {
				assert.Equal(t, term.ID, m[0].Term, "form %q", f)
				assert.Equal(t, 0, m[0].Start)
				assert.Equal(t, len(f), m[0].End)
			}
		}
		// No exception is reported as the term.
		for _, e := range term.Except {
			for _, m := range ti.CheckLanguage(e) {
				assert.NotEqual(t, term.ID, m.Term, "exception %q", e)
			}
		}
		// The alternatives are themselves clean.
		for _, alt := range term.Instead {
			assert.Empty(t, ti.CheckLanguage(alt), "alternative %q", alt)
		}
	}
}

func TestNewCatalog(t *testing.T) {
	src := evidence.Source{Title: "Clinic handbook", Publisher: "A clinic", Year: 2024}
	own := ti.Practice{
		ID: "trauma-informed-waiting-room", Title: "Quiet waiting area offered",
		Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src},
	}
	d := ti.BuiltinData()
	d.Practices = append(d.Practices, own)
	c, err := ti.NewCatalog(d)
	require.NoError(t, err)
	got, ok := c.LookupPractice(own.ID)
	assert.True(t, ok)
	assert.Equal(t, own, got)
	assert.Len(t, c.Practices(), len(ti.Practices())+1)
	assert.Contains(t, c.Serving(ti.Safety), own.ID)
	assert.Equal(t, ti.Terms(), c.Terms())

	// The host's practice counts in the audit.
	r, err := c.Audit(ti.Plan{Practices: []ti.PracticeID{own.ID}})
	require.NoError(t, err)
	assert.Equal(t, []ti.PracticeID{own.ID}, r.Coverage[0].Practices)
	// The built-in catalog does not know it.
	_, err = ti.Audit(ti.Plan{Practices: []ti.PracticeID{own.ID}})
	assert.ErrorIs(t, err, ti.ErrUnknownPractice)

	tests := []struct {
		name string
		p    ti.Practice
		path string
		want error
	}{
		{"empty id", ti.Practice{Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/id", ti.ErrRequired},
		{"bad id", ti.Practice{ID: "Has Spaces", Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/id", ti.ErrBadValue},
		{"double hyphen", ti.Practice{ID: "a--b", Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/id", ti.ErrBadValue},
		{"duplicate id", ti.Practice{ID: ti.PracticeSafetyPlan, Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/id", ti.ErrDuplicate},
		{"no title", ti.Practice{ID: "a", Title: " ", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/title", ti.ErrRequired},
		{"no principles", ti.Practice{ID: "a", Title: "x", Sources: []evidence.Source{src}}, "practices/N/principles", ti.ErrRequired},
		{"bad principle", ti.Practice{ID: "a", Title: "x", Principles: []ti.PrincipleID{9}, Sources: []evidence.Source{src}}, "practices/N/principles/0", ti.ErrBadValue},
		{"repeated principle", ti.Practice{ID: "a", Title: "x", Principles: []ti.PrincipleID{ti.Safety, ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/principles/1", ti.ErrDuplicate},
		{"no source", ti.Practice{ID: "a", Title: "x", Principles: []ti.PrincipleID{ti.Safety}}, "practices/N/sources", evidence.ErrNoSource},
		{"bad alias", ti.Practice{ID: "a", Aliases: []ti.PracticeID{"Safety Plan"}, Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/aliases/0", ti.ErrBadValue},
		{"alias repeats the ID", ti.Practice{ID: "a", Aliases: []ti.PracticeID{"a"}, Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/aliases/0", ti.ErrDuplicate},
		{"alias is another practice's ID", ti.Practice{ID: "a", Aliases: []ti.PracticeID{ti.PracticeSkills}, Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/aliases/0", ti.ErrDuplicate},
		{"alias is another practice's alias", ti.Practice{ID: "a", Aliases: []ti.PracticeID{"b", "safety-plan"}, Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/aliases/1", ti.ErrDuplicate},
		{"ID is another practice's alias", ti.Practice{ID: "safety-plan", Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{src}}, "practices/N/id", ti.ErrDuplicate},
		{"bad source", ti.Practice{ID: "a", Title: "x", Principles: []ti.PrincipleID{ti.Safety}, Sources: []evidence.Source{{Title: "x"}}}, "practices/N/sources/0/publisher", evidence.ErrNoPublisher},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ti.BuiltinData()
			d.Practices = append(d.Practices, tt.p)
			_, err := ti.NewCatalog(d)
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			path := strings.Replace(tt.path, "N", strconv.Itoa(len(d.Practices)-1), 1)
			assert.True(t, ve.Has(path, tt.want), "%v", err)
		})
	}
}

func TestNewCatalogTermErrors(t *testing.T) {
	src := evidence.Source{Title: "Style guide", Publisher: "A clinic", Year: 2024}
	good := ti.Term{ID: "x", Forms: []string{"frobnicator"}, Instead: []string{"person"}, Why: "why", Sources: []evidence.Source{src}}
	tests := []struct {
		name  string
		terms []ti.Term
		path  string
		want  error
	}{
		{"empty id", []ti.Term{{Forms: []string{"a"}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/0/id", ti.ErrRequired},
		{"bad id", []ti.Term{{ID: "X Y", Forms: []string{"a"}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/0/id", ti.ErrBadValue},
		{"duplicate id", []ti.Term{good, {ID: "x", Forms: []string{"other"}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/1/id", ti.ErrDuplicate},
		{"no forms", []ti.Term{{ID: "a", Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/0/forms", ti.ErrRequired},
		{"form without a word", []ti.Term{{ID: "a", Forms: []string{" -- "}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/0/forms/0", ti.ErrBadForm},
		{"form used twice", []ti.Term{good, {ID: "y", Forms: []string{"FROBNICATOR"}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/1/forms/0", ti.ErrDuplicate},
		{"exception without the form", []ti.Term{{ID: "a", Forms: []string{"a"}, Except: []string{"b c"}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/0/except/0", ti.ErrBadForm},
		{"exception form too late", []ti.Term{{ID: "a", Forms: []string{"a"}, Except: []string{"w x y z a"}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/0/except/0", ti.ErrBadForm},
		{"no alternative", []ti.Term{{ID: "a", Forms: []string{"a"}, Why: "c", Sources: []evidence.Source{src}}}, "terms/0/instead", ti.ErrRequired},
		{"blank alternative", []ti.Term{{ID: "a", Forms: []string{"a"}, Instead: []string{" "}, Why: "c", Sources: []evidence.Source{src}}}, "terms/0/instead", ti.ErrRequired},
		{"no why", []ti.Term{{ID: "a", Forms: []string{"a"}, Instead: []string{"b"}, Sources: []evidence.Source{src}}}, "terms/0/why", ti.ErrRequired},
		{"no source", []ti.Term{{ID: "a", Forms: []string{"a"}, Instead: []string{"b"}, Why: "c"}}, "terms/0/sources", evidence.ErrNoSource},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ti.NewCatalog(ti.Data{Terms: tt.terms})
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.want), "%v", err)
		})
	}
	// A host extends the built-in terms.
	d := ti.BuiltinData()
	d.Terms = append(d.Terms, good)
	l, err := ti.NewCatalog(d)
	require.NoError(t, err)
	m := l.CheckLanguage("The Frobnicator and the addict.")
	require.Len(t, m, 2)
	assert.Equal(t, ti.TermID("x"), m[0].Term)
	assert.Equal(t, ti.TermID("addict"), m[1].Term)
	got, ok := l.LookupTerm("x")
	assert.True(t, ok)
	assert.Equal(t, good, got)
	assert.Len(t, l.Terms(), len(ti.Terms())+1)
	_, ok = l.LookupTerm("nope")
	assert.False(t, ok)
}

// TestLookupPracticeAliases: natural names a host sends find the practice
// (issue 10 item 11); the result carries the one ID.
func TestLookupPracticeAliases(t *testing.T) {
	tests := []struct {
		name ti.PracticeID
		want ti.PracticeID
	}{
		{"shared-decisions-recorded", ti.PracticeSharedDecision},
		{"shared-decision-making", ti.PracticeSharedDecision},
		{"Shared decision making", ti.PracticeSharedDecision},
		{"SHARED_DECISION", ti.PracticeSharedDecision},
		{"  shared -- decisions  ", ti.PracticeSharedDecision},
		{"safety plan", ti.PracticeSafetyPlan},
		{"Peer support", ti.PracticePeerGroup},
		{"interpreter", ti.PracticeCareLanguage},
		{"skills training", ti.PracticeSkills},
	}
	for _, tt := range tests {
		p, ok := ti.LookupPractice(tt.name)
		if assert.True(t, ok, tt.name) {
			assert.Equal(t, tt.want, p.ID, tt.name)
		}
	}
	for _, name := range []ti.PracticeID{"", "-", "shared decision making!", "sharéd-decision", "safety plan 2"} {
		_, ok := ti.LookupPractice(name)
		assert.False(t, ok, name)
	}
	// Every alias of every built-in practice finds it, and no name is used
	// twice.
	seen := map[ti.PracticeID]ti.PracticeID{}
	for _, p := range ti.Practices() {
		for _, name := range append([]ti.PracticeID{p.ID}, p.Aliases...) {
			got, ok := ti.LookupPractice(name)
			assert.True(t, ok, name)
			assert.Equal(t, p.ID, got.ID, name)
			_, dup := seen[name]
			assert.False(t, dup, name)
			seen[name] = p.ID
		}
	}
}

// TestNewCatalogReplaces: NewCatalog holds exactly the data it is given
// (issue 10 item 8), and later changes to that data do not reach it.
func TestNewCatalogReplaces(t *testing.T) {
	src := evidence.Source{Title: "Clinic handbook", Publisher: "A clinic", Year: 2024}
	own := ti.Practice{ID: "peer-mentor", Title: "Peer mentor", Principles: []ti.PrincipleID{ti.PeerSupport}, Sources: []evidence.Source{src}}
	d := ti.Data{Practices: []ti.Practice{own}}
	c, err := ti.NewCatalog(d)
	require.NoError(t, err)
	assert.Len(t, c.Practices(), 1)
	assert.Empty(t, c.Terms())
	assert.Empty(t, c.CheckLanguage("an addict"))
	_, ok := c.LookupPractice(ti.PracticeSafetyPlan)
	assert.False(t, ok)
	d.Practices[0].Title = "changed"
	d.Practices[0].Principles[0] = ti.Safety
	got, _ := c.LookupPractice("peer-mentor")
	assert.Equal(t, own.Title, got.Title)
	assert.Equal(t, []ti.PracticeID{"peer-mentor"}, c.Serving(ti.PeerSupport))

	// The audit works with a catalog that lacks the built-in practices it
	// refers to: the language gap is still raised, with nothing to add;
	// the culture check is skipped.
	r, err := c.Audit(ti.Plan{
		Client:        ti.Client{Languages: []language.Tag{language.Spanish}, CultureNotes: []string{"note"}},
		Practices:     []ti.PracticeID{"peer-mentor"},
		CareLanguages: []language.Tag{language.English},
	})
	require.NoError(t, err)
	var kinds []ti.GapKind
	for _, g := range r.Gaps {
		kinds = append(kinds, g.Kind)
		if g.Kind == ti.GapCareLanguage {
			assert.Empty(t, g.Add)
			assert.NotEmpty(t, g.Sources)
		}
	}
	assert.Contains(t, kinds, ti.GapCareLanguage)
	assert.NotContains(t, kinds, ti.GapCulture)
	assert.Equal(t, []ti.PracticeID{"peer-mentor"}, r.Coverage[ti.PeerSupport-1].Practices)

	// The empty catalog is valid.
	empty, err := ti.NewCatalog(ti.Data{})
	require.NoError(t, err)
	r, err = empty.Audit(ti.Plan{})
	require.NoError(t, err)
	assert.Len(t, r.Gaps, 6)

	// BuiltinData is a copy.
	bd := ti.BuiltinData()
	bd.Practices[0].Title = "changed"
	bd.Terms[0].Forms[0] = "changed"
	assert.NotEqual(t, "changed", ti.BuiltinData().Practices[0].Title)
	assert.Equal(t, "addict", ti.BuiltinData().Terms[0].Forms[0])
}

func TestNewCatalogTermLimits(t *testing.T) {
	src := evidence.Source{Title: "Style guide", Publisher: "A clinic", Year: 2024}
	long := strings.Repeat("word ", ti.MaxPhraseWords+1)
	_, err := ti.NewCatalog(ti.Data{Terms: []ti.Term{
		{ID: "a", Forms: []string{long}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}},
		{ID: "b", Forms: []string{"word"}, Except: []string{long}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}},
	}})
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("terms/0/forms/0", ti.ErrBadForm), "%v", err)
	assert.True(t, ve.Has("terms/1/except/0", ti.ErrBadForm), "%v", err)
	_, err = ti.NewCatalog(ti.Data{Terms: []ti.Term{
		{ID: "a", Forms: []string{strings.Repeat("word ", ti.MaxPhraseWords)}, Instead: []string{"b"}, Why: "c", Sources: []evidence.Source{src}},
	}})
	assert.NoError(t, err)
}

func TestCatalogHasPractice(t *testing.T) {
	c := ti.Builtin()
	assert.True(t, c.HasPractice(ti.PracticeSafetyPlan))
	assert.True(t, c.HasPractice("safety plan"), "aliases count")
	assert.False(t, c.HasPractice("nope"))
}
