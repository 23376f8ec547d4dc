package traumainformed

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// TermID identifies a stigmatizing term in a [Catalog], such as "addict".
type TermID string

// A Term is a stigmatizing way of speaking about people, with person-first,
// non-stigmatizing alternatives and the sources that recommend them.
type Term struct {
	ID TermID `json:"id"`
	// Forms are the words or phrases matched, such as "addict" and
	// "addicts", each of at most [MaxPhraseWords] words. Case, width and
	// Unicode normalization do not matter; words in a phrase may be
	// separated by spaces or hyphens ("non-compliant" also matches "non
	// compliant").
	Forms []string `json:"forms"`
	// Except are longer phrases containing a form that are not
	// stigmatizing, such as "alcoholic beverages" for "alcoholic". Each
	// must contain one of the term's forms, after at most three words, and
	// hold at most [MaxPhraseWords] words.
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

// A lexicon is a catalog's terms compiled for matching.
type lexicon struct {
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
func (l *lexicon) mayStart(word string, isASCII bool) bool {
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

// MaxPhraseWords is the most words a term's form or exception may hold.
// It bounds the cost of compiling a catalog's terms.
const MaxPhraseWords = 8

// compileTerms validates terms, recording problems in v under
// "terms/<position>", and compiles them into a lexicon holding copies. Its
// cost is linear in the total size of the terms.
func compileTerms(v *validation.Collector, terms []Term) *lexicon {
	l := &lexicon{index: make(map[TermID]int, len(terms)), first: map[string][]pattern{}}
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
		// forms holds the term's forms, keyed by their folded words joined
		// with spaces.
		forms := make(map[string]struct{}, len(t.Forms))
		for j, f := range t.Forms {
			words := foldWords(f)
			key := strings.Join(words, " ")
			fp := validation.Join(path, "forms", validation.Index(j))
			switch {
			case len(words) == 0 || len(words) > MaxPhraseWords:
				v.Add(fp, ErrBadForm)
				continue
			case seen[key]:
				v.Add(fp, ErrDuplicate)
				continue
			}
			seen[key] = true
			forms[key] = struct{}{}
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
			anchor := -1
			if len(words) <= MaxPhraseWords {
				anchor = anchorOf(words, forms)
			}
			if anchor < 0 {
				v.Add(validation.Join(path, "except", validation.Index(j)), ErrBadForm)
				continue
			}
			excepts = append(excepts, pattern{term: n, words: words, anchor: anchor})
			l.grow(words)
		}
		if _, dup := l.index[t.ID]; !dup {
			l.index[t.ID] = n
		}
		l.terms = append(l.terms, t.clone())
		l.except = append(l.except, excepts)
	}
	return l
}

func (l *lexicon) grow(words []string) {
	for _, w := range words {
		l.maxWord = max(l.maxWord, len(w))
	}
}

// anchorOf returns where one of forms (keyed by their words joined with
// spaces) begins within words, at most maxBack words in, or -1.
func anchorOf(words []string, forms map[string]struct{}) int {
	for a := 0; a <= maxBack && a < len(words); a++ {
		for end := a + 1; end <= len(words); end++ {
			if _, ok := forms[strings.Join(words[a:end], " ")]; ok {
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

// lookup returns a copy of the term with the given ID.
func (l *lexicon) lookup(id TermID) (Term, bool) {
	i, ok := l.index[id]
	if !ok {
		return Term{}, false
	}
	return l.terms[i].clone(), true
}

// all returns copies of the terms in order.
func (l *lexicon) all() []Term {
	out := make([]Term, len(l.terms))
	for i, t := range l.terms {
		out[i] = t.clone()
	}
	return out
}

// span is a word's byte offsets in the text.
type span struct{ start, end int }

// check finds every occurrence of the terms in text; see [Catalog.CheckLanguage].
func (l *lexicon) check(text string) []Match {
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
func (l *lexicon) matchFrom(text string, words []string, end int, scratch *[]byte, caser **cases.Caser) (int, bool) {
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
func (l *lexicon) excepted(text string, term int, prev []span, start, end int, scratch *[]byte, caser **cases.Caser) bool {
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
