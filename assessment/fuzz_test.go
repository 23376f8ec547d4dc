package assessment_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// FuzzScore decodes arbitrary responses with validation.Decode and scores
// them: never a panic; a decode or scoring failure is a validation error;
// a score has a total in the instrument's range; a failure returns a
// partial result whose flags the error also carries.
func FuzzScore(f *testing.F) {
	f.Add([]byte(`{"instrument":"phq-9","answers":[{"item":"1","value":2},{"item":"9","value":1}]}`))
	f.Add([]byte(`{"instrument":"audit","answers":[{"item":"1","value":0},{"item":"9","value":2},{"item":"10","value":4}]}`))
	f.Add([]byte(`{"instrument":"asq","answers":[{"item":"1","declined":true},{"item":"5","value":1}]}`))
	f.Add([]byte(`{"instrument":"audit-c","sex":"other","answers":[{"item":"1","value":3},{"item":"2","value":0},{"item":"3","value":0}]}`))
	f.Add([]byte(`{"instrument":"pc-ptsd-5","answers":[{"item":"exposure","value":0},{"item":"1","value":1}]}`))
	f.Add([]byte(`{"instrument":"who-5","answers":[{"item":"1","value":-1},{"item":"1","value":5}]}`))
	f.Add([]byte(`{"instrument":"phq-9","answers":[{"item":"9","value":null},{"item":"difficulty","value":7}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r assessment.Response
		if err := validation.Decode(data, &r); err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) {
				t.Fatalf("decode error is not a validation error: %v", err)
			}
			return
		}
		res, err := assessment.Score(r)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) || len(ve.Fields) == 0 {
				t.Fatalf("error is not a validation error: %v", err)
			}
			if !res.Incomplete {
				t.Fatalf("a failed score is not marked incomplete")
			}
			var fe *assessment.FlagError
			if (len(res.Flags) > 0) != errors.As(err, &fe) || (fe != nil && len(fe.Flags) != len(res.Flags)) {
				t.Fatalf("the error and the partial result disagree on flags")
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
		if _, err := res.Observation(); err != nil && !errors.Is(err, assessment.ErrNoLOINC) {
			t.Fatalf("a scored result gives no observation: %v", err)
		}
	})
}

// FuzzImportQuestionnaireResponse imports arbitrary bytes: never a panic;
// an import either fails with a validation error or yields a response
// whose answers name items of the recognised instrument.
func FuzzImportQuestionnaireResponse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "fhir", "*.json"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"x","answer":[{"item":[{"linkId":"44250-9","answer":[{"valueDecimal":1e400}]}]}]}]}`))
	f.Add([]byte(`{"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026","item":[{"linkId":"/","definition":"#","answer":[{"valueQuantity":{}}]}]}`))
	f.Add([]byte(`{"resourceType":"QuestionnaireResponse","questionnaire":{"reference":"x"},"status":"completed"}`))
	f.Add([]byte(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"44260-8","answer":[{"valueInteger":2}]},{"linkId":"44261-6","answer":[{"valueInteger":99}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := assessment.ImportQuestionnaireResponse(data)
		checkImport(t, imp, err)
	})
}

// FuzzImportWithQuestionnaire reads an arbitrary Questionnaire and imports
// an arbitrary response through it.
func FuzzImportWithQuestionnaire(f *testing.F) {
	for _, pair := range [][2]string{
		{"phq9-local-questionnaire.json", "phq9-local-response.json"},
		{"gad7-local-questionnaire.json", "gad7-local-response.json"},
	} {
		q, errQ := os.ReadFile(filepath.Join("testdata", "fhir", pair[0]))
		r, errR := os.ReadFile(filepath.Join("testdata", "fhir", pair[1]))
		if errQ == nil && errR == nil {
			f.Add(q, r)
		}
	}
	f.Add([]byte(`{"resourceType":"Questionnaire","contained":[{"resourceType":"ValueSet","id":"v","expansion":{"contains":[{"code":"a","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/ordinalValue","valueDecimal":2}]}]}}],
		"item":[{"linkId":"q","code":[{"code":"44250-9"}],"answerValueSet":"#v"}]}`),
		[]byte(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"q","answer":[{"valueCoding":{"code":"a"}}]}]}`))
	f.Fuzz(func(t *testing.T, qdata, data []byte) {
		q, err := assessment.ReadQuestionnaire(qdata)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) {
				t.Fatalf("questionnaire error is not a validation error: %v", err)
			}
			return
		}
		imp, err := assessment.ImportQuestionnaireResponse(data, assessment.WithQuestionnaire(q))
		checkImport(t, imp, err)
	})
}

// FuzzImportHostMap imports an arbitrary response with a host's linkId map
// built from the fuzzed text.
func FuzzImportHostMap(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("testdata", "fhir", "who5-host-map.json")); err == nil {
		f.Add(data, "cheerful=1;calm=2;active=3;rested=4;interest=5")
	}
	f.Add([]byte(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"a","answer":[{"valueBoolean":true}]}]}`), "a=exposure;b=9")
	f.Fuzz(func(t *testing.T, data []byte, links string) {
		m := map[string]string{}
		for _, pair := range strings.Split(links, ";") {
			if k, v, ok := strings.Cut(pair, "="); ok {
				m[k] = v
			}
		}
		for _, id := range []assessment.InstrumentID{assessment.WHO5, assessment.PCPTSD5} {
			imp, err := assessment.ImportQuestionnaireResponse(data, assessment.ForInstrument(id), assessment.WithLinkIDs(m))
			checkImport(t, imp, err)
		}
	})
}

// FuzzReadQuestionnaire reads arbitrary bytes as a Questionnaire.
func FuzzReadQuestionnaire(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "fhir", "*questionnaire.json"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"resourceType":"Questionnaire","item":[{"linkId":"a","option":[]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := assessment.ReadQuestionnaire(data)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) || len(ve.Fields) == 0 {
				t.Fatalf("error is not a validation error: %v", err)
			}
		}
	})
}

// checkImport checks the invariants of every import: a failure is a
// validation error (possibly carrying flags); a success names only items of
// its instrument, and its observation is accepted when it scores.
func checkImport(t *testing.T, imp assessment.Import, err error) {
	t.Helper()
	if err != nil {
		var ve *validation.Error
		if !errors.As(err, &ve) || len(ve.Fields) == 0 {
			t.Fatalf("error is not a validation error: %v", err)
		}
		return
	}
	in, ok := assessment.LookupInstrument(imp.Response.Instrument)
	if !ok {
		t.Fatalf("import names an unknown instrument")
	}
	for _, a := range imp.Response.Answers {
		if _, ok := in.Item(a.Item); !ok || a.Value == nil {
			t.Fatalf("answer to an item the instrument lacks, or without a value")
		}
	}
	data, err := json.Marshal(imp)
	if err != nil {
		t.Fatalf("an import does not marshal: %v", err)
	}
	var back assessment.Import
	if err := json.Unmarshal(data, &back); err != nil || !reflect.DeepEqual(back, imp) {
		t.Fatalf("an import does not round-trip: %v", err)
	}
	res, err := assessment.Score(imp.Response)
	if err != nil {
		return
	}
	if _, err := res.Observation(assessment.FromResponse(imp)); err != nil && !errors.Is(err, assessment.ErrNoLOINC) {
		t.Fatalf("a scored import gives no observation: %v", err)
	}
}

// FuzzIntake decodes arbitrary intakes with validation.Decode and scores
// them: never a panic; errors are validation errors; every response gets a
// result, complete or not, and every flag of those results is in the
// error.
func FuzzIntake(f *testing.F) {
	in := clientA()
	seed, _ := json.Marshal(in)
	f.Add(seed)
	f.Add([]byte(`{"date":"2026-01-05","client":{"age":9,"sex":"male"},"domains":{"sleep":"declined","x":"assessed"},"conditions":[{"code":"F91.3","status":"confirmed"}]}`))
	f.Add([]byte(`{"date":"2026-01-05","client":{"age":17,"sex":"female"},"languages":["es-MX","und"],"sleep":{"hoursPerNight":1e308}}`))
	f.Add([]byte(`{"date":"2026-01-05","client":{"age":30,"sex":"unknown"},"responses":[{"instrument":"phq-9","date":"2026-01-05","answers":[{"item":"9","value":2}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var in assessment.Intake
		if err := validation.Decode(data, &in); err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) {
				t.Fatalf("decode error is not a validation error: %v", err)
			}
			return
		}
		results, err := assessment.ScoreIntake(in)
		if len(results) != len(in.Responses) {
			t.Fatalf("%d results for %d responses", len(results), len(in.Responses))
		}
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) {
				t.Fatalf("error is not a validation error: %v", err)
			}
			flags := 0
			for _, r := range results {
				flags += len(r.Flags)
			}
			var fe *assessment.FlagError
			if (flags > 0) != errors.As(err, &fe) || (fe != nil && len(fe.Flags) != flags) {
				t.Fatalf("the error carries %v, the results %d flags", fe, flags)
			}
			return
		}
		_ = assessment.NextSteps(results)
		_ = in.PreferredLanguages()
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
