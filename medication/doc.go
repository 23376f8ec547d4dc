// Package medication models what a person takes — prescribed drugs,
// alcohol and other substances, herbs and supplements — and checks it for
// safety: interactions, switch washouts, dose limits, therapeutic
// duplication, monitoring due, adequate trials, and cautions for the
// person's conditions, age and pregnancy. It is decision support: every
// [Concern] carries its mechanism, what to do, the strength of the evidence
// and the sources, so a clinician can see why it was raised.
//
// # How to use
//
// Read orders as prescribers type them with [ParseOrder] (or resolve names
// with [ResolveID]), put them in a [Regimen] with the person's supplements
// and substances ([FromIntake] converts an assessment.Intake), and call
// [Review] with a [Context] (evaluation date, client, conditions). A host
// receiving JSON decodes with [DecodeRegimen] and [DecodeContext], whose
// errors name the JSON path of every problem. [Screen] checks a list of
// agents for interactions only.
//
//	order, err := medication.ParseOrder("lithium carbonate ER 300 mg BID")
//	...
//	reg := medication.Regimen{Prescriptions: []medication.Prescription{order.Prescription(start)}}
//	concerns, err := medication.Review(reg, medication.Context{AsOf: today, Client: client})
//
// Concerns come sorted, most severe first. Bad input is a
// *validation.Error naming each bad field by path (reachable with
// errors.Is and errors.As); no error text repeats what a user typed.
//
// # Catalog
//
// An [Agent] is a catalog entry of one [Kind] (drug, substance or
// supplement): generic name, brand names, synonyms, the RxNorm ingredient
// code where it was verified (see [RxCUI]), its [Class], the pharmacological
// [Properties] that drive interactions, labeled and usual adult doses with
// population limits (citalopram 20 mg a day over age 60; zolpidem in
// women), single-dose maxima (immediate-release bupropion 150 mg) and
// indication-dependent maxima (paroxetine 60 mg for OCD and panic
// disorder), products dosed by their own label ([Product]: Aplenzin,
// Prozac Weekly), the ingredients of a combination product, washout
// intervals and boxed warnings. An agent inherits the properties, warnings
// and trial length of its class ([ClassInfo]); every property claim, dose
// and warning carries its own sources. [CatalogVersion] stamps the content.
//
// There is one extension pattern: [BuiltinData] returns a copy of the
// built-in content, and [NewCatalog] builds a catalog from exactly the data
// it is given — it replaces, never merges. To extend the built-in catalog,
// take BuiltinData, append or edit entries, and pass the result to
// NewCatalog; to replace it, pass your own Data. Because rules match agents
// by property and class, an added agent with the right class and
// properties inherits every rule that fits it. Accessors return copies, and
// nothing a check returns shares memory with the catalog.
//
// # Coverage
//
// The built-in catalog covers:
//
//   - antidepressants: the SSRIs and SNRIs, tricyclics, the MAOIs
//     (including the selegiline patch and moclobemide), bupropion
//     (immediate, sustained and extended release, and Aplenzin),
//     mirtazapine, trazodone, nefazodone, vilazodone, vortioxetine,
//     gepirone, zuranolone, esketamine, dextromethorphan-bupropion;
//   - mood stabilizers: lithium, valproate, lamotrigine, carbamazepine,
//     oxcarbazepine;
//   - antipsychotics: first-generation (haloperidol, chlorpromazine,
//     fluphenazine, loxapine, perphenazine, pimozide, thioridazine,
//     zuclopenthixol) and second-generation (aripiprazole, asenapine,
//     brexpiprazole, cariprazine, clozapine, iloperidone, lumateperone,
//     lurasidone, olanzapine, paliperidone, quetiapine, risperidone,
//     ziprasidone), olanzapine-samidorphan, olanzapine-fluoxetine,
//     xanomeline-trospium;
//   - anxiolytics and hypnotics: benzodiazepines (including temazepam),
//     zolpidem, eszopiclone, zaleplon, suvorexant, lemborexant,
//     daridorexant, ramelteon, buspirone, hydroxyzine, prazosin,
//     gabapentinoids, sodium oxybate;
//   - ADHD and wakefulness: stimulants, atomoxetine, viloxazine,
//     guanfacine, clonidine, modafinil, armodafinil;
//   - substance use treatment: methadone, buprenorphine,
//     buprenorphine-naloxone, naltrexone, acamprosate, disulfiram,
//     lofexidine;
//   - movement and cognition: valbenazine, deutetrabenazine, donepezil,
//     memantine;
//   - interacting drugs a psychiatric regimen meets: opioid analgesics,
//     tramadol, triptans (and sumatriptan-naproxen), linezolid, methylene
//     blue, NSAIDs, aspirin, ACE inhibitors, ARBs, thiazides, tizanidine,
//     ciprofloxacin, clarithromycin, ketoconazole, warfarin, HIV protease
//     inhibitors, cyclosporine, combined oral contraceptives,
//     levothyroxine;
//   - substances: alcohol ("EtOH"), cannabis and tobacco (smoking induces
//     CYP1A2), nicotine, illicit opioids, non-prescribed benzodiazepines,
//     cocaine, methamphetamine, MDMA, kratom;
//   - supplements: St John's wort, SAMe, 5-HTP, L-tryptophan, kava,
//     valerian, ginkgo, omega-3, melatonin, L-methylfolate.
//
// Left out for want of a checked source: topiramate, solriamfetol,
// varenicline, brexanolone, benztropine, racemic ketamine and
// liothyronine. A fact that could not be sourced is left out rather than
// guessed.
//
// # Grading policy
//
// Every interaction [Rule] records the [Basis] of its grade and the label
// (or ONC panel) wording it rests on ([Rule.Wording]), and its
// [Severity] is the basis's ([Basis.Severity]):
//
//   - a label contraindication, or a pair on the ONC high-priority list,
//     is contraindicated ([BasisContraindicated]);
//   - a boxed warning on the combination ([BasisBoxedWarning]) or label
//     wording "avoid" or "not recommended" ([BasisAvoid]) is major;
//   - a dose adjustment, close monitoring or caution the label asks for,
//     or a risk its warnings name, is moderate ([BasisAdjust]);
//   - a theoretical interaction, case reports, or an effect a label
//     describes without an instruction, is monitor ([BasisTheoretical]).
//
// A test holds every built-in rule to this policy. A [Concern] of an
// interaction carries its rule's basis, so a host can mark a combination
// named in a boxed warning.
//
// # Checks
//
// [Review] runs every check; [Screen] only the interactions:
//
//   - Interactions, from [Rule]s keyed on properties, classes and specific
//     agents, so a new drug inherits the rules that fit it. The rules model
//     mechanisms, not lists of pairs: CYP1A2, 2B6, 2C9, 2C19, 2D6 and 3A4
//     inhibitors and inducers by strength against the drugs whose labels
//     name them, and prodrugs whose activation an inhibitor blocks
//     (codeine, tramadol); two or more serotonergic agents; CNS-depressant
//     load (opioids with benzodiazepines, alcohol and other depressants,
//     with the FDA's advice not to withhold buprenorphine or methadone);
//     drugs that lower the seizure threshold together; QT-prolonging drugs
//     together, tiered by the drugs' own labels; serotonin-reuptake
//     inhibitors with anticoagulants, antiplatelets and NSAIDs; MAOIs with
//     every agent their labels or the other drug's label exclude
//     (antidepressants including bupropion, all opioids, sympathomimetics,
//     serotonergic supplements, CNS depressants for phenelzine); lithium
//     with drugs that raise its level. Every psychiatric pair of the ONC
//     high-priority list is covered and its number recorded. A specific
//     rule supersedes a general one for the same pair. A combination
//     product is checked as its ingredients (never against each other),
//     each concern naming the ingredient and the product's path.
//   - Washouts between a stopped drug and one started after it, both ways
//     round (14 days around an MAOI, 5 weeks after fluoxetine, 3 weeks
//     after vortioxetine), measured stop to start.
//   - Doses: daily and single doses above the labeled maximum, for the
//     release and product prescribed and the person's indications; above
//     a population limit; kept below the usual range for longer than an
//     adequate trial. A dose more than [ImplausibleFactor] times the
//     maximum is reported as [ConcernImplausibleDose] at the highest
//     severity, not as a validation error: such doses come from records
//     (50 g written for 50 mg), and refusing the whole review would hide
//     every other concern. Amounts above [MaxDoseAmount] are invalid.
//   - Therapeutic duplication without a stated reason or planned end.
//   - Monitoring due or overdue: lithium levels, renal and thyroid
//     function; valproate liver tests and blood counts; carbamazepine
//     blood count and HLA-B*15:02; clozapine ANC; glucose and lipids 4
//     months after starting an antipsychotic and yearly (APA 2020), weight,
//     waist and blood pressure (APA 2020 and the 2004 ADA/APA consensus),
//     an ECG before the QT-prolonging antipsychotics; early follow-up after
//     starting or changing an antidepressant, sooner at age 25 or under.
//   - Switches judged before an adequate trial.
//   - Cautions by condition group (confirmed or provisional), pregnancy
//     and age.
//
// A substance or supplement counts as taken when used in the past year,
// not after an [Use.AbstinentSince] date, and, when a last-use date is
// known, only if it falls within [DefaultCurrentUseDays] (see
// [WithCurrentUseDays]). A prescription may leave out its dose, frequency
// or start date; the checks that need them report [ConcernNotChecked]
// (info), naming the check in Rule, and every other check runs.
//
// # Limits
//
// Every collection a host sends has a limit ([MaxPrescriptions],
// [MaxUses], [MaxRecords], [MaxDoseChanges], [MaxConditions],
// [MaxOrderLen]); the overlap check sorts, and Review's work grows
// linearly with a regimen's history.
//
// # Sources
//
// The main sources are FDA labels, boxed warnings and Drug Safety
// Communications, the ONC high-priority list
// (https://pmc.ncbi.nlm.nih.gov/articles/PMC3422823/), the FDA and PKIS
// tables of CYP inhibitors and inducers, the APA 2020 schizophrenia
// guideline, NICE NG222 and the lithium monitoring advice in NICE Clinical
// Knowledge Summaries, the ADA/APA consensus on antipsychotics and diabetes
// (https://doi.org/10.2337/diacare.27.2.596), and the reviews and case
// reports cited on each entry.
package medication
