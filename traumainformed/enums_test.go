package traumainformed_test

import (
	"encoding"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	ti "github.com/wholeperson/integrative/traumainformed"
)

// textEnum is what every enumeration of the package implements.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	Valid() bool
}

// roundTrip checks every value of an enumeration with n named values
// (zero included): valid values marshal to their name, parse back and
// unmarshal back; the zero value and out-of-range values do not marshal
// and never panic when printed.
func roundTrip[T interface {
	~uint8
	textEnum
}, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, n int, parseFn func(string) (T, error)) {
	t.Helper()
	for i := 0; i <= 255; i++ {
		v := T(i)
		name := v.String()
		assert.NotEmpty(t, name)
		text, err := v.MarshalText()
		if i == 0 {
			assert.False(t, v.Valid())
			assert.NoError(t, err, "the zero value marshals as empty text")
			assert.Empty(t, text)
			continue
		}
		if i >= n {
			assert.False(t, v.Valid(), "value %d", i)
			assert.ErrorIs(t, err, ti.ErrBadValue, "value %d", i)
			continue
		}
		assert.True(t, v.Valid(), "value %d", i)
		if !assert.NoError(t, err) {
			continue
		}
		assert.Equal(t, name, string(text))
		parsed, err := parseFn(name)
		assert.NoError(t, err)
		assert.Equal(t, v, parsed)
		var back T
		assert.NoError(t, P(&back).UnmarshalText(text))
		assert.Equal(t, v, back)
		// Case, surrounding space and separators do not matter.
		for _, form := range []string{strings.ToUpper(name), " " + strings.ReplaceAll(name, "-", " ") + "\t", strings.ReplaceAll(name, "-", "_")} {
			parsed, err := parseFn(form)
			assert.NoError(t, err, form)
			assert.Equal(t, v, parsed, form)
			back = 0
			assert.NoError(t, P(&back).UnmarshalText([]byte(form)), form)
			assert.Equal(t, v, back, form)
		}
	}
	// Empty text unmarshals to the zero value; Parse does not accept it.
	var zero T = 1
	assert.NoError(t, P(&zero).UnmarshalText(nil))
	assert.Equal(t, T(0), zero)
	_, err := parseFn("unknown")
	assert.ErrorIs(t, err, ti.ErrBadValue)
	_, err = parseFn("")
	assert.ErrorIs(t, err, ti.ErrBadValue)
	var untouched T = 1
	assert.ErrorIs(t, P(&untouched).UnmarshalText([]byte("no such value")), ti.ErrBadValue)
	assert.Equal(t, T(1), untouched)
}

func TestEnumRoundTrips(t *testing.T) {
	t.Run("Severity", func(t *testing.T) { roundTrip[ti.Severity](t, 3, ti.ParseSeverity) })
	t.Run("PrincipleID", func(t *testing.T) { roundTrip[ti.PrincipleID](t, 7, ti.ParsePrincipleID) })
	t.Run("DomainID", func(t *testing.T) { roundTrip[ti.DomainID](t, 11, ti.ParseDomainID) })
	t.Run("Disclosure", func(t *testing.T) { roundTrip[ti.Disclosure](t, 4, ti.ParseDisclosure) })
	t.Run("GapKind", func(t *testing.T) { roundTrip[ti.GapKind](t, 5, ti.ParseGapKind) })
	t.Run("SignalID", func(t *testing.T) { roundTrip[ti.SignalID](t, 5, ti.ParseSignalID) })
	t.Run("WorkStatus", func(t *testing.T) { roundTrip[ti.WorkStatus](t, 4, ti.ParseWorkStatus) })
	t.Run("IssueKind", func(t *testing.T) { roundTrip[ti.IssueKind](t, 5, ti.ParseIssueKind) })
	t.Run("NotDoneReason", func(t *testing.T) { roundTrip[ti.NotDoneReason](t, 3, ti.ParseNotDoneReason) })
}

func TestEnumNames(t *testing.T) {
	tests := []struct {
		v    fmt.Stringer
		want string
	}{
		{ti.SeverityWarning, "warning"},
		{ti.Empowerment, "empowerment-voice-and-choice"},
		{ti.Cultural, "cultural-historical-and-gender-issues"},
		{ti.DomainScreeningTreatment, "screening-assessment-treatment-services"},
		{ti.DisclosureDeclined, "declined"},
		{ti.GapUncovered, "principle-not-covered"},
		{ti.SignalNoAcuteRisk, "no-acute-suicide-risk"},
		{ti.WorkActive, "active"},
		{ti.IssueDestabilized, "destabilized-without-stabilization"},
		{ti.Severity(200), "Severity(200)"},
		{ti.PrincipleID(9), "PrincipleID(9)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.v.String())
	}
}

// TestEnumSynonyms: the natural names a host sends parse (issue 10 item 2).
func TestEnumSynonyms(t *testing.T) {
	tests := []struct {
		text  string
		parse func(string) (fmt.Stringer, error)
		want  fmt.Stringer
	}{
		{"Informational", wrap(ti.ParseSeverity), ti.SeverityInfo},
		{"WARN", wrap(ti.ParseSeverity), ti.SeverityWarning},
		{"Empowerment, Voice and Choice", wrap(ti.ParsePrincipleID), ti.Empowerment},
		{"Cultural, Historical, and Gender Issues", wrap(ti.ParsePrincipleID), ti.Cultural},
		{"Trustworthiness and Transparency", wrap(ti.ParsePrincipleID), ti.Trustworthiness},
		{"peer support", wrap(ti.ParsePrincipleID), ti.PeerSupport},
		{"collaboration", wrap(ti.ParsePrincipleID), ti.Collaboration},
		{"Screening, Assessment, Treatment Services", wrap(ti.ParseDomainID), ti.DomainScreeningTreatment},
		{"Cross Sector Collaboration", wrap(ti.ParseDomainID), ti.DomainCrossSector},
		{"quality assurance", wrap(ti.ParseDomainID), ti.DomainMonitoring},
		{"None", wrap(ti.ParseDisclosure), ti.DisclosureNone},
		{"uncovered", wrap(ti.ParseGapKind), ti.GapUncovered},
		{"safety plan", wrap(ti.ParseSignalID), ti.SignalSafetyPlan},
		{"no_acute_risk", wrap(ti.ParseSignalID), ti.SignalNoAcuteRisk},
		{"in-progress", wrap(ti.ParseWorkStatus), ti.WorkActive},
		{"not-started", wrap(ti.ParseWorkStatus), ti.WorkPlanned},
		{"scheduled", wrap(ti.ParseWorkStatus), ti.WorkPlanned},
		{"Completed", wrap(ti.ParseWorkStatus), ti.WorkCompleted},
		{"not ready", wrap(ti.ParseIssueKind), ti.IssueNotReady},
		{"patient-declined", wrap(ti.ParseNotDoneReason), ti.Declined},
		{"Not age appropriate", wrap(ti.ParseNotDoneReason), ti.NotSuitedToAge},
	}
	for _, tt := range tests {
		got, err := tt.parse(tt.text)
		if assert.NoError(t, err, tt.text) {
			assert.Equal(t, tt.want, got, tt.text)
		}
	}
	for _, bad := range []string{"critical", "unknown", "cancelled", "refused", "safety plan!", "emp owerment"} {
		for _, parse := range []func(string) (fmt.Stringer, error){
			wrap(ti.ParseSeverity), wrap(ti.ParsePrincipleID), wrap(ti.ParseWorkStatus), wrap(ti.ParseNotDoneReason), wrap(ti.ParseSignalID),
		} {
			_, err := parse(bad)
			assert.ErrorIs(t, err, ti.ErrBadValue, bad)
		}
	}
}

func wrap[T fmt.Stringer](f func(string) (T, error)) func(string) (fmt.Stringer, error) {
	return func(s string) (fmt.Stringer, error) { return f(s) }
}
