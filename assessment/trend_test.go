package assessment_test

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

func day(m time.Month, d int) assessment.Date { return assessment.MustDate(2026, m, d) }

func TestTrack(t *testing.T) {
	tests := []struct {
		name      string
		id        assessment.InstrumentID
		points    []assessment.Point
		change    int
		percent   float64
		response  assessment.Judgement
		remission assessment.Judgement
		endPoint  assessment.Judgement
		direction assessment.Direction
	}{
		{
			name:   "PHQ-9 response and remission (NCQA), reliable improvement",
			id:     assessment.PHQ9,
			points: []assessment.Point{{Date: day(3, 1), Total: 4}, {Date: day(1, 5), Total: 20}, {Date: day(2, 1), Total: 11}},
			change: -16, percent: -80, response: assessment.Met, remission: assessment.Met, direction: assessment.Improved,
		},
		{
			name:   "PHQ-9 exactly 50 % is a response; 5 is not remission",
			id:     assessment.PHQ9,
			points: []assessment.Point{{Date: day(1, 5), Total: 10}, {Date: day(3, 1), Total: 5}},
			change: -5, percent: -50, response: assessment.Met, remission: assessment.NotMet, direction: assessment.Unchanged,
		},
		{
			name:   "PHQ-9 change of 7 is reliable (1.96 x sqrt 2 x SEM 2.5 = 6.93)",
			id:     assessment.PHQ9,
			points: []assessment.Point{{Date: day(1, 5), Total: 17}, {Date: day(3, 1), Total: 10}},
			change: -7, percent: -7.0 / 17 * 100, response: assessment.NotMet, remission: assessment.NotMet, direction: assessment.Improved,
		},
		{
			name:   "PHQ-9 worsening",
			id:     assessment.PHQ9,
			points: []assessment.Point{{Date: day(1, 5), Total: 9}, {Date: day(3, 1), Total: 18}},
			change: 9, percent: 100, response: assessment.NotMet, remission: assessment.NotMet, direction: assessment.Worsened,
		},
		{
			name:   "GAD-7 defines reliable change only",
			id:     assessment.GAD7,
			points: []assessment.Point{{Date: day(1, 5), Total: 15}, {Date: day(3, 1), Total: 11}},
			change: -4, percent: -4.0 / 15 * 100, response: assessment.NotDefined, remission: assessment.NotDefined, direction: assessment.Improved,
		},
		{
			name:   "PCL-5 client A: 48 to 28 is reliable and reaches the end point, which is not remission",
			id:     assessment.PCL5,
			points: []assessment.Point{{Date: day(1, 5), Total: 48}, {Date: day(4, 1), Total: 28}},
			change: -20, percent: -20.0 / 48 * 100, response: assessment.NotDefined, remission: assessment.NotDefined,
			endPoint: assessment.Met, direction: assessment.Improved,
		},
		{
			name:   "PCL-5 14 points is not reliable",
			id:     assessment.PCL5,
			points: []assessment.Point{{Date: day(1, 5), Total: 48}, {Date: day(4, 1), Total: 34}},
			change: -14, percent: -14.0 / 48 * 100, response: assessment.NotDefined, remission: assessment.NotDefined,
			endPoint: assessment.NotMet, direction: assessment.Unchanged,
		},
		{
			name:   "WHO-5 higher is better",
			id:     assessment.WHO5,
			points: []assessment.Point{{Date: day(1, 5), Total: 8}, {Date: day(3, 1), Total: 11}},
			change: 3, percent: 37.5, response: assessment.NotDefined, remission: assessment.NotDefined, direction: assessment.Improved,
		},
		{
			name:   "WHO-5 falling is worse",
			id:     assessment.WHO5,
			points: []assessment.Point{{Date: day(1, 5), Total: 14}, {Date: day(3, 1), Total: 11}},
			change: -3, percent: -3.0 / 14 * 100, response: assessment.NotDefined, remission: assessment.NotDefined, direction: assessment.Worsened,
		},
		{
			name:   "AUDIT defines no outcome rules",
			id:     assessment.AUDIT,
			points: []assessment.Point{{Date: day(1, 5), Total: 18}, {Date: day(3, 1), Total: 6}},
			change: -12, percent: -12.0 / 18 * 100, direction: assessment.DirectionNotDefined,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := assessment.Track(tt.id, tt.points)
			require.NoError(t, err)
			assert.Equal(t, tt.change, tr.Change)
			require.NotNil(t, tr.PercentChange)
			assert.InDelta(t, tt.percent, *tr.PercentChange, 1e-9)
			assert.Equal(t, tt.response, tr.Response, "response")
			assert.Equal(t, tt.remission, tr.Remission, "remission")
			assert.Equal(t, tt.endPoint, tr.EndPoint, "end point")
			assert.Equal(t, tt.direction, tr.Direction, "direction")
			assert.True(t, !tr.Baseline.Date.After(tr.Latest.Date))
			if tt.direction == assessment.DirectionNotDefined {
				assert.Zero(t, tr.RCI)
			}
		})
	}
}

func TestTrackRCI(t *testing.T) {
	tr, err := assessment.Track(assessment.PHQ9, []assessment.Point{{Date: day(1, 5), Total: 20}, {Date: day(3, 1), Total: 13}})
	require.NoError(t, err)
	// RC = change / (sqrt(2) * SEM) = -7 / 3.5355 = -1.98
	assert.InDelta(t, -7/(math.Sqrt2*2.5), tr.RCI, 1e-9)
	assert.InDelta(t, 6.93, assessment.ReliableChangeFromSEM(2.5), 0.01)
	assert.InDelta(t, assessment.ReliableChangeFromSEM(5*math.Sqrt(0.2)), assessment.JacobsonTruax(5, 0.8), 1e-12)
	for _, bad := range [][2]float64{{-1, 0.8}, {math.NaN(), 0.8}, {math.Inf(1), 0.8}, {5, 1.5}, {5, -0.1}, {5, math.NaN()}} {
		assert.Zero(t, assessment.JacobsonTruax(bad[0], bad[1]), "%v", bad)
	}
	assert.Zero(t, assessment.ReliableChangeFromSEM(math.Inf(1)))
}

// TestTrackStaysFinite: no valid instrument gives an RCI JSON cannot hold;
// a reliable-change threshold too small to keep it finite is refused.
func TestTrackStaysFinite(t *testing.T) {
	in := hostInstrument()
	in.Outcome = assessment.Outcome{ReliableChange: 1e-320, Sources: []evidence.Source{testSource}}
	var ve *validation.Error
	require.ErrorAs(t, in.Validate(), &ve)
	assert.True(t, ve.Has("outcome/reliableChange", assessment.ErrOutOfRange))

	in.Outcome.ReliableChange = 0.5
	cat, err := assessment.NewCatalog(assessment.Data{Instruments: []assessment.Instrument{in}})
	require.NoError(t, err)
	tr, err := cat.Track("host-2", []assessment.Point{{Date: day(1, 1), Total: 0}, {Date: day(2, 1), Total: 2}})
	require.NoError(t, err)
	assert.False(t, math.IsInf(tr.RCI, 0) || math.IsNaN(tr.RCI))
	_, err = json.Marshal(tr)
	assert.NoError(t, err)
}

func TestTrackZeroBaseline(t *testing.T) {
	tr, err := assessment.Track(assessment.PHQ9, []assessment.Point{{Date: day(1, 5), Total: 0}, {Date: day(3, 1), Total: 8}})
	require.NoError(t, err)
	assert.Nil(t, tr.PercentChange)
	assert.Equal(t, assessment.NotDefined, tr.Response)
	assert.Equal(t, assessment.Worsened, tr.Direction)
	data, err := json.Marshal(tr)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"response":"not-defined"`)
	assert.NotContains(t, string(data), "percentChange")
}

func TestTrackErrors(t *testing.T) {
	_, err := assessment.Track("nope", nil)
	assert.ErrorIs(t, err, assessment.ErrUnknownInstrument)

	_, err = assessment.Track(assessment.PHQ9, []assessment.Point{
		{Date: day(1, 5), Total: 3}, {Date: day(1, 5), Total: 28}, {Total: 2},
	})
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("points/1/date", assessment.ErrDuplicateID))
	assert.True(t, ve.Has("points/1/total", assessment.ErrOutOfRange))
	assert.True(t, ve.Has("points/2/date", assessment.ErrBadDate))

	_, err = assessment.Track(assessment.PHQ9, []assessment.Point{{Date: day(1, 5), Total: 3}})
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("points", assessment.ErrRequired))
}

func TestPointsOf(t *testing.T) {
	results := []assessment.Result{
		{Instrument: assessment.PHQ9, Date: day(3, 1), Total: 6},
		{Instrument: assessment.GAD7, Date: day(1, 5), Total: 9},
		{Instrument: assessment.PHQ9, Date: day(1, 5), Total: 14},
	}
	assert.Equal(t, []assessment.Point{{Date: day(1, 5), Total: 14}, {Date: day(3, 1), Total: 6}},
		assessment.PointsOf(results, assessment.PHQ9))
	assert.Nil(t, assessment.PointsOf(results, assessment.PCL5))
}

func TestCascades(t *testing.T) {
	for _, c := range assessment.Cascades() {
		_, ok := assessment.LookupInstrument(c.From)
		assert.True(t, ok, c.From)
		_, ok = assessment.LookupInstrument(c.To)
		assert.True(t, ok, c.To)
		assert.NotEmpty(t, c.Reason)
		require.NotEmpty(t, c.Sources)
		for _, s := range c.Sources {
			assert.NoError(t, s.Validate())
		}
	}
	tests := []struct {
		name string
		resp assessment.Response
		want []assessment.InstrumentID
	}{
		{"PHQ-2 positive → PHQ-9", assessment.Response{Instrument: assessment.PHQ2, Answers: assessment.Values(2, 1)}, []assessment.InstrumentID{assessment.PHQ9}},
		{"PHQ-2 negative → nothing", assessment.Response{Instrument: assessment.PHQ2, Answers: assessment.Values(1, 1)}, nil},
		{"GAD-2 positive → GAD-7", assessment.Response{Instrument: assessment.GAD2, Answers: assessment.Values(3, 0)}, []assessment.InstrumentID{assessment.GAD7}},
		{"PC-PTSD-5 positive → PCL-5", assessment.Response{Instrument: assessment.PCPTSD5, Answers: answers("exposure", 1, "1", 1, "2", 1, "3", 1, "4", 0, "5", 0)}, []assessment.InstrumentID{assessment.PCL5}},
		{"AUDIT-C positive → AUDIT", assessment.Response{Instrument: assessment.AUDITC, Sex: assessment.SexMale, Answers: assessment.Values(2, 1, 1)}, []assessment.InstrumentID{assessment.AUDIT}},
		{"AUDIT-C indeterminate → AUDIT", assessment.Response{Instrument: assessment.AUDITC, Answers: assessment.Values(2, 1, 0)}, []assessment.InstrumentID{assessment.AUDIT}},
		{"PHQ-9 positive → nothing further", assessment.Response{Instrument: assessment.PHQ9, Answers: assessment.Values(3, 3, 3, 3, 3, 0, 0, 0, 0)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := assessment.Score(tt.resp)
			require.NoError(t, err)
			var got []assessment.InstrumentID
			for _, c := range assessment.Next(res) {
				got = append(got, c.To)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNextSteps(t *testing.T) {
	screen := func(id assessment.InstrumentID, d assessment.Date, total int) assessment.Result {
		return assessment.Result{Instrument: id, Date: d, Total: total, Screen: assessment.ScreenPositive}
	}
	// Client A: screens followed by the full instruments the same day.
	results := []assessment.Result{
		screen(assessment.PCPTSD5, day(1, 5), 4),
		{Instrument: assessment.PCL5, Date: day(1, 5), Total: 48},
		screen(assessment.AUDITC, day(1, 5), 8),
		{Instrument: assessment.AUDIT, Date: day(1, 5), Total: 18},
	}
	assert.Empty(t, assessment.NextSteps(results))

	// A positive PHQ-2 with a PHQ-9 only from before it, and a GAD-2 twice.
	results = []assessment.Result{
		{Instrument: assessment.PHQ9, Date: day(1, 5), Total: 4},
		screen(assessment.PHQ2, day(3, 1), 4),
		screen(assessment.GAD2, day(2, 1), 3),
		screen(assessment.GAD2, day(3, 1), 4),
	}
	steps := assessment.NextSteps(results)
	require.Len(t, steps, 2)
	assert.Equal(t, assessment.GAD7, steps[0].To)
	assert.Equal(t, day(2, 1), steps[0].Trigger.Date, "the earliest trigger, listed once")
	assert.Equal(t, assessment.PHQ9, steps[1].To)
}
