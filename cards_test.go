package integrative_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/internal/sample"
)

// The cards of every sample plan match the golden files, in both
// languages.
func TestCardsGolden(t *testing.T) {
	for _, name := range sample.Names() {
		r := check(t, loadPlan(t, name))
		for _, l := range langs {
			cards, err := json.MarshalIndent(map[string]any{"cards": r.Cards(l.opt)}, "", "  ")
			require.NoError(t, err)
			golden.Check(t, filepath.Join("render", l.dir, name+".cards.json"), append(cards, '\n'))
		}
	}
}

var uuidV5 = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// Every card of every report follows CDS Hooks 2.0: a summary under 140
// characters, a valid indicator, a source with a label, override reasons
// with a display, and a version 5 UUID that is unique in its report and
// the same in every language.
func TestCards(t *testing.T) {
	for name, r := range reports(t) {
		en, es := r.Cards(), r.Cards(spanish)
		require.Len(t, en, len(r.Findings), name)
		require.Len(t, es, len(r.Findings), name)
		ids := map[string]bool{}
		for i, f := range r.Findings {
			for _, c := range []integrative.Card{en[i], es[i]} {
				assert.Less(t, utf8.RuneCountInString(c.Summary), 140, "%s %s: %q", name, f.Rule, c.Summary)
				assert.NotEmpty(t, c.Summary)
				assert.NotEmpty(t, c.Detail)
				assert.Equal(t, f.Severity, c.Indicator)
				assert.True(t, c.Indicator.Valid())
				assert.NotEmpty(t, c.Source.Label)
				assert.Equal(t, f.Rule, c.Source.Topic.Code)
				assert.Equal(t, integrative.RuleSystem, c.Source.Topic.System)
				assert.Equal(t, f.UUID(), c.UUID)
				assert.Equal(t, f.Acknowledged == nil, len(c.OverrideReasons) == 5)
				for _, o := range c.OverrideReasons {
					assert.NotEmpty(t, o.Display)
					assert.Equal(t, integrative.OverrideReasonSystem, o.System)
				}
				assert.NotContains(t, c.Detail, "%!")
			}
			assert.Regexp(t, uuidV5, en[i].UUID)
			assert.False(t, ids[en[i].UUID], "%s: two findings share a UUID", name)
			ids[en[i].UUID] = true
		}
	}
}

func TestCardsEmptyReport(t *testing.T) {
	cards := integrative.Report{}.Cards(spanish)
	require.NotNil(t, cards)
	data, err := json.Marshal(map[string]any{"cards": cards})
	require.NoError(t, err)
	assert.JSONEq(t, `{"cards": []}`, string(data))
}

// A card omits the optional fields it has no value for, as CDS Hooks
// requires, and shows an acknowledgement's reason as inert text.
func TestCardAcknowledged(t *testing.T) {
	p := loadPlan(t, "client-e")
	p.Acknowledgements = []integrative.Acknowledgement{{Rule: "PLN017", Reason: "see [this](https://example.com) **now** ``", Date: p.AsOf}}
	r := check(t, p, integrative.WithRules("PLN017"))
	c := r.Cards(spanish)[0]
	assert.True(t, strings.HasPrefix(c.Summary, "Revisado con motivo · Benzodiazepina"), c.Summary)
	assert.Empty(t, c.OverrideReasons)
	assert.Contains(t, c.Detail, "``` see [this](https://example.com) **now** `` ```")
	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "overrideReasons")
	assert.NotContains(t, string(data), `""`)

	f := integrative.Finding{Rule: "HOST001", Severity: integrative.SeverityInfo}
	c = integrative.Report{Findings: []integrative.Finding{f}}.Cards()[0]
	assert.Equal(t, "integrative", c.Source.Label)
	data, err = json.Marshal(c.Source)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "url")
}

// A long message is shortened to the summary's limit.
func TestCardSummaryShortened(t *testing.T) {
	f := integrative.Finding{Rule: "PLN030", Severity: integrative.SeverityInfo,
		Values: []integrative.Value{{Name: "domains", Value: strings.Repeat("medical-history, ", 20) + "goals"}}}
	for _, l := range langs {
		s := integrative.Report{Findings: []integrative.Finding{f}}.Cards(l.opt)[0].Summary
		assert.LessOrEqual(t, utf8.RuneCountInString(s), 139, s)
		assert.Greater(t, utf8.RuneCountInString(s), 100, s)
		assert.True(t, strings.HasSuffix(s, "…"), s)
	}
}

// A finding's UUID depends on its rule, subject, paths and values only.
func TestFindingUUID(t *testing.T) {
	f := integrative.Finding{Rule: "PLN050", Subject: "medication/prescriptions/0", Paths: []string{"medication/prescriptions/0", "team"},
		Values: []integrative.Value{{Name: "agent", Value: "sertraline"}}, Severity: integrative.SeverityWarning, Basis: "b"}
	id := f.UUID()
	assert.Regexp(t, uuidV5, id)
	g := f
	g.Severity, g.Basis = integrative.SeverityInfo, "other"
	assert.Equal(t, id, g.UUID(), "severity and text do not change it")
	for _, change := range []func(*integrative.Finding){
		func(f *integrative.Finding) { f.Rule = "PLN051" },
		func(f *integrative.Finding) { f.Subject = "medication/prescriptions/1" },
		func(f *integrative.Finding) { f.Paths = f.Paths[:1] },
		func(f *integrative.Finding) { f.Values = []integrative.Value{{Name: "agent", Value: "sertralin"}} },
		func(f *integrative.Finding) { f.Values = []integrative.Value{{Name: "agen", Value: "tsertraline"}} },
	} {
		g := f
		g.Paths = append([]string(nil), f.Paths...)
		change(&g)
		assert.NotEqual(t, id, g.UUID())
	}
}

// Answer a CDS Hooks call with the report's findings as cards.
func ExampleReport_Cards() {
	plan, _ := integrative.DecodePlan([]byte(panicPlan))
	report, _ := integrative.Check(plan, integrative.WithRules("PLN050"))
	cards := report.Cards(integrative.Language(language.English))
	c := cards[0]
	fmt.Println(c.UUID)
	fmt.Println(c.Indicator, "|", c.Summary)
	fmt.Println(c.Source.Label)
	fmt.Println(c.Source.Topic.Code, len(c.OverrideReasons), "override reasons")
	response, _ := json.Marshal(map[string]any{"cards": cards})
	fmt.Println(len(response) > 0)
	// Output:
	// c7e5d6aa-91d5-502d-aba3-a37e46c5fa26
	// warning | Medication without a prescriber on the team: alprazolam has no prescriber on the team
	// 42 CFR 482.61, Condition of participation: special medical record requirements…
	// PLN050 5 override reasons
	// true
}

func BenchmarkCards(b *testing.B) {
	r := benchReport(b)
	for _, l := range langs {
		b.Run(l.dir, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = r.Cards(l.opt)
			}
		})
	}
}

func BenchmarkFindingUUID(b *testing.B) {
	f := benchReport(b).Findings[0]
	b.ReportAllocs()
	for b.Loop() {
		_ = f.UUID()
	}
}
