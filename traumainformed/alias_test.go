package traumainformed_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
	ti "github.com/wholeperson/integrative/traumainformed"
)

// scribble overwrites everything reachable from v that can be set: every
// string, number and bool, every element of every slice and array, and
// whatever pointers point to.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString("scribbled")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 97)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 97)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			scribble(v.Field(i))
		}
	}
}

// scribbleAll scribbles over each of the values vs points to.
func scribbleAll(vs ...any) {
	for _, v := range vs {
		scribble(reflect.ValueOf(v))
	}
}

// snapshot is everything the built-in catalogs hold, as JSON.
func snapshot(t *testing.T) string {
	t.Helper()
	b, err := json.Marshal([]any{
		ti.BuiltinData(), ti.Principles(), ti.Domains(), ti.Signals(), ti.Builtin().Serving(ti.Safety),
	})
	require.NoError(t, err)
	return string(b)
}

// TestResultsShareNoMemory: a host that changes everything a result or
// accessor hands out changes nothing in the catalogs or in later results
// (issue 8 item 4).
func TestResultsShareNoMemory(t *testing.T) {
	before := snapshot(t)
	plan := planA()
	plan.Practices = plan.Practices[:2]
	plan.NotDone = []ti.NotDone{{Practice: ti.PracticePeerGroup, Reason: ti.Declined}}
	plan.Client.Languages = []language.Tag{language.French, language.Spanish}
	phasePlan := ti.Plan{Readiness: readiness(n, u, y, n), Work: []ti.Work{{Modality: "pe", Status: ti.WorkPlanned}}, Destabilized: y}

	report, err := ti.Audit(plan)
	require.NoError(t, err)
	require.NotEmpty(t, report.Gaps)
	issues, err := ti.CheckPhases(phasePlan)
	require.NoError(t, err)
	require.NotEmpty(t, issues)
	reportJSON, _ := json.Marshal(report)
	issuesJSON, _ := json.Marshal(issues)

	for round := 0; round < 2; round++ {
		report, err := ti.Audit(plan)
		require.NoError(t, err)
		issues, err := ti.CheckPhases(phasePlan)
		require.NoError(t, err)
		practice, _ := ti.LookupPractice(ti.PracticeSafetyPlan)
		principle, _ := ti.LookupPrinciple(ti.Safety)
		domain, _ := ti.LookupDomain(ti.DomainPolicy)
		signal, _ := ti.LookupSignal(ti.SignalSubstanceStable)
		term, _ := ti.LookupTerm("alcoholic")
		custom, err := ti.NewCatalog(ti.BuiltinData())
		require.NoError(t, err)
		customPractice, _ := custom.LookupPractice("safety plan")
		scribbleAll(&report, &issues, &practice, &principle, &domain, &signal, &term, &customPractice)
		data := ti.BuiltinData()
		scribbleAll(&data)
		for _, v := range []any{
			ti.Practices(), ti.Principles(), ti.Domains(), ti.Signals(), ti.Terms(),
			ti.Builtin().Serving(ti.Cultural), custom.Practices(), custom.Terms(), custom.Serving(ti.PeerSupport),
		} {
			p := reflect.New(reflect.TypeOf(v))
			p.Elem().Set(reflect.ValueOf(v))
			scribble(p)
		}
		for _, r := range report.Coverage {
			scribbleAll(&r)
		}
	}

	assert.Equal(t, before, snapshot(t))
	again, err := ti.Audit(plan)
	require.NoError(t, err)
	againJSON, _ := json.Marshal(again)
	assert.JSONEq(t, string(reportJSON), string(againJSON))
	againIssues, err := ti.CheckPhases(phasePlan)
	require.NoError(t, err)
	againIssuesJSON, _ := json.Marshal(againIssues)
	assert.JSONEq(t, string(issuesJSON), string(againIssuesJSON))
	// The modality catalog is untouched too.
	assert.Equal(t, modality.Processing, ti.PhaseOf(ti.Work{Modality: "pe"}))
}

// TestClientOfSharesNoMemory: the client context is a copy of the intake.
func TestClientOfSharesNoMemory(t *testing.T) {
	in := assessment.Intake{
		Trauma:       assessment.Trauma{Exposure: assessment.ExposureYes, ACECount: intPtr(3)},
		Languages:    []language.Tag{language.Spanish},
		CultureNotes: []string{"note"},
	}
	inJSON, err := json.Marshal(in)
	require.NoError(t, err)
	c := ti.ClientOf(in)
	scribbleAll(&c)
	after, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, string(inJSON), string(after))
}
