package assessment_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

func readQuestionnaire(t *testing.T, name string) assessment.Questionnaire {
	t.Helper()
	q, err := assessment.ReadQuestionnaire(readFHIR(t, name))
	require.NoError(t, err)
	return q
}

var who5Links = map[string]string{"cheerful": "1", "calm": "2", "active": "3", "rested": "4", "interest": "5"}

// TestImportLinkIDSchemes imports one fixture per linkId scheme: LOINC
// codes in linkId, local linkIds read through their Questionnaire, and
// local linkIds read through a host's map.
func TestImportLinkIDSchemes(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		opts     func(t *testing.T) []assessment.ImportOption
		id       assessment.InstrumentID
		total    int
		band     string
		flags    []string
		reported *int
		unmapped []string
	}{
		{
			name: "LOINC codes in linkId", file: "phq9-uscore.json",
			id: assessment.PHQ9, total: 12, band: "moderate", reported: new(12),
		},
		{
			name: "local linkIds, LOINC only in the Questionnaire", file: "phq9-local-response.json",
			opts: func(t *testing.T) []assessment.ImportOption {
				return []assessment.ImportOption{assessment.WithQuestionnaire(readQuestionnaire(t, "phq9-local-questionnaire.json"))}
			},
			id: assessment.PHQ9, total: 11, band: "moderate", flags: []string{"phq-9/item-9"}, reported: new(11),
		},
		{
			name: "local linkIds and local answer codes scored by the Questionnaire", file: "gad7-local-response.json",
			opts: func(t *testing.T) []assessment.ImportOption {
				return []assessment.ImportOption{assessment.WithQuestionnaire(readQuestionnaire(t, "gad7-local-questionnaire.json"))}
			},
			id: assessment.GAD7, total: 10, band: "moderate",
		},
		{
			name: "local linkIds mapped by the host", file: "who5-host-map.json",
			opts: func(*testing.T) []assessment.ImportOption {
				return []assessment.ImportOption{assessment.ForInstrument(assessment.WHO5), assessment.WithLinkIDs(who5Links)}
			},
			id: assessment.WHO5, total: 13, flags: []string{"who-5/low-item"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []assessment.ImportOption
			if tt.opts != nil {
				opts = tt.opts(t)
			}
			imp, err := assessment.ImportQuestionnaireResponse(readFHIR(t, tt.file), opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.id, imp.Response.Instrument)
			assert.Equal(t, tt.reported, imp.ReportedTotal)
			var links []string
			for _, u := range imp.Unmapped {
				links = append(links, u.LinkID)
			}
			assert.Equal(t, tt.unmapped, links)
			assert.Empty(t, imp.Warnings)
			res, err := assessment.Score(imp.Response)
			require.NoError(t, err)
			assert.Equal(t, tt.total, res.Total)
			assert.Equal(t, tt.band, res.Band.Label)
			assert.Equal(t, tt.flags, flagIDs(res.Flags))
		})
	}

	// Without its Questionnaire or a map, the local scheme cannot be read:
	// nothing is guessed.
	_, err := assessment.ImportQuestionnaireResponse(readFHIR(t, "phq9-local-response.json"))
	assert.ErrorIs(t, err, assessment.ErrUnknownInstrument)
	imp, err := assessment.ImportQuestionnaireResponse(readFHIR(t, "phq9-local-response.json"), assessment.ForInstrument(assessment.PHQ9))
	require.NoError(t, err)
	assert.Len(t, imp.Unmapped, 11)
}

// TestImportQuestionnaireWithHostMap: a Questionnaire whose items carry no
// codes scores its local answer codes; the host's map names the items.
func TestImportQuestionnaireWithHostMap(t *testing.T) {
	q, err := assessment.ReadQuestionnaire([]byte(`{"resourceType":"Questionnaire","url":"https://example.org/Questionnaire/q2",
		"contained":[{"resourceType":"ValueSet","id":"vs","expansion":{"contains":[
			{"system":"urn:local","code":"a","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/ordinalValue","valueDecimal":0}]},
			{"system":"urn:local","code":"b","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/ordinalValue","valueDecimal":1}]},
			{"system":"urn:local","code":"c","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/ordinalValue","valueDecimal":2}]},
			{"system":"urn:local","code":"d","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/ordinalValue","valueDecimal":3}]}]}}],
		"item":[{"linkId":"T/Q1","type":"choice","answerValueSet":"#vs"},{"linkId":"T/Q2","type":"choice","answerValueSet":"#vs"}]}`))
	require.NoError(t, err)
	assert.Equal(t, "https://example.org/Questionnaire/q2", q.URL())
	data := []byte(`{"resourceType":"QuestionnaireResponse","questionnaire":"https://example.org/Questionnaire/q2","status":"completed",
		"item":[{"linkId":"T/Q1","answer":[{"valueCoding":{"system":"urn:local","code":"d"}}]},{"linkId":"T/Q2","answer":[{"valueCoding":{"code":"c"}}]}]}`)
	imp, err := assessment.ImportQuestionnaireResponse(data, assessment.WithQuestionnaire(q),
		assessment.ForInstrument(assessment.PHQ2), assessment.WithLinkIDs(map[string]string{"T/Q1": "1", "T/Q2": "2"}))
	require.NoError(t, err)
	res, err := assessment.Score(imp.Response)
	require.NoError(t, err)
	assert.Equal(t, 5, res.Total)

	// A map naming an item the instrument lacks is an error, not a skip.
	_, err = assessment.ImportQuestionnaireResponse(data, assessment.ForInstrument(assessment.PHQ2),
		assessment.WithLinkIDs(map[string]string{"T/Q1": "1", "T/Q2": "22"}))
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("linkIds", assessment.ErrUnknownItem))

	// A response that names another questionnaire is refused.
	other := bytes.Replace(data, []byte("Questionnaire/q2"), []byte("Questionnaire/q3"), 1)
	_, err = assessment.ImportQuestionnaireResponse(other, assessment.WithQuestionnaire(q), assessment.ForInstrument(assessment.PHQ2))
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("questionnaire", assessment.ErrWrongQuestionnaire))

	// The Questionnaire's score and the LOINC code must agree.
	bad, err := assessment.ReadQuestionnaire([]byte(`{"resourceType":"Questionnaire","item":[{"linkId":"x","code":[{"system":"http://loinc.org","code":"44250-9"}],
		"answerOption":[{"valueCoding":{"system":"http://loinc.org","code":"LA6569-3"},"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/itemWeight","valueDecimal":3}]}]}]}`))
	require.NoError(t, err)
	_, err = assessment.ImportQuestionnaireResponse(qr(`{"linkId":"x","answer":[{"valueCoding":{"code":"LA6569-3"}}]}`),
		assessment.WithQuestionnaire(bad), assessment.ForInstrument(assessment.PHQ2))
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("item/0/answer/0/valueCoding", assessment.ErrConflictingAnswer), "%v", err)
}

func TestReadQuestionnaireErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		path string
		want error
	}{
		{"not a Questionnaire", `{"resourceType":"QuestionnaireResponse"}`, "resourceType", assessment.ErrWrongResource},
		{"STU3 option", `{"resourceType":"Questionnaire","item":[{"linkId":"a","option":[{"valueCoding":{"code":"x"}}]}]}`, "item/0/option", assessment.ErrSTU3},
		{"STU3 options", `{"resourceType":"Questionnaire","item":[{"linkId":"a","options":{"reference":"#vs"}}]}`, "item/0/options", assessment.ErrSTU3},
		{"duplicate linkId", `{"resourceType":"Questionnaire","item":[{"linkId":"a"},{"linkId":"a"}]}`, "item/1/linkId", assessment.ErrDuplicateID},
		{"linkId a number", `{"resourceType":"Questionnaire","item":[{"linkId":1}]}`, "item/0/linkId", validation.ErrWrongType},
		{"key in the wrong case", `{"resourceType":"Questionnaire","item":[{"LinkId":"a"}]}`, "item/0/linkId", validation.ErrFieldCase},
		{"malformed", `{"resourceType":"Questionnaire"`, "", validation.ErrSyntax},
		{"too large", `{"resourceType":"Questionnaire","x":"` + strings.Repeat("a", assessment.MaxFHIRSize) + `"}`, "", assessment.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := assessment.ReadQuestionnaire([]byte(tt.data))
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.want), "%v", err)
		})
	}
}

// TestImportSTU3 names the version and the place.
func TestImportSTU3(t *testing.T) {
	for path, data := range map[string]string{
		"questionnaire": `{"resourceType":"QuestionnaireResponse","questionnaire":{"reference":"Questionnaire/x"},"status":"completed",
			"item":[{"linkId":"44250-9","answer":[{"valueInteger":1}]}]}`,
		"context": `{"resourceType":"QuestionnaireResponse","context":{"reference":"Encounter/1"},"status":"completed",
			"item":[{"linkId":"44250-9","answer":[{"valueInteger":1}]}]}`,
		"parent": `{"resourceType":"QuestionnaireResponse","parent":[{"reference":"Procedure/1"}],"status":"completed",
			"item":[{"linkId":"44250-9","answer":[{"valueInteger":1}]}]}`,
	} {
		_, err := assessment.ImportQuestionnaireResponse([]byte(data))
		var ve *validation.Error
		require.ErrorAs(t, err, &ve, path)
		assert.True(t, ve.Has(path, assessment.ErrSTU3), "%v", err)
	}
	// The STU3 ordinal extension is read, so a code and its score that
	// disagree are caught.
	_, err := assessment.ImportQuestionnaireResponse(qr(`{"linkId":"1","definition":"http://loinc.org/44250-9","answer":[{"valueCoding":{"system":"http://loinc.org","code":"LA6568-5",
		"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/iso21090-CO-value","valueDecimal":2}]}}]}`))
	assert.ErrorIs(t, err, assessment.ErrConflictingAnswer)
}

// TestImportStrict: leniency that would hide a mistake is an error at its
// path.
func TestImportStrict(t *testing.T) {
	item := func(answer string) string {
		return `{"linkId":"44250-9","answer":[` + answer + `]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}`
	}
	tests := []struct {
		name string
		data string
		path string
		want error
	}{
		{"trailing data", string(qr(item(`{"valueInteger":1}`))) + `{}`, "", validation.ErrTrailingData},
		{"key differing in case", `{"resourceType":"QuestionnaireResponse","status":"completed","Item":[]}`, "item", validation.ErrFieldCase},
		{"linkId differing in case", string(qr(`{"LinkId":"44250-9","answer":[{"valueInteger":1}]}`)), "item/0/linkId", validation.ErrFieldCase},
		{"valueInteger differing in case", string(qr(item(`{"valueinteger":1}`))), "item/0/answer/0/valueInteger", validation.ErrFieldCase},
		{"number sent as a string", string(qr(item(`{"valueInteger":"1"}`))), "item/0/answer/0/valueInteger", validation.ErrWrongType},
		{"quantity value as a string", string(qr(item(`{"valueQuantity":{"value":"1"}}`))), "item/0/answer/0/valueQuantity/value", validation.ErrWrongType},
		{"code as a number", string(qr(item(`{"valueCoding":{"code":6569}}`))), "item/0/answer/0/valueCoding/code", validation.ErrWrongType},
		{"two value elements", string(qr(item(`{"valueInteger":1,"valueDecimal":1}`))), "item/0/answer/0", assessment.ErrConflictingAnswer},
		{"field given twice", string(qr(item(`{"valueInteger":1,"valueInteger":2}`))), "item/0/answer/0/valueInteger", validation.ErrDuplicateField},
		{"linkId a number", string(qr(`{"linkId":44250,"answer":[{"valueInteger":1}]}`)), "item/0/linkId", validation.ErrWrongType},
		{"authored without a zone", authored("2026-01-05T10:30:00"), "authored", assessment.ErrBadDate},
		{"authored month 13", authored("2026-13-05"), "authored", assessment.ErrBadDate},
		{"authored as a US date", authored("01/05/2026"), "authored", assessment.ErrBadDate},
		{"authored with a bad zone", authored("2026-01-05T10:30:00+15:00"), "authored", assessment.ErrBadDate},
		{"authored before 1900", authored("1899-12-31"), "authored", assessment.ErrBadDate},
		{"malformed id", `{"resourceType":"QuestionnaireResponse","id":"a b","status":"completed","item":[` + item(`{"valueInteger":1}`) + `]}`, "id", assessment.ErrBadValue},
		{"total item with two answers", string(qr(item(`{"valueInteger":1}`) + `,{"linkId":"55758-7","answer":[{"valueInteger":2},{"valueInteger":3}]}`)), "item/2/answer/1", assessment.ErrConflictingAnswer},
		{"stated total above the maximum", string(qr(item(`{"valueInteger":1}`) + `,{"linkId":"55758-7","answer":[{"valueInteger":7}]}`)), "item/2/answer/0", assessment.ErrOutOfRange},
		{"stated total not a number", string(qr(item(`{"valueInteger":1}`) + `,{"linkId":"55758-7","answer":[{"valueString":"2"}]}`)), "item/2/answer/0", assessment.ErrUnmappedAnswer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := assessment.ImportQuestionnaireResponse([]byte(tt.data))
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.want), "want %v at %q; got %v", tt.want, tt.path, err)
		})
	}
	for _, ok := range []string{"2026", "2026-01", "2026-01-05", "2026-01-05T10:30:00Z", "2026-01-05T10:30:00.123-05:00", "2026-01-05T23:59:60+14:00"} {
		_, err := assessment.ImportQuestionnaireResponse([]byte(authored(ok)))
		assert.NoError(t, err, ok)
	}
}

func authored(s string) string {
	return `{"resourceType":"QuestionnaireResponse","status":"completed","authored":"` + s + `",
		"item":[{"linkId":"44250-9","answer":[{"valueInteger":1}]},{"linkId":"44255-8","answer":[{"valueInteger":1}]}]}`
}

// TestImportSyntaxErrorOffset: a syntax error says where.
func TestImportSyntaxErrorOffset(t *testing.T) {
	data := []byte(`{"resourceType":"QuestionnaireResponse", "status": completed}`)
	_, err := assessment.ImportQuestionnaireResponse(data)
	var se *validation.SyntaxError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, int64(bytes.Index(data, []byte("completed"))+1), se.Offset)
	assert.ErrorIs(t, err, validation.ErrSyntax)
	assert.NotContains(t, err.Error(), "completed")
}

// TestImportUnscoredItemNeverBlocks: the PHQ-9 difficulty question coded
// from another answer list is a warning; the complete PHQ-9 still scores,
// with its flag.
func TestImportUnscoredItemNeverBlocks(t *testing.T) {
	var b strings.Builder
	for i, code := range []string{"44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"} {
		v := "LA6571-9"
		if i >= 7 {
			v = "LA6570-1"
		}
		b.WriteString(`{"linkId":"/` + code + `","answer":[{"valueCoding":{"system":"http://loinc.org","code":"` + v + `"}}]},`)
	}
	b.WriteString(`{"linkId":"/69722-7","answer":[{"valueCoding":{"system":"http://loinc.org","code":"LA6570-1"}}]},`)
	b.WriteString(`{"linkId":"/44261-6","answer":[{"valueInteger":25}]}`)
	imp, err := assessment.ImportQuestionnaireResponse(qr(b.String()))
	require.NoError(t, err)
	require.Len(t, imp.Warnings, 1)
	assert.Equal(t, "item/9/answer/0/valueCoding", imp.Warnings[0].Path)
	assert.ErrorIs(t, imp.Warnings[0], assessment.ErrUnmappedAnswer)
	res, err := assessment.Score(imp.Response)
	require.NoError(t, err)
	assert.Equal(t, 25, res.Total)
	assert.Equal(t, []string{"phq-9/item-9"}, flagIDs(res.Flags))

	// A wrong JSON type on the difficulty question is a warning too, and
	// survives a JSON round trip.
	imp, err = assessment.ImportQuestionnaireResponse(qr(strings.Replace(b.String(), `"code":"LA6570-1"}}]},{"linkId":"/44261-6"`,
		`"code":6570}}]},{"linkId":"/44261-6"`, 1)))
	require.NoError(t, err)
	require.Len(t, imp.Warnings, 1)
	assert.Equal(t, "item/9/answer/0/valueCoding/code", imp.Warnings[0].Path)
	assert.ErrorIs(t, imp.Warnings[0], validation.ErrWrongType)
	data, err := json.Marshal(imp)
	require.NoError(t, err)
	var back assessment.Import
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, imp, back)
}

// TestImportFlagsSurvive: an import error does not hide the flags of what
// was read.
func TestImportFlagsSurvive(t *testing.T) {
	data := qr(`{"linkId":"44250-9","answer":[{"valueInteger":0}]},{"linkId":"44260-8","answer":[{"valueInteger":2}]},
		{"linkId":"44255-8","answer":[{"valueString":"often"}]},{"linkId":"44261-6","answer":[{"valueInteger":99}]}`)
	imp, err := assessment.ImportQuestionnaireResponse(data)
	var fe *assessment.FlagError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, []string{"phq-9/item-9"}, flagIDs(fe.Flags))
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("item/3/answer/0", assessment.ErrOutOfRange), "%v", err)
	assert.True(t, ve.Has("item/2/answer/0", assessment.ErrUnmappedAnswer), "%v", err)
	assert.Equal(t, assessment.PHQ9, imp.Response.Instrument, "the import holds what was read")
	assert.Len(t, imp.Response.Answers, 2)
}

// TestImportBounded: a hostile input costs little and yields a small error.
func TestImportBounded(t *testing.T) {
	// Items nested far beyond any questionnaire.
	deep := strings.Repeat(`{"linkId":"x","item":[`, 2499) + strings.Repeat(`]}`, 2499)
	_, err := assessment.ImportQuestionnaireResponse([]byte(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[` + deep + `]}`))
	assert.ErrorIs(t, err, validation.ErrTooDeep)

	// Nested as deep as allowed, with a bad value at every level.
	level := `{"linkId":"44250-9","answer":[{"valueInteger":"x","item":[`
	n := assessment.MaxFHIRDepth/4 - 2
	nested := strings.Repeat(level, n) + strings.Repeat(`]}]}`, n)
	_, err = assessment.ImportQuestionnaireResponse(qr(nested))
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.NotEmpty(t, ve.Fields)

	// Thousands of bad answers: the error lists the first MaxProblems.
	var b strings.Builder
	for i := range 5000 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"linkId":"44250-9","answer":[{"valueInteger":"` + strconv.Itoa(i) + `"}]}`)
	}
	_, err = assessment.ImportQuestionnaireResponse(qr(b.String()))
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Fields, validation.MaxProblems)
	assert.Positive(t, ve.Omitted)
	assert.Less(t, len(err.Error()), 20000)
}

func TestImportNilOption(t *testing.T) {
	assert.NotPanics(t, func() {
		_, err := assessment.ImportQuestionnaireResponse(readFHIR(t, "phq9-uscore.json"), nil, assessment.WithQuestionnaire(assessment.Questionnaire{}),
			assessment.WithLinkIDs(nil))
		assert.NoError(t, err)
		_, err = assessment.Result{}.Observation(nil)
		assert.Error(t, err)
	})
}

// TestObservationFollowsItsSource: status, time and zone, derivedFrom and
// the host's references; a made-up result is refused.
func TestObservationFollowsItsSource(t *testing.T) {
	imp, err := assessment.ImportQuestionnaireResponse(readFHIR(t, "phq9-local-response.json"),
		assessment.WithQuestionnaire(readQuestionnaire(t, "phq9-local-questionnaire.json")))
	require.NoError(t, err)
	res, err := assessment.Score(imp.Response)
	require.NoError(t, err)
	obs, err := res.Observation(assessment.FromResponse(imp), assessment.WithSubject("Patient/example"), assessment.WithEncounter("Encounter/e1"))
	require.NoError(t, err)
	assert.Equal(t, "final", obs.Status)
	assert.Equal(t, "2026-02-01T09:15:00+01:00", obs.EffectiveDateTime)
	assert.Equal(t, []assessment.Reference{{Reference: "QuestionnaireResponse/phq9-local-1"}}, obs.DerivedFrom)
	assert.Equal(t, &assessment.Reference{Reference: "Patient/example"}, obs.Subject)
	assert.Equal(t, &assessment.Reference{Reference: "Encounter/e1"}, obs.Encounter)

	for status, want := range map[string]string{"completed": "final", "amended": "amended", "in-progress": "preliminary", "stopped": "preliminary"} {
		imp.Status = status
		obs, err := res.Observation(assessment.FromResponse(imp))
		require.NoError(t, err)
		assert.Equal(t, want, obs.Status, status)
	}
	imp.ResourceID = ""
	obs, err = res.Observation(assessment.FromResponse(imp))
	require.NoError(t, err)
	assert.Empty(t, obs.DerivedFrom)
	obs, err = res.Observation()
	require.NoError(t, err)
	assert.Equal(t, "2026-02-01", obs.EffectiveDateTime)
	assert.Nil(t, obs.Subject)

	made := func(edit func(*assessment.Result)) assessment.Result { r := res; edit(&r); return r }
	for path, r := range map[string]assessment.Result{
		"total":      made(func(r *assessment.Result) { r.Total = 999 }),
		"band":       made(func(r *assessment.Result) { r.Total = 3 }),
		"screen":     made(func(r *assessment.Result) { r.Screen = assessment.ScreenNegative }),
		"max":        made(func(r *assessment.Result) { r.Max = 30 }),
		"incomplete": made(func(r *assessment.Result) { r.Incomplete = true }),
	} {
		_, err := r.Observation()
		var ve *validation.Error
		require.ErrorAs(t, err, &ve, path)
		assert.True(t, ve.Has(path, assessment.ErrOutOfRange) || ve.Has(path, assessment.ErrBadValue) || ve.Has(path, assessment.ErrMissingItem), "%s: %v", path, err)
	}
	for _, ref := range []string{"", "Jane Doe", "patient/1", "Patient/", "Patient/a b"} {
		_, err := res.Observation(assessment.WithSubject(ref))
		var ve *validation.Error
		require.ErrorAs(t, err, &ve, ref)
		assert.True(t, ve.Has("subject", assessment.ErrBadValue))
		assert.False(t, ref != "" && strings.Contains(err.Error(), ref), "the reference is not echoed")
	}
	other := imp
	other.Response.Instrument = assessment.GAD7
	_, err = res.Observation(assessment.FromResponse(other))
	assert.ErrorIs(t, err, assessment.ErrBadValue)
	assert.False(t, errors.Is(err, assessment.ErrNoLOINC))
}
