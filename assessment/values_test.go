package assessment_test

import (
	"encoding"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
)

type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
}

// TestEnumRoundTrips checks every named value of every enumeration: its
// name marshals and unmarshals back to it, and out-of-range values print
// without panicking.
func TestEnumRoundTrips(t *testing.T) {
	check := func(t *testing.T, v textEnum, back encoding.TextUnmarshaler, get func() any) {
		t.Helper()
		text, err := v.MarshalText()
		require.NoError(t, err, v.String())
		assert.Equal(t, v.String(), string(text))
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, v, get())
	}
	for s := assessment.SexFemale; s <= assessment.SexUndisclosed; s++ {
		var b assessment.Sex
		check(t, s, &b, func() any { return b })
		p, err := assessment.ParseSex(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, p)
	}
	for v := assessment.Yes; v <= assessment.No; v++ {
		var b assessment.YesNo
		check(t, v, &b, func() any { return b })
		p, err := assessment.ParseYesNo(v.String())
		require.NoError(t, err)
		assert.Equal(t, v, p)
	}
	for v := assessment.Provisional; v <= assessment.Confirmed; v++ {
		var b assessment.ConditionStatus
		check(t, v, &b, func() any { return b })
		p, err := assessment.ParseConditionStatus(v.String())
		require.NoError(t, err)
		assert.Equal(t, v, p)
	}
	for v := assessment.SeverityMild; v <= assessment.SeveritySevere; v++ {
		var b assessment.Severity
		check(t, v, &b, func() any { return b })
		p, err := assessment.ParseSeverity(v.String())
		require.NoError(t, err)
		assert.Equal(t, v, p)
	}
	for v := assessment.UrgencyRoutine; v <= assessment.UrgencyEmergency; v++ {
		var b assessment.Urgency
		check(t, v, &b, func() any { return b })
		p, err := assessment.ParseUrgency(v.String())
		require.NoError(t, err)
		assert.Equal(t, v, p)
	}
	for v := assessment.ScreenNegative; v <= assessment.ScreenIndeterminate; v++ {
		var b assessment.Screen
		check(t, v, &b, func() any { return b })
	}
	for v := assessment.NotAssessed; v <= assessment.Declined; v++ {
		var b assessment.DomainStatus
		check(t, v, &b, func() any { return b })
	}
	for v := assessment.Poor; v <= assessment.Good; v++ {
		var b assessment.Rating
		check(t, v, &b, func() any { return b })
	}
	for v := assessment.NotPastYear; v <= assessment.Daily; v++ {
		var b assessment.Frequency
		check(t, v, &b, func() any { return b })
	}
	for v := assessment.ExposureYes; v <= assessment.ExposureDeclined; v++ {
		var b assessment.Exposure
		check(t, v, &b, func() any { return b })
	}
	for v := assessment.Open; v <= assessment.NotOpen; v++ {
		var b assessment.Openness
		check(t, v, &b, func() any { return b })
	}

	// Zero values are invalid, marshal as "" and print safely out of range.
	text, err := assessment.SexUnknown.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	_, err = assessment.ParseSex("unknown")
	assert.ErrorIs(t, err, assessment.ErrBadValue)
	assert.Equal(t, "Sex(99)", assessment.Sex(99).String())
	assert.Equal(t, "Urgency(9)", assessment.Urgency(9).String())
	var s assessment.Sex
	require.NoError(t, s.UnmarshalText([]byte(" Female ")), "case and space do not matter")
	assert.Equal(t, assessment.SexFemale, s)
	require.NoError(t, s.UnmarshalText(nil), "empty text is the zero value")
	assert.Equal(t, assessment.SexUnknown, s)
	assert.ErrorIs(t, s.UnmarshalText([]byte("F")), assessment.ErrBadValue)
	j, err := assessment.NotDefined.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "not-defined", string(j))
	d, err := assessment.Worsened.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "worsened", string(d))
}

func TestDate(t *testing.T) {
	d, err := assessment.ParseDate("2026-02-28")
	require.NoError(t, err)
	assert.Equal(t, "2026-02-28", d.String())
	assert.Equal(t, "2026-03-01", d.AddDays(1).String())
	assert.Equal(t, 1, d.DaysUntil(d.AddDays(1)))
	assert.Equal(t, -35, d.DaysUntil(d.AddDays(-35)))
	assert.True(t, d.Before(d.AddDays(1)))
	assert.True(t, d.After(d.AddDays(-1)))
	assert.Equal(t, 0, d.Compare(assessment.MustDate(2026, time.February, 28)))
	assert.Equal(t, d, assessment.DateOf(time.Date(2026, 2, 28, 23, 59, 0, 0, time.FixedZone("x", -5*3600))))
	assert.Equal(t, time.Date(2026, 2, 28, 0, 0, 0, 0, time.UTC), d.Time())

	for _, bad := range []string{"", "2026-2-28", "2026-02-30", "1899-12-31", "2200-01-01", "2026/02/28", "２０２６-02-28", "2026-02-2x"} {
		_, err := assessment.ParseDate(bad)
		assert.ErrorIs(t, err, assessment.ErrBadDate, "%q", bad)
	}
	var z assessment.Date
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.True(t, z.AddDays(5).IsZero())
	assert.True(t, z.Time().IsZero())
	assert.True(t, z.Before(d))
	require.NoError(t, z.UnmarshalText(nil))
	require.NoError(t, z.UnmarshalText([]byte("2026-01-05")))
	assert.Equal(t, "2026-01-05", z.String())
	assert.ErrorIs(t, z.UnmarshalText([]byte("tomorrow")), assessment.ErrBadDate)
	assert.Equal(t, "2026-01-05", z.String(), "unchanged on error")
	assert.Panics(t, func() { assessment.MustDate(2026, 2, 30) })
}

// TestDateRange covers every day of the supported range's edges, and the
// day before 1970-01-01 that the zero value once stood for.
func TestDateRange(t *testing.T) {
	for _, s := range []string{"1969-12-31", "1970-01-01", "1900-01-01", "2199-12-31", "1968-02-29"} {
		d, err := assessment.ParseDate(s)
		require.NoError(t, err, s)
		assert.False(t, d.IsZero(), s)
		assert.Equal(t, s, d.String())
		text, err := d.MarshalText()
		require.NoError(t, err)
		var back assessment.Date
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, d, back)
		assert.Equal(t, d, assessment.DateOf(d.Time()))
	}
	eve := assessment.MustDate(1969, time.December, 31)
	assert.True(t, eve.Before(assessment.MustDate(1970, time.January, 1)))
	assert.True(t, eve.After(assessment.Date{}), "the zero Date sorts first")

	first, last := assessment.MustDate(1900, time.January, 1), assessment.MustDate(2199, time.December, 31)
	assert.Equal(t, 109572, first.DaysUntil(last))
	for _, tt := range []struct {
		from assessment.Date
		n    int
	}{
		{first, -1}, {last, 1}, {first, 1 << 32}, {last, -(1 << 32)}, {first, 1<<32 + 1},
		{first, math.MaxInt}, {last, math.MinInt}, {assessment.Date{}, 1},
	} {
		got, err := tt.from.Add(tt.n)
		assert.ErrorIs(t, err, assessment.ErrBadDate, "%v%+d", tt.from, tt.n)
		assert.True(t, got.IsZero())
		assert.True(t, tt.from.AddDays(tt.n).IsZero(), "never a wrapped or truncated date")
	}
	got, err := first.Add(109572)
	require.NoError(t, err)
	assert.Equal(t, last, got)
	got, err = eve.Add(1)
	require.NoError(t, err)
	assert.Equal(t, "1970-01-01", got.String())
}

func TestLOINC(t *testing.T) {
	for _, ok := range []assessment.LOINC{"44261-6", "44250-9", "75626-2", "101698-9", "LA6568-5", "LL358-3", "69722-7"} {
		assert.True(t, ok.Valid(), ok)
	}
	for _, bad := range []assessment.LOINC{"", "44261-5", "44261", "44261-66", "-6", "LA-5", "4426a-6", "LX6568-5", "12345678-9"} {
		assert.False(t, bad.Valid(), bad)
	}
}

func TestICD10CM(t *testing.T) {
	tests := map[string]assessment.ICD10CM{
		"F43.10": "F43.10", "f4310": "F43.10", " F32.1 ": "F32.1", "F32": "F32", "F32A": "F32.A", "g47.00": "G47.00",
	}
	for in, want := range tests {
		got, err := assessment.ParseICD10CM(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
		assert.True(t, got.Valid())
	}
	for _, bad := range []string{"", "F4", "43.10", "F.4310", "FF3.1", "F43.10000", "F43-10", "F43.1.0"} {
		_, err := assessment.ParseICD10CM(bad)
		assert.ErrorIs(t, err, assessment.ErrBadCode, "%q", bad)
	}
	assert.False(t, assessment.ICD10CM("f43.10").Valid(), "canonical form is upper case")
	assert.True(t, assessment.ICD10CM("F43.10").HasPrefix("F43.1"))
	assert.False(t, assessment.ICD10CM("F43.21").HasPrefix("F43.1"))
}
