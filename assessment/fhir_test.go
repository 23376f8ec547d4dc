package assessment_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/validation"
)

func readFHIR(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "fhir", name))
	require.NoError(t, err)
	return data
}

func TestImportQuestionnaireResponse(t *testing.T) {
	tests := []struct {
		file     string
		id       assessment.InstrumentID
		date     string
		total    int
		reported *int
		unmapped []string
	}{
		// US Core example: linkIds "/44250-9", codings with system, the
		// difficulty item and a reported total of 12.
		{file: "phq9-uscore.json", id: assessment.PHQ9, date: "2026-01-05", total: 12, reported: new(12)},
		// MII example: codings without system, ordinalValue extensions,
		// items nested in a group.
		{file: "phq9-mii-nosystem.json", id: assessment.PHQ9, date: "2026-02-01", total: 27},
		// SDC example: answers sum to 10 but the resource reports 13.
		{file: "phq9-sdc-wrong-total.json", id: assessment.PHQ9, date: "2026-03-01", total: 10, reported: new(13)},
		// HL7 PHR GAD-7 example as valueInteger, with a local item that
		// must be reported, not dropped.
		{file: "gad7-integer-unmapped.json", id: assessment.GAD7, date: "2026-01-20", total: 3, unmapped: []string{"local-note"}},
		// LOINC's GAD-7 form codes item 2's third option LA18938-3.
		{file: "gad7-more-days-than-not.json", id: assessment.GAD7, total: 6},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			imp, err := assessment.ImportQuestionnaireResponse(readFHIR(t, tt.file))
			require.NoError(t, err)
			assert.Equal(t, tt.id, imp.Response.Instrument)
			assert.Equal(t, tt.date, imp.Response.Date.String())
			assert.Equal(t, tt.reported, imp.ReportedTotal)
			var linkIDs []string
			for _, u := range imp.Unmapped {
				linkIDs = append(linkIDs, u.LinkID)
				assert.NotEmpty(t, u.Path)
			}
			assert.Equal(t, tt.unmapped, linkIDs)
			res, err := assessment.Score(imp.Response)
			require.NoError(t, err)
			assert.Equal(t, tt.total, res.Total)
		})
	}
}

func qr(items string) []byte {
	return []byte(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[` + items + `]}`)
}

func TestImportRecognition(t *testing.T) {
	// Two PHQ items only: read as a PHQ-2, not an incomplete PHQ-9.
	imp, err := assessment.ImportQuestionnaireResponse(qr(
		`{"linkId":"44250-9","answer":[{"valueInteger":2}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`))
	require.NoError(t, err)
	assert.Equal(t, assessment.PHQ2, imp.Response.Instrument)

	// The questionnaire canonical names the instrument.
	data := []byte(`{"resourceType":"QuestionnaireResponse","questionnaire":"http://example.org/Questionnaire/who-5|1.0","status":"completed",
		"item":[{"linkId":"1","answer":[{"valueInteger":3}]}]}`)
	imp, err = assessment.ImportQuestionnaireResponse(data)
	require.NoError(t, err)
	assert.Equal(t, assessment.WHO5, imp.Response.Instrument)
	assert.Len(t, imp.Unmapped, 1, "without ForInstrument, linkIds are not item IDs")

	// ForInstrument matches linkIds to item IDs for instruments without
	// LOINC item codes; valueBoolean reads yes/no items.
	imp, err = assessment.ImportQuestionnaireResponse(qr(
		`{"linkId":"exposure","answer":[{"valueBoolean":true}]},{"linkId":"1","answer":[{"valueBoolean":true}]},
		 {"linkId":"2","answer":[{"valueBoolean":false}]},{"linkId":"3","answer":[{"valueBoolean":true}]},
		 {"linkId":"4","answer":[{"valueBoolean":true}]},{"linkId":"5","answer":[{"valueCoding":{"code":"LA32-8"}}]}`),
		assessment.ForInstrument(assessment.PCPTSD5))
	require.NoError(t, err)
	res, err := assessment.Score(imp.Response)
	require.NoError(t, err)
	assert.Equal(t, 3, res.Total)
	assert.Equal(t, assessment.ScreenIndeterminate, res.Screen, "3 is positive for women only")

	// definition carries the code; itemWeight replaces ordinalValue.
	imp, err = assessment.ImportQuestionnaireResponse(qr(
		`{"linkId":"q1","definition":"http://loinc.org#69725-0","answer":[{"valueCoding":{"system":"http://example.org/local","code":"x",
		  "extension":[{"url":"http://hl7.org/fhir/StructureDefinition/itemWeight","valueDecimal":2}]}}]},
		 {"linkId":"q2","definition":"http://loinc.org#68509-9","answer":[{"valueDecimal":1.0}]}`))
	require.NoError(t, err)
	assert.Equal(t, assessment.GAD2, imp.Response.Instrument)
	assert.Equal(t, []assessment.Answer{{Item: "1", Value: new(2)}, {Item: "2", Value: new(1)}}, imp.Response.Answers)
}

func TestImportErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		path string
		want error
	}{
		{"not JSON", []byte(`{"resourceType":`), "", validation.ErrSyntax},
		{"array", []byte(`[]`), "", assessment.ErrBadJSON},
		{"wrong resource", []byte(`{"resourceType":"Observation","status":"final"}`), "resourceType", assessment.ErrWrongResource},
		{"entered in error", []byte(`{"resourceType":"QuestionnaireResponse","status":"entered-in-error","item":[{"linkId":"44250-9","answer":[{"valueInteger":1}]}]}`), "status", assessment.ErrBadStatus},
		{"bad authored date", []byte(`{"resourceType":"QuestionnaireResponse","status":"completed","authored":"05/01/2026","item":[{"linkId":"44250-9","answer":[{"valueInteger":1}]}]}`), "authored", assessment.ErrBadDate},
		{"no instrument recognised", qr(`{"linkId":"x","answer":[{"valueInteger":1}]}`), "questionnaire", assessment.ErrUnknownInstrument},
		{"fractional decimal", qr(`{"linkId":"44250-9","answer":[{"valueDecimal":1.5}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`), "item/0/answer/0", assessment.ErrUnmappedAnswer},
		{"value out of range", qr(`{"linkId":"44250-9","answer":[{"valueInteger":4}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`), "item/0/answer/0", assessment.ErrUnmappedAnswer},
		{"unknown answer code", qr(`{"linkId":"44250-9","answer":[{"valueCoding":{"system":"http://loinc.org","code":"LA9999-9"}}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`), "item/0/answer/0/valueCoding", assessment.ErrUnmappedAnswer},
		{"code and ordinal disagree", qr(`{"linkId":"44250-9","answer":[{"valueCoding":{"code":"LA6569-3","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/ordinalValue","valueDecimal":3}]}}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`), "item/0/answer/0/valueCoding", assessment.ErrConflictingAnswer},
		{"two answers", qr(`{"linkId":"44250-9","answer":[{"valueInteger":1},{"valueInteger":2}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`), "item/0/answer/1", assessment.ErrConflictingAnswer},
		{"boolean on a frequency item", qr(`{"linkId":"44250-9","answer":[{"valueBoolean":true}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`), "item/0/answer/0", assessment.ErrUnmappedAnswer},
		{"string answer", qr(`{"linkId":"44250-9","answer":[{"valueString":"often"}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`), "item/0/answer/0", assessment.ErrUnmappedAnswer},
		{"same item twice, different values", qr(`{"linkId":"44250-9","answer":[{"valueInteger":1}]},{"linkId":"/44250-9","answer":[{"valueInteger":2}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`), "item/1/answer/0", assessment.ErrConflictingAnswer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := assessment.ImportQuestionnaireResponse(tt.data)
			require.ErrorIs(t, err, tt.want)
			if tt.path != "" {
				var ve *validation.Error
				require.ErrorAs(t, err, &ve)
				assert.True(t, ve.Has(tt.path, tt.want), "%v", err)
			}
		})
	}
	big := make([]byte, assessment.MaxFHIRSize+1)
	_, err := assessment.ImportQuestionnaireResponse(big)
	assert.ErrorIs(t, err, assessment.ErrTooLarge)
	assert.ErrorIs(t, err, validation.ErrTooLarge)
}

func TestObservationGolden(t *testing.T) {
	imp, err := assessment.ImportQuestionnaireResponse(readFHIR(t, "phq9-uscore.json"))
	require.NoError(t, err)
	res, err := assessment.Score(imp.Response)
	require.NoError(t, err)
	obs, err := res.Observation()
	require.NoError(t, err)
	got, err := json.MarshalIndent(obs, "", "  ")
	require.NoError(t, err)
	golden.Check(t, filepath.Join("fhir", "phq9-observation.golden.json"), append(got, '\n'))
}

func TestObservationErrors(t *testing.T) {
	_, err := assessment.Result{Instrument: assessment.WHO5}.Observation()
	assert.ErrorIs(t, err, assessment.ErrNoLOINC)
	_, err = assessment.Result{Instrument: "nope"}.Observation()
	assert.ErrorIs(t, err, assessment.ErrUnknownInstrument)
}
