package medication

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/wholeperson/integrative/validation"
)

// maxNameLen is the longest name Resolve normalizes; longer input is not a
// drug name and is rejected without work.
const maxNameLen = 128

// saltWords are words that name a salt, ester or formulation. A name that
// does not match as written is tried again without them, so "sertraline
// hydrochloride" and "Wellbutrin XL 150" resolve.
var saltWords = map[string]bool{
	"hydrochloride": true, "hcl": true, "hydrobromide": true, "sodium": true, "potassium": true,
	"oxalate": true, "carbonate": true, "citrate": true, "mesylate": true, "maleate": true,
	"succinate": true, "fumarate": true, "tartrate": true, "bitartrate": true, "besylate": true,
	"sulfate": true, "sulphate": true, "phosphate": true, "acetate": true, "decanoate": true,
	"er": true, "xr": true, "xl": true, "sr": true, "cr": true, "la": true, "dr": true, "ir": true,
	"odt": true, "tablet": true, "tablets": true, "capsule": true, "capsules": true, "oral": true,
	"extended": true, "release": true, "mg": true, "mcg": true,
}

// key normalizes a name for matching: case-folded, compatibility-normalized
// (full-width forms become ASCII), diacritics removed, apostrophes and
// periods dropped, other punctuation and runs of spaces turned into single
// spaces. ASCII input, and input whose only non-ASCII characters are
// full-width forms, typographic apostrophes or wide spaces, takes an
// allocation-free path into buf; the result aliases buf in that case.
func key(s string, buf []byte) (k []byte, fast bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return asciiKey(s, buf), true
	}
	var narrow [maxNameLen]byte
	n := 0
	for _, r := range s {
		var b byte
		switch {
		case r < 0x80:
			b = byte(r)
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			b = byte(r - 0xFEE0)
		case r == '\u2018' || r == '\u2019' || r == '\u02bc':
			b = '\''
		case r == '\u00a0' || r == '\u3000':
			b = ' '
		case r < latinEnd && latinBase()[r] != 0: // accented Latin letter
			b = latinBase()[r]
		default:
			return []byte(slowKey(s)), false
		}
		if n == len(narrow) {
			return []byte(slowKey(s)), false
		}
		narrow[n] = b
		n++
	}
	return asciiKey(narrow[:n], buf), true
}

// latinEnd bounds the Latin-1 Supplement and Latin Extended-A blocks.
const latinEnd = 0x180

// latinBase maps each accented letter of Latin-1 Supplement and Latin
// Extended-A to its ASCII base letter (é to e), from its canonical
// decomposition; 0 where there is none.
var latinBase = sync.OnceValue(func() (t [latinEnd]byte) {
	for r := rune(0xC0); r < latinEnd; r++ {
		d := norm.NFD.String(string(r))
		if len(d) > 1 && d[0] < 0x80 && unicode.IsLetter(rune(d[0])) {
			t[r] = d[0]
		}
	}
	return t
})

// asciiKey is key for ASCII text.
func asciiKey[T string | []byte](s T, buf []byte) []byte {
	buf = buf[:0]
	space := false
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
		case b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		case b == '\'' || b == '.':
			continue
		default:
			space = len(buf) > 0
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = append(buf, b)
	}
	return buf
}

// folder folds case; a Caser from cases.Fold is stateless and safe for
// concurrent use.
var folder = sync.OnceValue(func() cases.Caser { return cases.Fold() })

// slowKey is key for text outside ASCII: compatibility decomposition (which
// also maps full-width forms to ASCII), full case folding, and removal of
// combining marks (accents).
func slowKey(s string) string {
	s = folder().String(norm.NFKD.String(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case r == '\'' || r == '.' || r == '\u2019' || r == '\u2018' || r == '\u02bc':
			continue
		default:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

func (c *Catalog) addNames(v *validation.Collector, p string, i int, a *Agent) {
	add := func(path, text string) {
		var buf [maxNameLen]byte
		k, _ := key(text, buf[:])
		if len(k) == 0 {
			v.Add(path, ErrBadCatalog)
			return
		}
		ks := string(k)
		if j, dup := c.names[ks]; dup {
			if int(j) != i {
				v.Add(path, ErrDuplicate)
			}
			return
		}
		c.names[ks] = int32(i)
		c.display = append(c.display, nameEntry{key: ks, text: text, agent: int32(i)})
	}
	add(p+"/name", a.Name)
	add(p+"/id", string(a.ID))
	for j, b := range a.Brands {
		add(validation.Join(p, "brands", validation.Index(j)), b)
	}
	for j, s := range a.Synonyms {
		add(validation.Join(p, "synonyms", validation.Index(j)), s)
	}
	for j := range a.Products {
		add(validation.Join(p, "products", validation.Index(j), "name"), a.Products[j].Name)
	}
	if a.RxNorm != "" {
		if j, dup := c.names[string(a.RxNorm)]; dup && int(j) != i {
			v.Add(p+"/rxnorm", ErrDuplicate)
		}
		c.names[string(a.RxNorm)] = int32(i)
	}
}

// find returns the index of the agent a name or RxNorm code resolves to.
func (c *Catalog) find(name string) (int, bool) {
	if len(name) > maxNameLen {
		return 0, false
	}
	var buf [maxNameLen]byte
	k, _ := key(name, buf[:])
	if len(k) == 0 {
		return 0, false
	}
	if i, ok := c.names[string(k)]; ok {
		return int(i), true
	}
	// Drop salt and formulation words and numbers, from the end.
	words := strings.Fields(string(k))
	kept := words[:0]
	for _, w := range words {
		if !saltWords[w] && !allDigitsOrDot(w) {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 || len(kept) == len(words) {
		return 0, false
	}
	i, ok := c.names[strings.Join(kept, " ")]
	return int(i), ok
}

func allDigitsOrDot(w string) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '.' {
			return false
		}
	}
	return true
}

// ResolveID returns the ID of the agent that name denotes: a generic name,
// brand name, synonym or RxNorm ingredient code, in any case, with or
// without accents, in full-width or compatibility forms, with any spacing
// and punctuation, with or without a salt or release suffix ("sertraline
// hydrochloride", "Wellbutrin XL"). It returns an *[UnknownNameError]
// wrapping [ErrUnknownName] when nothing matches; the error suggests the
// nearest catalog names (for a class word such as "benzos" or "opioids",
// the class's members) and never repeats name.
func (c *Catalog) ResolveID(name string) (AgentID, error) {
	i, ok := c.find(name)
	if !ok {
		return "", c.unknownName(name)
	}
	return c.data.Agents[i].ID, nil
}

// Resolve is like [Catalog.ResolveID] but returns a copy of the agent.
func (c *Catalog) Resolve(name string) (Agent, error) {
	i, ok := c.find(name)
	if !ok {
		return Agent{}, c.unknownName(name)
	}
	return c.data.Agents[i].clone(), nil
}

// ResolveID resolves a name against the built-in catalog; see
// [Catalog.ResolveID].
func ResolveID(name string) (AgentID, error) { return builtin().ResolveID(name) }

// Resolve resolves a name against the built-in catalog; see
// [Catalog.Resolve].
func Resolve(name string) (Agent, error) { return builtin().Resolve(name) }

// maxSuggestions is how many names an UnknownNameError suggests.
const maxSuggestions = 3

// suggest returns up to three catalog names nearest to name by edit
// distance, nearest first, one per agent.
func (c *Catalog) suggest(name string) []string {
	if len(name) > maxNameLen {
		return nil
	}
	var buf [maxNameLen]byte
	kb, _ := key(name, buf[:])
	k := string(kb)
	if len(k) < 3 {
		return nil
	}
	limit := max(2, len([]rune(k))/3)
	type cand struct {
		dist  int
		text  string
		agent int32
	}
	var cands []cand
	var sc scratch
	ka := []rune(k)
	for _, e := range c.display {
		d := sc.distance(ka, e.key, limit)
		if d <= limit {
			cands = append(cands, cand{d, e.text, e.agent})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		return strings.Compare(a.text, b.text)
	})
	var out []string
	seen := map[int32]bool{}
	for _, cd := range cands {
		if seen[cd.agent] {
			continue
		}
		seen[cd.agent] = true
		out = append(out, cd.text)
		if len(out) == maxSuggestions {
			break
		}
	}
	return out
}

// scratch holds the rows reused by distance.
type scratch struct {
	rb               []rune
	prev2, prev, cur []int
}

// distance is the optimal-string-alignment edit distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions), or
// limit+1 when it exceeds limit.
func (sc *scratch) distance(ra []rune, b string, limit int) int {
	sc.rb = append(sc.rb[:0], []rune(b)...)
	rb := sc.rb
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	n := len(rb) + 1
	sc.prev2 = slices.Grow(sc.prev2[:0], n)[:n]
	sc.prev = slices.Grow(sc.prev[:0], n)[:n]
	sc.cur = slices.Grow(sc.cur[:0], n)[:n]
	prev2, prev, cur := sc.prev2, sc.prev, sc.cur
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
