package evidence

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/validation"
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

// Errors returned by [Source.Validate] and [Check], each inside a
// *[validation.Error] at the path of the field at fault.
var (
	ErrNoTitle     = errors.New("evidence: source has no title")
	ErrNoPublisher = errors.New("evidence: source has no publisher")
	ErrBadYear     = errors.New("evidence: source year out of range")
	ErrBadURL      = errors.New("evidence: source URL is not an absolute http(s) URL")
	// ErrNoSource: a claim that cites no source at all.
	ErrNoSource = errors.New("evidence: claim cites no source")
)

// Validate reports whether s is a usable citation. It returns nil or a
// *[validation.Error] listing every problem: [ErrNoTitle] at "title",
// [ErrNoPublisher] at "publisher", [ErrBadYear] at "year" (before 1900 or
// after 2100) and [ErrBadURL] at "url".
func (s Source) Validate() error {
	var v validation.Collector
	if strings.TrimSpace(s.Title) == "" {
		v.Add("title", ErrNoTitle)
	}
	if strings.TrimSpace(s.Publisher) == "" {
		v.Add("publisher", ErrNoPublisher)
	}
	if s.Year < 1900 || s.Year > 2100 {
		v.Add("year", ErrBadYear)
	}
	if s.URL != "" {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			v.Add("url", ErrBadURL)
		}
	}
	return v.Err()
}

// Check validates the sources of one claim: there must be at least one, and
// each must be valid. It returns nil or a *[validation.Error] with
// [ErrNoSource] at the empty path when there is none, and each source's
// problems under its position ("0/title"). Catalogs use it with
// [validation.Collector.Merge] to place the problems under their own path.
func Check(sources []Source) error {
	var v validation.Collector
	if len(sources) == 0 {
		v.Add("", ErrNoSource)
	}
	for i, s := range sources {
		v.Merge(validation.Index(i), s.Validate())
	}
	return v.Err()
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
