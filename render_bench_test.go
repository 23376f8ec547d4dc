package integrative_test

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/sample"
)

// BenchmarkWriteText renders the report of sample client E's plan, with
// fourteen findings, as text.
func BenchmarkWriteText(b *testing.B) {
	r := benchReport(b)
	for _, l := range langs {
		b.Run(l.dir, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := r.WriteText(io.Discard, l.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWriteJSON(b *testing.B) {
	r := benchReport(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.WriteJSON(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindingText renders one finding, language matching included.
func BenchmarkFindingText(b *testing.B) {
	f := benchReport(b).Findings[0]
	b.ReportAllocs()
	for b.Loop() {
		_ = f.Text(spanish)
	}
}

// benchReport is the report of sample client E's plan.
func benchReport(b *testing.B) integrative.Report {
	b.Helper()
	p := loadPlan(b, "client-e")
	r, err := integrative.Check(p)
	if err != nil || len(r.Findings) == 0 {
		b.Fatal("no findings to render", err)
	}
	return r
}

// FuzzRender renders the report of any plan that decodes, in any
// language a host could pass (an Accept-Language header), as text and as
// cards: it never panics, gives the same output twice, and keeps every
// card's summary under 140 characters.
func FuzzRender(f *testing.F) {
	for _, name := range sample.Names() {
		data, _ := sample.Plan(name)
		f.Add(data, "es-MX,es;q=0.9")
		f.Add(data, "en")
	}
	f.Add([]byte(`{"asOf":"2026-01-01","intake":{"date":"2026-01-01","client":{"age":1,"sex":"other"}}}`), "fr, *;q=0.1")
	f.Fuzz(func(t *testing.T, data []byte, accept string) {
		if len(accept) > 256 {
			return
		}
		tags, _, _ := language.ParseAcceptLanguage(accept)
		opt := integrative.Language(tags...)
		p, err := integrative.DecodePlan(data)
		if err != nil {
			return
		}
		r, err := integrative.Check(p)
		if err != nil {
			return
		}
		var a, b bytes.Buffer
		if err := r.WriteText(&a, opt); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteText(&b, opt); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Fatal("WriteText is not deterministic")
		}
		if strings.Contains(a.String(), "%!") {
			t.Fatalf("formatting error in %q", a.String())
		}
		c1, c2 := r.Cards(opt), r.Cards(opt)
		if !reflect.DeepEqual(c1, c2) {
			t.Fatal("Cards is not deterministic")
		}
		for _, c := range c1 {
			if utf8.RuneCountInString(c.Summary) >= 140 {
				t.Fatalf("summary too long: %q", c.Summary)
			}
		}
	})
}
