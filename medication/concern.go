package medication

import (
	"cmp"
	"slices"
	"strings"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// A Concern is a clinically questionable but well-formed part of a regimen:
// an interaction, a washout too short, a dose outside its limits, a
// duplication, monitoring due or overdue, a switch before an adequate trial,
// or a caution for the person's condition, age or pregnancy. It holds
// structured facts; the English Title, Mechanism and Advice come from the
// catalog entry that raised it, so a host can render its own text keyed by
// Kind and Rule.
type Concern struct {
	Kind     ConcernKind `json:"kind"`
	Severity Severity    `json:"severity"`
	// Basis is what an interaction's grade rests on; [BasisBoxedWarning]
	// marks a combination named in a boxed warning. Zero for other kinds.
	Basis Basis `json:"basis,omitempty"`
	// Rule is the ID of the catalog entry that raised the concern: an
	// interaction rule, caution rule, schedule or duplication rule, or
	// "dose:<agent>" for dose limits and "trial:<class>" for trials.
	Rule  string `json:"rule"`
	Title string `json:"title"`
	// Agents are the agents involved, in the order the rule names them.
	Agents []AgentID `json:"agents"`
	// Paths are the regimen elements involved ("prescriptions/2",
	// "supplements/0"), or the positions of a [Catalog.Screen] input
	// ("agents/3").
	Paths     []string          `json:"paths,omitempty"`
	Mechanism string            `json:"mechanism"`
	Advice    string            `json:"advice"`
	Detail    Detail            `json:"detail,omitzero"`
	Strength  evidence.Strength `json:"strength"`
	Sources   []evidence.Source `json:"sources"`
}

// Detail holds the values that triggered a concern; fields that do not
// apply are zero.
type Detail struct {
	// DailyDose is the daily dose in mg (mg per day for patches).
	DailyDose float64 `json:"dailyDose,omitempty"`
	// SingleDose is the amount of one administration in mg, for a
	// single-dose limit.
	SingleDose float64 `json:"singleDose,omitempty"`
	// Limit is the limit it was compared with, in mg per day (mg for a
	// single-dose limit).
	Limit float64 `json:"limit,omitempty"`
	// Test is the test or follow-up due.
	Test Test `json:"test,omitempty"`
	// Due is when the test or follow-up was or is due; Last when it was
	// last done; Planned when one is planned.
	Due     assessment.Date `json:"due,omitzero"`
	Last    assessment.Date `json:"last,omitzero"`
	Planned assessment.Date `json:"planned,omitzero"`
	// Days is the measured interval in days (a washout gap, time on a
	// dose); Required the interval required.
	Days     int `json:"days,omitempty"`
	Required int `json:"required,omitempty"`
	// Group is the condition group behind a caution.
	Group assessment.GroupID `json:"group,omitempty"`
	// ONC is the number of the pair on the ONC high-priority list.
	ONC int `json:"onc,omitempty"`
}

// compareConcerns orders concerns deterministically: most severe first,
// then by kind, agents, rule and paths.
func compareConcerns(a, b *Concern) int {
	if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := slices.Compare(a.Agents, b.Agents); c != 0 {
		return c
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Paths, b.Paths, validation.ComparePaths)
}

// finish sorts the concerns (see [compareConcerns]) and gives every one
// its own copy of its sources, carved from one allocation: the checks
// build concerns whose sources point into the catalog or into scratch
// space, and nothing a caller receives may share memory with the catalog
// or with another concern. Agents and paths already live in the call's
// arena, one capped slice per concern.
func finish(cs []Concern) []Concern {
	if len(cs) == 0 {
		return cs
	}
	// Sort positions, then move each concern once along the permutation's
	// cycles: a concern is large, and a sort that swaps them costs more.
	var stack [64]int32
	order := stack[:0]
	if len(cs) > len(stack) {
		order = make([]int32, 0, len(cs))
	}
	for i := range cs {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, func(x, y int32) int { return compareConcerns(&cs[x], &cs[y]) })
	for i := range order {
		if order[i] < 0 {
			continue
		}
		// Position i takes the concern at order[i]; follow the cycle.
		tmp := cs[i]
		j := i
		for {
			k := int(order[j])
			order[j] = -1
			if k == i {
				cs[j] = tmp
				break
			}
			cs[j] = cs[k]
			j = k
		}
	}
	ns := 0
	for i := range cs {
		ns += len(cs[i].Sources)
	}
	srcs := make([]evidence.Source, ns)
	for i := range cs {
		cs[i].Sources, srcs = detach(cs[i].Sources, srcs)
	}
	return cs
}

// detach copies s to the front of buf and returns the copy, capped at its
// length, and the rest of buf. An empty s stays as it is.
func detach[T any](s, buf []T) ([]T, []T) {
	if len(s) == 0 {
		return s, buf
	}
	n := copy(buf, s)
	return buf[:n:n], buf[n:]
}
