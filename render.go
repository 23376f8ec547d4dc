package integrative

import (
	"fmt"
	"io"
	"strings"

	"github.com/wholeperson/integrative/evidence"
)

// WriteText writes the report for a clinician in English: a summary line,
// then the findings grouped by severity (critical, warning, info), each
// with its title, message, the plan elements involved, why it matters, what
// to consider, and its sources by number; then the numbered list of
// sources, each cited once however many findings cite it. Acknowledged
// findings are marked with the acknowledgement's reason and date.
func (r Report) WriteText(w io.Writer) error {
	tw := &textWriter{w: w}
	var sources []evidence.Source
	number := func(s evidence.Source) int {
		for i, o := range sources {
			if o == s {
				return i + 1
			}
		}
		sources = append(sources, s)
		return len(sources)
	}
	tw.printf("Plan check as of %s: %d critical, %d warning, %d info", r.AsOf, r.Counts.Critical, r.Counts.Warning, r.Counts.Info)
	if r.Counts.Acknowledged > 0 {
		tw.printf(" (%d acknowledged)", r.Counts.Acknowledged)
	}
	tw.printf("\n")
	if len(r.Findings) == 0 {
		tw.printf("\nNo findings.\n")
	}
	for _, sev := range []Severity{SeverityCritical, SeverityWarning, SeverityInfo} {
		first := true
		for _, f := range r.Findings {
			if f.Severity != sev {
				continue
			}
			if first {
				tw.printf("\n%s\n", strings.ToUpper(sev.String()))
				first = false
			}
			tw.printf("\n  [%s] %s", f.Rule, f.Title())
			if f.Grade != "" && f.Grade != f.Severity.String() {
				tw.printf(" (%s)", f.Grade)
			}
			tw.printf("\n    %s\n", f.Message())
			if len(f.Paths) > 0 {
				tw.printf("    Plan: %s\n", strings.Join(f.Paths, ", "))
			}
			if f.Basis != "" {
				tw.printf("    Why: %s\n", f.Basis)
			}
			if f.Suggestion != "" {
				tw.printf("    Consider: %s\n", f.Suggestion)
			}
			if len(f.Sources) > 0 {
				refs := make([]string, len(f.Sources))
				for i, s := range f.Sources {
					refs[i] = fmt.Sprintf("[%d]", number(s))
				}
				tw.printf("    Sources: %s (%s)\n", strings.Join(refs, " "), f.Strength)
			}
			if a := f.Acknowledged; a != nil {
				tw.printf("    Acknowledged %s: %s\n", a.Date, a.Reason)
			}
		}
	}
	if len(sources) > 0 {
		tw.printf("\nSources\n")
		for i, s := range sources {
			tw.printf("  [%d] %s\n", i+1, citation(s))
		}
	}
	return tw.err
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

// textWriter remembers the first write error so rendering code stays
// linear.
type textWriter struct {
	w   io.Writer
	err error
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}
