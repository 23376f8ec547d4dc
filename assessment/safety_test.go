package assessment_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// TestUnansweredIsNeverZero: a missing or null value is an error at the
// answer's path, never the answer 0, for every instrument.
func TestUnansweredIsNeverZero(t *testing.T) {
	phq := `{"item":"1","value":1},{"item":"2","value":1},{"item":"3","value":1},{"item":"4","value":1},` +
		`{"item":"5","value":1},{"item":"6","value":1},{"item":"7","value":1},{"item":"8","value":1},`
	for _, last := range []string{`{"item":"9","value":null}`, `{"item":"9"}`} {
		var r assessment.Response
		require.NoError(t, json.Unmarshal([]byte(`{"instrument":"phq-9","answers":[`+phq+last+`]}`), &r))
		res, err := assessment.Score(r)
		var ve *validation.Error
		require.ErrorAs(t, err, &ve, last)
		assert.True(t, ve.Has("answers/8/value", assessment.ErrNoValue), "%v", err)
		assert.Len(t, ve.Fields, 1)
		assert.True(t, res.Incomplete)
		assert.Zero(t, res.Total)
		assert.Empty(t, res.Band.Label, "no band for a response that cannot be scored")
	}
	for _, in := range assessment.Instruments() {
		a := make([]assessment.Answer, 0, len(in.Items))
		for _, it := range in.Items {
			a = append(a, assessment.Answer{Item: it.ID, Value: new(it.Options[0].Value)})
		}
		k := 0
		for in.Items[k].Unscored {
			k++
		}
		a[k].Value = nil
		_, err := assessment.Score(assessment.Response{Instrument: in.ID, Answers: a})
		var ve *validation.Error
		require.ErrorAs(t, err, &ve, in.ID)
		assert.True(t, ve.Has(validation.Join("answers", validation.Index(k), "value"), assessment.ErrNoValue), "%s: %v", in.ID, err)
	}
	// A declined answer is explicit, and carries no value, not even 0.
	_, err := assessment.Score(assessment.Response{Instrument: assessment.PHQ2,
		Answers: []assessment.Answer{{Item: "1", Declined: true, Value: new(0)}, {Item: "2", Value: new(0)}}})
	assert.ErrorIs(t, err, assessment.ErrDeclinedWithValue)
}

// TestFlagsSurviveInvalidResponses: critical flags reach the host with the
// error, both in the partial Result and in the error itself.
func TestFlagsSurviveInvalidResponses(t *testing.T) {
	tests := []struct {
		name    string
		resp    assessment.Response
		flags   []string
		problem string
		want    error
	}{
		{
			name: "PHQ-9 item 9 answered 1, item 6 missing",
			resp: assessment.Response{Instrument: assessment.PHQ9, Answers: answers(
				"1", 0, "2", 1, "3", 0, "4", 1, "5", 0, "7", 0, "8", 0, "9", 1)},
			flags: []string{"phq-9/item-9"}, problem: "items/6", want: assessment.ErrMissingItem,
		},
		{
			name: "PHQ-9 item 9 answered twice, 0 and 2",
			resp: assessment.Response{Instrument: assessment.PHQ9, Answers: append(assessment.Values(0, 0, 0, 0, 0, 0, 0, 0, 0),
				assessment.Answer{Item: "9", Value: new(2)})},
			flags: []string{"phq-9/item-9"}, problem: "answers/9/item", want: assessment.ErrDuplicateItem,
		},
		{
			name:  "ASQ acute answer with question 2 missing",
			resp:  assessment.Response{Instrument: assessment.ASQ, Answers: answers("1", 1, "3", 0, "4", 0, "5", 1)},
			flags: []string{"asq/acute-positive"}, problem: "items/2", want: assessment.ErrMissingItem,
		},
		{
			name:  "ASQ yes to question 1, question 5 unanswered",
			resp:  assessment.Response{Instrument: assessment.ASQ, Answers: assessment.Values(1, 0, 0, 0)},
			flags: []string{"asq/non-acute-positive"}, problem: "items/5", want: assessment.ErrMissingItem,
		},
		{
			name: "ASQ refusal with question 5 out of range",
			resp: assessment.Response{Instrument: assessment.ASQ, Answers: []assessment.Answer{
				{Item: "1", Declined: true}, {Item: "2", Value: new(0)}, {Item: "3", Value: new(0)}, {Item: "4", Value: new(0)}, {Item: "5", Value: new(7)}}},
			flags: []string{"asq/non-acute-positive"}, problem: "answers/4/value", want: assessment.ErrBadAnswer,
		},
		{
			name: "AUDIT harm in the last year with question 3 missing",
			resp: assessment.Response{Instrument: assessment.AUDIT, Answers: answers(
				"1", 2, "2", 1, "4", 0, "5", 0, "6", 0, "7", 0, "8", 0, "9", 4, "10", 0)},
			flags: []string{"audit/item-escalation"}, problem: "items/3", want: assessment.ErrMissingItem,
		},
		{
			name:  "WHO-5 item 2 at 0 with item 5 missing",
			resp:  assessment.Response{Instrument: assessment.WHO5, Answers: answers("1", 3, "2", 0, "3", 3, "4", 3)},
			flags: []string{"who-5/low-item"}, problem: "items/5", want: assessment.ErrMissingItem,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := assessment.Score(tt.resp)
			require.Error(t, err)
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.problem, tt.want), "%v", err)

			assert.True(t, res.Incomplete)
			assert.Equal(t, tt.flags, flagIDs(res.Flags), "the partial result holds the flags")

			var fe *assessment.FlagError
			require.ErrorAs(t, err, &fe, "the error carries the flags")
			assert.Equal(t, tt.flags, flagIDs(fe.Flags))
			for _, id := range tt.flags {
				assert.Contains(t, err.Error(), id, "the error text names the flag")
			}
			assert.ErrorIs(t, err, tt.want)
			for _, f := range fe.Flags {
				assert.NotEmpty(t, f.Sources)
				assert.True(t, f.Urgency.Valid())
			}
		})
	}

	// No flag is invented: a certain negative or an undecided screen
	// raises nothing, and the error is then the plain validation error.
	for _, r := range []assessment.Response{
		{Instrument: assessment.PHQ9, Answers: assessment.Values(3, 3, 3, 3, 3, 3, 3, 3)},
		{Instrument: assessment.ASQ, Answers: assessment.Values(0, 0, 0)},
		{Instrument: assessment.WHO5, Answers: assessment.Values(5, 5, 5, 5)},
	} {
		res, err := assessment.Score(r)
		require.Error(t, err)
		assert.Empty(t, res.Flags, r.Instrument)
		var fe *assessment.FlagError
		assert.False(t, errors.As(err, &fe), r.Instrument)
	}
}

// TestUnscoredItemNeverBlocks: a bad answer to an unscored item that no
// flag reads is a warning on that item; the score stands.
func TestUnscoredItemNeverBlocks(t *testing.T) {
	tests := []struct {
		name  string
		resp  assessment.Response
		total int
		flags []string
		path  string
		want  error
	}{
		{
			name: "PHQ-9 difficulty answered outside its options",
			resp: assessment.Response{Instrument: assessment.PHQ9, Answers: append(assessment.Values(3, 3, 3, 3, 3, 3, 3, 2, 2),
				assessment.Answer{Item: "difficulty", Value: new(9)})},
			total: 25, flags: []string{"phq-9/item-9"}, path: "answers/9/value", want: assessment.ErrBadAnswer,
		},
		{
			name: "PHQ-9 difficulty with a null value",
			resp: assessment.Response{Instrument: assessment.PHQ9, Answers: append(assessment.Values(1, 1, 1, 1, 1, 1, 1, 1, 0),
				assessment.Answer{Item: "difficulty"})},
			total: 8, path: "answers/9/value", want: assessment.ErrNoValue,
		},
		{
			name: "GAD-7 difficulty answered twice",
			resp: assessment.Response{Instrument: assessment.GAD7, Answers: append(assessment.Values(1, 1, 1, 1, 1, 1, 1),
				assessment.Answer{Item: "difficulty", Value: new(1)}, assessment.Answer{Item: "difficulty", Value: new(2)})},
			total: 7, path: "answers/8/item", want: assessment.ErrDuplicateItem,
		},
		{
			name:  "PC-PTSD-5 exposure out of range, the five items answered",
			resp:  assessment.Response{Instrument: assessment.PCPTSD5, Answers: answers("exposure", 3, "1", 1, "2", 1, "3", 1, "4", 0, "5", 0)},
			total: 3, path: "answers/0/value", want: assessment.ErrBadAnswer,
		},
		{
			name:  "PC-PTSD-5 exposure unanswered, the five items answered",
			resp:  assessment.Response{Instrument: assessment.PCPTSD5, Answers: answers("1", 1, "2", 1, "3", 1, "4", 1, "5", 0)},
			total: 4, path: "items/exposure", want: assessment.ErrMissingItem,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := assessment.Score(tt.resp)
			require.NoError(t, err)
			assert.False(t, res.Incomplete)
			assert.Equal(t, tt.total, res.Total)
			assert.Equal(t, tt.flags, flagIDs(res.Flags))
			require.Len(t, res.Warnings, 1)
			assert.Equal(t, tt.path, res.Warnings[0].Path)
			assert.ErrorIs(t, res.Warnings[0], tt.want)

			data, err := json.Marshal(res)
			require.NoError(t, err)
			var back assessment.Result
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, res, back, "warnings round-trip through JSON")
		})
	}

	// An unscored item a flag reads still blocks: without ASQ question 5
	// the acute flag cannot be decided.
	_, err := assessment.Score(assessment.Response{Instrument: assessment.ASQ, Answers: answers("1", 1, "2", 0, "3", 0, "4", 0, "5", 3)})
	assert.ErrorIs(t, err, assessment.ErrBadAnswer)
	// PC-PTSD-5 with its exposure question out of range cannot skip the
	// five items.
	_, err = assessment.Score(assessment.Response{Instrument: assessment.PCPTSD5, Answers: answers("exposure", 3)})
	assert.ErrorIs(t, err, assessment.ErrMissingItem)

	var w assessment.Warning
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"path":"x","problem":"made up"}`), &w), assessment.ErrBadValue)
}

func flagIDs(flags []assessment.Flag) []string {
	var ids []string
	for _, f := range flags {
		ids = append(ids, f.ID)
	}
	return ids
}
