// Package traumainformed applies the trauma-informed lens to a treatment
// plan. A trauma-informed approach is not a separate treatment: it is how
// every part of care (assessment, medication, therapy) is delivered. The
// package audits a plan against SAMHSA's six key principles, checks the
// sequence of phase-oriented trauma care, and finds stigmatizing language
// in client-facing text.
//
// # How to use
//
// Build a [Plan] (or decode one from JSON with validation.Decode, which
// reports every problem at its JSON path), then audit it and check its
// phases:
//
//	var p traumainformed.Plan
//	if err := validation.Decode(data, &p); err != nil {
//		return err // a *validation.Error: fields such as "work/0/status"
//	}
//	p.Client = traumainformed.ClientOf(intake) // or decode it with the plan
//	report, err := traumainformed.Audit(p)     // principles, coverage, gaps
//	issues, err := traumainformed.CheckPhases(p)
//	matches := traumainformed.CheckLanguage(letter)
//
// Each function returns a *validation.Error naming every bad field of its
// input, and domain values (a [Gap], a [PhaseIssue], a [Match]) with their
// severity, basis and sources; the root package of this module turns them
// into findings. The package examples show each entry point: Audit,
// CheckPhases, CheckLanguage, ClientOf, LookupPractice, NewCatalog, and
// decoding a plan.
//
// # Principles
//
// SAMHSA's "Concept of Trauma and Guidance for a Trauma-Informed Approach"
// (2014, https://store.samhsa.gov/product/samhsas-concept-trauma-and-guidance-trauma-informed-approach/sma14-4884)
// names six key principles: Safety; Trustworthiness and Transparency; Peer
// Support; Collaboration and Mutuality; Empowerment, Voice and Choice; and
// Cultural, Historical, and Gender Issues. [Principles] returns them with
// what each means, how it shows in a plan, and why it matters for
// integrated care. SAMHSA's ten implementation domains ([Domains]) describe
// the organization rather than one plan and are listed for reference, in
// the order of the 2014 document (its text and its Sample Questions chart
// list them in the same order).
//
// # Practices and the audit
//
// A [Practice] is something concrete a plan can record: consent and the
// right to decline before sensitive questions, the rationale of each
// medication and therapy explained, predictable scheduling, shared
// decisions with the options discussed, a choice of clinician gender, care
// and materials in the client's preferred language, a peer or group
// component, skills building, a safety plan made with the client, cultural
// adaptation of the model, and more. Each practice serves one or more
// principles. SAMHSA names principles, not practices, so the mapping is
// this package's reading of SAMHSA's descriptions, and each practice cites
// its sources. A plan names a practice by its ID or by one of its aliases
// ("shared-decision-making" for "shared-decisions-recorded", in any case,
// with spaces or underscores for hyphens); results always name it by ID.
//
// [Audit] reports, principle by principle, which of the plan's practices
// serve it ([Coverage]) and what is missing ([Gap]), each gap with what to
// add, why, and its sources. A principle no practice serves is an info
// suggestion, not a warning; a practice the client was offered and
// declined, or one not suited to the client's age ([Plan.NotDone]),
// closes the gap its absence would open. The client context ([Client],
// built from an intake with [ClientOf]) adds gaps for care or materials
// not in the client's preferred language (matched by base language and
// script after canonicalization with golang.org/x/text/language, so es-MX
// is served by es but zh-Hant is not served by zh-Hans) and for culture
// notes the plan does not reflect. Language tags reach a report only in
// normal form: canonical, without extensions or private-use subtags.
//
// # Universal precautions
//
// SAMHSA's approach expects the presence of trauma in the lives of the
// people served. The audit therefore reports the same gaps, with the same
// severity, whether a client reported trauma, reported none, was not
// asked, or declined to say: disclosure changes only the explanation
// ([Disclosure]). A client who declined is served by the same lens, and
// nothing in this package suggests asking again.
//
// # Phase-oriented trauma care
//
// Phase-oriented guidance (Herman 1992; ISTSS expert consensus guidelines
// for complex PTSD, 2012) sequences care as stabilization, trauma
// processing, then integration. A plan records readiness signals for
// processing ([Signals]: a safety plan in place, coping and grounding
// skills established, no acute suicide risk, substance use stable enough
// to engage) and its therapy [Work] in order, each item with a modality
// from package modality, a phase, or both. [CheckPhases] reports trauma
// processing scheduled while the plan records the client as not ready,
// readiness not recorded, processing with no stabilization first, and a
// client who destabilized without a return to stabilization work.
//
// The evidence is contested: De Jongh et al. (2016) found no rigorous
// evidence that a stabilization phase is needed, and the VA/DoD PTSD
// guideline (2023) holds that co-occurring conditions should not preclude
// trauma-focused therapy. Every [PhaseIssue] is therefore a warning or
// info, never critical, and cites both sides (Supporting and Contesting).
// When every readiness signal is recorded as met, no stabilization phase
// is asked for.
//
// # Language
//
// [CheckLanguage] finds stigmatizing terms in client-facing text and
// returns their byte offsets; [LookupTerm] gives the person-first
// alternatives ("person with a substance use disorder" for "addict", "not
// taking as prescribed" for "non-compliant", "died by suicide" for
// "committed suicide") and the sources: NIDA's "Words Matter", ONDCP's
// "Changing the Language of Addiction" (2017), Botticelli and Koh (JAMA
// 2016), Kelly and Westerhoff (2010), Volkow, Gordon and Koob (2021), the
// AP Stylebook's suicide entry (2015), Healy et al. (2022) and Granello and
// Gibbs (2016). Matching is by whole words, case-insensitive and
// width-insensitive (golang.org/x/text cases.Fold after NFKC
// normalization), so "addiction" is not "addict". Phrases with a
// non-stigmatizing meaning are excepted ("alcoholic beverages", "child
// abuse" is not "drug abuse").
//
// # Catalogs
//
// A [Catalog] holds the practices plans are audited against and the terms
// text is checked for. [Builtin] is the catalog this module ships, and the
// package-level functions ([Audit], [CheckLanguage], [LookupPractice], …)
// use it. A host builds its own with [NewCatalog] from a [Data]: NewCatalog
// holds exactly the data it is given, so a host extends the built-in
// content by appending to [BuiltinData] and replaces it by passing only
// its own. A host that defines its own modalities passes its modality
// catalog to [CheckPhases] with [WithModalities].
//
// # Output
//
// Results are domain values with a [Severity] of info or warning, an
// evidence strength and sources; the root package turns them into
// findings. Malformed input is a *validation.Error naming every bad field;
// error texts never repeat what a client or clinician typed. Everything is
// pure computation, deterministic and safe for concurrent use.
package traumainformed
