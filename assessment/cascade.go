package assessment

import (
	"slices"

	"github.com/wholeperson/integrative/evidence"
)

// A Cascade is a screening step: when a brief screen is positive (or
// indeterminate), a fuller instrument comes next.
type Cascade struct {
	// From is the screen and To the instrument that follows it.
	From InstrumentID `json:"from"`
	To   InstrumentID `json:"to"`
	// Reason says, for the clinician, why To comes next.
	Reason  string            `json:"reason"`
	Sources []evidence.Source `json:"sources"`
}

// A Step is a cascade triggered by a result.
type Step struct {
	Cascade
	// Trigger is the result that triggered it.
	Trigger Result `json:"trigger"`
}

// Cascades returns the built-in screening cascades.
func Cascades() []Cascade { return builtin().Cascades() }

// Cascades returns the catalog's screening cascades, in catalog order.
func (c *Catalog) Cascades() []Cascade {
	out := make([]Cascade, len(c.cascades))
	for i, cs := range c.cascades {
		out[i] = cs.clone()
	}
	return out
}

func (cs Cascade) clone() Cascade {
	cs.Sources = slices.Clone(cs.Sources)
	return cs
}

// Next returns the built-in cascades a result triggers; see [Catalog.Next].
func Next(r Result) []Cascade { return builtin().Next(r) }

// Next returns the cascades a result triggers: those from its instrument
// when its screen is positive or indeterminate.
func (c *Catalog) Next(r Result) []Cascade {
	if r.Screen != ScreenPositive && r.Screen != ScreenIndeterminate {
		return nil
	}
	var out []Cascade
	for _, cs := range c.cascades {
		if cs.From == r.Instrument {
			out = append(out, cs.clone())
		}
	}
	return out
}

// NextSteps returns the steps results call for by the built-in cascades;
// see [Catalog.NextSteps].
func NextSteps(results []Result) []Step { return builtin().NextSteps(results) }

// NextSteps returns the steps the results call for that have not been taken:
// a cascade is taken when its To instrument was completed (a result that is
// not Incomplete) on or after the day of the triggering result. Results may
// be in any order; steps come in
// the order of their triggers' dates, one per instrument to give. Its cost
// is O(n log n) in the number of results.
func (c *Catalog) NextSteps(results []Result) []Step {
	order := make([]int, len(results))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return results[a].Date.Compare(results[b].Date) })
	// latest is the latest complete administration of each instrument.
	latest := make(map[InstrumentID]Date, len(results))
	for _, r := range results {
		if r.Incomplete {
			continue
		}
		if d, ok := latest[r.Instrument]; !ok || r.Date.After(d) {
			latest[r.Instrument] = r.Date
		}
	}
	var steps []Step
	pending := map[InstrumentID]bool{}
	for _, i := range order {
		r := results[i]
		for _, cs := range c.Next(r) {
			if d, done := latest[cs.To]; (done && !d.Before(r.Date)) || pending[cs.To] {
				continue
			}
			pending[cs.To] = true
			steps = append(steps, Step{Cascade: cs, Trigger: r.clone()})
		}
	}
	return steps
}

var cascades = []Cascade{
	{
		From: PHQ2, To: PHQ9,
		Reason: "A positive PHQ-2 screens for depression; its two items are the first two of the " +
			"PHQ-9, which measures severity, asks about suicidal thoughts (item 9) and supports the diagnosis.",
		Sources: []evidence.Source{srcKroenke2003, srcKroenke2001},
	},
	{
		From: GAD2, To: GAD7,
		Reason: "A positive GAD-2 screens for anxiety; its two items are the first two of the GAD-7, " +
			"which measures severity.",
		Sources: []evidence.Source{srcKroenke2007, srcSpitzer2006},
	},
	{
		From: PCPTSD5, To: PCL5,
		Reason: "A positive PC-PTSD-5 screens for PTSD; the PCL-5 measures symptom severity across the " +
			"four DSM-5 clusters, gives a provisional diagnosis and tracks change during treatment.",
		Sources: []evidence.Source{srcPCPTSD5VA, srcPCL5VA},
	},
	{
		From: AUDITC, To: AUDIT,
		Reason: "A positive AUDIT-C (or an indeterminate one, where the sex-specific cut-offs disagree) " +
			"screens for hazardous drinking; its items are the first three of the AUDIT, whose remaining " +
			"seven questions give the risk zone that guides the intervention.",
		Sources: []evidence.Source{srcBradley2003, withLocator(srcBabor2001, "risk levels and interventions by total score")},
	},
}
