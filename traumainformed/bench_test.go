package traumainformed_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/evidence"

	ti "github.com/wholeperson/integrative/traumainformed"
)

// letterParagraph is a client-facing paragraph of 100 words with three
// stigmatizing terms and several near misses.
const letterParagraph = "Thank you for meeting with us this week. We talked about your sleep, the nightmares, " +
	"and how alcohol has been part of getting to sleep. You told us you do not want to be seen as an addict, " +
	"and we agree: addiction is a health condition, and you are a person with goals for your children and " +
	"your team. We explained why sertraline and naltrexone were suggested, and you chose to start them. " +
	"Missing doses does not make anyone non-compliant; tell us what gets in the way. Non-alcoholic drinks " +
	"at night may help. Nobody here committed suicide in your story. "

// letter2000 is a text of 2,000 words.
func letter2000(tb testing.TB) string {
	words := strings.Fields(letterParagraph)
	if len(words) != 100 {
		tb.Fatalf("paragraph has %d words", len(words))
	}
	return strings.Repeat(letterParagraph, 20)
}

func BenchmarkCheckLanguage2000Words(b *testing.B) {
	text := letter2000(b)
	if got := len(ti.CheckLanguage(text)); got != 60 {
		b.Fatalf("%d matches", got)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ti.CheckLanguage(text)
	}
}

func BenchmarkAudit(b *testing.B) {
	p := planA()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ti.Audit(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckPhases(b *testing.B) {
	p := planA()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ti.CheckPhases(p); err != nil {
			b.Fatal(err)
		}
	}
}

// scaledPlan returns Client A's plan with every list k times as long, and a
// catalog holding the built-in practices and enough host practices for the
// plan's k times as many practices.
func scaledPlan(tb testing.TB, k int) (*ti.Catalog, ti.Plan) {
	tb.Helper()
	p := planA()
	d := ti.BuiltinData()
	src := evidence.Source{Title: "Clinic handbook", Publisher: "A clinic", Year: 2024}
	for i := len(p.Practices); i < k*len(planA().Practices); i++ {
		id := ti.PracticeID(fmt.Sprintf("host-practice-%d", i))
		d.Practices = append(d.Practices, ti.Practice{ID: id, Title: "Host practice", Principles: []ti.PrincipleID{ti.PrincipleID(1 + i%6)}, Sources: []evidence.Source{src}})
		p.Practices = append(p.Practices, id)
	}
	c, err := ti.NewCatalog(d)
	if err != nil {
		tb.Fatal(err)
	}
	tags := manyTags(tb, 5*k)
	// The client prefers languages other than Spanish first, so that the
	// match is found only at the end of the list.
	p.Client.Languages = append(slices.Clone(tags[:2*k-1]), language.Spanish)
	p.CareLanguages = append(slices.Clone(tags[2*k:3*k-1]), language.Spanish)
	p.MaterialLanguages = append(slices.Clone(tags[3*k:5*k-1]), language.Spanish)
	for i := 1; i < k; i++ {
		p.Client.CultureNotes = append(p.Client.CultureNotes, "note")
		p.Work = append(p.Work, planA().Work...)
	}
	return c, p
}

// BenchmarkAuditGrowth audits Client A's plan and the same plan with every
// list 10, 100 and 1000 times as long: the time per element stays flat.
func BenchmarkAuditGrowth(b *testing.B) {
	for _, k := range []int{1, 10, 100, 1000} {
		c, p := scaledPlan(b, k)
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Audit(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckPhasesGrowth checks the phases of Client A's plan and of
// the same plan with 10, 100 and 1000 times as many work items.
func BenchmarkCheckPhasesGrowth(b *testing.B) {
	for _, k := range []int{1, 10, 100, 1000} {
		_, p := scaledPlan(b, k)
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ti.CheckPhases(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNewCatalogGrowth builds the built-in catalog and one with 10,
// 100 and 1000 times as many practices and terms.
func BenchmarkNewCatalogGrowth(b *testing.B) {
	for _, k := range []int{1, 10, 100, 1000} {
		d := ti.BuiltinData()
		base := ti.BuiltinData()
		for i := 1; i < k; i++ {
			for _, p := range base.Practices {
				p.ID = ti.PracticeID(fmt.Sprintf("%s-%d", p.ID, i))
				p.Aliases = nil
				d.Practices = append(d.Practices, p)
			}
			for _, t := range base.Terms {
				t.ID = ti.TermID(fmt.Sprintf("%s-%d", t.ID, i))
				t.Forms = slices.Clone(t.Forms)
				t.Except = nil
				suffix := fmt.Sprintf(" v%d", i)
				for j := range t.Forms {
					t.Forms[j] += suffix
				}
				d.Terms = append(d.Terms, t)
			}
		}
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ti.NewCatalog(d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
