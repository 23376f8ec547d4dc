// Package assessment models the person being assessed: the client context,
// the whole-person intake, diagnoses and the condition groups treatment
// rules key on, and validated screening instruments scored exactly as their
// authors publish them.
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
// [Instrument.Validate] and scores it with its own [Catalog].
//
// Scoring never prorates: an incomplete response is an error listing every
// missing item, except where the authors publish a rule (the AUDIT's skip
// rule, the PC-PTSD-5's exposure question, the ASQ's acuity question).
// Critical items raise a [Flag] whatever the total: any answer above "Not
// at all" to PHQ-9 item 9 asks for a suicide risk assessment the same day;
// an acute positive ASQ is an emergency.
//
// # Over time
//
// [NextSteps] says which instrument a positive screen leads to (PHQ-2 to
// PHQ-9, GAD-2 to GAD-7, PC-PTSD-5 to PCL-5, AUDIT-C to AUDIT). [Track] reads
// dated totals of one instrument: change, response, remission and reliable
// change by the Jacobson-Truax index, each only where a source defines it.
//
// # FHIR
//
// [Catalog.ImportQuestionnaireResponse] reads a FHIR R4 QuestionnaireResponse
// for any instrument with LOINC codes, leniently in what it accepts and
// exactly in what it scores, and reports the items it could not map;
// [Result.Observation] writes a score as a FHIR R4 Observation.
//
// # Sources
//
// Every cut-off, band and flag carries its sources (see package evidence).
// Instrument facts were checked against the instruments' papers, forms and
// LOINC entries; where a commonly used figure could not be confirmed, the
// instrument leaves the rule undefined rather than guess.
package assessment
