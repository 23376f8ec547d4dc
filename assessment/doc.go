// Package assessment models the person being assessed: the client context,
// the whole-person intake, diagnoses and the condition groups treatment
// rules key on, and validated screening instruments scored exactly as their
// authors publish them.
//
// # How to use
//
// Score one response with [Score], a whole intake with [ScoreIntake], a
// series over time with [Track], and a FHIR QuestionnaireResponse with
// [ImportQuestionnaireResponse] followed by Score:
//
//	res, err := assessment.Score(assessment.Response{
//		Instrument: assessment.PHQ9,
//		Answers:    assessment.Values(3, 2, 2, 3, 2, 3, 2, 1, 1),
//	})
//	for _, f := range res.Flags { ... } // act on every flag, even when err != nil
//	if err != nil { ... }               // a *validation.Error, or a *FlagError wrapping one
//
// Decode a host's JSON with validation.Decode, which names the JSON path of
// every problem ("client/sex", "answers/3/value"); then [Intake.Validate]
// or ScoreIntake check what the types cannot. The Examples show each entry
// point.
//
// # Intake
//
// A whole-person intake covers the domains in [Domains]: presenting
// concerns, psychiatric and medical history, medications, herbs,
// supplements and non-Western practices, substance use, trauma, sleep,
// nutrition, movement, body awareness, relationships, meaning and purpose,
// strengths, vulnerabilities and risk, culture and language, and the
// client's own goals. An [Intake] records for each domain whether it was
// assessed, not assessed, or declined by the client (declining is a valid
// answer, never an error), and the structured facts that later checks use.
// It holds no identifiers.
//
// # Conditions
//
// A [Condition] is an ICD-10-CM code with a status. [GroupsOf] maps a code to
// the condition groups (depressive, bipolar, PTSD, OCD, alcohol use, ...)
// that medication and modality rules key on.
//
// # Instruments
//
// An [Instrument] is declarative data: items, options and their values,
// bands, cut-offs, subscales, skip rules, critical-item flags, LOINC codes,
// licence and sources. One scoring engine runs every definition. The
// built-in instruments are the PHQ-9, PHQ-2, GAD-7, GAD-2, PCL-5,
// PC-PTSD-5, AUDIT, AUDIT-C, ASQ, WHO-5 and ACE, the instruments whose text
// may be reproduced without permission. A host that licenses another
// instrument defines it with the same types, checks it with
// [Instrument.Validate], and builds its own [Catalog] from [BuiltinData]
// and its additions with [NewCatalog], which holds exactly the data it is
// given.
//
// # Safety signals are never lost
//
// An unanswered item is never a zero: an answer carries a value or an
// explicit decline, and a missing or null value is an error. Scoring never
// prorates: an incomplete response is an error listing every missing item,
// except where the authors publish a rule (the AUDIT's and AUDIT-C's skip
// rule, the PC-PTSD-5's exposure question, the ASQ's acuity question).
// Critical items raise a [Flag] whatever the total: any answer above "Not
// at all" to PHQ-9 item 9 asks for a suicide risk assessment the same day;
// an acute positive ASQ is an emergency. A flag reaches the host even when
// the rest of the response is incomplete or invalid: Score, ScoreIntake and
// the FHIR import return it both in their result and in a *[FlagError]
// that wraps the *validation.Error. A problem with an unscored item (the
// PHQ-9 difficulty question) never blocks the score; it is a [Warning].
// Results never share memory with a catalog.
//
// # Over time
//
// [NextSteps] says which instrument a positive screen leads to (PHQ-2 to
// PHQ-9, GAD-2 to GAD-7, PC-PTSD-5 to PCL-5, AUDIT-C to AUDIT). [Track] reads
// dated totals of one instrument: change, response, remission, the end
// point of clinically significant change, and reliable change by the
// Jacobson–Truax index, each only where a source defines it.
//
// # FHIR
//
// [Catalog.ImportQuestionnaireResponse] reads a FHIR R4 QuestionnaireResponse
// for any instrument with LOINC codes, leniently in form and exactly in what
// it scores, and reports the items it could not map. A response whose
// linkIds are local is read through the Questionnaire it answers
// ([ReadQuestionnaire], [WithQuestionnaire]) or a host's map of linkIds to
// items ([WithLinkIDs]). STU3 resources are refused as such.
// [Catalog.Observation] writes a score as a FHIR R4 Observation that
// follows its source response ([FromResponse]).
//
// # Limits
//
// Every check is linear or O(n log n) in the size of what a host sends: an
// intake's lists (responses, conditions, substances, supplements,
// practices, languages, notes and goals), a response's answers, a
// trajectory's points, the results [NextSteps] reads, and a catalog's data.
// An instrument has at most [MaxItems] items and option values from 0 to
// [MaxOptionValue], so no total can overflow. A FHIR resource is at most
// [MaxFHIRSize] bytes, nested at most [MaxFHIRDepth] deep. An error lists
// at most validation.MaxProblems problems and counts the rest.
//
// # Sources
//
// Every cut-off, band and flag carries its sources (see package evidence).
// Instrument facts were checked against the instruments' papers, forms and
// LOINC entries; a figure computed here from a published one says so in
// its source; where a commonly used figure could not be confirmed, the
// instrument leaves the rule undefined rather than guess.
package assessment
