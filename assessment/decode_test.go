package assessment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// TestDecodeInputs: every input type decodes through validation.Decode, and
// each problem is a field error at its JSON path, whose text does not
// repeat the input.
func TestDecodeInputs(t *testing.T) {
	tests := []struct {
		name string
		data string
		into func() any
		path string
		want error
	}{
		{"bad enum", `{"date":"2026-01-05","client":{"age":40,"sex":"F"}}`, intake, "client/sex", assessment.ErrBadValue},
		{"bad date", `{"date":"2026-13-05","client":{"age":40,"sex":"female"}}`, intake, "date", assessment.ErrBadDate},
		{"bad last-use date", `{"date":"2026-01-05","client":{"age":40,"sex":"male"},"substances":[{"substance":"alcohol","frequency":"weekly","lastUse":"yesterday"}]}`, intake, "substances/0/lastUse", assessment.ErrBadDate},
		{"wrong type", `{"date":"2026-01-05","client":{"age":"40","sex":"female"}}`, intake, "client/age", validation.ErrWrongType},
		{"null for a required value", `{"date":null,"client":{"age":40,"sex":"female"}}`, intake, "date", validation.ErrNull},
		{"unknown field", `{"date":"2026-01-05","client":{"age":40,"sex":"female","name":"x"}}`, intake, "client/name", validation.ErrUnknownField},
		{"bad domain", `{"domains":{"sleeep":"assessed"}}`, intake, "domains/sleeep", assessment.ErrBadValue},
		{"bad domain status", `{"domains":{"sleep":"finished"}}`, intake, "domains/sleep", assessment.ErrBadValue},
		{"bad condition status", `{"conditions":[{"code":"F32.1","status":"surely"}]}`, intake, "conditions/0/status", assessment.ErrBadValue},
		{"bad language tag", `{"languages":["es","not a tag!"]}`, intake, "languages/1", validation.ErrBadValue},
		{"bad exposure", `{"trauma":{"exposure":"maybe"}}`, intake, "trauma/exposure", assessment.ErrBadValue},
		{"response date", `{"instrument":"phq-9","date":"05/01/2026","answers":[]}`, response, "date", assessment.ErrBadDate},
		{"response sex", `{"instrument":"audit-c","sex":"M","answers":[]}`, response, "sex", assessment.ErrBadValue},
		{"answer value as a string", `{"instrument":"phq-9","answers":[{"item":"9","value":"1"}]}`, response, "answers/0/value", validation.ErrWrongType},
		{"answer value a fraction", `{"instrument":"phq-9","answers":[{"item":"9","value":1.5}]}`, response, "answers/0/value", validation.ErrWrongType},
		{"answer item a number", `{"instrument":"phq-9","answers":[{"item":9,"value":1}]}`, response, "answers/0/item", validation.ErrWrongType},
		{"point total as a string", `[{"date":"2026-01-05","total":"12"}]`, points, "0/total", validation.ErrWrongType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validation.Decode([]byte(tt.data), tt.into())
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.want), "want %v at %s; got %v", tt.want, tt.path, err)
			for _, echo := range []string{"not a tag!", "yesterday", "05/01/2026", "maybe", "surely", "finished"} {
				assert.NotContains(t, err.Error(), echo)
			}
		})
	}

	// A null or missing answer value decodes as "no value", which scoring
	// reports at the answer's path: never a zero.
	for _, data := range []string{
		`{"instrument":"phq-2","answers":[{"item":"1","value":1},{"item":"2","value":null}]}`,
		`{"instrument":"phq-2","answers":[{"item":"1","value":1},{"item":"2"}]}`,
	} {
		var r assessment.Response
		require.NoError(t, validation.Decode([]byte(data), &r))
		_, err := assessment.Score(r)
		var ve *validation.Error
		require.ErrorAs(t, err, &ve)
		assert.True(t, ve.Has("answers/1/value", assessment.ErrNoValue), "%v", err)
	}

	// What the package writes, Decode reads.
	var in assessment.Intake
	require.NoError(t, validation.Decode([]byte(`{"date":"2026-01-05","client":{"age":40,"sex":"Unknown"},
		"domains":{"Presenting Concerns":"assessed","supplements":"declined"},"languages":["es-MX"]}`), &in))
	assert.Equal(t, assessment.SexUndisclosed, in.Client.Sex, "FHIR administrative-gender unknown")
	assert.Equal(t, assessment.Declined, in.Status(assessment.DomainSupplements))
	assert.NoError(t, in.Validate())
}

func intake() any   { return new(assessment.Intake) }
func response() any { return new(assessment.Response) }
func points() any   { return new([]assessment.Point) }
