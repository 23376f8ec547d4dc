package assessment_test

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"strings"
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

// enumCase describes one enumeration for the exhaustive tests: its valid
// values, how to make a fresh zero for decoding, and its Parse.
type enumCase struct {
	name   string
	values []textEnum
	fresh  func() encoding.TextUnmarshaler
	get    func(encoding.TextUnmarshaler) any
	parse  func(string) (any, error)
	// zeroName is the text of a zero value that is itself a value
	// (Judgement, Direction); empty for zero values that mean "not set".
	zeroName string
}

func cases() []enumCase {
	mk := func(name string, values []textEnum, fresh func() encoding.TextUnmarshaler, get func(encoding.TextUnmarshaler) any,
		parse func(string) (any, error)) enumCase {
		return enumCase{name: name, values: values, fresh: fresh, get: get, parse: parse}
	}
	wrap := func(v any, err error) (any, error) { return v, err }
	cs := []enumCase{
		mk("Sex", []textEnum{assessment.SexFemale, assessment.SexMale, assessment.SexOther, assessment.SexUndisclosed},
			func() encoding.TextUnmarshaler { return new(assessment.Sex) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Sex) },
			func(s string) (any, error) { return wrap(assessment.ParseSex(s)) }),
		mk("YesNo", []textEnum{assessment.Yes, assessment.No},
			func() encoding.TextUnmarshaler { return new(assessment.YesNo) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.YesNo) },
			func(s string) (any, error) { return wrap(assessment.ParseYesNo(s)) }),
		mk("ConditionStatus", []textEnum{assessment.Provisional, assessment.Confirmed},
			func() encoding.TextUnmarshaler { return new(assessment.ConditionStatus) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.ConditionStatus) },
			func(s string) (any, error) { return wrap(assessment.ParseConditionStatus(s)) }),
		mk("Severity", []textEnum{assessment.SeverityMild, assessment.SeverityModerate, assessment.SeveritySevere},
			func() encoding.TextUnmarshaler { return new(assessment.Severity) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Severity) },
			func(s string) (any, error) { return wrap(assessment.ParseSeverity(s)) }),
		mk("Urgency", []textEnum{assessment.UrgencyRoutine, assessment.UrgencySameDay, assessment.UrgencyEmergency},
			func() encoding.TextUnmarshaler { return new(assessment.Urgency) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Urgency) },
			func(s string) (any, error) { return wrap(assessment.ParseUrgency(s)) }),
		mk("Screen", []textEnum{assessment.ScreenNegative, assessment.ScreenPositive, assessment.ScreenIndeterminate},
			func() encoding.TextUnmarshaler { return new(assessment.Screen) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Screen) },
			func(s string) (any, error) { return wrap(assessment.ParseScreen(s)) }),
		mk("DomainStatus", []textEnum{assessment.NotAssessed, assessment.Assessed, assessment.Declined},
			func() encoding.TextUnmarshaler { return new(assessment.DomainStatus) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.DomainStatus) },
			func(s string) (any, error) { return wrap(assessment.ParseDomainStatus(s)) }),
		mk("Rating", []textEnum{assessment.Poor, assessment.Fair, assessment.Good},
			func() encoding.TextUnmarshaler { return new(assessment.Rating) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Rating) },
			func(s string) (any, error) { return wrap(assessment.ParseRating(s)) }),
		mk("Frequency", []textEnum{assessment.NotPastYear, assessment.OnceOrTwice, assessment.Monthly, assessment.Weekly, assessment.Daily},
			func() encoding.TextUnmarshaler { return new(assessment.Frequency) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Frequency) },
			func(s string) (any, error) { return wrap(assessment.ParseFrequency(s)) }),
		mk("Exposure", []textEnum{assessment.ExposureYes, assessment.ExposureNo, assessment.ExposureDeclined},
			func() encoding.TextUnmarshaler { return new(assessment.Exposure) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Exposure) },
			func(s string) (any, error) { return wrap(assessment.ParseExposure(s)) }),
		mk("Openness", []textEnum{assessment.Open, assessment.Unsure, assessment.NotOpen},
			func() encoding.TextUnmarshaler { return new(assessment.Openness) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Openness) },
			func(s string) (any, error) { return wrap(assessment.ParseOpenness(s)) }),
		mk("Judgement", []textEnum{assessment.NotDefined, assessment.Met, assessment.NotMet},
			func() encoding.TextUnmarshaler { return new(assessment.Judgement) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Judgement) },
			func(s string) (any, error) { return wrap(assessment.ParseJudgement(s)) }),
		mk("Direction", []textEnum{assessment.DirectionNotDefined, assessment.Improved, assessment.Unchanged, assessment.Worsened},
			func() encoding.TextUnmarshaler { return new(assessment.Direction) }, func(u encoding.TextUnmarshaler) any { return *u.(*assessment.Direction) },
			func(s string) (any, error) { return wrap(assessment.ParseDirection(s)) }),
	}
	cs[len(cs)-2].zeroName = "not-defined"
	cs[len(cs)-1].zeroName = "not-defined"
	return cs
}

// TestEnumRoundTrips checks every named value of every enumeration: its
// name marshals and unmarshals back to it, parses in any case and with
// any separator, and out-of-range values neither marshal nor panic.
func TestEnumRoundTrips(t *testing.T) {
	for _, c := range cases() {
		t.Run(c.name, func(t *testing.T) {
			for _, v := range c.values {
				text, err := v.MarshalText()
				require.NoError(t, err, v.String())
				assert.Equal(t, v.String(), string(text))
				back := c.fresh()
				require.NoError(t, back.UnmarshalText(text))
				assert.Equal(t, v, c.get(back))
				for _, form := range []string{v.String(), strings.ToUpper(v.String()), " " + strings.ReplaceAll(v.String(), "-", " ") + " ", strings.ReplaceAll(v.String(), "-", "_")} {
					p, err := c.parse(form)
					require.NoError(t, err, "%q", form)
					assert.Equal(t, v, p, "%q", form)
				}
			}
			// The zero value marshals (as "" when it means "not set") and
			// unmarshals back from empty text.
			zero := c.fresh()
			require.NoError(t, zero.UnmarshalText(nil))
			text, err := zero.(encoding.TextMarshaler).MarshalText()
			require.NoError(t, err)
			assert.Equal(t, c.zeroName, string(text))
			// Names that are not values fail, without echoing the text.
			for _, bad := range []string{"F", "no such value", "unknown-value"} {
				_, err := c.parse(bad)
				assert.ErrorIs(t, err, assessment.ErrBadValue, "%q", bad)
				assert.NotContains(t, err.Error(), bad)
				assert.ErrorIs(t, c.fresh().UnmarshalText([]byte(bad)), assessment.ErrBadValue)
			}
			// Out of range: String never panics, MarshalText fails.
			out := reflect.New(reflect.TypeOf(c.values[0])).Elem()
			out.SetUint(99)
			assert.Contains(t, out.Interface().(fmt.Stringer).String(), "(99)")
			_, err = out.Interface().(encoding.TextMarshaler).MarshalText()
			assert.ErrorIs(t, err, assessment.ErrBadValue)
		})
	}
}

// TestEnumSynonyms: the synonyms hosts send, documented on each Parse.
func TestEnumSynonyms(t *testing.T) {
	for text, want := range map[string]assessment.Sex{
		"female": assessment.SexFemale, "male": assessment.SexMale, "other": assessment.SexOther,
		"unknown": assessment.SexUndisclosed, "asked-declined": assessment.SexUndisclosed,
		"Prefer not to say": assessment.SexUndisclosed, "intersex": assessment.SexOther,
	} {
		got, err := assessment.ParseSex(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
	}
	for _, bad := range []string{"F", "M", "man", "woman"} {
		_, err := assessment.ParseSex(bad)
		assert.ErrorIs(t, err, assessment.ErrBadValue, bad)
	}
	e, err := assessment.ParseExposure("Prefer not to say")
	require.NoError(t, err)
	assert.Equal(t, assessment.ExposureDeclined, e)
	d, err := assessment.ParseDomainStatus("asked-declined")
	require.NoError(t, err)
	assert.Equal(t, assessment.Declined, d)
	var s assessment.Sex
	require.NoError(t, s.UnmarshalText([]byte("unknown")))
	assert.Equal(t, assessment.SexUndisclosed, s)
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
