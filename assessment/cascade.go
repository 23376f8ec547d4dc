package assessment

import (
	"slices"

	"github.com/wholeperson/integrative/evidence"
)

// A Cascade is a screening step: when a brief screen is positive (or
// indeterminate), a fuller instrument comes next.
type Cascade struct {
	// From is the screen and To the instrument that follows it.
	From, To InstrumentID
	// Reason says, for the clinician, why To comes next.
	Reason  string
	Sources []evidence.Source
}

// A Step is a cascade triggered by a result.
type Step struct {
	Cascade
	// Trigger is the result that triggered it.
	Trigger Result
}

// Cascades returns the built-in screening cascades.
func Cascades() []Cascade {
	out := slices.Clone(cascades)
	for i := range out {
		out[i].Sources = slices.Clone(out[i].Sources)
	}
	return out
}

// Next returns the cascades a result triggers: those from its instrument
// when its screen is positive or indeterminate.
func Next(r Result) []Cascade {
	if r.Screen != ScreenPositive && r.Screen != ScreenIndeterminate {
		return nil
	}
	var out []Cascade
	for _, c := range cascades {
		if c.From == r.Instrument {
			c.Sources = slices.Clone(c.Sources)
			out = append(out, c)
		}
	}
	return out
}

// NextSteps returns the steps the results call for that have not been taken:
// a cascade is taken when its To instrument was completed on or after the
// day of the triggering result. Results may be in any order; steps come in
// the order of their triggers' dates.
func NextSteps(results []Result) []Step {
	sorted := slices.Clone(results)
	slices.SortStableFunc(sorted, func(a, b Result) int { return a.Date.Compare(b.Date) })
	var steps []Step
	for _, r := range sorted {
		for _, c := range Next(r) {
			if !completedSince(sorted, c.To, r.Date) && !pending(steps, c.To) {
				steps = append(steps, Step{Cascade: c, Trigger: r})
			}
		}
	}
	return steps
}

func completedSince(results []Result, id InstrumentID, since Date) bool {
	for _, r := range results {
		if r.Instrument == id && !r.Date.Before(since) {
			return true
		}
	}
	return false
}

func pending(steps []Step, id InstrumentID) bool {
	for _, s := range steps {
		if s.To == id {
			return true
		}
	}
	return false
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
