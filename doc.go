// Package integrative is the root of an embeddable library of integrative
// mental-health assessment logic: the whole-person intake and validated
// screening instruments, psychiatric medication safety, psychotherapy
// modalities and their integration, the trauma-informed lens, and the
// integrated treatment plan that ties them together and is checked as a
// whole.
//
// Integrative psychiatry treats the whole person: medication management
// and psychotherapy and lifestyle (sleep, nutrition, movement), meaning and
// purpose, supplements and non-Western practices, and substance use treated
// together with mental health, all delivered through a trauma-informed lens
// with the client as a partner. Behavioral-health software (EHRs, intake
// apps, telepsychiatry and measurement-based-care platforms, clinical
// decision support services) imports this module to do that work
// consistently and with its sources shown.
//
// # How to use
//
// Build a [Plan] (or decode one from its JSON form with [DecodePlan]) and
// [Check] it:
//
//	plan, err := integrative.DecodePlan(data) // *validation.Error with JSON paths
//	report, err := integrative.Check(plan)    // error only for a malformed plan
//	for _, f := range report.Findings {
//		fmt.Println(f.Severity, f.Rule, f.Message())
//	}
//	report.WriteText(os.Stdout) // for a clinician, with numbered sources
//
// # The plan: every fact once
//
// A [Plan] holds the intake (an assessment.Intake), the medication part
// (prescriptions, adherence, side effects, education, monitoring), the
// psychotherapy part (integration strategy and components), how care is
// delivered (trauma-informed practices, languages, readiness), the care
// team and its coordination, problems, goals, objectives and the
// interventions that serve them, decisions made with the client, safety,
// re-measurement, lifestyle care, referrals and acknowledgements. Each fact
// is held once and each leaf package's input is derived from it: the
// client's age, sex and pregnancy, conditions, languages, supplements and
// substances come from the intake; the clinicians and their competencies
// from the team; the order of trauma-focused work from the components; the
// trauma-informed practices the plan's own records show (a safety plan
// made with the client, shared decisions, goals in the client's words, a
// peer or group offer, explanations given) are credited without being
// entered twice.
//
// A plan without medication, or without psychotherapy, is valid: missing
// care is a finding, never an error. Malformed input (a dangling key, an
// unknown code, a date after the evaluation date, a bad enumeration) is one
// *validation.Error that names every problem by its JSON path
// ("goals/2/problem", "intake/client/sex"), and never repeats what a client
// or clinician typed.
//
// # Findings and the one severity scale
//
// A [Finding] carries its rule, its [Severity] (info, warning, critical:
// the CDS Hooks card indicators), the leaf package's own grade where there
// is one, the paths of the plan elements involved, the values that
// triggered it, the basis, a suggestion, the evidence strength and the
// sources. [Severity] documents how the leaf packages' grades map to the one
// scale. Findings are sorted by severity, rule and subject; a clinician's
// [Acknowledgement] keeps a finding in the report, marked with the reason.
//
// # Rules
//
// The rule catalog ([Rules]) lists every rule with a stable ID by family:
// ASM (what the intake's instruments raise, such as an unaddressed suicide
// risk flag), MED (package medication's review of everything the client
// takes), MOD (psychotherapy integration coherence), TIC (trauma-informed
// care), and PLN, the rules no leaf package can run alone: every condition
// addressed; co-occurring mental health and substance use treated together
// with addiction expertise; evidence-based pairings by condition group
// (depression, bipolar disorder, PTSD, OCD, panic disorder, GAD, insomnia,
// alcohol and opioid use disorders); positive screens followed up;
// whole-person domains assessed and cared for; client agency (goals in the
// client's words, shared decisions, stated preferences); the team
// (prescriber, clinicians, coordination); and measurement-based care
// (re-measurement, response after an adequate trial). Choose rules with
// [WithRules] and [WithoutRules], add a host's own with [WithHostRules], and
// pass host catalogs with [WithAssessmentCatalog], [WithMedicationCatalog],
// [WithModalityCatalog] and [WithPracticeCatalog].
//
// # Packages
//
// The packages layer strictly; imports only point up:
//
//	evidence          citations (Source) and evidence strength
//	validation        input errors: one Error listing every FieldError;
//	                  strict JSON decoding with paths
//	assessment        the person: client context, intake domains, conditions
//	                  (ICD-10-CM), instruments and scores, screening
//	                  cascades, measurement over time, FHIR import
//	medication        what is prescribed or taken, and its safety
//	modality          psychotherapy modalities and integration strategies
//	traumainformed    SAMHSA's six principles and phase-oriented trauma care
//	integrative       the whole plan and its consistency checks (this package)
//
// Each domain package is useful on its own: a host can score a PHQ-9 with
// package assessment without building a plan.
//
// # Decision support, not decisions
//
// The module is clinician decision support. It never decides: every
// finding, flag and score carries the basis for it and the sources a
// clinician can check (the FDA's Clinical Decision Support Software
// guidance, criterion 4).
//
// # Data and concurrency
//
// The module holds no direct identifiers (no names, addresses, dates of
// birth or record numbers): the host keeps identity; plan keys are
// plan-local labels. Every function is pure computation: no I/O, no
// logging, no clock (the plan's AsOf date decides what is due), so the same
// input gives byte-identical output. Catalogs are immutable after
// construction, and every exported function and method is safe for
// concurrent use.
package integrative
