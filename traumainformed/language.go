package traumainformed

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// TermID identifies a stigmatizing term in a [Lexicon], such as "addict".
type TermID string

// A Term is a stigmatizing way of speaking about people, with person-first,
// non-stigmatizing alternatives and the sources that recommend them.
type Term struct {
	ID TermID `json:"id"`
	// Forms are the words or phrases matched, such as "addict" and
	// "addicts". Case, width and Unicode normalization do not matter; words
	// in a phrase may be separated by spaces or hyphens ("non-compliant"
	// also matches "non compliant").
	Forms []string `json:"forms"`
	// Except are longer phrases containing a form that are not
	// stigmatizing, such as "alcoholic beverages" for "alcoholic". Each
	// must contain one of the term's forms, after at most three words.
	Except []string `json:"except,omitempty"`
	// Instead are the alternatives to use, at least one.
	Instead []string `json:"instead"`
	// Why says why the term is avoided.
	Why string `json:"why"`
	// Sources support the entry, at least one.
	Sources []evidence.Source `json:"sources"`
}

func (t Term) clone() Term {
	t.Forms = slices.Clone(t.Forms)
	t.Except = slices.Clone(t.Except)
	t.Instead = slices.Clone(t.Instead)
	t.Sources = slices.Clone(t.Sources)
	return t
}

// A Match is one occurrence of a term in a text.
type Match struct {
	Term TermID `json:"term"`
	// Start and End are byte offsets into the text checked: the match is
	// text[Start:End], from the first letter of its first word to the last
	// letter of its last word.
	Start int `json:"start"`
	End   int `json:"end"`
}

// maxBack is how many words an exception may hold before the term's form.
const maxBack = 3

// A Lexicon is a validated, immutable set of terms, compiled for matching.
// It is safe for concurrent use.
type Lexicon struct {
	terms []Term
	index map[TermID]int
	// first maps the folded first word of every form to its patterns.
	first map[string][]pattern
	// except holds each term's exceptions.
	except [][]pattern
	// maxWord is the byte length of the longest folded word of any
	// pattern; longer words cannot match.
	maxWord int
	// filter is a Bloom filter over the signatures of the ASCII first
	// words: an ASCII word whose signature is not in it starts no pattern,
	// which spares most words the map look-up.
	filter [filterBits / 64]uint64
}

const filterBits = 4096

// signature hashes an ASCII word's length, first two and last bytes,
// lower-cased, into the filter's range.
func signature(word string) uint {
	lower := func(c byte) uint {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return uint(c)
	}
	n := len(word)
	h := uint(n)
	h = h*131 + lower(word[0])
	h = h*131 + lower(word[min(1, n-1)])
	h = h*131 + lower(word[n-1])
	return h % filterBits
}

// ascii reports whether s is all ASCII.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mayStart reports whether word, all ASCII if isASCII, may begin a
// pattern.
func (l *Lexicon) mayStart(word string, isASCII bool) bool {
	if !isASCII {
		return true
	}
	h := signature(word)
	return l.filter[h/64]&(1<<(h%64)) != 0
}

// A pattern is a form or exception as folded words.
type pattern struct {
	term  int
	words []string
	// anchor is, for an exception, the index of the word where the term's
	// form begins.
	anchor int
}

// NewLexicon validates terms and compiles them into a lexicon holding
// copies. To extend the built-in terms, pass append([Terms](), more...).
// It returns a *[validation.Error] listing every problem under
// "terms/<position>": [ErrRequired] at "id", "forms", "instead" and "why"
// when empty; [ErrBadValue] at "id" when it is not lower-case ASCII words
// joined by hyphens; [ErrDuplicate] at "id" for a repeated ID and at
// "forms/<position>" for a form already used by any term; [ErrBadForm] at
// "forms/<position>" and "except/<position>" for one without a word, and
// for an exception that does not contain one of the term's forms after at
// most three words; [evidence.ErrNoSource] at "sources" and the
// [evidence.Source.Validate] errors under "sources/<position>".
func NewLexicon(terms ...Term) (*Lexicon, error) {
	var v validation.Collector
	l := &Lexicon{index: make(map[TermID]int, len(terms)), first: map[string][]pattern{}}
	seen := map[string]bool{}
	for i, t := range terms {
		path := validation.Join("terms", validation.Index(i))
		switch {
		case t.ID == "":
			v.Add(path+"/id", ErrRequired)
		case !wellFormedID(string(t.ID)):
			v.Add(path+"/id", ErrBadValue)
		}
		if _, dup := l.index[t.ID]; dup && t.ID != "" {
			v.Add(path+"/id", ErrDuplicate)
		}
		if len(t.Forms) == 0 {
			v.Add(path+"/forms", ErrRequired)
		}
		if len(t.Instead) == 0 || slices.ContainsFunc(t.Instead, blank) {
			v.Add(path+"/instead", ErrRequired)
		}
		if blank(t.Why) {
			v.Add(path+"/why", ErrRequired)
		}
		v.Merge(path+"/sources", evidence.Check(t.Sources))
		n := len(l.terms)
		var forms [][]string
		for j, f := range t.Forms {
			words := foldWords(f)
			key := strings.Join(words, " ")
			fp := validation.Join(path, "forms", validation.Index(j))
			switch {
			case len(words) == 0:
				v.Add(fp, ErrBadForm)
				continue
			case seen[key]:
				v.Add(fp, ErrDuplicate)
				continue
			}
			seen[key] = true
			forms = append(forms, words)
			l.first[words[0]] = append(l.first[words[0]], pattern{term: n, words: words})
			if ascii(words[0]) {
				h := signature(words[0])
				l.filter[h/64] |= 1 << (h % 64)
			}
			l.grow(words)
		}
		var excepts []pattern
		for j, e := range t.Except {
			words := foldWords(e)
			anchor := anchorOf(words, forms)
			if anchor < 0 {
				v.Add(validation.Join(path, "except", validation.Index(j)), ErrBadForm)
				continue
			}
			excepts = append(excepts, pattern{term: n, words: words, anchor: anchor})
			l.grow(words)
		}
		l.index[t.ID] = n
		l.terms = append(l.terms, t.clone())
		l.except = append(l.except, excepts)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Lexicon) grow(words []string) {
	for _, w := range words {
		l.maxWord = max(l.maxWord, len(w))
	}
}

// anchorOf returns where one of forms begins within words, at most maxBack
// words in, or -1.
func anchorOf(words []string, forms [][]string) int {
	for a := 0; a <= maxBack && a < len(words); a++ {
		for _, f := range forms {
			if len(words)-a >= len(f) && slices.Equal(words[a:a+len(f)], f) {
				return a
			}
		}
	}
	return -1
}

// foldWords splits s into words and folds each.
func foldWords(s string) []string {
	var words []string
	for pos := 0; ; {
		start, end, _ := nextWord(s, pos)
		if start == end {
			return words
		}
		words = append(words, string(fold(nil, s[start:end], nil)))
		pos = end
	}
}

// BuiltinLexicon returns the lexicon of the built-in terms.
func BuiltinLexicon() *Lexicon { return builtinLexicon() }

var builtinLexicon = sync.OnceValue(func() *Lexicon {
	l, err := NewLexicon(terms...)
	if err != nil {
		// The built-in terms are checked by the package's tests; a failure
		// here is a defect in this module.
		panic(err)
	}
	return l
})

// LookupTerm returns a copy of the built-in term with the given ID.
func LookupTerm(id TermID) (Term, bool) { return builtinLexicon().Lookup(id) }

// Terms returns copies of the built-in terms.
func Terms() []Term { return builtinLexicon().All() }

// CheckLanguage finds the built-in terms in text; see [Lexicon.Check].
func CheckLanguage(text string) []Match { return builtinLexicon().Check(text) }

// Lookup returns a copy of the term with the given ID.
func (l *Lexicon) Lookup(id TermID) (Term, bool) {
	i, ok := l.index[id]
	if !ok {
		return Term{}, false
	}
	return l.terms[i].clone(), true
}

// All returns copies of the lexicon's terms in order.
func (l *Lexicon) All() []Term {
	out := make([]Term, len(l.terms))
	for i, t := range l.terms {
		out[i] = t.clone()
	}
	return out
}

// span is a word's byte offsets in the text.
type span struct{ start, end int }

// Check finds every occurrence of the lexicon's terms in text, a
// client-facing text such as a plan summary or a letter. Words are matched
// whole ("addiction" does not contain the term "addict") and without regard
// to case, width or Unicode normalization: each word is normalized (NFKC)
// and case-folded with golang.org/x/text. A word is a run of letters,
// digits and combining marks; the words of a phrase may be separated by
// white space or hyphens only. Where forms of different terms start at the
// same word, the longest wins; matches do not overlap and are in text
// order. Invalid UTF-8 separates words. Check never fails: any text is
// acceptable.
func (l *Lexicon) Check(text string) []Match {
	var (
		out     []Match
		buf     [64]byte
		caser   *cases.Caser
		prev    [maxBack]span
		nprev   int
		pos     int
		scratch []byte
	)
	for {
		start, end, isASCII := nextWord(text, pos)
		if start == end {
			return out
		}
		pos = end
		word := text[start:end]
		if tooLong(word, l.maxWord) || !l.mayStart(word, isASCII) {
			nprev = push(&prev, nprev, span{start, end})
			continue
		}
		key := fold(buf[:0], word, &caser)
		cands := l.first[string(key)]
		if len(cands) == 0 {
			nprev = push(&prev, nprev, span{start, end})
			continue
		}
		best, bestEnd := -1, end
		for ci := range cands {
			if e, ok := l.matchFrom(text, cands[ci].words, end, &scratch, &caser); ok && (best < 0 || e > bestEnd) {
				best, bestEnd = ci, e
			}
		}
		if best >= 0 && !l.excepted(text, cands[best].term, prev[:min(nprev, maxBack)], start, end, &scratch, &caser) {
			out = append(out, Match{Term: l.terms[cands[best].term].ID, Start: start, End: bestEnd})
			pos = bestEnd
			nprev = 0
			continue
		}
		nprev = push(&prev, nprev, span{start, end})
	}
}

// push records w as the latest word; prev[0] is the most recent.
func push(prev *[maxBack]span, n int, w span) int {
	copy(prev[1:], prev[:maxBack-1])
	prev[0] = w
	return min(n+1, maxBack)
}

// matchFrom reports whether words[1:] follow the word ending at end, each
// separated from the one before by white space or hyphens only, and
// returns where the last one ends.
func (l *Lexicon) matchFrom(text string, words []string, end int, scratch *[]byte, caser **cases.Caser) (int, bool) {
	for _, w := range words[1:] {
		start, next, _ := nextWord(text, end)
		if start == next || !joiner(text[end:start]) {
			return 0, false
		}
		word := text[start:next]
		if tooLong(word, l.maxWord) {
			return 0, false
		}
		*scratch = fold((*scratch)[:0], word, caser)
		if string(*scratch) != w {
			return 0, false
		}
		end = next
	}
	return end, true
}

// excepted reports whether one of term's exceptions matches around the
// word at [start, end); prev holds the words before it, most recent first.
func (l *Lexicon) excepted(text string, term int, prev []span, start, end int, scratch *[]byte, caser **cases.Caser) bool {
	for _, e := range l.except[term] {
		if e.anchor > len(prev) {
			continue
		}
		ok := true
		// The words before the anchor, walking back from the matched word.
		next := start
		for k := 1; k <= e.anchor && ok; k++ {
			w := prev[k-1]
			if !joiner(text[w.end:next]) {
				ok = false
				break
			}
			*scratch = fold((*scratch)[:0], text[w.start:w.end], caser)
			ok = string(*scratch) == e.words[e.anchor-k]
			next = w.start
		}
		if !ok {
			continue
		}
		*scratch = fold((*scratch)[:0], text[start:end], caser)
		if string(*scratch) != e.words[e.anchor] {
			continue
		}
		if _, ok := l.matchFrom(text, e.words[e.anchor:], end, scratch, caser); ok {
			return true
		}
	}
	return false
}

// joiner reports whether sep, the text between two words of a phrase, is
// white space and hyphens only.
func joiner(sep string) bool {
	if sep == "" {
		return false
	}
	for _, r := range sep {
		switch {
		case r == '-', r == '\u2010', r == '\u2011', unicode.IsSpace(r):
		default:
			return false
		}
	}
	return true
}

// tooLong reports whether word cannot fold to at most limit bytes. ASCII
// folds to the same length; NFKC and folding shrink any other character at
// most fourfold.
func tooLong(word string, limit int) bool {
	return len(word) > 4*limit
}

// isWordByte reports whether the ASCII byte c is a letter or digit.
func isWordByte(c byte) bool {
	return (c|0x20)-'a' < 26 || c-'0' < 10
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// nextWord returns the byte span of the first word at or after pos, or an
// empty span at len(s), and whether the word is all ASCII.
func nextWord(s string, pos int) (start, end int, ascii bool) {
	i := pos
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isWordByte(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && isWordRune(r) {
			break
		}
		i += size
	}
	start, ascii = i, true
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isWordByte(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !isWordRune(r) {
			break
		}
		ascii = false
		i += size
	}
	return start, i, ascii
}

// fold appends the matching key of word to dst: ASCII is lower-cased;
// anything else is normalized to NFKC and case-folded. caser, when not
// nil, caches the folding Caser for the call.
func fold(dst []byte, word string, caser **cases.Caser) []byte {
	if ascii(word) {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	var c cases.Caser
	if caser != nil && *caser != nil {
		c = **caser
	} else {
		c = cases.Fold()
		if caser != nil {
			*caser = &c
		}
	}
	return append(dst, c.String(norm.NFKC.String(word))...)
}
