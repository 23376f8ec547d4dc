package docgen

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
)

func TestSpliceAndSection(t *testing.T) {
	doc := []byte("intro\n<!-- BEGIN GENERATED x -->\nold\n<!-- END GENERATED x -->\noutro\n")
	got, err := Splice(doc, "x", []byte("new\nlines\n"))
	require.NoError(t, err)
	assert.Equal(t, "intro\n<!-- BEGIN GENERATED x -->\nnew\nlines\n<!-- END GENERATED x -->\noutro\n", string(got))
	sec, err := Section(got, "x")
	require.NoError(t, err)
	assert.Equal(t, "new\nlines\n", string(sec))
	assert.Equal(t, "intro\n<!-- BEGIN GENERATED x -->\nold\n<!-- END GENERATED x -->\noutro\n", string(doc), "Splice does not change its input")

	for name, bad := range map[string]string{
		"no markers":     "intro\n",
		"no end":         "<!-- BEGIN GENERATED x -->\n",
		"no begin":       "<!-- END GENERATED x -->",
		"out of order":   "<!-- END GENERATED x -->\n<!-- BEGIN GENERATED x -->\n",
		"repeated":       "<!-- BEGIN GENERATED x -->\n<!-- END GENERATED x -->\n<!-- BEGIN GENERATED x -->\n<!-- END GENERATED x -->",
		"other section":  "<!-- BEGIN GENERATED y -->\n<!-- END GENERATED y -->",
		"begin not line": "<!-- BEGIN GENERATED x --><!-- END GENERATED x -->",
	} {
		_, err := Splice([]byte(bad), "x", nil)
		assert.ErrorIs(t, err, ErrNoSection, name)
		_, err = Section([]byte(bad), "x")
		assert.ErrorIs(t, err, ErrNoSection, name)
	}
}

// The coverage appendix names every catalog version and every built-in
// instrument, condition group, agent, interaction, caution, schedule and
// duplication rule, modality, practice and readiness signal, so the list
// a reader trusts is the list the code holds.
func TestCoverageListsEveryCatalogEntry(t *testing.T) {
	doc := string(Coverage())
	want := []string{
		"| assessment | `" + assessment.CatalogVersion + "` |",
		"| medication | `" + medication.CatalogVersion + "` |",
		"| modality | `" + modality.CatalogVersion + "` |",
		"| traumainformed | `" + traumainformed.CatalogVersion + "` |",
		"| integrative (rules) | `" + integrative.RulesVersion + "` |",
	}
	for _, in := range assessment.Instruments() {
		want = append(want, "| `"+string(in.ID)+"` | "+escape(in.Name))
	}
	for _, c := range assessment.Cascades() {
		want = append(want, "`"+string(c.From)+"` → `"+string(c.To)+"`")
	}
	for _, g := range assessment.Groups() {
		want = append(want, "| `"+string(g.ID)+"` | "+escape(g.Title))
	}
	for _, d := range assessment.Domains() {
		want = append(want, escape(d.Title))
	}
	data := medication.BuiltinData()
	for _, a := range data.Agents {
		want = append(want, escape(a.Name))
	}
	for _, r := range data.Rules {
		want = append(want, "| "+escape(r.Title)+" | "+r.Severity.String()+" |")
	}
	for _, r := range data.Cautions {
		want = append(want, "| "+escape(r.Title)+" | "+r.Severity.String()+" |")
	}
	for _, r := range data.Schedules {
		want = append(want, "| "+escape(r.Title)+" | "+r.Test.String()+" | "+r.Severity.String()+" |")
	}
	for _, r := range data.Duplications {
		want = append(want, "| "+escape(r.Title)+" | "+r.Severity.String()+" |")
	}
	contents := modality.BuiltinContents()
	for _, m := range contents.Modalities {
		want = append(want, "| `"+string(m.ID)+"` | "+escape(m.Name)+" |")
		for _, in := range m.Indications {
			want = append(want, "`"+string(in.Group)+"` ("+in.Line.String()+")")
		}
	}
	for _, o := range contents.Orientations {
		want = append(want, escape(o.Name))
	}
	for _, x := range contents.Techniques {
		want = append(want, escape(x.Name))
	}
	for _, p := range traumainformed.Principles() {
		want = append(want, escape(p.Name))
	}
	for _, p := range traumainformed.BuiltinData().Practices {
		want = append(want, "| `"+string(p.ID)+"` | "+escape(p.Title)+" |")
	}
	for _, s := range traumainformed.Signals() {
		want = append(want, escape(s.Name))
	}
	want = append(want, "rules (ASM ")
	for _, w := range want {
		assert.Contains(t, doc, w)
	}
	assert.Equal(t, doc, string(Coverage()), "deterministic")
	assert.True(t, strings.HasSuffix(doc, "\n") && !strings.HasSuffix(doc, "\n\n"))
}

// Splice never panics, and what it splices in is what Section reads back.
func FuzzSplice(f *testing.F) {
	f.Add([]byte("a\n<!-- BEGIN GENERATED x -->\nold\n<!-- END GENERATED x -->\nb\n"), []byte("new\n"))
	f.Add([]byte("<!-- END GENERATED x --><!-- BEGIN GENERATED x -->\n"), []byte(""))
	f.Add([]byte(""), []byte("<!-- END GENERATED x -->"))
	f.Fuzz(func(t *testing.T, doc, section []byte) {
		out, err := Splice(doc, "x", section)
		if err != nil {
			require.ErrorIs(t, err, ErrNoSection)
			return
		}
		got, err := Section(out, "x")
		if bytes.Contains(section, []byte("GENERATED x -->")) {
			return // a section that holds a marker makes the output ambiguous
		}
		require.NoError(t, err)
		require.Equal(t, string(section), string(got))
	})
}
