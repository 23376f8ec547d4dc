package assessment_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// FuzzScore scores arbitrary responses decoded from JSON: scoring never
// panics, and it either succeeds with a total in the instrument's range or
// fails with a *validation.Error.
func FuzzScore(f *testing.F) {
	f.Add([]byte(`{"instrument":"phq-9","answers":[{"item":"1","value":2},{"item":"9","value":1}]}`))
	f.Add([]byte(`{"instrument":"audit","answers":[{"item":"1","value":0},{"item":"9","value":2},{"item":"10","value":4}]}`))
	f.Add([]byte(`{"instrument":"asq","answers":[{"item":"1","declined":true},{"item":"5","value":1}]}`))
	f.Add([]byte(`{"instrument":"audit-c","sex":"other","answers":[{"item":"1","value":3},{"item":"2","value":0},{"item":"3","value":0}]}`))
	f.Add([]byte(`{"instrument":"pc-ptsd-5","answers":[{"item":"exposure","value":0},{"item":"1","value":1}]}`))
	f.Add([]byte(`{"instrument":"who-5","answers":[{"item":"1","value":-1},{"item":"1","value":5}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r assessment.Response
		if json.Unmarshal(data, &r) != nil {
			return
		}
		res, err := assessment.Score(r)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) || len(ve.Fields) == 0 {
				t.Fatalf("error is not a validation error: %v", err)
			}
			return
		}
		in, ok := assessment.LookupInstrument(r.Instrument)
		if !ok {
			t.Fatalf("scored an unknown instrument")
		}
		lo, hi := in.Range()
		if res.Total < lo || res.Total > hi || res.Max != hi {
			t.Fatalf("total %d outside %d-%d", res.Total, lo, hi)
		}
	})
}

// FuzzImportQuestionnaireResponse imports arbitrary bytes: never a panic;
// an import either fails cleanly or yields a response whose answers name
// items of the recognised instrument.
func FuzzImportQuestionnaireResponse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "fhir", "*.json"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"x","answer":[{"item":[{"linkId":"44250-9","answer":[{"valueDecimal":1e400}]}]}]}]}`))
	f.Add([]byte(`{"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026","item":[{"linkId":"/","definition":"#","answer":[{"valueQuantity":{}}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := assessment.ImportQuestionnaireResponse(data)
		if err != nil {
			return
		}
		in, ok := assessment.LookupInstrument(imp.Response.Instrument)
		if !ok {
			t.Fatalf("import names an unknown instrument")
		}
		for _, a := range imp.Response.Answers {
			if _, ok := in.Item(a.Item); !ok {
				t.Fatalf("answer to an item the instrument lacks")
			}
		}
		_, _ = assessment.Score(imp.Response)
	})
}

// FuzzIntake validates arbitrary intakes decoded from JSON: never a panic,
// and errors are validation errors.
func FuzzIntake(f *testing.F) {
	in := clientA()
	seed, _ := json.Marshal(in)
	f.Add(seed)
	f.Add([]byte(`{"date":"2026-01-05","client":{"age":9,"sex":"male"},"domains":{"sleep":"declined","x":"assessed"},"conditions":[{"code":"F91.3","status":"confirmed"}]}`))
	f.Add([]byte(`{"date":"2026-01-05","client":{"age":17,"sex":"female"},"languages":["es-MX","und"],"sleep":{"hoursPerNight":1e308}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var in assessment.Intake
		if json.Unmarshal(data, &in) != nil {
			return
		}
		results, err := assessment.ScoreIntake(in)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) {
				t.Fatalf("error is not a validation error: %v", err)
			}
			return
		}
		if len(results) != len(in.Responses) {
			t.Fatalf("%d results for %d responses", len(results), len(in.Responses))
		}
		_ = assessment.NextSteps(results)
	})
}

// FuzzParseICD10CM parses arbitrary text: a parsed code is canonical and
// parses to itself.
func FuzzParseICD10CM(f *testing.F) {
	for _, s := range []string{"F43.10", "f4310", "F32.A", " g47.00 ", "F.1", "Ｆ43.10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := assessment.ParseICD10CM(s)
		if err != nil {
			return
		}
		if !c.Valid() {
			t.Fatalf("parsed code is not canonical")
		}
		again, err := assessment.ParseICD10CM(string(c))
		if err != nil || again != c {
			t.Fatalf("canonical code does not parse to itself")
		}
	})
}
