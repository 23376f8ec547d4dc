// Package medication models what a person takes — prescribed drugs,
// alcohol and other substances, herbs and supplements — and checks it for
// safety: interactions, switch washouts, dose limits, therapeutic
// duplication, monitoring due, adequate trials, and cautions for the
// person's conditions, age and pregnancy. It is decision support: every
// [Concern] carries its mechanism, what to do, the strength of the evidence
// and the sources, so a clinician can see why it was raised.
//
// # Catalog
//
// An [Agent] is a catalog entry of one [Kind] (drug, substance or
// supplement): generic name, brand names, synonyms, the RxNorm ingredient
// code where it was verified (see [RxCUI]), its [Class], the pharmacological
// [Properties] that drive interactions (serotonergic, MAO inhibition, QT
// prolongation, CNS depression, CYP1A2/2D6/3A4 inhibition or induction,
// lowering of the seizure threshold, raising lithium levels, ...), labeled
// and usual adult doses with population limits (citalopram 20 mg a day over
// age 60; zolpidem in women), washout intervals and boxed warnings. An
// agent inherits the properties, warnings and trial length of its class
// ([ClassInfo]); every property claim, dose and warning carries its own
// sources. [CatalogVersion] stamps the content.
//
// The built-in catalog covers the psychiatric drugs a clinic prescribes
// (SSRIs, SNRIs, tricyclics, MAOIs including the selegiline patch,
// bupropion, mirtazapine, trazodone, vilazodone, vortioxetine, lithium,
// valproate, lamotrigine, carbamazepine, oxcarbazepine, first- and
// second-generation antipsychotics including clozapine, benzodiazepines,
// zolpidem, buspirone, hydroxyzine, prazosin, gabapentinoids, stimulants,
// atomoxetine, guanfacine, clonidine, methadone, buprenorphine, naltrexone,
// acamprosate, disulfiram, esketamine), the non-psychiatric drugs that
// interact with them (opioid analgesics, tramadol, triptans, linezolid,
// methylene blue, NSAIDs, ACE inhibitors, ARBs, thiazides, tizanidine,
// ciprofloxacin, warfarin, HIV protease inhibitors), substances (alcohol, cannabis, tobacco, nicotine,
// illicit opioids, non-prescribed benzodiazepines, cocaine,
// methamphetamine, MDMA, kratom) and supplements (St John's wort, SAMe,
// 5-HTP, L-tryptophan, kava, valerian, ginkgo, omega-3, melatonin,
// L-methylfolate). A host extends it with [BuiltinData] and [NewCatalog].
//
// # Names
//
// [Resolve] and [ResolveID] accept a generic or brand name, a synonym or an
// RxNorm code, in any case, with or without accents, in full-width forms
// and with any spacing or punctuation ("St. John's Wort", "ＳＥＲＴＲＡＬＩＮＥ",
// "sertraline hydrochloride 50 mg"). Case is folded with golang.org/x/text
// cases.Fold and text normalized with unicode/norm; ASCII input takes an
// allocation-free fast path. An unknown name gives an *[UnknownNameError]
// that suggests the nearest catalog names and never repeats the input.
//
// # Regimen
//
// A [Regimen] holds prescriptions (dose, frequency, route, release, as
// needed or scheduled, start, dose changes, stop and stop reason, and a
// stated rationale for unusual choices), supplements and substances
// ([FromIntake] converts those of an assessment.Intake), adherence reports
// in person-first terms ([TakingAsPrescribed], [NotTakingAsPrescribed]),
// side effects, education given, and monitoring done or planned.
// [Regimen.Validate] returns one *validation.Error naming every malformed
// field; it never judges clinical choices.
//
// # Checks
//
// [Review] validates a regimen with a [Context] (evaluation date, client,
// conditions) and runs every check; [Screen] runs only the pairwise
// interaction screen on a list of agent IDs. The checks are:
//
//   - Interactions, from a declarative table of [Rule]s keyed on
//     properties, classes and specific agents, so a new drug inherits the
//     rules that fit it: serotonin syndrome combinations; MAOIs with
//     serotonergic drugs, stimulants, serotonergic opioids and triptans;
//     QT-prolonging drugs together; opioids with benzodiazepines, alcohol
//     and other CNS depressants (FDA boxed warning, 2016), with the FDA's
//     2017 advice not to withhold buprenorphine or methadone; hydroxyzine
//     and clonidine with alcohol (their labels); CYP1A2 inhibition
//     (fluvoxamine and ciprofloxacin with tizanidine, ramelteon, clozapine,
//     melatonin); lithium with NSAIDs, ACE inhibitors, ARBs and
//     thiazides; valproate with lamotrigine; CYP3A4 induction by
//     carbamazepine and St John's wort; disulfiram with alcohol; naltrexone
//     with opioids; methadone with buprenorphine. Every psychiatric pair of
//     the ONC high-priority list (Phansalkar et al., JAMIA 2012) is covered
//     and its number recorded. A specific rule supersedes a general one for
//     the same pair.
//   - Washouts between a stopped drug and one started after it (14 days
//     around an MAOI, 5 weeks after fluoxetine), measured stop to start.
//   - Doses above the labeled maximum or a population limit, and doses kept
//     below the usual range for longer than an adequate trial.
//   - Therapeutic duplication without a stated reason or planned end.
//   - Monitoring due or overdue: lithium levels, renal and thyroid
//     function; valproate liver tests and blood counts; carbamazepine
//     blood count and HLA-B*15:02; clozapine ANC; the ADA/APA metabolic
//     schedule for second-generation antipsychotics; early follow-up after
//     starting or changing an antidepressant, sooner at age 25 or under.
//   - Switches judged before an adequate trial.
//   - Cautions by condition group, pregnancy and age (bupropion with
//     seizures or eating disorders, valproate in pregnancy or when pregnancy
//     is possible, St John's wort in bipolar disorder, antipsychotics in
//     dementia, QT-prolonging drugs in long QT syndrome, acamprosate in
//     chronic kidney disease).
//
// # Severity and evidence
//
// [Severity] grades run from info through monitor, moderate and major to
// contraindicated. Grades follow the evidence: a label contraindication or
// an ONC pair is contraindicated; a signal from case reports or mechanism
// alone stays at monitor or moderate, with [evidence.StrengthEmerging]. Facts
// that could not be sourced are left out rather than guessed: there is no
// rule for melatonin with sertraline, and dose limits are given only where
// a label or textbook table was read.
//
// # Sources
//
// The main sources are FDA labels and Drug Safety Communications, the ONC
// high-priority list (https://pmc.ncbi.nlm.nih.gov/articles/PMC3422823/),
// NICE NG222 and the lithium monitoring advice in NICE Clinical Knowledge
// Summaries, the ADA/APA consensus on antipsychotics and diabetes
// (https://doi.org/10.2337/diacare.27.2.596), and the reviews and case
// reports cited on each entry.
package medication
