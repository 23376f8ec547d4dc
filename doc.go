// Package integrative is the root of an embeddable library of integrative
// mental-health assessment logic: the whole-person intake and validated
// screening instruments, psychiatric medication safety, psychotherapy
// modalities and their integration, the trauma-informed lens, and the
// integrated treatment plan that ties them together.
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
// # Packages
//
// The packages layer strictly; imports only point up:
//
//	evidence          citations (Source) and evidence strength
//	validation        input errors: one Error listing every FieldError
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
// guidance, criterion 4). Malformed input is an error, reported field by
// field; a well-formed but clinically questionable plan is a finding.
//
// # Data and concurrency
//
// The module holds no direct identifiers (no names, addresses, dates of
// birth or record numbers): the host keeps identity. Error messages never
// repeat free text that a client or clinician typed. Every function is pure
// computation: no I/O, no logging, no clock (dates come from the input), so
// the same input gives byte-identical output. Catalogs are immutable after
// construction, and every exported function and method is safe for
// concurrent use.
package integrative
