package integrative_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/internal/sample"
)

var (
	english = integrative.Language(language.English)
	spanish = integrative.Language(language.Spanish)
)

// langs are the shipped languages with the directory of their golden
// files.
var langs = []struct {
	dir string
	opt integrative.RenderOption
}{{"en", english}, {"es", spanish}}

// reports returns the report of every sample plan, every rule case and
// every planted plan, by name.
func reports(t *testing.T) map[string]integrative.Report {
	t.Helper()
	out := map[string]integrative.Report{}
	for _, name := range sample.Names() {
		out[name] = check(t, loadPlan(t, name))
	}
	for i, tc := range ruleCases {
		p := loadPlan(t, tc.base)
		if tc.mutate != nil {
			tc.mutate(&p)
		}
		out["case-"+tc.rule+"-"+string(rune('a'+i%26))] = check(t, p)
	}
	planted, err := filepath.Glob(filepath.Join("examples", "plancheck", "testdata", "planted", "*.json"))
	require.NoError(t, err)
	for _, file := range planted {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		p, err := integrative.DecodePlan(data)
		require.NoError(t, err, file)
		out["planted-"+filepath.Base(file)] = check(t, p)
	}
	return out
}

// leafText are the rules whose basis and suggestion come from a leaf
// package, which has no translation yet: the text is English, marked.
var leafText = regexp.MustCompile(`^ASM00[12]$|^(MOD|TIC)\d+$|^MED0(0\d|10|1[2-9])$`)

const untranslated = "(en inglés)"

// Every finding of every sample, rule case and planted plan reads in
// Spanish: title and message translated and complete, the rules' own
// basis and suggestion translated, leaf text marked as English, and
// nothing left as a catalog key or a formatting error.
func TestSpanishText(t *testing.T) {
	seen := map[string]bool{}
	for name, r := range reports(t) {
		for _, f := range r.Findings {
			seen[f.Rule] = true
			en, es := f.Text(), f.Text(spanish)
			assert.Equal(t, language.Spanish, es.Language)
			assert.Equal(t, f.Title(), en.Title)
			assert.Equal(t, f.Message(), en.Message)
			assert.Equal(t, f.Basis, en.Basis)
			assert.NotEqual(t, en.Title, es.Title, "%s %s: title not translated", name, f.Rule)
			for _, s := range []string{es.Title, es.Message, es.Basis, es.Suggestion} {
				assert.NotContains(t, s, "%!", "%s %s", name, f.Rule)
				assert.NotContains(t, s, f.Rule+".", "%s %s: a catalog key", name, f.Rule)
			}
			assert.NotContains(t, es.Message, "{", "%s %s: %s", name, f.Rule, es.Message)
			if f.Rule != "MOD001" && f.Rule != "TIC001" && !strings.HasPrefix(f.Rule, "MED") {
				// Their messages are IDs and codes only when the values
				// are; the others always have words to translate.
				assert.NotEqual(t, en.Message, es.Message, "%s %s: message not translated", name, f.Rule)
			}
			if leafText.MatchString(f.Rule) {
				assert.Equal(t, f.Basis != "", strings.HasPrefix(es.Basis, untranslated+" "), "%s %s: leaf basis marked", name, f.Rule)
				continue
			}
			assert.NotContains(t, es.Basis, untranslated, "%s %s: basis %q", name, f.Rule, f.Basis)
			assert.NotContains(t, es.Suggestion, untranslated, "%s %s: suggestion %q", name, f.Rule, f.Suggestion)
			assert.Equal(t, f.Basis != "", es.Basis != "", "%s %s", name, f.Rule)
			assert.NotContains(t, es.Message, untranslated, "%s %s", name, f.Rule)
		}
	}
	for _, id := range []string{"ASM001", "MED001", "MED011", "MOD011", "TIC001", "PLN001", "PLN031", "PLN040", "PLN042", "PLN062"} {
		assert.True(t, seen[id], "no report has a finding of %s", id)
	}
}

func TestLanguageMatching(t *testing.T) {
	f := integrative.Finding{Rule: "PLN050", Severity: integrative.SeverityWarning, Values: []integrative.Value{{Name: "agent", Value: "sertraline"}}}
	for _, tc := range []struct {
		tags []string
		want language.Tag
	}{
		{nil, language.English},
		{[]string{"es"}, language.Spanish},
		{[]string{"es-MX"}, language.Spanish},
		{[]string{"es-419"}, language.Spanish},
		{[]string{"en-GB"}, language.English},
		{[]string{"fr", "es"}, language.Spanish},
		{[]string{"fr"}, language.English},
		{[]string{"pt-BR"}, language.English},
		{[]string{"de", "en"}, language.English},
		{[]string{"und"}, language.English},
	} {
		var tags []language.Tag
		for _, s := range tc.tags {
			tags = append(tags, language.MustParse(s))
		}
		got := f.Text(integrative.Language(tags...))
		assert.Equal(t, tc.want, got.Language, "%v", tc.tags)
		if tc.want == language.English {
			assert.Equal(t, "sertraline has no prescriber on the team", got.Message, "%v falls back to English", tc.tags)
		} else {
			assert.Equal(t, "sertraline: sin prescriptor en el equipo", got.Message, "%v", tc.tags)
		}
	}
	assert.Equal(t, []language.Tag{language.English, language.Spanish}, integrative.Languages())
	assert.Equal(t, language.English, f.Text(nil).Language, "a nil option is ignored")
}

// Numbers and dates in text follow the language; the finding's values
// stay machine-readable.
func TestNumbersAndDates(t *testing.T) {
	f := integrative.Finding{Rule: "PLN061", Values: []integrative.Value{
		{Name: "agent", Value: "sertraline"}, {Name: "days", Value: "1234"},
		{Name: "baseline", Value: "15"}, {Name: "latest", Value: "14"},
	}}
	assert.Equal(t, "sertraline for 1,234 days: PHQ-9 15 to 14", f.Message())
	assert.Equal(t, "sertraline durante 1.234 días: PHQ-9 de 15 a 14", f.Text(spanish).Message)
	assert.Equal(t, "1234", f.Values[1].Value)

	g := integrative.Finding{Rule: "PLN022", Values: []integrative.Value{
		{Name: "instrument", Value: "audit"}, {Name: "date", Value: "2026-02-02"}, {Name: "total", Value: "18"},
	}}
	assert.Equal(t, "audit positive on 2026-02-02 (18) with no diagnosis, follow-up or decision", g.Message())
	assert.Equal(t, "audit positivo el 02/02/2026 (18) sin diagnóstico, seguimiento ni decisión", g.Text(spanish).Message)

	h := integrative.Finding{Rule: "PLN031", Values: []integrative.Value{
		{Name: "domain", Value: "sleep"}, {Name: "problem", Value: "sleeps 5.5 hours, nightmares, something-new"},
	}}
	assert.Equal(t, "sleep: sleeps 5.5 hours, nightmares, something-new", h.Message())
	assert.Equal(t, "sueño: duerme 5,5 horas, pesadillas, something-new", h.Text(spanish).Message, "unknown words stay as they are")

	a := integrative.Finding{Rule: "ASM001", Values: []integrative.Value{
		{Name: "instrument", Value: "phq-9"}, {Name: "date", Value: "2026-02-02"}, {Name: "flag", Value: "phq-9/item-9"},
		{Name: "urgency", Value: "same-day"}, {Name: "riskAssessment", Value: "none"}, {Name: "safetyPlan", Value: "2026-02-03"},
	}}
	assert.Equal(t, "phq-9 del 02/02/2026: phq-9/item-9 (en el día); evaluación del riesgo suicida: sin registrar; plan de seguridad: 03/02/2026",
		a.Text(spanish).Message)
}

// A finding of a rule the catalog does not know, or with values missing,
// still renders, in every language, without a key or a formatting error.
func TestTextOfUnknownRule(t *testing.T) {
	f := integrative.Finding{Rule: "HOST001", Values: []integrative.Value{{Name: "x", Value: "1"}}, Basis: "host basis"}
	for _, l := range langs {
		got := f.Text(l.opt)
		assert.Equal(t, "HOST001", got.Title)
		assert.Equal(t, "HOST001 (x: 1)", got.Message)
	}
	assert.Equal(t, "(en inglés) host basis", f.Text(spanish).Basis)
	g := integrative.Finding{Rule: "PLN061", Values: []integrative.Value{{Name: "agent", Value: "sertraline"}}}
	assert.Equal(t, "sertraline for {days} days: PHQ-9 {baseline} to {latest}", g.Message())
	assert.Equal(t, "sertraline durante {days} días: PHQ-9 de {baseline} a {latest}", g.Text(spanish).Message)
}

// The text and JSON of every sample plan match the golden files,
// in both languages; JSON is the same whatever the language.
func TestRenderGolden(t *testing.T) {
	for _, name := range sample.Names() {
		r := check(t, loadPlan(t, name))
		for _, l := range langs {
			var text bytes.Buffer
			require.NoError(t, r.WriteText(&text, l.opt))
			golden.Check(t, filepath.Join("render", l.dir, name+".txt"), text.Bytes())
		}
		var js bytes.Buffer
		require.NoError(t, r.WriteJSON(&js))
		golden.Check(t, filepath.Join("render", name+".json"), js.Bytes())
	}
}

// The text of every planted plan (one plants each rule's problem)
// matches one golden file per language, so every rule's rendering in each
// language can be read, and reviewed, in one place.
func TestRenderPlantedGolden(t *testing.T) {
	planted, err := filepath.Glob(filepath.Join("examples", "plancheck", "testdata", "planted", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, planted)
	for _, l := range langs {
		var text bytes.Buffer
		for _, file := range planted {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			p, err := integrative.DecodePlan(data)
			require.NoError(t, err, file)
			r := check(t, p)
			name := strings.TrimSuffix(filepath.Base(file), ".json")
			text.WriteString("=== " + name + "\n")
			require.NoError(t, r.WriteText(&text, l.opt))
			text.WriteString("\n")
		}
		golden.Check(t, filepath.Join("render", l.dir, "planted.txt"), text.Bytes())
	}
}

// The English text is the default, and is what WriteText wrote before
// languages were added.
func TestWriteTextDefaultEnglish(t *testing.T) {
	r := check(t, loadPlan(t, "client-e"))
	var def, en, es bytes.Buffer
	require.NoError(t, r.WriteText(&def))
	require.NoError(t, r.WriteText(&en, english))
	require.NoError(t, r.WriteText(&es, spanish))
	assert.Equal(t, def.String(), en.String())
	assert.NotEqual(t, en.String(), es.String())
	assert.Contains(t, es.String(), "\nADVERTENCIAS\n")
	assert.Contains(t, es.String(), "\nFuentes\n  [1] ")
	assert.Error(t, r.WriteText(failingWriter{}, spanish))
	assert.Error(t, r.WriteJSON(failingWriter{}))

	var empty bytes.Buffer
	require.NoError(t, integrative.Report{AsOf: date("2026-01-20")}.WriteText(&empty, spanish))
	assert.Equal(t, "Revisión del plan a fecha de 20/01/2026: críticos 0, advertencias 0, informativos 0\n\nSin hallazgos.\n", empty.String())
}

// An acknowledged finding is marked, with its date in the language's
// form and its reason on one line.
func TestWriteTextAcknowledged(t *testing.T) {
	p := loadPlan(t, "client-e")
	p.Acknowledgements = []integrative.Acknowledgement{{Rule: "PLN017", Reason: "reviewed\nwith the client", Date: p.AsOf}}
	r := check(t, p, integrative.WithRules("PLN017"))
	var en, es bytes.Buffer
	require.NoError(t, r.WriteText(&en))
	require.NoError(t, r.WriteText(&es, spanish))
	assert.Contains(t, en.String(), "(1 acknowledged)")
	assert.Contains(t, en.String(), "    Acknowledged "+p.AsOf.String()+": reviewed with the client\n")
	iso := p.AsOf.String()
	assert.Contains(t, es.String(), "(revisados con motivo: 1)")
	assert.Contains(t, es.String(), "    Revisado con motivo el "+iso[8:]+"/"+iso[5:7]+"/"+iso[:4]+": reviewed with the client\n")
}

// The JSON form is stable: decoding and encoding it again gives the same
// bytes, and it holds machine-readable values only.
func TestWriteJSONRoundTrip(t *testing.T) {
	for _, name := range sample.Names() {
		r := check(t, loadPlan(t, name))
		var first bytes.Buffer
		require.NoError(t, r.WriteJSON(&first))
		var back integrative.Report
		require.NoError(t, json.Unmarshal(first.Bytes(), &back))
		var second bytes.Buffer
		require.NoError(t, back.WriteJSON(&second))
		assert.Equal(t, first.String(), second.String(), name)
		assert.True(t, strings.HasPrefix(first.String(), "{\n  \"format\": \"integrative.report/v1\",\n"), name)
		assert.NotContains(t, first.String(), "en inglés")
	}
}
