package integrative

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/evidence"
)

// WriteText writes the report for a clinician, in English or in the
// language a [Language] option chooses: a summary line, then the findings
// grouped by severity (critical, warning, info), each with its title,
// message, the plan elements involved, why it matters, what to consider,
// and its sources by number; then the numbered list of sources, each
// listed once however many findings cite it. Acknowledged findings are
// marked with the acknowledgement's reason and date. Sources are cited in
// their own language, as published.
//
// WriteText returns the first error from w.
func (r Report) WriteText(w io.Writer, opts ...RenderOption) error {
	l := localeFor(opts)
	tw := &textWriter{w: w}
	var refs sourceNumbers
	tw.print(l.text("report.summary", l.date(r.AsOf.String()), r.Counts.Critical, r.Counts.Warning, r.Counts.Info))
	if r.Counts.Acknowledged > 0 {
		tw.print(l.text("report.acknowledged", r.Counts.Acknowledged))
	}
	tw.print("\n")
	if len(r.Findings) == 0 {
		tw.print("\n" + l.text("report.none") + "\n")
	}
	for _, sev := range []Severity{SeverityCritical, SeverityWarning, SeverityInfo} {
		first := true
		for i := range r.Findings {
			f := &r.Findings[i]
			if f.Severity != sev {
				continue
			}
			if first {
				tw.print("\n" + l.text("heading."+sev.String()) + "\n")
				first = false
			}
			tw.print("\n  [" + f.Rule + "] " + l.title(f))
			if f.Grade != "" && f.Grade != f.Severity.String() {
				tw.print(" (" + l.grade(f.Grade) + ")")
			}
			tw.print("\n    " + l.message(f) + "\n")
			if len(f.Paths) > 0 {
				tw.print("    " + l.text("label.plan") + ": " + strings.Join(f.Paths, ", ") + "\n")
			}
			if b := l.basis(f); b != "" {
				tw.print("    " + l.text("label.why") + ": " + b + "\n")
			}
			if s := l.suggestion(f); s != "" {
				tw.print("    " + l.text("label.consider") + ": " + s + "\n")
			}
			if len(f.Sources) > 0 {
				nums := make([]string, len(f.Sources))
				for i, s := range f.Sources {
					nums[i] = "[" + strconv.Itoa(refs.number(s)) + "]"
				}
				tw.print("    " + l.text("label.sources") + ": " + strings.Join(nums, " ") + " (" + l.strength(f.Strength) + ")\n")
			}
			if a := f.Acknowledged; a != nil {
				tw.print("    " + l.text("label.acknowledged", l.date(a.Date.String()), oneLine(a.Reason)) + "\n")
			}
		}
	}
	if len(refs.list) > 0 {
		tw.print("\n" + l.text("report.sources") + "\n")
		for i, s := range refs.list {
			tw.print("  [" + strconv.Itoa(i+1) + "] " + citation(s) + "\n")
		}
	}
	return tw.err
}

// WriteJSON writes the report in its JSON form, the stable contract for
// hosts in any language: an object whose "format" is [ReportFormat]
// ("integrative.report/v1"), then the fields of [Report] under their JSON
// names, indented by two spaces, with a final newline. docs/plan-format.md
// ("The report") documents it and docs/report.schema.json describes it.
//
// Within one format version, fields are only ever added, never renamed,
// removed or given another meaning, and every value is machine-readable:
// rule IDs, severities ("info", "warning", "critical"), ISO dates, plan
// paths, catalog IDs, codes and numbers in JSON's own form. JSON is never
// localized; Basis and Suggestion are English text, and a host that wants
// another language renders it with [Finding.Text]. The same report gives
// byte-identical JSON.
//
// WriteJSON returns the first error from w.
func (r Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// strength returns an evidence strength in the locale's words.
func (l locale) strength(s evidence.Strength) string {
	key := "strength." + s.String()
	if l.m.english[key] == "" {
		return s.String()
	}
	return l.text(key)
}

// sourceNumbers numbers sources in the order they are first cited.
type sourceNumbers struct {
	list  []evidence.Source
	index map[evidence.Source]int
}

// number returns the number of s, giving it the next number the first
// time it is cited.
func (n *sourceNumbers) number(s evidence.Source) int {
	if i, ok := n.index[s]; ok {
		return i
	}
	if n.index == nil {
		n.index = map[evidence.Source]int{}
	}
	n.list = append(n.list, s)
	n.index[s] = len(n.list)
	return len(n.list)
}

// citation formats a source on one line: title, publisher, year, locator
// and URL.
func citation(s evidence.Source) string {
	var b strings.Builder
	b.WriteString(s.Title)
	b.WriteString(". ")
	b.WriteString(s.Publisher)
	b.WriteString(", ")
	fmt.Fprint(&b, s.Year)
	if s.Locator != "" {
		b.WriteString("; ")
		b.WriteString(s.Locator)
	}
	b.WriteString(".")
	if s.URL != "" {
		b.WriteString(" ")
		b.WriteString(s.URL)
	}
	return b.String()
}

// oneLine replaces line breaks in text a person typed with spaces, so it
// cannot break the layout it is shown in.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\u2028\u2029") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == '\r' || r == '\n' || r == '\u2028' || r == '\u2029'
	}), " ")
}

// textWriter remembers the first write error so rendering code stays
// linear.
type textWriter struct {
	w   io.Writer
	err error
}

func (t *textWriter) print(s string) {
	if t.err == nil {
		_, t.err = io.WriteString(t.w, s)
	}
}
