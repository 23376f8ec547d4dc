package integrative

import (
	"slices"
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

// The assessment rules: what the intake's instruments raise.
var asmRules = []Rule{
	{
		ID:    "ASM001",
		Title: "suicide risk on a screen not yet addressed",
		Doc: "A response raised a same-day or emergency flag (PHQ-9 item 9 answered above 0, an ASQ positive or " +
			"acute positive screen). The finding is critical until the plan records both a suicide risk assessment " +
			"and a safety plan made with the client on or after the day of the response; with both it is info, " +
			"showing the flag was addressed.",
		Severity: SeverityCritical,
		Strength: evidence.StrengthGuideline,
		Sources:  []evidence.Source{srcTJCSuicide, srcStanleyBrown2012},
		Since:    since,
		Message:  "{instrument} on {date}: {flag} ({urgency}); risk assessment {riskAssessment}, safety plan {safetyPlan}",
		Check:    checkSuicideFlags,
	},
	{
		ID:    "ASM002",
		Title: "flag to act on in the course of care",
		Doc: "A response raised a routine flag: an item that asks for a response whatever the total (an AUDIT item " +
			"answer that calls for a brief intervention, a WHO-5 item answered 0 or 1). Info.",
		Severity: SeverityInfo,
		Strength: evidence.StrengthGuideline,
		Sources:  []evidence.Source{srcTJCSuicide},
		Since:    since,
		Message:  "{instrument} on {date}: {flag}",
		Check:    checkRoutineFlags,
	},
	{
		ID:    "ASM003",
		Title: "incomplete response not scored",
		Doc: "A response leaves items unanswered, so it is not scored: a missing answer is never counted as zero and " +
			"scores are never prorated, so its total, band and screen are unknown and no other rule uses it. The " +
			"flags its answers raise (a suicide-risk item) are reported all the same (ASM001).",
		Severity:   SeverityWarning,
		Strength:   evidence.StrengthGuideline,
		Sources:    []evidence.Source{srcTJCCTS},
		Since:      since,
		Message:    "{instrument} on {date}: {missing} items unanswered; not scored",
		Basis:      "A total with unanswered items counted as zero understates severity and can hide a positive screen.",
		Suggestion: "Complete the missing items with the client, or record that they declined them, and score again.",
		Check:      checkIncompleteResponses,
	},
}

// checkSuicideFlags reports every same-day or emergency flag, critical
// until a risk assessment and a safety plan dated on or after the response
// are recorded.
func checkSuicideFlags(p *Pass) {
	safety := p.Plan.Safety
	for _, s := range p.st.flagged() {
		for _, fl := range s.Result.Flags {
			if fl.Urgency != assessment.UrgencySameDay && fl.Urgency != assessment.UrgencyEmergency {
				continue
			}
			date := s.Result.Date
			addressed := !safety.RiskAssessment.IsZero() && !safety.SafetyPlan.IsZero() &&
				!safety.RiskAssessment.Before(date) && !safety.SafetyPlan.Before(date)
			sev := SeverityCritical
			if addressed {
				sev = SeverityInfo
			}
			p.Report(Finding{
				Severity: sev,
				Grade:    fl.Urgency.String(),
				Subject:  indexPath("intake/responses", s.Response, ""),
				Paths:    safetyPaths(safety),
				Values: []Value{
					{"instrument", string(s.Result.Instrument)},
					{"date", date.String()},
					{"flag", fl.ID},
					{"urgency", fl.Urgency.String()},
					{"items", strings.Join(fl.Items, ", ")},
					{"riskAssessment", dateOrNone(safety.RiskAssessment)},
					{"safetyPlan", dateOrNone(safety.SafetyPlan)},
					{"addressed", yesNo(addressed)},
				},
				Basis:      fl.Reason,
				Suggestion: fl.Action,
				Sources:    append(cloneSources(fl.Sources), srcTJCSuicide, srcStanleyBrown2012),
			})
		}
	}
}

// checkRoutineFlags reports routine flags.
func checkRoutineFlags(p *Pass) {
	for _, s := range p.st.flagged() {
		for _, fl := range s.Result.Flags {
			if fl.Urgency != assessment.UrgencyRoutine {
				continue
			}
			p.Report(Finding{
				Grade:   fl.Urgency.String(),
				Subject: indexPath("intake/responses", s.Response, ""),
				Values: []Value{
					{"instrument", string(s.Result.Instrument)},
					{"date", s.Result.Date.String()},
					{"flag", fl.ID},
					{"items", strings.Join(fl.Items, ", ")},
				},
				Basis:      fl.Reason,
				Suggestion: fl.Action,
				Sources:    cloneSources(fl.Sources),
			})
		}
	}
}

// checkIncompleteResponses reports responses that are valid but for
// unanswered items.
func checkIncompleteResponses(p *Pass) {
	for _, pr := range p.st.partial {
		if !pr.missingOnly {
			continue
		}
		n := len(pr.missing) + pr.noValue
		f := Finding{
			Subject: indexPath("intake/responses", pr.Response, ""),
			Values: []Value{
				{"instrument", string(pr.Result.Instrument)},
				{"date", dateText(pr.Result.Date)},
				{"missing", strconv.Itoa(n)},
				{"items", strings.Join(pr.missing, ", ")},
			},
		}
		if in := p.st.instrument(pr.Result.Instrument); in != nil {
			f.Sources = append(cloneSources(in.Sources), srcTJCCTS)
		}
		p.Report(f)
	}
}

// flagged returns the scored responses and the partial ones, whose flags
// the flag rules read.
func (st *state) flagged() []Scored {
	if len(st.partial) == 0 {
		return st.scored
	}
	out := slices.Clone(st.scored)
	for _, pr := range st.partial {
		out = append(out, pr.Scored)
	}
	slices.SortFunc(out, func(a, b Scored) int { return a.Response - b.Response })
	return out
}

func safetyPaths(s Safety) []string {
	var out []string
	if !s.RiskAssessment.IsZero() {
		out = append(out, "safety/riskAssessment")
	}
	if !s.SafetyPlan.IsZero() {
		out = append(out, "safety/safetyPlan")
	}
	return out
}

func dateOrNone(d assessment.Date) string {
	if d.IsZero() {
		return "none"
	}
	return d.String()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func cloneSources(s []evidence.Source) []evidence.Source {
	return append([]evidence.Source(nil), s...)
}

// dateText returns d in ISO form, or "" for no date.
func dateText(d assessment.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}
