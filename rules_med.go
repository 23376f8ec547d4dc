package integrative

import (
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/medication"
)

// The medication rules: package medication's Review of the plan's
// prescriptions with the intake's supplements and substances, one rule per
// kind of concern, graded on the one scale (see [Severity]), and the
// supplements and substances the catalog cannot screen.
var medRules = []Rule{
	medRule("MED001", medication.ConcernInteraction, "interaction between agents taken together",
		"Two agents taken on the evaluation date interact: a drug, a supplement or a substance the client uses. "+
			"The grade follows the label's words: a contraindication is critical; a combination the labels say to avoid "+
			"or not to use, and one needing a dose adjustment or close monitoring, is a warning; a theoretical one is "+
			"info. A combination under a boxed warning for the combination (an opioid with a benzodiazepine) is critical.",
		srcONC, srcFDALabels),
	medRule("MED002", medication.ConcernWashout, "washout too short between agents",
		"A switch to or from an agent that needs a drug-free interval (an MAO inhibitor) left too short a gap.",
		srcFDALabels),
	medRule("MED003", medication.ConcernCaution, "agent and the client's condition, age or pregnancy",
		"A condition the client has, the client's age, a pregnancy or the possibility of one makes an agent "+
			"contraindicated or calls for caution. Valproate when pregnancy is possible is critical (boxed warning).",
		srcFDALabels),
	medRule("MED004", medication.ConcernDoseAboveMaximum, "dose above the labeled maximum",
		"A daily dose above the labeled maximum for the indication, or a dose so far beyond it that the unit is "+
			"likely wrong.",
		srcFDALabels),
	medRule("MED005", medication.ConcernPopulationLimit, "dose above a limit for the client's group",
		"A daily dose above a labeled limit for a group the client belongs to (citalopram over age 60, zolpidem in "+
			"women).",
		srcFDALabels),
	medRule("MED006", medication.ConcernDuplication, "two agents of one class",
		"Two agents of one class taken together without a stated reason (a cross-taper with a stop date is not "+
			"flagged).",
		srcFDALabels),
	medRule("MED007", medication.ConcernMonitoringOverdue, "monitoring overdue",
		"A test or follow-up a drug's label or a guideline asks for is past due.",
		srcFDALabels, srcADAAPA2004),
	medRule("MED008", medication.ConcernMonitoringDue, "monitoring due soon",
		"A test or follow-up a drug's label or a guideline asks for falls due soon.",
		srcFDALabels, srcADAAPA2004),
	medRule("MED009", medication.ConcernEarlySwitch, "switch before an adequate trial",
		"A drug stopped as ineffective before an adequate trial of its class at a therapeutic dose.",
		srcFDALabels),
	medRule("MED010", medication.ConcernDoseBelowUsual, "dose below the usual range",
		"A dose kept below the usual range long enough that the trial is not adequate.",
		srcFDALabels),
	{
		ID:    "MED011",
		Title: "supplement or substance the catalog cannot screen",
		Doc: "A supplement or substance recorded at intake is not in the medication catalog, so no interaction with " +
			"it can be detected. Info: review it by hand, or add it to a host catalog.",
		Severity:   SeverityInfo,
		Strength:   evidence.StrengthConsensus,
		Sources:    []evidence.Source{srcONC},
		Since:      since,
		Message:    "{kind} at {path} is not in the medication catalog and was not screened for interactions",
		Basis:      "Interactions are detected only for agents the catalog knows; a product it does not know is invisible to the screen.",
		Suggestion: "Review the product's ingredients and interactions by hand, and record the review.",
		Check:      checkUnscreened,
	},
	medRule("MED012", medication.ConcernImplausibleDose, "dose far beyond any labeled maximum",
		"A daily dose more than ten times the labeled maximum: most likely a unit or entry error (50 g for 50 mg). "+
			"Critical, so the order is checked before anything else; the factor is this library's, not a clinical threshold.",
		srcFDALabels),
	medRule("MED013", medication.ConcernNotChecked, "medication check that could not run",
		"A check that needs a dose, a frequency or a start date could not run on a prescription that lacks it; "+
			"every other check ran. Info.",
		srcFDALabels),
}

// medRule builds the rule that reports the concerns of one kind.
func medRule(id string, kind medication.ConcernKind, title, doc string, sources ...evidence.Source) Rule {
	return Rule{
		ID:       id,
		Title:    title,
		Doc:      doc,
		Severity: SeverityWarning,
		Strength: evidence.StrengthRegulatory,
		Sources:  sources,
		Since:    since,
		Message:  "{agents}: {title}",
		Check: func(p *Pass) {
			for _, c := range p.Concerns() {
				if c.Kind == kind {
					p.Report(concernFinding(c))
				}
			}
		},
	}
}

// medSeverity places a medication grade on the one scale: contraindicated
// and a boxed warning that names the combination (or, for a caution, the
// population: valproate when pregnancy is possible) are critical; major
// and moderate are warnings; monitor and info are info.
func medSeverity(c *medication.Concern) Severity {
	switch {
	case c.Severity == medication.SeverityContraindicated, c.Basis == medication.BasisBoxedWarning:
		return SeverityCritical
	case c.Severity == medication.SeverityMajor || c.Severity == medication.SeverityModerate:
		return SeverityWarning
	}
	return SeverityInfo
}

// concernFinding turns a concern into a finding, keeping its grade, text
// and sources.
func concernFinding(c medication.Concern) Finding {
	agents := make([]string, len(c.Agents))
	for i, a := range c.Agents {
		agents[i] = string(a)
	}
	f := Finding{
		Severity: medSeverity(&c),
		Grade:    c.Severity.String(),
		Paths:    c.Paths,
		Values: []Value{
			{"agents", strings.Join(agents, ", ")},
			{"title", c.Title},
			{"concern", c.Rule},
		},
		Basis:      c.Mechanism,
		Suggestion: c.Advice,
		Strength:   c.Strength,
		Sources:    c.Sources,
	}
	if len(c.Paths) > 0 {
		f.Subject = c.Paths[0]
	}
	d := c.Detail
	num := func(name string, x float64) {
		if x != 0 {
			f.Values = append(f.Values, Value{name, strconv.FormatFloat(x, 'f', -1, 64)})
		}
	}
	num("dailyDose", d.DailyDose)
	num("limit", d.Limit)
	if d.Test.Valid() {
		f.Values = append(f.Values, Value{"test", d.Test.String()})
	}
	for _, x := range []struct {
		name string
		v    string
	}{{"due", dateText(d.Due)}, {"last", dateText(d.Last)}, {"planned", dateText(d.Planned)}} {
		if x.v != "" {
			f.Values = append(f.Values, Value{x.name, x.v})
		}
	}
	if d.Days != 0 {
		f.Values = append(f.Values, Value{"days", strconv.Itoa(d.Days)})
	}
	if d.Required != 0 {
		f.Values = append(f.Values, Value{"required", strconv.Itoa(d.Required)})
	}
	if d.Group != "" {
		f.Values = append(f.Values, Value{"group", string(d.Group)})
	}
	if d.ONC != 0 {
		f.Values = append(f.Values, Value{"onc", strconv.Itoa(d.ONC)})
	}
	return f
}

// checkUnscreened reports each intake supplement or substance the catalog
// does not know.
func checkUnscreened(p *Pass) {
	for _, u := range p.st.unscreened {
		kind := "substance"
		if u.supplement {
			kind = "supplement"
		}
		p.Report(Finding{Subject: u.path, Values: []Value{{"kind", kind}, {"path", u.path}}})
	}
}
