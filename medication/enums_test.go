package medication_test

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wholeperson/integrative/medication"
)

// textEnum is what every enumeration of the package implements.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	Valid() bool
}

// roundTrip checks every value from 1 up to the first invalid one: its
// name parses back to it, it marshals and unmarshals, and the first
// invalid value and the zero value refuse to marshal.
func roundTrip[T interface {
	~uint8
	textEnum
}, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, parse func(string) (T, error)) {
	t.Helper()
	var zero T
	assert.False(t, zero.Valid(), "zero value must be invalid")
	text, err := zero.MarshalText()
	assert.NoError(t, err, "the zero value marshals as empty text")
	assert.Empty(t, text)
	_, err = parse(zero.String())
	assert.ErrorIs(t, err, medication.ErrBadValue, "the zero value's name must not parse")
	n := 0
	for v := T(1); v != 0; v++ {
		if !v.Valid() {
			assert.NotPanics(t, func() { _ = v.String() })
			_, err := v.MarshalText()
			assert.ErrorIs(t, err, medication.ErrBadValue)
			break
		}
		n++
		got, err := parse(v.String())
		assert.NoError(t, err)
		assert.Equal(t, v, got)
		b, err := v.MarshalText()
		assert.NoError(t, err)
		var back T
		assert.NoError(t, P(&back).UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	assert.Positive(t, n)
	var back T
	assert.ErrorIs(t, P(&back).UnmarshalText([]byte("no-such-value")), medication.ErrBadValue)
	assert.Equal(t, zero, back, "a failed unmarshal leaves the value unchanged")
	assert.Equal(t, fmt.Sprintf("%T", zero)[len("medication."):]+"(255)", T(255).String())
}

func TestEnumsRoundTrip(t *testing.T) {
	t.Run("Kind", func(t *testing.T) { roundTrip[medication.Kind](t, medication.ParseKind) })
	t.Run("Severity", func(t *testing.T) { roundTrip[medication.Severity](t, medication.ParseSeverity) })
	t.Run("ConcernKind", func(t *testing.T) { roundTrip[medication.ConcernKind](t, medication.ParseConcernKind) })
	t.Run("Unit", func(t *testing.T) { roundTrip[medication.Unit](t, medication.ParseUnit) })
	t.Run("Frequency", func(t *testing.T) { roundTrip[medication.Frequency](t, medication.ParseFrequency) })
	t.Run("Route", func(t *testing.T) { roundTrip[medication.Route](t, medication.ParseRoute) })
	t.Run("Release", func(t *testing.T) { roundTrip[medication.Release](t, medication.ParseRelease) })
	t.Run("StopReason", func(t *testing.T) { roundTrip[medication.StopReason](t, medication.ParseStopReason) })
	t.Run("Adherence", func(t *testing.T) { roundTrip[medication.Adherence](t, medication.ParseAdherence) })
	t.Run("Test", func(t *testing.T) { roundTrip[medication.Test](t, medication.ParseTest) })
	t.Run("Class", func(t *testing.T) { roundTrip[medication.Class](t, medication.ParseClass) })
	t.Run("Basis", func(t *testing.T) { roundTrip[medication.Basis](t, medication.ParseBasis) })
}

// Parse ignores case and separators and accepts the synonyms prescribers
// write (issue 10 item 2); UnmarshalText accepts the same, and empty text
// is the zero value.
func TestEnumSynonyms(t *testing.T) {
	tests := []struct {
		text string
		want any
		got  func(string) (any, error)
	}{}
	add := func(parse func(string) (any, error), want any, texts ...string) {
		for _, x := range texts {
			tests = append(tests, struct {
				text string
				want any
				got  func(string) (any, error)
			}{x, want, parse})
		}
	}
	wrap := func(f any) func(string) (any, error) {
		return func(s string) (any, error) {
			switch f := f.(type) {
			case func(string) (medication.Frequency, error):
				return f(s)
			case func(string) (medication.Unit, error):
				return f(s)
			case func(string) (medication.Route, error):
				return f(s)
			case func(string) (medication.Release, error):
				return f(s)
			case func(string) (medication.Test, error):
				return f(s)
			case func(string) (medication.Class, error):
				return f(s)
			case func(string) (medication.Severity, error):
				return f(s)
			case func(string) (medication.Kind, error):
				return f(s)
			case func(string) (medication.StopReason, error):
				return f(s)
			case func(string) (medication.Adherence, error):
				return f(s)
			case func(string) (medication.ConcernKind, error):
				return f(s)
			case func(string) (medication.Basis, error):
				return f(s)
			}
			panic("unknown parser")
		}
	}
	freq := wrap(medication.ParseFrequency)
	add(freq, medication.OnceDaily, "Once-Daily", "once daily", "ONCE_DAILY", "daily", "QD", "q24h", "once a day")
	add(freq, medication.TwiceDaily, "BID", "bid", "q12h", "twice a day")
	add(freq, medication.ThreeTimesDaily, "TID", "q8h")
	add(freq, medication.FourTimesDaily, "QID", "q6h")
	add(freq, medication.AtBedtime, "QHS", "hs", "nightly")
	add(freq, medication.EveryFourHours, "q4h")
	add(freq, medication.Weekly, "once a week", "qwk")
	unit := wrap(medication.ParseUnit)
	add(unit, medication.UnitMcg, "ug", "µg", "MCG", "micrograms")
	add(unit, medication.UnitMg, "MG", "milligrams")
	add(unit, medication.UnitMcgPerHour, "mcg/hr", "ug/h")
	route := wrap(medication.ParseRoute)
	add(route, medication.RouteOral, "PO", "by mouth")
	add(route, medication.RouteSublingual, "SL")
	add(route, medication.RouteTransdermal, "patch", "TD")
	rel := wrap(medication.ParseRelease)
	add(rel, medication.ReleaseExtended, "ER", "XR", "XL", "CR", "extended release")
	add(rel, medication.ReleaseSustained, "SR")
	add(rel, medication.ReleaseDelayed, "DR", "EC")
	add(rel, medication.ReleaseImmediate, "IR")
	test := wrap(medication.ParseTest)
	add(test, medication.TestThyroidFunction, "TSH")
	add(test, medication.TestBloodCount, "CBC")
	add(test, medication.TestRenalFunction, "eGFR", "creatinine")
	add(test, medication.TestECG, "EKG", "electrocardiogram")
	add(test, medication.TestLipids, "lipid panel")
	class := wrap(medication.ParseClass)
	add(class, medication.ClassBenzodiazepine, "benzos", "Benzodiazepines")
	add(class, medication.ClassOpioidAnalgesic, "opioids")
	add(class, medication.ClassSSRI, "SSRIs", "SSRI")
	add(class, medication.ClassTricyclic, "TCA")
	add(wrap(medication.ParseSeverity), medication.SeverityContraindicated, "Contraindicated", "contraindication")
	add(wrap(medication.ParseKind), medication.KindSupplement, "herb", "Dietary Supplement")
	add(wrap(medication.ParseStopReason), medication.StopSideEffects, "adverse event", "Side Effects")
	add(wrap(medication.ParseAdherence), medication.NotTakingAsPrescribed, "nonadherent")
	add(wrap(medication.ParseConcernKind), medication.ConcernInteraction, "drug interaction", "DDI")
	add(wrap(medication.ParseBasis), medication.BasisBoxedWarning, "boxed warning", "black box warning")
	for _, tt := range tests {
		got, err := tt.got(tt.text)
		if assert.NoError(t, err, tt.text) {
			assert.Equal(t, tt.want, got, tt.text)
		}
	}
	for _, bad := range []string{"", "unknown", "twice", "mg/d", "q5h"} {
		_, err := medication.ParseFrequency(bad)
		assert.ErrorIs(t, err, medication.ErrBadValue, bad)
	}
	var f medication.Frequency = medication.Weekly
	assert.NoError(t, f.UnmarshalText([]byte("BID")))
	assert.Equal(t, medication.TwiceDaily, f)
	assert.NoError(t, f.UnmarshalText(nil))
	assert.Equal(t, medication.FrequencyUnknown, f, "empty text is the zero value")
}

func TestSeverityOrder(t *testing.T) {
	order := []medication.Severity{
		medication.SeverityInfo, medication.SeverityMonitor, medication.SeverityModerate,
		medication.SeverityMajor, medication.SeverityContraindicated,
	}
	for i := 1; i < len(order); i++ {
		assert.Greater(t, order[i], order[i-1])
	}
}

func TestFrequencyPerDay(t *testing.T) {
	tests := []struct {
		f    medication.Frequency
		want float64
	}{
		{medication.OnceDaily, 1},
		{medication.TwiceDaily, 2},
		{medication.ThreeTimesDaily, 3},
		{medication.FourTimesDaily, 4},
		{medication.AtBedtime, 1},
		{medication.EveryOtherDay, 0.5},
		{medication.Weekly, 1.0 / 7},
		{medication.FrequencyUnknown, 0},
		{medication.Frequency(200), 0},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.want, tt.f.PerDay(), 1e-12, tt.f.String())
	}
}

func TestProperties(t *testing.T) {
	p := medication.Serotonergic | medication.QTProlonging
	assert.Equal(t, "serotonergic|qt-prolonging", p.String())
	got, err := medication.ParseProperties(p.String())
	assert.NoError(t, err)
	assert.Equal(t, p, got)
	assert.True(t, p.Has(medication.Serotonergic))
	assert.False(t, p.Has(medication.Serotonergic|medication.CNSDepressant))
	assert.True(t, p.Any(medication.Serotonergic|medication.CNSDepressant))
	_, err = medication.ParseProperties("serotonergic|made-up")
	assert.ErrorIs(t, err, medication.ErrBadValue)
	empty, err := medication.ParseProperties("")
	assert.NoError(t, err)
	assert.Zero(t, empty)
	b, err := p.MarshalText()
	assert.NoError(t, err)
	var back medication.Properties
	assert.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, p, back)
	assert.ErrorIs(t, back.UnmarshalText([]byte("nope")), medication.ErrBadValue)
	bad := medication.Properties(1 << 63)
	assert.Equal(t, "bit(63)", bad.String())
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, medication.ErrBadValue)
	// Every single property has a name that parses back.
	for bit := medication.Properties(1); bit != 0 && bit.String()[:3] != "bit"; bit <<= 1 {
		got, err := medication.ParseProperties(bit.String())
		assert.NoError(t, err)
		assert.Equal(t, bit, got)
	}
}
