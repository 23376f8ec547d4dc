package integrative

import (
	"strings"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/modality"
)

// The psychotherapy rules: package modality's coherence checks of the
// plan's psychotherapy, one rule per problem, keeping modality's grade
// (info or warning). The order of trauma care (processing before
// stabilization) is checked once, by the TIC rules, from the plan's
// readiness record; modality's own check of it does not run here.
var modRules = []Rule{
	modRule("MOD001", modality.ProblemNoHome, "assimilative plan without one home orientation",
		"An assimilative plan needs exactly one home orientation, a single school of psychotherapy, that imported "+
			"techniques are assimilated into."),
	modRule("MOD002", modality.ProblemUnexplainedImport, "technique imported without a rationale",
		"An assimilative plan brings in a technique or modality from outside its home orientation without saying "+
			"how it fits the home theory."),
	modRule("MOD003", modality.ProblemTooFewOrientations, "theoretical integration of fewer than two orientations",
		"A theoretically integrated plan merges fewer than two psychotherapy orientations."),
	modRule("MOD004", modality.ProblemNoFramework, "theoretical integration without a unifying framework",
		"A theoretically integrated plan names no framework that unifies the orientations it merges."),
	modRule("MOD005", modality.ProblemNoIndication, "eclectic component without an indication",
		"A technically eclectic plan has a component without an indication for this client."),
	modRule("MOD006", modality.ProblemNoFactors, "common-factors plan targets no factor",
		"A common-factors plan names no common factor it targets."),
	modRule("MOD007", modality.ProblemUnmonitoredFactor, "common factor not monitored",
		"A common-factors plan targets a factor without saying how it is monitored."),
	modRule("MOD008", modality.ProblemConflictingStances, "directive and non-directive work together",
		"Directive and non-directive work planned together in one phase without a rationale."),
	modRule("MOD009", modality.ProblemUnexplainedChange, "change of technique not explained to the client",
		"A component replaces another without an explanation given to the client."),
	modRule("MOD010", modality.ProblemAgeFit, "modality outside its age range",
		"A modality planned for a client outside the age range it was developed and tested for."),
	modRule("MOD011", modality.ProblemUntrainedClinician, "clinician without recorded training",
		"A clinician delivers a psychotherapy with no recorded training, certification or supervision in it."),
	modRule("MOD012", modality.ProblemPhaseMismatch, "modality in a phase it does not fit",
		"A modality planned in a phase of trauma care the catalog does not place it in."),
	modRule("MOD013", modality.ProblemEmergingEvidence, "modality with emerging evidence",
		"A modality whose evidence is emerging: reported so the client can be told, never as a fault."),
}

// modRule builds the rule that reports one kind of incoherence.
func modRule(id string, problem modality.Problem, title, doc string) Rule {
	return Rule{
		ID:       id,
		Title:    title,
		Doc:      doc + " Keeps modality's grade (info or warning).",
		Severity: SeverityWarning,
		Strength: evidence.StrengthConsensus,
		Sources:  []evidence.Source{srcNorcross2019},
		Since:    since,
		Message:  "{problem} ({paths})",
		Check: func(p *Pass) {
			for _, in := range p.Incoherences() {
				if in.Problem != problem {
					continue
				}
				f := Finding{
					Severity: modSeverity(in.Severity),
					Grade:    in.Severity.String(),
					Paths:    in.Paths,
					Values: []Value{
						{"problem", in.Problem.String()},
						{"paths", strings.Join(in.Paths, ", ")},
						{"subjects", strings.Join(in.Subjects, ", ")},
					},
					Basis:      in.Explanation,
					Suggestion: in.Action,
					Strength:   evidence.StrengthConsensus,
					Sources:    in.Sources,
				}
				if len(in.Paths) > 0 {
					f.Subject = in.Paths[0]
				}
				p.Report(f)
			}
		},
	}
}

func modSeverity(s modality.Severity) Severity {
	if s == modality.SeverityWarning {
		return SeverityWarning
	}
	return SeverityInfo
}
