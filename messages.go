package integrative

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// A RenderOption configures how [Report.WriteText], [Report.Cards] and
// [Finding.Text] render text. Options are made by [Language]; a nil option
// is ignored.
type RenderOption interface{ applyRender(*renderConfig) }

type renderConfig struct {
	tags []language.Tag
}

type languageOption []language.Tag

func (o languageOption) applyRender(c *renderConfig) { c.tags = append(c.tags, o...) }

// Language renders text in the shipped language (see [Languages]) that
// best matches tags, the reader's preferred languages, most preferred
// first, as a [language.Matcher] judges them: "es-MX" and "es-419" get
// Spanish, "en-GB" English. With no tags, or none the library ships, text
// is in English. Hosts reading an HTTP Accept-Language header pass the
// tags [language.ParseAcceptLanguage] returns.
//
// Only the text changes with the language: titles, messages, the report's
// fixed text, numbers (1.234,5 in Spanish) and dates (20/01/2026 in
// Spanish; English keeps the unambiguous 2026-01-20). Rule IDs, codes,
// catalog IDs and plan paths stay as they are, and JSON is never
// localized.
func Language(tags ...language.Tag) RenderOption {
	return languageOption(append([]language.Tag(nil), tags...))
}

// Languages returns the languages the library's text is written in:
// English, the fallback, then Spanish.
func Languages() []language.Tag { return []language.Tag{language.English, language.Spanish} }

// The shipped languages, by their index in [Languages].
const (
	langEnglish = iota
	langSpanish
	langCount
)

// A translation is the text of one language other than English, keyed by
// what it translates. Its templates use the same {name} placeholders as
// the English ones.
type translation struct {
	// rules are the rules' text by rule ID.
	rules map[string]ruleText
	// text is the report's fixed text by key (see englishText).
	text map[string]string
	// values translate the words and phrases the built-in rules put in a
	// finding's values (see valueKinds), by their English text. A key may
	// hold one {n} standing for a number.
	values map[string]string
	// variants translate, by their English text, the bases and
	// suggestions that built-in rules write themselves instead of using
	// the rule's defaults.
	variants map[string]string
}

// ruleText is a rule's text in one language.
type ruleText struct {
	Title, Message, Basis, Suggestion string
}

// englishText returns the report's fixed text in English, by key.
// Templates use {name} placeholders, which the code fills in the order
// they appear here. (The tables are built on first use, not at init.)
func englishText() map[string]string {
	return map[string]string{
		"report.summary":      "Plan check as of {asOf}: {critical} critical, {warning} warning, {info} info",
		"report.acknowledged": " ({count} acknowledged)",
		"report.none":         "No findings.",
		"report.sources":      "Sources",
		"heading.critical":    "CRITICAL",
		"heading.warning":     "WARNING",
		"heading.info":        "INFO",
		"label.plan":          "Plan",
		"label.why":           "Why",
		"label.consider":      "Consider",
		"label.sources":       "Sources",
		"label.acknowledged":  "Acknowledged {date}: {reason}",
		"label.rule":          "Rule",
		"card.acknowledged":   "Acknowledged",
		"strength.regulatory": "regulatory",
		"strength.guideline":  "guideline",
		"strength.consensus":  "consensus",
		"strength.emerging":   "emerging",
		// Grades the built-in rules keep from the leaf packages.
		"grade.contraindicated": "contraindicated",
		"grade.major":           "major",
		"grade.moderate":        "moderate",
		"grade.monitor":         "monitor",
		"grade.info":            "info",
		"grade.warning":         "warning",
		"grade.critical":        "critical",
		"grade.routine":         "routine",
		"grade.same-day":        "same-day",
		"grade.emergency":       "emergency",
		// untranslated marks text shown in English because no translation
		// exists; English needs no mark.
		"text.untranslated": "",
		// format.date writes a date given in ISO form.
		"format.date": "{year}-{month}-{day}",
		// The reasons a clinician may give for overriding a card.
		"override.not-applicable":    "Does not apply to this person",
		"override.already-addressed": "Already addressed outside this plan",
		"override.client-choice":     "The person's informed choice",
		"override.benefit-outweighs": "Benefit outweighs the risk for this person",
		"override.later":             "Will address at a later visit",
	}
}

// valueKind says how a finding's value is shown in text.
type valueKind uint8

const (
	valueAsIs   valueKind = iota // IDs, codes and paths: never changed
	valueNumber                  // a number, in the language's form
	valueDate                    // an ISO date, in the language's form; other text as a word
	valueWords                   // words from a closed set, translated item by item
	valueLeaf                    // free text from a leaf package, marked when not translated
)

// valueKinds returns the kinds of the values the built-in rules report,
// by value name. A name not listed is shown as it is.
func valueKinds() map[string]valueKind {
	return map[string]valueKind{
		"total": valueNumber, "count": valueNumber, "days": valueNumber, "baseline": valueNumber,
		"latest": valueNumber, "adequateDays": valueNumber, "dailyDose": valueNumber, "limit": valueNumber,
		"required": valueNumber, "onc": valueNumber,
		"date": valueDate, "due": valueDate, "last": valueDate, "planned": valueDate,
		"riskAssessment": valueDate, "safetyPlan": valueDate,
		"what": valueWords, "missing": valueWords, "preference": valueWords, "outcome": valueWords,
		"kind": valueWords, "problem": valueWords, "principle": valueWords, "urgency": valueWords,
		"domain": valueWords, "domains": valueWords, "signals": valueWords, "addressed": valueWords,
		"title": valueLeaf,
	}
}

// translations returns the languages other than English, by index.
func translations() [langCount]*translation {
	return [langCount]*translation{langSpanish: spanishText()}
}

// messages is the library's message catalog and what it needs to fill
// templates: built once, on first use, and read-only after.
type messages struct {
	matcher  language.Matcher
	printers [langCount]*message.Printer
	// english are the compiled English formats by key: the fallback of
	// every lookup, so a missing translation shows English, never a key.
	english map[string]string
	// names are each key's placeholder names, in the English order.
	names map[string][]string
	// has records the keys each language has.
	has [langCount]map[string]bool
	// patterns are the value keys with a number in them, per language.
	patterns [langCount][]valuePattern
	// fixed are the texts without placeholders (titles, bases, labels,
	// words), rendered once per language.
	fixed [langCount]map[string]string
	// kinds are the value kinds by value name.
	kinds map[string]valueKind
}

// valuePattern is a value key with one {n}: the text before and after it.
type valuePattern struct {
	prefix, suffix, key string
}

var catalogMessages = sync.OnceValue(buildMessages)

// buildMessages builds the catalog from the rules' English text, the
// fixed English text and the translations.
func buildMessages() *messages {
	tags := Languages()
	m := &messages{
		matcher: language.NewMatcher(tags),
		english: map[string]string{},
		names:   map[string][]string{},
		kinds:   valueKinds(),
	}
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	set := func(lang int, key, tmpl string, names []string) {
		format := compileTemplate(tmpl, names)
		// SetString fails only for a malformed message, which compiled
		// templates are not; the tests check every key renders.
		_ = b.SetString(tags[lang], key, format)
		m.has[lang][key] = true
		if !strings.Contains(format, "%[") {
			m.fixed[lang][key] = ""
		}
		if lang == langEnglish {
			m.english[key] = format
			m.names[key] = names
		}
	}
	for i := range m.has {
		m.has[i] = map[string]bool{}
		m.fixed[i] = map[string]string{}
	}
	for i := range builtinRules {
		r := &builtinRules[i]
		names := templateNames(r.Message)
		for _, f := range ruleFields(r.ID, ruleText{r.Title, r.Message, r.Basis, r.Suggestion}) {
			if f.text != "" {
				set(langEnglish, f.key, f.text, names)
			}
		}
	}
	for key, tmpl := range englishText() {
		set(langEnglish, key, tmpl, templateNames(tmpl))
	}
	for lang, tr := range translations() {
		if tr == nil {
			continue
		}
		for id, rt := range tr.rules {
			for _, f := range ruleFields(id, rt) {
				if f.text != "" {
					set(lang, f.key, f.text, m.names[id+".message"])
				}
			}
		}
		for key, tmpl := range tr.text {
			set(lang, key, tmpl, m.names[key])
		}
		for en, tmpl := range tr.values {
			key := "value." + en
			set(lang, key, tmpl, []string{"n"})
			if pre, suf, ok := strings.Cut(en, "{n}"); ok {
				m.patterns[lang] = append(m.patterns[lang], valuePattern{pre, suf, key})
			}
		}
		for en, text := range tr.variants {
			set(lang, "variant."+en, text, nil)
		}
	}
	for i, tag := range tags {
		p := message.NewPrinter(tag, message.Catalog(b))
		m.printers[i] = p
		for key := range m.fixed[i] {
			m.fixed[i][key] = p.Sprintf(key)
		}
	}
	return m
}

type ruleField struct{ key, text string }

// ruleFields lists the catalog keys of one rule's text.
func ruleFields(id string, t ruleText) [4]ruleField {
	return [4]ruleField{
		{id + ".title", t.Title}, {id + ".message", t.Message},
		{id + ".basis", t.Basis}, {id + ".suggestion", t.Suggestion},
	}
}

// templateNames returns the {name} placeholders of tmpl, each once, in
// the order they first appear.
func templateNames(tmpl string) []string {
	var names []string
	for {
		name, rest, ok := nextPlaceholder(tmpl)
		if !ok {
			return names
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
		tmpl = rest
	}
}

// nextPlaceholder finds the next {name} in s, where name is letters and
// digits, and returns it with the text after it.
func nextPlaceholder(s string) (name, rest string, ok bool) {
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return "", "", false
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return "", "", false
		}
		if n := s[i+1 : i+j]; isName(n) {
			return n, s[i+j+1:], true
		}
		s = s[i+1:]
	}
}

func isName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// compileTemplate turns a {name} template into an x/text format string
// with positional arguments (%[1]v is names[0]), escaping every other %.
// A placeholder not among names stays as written.
func compileTemplate(tmpl string, names []string) string {
	var b strings.Builder
	escape := func(s string) { b.WriteString(strings.ReplaceAll(s, "%", "%%")) }
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			break
		}
		n := slices.Index(names, tmpl[i+1:i+j])
		if n < 0 {
			escape(tmpl[:i+1])
			tmpl = tmpl[i+1:]
			continue
		}
		escape(tmpl[:i])
		b.WriteString("%[")
		b.WriteString(strconv.Itoa(n + 1))
		b.WriteString("]v")
		tmpl = tmpl[i+j+1:]
	}
	escape(tmpl)
	return b.String()
}

// A locale renders text in one shipped language.
type locale struct {
	m    *messages
	lang int
}

// localeFor returns the locale the options choose: English without a
// [Language] option or a match.
func localeFor(opts []RenderOption) locale {
	m := catalogMessages()
	var cfg renderConfig
	for _, o := range opts {
		if o != nil {
			o.applyRender(&cfg)
		}
	}
	l := locale{m: m}
	if len(cfg.tags) > 0 {
		if _, i, conf := m.matcher.Match(cfg.tags...); conf != language.No {
			l.lang = i
		}
	}
	return l
}

// tag returns the locale's language.
func (l locale) tag() language.Tag { return Languages()[l.lang] }

// has reports whether the locale's language has key.
func (l locale) has(key string) bool { return l.m.has[l.lang][key] }

// text renders key with its placeholders filled by args, in the order
// they appear in the English template, falling back to English.
func (l locale) text(key string, args ...any) string {
	if len(args) == 0 {
		if s, ok := l.m.fixed[l.lang][key]; ok {
			return s
		}
	}
	return l.m.printers[l.lang].Sprintf(message.Key(key, l.m.english[key]), args...)
}

// marked returns English text the locale has no translation for, marked
// as English.
func (l locale) marked(s string) string {
	if l.lang == langEnglish || s == "" {
		return s
	}
	return l.text("text.untranslated") + " " + s
}

// title returns the title of f's rule, or the rule ID for a rule not in
// the built-in catalog.
func (l locale) title(f *Finding) string {
	if _, ok := lookupBuiltin(f.Rule); !ok {
		return f.Rule
	}
	return l.text(f.Rule + ".title")
}

// message returns f's message: its rule's template with f's values in
// the locale's form, or the values listed for a rule not in the built-in
// catalog.
func (l locale) message(f *Finding) string {
	r, ok := lookupBuiltin(f.Rule)
	if !ok || r.Message == "" {
		parts := make([]string, len(f.Values))
		for i, v := range f.Values {
			parts[i] = v.Name + ": " + v.Value
		}
		return f.Rule + " (" + strings.Join(parts, "; ") + ")"
	}
	key := f.Rule + ".message"
	names := l.m.names[key]
	args := make([]any, len(names))
	for i, name := range names {
		v, ok := lookupValue(f.Values, name)
		if !ok {
			args[i] = "{" + name + "}"
			continue
		}
		args[i] = l.value(name, v)
	}
	return l.text(key, args...)
}

// value returns a finding's value in the form its kind and the locale
// call for: a number as a number, a date in the language's form, words
// translated. IDs and codes are returned as they are.
func (l locale) value(name, v string) any {
	kind := l.m.kinds[name]
	switch {
	case kind == valueNumber:
		if n, ok := number(v); ok {
			return n
		}
		return v
	case kind == valueDate && isISODate(v):
		return l.date(v)
	case l.lang == langEnglish || kind == valueAsIs:
		return v
	case kind == valueLeaf:
		if l.has("value." + v) {
			return l.text("value." + v)
		}
		return l.marked(v)
	}
	return l.words(v)
}

// words translates a value from a closed set: the whole value if the
// locale has it, or else each item of a ", " list, leaving items it does
// not know (IDs) as they are.
func (l locale) words(v string) string {
	if s, ok := l.word(v); ok {
		return s
	}
	if !strings.Contains(v, ", ") {
		return v
	}
	items := strings.Split(v, ", ")
	for i, it := range items {
		if s, ok := l.word(it); ok {
			items[i] = s
		}
	}
	return strings.Join(items, ", ")
}

// word translates one word or phrase, or one with a number in it.
func (l locale) word(v string) (string, bool) {
	if l.has("value." + v) {
		return l.text("value." + v), true
	}
	for _, p := range l.m.patterns[l.lang] {
		if len(v) <= len(p.prefix)+len(p.suffix) || !strings.HasPrefix(v, p.prefix) || !strings.HasSuffix(v, p.suffix) {
			continue
		}
		if n, ok := number(v[len(p.prefix) : len(v)-len(p.suffix)]); ok {
			return l.text(p.key, n), true
		}
	}
	return "", false
}

// number returns a decimal number written as digits with an optional
// sign and fraction, as an int64 or a float64 the printer can localize.
func number(s string) (any, bool) {
	digits, point := 0, false
	for i, c := range []byte(s) {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' && i == 0:
		case c == '.' && !point && digits > 0 && i < len(s)-1:
			point = true
		default:
			return nil, false
		}
	}
	if digits == 0 {
		return nil, false
	}
	if !point {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n, true
		}
	}
	x, err := strconv.ParseFloat(s, 64)
	return x, err == nil
}

// isISODate reports whether s has the form YYYY-MM-DD.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// date writes an ISO date in the locale's form; other text is returned
// as a word.
func (l locale) date(iso string) string {
	if !isISODate(iso) {
		return l.words(iso)
	}
	return l.text("format.date", iso[:4], iso[5:7], iso[8:])
}

// basis returns f's basis: the translation of its rule's default basis,
// or of a known variant, or else the English text, marked.
func (l locale) basis(f *Finding) string {
	return l.ruleText(f, f.Basis, ".basis", func(r *Rule) string { return r.Basis })
}

// suggestion returns f's suggestion like [locale.basis].
func (l locale) suggestion(f *Finding) string {
	return l.ruleText(f, f.Suggestion, ".suggestion", func(r *Rule) string { return r.Suggestion })
}

func (l locale) ruleText(f *Finding, text, suffix string, def func(*Rule) string) string {
	if l.lang == langEnglish || text == "" {
		return text
	}
	if r, ok := lookupBuiltin(f.Rule); ok && def(r) == text && l.has(f.Rule+suffix) {
		return l.text(f.Rule + suffix)
	}
	if l.has("variant." + text) {
		return l.text("variant." + text)
	}
	return l.marked(text)
}

// grade returns a leaf grade in the locale's words.
func (l locale) grade(g string) string {
	if l.m.english["grade."+g] == "" {
		return g
	}
	return l.text("grade." + g)
}

// lookupBuiltin returns the built-in rule with the given ID without
// copying it.
func lookupBuiltin(id string) (*Rule, bool) {
	i, ok := ruleIndex()[id]
	if !ok {
		return nil, false
	}
	return &builtinRules[i], true
}

// FindingText is a finding's text in one language, ready to show a
// clinician. It is made by [Finding.Text].
type FindingText struct {
	// Language is the language of the text, one of [Languages].
	Language language.Tag
	// Title is the lower-case title of the finding's rule, or the rule ID
	// for a rule not in the built-in catalog.
	Title string
	// Message is the rule's message with the finding's values put in:
	// numbers and dates in the language's form, IDs and codes as they
	// are.
	Message string
	// Basis is why the finding matters. Text from the leaf packages
	// (a medication's mechanism, a flag's reason) has no translation yet:
	// in a language other than English it is given in English, marked as
	// such ("(en inglés) ...").
	Basis string
	// Suggestion is what a clinician might consider, if the finding has a
	// suggestion, marked like Basis when it is not translated.
	Suggestion string
}

// Text returns the finding's title, message, basis and suggestion in the
// language the options choose ([Language]), English by default.
func (f Finding) Text(opts ...RenderOption) FindingText {
	l := localeFor(opts)
	return l.findingText(&f)
}

func (l locale) findingText(f *Finding) FindingText {
	return FindingText{
		Language:   l.tag(),
		Title:      l.title(f),
		Message:    l.message(f),
		Basis:      l.basis(f),
		Suggestion: l.suggestion(f),
	}
}
