package traumainformed_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/assessment"
	ti "github.com/wholeperson/integrative/traumainformed"
	"github.com/wholeperson/integrative/validation"
)

func gapKinds(gaps []ti.Gap) []string {
	var out []string
	for _, g := range gaps {
		out = append(out, g.Kind.String()+"/"+g.Principle.String()+"/"+g.Severity.String())
	}
	return out
}

func TestAuditClientA(t *testing.T) {
	r, err := ti.Audit(planA())
	require.NoError(t, err)
	assert.Equal(t, ti.DisclosureReported, r.Disclosure)
	require.Len(t, r.Coverage, 6)
	for _, c := range r.Coverage {
		assert.True(t, c.Covered(), c.Principle.String())
	}
	assert.Empty(t, r.Uncovered())
	assert.Equal(t, []ti.PracticeID{ti.PracticePeerGroup}, r.Coverage[2].Practices)
	assert.Equal(t, []ti.PracticeID{ti.PracticeCareLanguage, ti.PracticeMaterialsLanguage}, r.Coverage[5].Practices)
	// He shared how military service shapes his understanding, and the plan
	// records no cultural adaptation: info.
	assert.Equal(t, []string{"culture-not-reflected/cultural-historical-and-gender-issues/info"}, gapKinds(r.Gaps))
	assert.Equal(t, []ti.PracticeID{ti.PracticeCulturalAdaptation}, r.Gaps[0].Add)
	assert.NotEmpty(t, r.Gaps[0].Sources)
}

func TestAuditEmptyPlan(t *testing.T) {
	r, err := ti.Audit(ti.Plan{})
	require.NoError(t, err)
	assert.Equal(t, ti.DisclosureNone, r.Disclosure)
	require.Len(t, r.Gaps, 6)
	assert.Len(t, r.Uncovered(), 6)
	for i, g := range r.Gaps {
		p := ti.PrincipleID(i + 1)
		assert.Equal(t, ti.GapUncovered, g.Kind)
		assert.Equal(t, p, g.Principle)
		// A principle not covered is a suggestion, not a warning.
		assert.Equal(t, ti.SeverityInfo, g.Severity)
		assert.Equal(t, ti.Builtin().Serving(p), g.Add)
		pr, _ := ti.LookupPrinciple(p)
		assert.Equal(t, pr.Remedy, g.Action)
		assert.Contains(t, g.Why, pr.Name)
		assert.Contains(t, g.Why, "universal precautions")
		assert.GreaterOrEqual(t, len(g.Sources), 2)
	}
}

// TestAuditEachPrinciple covers and uncovers each principle in turn.
func TestAuditEachPrinciple(t *testing.T) {
	all := ti.Practices()
	for _, pr := range ti.Principles() {
		t.Run(pr.ID.String(), func(t *testing.T) {
			// Every practice that does not serve the principle: only it is
			// uncovered.
			var others []ti.PracticeID
			for _, p := range all {
				if !p.Serves(pr.ID) {
					others = append(others, p.ID)
				}
			}
			r, err := ti.Audit(ti.Plan{Practices: others})
			require.NoError(t, err)
			assert.Equal(t, []ti.PrincipleID{pr.ID}, r.Uncovered())
			require.Len(t, r.Gaps, 1)
			assert.Equal(t, ti.GapUncovered, r.Gaps[0].Kind)
			assert.Equal(t, pr.ID, r.Gaps[0].Principle)

			// Each practice serving it covers it on its own.
			for _, id := range ti.Builtin().Serving(pr.ID) {
				r, err := ti.Audit(ti.Plan{Practices: []ti.PracticeID{id}})
				require.NoError(t, err)
				assert.Equal(t, []ti.PracticeID{id}, r.Coverage[pr.ID-1].Practices, id)
				assert.NotContains(t, r.Uncovered(), pr.ID, id)
			}
		})
	}
}

// TestAuditUniversalPrecautions: the same gaps, with the same severities,
// whatever the client disclosed; only the explanation changes, and nothing
// asks for disclosure.
func TestAuditUniversalPrecautions(t *testing.T) {
	tests := []struct {
		name   string
		client ti.Client
		want   ti.Disclosure
		phrase string
	}{
		{"reported", ti.Client{Exposure: assessment.ExposureYes}, ti.DisclosureReported, "reports trauma exposure"},
		{"ace only", ti.Client{Exposure: assessment.ExposureNo, ACECount: intPtr(2)}, ti.DisclosureReported, "adverse childhood experiences"},
		{"declined", ti.Client{Exposure: assessment.ExposureDeclined}, ti.DisclosureDeclined, "nothing here asks for disclosure"},
		{"declined, ACE zero", ti.Client{Exposure: assessment.ExposureDeclined, ACECount: intPtr(0)}, ti.DisclosureDeclined, "chose not to discuss trauma"},
		{"none reported", ti.Client{Exposure: assessment.ExposureNo}, ti.DisclosureNone, "universal precautions"},
		{"not asked", ti.Client{}, ti.DisclosureNone, "universal precautions"},
	}
	plan := ti.Plan{Practices: []ti.PracticeID{ti.PracticeSafetyPlan, ti.PracticeRationale}}
	base, err := ti.Audit(plan)
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan.Client = tt.client
			assert.Equal(t, tt.want, tt.client.Disclosure())
			r, err := ti.Audit(plan)
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Disclosure)
			assert.Equal(t, gapKinds(base.Gaps), gapKinds(r.Gaps))
			assert.Equal(t, base.Coverage, r.Coverage)
			for _, g := range r.Gaps {
				assert.Contains(t, g.Why, tt.phrase)
				assert.NotContains(t, strings.ToLower(g.Action), "ask about trauma")
			}
		})
	}
}

func TestAuditLanguages(t *testing.T) {
	es, en, fr := language.Spanish, language.English, language.French
	esMX, es419 := language.MustParse("es-MX"), language.MustParse("es-419")
	tags := func(ts ...language.Tag) []language.Tag { return ts }
	tests := []struct {
		name      string
		prefs     []language.Tag
		practices []ti.PracticeID
		care      []language.Tag
		materials []language.Tag
		wantGaps  []string
		credited  []ti.PracticeID // practices counted for Cultural
	}{
		{name: "preferred language offered", prefs: tags(es, en), care: tags(es), materials: tags(en, es),
			credited: []ti.PracticeID{ti.PracticeCareLanguage, ti.PracticeMaterialsLanguage}},
		{name: "regional variant served", prefs: tags(esMX), care: tags(es), materials: tags(es419),
			credited: []ti.PracticeID{ti.PracticeCareLanguage, ti.PracticeMaterialsLanguage}},
		{name: "only a secondary language", prefs: tags(es, en), care: tags(en), materials: tags(en),
			practices: []ti.PracticeID{ti.PracticeClinicianGender},
			wantGaps: []string{"care-language/cultural-historical-and-gender-issues/info",
				"materials-language/cultural-historical-and-gender-issues/info"},
			credited: []ti.PracticeID{ti.PracticeClinicianGender}},
		{name: "no client language offered", prefs: tags(es), care: tags(en, fr), materials: tags(es),
			practices: []ti.PracticeID{ti.PracticeCareLanguage},
			wantGaps:  []string{"care-language/cultural-historical-and-gender-issues/warning"},
			credited:  []ti.PracticeID{ti.PracticeMaterialsLanguage}},
		{name: "languages not recorded: the recorded practice stands", prefs: tags(es),
			practices: []ti.PracticeID{ti.PracticeCareLanguage},
			credited:  []ti.PracticeID{ti.PracticeCareLanguage}},
		{name: "languages not recorded and no practice", prefs: tags(es),
			wantGaps: []string{"principle-not-covered/cultural-historical-and-gender-issues/info"}},
		{name: "client languages unknown", care: tags(en), practices: []ti.PracticeID{ti.PracticeMaterialsLanguage},
			credited: []ti.PracticeID{ti.PracticeMaterialsLanguage}},
		{name: "uncovered and a language warning", prefs: tags(es), care: tags(en), materials: tags(en),
			wantGaps: []string{
				"care-language/cultural-historical-and-gender-issues/warning",
				"materials-language/cultural-historical-and-gender-issues/warning",
				"principle-not-covered/cultural-historical-and-gender-issues/info",
			}},
	}
	// Practices covering every principle but Cultural, so that only the
	// language facts decide it.
	base := []ti.PracticeID{ti.PracticeSafetyPlan, ti.PracticeRationale, ti.PracticePeerGroup, ti.PracticeSkills}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ti.Plan{
				Client:            ti.Client{Languages: tt.prefs},
				Practices:         append(slices.Clone(base), tt.practices...),
				CareLanguages:     tt.care,
				MaterialLanguages: tt.materials,
			}
			r, err := ti.Audit(p)
			require.NoError(t, err)
			assert.Equal(t, tt.wantGaps, gapKinds(r.Gaps))
			assert.Equal(t, tt.credited, r.Coverage[ti.Cultural-1].Practices)
			for _, g := range r.Gaps {
				if g.Kind == ti.GapCareLanguage || g.Kind == ti.GapMaterialsLanguage {
					assert.Equal(t, tt.prefs[0], g.Language)
					assert.Len(t, g.Add, 1)
					assert.NotEmpty(t, g.Sources)
				}
			}
		})
	}
}

func TestAuditCultureNotes(t *testing.T) {
	p := planA()
	p.Client.CultureNotes = nil
	r, err := ti.Audit(p)
	require.NoError(t, err)
	assert.Empty(t, r.Gaps)

	p = planA()
	p.Practices = append(p.Practices, ti.PracticeCulturalAdaptation)
	r, err = ti.Audit(p)
	require.NoError(t, err)
	assert.Empty(t, r.Gaps)
	assert.Contains(t, r.Coverage[ti.Cultural-1].Practices, ti.PracticeCulturalAdaptation)
	// The note's words never appear in the report.
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.NotContains(t, string(b), "Military")
}

func TestAuditValidation(t *testing.T) {
	p := ti.Plan{
		Client: ti.Client{
			Exposure:     assessment.Exposure(9),
			ACECount:     intPtr(11),
			Languages:    []language.Tag{language.Und, language.Spanish, language.Spanish},
			CultureNotes: []string{"fine", "  "},
		},
		Practices:         []ti.PracticeID{ti.PracticeSkills, "drop table practices", ti.PracticeSkills},
		CareLanguages:     []language.Tag{language.Und},
		MaterialLanguages: []language.Tag{language.English, language.English},
	}
	_, err := ti.Audit(p)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	want := []struct {
		path string
		err  error
	}{
		{"careLanguages/0", ti.ErrBadValue},
		{"client/aceCount", ti.ErrOutOfRange},
		{"client/cultureNotes/1", ti.ErrRequired},
		{"client/exposure", ti.ErrBadValue},
		{"client/languages/0", ti.ErrBadValue},
		{"client/languages/2", ti.ErrDuplicate},
		{"materialLanguages/1", ti.ErrDuplicate},
		{"practices/1", ti.ErrUnknownPractice},
		{"practices/2", ti.ErrDuplicate},
	}
	require.Len(t, ve.Fields, len(want), "%v", err)
	for i, w := range want {
		assert.Equal(t, w.path, ve.Fields[i].Path)
		assert.ErrorIs(t, ve.Fields[i], w.err)
	}
	assert.NotContains(t, err.Error(), "drop table")
	assert.ErrorIs(t, err, ti.ErrUnknownPractice)
}

func TestAuditDeterministic(t *testing.T) {
	p := ti.Plan{Client: clientA(), CareLanguages: []language.Tag{language.English}, Practices: []ti.PracticeID{ti.PracticeGoals}}
	a, err := ti.Audit(p)
	require.NoError(t, err)
	b, err := ti.Audit(p)
	require.NoError(t, err)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	assert.Equal(t, string(ja), string(jb))
	// Warnings come before info.
	for i := 1; i < len(a.Gaps); i++ {
		assert.GreaterOrEqual(t, a.Gaps[i-1].Severity, a.Gaps[i].Severity)
	}
}

func TestClientOf(t *testing.T) {
	in := assessment.Intake{
		Trauma:       assessment.Trauma{Exposure: assessment.ExposureDeclined, ACECount: intPtr(3)},
		Languages:    []language.Tag{language.Spanish},
		CultureNotes: []string{"note"},
	}
	c := ti.ClientOf(in)
	assert.Equal(t, assessment.ExposureDeclined, c.Exposure)
	assert.Equal(t, 3, *c.ACECount)
	assert.Equal(t, ti.DisclosureReported, c.Disclosure())
	// Copies: changing the client leaves the intake alone.
	*c.ACECount = 0
	c.Languages[0] = language.English
	c.CultureNotes[0] = "x"
	assert.Equal(t, 3, *in.Trauma.ACECount)
	assert.Equal(t, language.Spanish, in.Languages[0])
	assert.Equal(t, "note", in.CultureNotes[0])
	assert.Nil(t, ti.ClientOf(assessment.Intake{}).ACECount)
}

// TestAuditNotDone: a practice offered and declined, or not suited to the
// client's age, closes the gaps its absence would open (issue 11 item 17).
func TestAuditNotDone(t *testing.T) {
	// Every principle but Peer Support covered.
	base := []ti.PracticeID{ti.PracticeSafetyPlan, ti.PracticeRationale, ti.PracticeSkills, ti.PracticeClinicianGender}
	tests := []struct {
		name     string
		notDone  []ti.NotDone
		wantGaps []string
	}{
		{name: "peer support not recorded",
			wantGaps: []string{"principle-not-covered/peer-support/info"}},
		{name: "peer group offered and declined",
			notDone: []ti.NotDone{{Practice: ti.PracticePeerGroup, Reason: ti.Declined}}},
		{name: "peer group not suited to age",
			notDone: []ti.NotDone{{Practice: ti.PracticePeerGroup, Reason: ti.NotSuitedToAge}}},
		{name: "by alias",
			notDone: []ti.NotDone{{Practice: "Peer support group", Reason: ti.Declined}}},
		{name: "a declined practice serving another principle leaves the gap",
			notDone:  []ti.NotDone{{Practice: ti.PracticeGoals, Reason: ti.Declined}},
			wantGaps: []string{"principle-not-covered/peer-support/info"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ti.Audit(ti.Plan{Practices: base, NotDone: tt.notDone})
			require.NoError(t, err)
			assert.Equal(t, tt.wantGaps, gapKinds(r.Gaps))
			peer := r.Coverage[ti.PeerSupport-1]
			assert.False(t, peer.Covered())
			assert.Equal(t, tt.wantGaps == nil, peer.Addressed())
			if tt.wantGaps == nil {
				assert.Equal(t, []ti.PracticeID{ti.PracticePeerGroup}, peer.NotDone)
			}
		})
	}

	// A language practice the client declined raises no language gap, and
	// a declined cultural adaptation no culture gap.
	p := ti.Plan{
		Client:        ti.Client{Languages: []language.Tag{language.Spanish, language.English}, CultureNotes: []string{"note"}},
		Practices:     append(slices.Clone(base), ti.PracticePeerGroup),
		CareLanguages: []language.Tag{language.English},
	}
	r, err := ti.Audit(p)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"care-language/cultural-historical-and-gender-issues/info",
		"culture-not-reflected/cultural-historical-and-gender-issues/info",
	}, gapKinds(r.Gaps))
	p.NotDone = []ti.NotDone{
		{Practice: ti.PracticeCareLanguage, Reason: ti.Declined},
		{Practice: ti.PracticeCulturalAdaptation, Reason: ti.Declined},
	}
	r, err = ti.Audit(p)
	require.NoError(t, err)
	assert.Empty(t, r.Gaps)
	assert.Equal(t, []ti.PracticeID{ti.PracticeCareLanguage, ti.PracticeCulturalAdaptation}, r.Coverage[ti.Cultural-1].NotDone)
}

func TestAuditNotDoneValidation(t *testing.T) {
	_, err := ti.Audit(ti.Plan{
		Practices: []ti.PracticeID{ti.PracticePeerGroup},
		NotDone: []ti.NotDone{
			{Practice: "peer-support-group", Reason: ti.Declined}, // an alias of a recorded practice
			{Practice: "no such practice", Reason: ti.NotSuitedToAge},
			{Practice: ti.PracticeGoals},
			{Practice: ti.PracticeSkills, Reason: ti.NotDoneReason(9)},
			{Practice: ti.PracticeSkills, Reason: ti.Declined},
		},
	})
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	want := []struct {
		path string
		err  error
	}{
		{"notDone/0/practice", ti.ErrDuplicate},
		{"notDone/1/practice", ti.ErrUnknownPractice},
		{"notDone/2/reason", ti.ErrBadValue},
		{"notDone/3/reason", ti.ErrBadValue},
		{"notDone/4/practice", ti.ErrDuplicate},
	}
	require.Len(t, ve.Fields, len(want), "%v", err)
	for i, w := range want {
		assert.Equal(t, w.path, ve.Fields[i].Path)
		assert.ErrorIs(t, ve.Fields[i], w.err)
	}
	assert.NotContains(t, err.Error(), "no such")
}

// TestAuditPracticeAliases: a plan may name practices by natural names;
// the report names them by ID.
func TestAuditPracticeAliases(t *testing.T) {
	r, err := ti.Audit(ti.Plan{Practices: []ti.PracticeID{
		"shared-decision-making", "Safety Plan", "PEER_SUPPORT", ti.PracticeRationale, "skills-training",
	}})
	require.NoError(t, err)
	assert.Equal(t, []ti.PracticeID{ti.PracticeSafetyPlan}, r.Coverage[ti.Safety-1].Practices[1:])
	assert.Equal(t, []ti.PracticeID{ti.PracticePeerGroup}, r.Coverage[ti.PeerSupport-1].Practices)
	assert.Equal(t, []ti.PracticeID{ti.PracticeRationale, ti.PracticeSharedDecision, ti.PracticeSafetyPlan},
		r.Coverage[ti.Collaboration-1].Practices)

	// An alias and the ID of one practice are the same practice.
	_, err = ti.Audit(ti.Plan{Practices: []ti.PracticeID{ti.PracticeSharedDecision, "shared decision making"}})
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("practices/1", ti.ErrDuplicate), "%v", err)
}

// TestAuditLanguageTagsNormalized: tags are canonicalized and stripped of
// extensions and private-use subtags before they are compared or reported.
func TestAuditLanguageTagsNormalized(t *testing.T) {
	tests := []struct {
		pref string
		want string
	}{
		{"es-x-zqmaria", "es"},
		{"es-MX-x-zqnote", "es-MX"},
		{"iw", "he"},
		{"EN-us-u-co-phonebk", "en-US"},
		{"de-Qaaa-XA", "de"},
		{"sr-Latn-QM", "sr-Latn"},
		{"zh-cmn-Hant", "zh-Hant"},
		{"en-t-es-x-zqpriv", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.pref, func(t *testing.T) {
			r, err := ti.Audit(ti.Plan{
				Client:        ti.Client{Languages: []language.Tag{language.MustParse(tt.pref)}},
				CareLanguages: []language.Tag{language.MustParse("fr")},
			})
			require.NoError(t, err)
			require.Equal(t, ti.GapCareLanguage, r.Gaps[0].Kind)
			assert.Equal(t, tt.want, r.Gaps[0].Language.String())
			b, err := json.Marshal(r)
			require.NoError(t, err)
			for _, private := range []string{"zq", "phonebk", "Qaaa", "-XA", "-QM"} {
				assert.NotContains(t, string(b), private)
			}
		})
	}
	// A private-use tag matches its language: es-x-foo is served by es.
	r, err := ti.Audit(ti.Plan{
		Client:        ti.Client{Languages: []language.Tag{language.MustParse("es-x-foo")}},
		Practices:     []ti.PracticeID{ti.PracticeCulturalAdaptation},
		CareLanguages: []language.Tag{language.Spanish},
	})
	require.NoError(t, err)
	assert.NotContains(t, gapKinds(r.Gaps), "care-language/cultural-historical-and-gender-issues/warning")
	assert.Equal(t, []ti.PracticeID{ti.PracticeCareLanguage, ti.PracticeCulturalAdaptation}, r.Coverage[ti.Cultural-1].Practices)

	// No base language, and duplicates in normal form, are errors.
	_, err = ti.Audit(ti.Plan{
		Client: ti.Client{Languages: []language.Tag{
			language.MustParse("und-x-secret"), language.MustParse("und-Latn"), language.Spanish,
			language.MustParse("es-x-other"), language.MustParse("iw"), language.MustParse("he"),
		}},
		CareLanguages: []language.Tag{language.MustParse("x-secret")},
	})
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	want := []struct {
		path string
		err  error
	}{
		{"careLanguages/0", ti.ErrBadValue},
		{"client/languages/0", ti.ErrBadValue},
		{"client/languages/1", ti.ErrBadValue},
		{"client/languages/3", ti.ErrDuplicate},
		{"client/languages/5", ti.ErrDuplicate},
	}
	require.Len(t, ve.Fields, len(want), "%v", err)
	for i, w := range want {
		assert.Equal(t, w.path, ve.Fields[i].Path)
		assert.ErrorIs(t, ve.Fields[i], w.err)
	}
	assert.NotContains(t, err.Error(), "secret")
}

// manyTags returns n distinct language tags, each with its own base
// language.
func manyTags(tb testing.TB, n int) []language.Tag {
	tb.Helper()
	out := make([]language.Tag, 0, n)
	seen := map[string]bool{}
	for a := 'a'; a <= 'z' && len(out) < n; a++ {
		for b := 'a'; b <= 'z' && len(out) < n; b++ {
			for c := 'a'; c <= 'z' && len(out) < n; c++ {
				t, err := language.Parse(string([]rune{a, b, c}))
				if err != nil || seen[t.String()] {
					continue
				}
				canon, _ := language.All.Canonicalize(t)
				if base, _, _ := canon.Raw(); base.String() == "und" || seen[canon.String()] {
					continue
				}
				seen[t.String()], seen[canon.String()] = true, true
				out = append(out, t)
			}
		}
	}
	if len(out) < n {
		tb.Fatalf("only %d tags", len(out))
	}
	return out
}

// TestAuditManyLanguages: 4,000 preferred and 4,000 offered languages,
// which took 4.9 s when each preference was compared with each offer,
// take milliseconds (issue 10 item 6; the benchmarks show the growth).
func TestAuditManyLanguages(t *testing.T) {
	tags := manyTags(t, 8000)
	p := ti.Plan{Client: ti.Client{Languages: tags[:4000]}, CareLanguages: tags[4000:], MaterialLanguages: tags[4000:]}
	start := time.Now()
	r, err := ti.Audit(p)
	elapsed := time.Since(start)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"care-language/cultural-historical-and-gender-issues/warning",
		"materials-language/cultural-historical-and-gender-issues/warning",
	}, gapKinds(r.Gaps)[:2])
	assert.Less(t, elapsed, 2*time.Second)
}
