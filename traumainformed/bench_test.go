package traumainformed_test

import (
	"strings"
	"testing"

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
