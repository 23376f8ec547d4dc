package traumainformed_test

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	ti "github.com/wholeperson/integrative/traumainformed"
	"github.com/wholeperson/integrative/validation"
)

func FuzzCheckLanguage(f *testing.F) {
	for _, s := range []string{
		"", "addict", "The ADDICT was non-compliant.", "non - compliant", "committed\u00a0suicide",
		"alcoholic beverages", "non-alcoholic", "ａｄｄｉｃｔ", "\xff\xfeaddict", "addict\u0301s",
		"Alcoholics Anonymous and an alcoholic", "clean urine test", "drug abuse drug abusers",
		"Straße İstanbul ǅ ﬁ", "the the mentally ill",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := ti.CheckLanguage(text)
		last := 0
		for _, m := range ms {
			if m.Start < last || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("bad match %+v (previous end %d) in %q", m, last, text)
			}
			last = m.End
			if _, ok := ti.LookupTerm(m.Term); !ok {
				t.Fatalf("unknown term %q", m.Term)
			}
			again := ti.CheckLanguage(text[m.Start:m.End])
			if len(again) != 1 || again[0] != (ti.Match{Term: m.Term, End: m.End - m.Start}) {
				t.Fatalf("match %+v of %q not found alone: %+v", m, text, again)
			}
		}
		if !slices.Equal(ms, ti.CheckLanguage(text)) {
			t.Fatalf("not deterministic for %q", text)
		}
	})
}

func FuzzAudit(f *testing.F) {
	seed, err := os.ReadFile("testdata/plan-client-a.json")
	require.NoError(f, err)
	f.Add(seed)
	for _, s := range []string{
		`{}`,
		`{"client":{"exposure":"declined"},"practices":["peer-or-group-component"]}`,
		`{"client":{"languages":["es-MX"],"cultureNotes":["x"]},"careLanguages":["en"],"materialLanguages":["es"]}`,
		`{"readiness":[{"signal":"safety-plan-in-place","met":"no"}],"work":[{"modality":"pe","status":"planned"}],"destabilized":"yes"}`,
		`{"work":[{"modality":"tf-cbt","phase":"stabilization","status":"active","sessions":3},{"modality":"emdr","status":"planned"}]}`,
		`{"practices":["nope","nope"],"client":{"aceCount":-1}}`,
		`{"work":[{}],"readiness":[{"signal":"safety-plan-in-place"}]}`,
		`{"practices":["Shared decision making","safety plan"],"notDone":[{"practice":"peer support","reason":"declined"}]}`,
		`{"client":{"languages":["es-x-secret","und-Latn","iw"]},"careLanguages":["he-IL-u-co-trad"]}`,
		`{"work":[{"modality":"cpt","status":"in-progress"}],"readiness":[{"signal":"Safety Plan","met":"YES"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var p ti.Plan
		if validation.Decode(data, &p) != nil {
			return
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("a decoded plan does not marshal: %v", err)
		}
		var again ti.Plan
		if err := validation.Decode(out, &again); err != nil {
			t.Fatalf("a plan does not round-trip: %v", err)
		}
		r, err := ti.Audit(p)
		if err == nil {
			if len(r.Coverage) != 6 || !r.Disclosure.Valid() {
				t.Fatalf("bad report %+v", r)
			}
			for i, g := range r.Gaps {
				if !g.Severity.Valid() || !g.Kind.Valid() || !g.Principle.Valid() || len(g.Sources) == 0 {
					t.Fatalf("bad gap %+v", g)
				}
				if i > 0 && r.Gaps[i-1].Severity < g.Severity {
					t.Fatalf("gaps not sorted: %+v", r.Gaps)
				}
			}
			if _, err := json.Marshal(r); err != nil {
				t.Fatalf("report does not marshal: %v", err)
			}
			for _, g := range r.Gaps {
				if g.Kind == ti.GapCareLanguage || g.Kind == ti.GapMaterialsLanguage {
					if len(g.Language.Extensions()) > 0 {
						t.Fatalf("a gap reports a tag with extensions: %v", g.Language)
					}
				}
			}
		}
		issues, err := ti.CheckPhases(p)
		if err == nil {
			for _, is := range issues {
				if !is.Severity.Valid() || !is.Kind.Valid() || len(is.Supporting) == 0 || len(is.Contesting) == 0 {
					t.Fatalf("bad issue %+v", is)
				}
				for _, w := range is.Work {
					if w < 0 || w >= len(p.Work) {
						t.Fatalf("issue points outside the plan: %+v", is)
					}
				}
			}
			if _, err := json.Marshal(issues); err != nil {
				t.Fatalf("issues do not marshal: %v", err)
			}
		}
	})
}

// FuzzNewCatalog decodes a host's catalog data, builds a catalog and uses
// it.
func FuzzNewCatalog(f *testing.F) {
	builtin, err := json.Marshal(ti.BuiltinData())
	require.NoError(f, err)
	f.Add(builtin, "The addict was non-compliant.")
	f.Add([]byte(`{"practices":[{"id":"a","aliases":["b"],"title":"A","principles":["safety"],"sources":[{"title":"t","publisher":"p","year":2020}]}],"terms":[]}`), "a b")
	f.Add([]byte(`{"terms":[{"id":"x","forms":["foo bar"],"except":["not foo bar"],"instead":["y"],"why":"z","sources":[{"title":"t","publisher":"p","year":2020}]}]}`), "not foo bar, foo bar")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		var d ti.Data
		if validation.Decode(data, &d) != nil {
			return
		}
		c, err := ti.NewCatalog(d)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) {
				t.Fatalf("not a validation error: %v", err)
			}
			return
		}
		for _, m := range c.CheckLanguage(text) {
			if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("bad match %+v", m)
			}
			if _, ok := c.LookupTerm(m.Term); !ok {
				t.Fatalf("unknown term %q", m.Term)
			}
		}
		var names []ti.PracticeID
		for _, p := range c.Practices() {
			names = append(names, p.ID)
		}
		if _, err := c.Audit(ti.Plan{Practices: names}); err != nil {
			t.Fatalf("the catalog's own practices do not audit: %v", err)
		}
	})
}
