package assessment_test

import (
	"os"
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
