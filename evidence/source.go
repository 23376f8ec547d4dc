package evidence

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
)

// A Source is a citation precise enough for a clinician to find the passage
// that supports a claim.
type Source struct {
	// Title is the title of the document: the paper, label, guideline or
	// manual. Required.
	Title string `json:"title"`
	// Publisher is the organization or journal that published it, with
	// volume and pages for a journal article. Required.
	Publisher string `json:"publisher"`
	// Year is the year of publication or of the revision cited. Required.
	Year int `json:"year"`
	// Locator points into the document: a section, table, page or
	// recommendation number. Optional but expected for long documents.
	Locator string `json:"locator,omitempty"`
	// URL is a stable address of the document, if it has one. It must be an
	// absolute http or https URL.
	URL string `json:"url,omitempty"`
}

// Errors returned by [Source.Validate]. Each is wrapped with the name of the
// field at fault.
var (
	ErrNoTitle     = errors.New("evidence: source has no title")
	ErrNoPublisher = errors.New("evidence: source has no publisher")
	ErrBadYear     = errors.New("evidence: source year out of range")
	ErrBadURL      = errors.New("evidence: source URL is not an absolute http(s) URL")
)

// Validate reports whether s is a usable citation. It returns nil, or an
// error joining every problem found: [ErrNoTitle], [ErrNoPublisher],
// [ErrBadYear] (a year before 1900 or after 2100) and [ErrBadURL].
func (s Source) Validate() error {
	var errs []error
	if strings.TrimSpace(s.Title) == "" {
		errs = append(errs, ErrNoTitle)
	}
	if strings.TrimSpace(s.Publisher) == "" {
		errs = append(errs, ErrNoPublisher)
	}
	if s.Year < 1900 || s.Year > 2100 {
		errs = append(errs, ErrBadYear)
	}
	if s.URL != "" {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, ErrBadURL)
		}
	}
	return errors.Join(errs...)
}

// String formats s as a one-line reference: title, publisher, year, locator
// and URL, separated by ". ", omitting empty parts.
func (s Source) String() string {
	var b strings.Builder
	add := func(part string) {
		if part == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString(". ")
		}
		b.WriteString(strings.TrimSuffix(part, "."))
	}
	add(s.Title)
	pub := s.Publisher
	if s.Year != 0 {
		if pub != "" {
			pub += ", "
		}
		pub += strconv.Itoa(s.Year)
	}
	add(pub)
	add(s.Locator)
	add(s.URL)
	return b.String()
}
