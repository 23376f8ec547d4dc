// Package evidence is how every clinical claim in this module says where it
// comes from and how strong its basis is.
//
// Every cut-off, band, interaction, dose limit, monitoring interval and
// pairing in the module's catalogs carries one or more [Source] values: the
// instrument's manual or validation paper, the FDA label, the guideline with
// its section. A claim whose basis is contested or thin also states its
// [Strength], so a clinician reading a finding can weigh it.
//
// # Why
//
// The module is clinical decision support. Under the FDA's Clinical Decision
// Support Software guidance (2022), criterion 4, the clinician must be able to
// review the basis of a recommendation independently. A [Source] therefore
// names the document precisely enough to find the passage: title, publisher,
// year, a locator (section, table, page or recommendation number) and, where
// one exists, a stable URL.
//
// # Strength
//
// [Strength] orders the kinds of basis from the most to the least
// authoritative: a regulatory label, a clinical practice guideline, expert
// consensus, and emerging evidence (pilot studies, case series). Catalog
// entries use it to decide how strongly a check may speak: a check whose basis
// is emerging or contested is never reported as critical.
package evidence
