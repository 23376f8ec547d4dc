package modality_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/modality"
)

// enumType is what every enum of the package provides.
type enumType interface {
	~uint8
	String() string
	Valid() bool
	MarshalText() ([]byte, error)
}

// roundTrip checks every value from 0 to 255: named values other than the
// zero value print, parse and marshal back to themselves; all others are
// invalid, print without panicking and do not marshal.
func roundTrip[T enumType, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, parse func(string) (T, error), names []string) {
	t.Helper()
	valid := 0
	for i := range 256 {
		v := T(i)
		s := v.String()
		assert.NotEmpty(t, s)
		if !v.Valid() {
			text, err := v.MarshalText()
			if i == 0 {
				assert.NoError(t, err, "the zero value marshals as empty text")
				assert.Empty(t, text)
				continue
			}
			assert.ErrorIs(t, err, modality.ErrBadValue, "value %d", i)
			continue
		}
		valid++
		assert.NotZero(t, i, "zero value must be invalid")
		got, err := parse(s)
		require.NoError(t, err)
		assert.Equal(t, v, got)
		text, err := v.MarshalText()
		require.NoError(t, err)
		var back T
		require.NoError(t, P(&back).UnmarshalText(text))
		assert.Equal(t, v, back)
		assert.Contains(t, names, s)
	}
	assert.Equal(t, len(names), valid, "every name parses")
	_, err := parse("unknown")
	assert.ErrorIs(t, err, modality.ErrBadValue)
	_, err = parse("")
	assert.ErrorIs(t, err, modality.ErrBadValue)
	var v T
	assert.ErrorIs(t, P(&v).UnmarshalText([]byte("no such value")), modality.ErrBadValue)
	assert.Zero(t, v, "failed UnmarshalText leaves the value unchanged")
}

func TestEnumRoundTrips(t *testing.T) {
	t.Run("Phase", func(t *testing.T) {
		roundTrip[modality.Phase](t, modality.ParsePhase, []string{"stabilization", "processing", "integration"})
		_, err := modality.ParsePhase("x")
		assert.ErrorIs(t, err, modality.ErrBadPhase)
	})
	t.Run("Direction", func(t *testing.T) {
		roundTrip[modality.Direction](t, modality.ParseDirection, []string{"directive", "guiding", "non-directive"})
	})
	t.Run("Structure", func(t *testing.T) {
		roundTrip[modality.Structure](t, modality.ParseStructure, []string{"structured", "semi-structured", "open"})
	})
	t.Run("TimeFocus", func(t *testing.T) {
		roundTrip[modality.TimeFocus](t, modality.ParseTimeFocus, []string{"present", "past", "past-and-present"})
	})
	t.Run("Mechanism", func(t *testing.T) {
		roundTrip[modality.Mechanism](t, modality.ParseMechanism, []string{
			"skills", "exposure", "cognitive", "behavioral", "processing", "insight", "experiential",
			"relational", "acceptance", "motivational", "education", "lifestyle", "support", "play", "biofeedback",
		})
	})
	t.Run("Line", func(t *testing.T) {
		roundTrip[modality.Line](t, modality.ParseLine, []string{"first-line", "second-line", "third-line", "recommended", "suggested", "emerging"})
	})
	t.Run("Strategy", func(t *testing.T) {
		roundTrip[modality.Strategy](t, modality.ParseStrategy, []string{"theoretical", "common-factors", "technical-eclecticism", "assimilative"})
	})
	t.Run("Factor", func(t *testing.T) {
		roundTrip[modality.Factor](t, modality.ParseFactor, []string{"alliance", "empathy", "expectations", "goal-consensus", "cultural-adaptation"})
	})
	t.Run("Period", func(t *testing.T) {
		roundTrip[modality.Period](t, modality.ParsePeriod, []string{"day", "week", "month"})
	})
	t.Run("Basis", func(t *testing.T) {
		roundTrip[modality.Basis](t, modality.ParseBasis, []string{"trained", "certified", "supervised"})
	})
	t.Run("Severity", func(t *testing.T) {
		roundTrip[modality.Severity](t, modality.ParseSeverity, []string{"info", "warning", "critical"})
	})
	t.Run("Population", func(t *testing.T) {
		roundTrip[modality.Population](t, modality.ParsePopulation, []string{"adults", "children-and-adolescents"})
	})
	t.Run("Role", func(t *testing.T) {
		roundTrip[modality.Role](t, modality.ParseRole, []string{"standalone", "adjunct-to-medication"})
	})
	t.Run("Problem", func(t *testing.T) {
		roundTrip[modality.Problem](t, modality.ParseProblem, []string{
			"no-home-orientation", "unexplained-import", "too-few-orientations", "no-unifying-framework",
			"no-indication", "no-common-factors", "unmonitored-factor", "conflicting-stances",
			"unexplained-change", "processing-before-stabilization", "age-fit", "untrained-clinician",
			"phase-mismatch", "emerging-evidence", "mixed-strategies",
		})
	})
}

func TestEnumStringOutOfRange(t *testing.T) {
	assert.Equal(t, "Phase(200)", modality.Phase(200).String())
	assert.Equal(t, "Severity(9)", modality.Severity(9).String())
}

func TestEnumJSON(t *testing.T) {
	b, err := json.Marshal(struct {
		P modality.Phase    `json:"p"`
		S modality.Strategy `json:"s"`
	}{modality.Processing, modality.AssimilativeIntegration})
	require.NoError(t, err)
	assert.JSONEq(t, `{"p":"processing","s":"assimilative"}`, string(b))

	b, err = json.Marshal(struct {
		P modality.Phase `json:"p"`
	}{})
	require.NoError(t, err, "an unset enum marshals as empty text")
	assert.JSONEq(t, `{"p":""}`, string(b))
	_, err = json.Marshal(struct{ P modality.Phase }{P: 200})
	assert.ErrorIs(t, err, modality.ErrBadValue, "an invalid value is never written as data")
}

// Issue 10 item 2: names parse in any case, with any separator, and by
// the synonyms hosts send.
func TestEnumParseForgiving(t *testing.T) {
	strategies := map[string]modality.Strategy{
		"theoretical integration":  modality.TheoreticalIntegration,
		"Theoretical Integration":  modality.TheoreticalIntegration,
		"common factors":           modality.CommonFactors,
		"Common-Factors":           modality.CommonFactors,
		"technical eclecticism":    modality.TechnicalEclecticism,
		"TECHNICAL_ECLECTICISM":    modality.TechnicalEclecticism,
		"assimilative integration": modality.AssimilativeIntegration,
		" assimilative ":           modality.AssimilativeIntegration,
	}
	for text, want := range strategies {
		got, err := modality.ParseStrategy(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
		var s modality.Strategy
		require.NoError(t, s.UnmarshalText([]byte(text)), text)
		assert.Equal(t, want, s, text)
	}
	phases := map[string]modality.Phase{
		"Stabilisation":            modality.Stabilization,
		"safety and stabilization": modality.Stabilization,
		"remembrance and mourning": modality.Processing,
		"Reconnection":             modality.Integration,
		"PROCESSING":               modality.Processing,
	}
	for text, want := range phases {
		got, err := modality.ParsePhase(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
	}
	directions := map[string]modality.Direction{
		"directing":     modality.Directive,
		"Following":     modality.NonDirective,
		"nondirective":  modality.NonDirective,
		"Non Directive": modality.NonDirective,
	}
	for text, want := range directions {
		got, err := modality.ParseDirection(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
	}
	for text, want := range map[string]modality.Line{"First Line": modality.LineFirst, "second_line": modality.LineSecond} {
		got, err := modality.ParseLine(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got)
	}
	for _, bad := range []string{"eclectic", "unknown", "", "theoretical integrations"} {
		_, err := modality.ParseStrategy(bad)
		assert.ErrorIs(t, err, modality.ErrBadValue, bad)
	}
}
