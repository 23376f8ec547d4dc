package traumainformed_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/modality"
	ti "github.com/wholeperson/integrative/traumainformed"
	"github.com/wholeperson/integrative/validation"
)

func readiness(met ...assessment.YesNo) []ti.SignalStatus {
	var out []ti.SignalStatus
	for i, m := range met {
		if m != assessment.YesNoUnknown {
			out = append(out, ti.SignalStatus{Signal: ti.SignalID(i + 1), Met: m})
		}
	}
	return out
}

const (
	y = assessment.Yes
	n = assessment.No
	u = assessment.YesNoUnknown
)

var (
	stabilizationDone    = ti.Work{Phase: modality.Stabilization, Status: ti.WorkCompleted, Sessions: 4}
	stabilizationPlanned = ti.Work{Phase: modality.Stabilization, Status: ti.WorkPlanned}
	cptPlanned           = ti.Work{Modality: "cpt", Status: ti.WorkPlanned}
	cptActive            = ti.Work{Modality: "cpt", Status: ti.WorkActive}
	cptDone              = ti.Work{Modality: "cpt", Status: ti.WorkCompleted}
)

type issueWant struct {
	kind    ti.IssueKind
	sev     ti.Severity
	work    []int
	signals []ti.SignalID
}

func TestCheckPhases(t *testing.T) {
	tests := []struct {
		name         string
		readiness    []ti.SignalStatus
		work         []ti.Work
		destabilized assessment.YesNo
		want         []issueWant
	}{
		{name: "ready, stabilization first (Client A)", readiness: readiness(y, y, y, y),
			work: []ti.Work{stabilizationDone, cptPlanned}},
		{name: "ready, processing first: no stabilization phase asked for", readiness: readiness(y, y, y, y),
			work: []ti.Work{cptPlanned}},
		{name: "no processing scheduled", readiness: readiness(n, n, n, n),
			work: []ti.Work{stabilizationPlanned}},
		{name: "processing completed does not count", readiness: readiness(n, u, u, u),
			work: []ti.Work{cptDone, stabilizationPlanned}},
		{name: "not ready: no safety plan", readiness: readiness(n, y, y, y),
			work: []ti.Work{stabilizationDone, cptPlanned},
			want: []issueWant{{ti.IssueNotReady, ti.SeverityWarning, []int{1}, []ti.SignalID{ti.SignalSafetyPlan}}}},
		{name: "not ready: acute risk and substance use", readiness: readiness(y, y, n, n),
			work: []ti.Work{stabilizationDone, cptActive},
			want: []issueWant{{ti.IssueNotReady, ti.SeverityWarning, []int{1}, []ti.SignalID{ti.SignalNoAcuteRisk, ti.SignalSubstanceStable}}}},
		{name: "readiness not recorded", work: []ti.Work{stabilizationDone, cptPlanned},
			want: []issueWant{{ti.IssueReadinessUnrecorded, ti.SeverityInfo, []int{1},
				[]ti.SignalID{ti.SignalSafetyPlan, ti.SignalCopingSkills, ti.SignalNoAcuteRisk, ti.SignalSubstanceStable}}}},
		{name: "readiness partly recorded", readiness: readiness(y, u, y, u), work: []ti.Work{stabilizationDone, cptPlanned},
			want: []issueWant{{ti.IssueReadinessUnrecorded, ti.SeverityInfo, []int{1}, []ti.SignalID{ti.SignalCopingSkills, ti.SignalSubstanceStable}}}},
		{name: "processing before stabilization, not ready", readiness: readiness(n, u, y, n),
			work: []ti.Work{cptPlanned, stabilizationPlanned},
			want: []issueWant{
				{ti.IssueNotReady, ti.SeverityWarning, []int{0}, []ti.SignalID{ti.SignalSafetyPlan, ti.SignalSubstanceStable}},
				{ti.IssueNoStabilization, ti.SeverityInfo, []int{0}, nil},
			}},
		{name: "processing only, readiness unrecorded", work: []ti.Work{cptPlanned},
			want: []issueWant{
				{ti.IssueReadinessUnrecorded, ti.SeverityInfo, []int{0}, []ti.SignalID{1, 2, 3, 4}},
				{ti.IssueNoStabilization, ti.SeverityInfo, []int{0}, nil},
			}},
		{name: "destabilized during processing", readiness: readiness(y, y, y, y), destabilized: y,
			work: []ti.Work{stabilizationDone, cptActive},
			want: []issueWant{{ti.IssueDestabilized, ti.SeverityWarning, []int{1}, nil}}},
		{name: "destabilized and not ready", readiness: readiness(y, y, n, y), destabilized: y,
			work: []ti.Work{stabilizationDone, cptActive},
			want: []issueWant{
				{ti.IssueNotReady, ti.SeverityWarning, []int{1}, []ti.SignalID{ti.SignalNoAcuteRisk}},
				{ti.IssueDestabilized, ti.SeverityWarning, []int{1}, nil},
			}},
		{name: "destabilized, returned to stabilization", readiness: readiness(y, y, n, y), destabilized: y,
			work: []ti.Work{stabilizationDone, cptDone, stabilizationPlanned}},
		{name: "destabilized, stabilization alongside processing", readiness: readiness(y, y, y, y), destabilized: y,
			work: []ti.Work{stabilizationDone, cptActive, {Phase: modality.Stabilization, Status: ti.WorkActive}}},
		{name: "not destabilized", readiness: readiness(y, y, y, y), destabilized: n,
			work: []ti.Work{cptActive}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			issues, err := ti.CheckPhases(ti.Plan{Readiness: tt.readiness, Work: tt.work, Destabilized: tt.destabilized})
			require.NoError(t, err)
			require.Len(t, issues, len(tt.want))
			for i, w := range tt.want {
				got := issues[i]
				assert.Equal(t, w.kind, got.Kind)
				assert.Equal(t, w.sev, got.Severity)
				assert.Equal(t, w.work, got.Work)
				assert.Equal(t, w.signals, got.Signals)
				assert.NotEmpty(t, got.Why)
				assert.NotEmpty(t, got.Action)
				// Contested: never critical, both sides cited.
				assert.Contains(t, []ti.Severity{ti.SeverityInfo, ti.SeverityWarning}, got.Severity)
				assert.Contains(t, got.Why, "De Jongh")
				assert.Contains(t, got.Why, "VA/DoD")
				assert.NotEmpty(t, got.Supporting)
				assert.NotEmpty(t, got.Contesting)
				for _, s := range append(slices.Clone(got.Supporting), got.Contesting...) {
					assert.NoError(t, s.Validate())
				}
				hasTIP42 := slices.ContainsFunc(got.Supporting, func(s evidence.Source) bool { return strings.Contains(s.Title, "TIP 42") })
				assert.Equal(t, slices.Contains(got.Signals, ti.SignalSubstanceStable), hasTIP42)
			}
		})
	}
}

// TestCheckPhasesDeclinedDisclosure: readiness, not disclosure, drives the
// check; a client who declined to disclose trauma gets the same result.
func TestCheckPhasesDeclinedDisclosure(t *testing.T) {
	for _, work := range [][]ti.Work{{cptPlanned}, {stabilizationDone, cptPlanned}} {
		base := ti.Plan{Client: ti.Client{Exposure: assessment.ExposureYes}, Readiness: readiness(n, y, u, y), Work: work}
		declined := base
		declined.Client = ti.Client{Exposure: assessment.ExposureDeclined}
		a, err := ti.CheckPhases(base)
		require.NoError(t, err)
		b, err := ti.CheckPhases(declined)
		require.NoError(t, err)
		assert.Equal(t, a, b)
		assert.NotEmpty(t, a)
	}
}

func TestPhaseOf(t *testing.T) {
	assert.Equal(t, modality.Processing, ti.PhaseOf(ti.Work{Modality: "cpt"}))
	assert.Equal(t, modality.Stabilization, ti.PhaseOf(ti.Work{Phase: modality.Stabilization}))
	assert.Equal(t, modality.PhaseUnknown, ti.PhaseOf(ti.Work{Modality: "no-such-modality"}))
	assert.Equal(t, modality.PhaseUnknown, ti.PhaseOf(ti.Work{}))
	for _, m := range modality.All() {
		got := ti.PhaseOf(ti.Work{Modality: m.ID})
		switch {
		case len(m.Phases) == 1:
			assert.Equal(t, m.Phases[0], got, m.ID)
		case m.TraumaFocused && slices.Contains(m.Phases, modality.Processing):
			assert.Equal(t, modality.Processing, got, m.ID)
		default:
			assert.Equal(t, modality.PhaseUnknown, got, m.ID)
		}
		// A recorded phase the modality serves wins.
		for _, ph := range m.Phases {
			assert.Equal(t, ph, ti.PhaseOf(ti.Work{Modality: m.ID, Phase: ph}), m.ID)
		}
	}
}

func TestCheckPhasesValidation(t *testing.T) {
	p := ti.Plan{
		Readiness: []ti.SignalStatus{
			{Signal: ti.SignalSafetyPlan, Met: assessment.Yes},
			{Signal: ti.SignalSafetyPlan, Met: assessment.YesNoUnknown},
			{Signal: ti.SignalID(9), Met: assessment.No},
		},
		Work: []ti.Work{
			{Status: ti.WorkPlanned},
			{Modality: "no-such-modality", Status: ti.WorkStatus(7)},
			{Phase: modality.Phase(9), Status: ti.WorkActive, Sessions: -1},
		},
		Destabilized: assessment.YesNo(5),
	}
	_, err := ti.CheckPhases(p)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	want := []struct {
		path string
		err  error
	}{
		{"destabilized", ti.ErrBadValue},
		{"readiness/1/signal", ti.ErrDuplicate},
		{"readiness/1/met", ti.ErrBadValue},
		{"readiness/2/signal", ti.ErrBadValue},
		{"work/0", ti.ErrNoWork},
		{"work/1/modality", ti.ErrUnknownModality},
		{"work/1/status", ti.ErrBadValue},
		{"work/2/phase", ti.ErrBadValue},
		{"work/2/sessions", ti.ErrOutOfRange},
	}
	require.Len(t, ve.Fields, len(want), "%v", err)
	for _, w := range want {
		assert.True(t, ve.Has(w.path, w.err), "%s: %v", w.path, err)
	}
	assert.NotContains(t, err.Error(), "no-such-modality")

	// A phase the modality does not serve.
	for _, m := range modality.All() {
		if len(m.Phases) == 0 {
			continue
		}
		for ph := modality.Stabilization; ph <= modality.Integration; ph++ {
			if slices.Contains(m.Phases, ph) {
				continue
			}
			_, err := ti.CheckPhases(ti.Plan{Work: []ti.Work{{Modality: m.ID, Phase: ph, Status: ti.WorkPlanned}}})
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has("work/0/phase", ti.ErrPhaseMismatch), "%s %s: %v", m.ID, ph, err)
		}
	}
}

// TestCheckPhasesWithModalities: a host that defines its own modalities
// passes its modality catalog; nil options and a nil catalog are ignored.
func TestCheckPhasesWithModalities(t *testing.T) {
	b := modality.Builtin()
	own, ok := b.Lookup("cpt")
	require.True(t, ok)
	own.ID = "clinic-trauma-program"
	own.Name = "Clinic trauma program"
	mods, err := modality.NewCatalog(modality.Contents{
		Orientations: b.Orientations(), Techniques: b.Techniques(), Modalities: append(b.All(), own),
	})
	require.NoError(t, err)
	p := ti.Plan{Readiness: readiness(n, y, y, y), Work: []ti.Work{stabilizationDone, {Modality: own.ID, Status: ti.WorkPlanned}}}

	_, err = ti.CheckPhases(p)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("work/1/modality", ti.ErrUnknownModality))
	assert.Equal(t, modality.PhaseUnknown, ti.PhaseOf(p.Work[1]))

	issues, err := ti.CheckPhases(p, nil, ti.WithModalities(mods), ti.WithModalities(nil))
	require.NoError(t, err)
	require.Len(t, issues, 1)
	assert.Equal(t, ti.IssueNotReady, issues[0].Kind)
	assert.Equal(t, modality.Processing, ti.PhaseOf(p.Work[1], ti.WithModalities(mods), nil))
}
