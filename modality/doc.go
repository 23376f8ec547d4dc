// Package modality models what is done in psychotherapy and whether the way
// a plan combines therapies hangs together.
//
// # How to use
//
// Decode a psychotherapy plan a host receives as JSON with [DecodePlan]
// (or build a [Plan] in Go with the ID constants such as [CPT] and
// [TechniqueSkillsTraining]), then call [Check]: a malformed plan is one
// *[validation.Error] naming each problem by its JSON path, and a
// well-formed one gives the [Incoherence] values a clinician should
// review, each with its basis and sources. [ForCondition] and [FirstLine]
// list the guideline-recommended psychotherapies for a condition group of
// package assessment, each with the population it covers
// ([Indication.Covers]); [ResolveID] turns the names people type into IDs.
// The Examples of DecodePlan, Check, FirstLine, ResolveID and NewCatalog
// show each step.
//
// # Catalog
//
// The built-in [Catalog] ([Builtin]) holds three linked tables, each entry
// with its own sources:
//
//   - Orientations ([Orientations]): the schools of psychotherapy
//     (psychodynamic, cognitive-behavioral, humanistic-experiential,
//     systemic and family, interpersonal, third-wave, integrative) and the
//     supporting interventions an integrative plan draws on
//     (psychoeducation, lifestyle, mindfulness practice, peer support,
//     neurofeedback).
//   - Techniques ([Techniques]): cognitive restructuring, exposure in its
//     forms, response prevention, behavioral activation, skills training,
//     interpretation, free association, empathic reflection, chair work,
//     mindfulness, psychoeducation, motivational interviewing, play, and
//     more, each with the orientation it comes from and its [Stance].
//   - Modalities ([All], [Lookup]): CBT, CBT-I, CBT-based self-help,
//     TF-CBT, CPT, PE, EMDR, cognitive therapy for PTSD, written exposure
//     therapy, narrative exposure therapy, brief eclectic psychotherapy,
//     ERP, behavioral activation, problem-solving therapy, applied
//     relaxation, DBT, DBT-A, ACT, MBCT, IPT, IPSRT, family-focused
//     therapy, family intervention for psychosis, psychoeducation,
//     short-term psychodynamic psychotherapy, person-centered and
//     emotion-focused therapy, motivational interviewing, contingency
//     management, family and couples therapy, play therapy, parent
//     training, RFP-C, group psychotherapy, peer support, the lifestyle
//     interventions, mindfulness practice and neurofeedback. Each records
//     its orientations, techniques, stance, whether it is trauma-focused,
//     the phases of trauma care it fits, the age range it was developed
//     for, its indications by condition group, and the overall strength
//     of its evidence.
//
// An [Indication] keeps the context of its recommendation: its standing
// ([Line]), the population it was made for ([Population], with an age
// range where the source states one) and the role the therapy plays
// ([Role]: a treatment in its own right, or an adjunct to medication).
// [ForCondition] answers "what is recommended for OCD?" for plan editors,
// strongest standing first; [FirstLine] lists the first-line indications.
// Both return [Match] values, so a plan check can use [Indication.Covers]
// to tell a child's plan with prolonged exposure (first-line for adults)
// from an adult's. Indications come from guidelines: VA/DoD (PTSD 2023,
// MDD 2022, SUD 2021), APA (PTSD 2017), NICE (NG222, CG113, CG159, CG178,
// CG158, CG31, CG78, NG69), ACP and AASM (insomnia), CANMAT/ISBD 2018
// (bipolar disorder), ISTSS 2019 and AACAP (childhood PTSD). RFP-C's single
// indication is marked [LineEmerging]: one waitlist-controlled trial.
//
// # Extending the catalog
//
// [BuiltinContents] gives deep copies of the built-in entries and
// [NewCatalog] builds a catalog from contents. A catalog holds exactly what
// it was built from: to extend the built-in catalog with a clinic's own
// program, append to [BuiltinContents] and build; to replace it, build
// from your own entries alone. Check plans with that catalog's methods.
// [ResolveID] and [ResolveTechniqueID] map the names people type ("CBT",
// "prolonged exposure") to IDs, suggesting the nearest catalog names when
// nothing matches; the exported constants ([CBT], [PE],
// [TechniqueCognitiveRestructuring], ...) name every built-in entry.
//
// # Stances
//
// A [Stance] places a technique on four dimensions: [Direction] (directive,
// guiding, non-directive, after Miller and Rollnick's communication
// styles), [Structure], [TimeFocus] and [Mechanism]. Directive and
// non-directive work conflict ([Stance.Conflicts]); structured skills work
// ([Stance.SkillsBased]) is what phase-oriented trauma care puts first.
//
// # Integration strategies
//
// Norcross and Goldfried's Handbook of Psychotherapy Integration organises
// integrative therapies under four routes, the values of [Strategy]:
// [TheoreticalIntegration] (two or more theories synthesised in one
// framework, such as Prochaska and DiClemente's transtheoretical model),
// [CommonFactors] (building on what effective therapies share: alliance,
// empathy, expectations, goal consensus, per Wampold's contextual model),
// [TechnicalEclecticism] (techniques chosen for what works for whom, as in
// Lazarus's multimodal therapy) and [AssimilativeIntegration] (one home
// theory that imports techniques, which take their meaning from it, as
// Messer described).
//
// # Plans and coherence
//
// A [Plan] records its strategy and what the strategy needs (home
// orientation; merged orientations and unifying framework; targeted
// common factors and how they are monitored), its components (modality or
// technique, rationale, client-facing explanation, frequency, clinician,
// timing, replacements, and for trauma-focused work the phase of trauma
// care), the clinicians with their recorded competencies, the client's age
// and whether the client is recorded as not yet stable. Every list has a
// documented limit ([MaxComponents], [MaxClinicians], ...).
// [Catalog.Validate] reports malformed plans as one *[validation.Error].
// [Check] returns, for a well-formed plan, the [Incoherence] values a
// clinician should review: strategies missing their defining parts, plans
// with two homes, conflicting stances without a rationale (the
// "syncretism" the integration literature warns about), changes of
// technique without an explanation for the client, processing or insight
// work before stabilization in a client not yet stable, age fit,
// clinicians without recorded training or supervision, phase mismatches
// and emerging evidence. Severities mirror CDS Hooks indicators. The
// stabilization-first check is a warning at most: the ISTSS 2012
// consensus guidelines recommend phase-based treatment for complex PTSD,
// while De Jongh and colleagues (2016) found no evidence that a
// stabilization phase is needed.
//
// # Sources and omissions
//
// Every catalog entry cites sources that were checked; facts that could
// not be confirmed are left out rather than guessed. Not in the catalog
// for that reason: indications for person-centered and emotion-focused
// therapy, motivational interviewing and couples therapy (the guideline
// text naming them was not read); psychotherapy indications for alcohol
// use disorder, hoarding disorder and excoriation disorder; DBT-A's
// indication for self-harm, which is not a condition group in package
// assessment; present-centered therapy and mindfulness-based stress
// reduction for PTSD (suggested by VA/DoD 2023; not added); CBT as
// first-line for GAD (NICE CG113 places low-intensity self-help first and
// CBT at step 3); EMDR's age range; age ranges other than those of TF-CBT
// (3–18), CPT (14 and over), PE (13 and over), DBT-A (12–19), play
// therapy (3–12), parent training (3–11) and RFP-C (5–12); and phase
// claims other than those of trauma-focused modalities (processing,
// TF-CBT all three) and DBT and DBT-A (stabilization).
package modality
