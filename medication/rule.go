package medication

import (
	"slices"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

// A Match selects agents for a rule. An agent matches when it is listed in
// Agents, or when the criteria are set and it meets all of them: it has at
// least one of Properties (if any are given), its class is one of Classes
// (if any are given), and it has none of Not. Agents listed in Except never
// match. Because matching is by property and class, an agent added to a
// catalog inherits every rule its properties and class fit.
type Match struct {
	Agents     []AgentID  `json:"agents,omitempty"`
	Properties Properties `json:"properties,omitempty"`
	Classes    []Class    `json:"classes,omitempty"`
	Not        Properties `json:"not,omitempty"`
	Except     []AgentID  `json:"except,omitempty"`
}

// empty reports whether m can match nothing.
func (m Match) empty() bool {
	return len(m.Agents) == 0 && m.Properties == 0 && len(m.Classes) == 0
}

// matches reports whether an agent with id, class and properties p is
// selected.
func (m Match) matches(id AgentID, class Class, p Properties) bool {
	if slices.Contains(m.Except, id) {
		return false
	}
	if slices.Contains(m.Agents, id) {
		return true
	}
	if m.Properties == 0 && len(m.Classes) == 0 {
		return false
	}
	if m.Properties != 0 && !p.Any(m.Properties) {
		return false
	}
	if len(m.Classes) > 0 && !slices.Contains(m.Classes, class) {
		return false
	}
	return !p.Any(m.Not)
}

func (m Match) clone() Match {
	m.Agents = slices.Clone(m.Agents)
	m.Classes = slices.Clone(m.Classes)
	m.Except = slices.Clone(m.Except)
	return m
}

// A Rule is an interaction between two kinds of agent, A and B. It applies
// to a pair of agents when one matches A and the other matches B, in either
// order.
type Rule struct {
	// ID is stable and never reused, such as "maoi-ssri-snri".
	ID string `json:"id"`
	// Title is a short lower-case name.
	Title    string   `json:"title"`
	A        Match    `json:"a"`
	B        Match    `json:"b"`
	Severity Severity `json:"severity"`
	// Basis is what the grade rests on; the built-in rules follow the
	// grading policy, Severity == Basis.Severity().
	Basis Basis `json:"basis"`
	// Wording is the label (or ONC panel) wording the grade rests on, in
	// summary, for a clinician to verify against Sources.
	Wording string `json:"wording"`
	// Mechanism says why the combination is a problem.
	Mechanism string `json:"mechanism"`
	// Advice says what to do. Where guidance says not to withhold a
	// treatment, the advice says so.
	Advice   string            `json:"advice"`
	Strength evidence.Strength `json:"strength"`
	Sources  []evidence.Source `json:"sources"`
	// ONC is the number of the pair on the ONC high-priority list
	// (Phansalkar 2012, as numbered in AJHP 2022 Table 4), 0 if none.
	ONC int `json:"onc,omitempty"`
	// WashoutAfterA is the drug-free interval in days required between
	// stopping an A agent and starting a B agent; WashoutAfterB the
	// reverse. Zero means no washout is required.
	WashoutAfterA int `json:"washoutAfterA,omitempty"`
	WashoutAfterB int `json:"washoutAfterB,omitempty"`
	// Supersedes lists the IDs of less specific rules this one replaces
	// when both apply to the same pair.
	Supersedes []string `json:"supersedes,omitempty"`
}

func (r Rule) clone() Rule {
	r.A = r.A.clone()
	r.B = r.B.clone()
	r.Sources = slices.Clone(r.Sources)
	r.Supersedes = slices.Clone(r.Supersedes)
	return r
}

// A CautionRule makes an agent contraindicated, or calls for caution, in a
// person with a condition, of an age, or who is or may become pregnant.
// It applies when the agent matches and any one of the person criteria
// holds.
type CautionRule struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Match Match  `json:"match"`
	// Groups are condition groups; any confirmed or provisional condition
	// in one of them triggers the rule.
	Groups []assessment.GroupID `json:"groups,omitempty"`
	// Pregnant triggers the rule when the client is pregnant;
	// PregnancyPossible when pregnancy is possible.
	Pregnant          bool `json:"pregnant,omitempty"`
	PregnancyPossible bool `json:"pregnancyPossible,omitempty"`
	// MinAge and MaxAge (inclusive) trigger the rule by age; 0 means
	// unset.
	MinAge   int      `json:"minAge,omitempty"`
	MaxAge   int      `json:"maxAge,omitempty"`
	Severity Severity `json:"severity"`
	// Basis is set, to [BasisBoxedWarning], only where a boxed warning
	// names the population and the integrated plan treats the caution as
	// critical (valproate when pregnancy is possible). Other cautions leave
	// it unset.
	Basis      Basis             `json:"basis,omitempty"`
	Mechanism  string            `json:"mechanism"`
	Advice     string            `json:"advice"`
	Strength   evidence.Strength `json:"strength"`
	Sources    []evidence.Source `json:"sources"`
	Supersedes []string          `json:"supersedes,omitempty"`
}

func (r CautionRule) clone() CautionRule {
	r.Match = r.Match.clone()
	r.Groups = slices.Clone(r.Groups)
	r.Sources = slices.Clone(r.Sources)
	r.Supersedes = slices.Clone(r.Supersedes)
	return r
}

// A Phase of a monitoring schedule: the interval between tests until a
// number of days after the start.
type Phase struct {
	// Until is the day after the start when the phase ends; 0 for the last,
	// open-ended phase.
	Until int `json:"until,omitempty"`
	// Every is the interval in days.
	Every int `json:"every"`
}

// A Schedule is the monitoring an agent needs: a baseline test, a first
// test after a number of days, and tests at intervals.
type Schedule struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Match Match  `json:"match"`
	Test  Test   `json:"test"`
	// Baseline asks for the test before the start (see [WithBaselineWindow]).
	Baseline bool `json:"baseline,omitempty"`
	// FirstAfter asks for the first test this many days after the start,
	// or after the latest dose change when FromDoseChange is set.
	FirstAfter     int  `json:"firstAfter,omitempty"`
	FromDoseChange bool `json:"fromDoseChange,omitempty"`
	// Phases are the intervals of repeat tests, in order.
	Phases []Phase `json:"phases,omitempty"`
	// MaxAge (inclusive) restricts the schedule to younger people; 0 for
	// any age.
	MaxAge int `json:"maxAge,omitempty"`
	// Severity is the severity of an overdue test; a test merely due is
	// one step lower, and never below [SeverityInfo].
	Severity   Severity          `json:"severity"`
	Mechanism  string            `json:"mechanism"`
	Advice     string            `json:"advice"`
	Strength   evidence.Strength `json:"strength"`
	Sources    []evidence.Source `json:"sources"`
	Supersedes []string          `json:"supersedes,omitempty"`
}

// every returns the repeat interval in effect day days after the start, or
// 0 when the schedule has no repeats.
func (s *Schedule) every(day int) int {
	for _, p := range s.Phases {
		if p.Until == 0 || day < p.Until {
			return p.Every
		}
	}
	return 0
}

func (s Schedule) clone() Schedule {
	s.Match = s.Match.clone()
	s.Phases = slices.Clone(s.Phases)
	s.Sources = slices.Clone(s.Sources)
	s.Supersedes = slices.Clone(s.Supersedes)
	return s
}

// A DuplicationRule names classes whose members should not be prescribed
// together without a stated reason.
type DuplicationRule struct {
	ID        string            `json:"id"`
	Title     string            `json:"title"`
	Classes   []Class           `json:"classes"`
	Severity  Severity          `json:"severity"`
	Mechanism string            `json:"mechanism"`
	Advice    string            `json:"advice"`
	Strength  evidence.Strength `json:"strength"`
	Sources   []evidence.Source `json:"sources"`
}

func (r DuplicationRule) clone() DuplicationRule {
	r.Classes = slices.Clone(r.Classes)
	r.Sources = slices.Clone(r.Sources)
	return r
}
