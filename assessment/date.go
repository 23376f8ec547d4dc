package assessment

import (
	"errors"
	"time"
)

// A Date is a calendar day, without a time of day or a time zone: the day an
// instrument was completed, a medication started, or a plan was reviewed.
// The zero value is "no date". Dates are comparable with ==.
type Date struct {
	// days counts days from 1899-12-31, so 1900-01-01 is 1 and the zero
	// value, 0, is no date; every supported date is positive.
	days int32
}

// ErrBadDate is returned when text is not a calendar date in the form
// YYYY-MM-DD between 1900-01-01 and 2199-12-31.
var ErrBadDate = errors.New("assessment: not a date in the form YYYY-MM-DD between 1900 and 2199")

const (
	minYear = 1900
	maxYear = 2199
	// unixOffset is the day count of 1970-01-01.
	unixOffset = 25568
	// maxDays is the day count of 2199-12-31.
	maxDays = 109573
)

// NewDate returns the date year-month-day. It returns [ErrBadDate] when the
// day does not exist (February 30) or the year is outside 1900–2199.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < minYear || year > maxYear {
		return Date{}, ErrBadDate
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Year() != year || t.Month() != month || t.Day() != day {
		return Date{}, ErrBadDate
	}
	return Date{days: int32(t.Unix()/86400 + unixOffset)}, nil
}

// MustDate is like [NewDate] but panics on an invalid date. It is meant for
// literals in tests and examples.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	d, err := NewDate(t.Year(), t.Month(), t.Day())
	if err != nil {
		return Date{}
	}
	return d
}

// ParseDate parses a date in the form YYYY-MM-DD (ISO 8601 calendar date).
// It returns [ErrBadDate] for any other text; the error does not repeat the
// text.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, ErrBadDate
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, ErrBadDate
	}
	return NewDate(y, time.Month(m), d)
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.days == 0 }

// Time returns midnight UTC at the start of d. The zero Date gives the zero
// time.Time.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Unix((int64(d.days)-unixOffset)*86400, 0).UTC()
}

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format(time.DateOnly)
}

// Add returns the date n days after d (before it, for negative n). It
// returns [ErrBadDate] when d is the zero Date or the result falls outside
// 1900-01-01 to 2199-12-31; it never wraps or truncates.
func (d Date) Add(n int) (Date, error) {
	if d.IsZero() || n > maxDays || n < -maxDays {
		return Date{}, ErrBadDate
	}
	days := int(d.days) + n
	if days < 1 || days > maxDays {
		return Date{}, ErrBadDate
	}
	return Date{days: int32(days)}, nil
}

// AddDays is like [Date.Add] without the error: it returns the zero Date,
// "no date", where Add returns an error, so a result outside the supported
// range is never a wrong date. Use Add where leaving the range must be
// reported.
func (d Date) AddDays(n int) Date {
	e, _ := d.Add(n)
	return e
}

// DaysUntil returns the number of days from d to e: positive when e is
// later, negative when it is earlier. Both must be non-zero for the result
// to mean anything.
func (d Date) DaysUntil(e Date) int { return int(e.days) - int(d.days) }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.days < e.days }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.days > e.days }

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date sorts first.
func (d Date) Compare(e Date) int {
	switch {
	case d.days < e.days:
		return -1
	case d.days > e.days:
		return 1
	}
	return 0
}

// MarshalText implements [encoding.TextMarshaler]: YYYY-MM-DD, or empty text
// for the zero Date.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDate].
// Empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
