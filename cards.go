package integrative

import (
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Code systems of the codings in a [Card].
const (
	// RuleSystem is the code system of a card's source topic: the code is
	// the rule ID, such as "PLN017".
	RuleSystem = "https://github.com/wholeperson/integrative/rules"
	// OverrideReasonSystem is the code system of a card's override
	// reasons (see [Card]).
	OverrideReasonSystem = "https://github.com/wholeperson/integrative/override-reasons"
)

// A Card is a finding as a card of CDS Hooks 2.0
// (https://cds-hooks.hl7.org/2.0/), the form a clinical decision support
// service returns to an EHR. Its JSON form is the card's: optional fields
// are omitted rather than empty, as the specification requires. A host
// answers a CDS Hooks call with {"cards": report.Cards(...)}.
type Card struct {
	// UUID identifies the finding the card shows: [Finding.UUID], the same
	// in every language and every time the same plan is checked, so the
	// feedback an EHR sends about the card can be traced to its finding.
	UUID string `json:"uuid"`
	// Summary is one line of fewer than 140 characters: the rule's title
	// and the finding's message, shortened with "…" when longer, and
	// marked when the finding was acknowledged.
	Summary string `json:"summary"`
	// Detail is GitHub Flavored Markdown: the message, why it matters,
	// what to consider, the plan elements involved, the acknowledgement if
	// any, the numbered sources with their links, and the rule ID.
	Detail string `json:"detail"`
	// Indicator is the finding's severity: "info", "warning" or
	// "critical", the CDS Hooks indicators.
	Indicator Severity `json:"indicator"`
	// Source is where the guidance comes from: the finding's first source,
	// with its URL, and the rule as topic.
	Source CardSource `json:"source"`
	// OverrideReasons are the reasons a clinician may pick when dismissing
	// the card, in the card's language, with the codes of
	// [OverrideReasonSystem]: "not-applicable", "already-addressed",
	// "client-choice", "benefit-outweighs" and "later". An acknowledged
	// finding has none: it was overridden already.
	OverrideReasons []Coding `json:"overrideReasons,omitempty"`
}

// CardSource is the source of a [Card].
type CardSource struct {
	// Label is a short label for the source: the title of the document
	// behind the finding, shortened with "…" when long.
	Label string `json:"label"`
	// URL is the document's address, if it has one.
	URL string `json:"url,omitempty"`
	// Topic is the rule that found the finding, for filtering and
	// grouping: [RuleSystem], the rule ID and its title.
	Topic *Coding `json:"topic,omitempty"`
}

// A Coding is a code from a code system, as CDS Hooks uses it.
type Coding struct {
	// System is the URI of the code system.
	System string `json:"system"`
	// Code is the code.
	Code string `json:"code"`
	// Display is the code's meaning in the card's language.
	Display string `json:"display,omitempty"`
}

// maxSummaryRunes is the longest summary: CDS Hooks asks for fewer than
// 140 characters.
const maxSummaryRunes = 139

// maxLabelRunes is the longest source label.
const maxLabelRunes = 80

// overrideCodes are the codes of the override reasons, in the order a
// card lists them.
var overrideCodes = []string{"not-applicable", "already-addressed", "client-choice", "benefit-outweighs", "later"}

// Cards returns the report's findings as CDS Hooks cards, in report order
// (most severe first), with their text in English or in the language a
// [Language] option chooses. It returns an empty, non-nil slice for a
// report with no findings, which a CDS Hooks response sends as
// {"cards": []}.
func (r Report) Cards(opts ...RenderOption) []Card {
	l := localeFor(opts)
	reasons := make([]Coding, len(overrideCodes))
	for i, code := range overrideCodes {
		reasons[i] = Coding{System: OverrideReasonSystem, Code: code, Display: l.text("override." + code)}
	}
	cards := make([]Card, 0, len(r.Findings))
	for i := range r.Findings {
		f := &r.Findings[i]
		t := l.findingText(f)
		c := Card{
			UUID:      f.UUID(),
			Summary:   cardSummary(l, f, &t),
			Detail:    cardDetail(l, f, &t),
			Indicator: f.Severity,
			Source: CardSource{
				Label: "integrative",
				Topic: &Coding{System: RuleSystem, Code: f.Rule, Display: t.Title},
			},
		}
		if len(f.Sources) > 0 {
			c.Source.Label = shorten(f.Sources[0].Title, maxLabelRunes)
			c.Source.URL = f.Sources[0].URL
		}
		if f.Acknowledged == nil {
			c.OverrideReasons = append([]Coding(nil), reasons...)
		}
		cards = append(cards, c)
	}
	return cards
}

// cardSummary returns the title, capitalized, and the message, shortened
// to the summary's limit.
func cardSummary(l locale, f *Finding, t *FindingText) string {
	s := capitalize(t.Title) + ": " + t.Message
	if f.Acknowledged != nil {
		s = l.text("card.acknowledged") + " · " + s
	}
	return shorten(oneLine(s), maxSummaryRunes)
}

// cardDetail writes the finding as Markdown. Every piece of text is
// escaped, so nothing in it (an acknowledgement's reason least of all)
// can become a link, an image or markup.
func cardDetail(l locale, f *Finding, t *FindingText) string {
	var b strings.Builder
	para := func(label, text string) {
		if text == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		if label != "" {
			b.WriteString("**")
			b.WriteString(escapeMarkdown(l.text(label)))
			b.WriteString(":** ")
		}
		b.WriteString(escapeMarkdown(oneLine(text)))
	}
	para("", t.Message)
	para("label.why", t.Basis)
	para("label.consider", t.Suggestion)
	para("label.plan", strings.Join(f.Paths, ", "))
	if a := f.Acknowledged; a != nil {
		// The reason is text a person typed: it goes in a code span, where
		// nothing is markup and nothing becomes a link.
		before, after, _ := strings.Cut(l.text("label.acknowledged", l.date(a.Date.String()), "\x00"), "\x00")
		b.WriteString("\n\n")
		b.WriteString(escapeMarkdown(before))
		b.WriteString(codeSpan(oneLine(a.Reason)))
		b.WriteString(escapeMarkdown(after))
	}
	if len(f.Sources) > 0 {
		b.WriteString("\n\n**")
		b.WriteString(escapeMarkdown(l.text("label.sources")))
		b.WriteString("** (")
		b.WriteString(escapeMarkdown(l.strength(f.Strength)))
		b.WriteString("):\n")
		for i, s := range f.Sources {
			b.WriteString("\n")
			b.WriteString(strconv.Itoa(i + 1))
			b.WriteString(". ")
			if linkable(s.URL) {
				b.WriteString("[")
				b.WriteString(escapeMarkdown(s.Title))
				b.WriteString("](")
				b.WriteString(s.URL)
				b.WriteString(")")
			} else {
				b.WriteString(escapeMarkdown(s.Title))
			}
			rest := citation(s)[len(s.Title):]
			if s.URL != "" {
				rest = strings.TrimSuffix(rest, " "+s.URL)
			}
			b.WriteString(escapeMarkdown(rest))
		}
	}
	grade := ""
	if f.Grade != "" && f.Grade != f.Severity.String() {
		grade = " (" + l.grade(f.Grade) + ")"
	}
	para("label.rule", f.Rule+grade)
	return b.String()
}

// linkable reports whether url can go in a Markdown link as it is: an
// absolute http(s) URL with nothing that would end the link early.
func linkable(url string) bool {
	if !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
		return false
	}
	return !strings.ContainsAny(url, " ()<>[]\\\"'`\r\n\t")
}

// escapeMarkdown backslash-escapes the characters that could start
// Markdown markup, links, images, HTML or entities in running text.
func escapeMarkdown(s string) string {
	const special = "\\`*_[]<>#|~&"
	if !strings.ContainsAny(s, special) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf && strings.IndexByte(special, byte(r)) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// codeSpan returns s as a Markdown code span, fenced by a run of
// backticks longer than any in s.
func codeSpan(s string) string {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// capitalize returns s with its first letter in upper case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// shorten returns s cut to at most max runes, at a word boundary where
// there is one, with "…" at the end when it was cut.
func shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n == max-1 {
			cut = i
			break
		}
		n++
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > len(head)/2 {
		head = head[:sp]
	}
	return strings.TrimRight(head, " ,;:·") + "…"
}

// findingNamespace is the name-based UUID namespace of findings: the UUID
// version 5 of "https://github.com/wholeperson/integrative/findings" in
// the URL namespace of RFC 9562.
var findingNamespace = [16]byte{0xff, 0x09, 0xad, 0x83, 0x98, 0x56, 0x54, 0x67, 0xaf, 0xe5, 0xc2, 0xe4, 0x48, 0x65, 0xcb, 0x00}

// UUID returns a stable identifier of the finding: a name-based UUID
// (version 5, RFC 9562) of its rule, subject, paths and values. It is the
// same every time the same plan is checked, whatever the language, and
// differs between two findings of one report. It is the uuid of the
// finding's [Card].
func (f Finding) UUID() string {
	var name []byte
	field := func(s string) {
		name = binary.AppendUvarint(name, uint64(len(s)))
		name = append(name, s...)
	}
	field(f.Rule)
	field(f.Subject)
	name = binary.AppendUvarint(name, uint64(len(f.Paths)))
	for _, p := range f.Paths {
		field(p)
	}
	name = binary.AppendUvarint(name, uint64(len(f.Values)))
	for _, v := range f.Values {
		field(v.Name)
		field(v.Value)
	}
	return uuid5(findingNamespace, name)
}

// uuid5 returns the name-based UUID, version 5 (SHA-1), of name in the
// namespace ns, in its standard text form.
func uuid5(ns [16]byte, name []byte) string {
	h := sha1.New()
	h.Write(ns[:])
	h.Write(name)
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // variant of RFC 9562
	var out [36]byte
	hex.Encode(out[0:8], u[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], u[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], u[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], u[8:10])
	out[23] = '-'
	hex.Encode(out[24:], u[10:])
	return string(out[:])
}
