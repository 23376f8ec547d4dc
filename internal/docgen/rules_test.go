package docgen

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/evidence"
)

var src = evidence.Source{
	Title: "A guideline", Publisher: "A body", Year: 2020, Locator: "section 2", URL: "https://example.org/g",
}

func rule(id, title string) integrative.Rule {
	return integrative.Rule{
		ID: id, Title: title, Doc: "What " + id + " checks.", Severity: integrative.SeverityWarning,
		Strength: evidence.StrengthGuideline, Sources: []evidence.Source{src}, Since: "0.2.0",
		Message: "{code} for " + id,
	}
}

// Every built-in rule is documented in full: its heading, row, title,
// severity, strength, doc, message, basis, suggestion, since and each
// source with its URL.
func TestRulesDocumentsEveryBuiltinRule(t *testing.T) {
	doc := string(Rules(integrative.Rules()))
	for _, r := range integrative.Rules() {
		t.Run(r.ID, func(t *testing.T) {
			assert.Contains(t, doc, "\n### "+r.ID+"\n\n**"+escape(r.Title)+"**\n")
			assert.Contains(t, doc, "| ["+r.ID+"](#"+strings.ToLower(r.ID)+") | "+escape(r.Title)+" | "+r.Severity.String()+" | "+r.Strength.String()+" |\n")
			section := doc[strings.Index(doc, "\n### "+r.ID+"\n"):]
			if next := strings.Index(section[1:], "\n### "); next >= 0 {
				section = section[:next+1]
			}
			assert.Contains(t, section, "- Default severity: "+r.Severity.String()+"\n")
			assert.Contains(t, section, "- Evidence strength: "+r.Strength.String()+"\n")
			assert.Contains(t, section, "- Since: "+r.Since+"\n")
			assert.Contains(t, section, escape(r.Doc))
			assert.Contains(t, section, code(r.Message))
			if r.Basis != "" {
				assert.Contains(t, section, "Why it matters: "+escape(r.Basis))
			}
			if r.Suggestion != "" {
				assert.Contains(t, section, "Consider: "+escape(r.Suggestion))
			}
			for i, s := range r.Sources {
				assert.Contains(t, section, "\n"+strconv.Itoa(i+1)+". "+citation(s)+"\n")
				if s.URL != "" {
					assert.Contains(t, section, "<"+s.URL+">")
				}
			}
		})
	}
	for _, want := range []string{
		"rule catalog version `" + integrative.RulesVersion + "`",
		"| critical | A safety problem to act on now. |",
		"| warning | Something a clinician should review before going on. |",
		"| info | Information or a suggestion; nothing unsafe. |",
		"DO NOT EDIT",
	} {
		assert.Contains(t, doc, want)
	}
}

// Families come in catalog order whatever the input order; a host's rules
// come last under "Other rules"; each family lists its rules in the order
// given and has a contents entry with its count.
func TestRulesGroupsByFamily(t *testing.T) {
	doc := string(Rules([]integrative.Rule{
		rule("HOST001", "a host rule"), rule("PLN002", "second plan rule"), rule("PLN001", "first plan rule"),
		rule("TIC001", "a trauma-informed rule"), rule("MOD001", "a modality rule"), rule("MED001", "a medication rule"),
		rule("ASM001", "an assessment rule"),
	}))
	order := []string{
		"## Assessment (ASM)", "### ASM001", "## Medication safety (MED)", "### MED001",
		"## Psychotherapy integration (MOD)", "### MOD001", "## Trauma-informed care (TIC)", "### TIC001",
		"## The whole plan (PLN)", "### PLN002", "### PLN001", "## Other rules (host)", "### HOST001",
	}
	last := -1
	for _, h := range order {
		i := strings.Index(doc, "\n"+h+"\n")
		require.GreaterOrEqual(t, i, 0, h)
		assert.Greater(t, i, last, "%s is out of order", h)
		last = i
	}
	assert.Contains(t, doc, "- [The whole plan (PLN)](#the-whole-plan-pln): 2 rules\n")
	assert.Contains(t, doc, "- [Other rules (host)](#other-rules-host): 1 rule\n")

	only := string(Rules([]integrative.Rule{rule("PLN001", "first plan rule")}))
	assert.NotContains(t, only, "## Assessment (ASM)", "an empty family is left out")
	assert.NotContains(t, only, "Other rules")
}

// A retired rule stays listed, marked, with the version that retired it.
func TestRulesRetiredRule(t *testing.T) {
	r := rule("PLN009", "an old rule")
	r.Retired = "0.3.0"
	doc := string(Rules([]integrative.Rule{r, rule("PLN010", "a current rule")}))
	assert.Contains(t, doc, "| [PLN009](#pln009) | an old rule (retired in 0.3.0) | warning | guideline |")
	assert.Contains(t, doc, "- Retired: 0.3.0 (no longer runs)\n")
	assert.Equal(t, 1, strings.Count(doc, "- Retired:"), "only the retired rule is marked")
}

// Text from the catalog cannot break the page: markup characters are
// escaped, table cells cannot be split, line breaks are folded, and code
// spans hold backticks.
func TestRulesEscapes(t *testing.T) {
	r := rule("PLN001", "a | b * c _d_ [e](f) <g>")
	r.Doc = "line one\nline two with `tick` and \\ backslash"
	r.Message = "`{code}` here"
	doc := string(Rules([]integrative.Rule{r}))
	assert.Contains(t, doc, `| a \| b \* c \_d\_ \[e\](f) &lt;g&gt; | warning |`)
	assert.Contains(t, doc, "line one line two with \\`tick\\` and \\\\ backslash")
	assert.Contains(t, doc, "Message: `` `{code}` here ``\n")
}

func TestCitation(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    evidence.Source
		want string
	}{
		{"full", src, "*A guideline*. A body, 2020; section 2. <https://example.org/g>"},
		{"no locator or URL", evidence.Source{Title: "T.", Publisher: "P.", Year: 2019}, "*T*. P, 2019."},
		{"markup escaped", evidence.Source{Title: "HLA-B*15:02 [x]", Publisher: "J_A", Year: 2001}, `*HLA-B\*15:02 \[x\]*. J\_A, 2001.`},
		{"URL kept whole", evidence.Source{Title: "T", Publisher: "P", Year: 2000, URL: "https://e.org/a_b*c?d=<e>"}, "*T*. P, 2000. <https://e.org/a_b*c?d=%3Ce%3E>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, citation(tc.s))
		})
	}
}

func TestAnchor(t *testing.T) {
	for in, want := range map[string]string{
		"ASM001":                   "asm001",
		"The whole plan PLN":       "the-whole-plan-pln",
		"Trauma-informed care TIC": "trauma-informed-care-tic",
	} {
		assert.Equal(t, want, anchor(in), in)
	}
}

// The same rules give the same bytes.
func TestRulesIsDeterministic(t *testing.T) {
	assert.Equal(t, Rules(integrative.Rules()), Rules(integrative.Rules()))
}
