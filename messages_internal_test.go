package integrative

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
)

// shipped returns the languages other than English with their names.
func shipped() map[string]*translation {
	out := map[string]*translation{}
	for i, tr := range translations() {
		if tr != nil {
			out[Languages()[i].String()] = tr
		}
	}
	return out
}

func sortedNames(tmpl string) []string {
	names := templateNames(tmpl)
	slices.Sort(names)
	return names
}

// Every rule has its title and message, and its default basis and
// suggestion where it has them, in every shipped language.
func TestEveryRuleTranslated(t *testing.T) {
	require.Len(t, shipped(), langCount-1)
	for lang, tr := range shipped() {
		for _, r := range builtinRules {
			rt, ok := tr.rules[r.ID]
			if !assert.True(t, ok, "%s: rule %s has no text", lang, r.ID) {
				continue
			}
			assert.NotEmpty(t, rt.Title, "%s: %s title", lang, r.ID)
			assert.NotEmpty(t, rt.Message, "%s: %s message", lang, r.ID)
			assert.Equal(t, r.Basis != "", rt.Basis != "", "%s: %s basis", lang, r.ID)
			assert.Equal(t, r.Suggestion != "", rt.Suggestion != "", "%s: %s suggestion", lang, r.ID)
			first, _ := utf8.DecodeRuneInString(rt.Title)
			assert.False(t, unicode.IsUpper(first), "%s: %s title starts in lower case", lang, r.ID)
		}
		for id := range tr.rules {
			_, ok := lookupBuiltin(id)
			assert.True(t, ok, "%s: text for %s, which is no rule", lang, id)
		}
		for key := range englishText() {
			_, ok := tr.text[key]
			assert.True(t, ok, "%s: no text for %s", lang, key)
		}
		for key := range tr.text {
			_, ok := englishText()[key]
			assert.True(t, ok, "%s: text for %s, which English does not have", lang, key)
		}
	}
}

// A translation's placeholders are exactly the English ones.
func TestPlaceholdersMatch(t *testing.T) {
	for lang, tr := range shipped() {
		for _, r := range builtinRules {
			rt := tr.rules[r.ID]
			assert.Equal(t, sortedNames(r.Message), sortedNames(rt.Message), "%s: %s message", lang, r.ID)
			for _, s := range []string{r.Title, r.Basis, r.Suggestion, rt.Title, rt.Basis, rt.Suggestion} {
				assert.Empty(t, templateNames(s), "%s: %s: placeholder outside the message: %q", lang, r.ID, s)
			}
		}
		for key, en := range englishText() {
			assert.Equal(t, sortedNames(en), sortedNames(tr.text[key]), "%s: %s", lang, key)
		}
		for en, s := range tr.values {
			assert.Equal(t, sortedNames(en), sortedNames(s), "%s: value %q", lang, en)
			assert.Subset(t, []string{"n"}, templateNames(en), "%s: value %q", lang, en)
		}
		for en, s := range tr.variants {
			assert.Empty(t, templateNames(en), "%s: variant %q", lang, en)
			assert.Empty(t, templateNames(s), "%s: variant %q", lang, s)
		}
	}
}

// Every key of the catalog renders in every language, with any
// arguments, as text with no formatting error and never as its key.
func TestCatalogRenders(t *testing.T) {
	m := catalogMessages()
	keys := slices.Sorted(maps.Keys(m.english))
	require.NotEmpty(t, keys)
	for lang := range langCount {
		l := locale{m: m, lang: lang}
		for _, key := range keys {
			args := make([]any, len(m.names[key]))
			for i := range args {
				args[i] = "x"
			}
			s := l.text(key, args...)
			assert.NotContains(t, s, "%!", "%s %s", l.tag(), key)
			if m.english[key] != "" {
				assert.NotEqual(t, key, s, "%s %s renders as its key", l.tag(), key)
				assert.NotEmpty(t, s, "%s %s", l.tag(), key)
			}
		}
		for key := range m.has[lang] {
			_, ok := m.english[key]
			if !strings.HasPrefix(key, "value.") && !strings.HasPrefix(key, "variant.") {
				assert.True(t, ok, "%s has %s, which English does not", l.tag(), key)
			}
		}
	}
}

// The words the built-in rules and the leaf packages put in a finding's
// values have a translation in every shipped language: every intake
// domain, psychotherapy problem, trauma-informed principle, gap, phase
// issue and readiness signal, and every urgency; every leaf grade and
// evidence strength has a label.
func TestVocabularyComplete(t *testing.T) {
	var words []string
	for _, d := range assessment.Domains() {
		words = append(words, string(d.ID))
	}
	for p := modality.Problem(1); p.Valid(); p++ {
		words = append(words, p.String())
	}
	for p := traumainformed.PrincipleID(1); p.Valid(); p++ {
		words = append(words, p.String())
	}
	for k := traumainformed.GapKind(1); k.Valid(); k++ {
		words = append(words, k.String())
	}
	for k := traumainformed.IssueKind(1); k.Valid(); k++ {
		words = append(words, k.String())
	}
	for s := traumainformed.SignalID(1); s.Valid(); s++ {
		words = append(words, s.String())
	}
	for u := assessment.Urgency(1); u.Valid(); u++ {
		words = append(words, u.String())
	}
	require.Greater(t, len(words), 50)
	var grades []string
	for s := medication.Severity(1); s.Valid(); s++ {
		grades = append(grades, s.String())
	}
	for s := modality.Severity(1); s.Valid(); s++ {
		grades = append(grades, s.String())
	}
	for s := traumainformed.Severity(1); s.Valid(); s++ {
		grades = append(grades, s.String())
	}
	for u := assessment.Urgency(1); u.Valid(); u++ {
		grades = append(grades, u.String())
	}
	for lang, tr := range shipped() {
		for _, w := range words {
			assert.Contains(t, tr.values, w, "%s: no translation of %q", lang, w)
		}
		for _, g := range grades {
			assert.Contains(t, tr.text, "grade."+g, "%s: no label for grade %q", lang, g)
		}
		for s := evidence.Strength(1); s.Valid(); s++ {
			assert.Contains(t, tr.text, "strength."+s.String(), "%s: no label for strength %s", lang, s)
		}
	}
}

// The translations were made from the English text recorded in
// testdata/translated-from.json. When a rule's English title, message,
// basis or suggestion, or the report's fixed English text, changes, this
// test fails until the translations are revised and the file is
// refreshed with -update, so no translation silently keeps an old
// meaning.
func TestTranslationsCurrent(t *testing.T) {
	source := map[string]string{}
	for _, r := range builtinRules {
		for _, f := range ruleFields(r.ID, ruleText{r.Title, r.Message, r.Basis, r.Suggestion}) {
			if f.text != "" {
				source[f.key] = f.text
			}
		}
	}
	for key, text := range englishText() {
		source[key] = text
	}
	data, err := json.MarshalIndent(source, "", "  ")
	require.NoError(t, err)
	golden.Check(t, "translated-from.json", append(data, '\n'))
}

func TestCompileTemplate(t *testing.T) {
	for _, tc := range []struct {
		tmpl  string
		names []string
		want  string
	}{
		{"{a} and {b}", []string{"b", "a"}, "%[2]v and %[1]v"},
		{"{a} is 50% of {a}", []string{"a"}, "%[1]v is 50%% of %[1]v"},
		{"{unknown} {a}", []string{"a"}, "{unknown} %[1]v"},
		{"{ a} {}", nil, "{ a} {}"},
		{"no placeholder", nil, "no placeholder"},
		{"{a", []string{"a"}, "{a"},
		{"%[1]v", nil, "%%[1]v"},
	} {
		assert.Equal(t, tc.want, compileTemplate(tc.tmpl, tc.names), tc.tmpl)
	}
	assert.Equal(t, []string{"a", "b"}, templateNames("{a} {b} {a} {not a name} {}"))
}

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want any
	}{
		{"12", int64(12)}, {"-3", int64(-3)}, {"0.5", 0.5}, {"1234.5", 1234.5},
		{"", nil}, {"-", nil}, {"1.", nil}, {".5", nil}, {"1e3", nil}, {"NaN", nil}, {"Inf", nil},
		{"1_000", nil}, {"0x10", nil}, {"1.2.3", nil}, {"F41.0", nil},
	} {
		got, ok := number(tc.in)
		assert.Equal(t, tc.want != nil, ok, tc.in)
		if ok {
			assert.Equal(t, tc.want, got, tc.in)
		}
	}
}

// BenchmarkBuildMessages builds the catalog, which happens once, on the
// first rendering.
func BenchmarkBuildMessages(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = buildMessages()
	}
}
