package traumainformed_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

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
		assert.Equal(t, ti.SeverityWarning, g.Severity)
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
			wantGaps: []string{"principle-not-covered/cultural-historical-and-gender-issues/warning"}},
		{name: "client languages unknown", care: tags(en), practices: []ti.PracticeID{ti.PracticeMaterialsLanguage},
			credited: []ti.PracticeID{ti.PracticeMaterialsLanguage}},
		{name: "uncovered and a language warning", prefs: tags(es), care: tags(en), materials: tags(en),
			wantGaps: []string{
				"principle-not-covered/cultural-historical-and-gender-issues/warning",
				"care-language/cultural-historical-and-gender-issues/warning",
				"materials-language/cultural-historical-and-gender-issues/warning",
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
