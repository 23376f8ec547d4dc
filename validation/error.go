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
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns e.Err, so errors.Is and errors.As see the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

// Error is every problem found in one input. Fields is never empty and is
// sorted by path, positions in numeric order ("items/9" before "items/10").
type Error struct {
	Fields []*FieldError
}

// Error lists the problems, separated by "; ".
func (e *Error) Error() string {
	var b strings.Builder
	if len(e.Fields) == 1 {
		b.WriteString("invalid input: ")
	} else {
		b.WriteString("invalid input (")
		b.WriteString(strconv.Itoa(len(e.Fields)))
		b.WriteString(" problems): ")
	}
	for i, f := range e.Fields {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(f.Error())
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
	fields []*FieldError
}

// Add records err at path. A nil err is ignored, so checks can be written
// as c.Add("age", checkAge(age)).
func (c *Collector) Add(path string, err error) {
	if err == nil {
		return
	}
	c.fields = append(c.fields, &FieldError{Path: path, Err: err})
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
		c.fields = append(c.fields, &FieldError{Path: Join(prefix, f.Path), Err: f.Err})
	}
}

// Len returns the number of problems recorded so far.
func (c *Collector) Len() int { return len(c.fields) }

// Err returns nil when no problem was recorded, and otherwise a *[Error]
// holding every problem sorted by path. Problems at the same path keep the
// order they were added in.
func (c *Collector) Err() error {
	if len(c.fields) == 0 {
		return nil
	}
	fields := slices.Clone(c.fields)
	slices.SortStableFunc(fields, func(a, b *FieldError) int { return ComparePaths(a.Path, b.Path) })
	return &Error{Fields: fields}
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
// decimal numbers compare numerically, others as strings.
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
	na, errA := strconv.Atoi(a)
	nb, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return cmp.Compare(na, nb)
	}
	return strings.Compare(a, b)
}
