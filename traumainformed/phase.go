package traumainformed

import (
	"cmp"
	"slices"
	"strings"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

// SignalID names a readiness signal for trauma-processing work. The zero
// value, [SignalUnknown], is invalid.
type SignalID uint8

// The readiness signals a plan can record.
const (
	SignalUnknown SignalID = iota
	// SignalSafetyPlan: a safety and crisis plan, made with the client, is
	// in place.
	SignalSafetyPlan
	// SignalCopingSkills: coping and grounding skills are established.
	SignalCopingSkills
	// SignalNoAcuteRisk: no acute suicide risk at the latest assessment.
	SignalNoAcuteRisk
	// SignalSubstanceStable: substance use is stable enough for the client
	// to engage in the work.
	SignalSubstanceStable
)

var signalNames = []string{
	SignalUnknown:         "unknown",
	SignalSafetyPlan:      "safety-plan-in-place",
	SignalCopingSkills:    "coping-skills-established",
	SignalNoAcuteRisk:     "no-acute-suicide-risk",
	SignalSubstanceStable: "substance-use-stable",
}

// signalAliases are shorter names hosts send for the signals.
var signalAliases = map[string]SignalID{
	"safety-plan":                 SignalSafetyPlan,
	"safety-plan-made":            SignalSafetyPlan,
	"coping-skills":               SignalCopingSkills,
	"grounding-skills":            SignalCopingSkills,
	"no-acute-risk":               SignalNoAcuteRisk,
	"substance-stable":            SignalSubstanceStable,
	"substance-use-stable-enough": SignalSubstanceStable,
}

// String returns the signal's identifier, such as "safety-plan-in-place".
// It never panics.
func (s SignalID) String() string { return enum.Name(signalNames, s, "SignalID") }

// Valid reports whether s is one of the readiness signals.
func (s SignalID) Valid() bool { return enum.Valid(signalNames, s) }

// ParseSignalID returns the signal whose identifier is text, or by a
// shorter name ("safety-plan", "coping-skills", "no-acute-risk",
// "substance-stable"). Case, surrounding space and the separator ('-', '_'
// or ' ') do not matter. It returns [ErrBadValue] for any other text.
func ParseSignalID(text string) (SignalID, error) { return parse(signalNames, signalAliases, text) }

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (s SignalID) MarshalText() ([]byte, error) {
	return enum.Marshal(signalNames, s, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSignalID]; empty
// text is the zero value, which validation reports where a value is
// required.
func (s *SignalID) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(signalNames, signalAliases, s, text, ErrBadValue)
}

// A Signal is a readiness signal for trauma processing, with the sources on
// both sides of the question whether it should gate that work.
type Signal struct {
	ID SignalID `json:"id"`
	// Name is a short, lower-case label.
	Name string `json:"name"`
	// Description says what the plan records when it records the signal as
	// met.
	Description string `json:"description"`
	// Supporting cite guidance that puts this before trauma processing.
	Supporting []evidence.Source `json:"supporting"`
	// Contesting cite evidence or guidance that it need not delay
	// trauma-focused therapy.
	Contesting []evidence.Source `json:"contesting"`
}

func (s Signal) clone() Signal {
	s.Supporting = slices.Clone(s.Supporting)
	s.Contesting = slices.Clone(s.Contesting)
	return s
}

// LookupSignal returns a copy of the readiness signal with the given ID.
func LookupSignal(id SignalID) (Signal, bool) {
	if !id.Valid() {
		return Signal{}, false
	}
	return signals[id-1].clone(), true
}

// Signals returns copies of the readiness signals.
func Signals() []Signal {
	out := make([]Signal, len(signals))
	for i, s := range signals {
		out[i] = s.clone()
	}
	return out
}

// IssueKind is the kind of a [PhaseIssue]. The zero value,
// [IssueKindUnknown], is invalid.
type IssueKind uint8

// The kinds of phase issue.
const (
	IssueKindUnknown IssueKind = iota
	// IssueNotReady: trauma processing is scheduled while the plan records
	// a readiness signal as not met.
	IssueNotReady
	// IssueReadinessUnrecorded: trauma processing is scheduled and some
	// readiness signals are not recorded (none recorded as not met).
	IssueReadinessUnrecorded
	// IssueNoStabilization: trauma processing is scheduled with no
	// stabilization work before it, and readiness is not recorded as fully
	// met.
	IssueNoStabilization
	// IssueDestabilized: the client has destabilized and no stabilization
	// work is planned or under way.
	IssueDestabilized
)

var issueKindNames = []string{
	IssueKindUnknown:         "unknown",
	IssueNotReady:            "processing-while-not-ready",
	IssueReadinessUnrecorded: "readiness-not-recorded",
	IssueNoStabilization:     "processing-before-stabilization",
	IssueDestabilized:        "destabilized-without-stabilization",
}

// issueKindAliases are shorter names hosts send for issue kinds.
var issueKindAliases = map[string]IssueKind{
	"not-ready":            IssueNotReady,
	"readiness-unrecorded": IssueReadinessUnrecorded,
	"no-stabilization":     IssueNoStabilization,
	"destabilized":         IssueDestabilized,
}

// String returns the name of k, such as "processing-while-not-ready". It
// never panics.
func (k IssueKind) String() string { return enum.Name(issueKindNames, k, "IssueKind") }

// Valid reports whether k is a named value other than the zero value.
func (k IssueKind) Valid() bool { return enum.Valid(issueKindNames, k) }

// ParseIssueKind returns the IssueKind named text, or by a shorter name
// ("not-ready", "no-stabilization", "destabilized"). Case, surrounding
// space and the separator ('-', '_' or ' ') do not matter. It returns
// [ErrBadValue] for any other text.
func ParseIssueKind(text string) (IssueKind, error) {
	return parse(issueKindNames, issueKindAliases, text)
}

// MarshalText implements [encoding.TextMarshaler]. The zero value
// marshals as empty text; any other invalid value is [ErrBadValue].
func (k IssueKind) MarshalText() ([]byte, error) {
	return enum.Marshal(issueKindNames, k, ErrBadValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseIssueKind]; empty
// text is the zero value, which validation reports where a value is
// required.
func (k *IssueKind) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(issueKindNames, issueKindAliases, k, text, ErrBadValue)
}

// A PhaseIssue is a question about the sequence of trauma care in a plan.
// Whether stabilization must come before trauma processing is contested,
// so every issue is a warning or info, never critical, and cites both
// sides.
type PhaseIssue struct {
	Kind     IssueKind `json:"kind"`
	Severity Severity  `json:"severity"`
	// Work are the positions in [Plan.Work] of the work items involved.
	Work []int `json:"work,omitempty"`
	// Signals are the readiness signals involved: not met, or not
	// recorded.
	Signals []SignalID `json:"signals,omitempty"`
	// Why explains the issue for a clinician, with both sides.
	Why string `json:"why"`
	// Action says what to consider.
	Action   string            `json:"action"`
	Strength evidence.Strength `json:"strength"`
	// Supporting cite phase-oriented guidance.
	Supporting []evidence.Source `json:"supporting"`
	// Contesting cite evidence and guidance that a stabilization phase
	// need not delay trauma-focused therapy.
	Contesting []evidence.Source `json:"contesting"`
}

const contested = "Phase-oriented guidance (ISTSS 2012; Herman 1992) puts safety, stabilization and skills before " +
	"trauma memory processing. This is contested: De Jongh et al. (2016) found no rigorous evidence that a " +
	"stabilization phase is needed, and the VA/DoD guideline (2023) holds that co-occurring conditions, including " +
	"substance use disorders, should not preclude trauma-focused therapy."

// CheckPhases checks the sequence of trauma care in p: that
// trauma-processing work (a trauma-focused modality in package modality,
// or work recorded as processing) is not scheduled while the plan records
// the client as not ready ([IssueNotReady], a warning); that readiness is
// recorded when it is scheduled ([IssueReadinessUnrecorded], info); that
// stabilization work comes first unless readiness is recorded as fully met
// ([IssueNoStabilization], info); and that a client who destabilizes
// returns to stabilization work ([IssueDestabilized], a warning). Planned
// and active work count as scheduled; completed work does not. Issues are
// sorted by severity (warnings first) and kind. The client's trauma
// disclosure plays no part: readiness, not disclosure, drives the check.
// Modalities are looked up in [modality.Builtin] unless [WithModalities]
// names another catalog. The cost is linear in the size of p.
//
// CheckPhases reads Readiness, Work and Destabilized. It returns a
// *[validation.Error] listing every problem: [ErrBadValue] and
// [ErrDuplicate] at "readiness/<position>/signal"; [ErrBadValue] at
// "readiness/<position>/met" unless yes or no; [ErrNoWork] at
// "work/<position>" for an item with neither modality nor phase;
// [ErrUnknownModality] at "work/<position>/modality"; [ErrBadValue] and
// [ErrPhaseMismatch] at "work/<position>/phase"; [ErrBadValue] at
// "work/<position>/status"; [ErrOutOfRange] at "work/<position>/sessions"
// when negative; [ErrBadValue] at "destabilized".
func CheckPhases(p Plan, opts ...Option) ([]PhaseIssue, error) {
	cfg := configure(opts)
	phases, err := validatePhases(p, cfg.modalities)
	if err != nil {
		return nil, err
	}
	var met [SignalSubstanceStable + 1]assessment.YesNo
	for _, s := range p.Readiness {
		met[s.Signal] = s.Met
	}
	var notMet, unrecorded []SignalID
	for id := SignalSafetyPlan; id <= SignalSubstanceStable; id++ {
		switch met[id] {
		case assessment.No:
			notMet = append(notMet, id)
		case assessment.YesNoUnknown:
			unrecorded = append(unrecorded, id)
		}
	}
	var processing []int
	stabilizing := false
	for i, w := range p.Work {
		if !w.Status.scheduled() {
			continue
		}
		switch phases[i] {
		case modality.Processing:
			processing = append(processing, i)
		case modality.Stabilization:
			stabilizing = true
		}
	}
	var issues []PhaseIssue
	if len(processing) > 0 {
		switch {
		case len(notMet) > 0:
			issues = append(issues, newIssue(IssueNotReady, SeverityWarning, processing, notMet,
				"Trauma-processing work is scheduled while the plan records these readiness signals as not met: "+signalList(notMet)+". "+contested,
				"Review readiness with the client: address the signals not met first, for example with stabilization and "+
					"skills work, or record why trauma-focused work should go ahead now."))
		case len(unrecorded) > 0:
			issues = append(issues, newIssue(IssueReadinessUnrecorded, SeverityInfo, processing, unrecorded,
				"Trauma-processing work is scheduled and the plan does not record these readiness signals: "+signalList(unrecorded)+". "+contested,
				"Record the readiness signals, so that the team can see the basis for starting trauma-focused work."))
		}
		first := processing[0]
		if len(notMet)+len(unrecorded) > 0 && !slices.Contains(phases[:first], modality.Stabilization) {
			issues = append(issues, newIssue(IssueNoStabilization, SeverityInfo, []int{first}, nil,
				"Trauma-processing work is scheduled with no stabilization work before it, and readiness is not recorded as fully met. "+contested,
				"Consider a stabilization phase first (a safety plan, coping and grounding skills), or record that the client "+
					"is ready to begin trauma-focused work now."))
		}
	}
	if p.Destabilized == assessment.Yes && !stabilizing {
		issues = append(issues, newIssue(IssueDestabilized, SeverityWarning, processing, nil,
			"The plan records that the client has destabilized, and no stabilization work is planned or under way. Recovery "+
				"is not linear: phase-oriented care returns to safety and stabilization when a client destabilizes (Herman "+
				"1992; ISTSS 2012). How long trauma-focused work should pause is contested (De Jongh et al. 2016; VA/DoD 2023).",
			"Add stabilization work (review the safety plan, coping and grounding skills) and decide with the client whether "+
				"to pause or continue trauma-focused work."))
	}
	slices.SortStableFunc(issues, func(a, b PhaseIssue) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Kind, b.Kind))
	})
	return issues, nil
}

func newIssue(kind IssueKind, sev Severity, work []int, sigs []SignalID, why, action string) PhaseIssue {
	supporting := []evidence.Source{srcISTSS, srcHerman}
	if slices.Contains(sigs, SignalSubstanceStable) {
		supporting = append(supporting, srcTIP42)
	}
	return PhaseIssue{
		Kind:       kind,
		Severity:   sev,
		Work:       slices.Clone(work),
		Signals:    slices.Clone(sigs),
		Why:        why,
		Action:     action,
		Strength:   evidence.StrengthConsensus,
		Supporting: supporting,
		Contesting: slices.Clone(contesting),
	}
}

// signalList joins the signals' names.
func signalList(ids []SignalID) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(signals[id-1].Name)
	}
	return b.String()
}

// PhaseOf returns the phase of trauma care a work item serves: its
// recorded phase, or else, for a modality the modality catalog knows
// ([modality.Builtin] unless [WithModalities] names another), the
// modality's only phase, or processing for a trauma-focused modality that
// serves processing. It returns [modality.PhaseUnknown] when neither says.
func PhaseOf(w Work, opts ...Option) modality.Phase {
	if w.Phase.Valid() {
		return w.Phase
	}
	phases, traumaFocused, ok := configure(opts).modalities.Phases(w.Modality)
	if !ok {
		return modality.PhaseUnknown
	}
	return modalityPhase(phases, traumaFocused)
}

// modalityPhase is the phase a work item with no recorded phase serves,
// for a modality that fits phases and is traumaFocused or not.
func modalityPhase(phases []modality.Phase, traumaFocused bool) modality.Phase {
	switch {
	case len(phases) == 1:
		return phases[0]
	case traumaFocused && slices.Contains(phases, modality.Processing):
		return modality.Processing
	}
	return modality.PhaseUnknown
}

// modalityFacts is what the check needs of one modality.
type modalityFacts struct {
	known  bool
	phases []modality.Phase
	phase  modality.Phase // the phase of a work item that records none
}

// validatePhases checks the parts of p that CheckPhases reads and returns
// each work item's phase. Each distinct modality is looked up once.
func validatePhases(p Plan, mods *modality.Catalog) ([]modality.Phase, error) {
	var v validation.Collector
	var seen [256]bool
	for i, s := range p.Readiness {
		at := func() string { return "readiness/" + validation.Index(i) }
		switch {
		case !s.Signal.Valid():
			v.Add(at()+"/signal", ErrBadValue)
		case seen[s.Signal]:
			v.Add(at()+"/signal", ErrDuplicate)
		}
		seen[s.Signal] = true
		if !s.Met.Valid() {
			v.Add(at()+"/met", ErrBadValue)
		}
	}
	facts := map[modality.ID]modalityFacts{}
	phases := make([]modality.Phase, len(p.Work))
	for i, w := range p.Work {
		at := func() string { return "work/" + validation.Index(i) }
		if w.Modality == "" && w.Phase == modality.PhaseUnknown {
			v.Add(at(), ErrNoWork)
		}
		if w.Phase != modality.PhaseUnknown && !w.Phase.Valid() {
			v.Add(at()+"/phase", ErrBadValue)
		}
		phases[i] = w.Phase
		if w.Modality != "" {
			f, ok := facts[w.Modality]
			if !ok {
				phases, traumaFocused, known := mods.Phases(w.Modality)
				f = modalityFacts{known: known, phases: phases, phase: modalityPhase(phases, traumaFocused)}
				facts[w.Modality] = f
			}
			switch {
			case !f.known:
				v.Add(at()+"/modality", ErrUnknownModality)
			case w.Phase.Valid() && len(f.phases) > 0 && !slices.Contains(f.phases, w.Phase):
				v.Add(at()+"/phase", ErrPhaseMismatch)
			case !w.Phase.Valid():
				phases[i] = f.phase
			}
		}
		if !w.Status.Valid() {
			v.Add(at()+"/status", ErrBadValue)
		}
		if w.Sessions < 0 {
			v.Add(at()+"/sessions", ErrOutOfRange)
		}
	}
	if d := p.Destabilized; d != assessment.YesNoUnknown && !d.Valid() {
		v.Add("destabilized", ErrBadValue)
	}
	return phases, v.Err()
}
