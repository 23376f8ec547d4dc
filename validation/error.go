package validation

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// A FieldError is one problem with one field of an input.
type FieldError struct {
	// Path names the field, such as "answers/3/value".
	Path string
	// Err is the problem: a sentinel error of the package that checked the
	// field, possibly wrapped with more detail.
	Err error
}

// Error returns the path and the problem, as in "answers/3/value: assessment:
// answer value out of range".
func (e *FieldError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns e.Err, so errors.Is and errors.As see the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

// MaxProblems is the most problems one [Error] lists. Problems found after
// that are only counted, in [Error.Omitted], so a hostile input cannot make
// an error message as large as itself.
const MaxProblems = 100

// Error is every problem found in one input. Fields is never empty and is
// sorted by path, positions in numeric order ("items/9" before "items/10").
type Error struct {
	// Fields are the problems, at most [MaxProblems] of them: the first
	// found, sorted by path.
	Fields []*FieldError
	// Omitted counts the problems found beyond [MaxProblems], not listed.
	Omitted int
}

// Error lists the problems, separated by "; ".
func (e *Error) Error() string {
	var b strings.Builder
	if n := len(e.Fields) + e.Omitted; n == 1 {
		b.WriteString("invalid input: ")
	} else {
		b.WriteString("invalid input (")
		b.WriteString(strconv.Itoa(n))
		b.WriteString(" problems): ")
	}
	for i, f := range e.Fields {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(f.Error())
	}
	if e.Omitted > 0 {
		b.WriteString("; and ")
		b.WriteString(strconv.Itoa(e.Omitted))
		b.WriteString(" more")
	}
	return b.String()
}

// Unwrap returns the field errors, so errors.Is and errors.As search them.
func (e *Error) Unwrap() []error {
	errs := make([]error, len(e.Fields))
	for i, f := range e.Fields {
		errs[i] = f
	}
	return errs
}

// Has reports whether some field error at exactly path matches target in
// the sense of errors.Is. Tests use it to check that a problem is reported
// where it belongs.
func (e *Error) Has(path string, target error) bool {
	for _, f := range e.Fields {
		if f.Path == path && errors.Is(f.Err, target) {
			return true
		}
	}
	return false
}

// A Collector gathers the problems found while checking one input. The zero
// value is ready to use. A Collector is not safe for concurrent use.
type Collector struct {
	fields  []*FieldError
	omitted int
}

// Add records err at path. A nil err is ignored, so checks can be written
// as c.Add("age", checkAge(age)).
func (c *Collector) Add(path string, err error) {
	if err == nil {
		return
	}
	c.add(&FieldError{Path: path, Err: err})
}

func (c *Collector) add(f *FieldError) {
	if len(c.fields) >= MaxProblems {
		c.omitted++
		return
	}
	c.fields = append(c.fields, f)
}

// Merge records the problems of err, a result of another validation, under
// prefix: a *[Error] contributes each of its fields with prefix prepended to
// the path; any other non-nil error is recorded at prefix itself.
func (c *Collector) Merge(prefix string, err error) {
	if err == nil {
		return
	}
	ve, ok := err.(*Error)
	if !ok {
		c.Add(prefix, err)
		return
	}
	for _, f := range ve.Fields {
		c.add(&FieldError{Path: Join(prefix, f.Path), Err: f.Err})
	}
	c.omitted += ve.Omitted
}

// Len returns the number of problems recorded so far, listed or omitted.
func (c *Collector) Len() int { return len(c.fields) + c.omitted }

// Err returns nil when no problem was recorded, and otherwise a *[Error]
// holding every problem sorted by path. Problems at the same path keep the
// order they were added in.
func (c *Collector) Err() error {
	if len(c.fields) == 0 {
		return nil
	}
	fields := slices.Clone(c.fields)
	slices.SortStableFunc(fields, func(a, b *FieldError) int { return ComparePaths(a.Path, b.Path) })
	return &Error{Fields: fields, Omitted: c.omitted}
}

// Join joins path segments with "/", skipping empty ones.
func Join(segments ...string) string {
	var b strings.Builder
	for _, s := range segments {
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('/')
		}
		b.WriteString(s)
	}
	return b.String()
}

// Index returns the path segment for position i of a list: its decimal form.
func Index(i int) string { return strconv.Itoa(i) }

// ComparePaths orders two paths segment by segment; segments that are both
// decimal numbers compare numerically, others as strings. It does not
// allocate.
func ComparePaths(a, b string) int {
	for a != "" || b != "" {
		var sa, sb string
		sa, a, _ = strings.Cut(a, "/")
		sb, b, _ = strings.Cut(b, "/")
		if c := compareSegment(sa, sb); c != 0 {
			return c
		}
	}
	return 0
}

func compareSegment(a, b string) int {
	if isDigits(a) && isDigits(b) {
		a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
		if c := cmp.Compare(len(a), len(b)); c != 0 {
			return c
		}
	}
	return strings.Compare(a, b)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
