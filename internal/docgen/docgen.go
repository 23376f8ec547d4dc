// Package docgen writes the module's generated documentation from the
// built-in catalogs themselves, so the documents cannot drift from the
// code:
//
//   - docs/rules.md, the reference of the rule catalog ([Rules]): each
//     rule's ID, title, default severity, evidence strength, doc,
//     message, basis, suggestion, sources, and the versions that
//     introduced and retired it, grouped by family;
//   - the coverage appendix of SAFETY.md ([Coverage]): what each built-in
//     catalog holds, spliced between marker lines ([Splice]), so the rest
//     of SAFETY.md stays hand-written.
//
// The module's tests fail when either is stale; the generate directive in
// the root package's generate.go rewrites both, from the module's root:
//
//	go generate ./...
package docgen

import (
	"bytes"
	"errors"
)

// ErrNoSection: a document lacks the marker lines of a generated section,
// or has them out of order or more than once.
var ErrNoSection = errors.New("docgen: generated section markers missing or repeated")

// markers returns the lines that open and close the generated section
// name.
func markers(name string) (begin, end []byte) {
	return []byte("<!-- BEGIN GENERATED " + name + " -->\n"), []byte("<!-- END GENERATED " + name + " -->")
}

// bounds returns the offsets of the generated section name in doc: after
// its opening marker line and before its closing marker.
func bounds(doc []byte, name string) (from, to int, err error) {
	begin, end := markers(name)
	if bytes.Count(doc, begin) != 1 || bytes.Count(doc, end) != 1 {
		return 0, 0, ErrNoSection
	}
	from = bytes.Index(doc, begin) + len(begin)
	to = bytes.Index(doc, end)
	if to < from {
		return 0, 0, ErrNoSection
	}
	return from, to, nil
}

// Section returns the generated section name of doc: the text between the
// line "<!-- BEGIN GENERATED name -->" and the line "<!-- END GENERATED
// name -->". It returns [ErrNoSection] when the markers are missing,
// repeated or out of order.
func Section(doc []byte, name string) ([]byte, error) {
	from, to, err := bounds(doc, name)
	if err != nil {
		return nil, err
	}
	return doc[from:to], nil
}

// Splice returns a copy of doc with its generated section name replaced by
// section (see [Section]). It returns [ErrNoSection] when the markers are
// missing, repeated or out of order.
func Splice(doc []byte, name string, section []byte) ([]byte, error) {
	from, to, err := bounds(doc, name)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(doc)-(to-from)+len(section))
	out = append(out, doc[:from]...)
	out = append(out, section...)
	return append(out, doc[to:]...), nil
}
