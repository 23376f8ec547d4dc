package modality

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wholeperson/integrative/validation"
)

// maxNameLen is the longest name the resolvers look at, in bytes; longer
// text is not the name of a therapy and is rejected without work.
const maxNameLen = 128

// maxSuggestions is how many names an [UnknownNameError] suggests.
const maxSuggestions = 3

// nameKey normalizes a name for matching: letters and digits lower-cased,
// apostrophes and periods dropped, every other run of characters turned
// into one space, leading and trailing space removed. "Short-term
// psychodynamic", "short term  psychodynamic" and "SHORT_TERM
// PSYCHODYNAMIC" share a key. The key is appended to buf.
func nameKey(s string, buf []byte) []byte {
	buf = buf[:0]
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '.' || r == '\u2019':
			continue
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		default:
			space = len(buf) > 0
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// A nameIndex maps the normalized names of catalog entries (ID, name and
// synonyms) to the entry's position, and keeps the catalog text of each
// name for suggestions.
type nameIndex struct {
	byKey   map[string]int
	display []nameEntry
}

type nameEntry struct {
	key   []rune
	text  string // catalog text, safe to show
	entry int
}

func newNameIndex(n int) nameIndex {
	return nameIndex{byKey: make(map[string]int, 4*n)}
}

// add indexes text for entry i. A name another entry already answers to
// keeps its first entry: catalogs list the built-in entries first, so a
// host entry copied from a built-in one, synonyms and all, does not take
// the built-in names over. It reports ErrBadValue at path when text is
// not blank but has no letters or digits (blank text is the entry's own
// Validate's to report).
func (x *nameIndex) add(v *validation.Collector, path, text string, i int) {
	var buf [maxNameLen]byte
	k := nameKey(text, buf[:0])
	if len(k) == 0 {
		if strings.TrimSpace(text) != "" {
			v.Add(path, ErrBadValue)
		}
		return
	}
	if _, taken := x.byKey[string(k)]; taken {
		return
	}
	x.byKey[string(k)] = i
	x.display = append(x.display, nameEntry{key: []rune(string(k)), text: text, entry: i})
}

// find returns the position of the entry name denotes.
func (x *nameIndex) find(name string) (int, bool) {
	if len(name) > maxNameLen {
		return 0, false
	}
	var buf [maxNameLen]byte
	k := nameKey(name, buf[:0])
	i, ok := x.byKey[string(k)]
	return i, ok
}

// suggest returns up to maxSuggestions catalog names nearest to name by
// edit distance, nearest first, one per entry; nil when nothing is close.
func (x *nameIndex) suggest(name string) []string {
	if len(name) > maxNameLen {
		return nil
	}
	var buf [maxNameLen]byte
	k := []rune(string(nameKey(name, buf[:0])))
	if len(k) < 2 {
		return nil
	}
	limit := max(1, len(k)/3)
	type cand struct {
		dist  int
		text  string
		entry int
	}
	var cands []cand
	var sc editScratch
	for _, e := range x.display {
		if d := sc.distance(k, e.key, limit); d <= limit {
			cands = append(cands, cand{d, e.text, e.entry})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(a.dist, b.dist); c != 0 {
			return c
		}
		return strings.Compare(a.text, b.text)
	})
	var out []string
	var seen []int
	for _, c := range cands {
		if slices.Contains(seen, c.entry) {
			continue
		}
		seen = append(seen, c.entry)
		out = append(out, c.text)
		if len(out) == maxSuggestions {
			break
		}
	}
	return out
}

// editScratch holds the rows reused by distance.
type editScratch struct{ prev2, prev, cur []int }

// distance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions), or
// limit+1 when it exceeds limit.
func (sc *editScratch) distance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	n := len(b) + 1
	sc.prev2 = slices.Grow(sc.prev2[:0], n)[:n]
	sc.prev = slices.Grow(sc.prev[:0], n)[:n]
	sc.cur = slices.Grow(sc.cur[:0], n)[:n]
	for j := range sc.prev {
		sc.prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		sc.cur[0] = i
		best := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(sc.prev[j]+1, sc.cur[j-1]+1, sc.prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, sc.prev2[j-2]+1)
			}
			sc.cur[j] = d
			best = min(best, d)
		}
		if best > limit {
			return limit + 1
		}
		sc.prev2, sc.prev, sc.cur = sc.prev, sc.cur, sc.prev2
	}
	return sc.prev[len(b)]
}

// An UnknownNameError reports a name that matched no modality or no
// technique. It never holds the name itself: Suggestions are catalog names
// only, nearest first. It wraps [ErrUnknownName] and, for modality names,
// [ErrUnknownModality] or, for technique names, [ErrUnknownTechnique].
type UnknownNameError struct {
	// Suggestions are up to three catalog names close in spelling to the
	// name looked up, nearest first. Empty when nothing is close.
	Suggestions []string `json:"suggestions"`
	technique   bool
}

// Error says the name is unknown and lists the suggestions, which are
// catalog text, never the caller's input.
func (e *UnknownNameError) Error() string {
	msg := "modality: unknown modality name"
	if e.technique {
		msg = "modality: unknown technique name"
	}
	if len(e.Suggestions) == 0 {
		return msg
	}
	return msg + " (nearest catalog names: " + strings.Join(e.Suggestions, ", ") + ")"
}

// Unwrap returns [ErrUnknownName] and [ErrUnknownModality] or
// [ErrUnknownTechnique].
func (e *UnknownNameError) Unwrap() []error {
	if e.technique {
		return []error{ErrUnknownName, ErrUnknownTechnique}
	}
	return []error{ErrUnknownName, ErrUnknownModality}
}

// ResolveID returns the ID of the modality that name denotes: its ID, name
// or a synonym ("CBT", "behavioral activation", "prolonged exposure",
// "IPSRT", "short-term psychodynamic therapy"), in any case, with any
// spacing, hyphens and punctuation. A name two modalities answer to
// denotes the first in catalog order. It returns an *[UnknownNameError] when
// nothing matches; the error suggests the nearest catalog names and never
// repeats name.
func (c *Catalog) ResolveID(name string) (ID, error) {
	i, ok := c.mNames.find(name)
	if !ok {
		return "", &UnknownNameError{Suggestions: c.mNames.suggest(name)}
	}
	return c.modalities[i].ID, nil
}

// Resolve is like [Catalog.ResolveID] but returns a copy of the modality.
func (c *Catalog) Resolve(name string) (Modality, error) {
	i, ok := c.mNames.find(name)
	if !ok {
		return Modality{}, &UnknownNameError{Suggestions: c.mNames.suggest(name)}
	}
	return c.modalities[i].clone(), nil
}

// ResolveTechniqueID returns the ID of the technique that name denotes, as
// [Catalog.ResolveID] does for modalities. It returns an
// *[UnknownNameError] wrapping [ErrUnknownTechnique] when nothing matches.
func (c *Catalog) ResolveTechniqueID(name string) (TechniqueID, error) {
	i, ok := c.tNames.find(name)
	if !ok {
		return "", &UnknownNameError{Suggestions: c.tNames.suggest(name), technique: true}
	}
	return c.techniques[i].ID, nil
}

// ResolveTechnique is like [Catalog.ResolveTechniqueID] but returns a copy
// of the technique.
func (c *Catalog) ResolveTechnique(name string) (Technique, error) {
	i, ok := c.tNames.find(name)
	if !ok {
		return Technique{}, &UnknownNameError{Suggestions: c.tNames.suggest(name), technique: true}
	}
	return c.techniques[i].clone(), nil
}

// ResolveID resolves a modality name against the built-in catalog; see
// [Catalog.ResolveID].
func ResolveID(name string) (ID, error) { return builtin().ResolveID(name) }

// Resolve resolves a modality name against the built-in catalog; see
// [Catalog.Resolve].
func Resolve(name string) (Modality, error) { return builtin().Resolve(name) }

// ResolveTechniqueID resolves a technique name against the built-in
// catalog; see [Catalog.ResolveTechniqueID].
func ResolveTechniqueID(name string) (TechniqueID, error) {
	return builtin().ResolveTechniqueID(name)
}

// ResolveTechnique resolves a technique name against the built-in catalog;
// see [Catalog.ResolveTechnique].
func ResolveTechnique(name string) (Technique, error) { return builtin().ResolveTechnique(name) }
