package integrative

import (
	"strings"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/traumainformed"
)

// The trauma-informed rules: package traumainformed's audit of how care is
// delivered and its check of the order of trauma care, keeping its grade
// (info or warning; never critical).
var ticRules = []Rule{
	gapRule("TIC001", traumainformed.GapUncovered, "trauma-informed principle not covered",
		"No practice the plan records (or that its decisions, goals, safety plan and components show) serves one of "+
			"SAMHSA's six principles. A suggestion, taken with universal precautions: it does not depend on what the "+
			"client disclosed.", "delivery/practices"),
	gapRule("TIC002", traumainformed.GapCareLanguage, "care not in the client's preferred language",
		"Sessions are not held in the client's preferred language, directly or through a qualified interpreter.",
		"delivery/careLanguages"),
	gapRule("TIC003", traumainformed.GapMaterialsLanguage, "materials not in the client's preferred language",
		"Written materials are not offered in the client's preferred language.", "delivery/materialLanguages"),
	gapRule("TIC004", traumainformed.GapCulture, "client's culture not reflected in the plan",
		"The client shared notes on culture and identity and the plan records no cultural adaptation.",
		"intake/cultureNotes"),
	phaseRule("TIC005", traumainformed.IssueNotReady, "trauma processing while not ready",
		"Trauma processing is scheduled while the plan records a readiness signal as not met. A warning, never "+
			"critical: whether stabilization must come first is contested."),
	phaseRule("TIC006", traumainformed.IssueReadinessUnrecorded, "readiness for trauma processing not recorded",
		"Trauma processing is scheduled and some readiness signals are not recorded."),
	phaseRule("TIC007", traumainformed.IssueNoStabilization, "trauma processing with no stabilization work before it",
		"Trauma processing is scheduled with no stabilization work before it and readiness not recorded as fully met."),
	phaseRule("TIC008", traumainformed.IssueDestabilized, "destabilized without stabilization work",
		"The client has destabilized and no stabilization work is planned or under way."),
}

// gapRule builds the rule that reports one kind of trauma-informed gap.
func gapRule(id string, kind traumainformed.GapKind, title, doc, subject string) Rule {
	return Rule{
		ID:       id,
		Title:    title,
		Doc:      doc + " Keeps traumainformed's grade.",
		Severity: SeverityInfo,
		Strength: evidence.StrengthGuideline,
		Sources:  []evidence.Source{srcSAMHSA2014},
		Since:    since,
		Message:  "{principle}: {kind}",
		Check: func(p *Pass) {
			for _, g := range p.Audit().Gaps {
				if g.Kind != kind {
					continue
				}
				f := Finding{
					Severity: ticSeverity(g.Severity),
					Grade:    g.Severity.String(),
					Subject:  subject,
					Values: []Value{
						{"principle", g.Principle.String()},
						{"kind", g.Kind.String()},
					},
					Basis:      g.Why,
					Suggestion: g.Action,
					Strength:   g.Strength,
					Sources:    g.Sources,
				}
				if g.Language != (traumainformed.Gap{}).Language {
					f.Values = append(f.Values, Value{"language", g.Language.String()})
				}
				if len(g.Add) > 0 {
					add := make([]string, len(g.Add))
					for i, a := range g.Add {
						add[i] = string(a)
					}
					f.Values = append(f.Values, Value{"add", strings.Join(add, ", ")})
				}
				p.Report(f)
			}
		},
	}
}

// phaseRule builds the rule that reports one kind of phase issue.
func phaseRule(id string, kind traumainformed.IssueKind, title, doc string) Rule {
	return Rule{
		ID:       id,
		Title:    title,
		Doc:      doc + " Cites both sides; keeps traumainformed's grade.",
		Severity: SeverityInfo,
		Strength: evidence.StrengthConsensus,
		Sources:  []evidence.Source{srcISTSS2012, srcDeJongh2016},
		Since:    since,
		Message:  "{kind}",
		Check: func(p *Pass) {
			for _, is := range p.PhaseIssues() {
				if is.Kind != kind {
					continue
				}
				f := Finding{
					Severity: ticSeverity(is.Severity),
					Grade:    is.Severity.String(),
					Values:   []Value{{"kind", is.Kind.String()}},
					Basis:    is.Why,
					Strength: is.Strength,
					Sources:  append(cloneSources(is.Supporting), is.Contesting...),
				}
				f.Suggestion = is.Action
				for _, w := range is.Work {
					f.Paths = append(f.Paths, p.st.workPath(w))
				}
				if len(f.Paths) > 0 {
					f.Subject = f.Paths[0]
				} else {
					f.Subject = "delivery/readiness"
				}
				sigs := make([]string, len(is.Signals))
				for i, s := range is.Signals {
					sigs[i] = s.String()
				}
				f.Values = append(f.Values, Value{"signals", strings.Join(sigs, ", ")})
				p.Report(f)
			}
		},
	}
}

func ticSeverity(s traumainformed.Severity) Severity {
	if s == traumainformed.SeverityWarning {
		return SeverityWarning
	}
	return SeverityInfo
}
