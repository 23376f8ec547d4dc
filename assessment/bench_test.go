package assessment_test

import (
	"os"
	"strings"
	"testing"

	"github.com/wholeperson/integrative/assessment"
)

// Client A's PHQ-9 (sample-clients.md): total 14, item 9 = 0.
var benchPHQ9 = assessment.Response{
	Instrument: assessment.PHQ9,
	Answers:    assessment.Values(2, 2, 3, 2, 1, 2, 1, 1, 0),
}

func BenchmarkScorePHQ9(b *testing.B) {
	assessment.Score(benchPHQ9) // build the catalog outside the loop
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assessment.Score(benchPHQ9); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImportPHQ9(b *testing.B) {
	data, err := os.ReadFile("testdata/fhir/phq9-uscore.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assessment.ImportQuestionnaireResponse(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportWorstCase imports inputs at the size limit built to be
// expensive: thousands of items each with a bad value, and items nested as
// deep as allowed with a bad value at every level. The input size is
// reported as bytes/op-input.
func BenchmarkImportWorstCase(b *testing.B) {
	var wide strings.Builder
	wide.WriteString(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[`)
	item := `{"linkId":"44250-9","answer":[{"valueInteger":"1"}]}`
	for wide.Len()+2*len(item)+3 < assessment.MaxFHIRSize {
		wide.WriteString(item + ",")
	}
	wide.WriteString(item + `]}`)

	level := `{"linkId":"44250-9","answer":[{"valueInteger":"x","item":[`
	n := assessment.MaxFHIRDepth/4 - 2
	one := strings.Repeat(level, n) + strings.Repeat(`]}]}`, n)
	var deep strings.Builder
	deep.WriteString(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[`)
	for deep.Len()+2*len(one)+3 < assessment.MaxFHIRSize {
		deep.WriteString(one + ",")
	}
	deep.WriteString(one + `]}`)

	for _, tt := range []struct {
		name string
		data string
	}{{"1MiB-bad-answers", wide.String()}, {"1MiB-nested-bad-answers", deep.String()}} {
		b.Run(tt.name, func(b *testing.B) {
			data := []byte(tt.data)
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := assessment.ImportQuestionnaireResponse(data); err == nil {
					b.Fatal("a bad input imported")
				}
			}
		})
	}
}
