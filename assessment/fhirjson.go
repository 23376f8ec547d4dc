package assessment

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/wholeperson/integrative/validation"
)

// This file holds a small JSON reader for FHIR resources. FHIR resources
// carry many elements the importer does not read, so it cannot use
// [validation.Decode], which is meant for the module's own types; it reads
// the resource once into a flat list of nodes (no reflection, one
// allocation per few hundred values, strings left in the input until they
// are needed) and walks it with the same strictness: exact member names, no
// numbers in strings, and errors at JSON paths.

// MaxFHIRDepth is how deeply objects and arrays may nest in a FHIR resource
// the importer reads: enough for items nested some forty levels deep.
const MaxFHIRDepth = 100

type jkind uint8

const (
	jNull jkind = iota
	jFalse
	jTrue
	jNumber
	jString
	jArray
	jObject
)

// A jnode is one JSON value. A container's children follow it directly, in
// order, each linked to the next by next; a member of an object also holds
// the span of its key.
type jnode struct {
	kind   jkind
	esc    bool  // the string value holds escapes
	keyEsc bool  // the key holds escapes
	start  int32 // value: strings inside the quotes, others their bytes
	end    int32
	key0   int32 // key span inside the quotes, for object members
	key1   int32
	count  int32 // number of children of a container
	next   int32 // next sibling, or -1
}

// A jdoc is a parsed JSON document.
type jdoc struct {
	data  []byte
	nodes []jnode
}

// A jerror is where parsing stopped: malformed JSON, or nesting beyond
// MaxFHIRDepth.
type jerror struct {
	offset int
	deep   bool
}

type jparser struct {
	data  []byte
	pos   int
	nodes []jnode
	err   *jerror
}

// parseJSON parses data into a jdoc. It returns a *validation.Error:
// the *[validation.SyntaxError] of malformed JSON or trailing data, with its
// byte offset, or [validation.ErrTooDeep] for nesting beyond MaxFHIRDepth.
func parseJSON(data []byte) (*jdoc, error) {
	p := jparser{data: data, nodes: make([]jnode, 0, len(data)/12+16)}
	p.space()
	p.value(0)
	if p.err == nil {
		p.space()
		if p.pos < len(p.data) {
			p.fail()
		}
	}
	if p.err != nil {
		var v validation.Collector
		if p.err.deep {
			v.Add("", validation.ErrTooDeep)
			return nil, v.Err()
		}
		// validation.Decode reports malformed JSON as the module's
		// *SyntaxError with its offset; only that path is taken twice.
		var raw json.RawMessage
		if err := validation.Decode(data, &raw, validation.MaxBytes(len(data)+1)); err != nil {
			return nil, err
		}
		v.Add("", ErrBadJSON)
		return nil, v.Err()
	}
	return &jdoc{data: data, nodes: p.nodes}, nil
}

func (p *jparser) fail() {
	if p.err == nil {
		p.err = &jerror{offset: p.pos}
	}
}

func (p *jparser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\r', '\n':
			p.pos++
		default:
			return
		}
	}
}

// value parses the value at p.pos and returns its node's index.
func (p *jparser) value(depth int) int32 {
	if p.pos >= len(p.data) {
		p.fail()
		return -1
	}
	i := int32(len(p.nodes))
	p.nodes = append(p.nodes, jnode{start: int32(p.pos), next: -1, key0: -1, key1: -1})
	switch c := p.data[p.pos]; {
	case c == '{' || c == '[':
		if depth >= MaxFHIRDepth {
			p.err = &jerror{offset: p.pos, deep: true}
			return -1
		}
		kind, closer := jObject, byte('}')
		if c == '[' {
			kind, closer = jArray, ']'
		}
		p.nodes[i].kind = kind
		p.pos++
		p.space()
		prev := int32(-1)
		count := int32(0)
		if p.pos < len(p.data) && p.data[p.pos] == closer {
			p.pos++
		} else {
			for p.err == nil {
				var k0, k1 int32
				var kesc bool
				if kind == jObject {
					if p.pos >= len(p.data) || p.data[p.pos] != '"' {
						p.fail()
						return -1
					}
					k0, k1, kesc = p.str()
					if p.err != nil {
						return -1
					}
					p.space()
					if p.pos >= len(p.data) || p.data[p.pos] != ':' {
						p.fail()
						return -1
					}
					p.pos++
					p.space()
				}
				child := p.value(depth + 1)
				if p.err != nil {
					return -1
				}
				if kind == jObject {
					p.nodes[child].key0, p.nodes[child].key1, p.nodes[child].keyEsc = k0, k1, kesc
				}
				if prev >= 0 {
					p.nodes[prev].next = child
				}
				prev = child
				count++
				p.space()
				if p.pos >= len(p.data) {
					p.fail()
					return -1
				}
				if p.data[p.pos] == ',' {
					p.pos++
					p.space()
					continue
				}
				if p.data[p.pos] == closer {
					p.pos++
					break
				}
				p.fail()
				return -1
			}
		}
		p.nodes[i].count = count
		p.nodes[i].end = int32(p.pos)
	case c == '"':
		s, e, esc := p.str()
		p.nodes[i].kind, p.nodes[i].start, p.nodes[i].end, p.nodes[i].esc = jString, s, e, esc
	case c == '-' || (c >= '0' && c <= '9'):
		p.number()
		p.nodes[i].kind, p.nodes[i].end = jNumber, int32(p.pos)
	case c == 't':
		p.literal("true")
		p.nodes[i].kind, p.nodes[i].end = jTrue, int32(p.pos)
	case c == 'f':
		p.literal("false")
		p.nodes[i].kind, p.nodes[i].end = jFalse, int32(p.pos)
	case c == 'n':
		p.literal("null")
		p.nodes[i].kind, p.nodes[i].end = jNull, int32(p.pos)
	default:
		p.fail()
	}
	return i
}

func (p *jparser) literal(word string) {
	if len(p.data)-p.pos < len(word) || string(p.data[p.pos:p.pos+len(word)]) != word {
		p.fail()
		return
	}
	p.pos += len(word)
}

// str parses the string at p.pos and returns the span inside its quotes
// and whether it holds escapes.
func (p *jparser) str() (start, end int32, esc bool) {
	p.pos++ // "
	start = int32(p.pos)
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			end = int32(p.pos)
			p.pos++
			return start, end, esc
		case c == '\\':
			esc = true
			if p.pos+1 >= len(p.data) {
				p.fail()
				return
			}
			switch p.data[p.pos+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos += 2
			case 'u':
				if p.pos+6 > len(p.data) {
					p.fail()
					return
				}
				for _, h := range p.data[p.pos+2 : p.pos+6] {
					if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
						p.fail()
						return
					}
				}
				p.pos += 6
			default:
				p.fail()
				return
			}
		case c < 0x20:
			p.fail()
			return
		default:
			p.pos++
		}
	}
	p.fail()
	return
}

func (p *jparser) number() {
	d := p.data
	if p.pos < len(d) && d[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(d) && d[p.pos] == '0':
		p.pos++
	case p.pos < len(d) && d[p.pos] >= '1' && d[p.pos] <= '9':
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
	default:
		p.fail()
		return
	}
	if p.pos < len(d) && d[p.pos] == '.' {
		p.pos++
		if !p.digits() {
			return
		}
	}
	if p.pos < len(d) && (d[p.pos] == 'e' || d[p.pos] == 'E') {
		p.pos++
		if p.pos < len(d) && (d[p.pos] == '+' || d[p.pos] == '-') {
			p.pos++
		}
		p.digits()
	}
}

func (p *jparser) digits() bool {
	start := p.pos
	for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' {
		p.pos++
	}
	if p.pos == start {
		p.fail()
		return false
	}
	return true
}

// first returns the first child of container i, or -1.
func (d *jdoc) first(i int32) int32 {
	if d.nodes[i].count == 0 {
		return -1
	}
	return i + 1
}

// raw returns the bytes of node i's value (inside the quotes for strings).
func (d *jdoc) raw(i int32) []byte { return d.data[d.nodes[i].start:d.nodes[i].end] }

// text returns the string value of node i, unescaped, with invalid UTF-8
// replaced by U+FFFD as encoding/json does.
func (d *jdoc) text(i int32) string {
	n := &d.nodes[i]
	if b := d.data[n.start:n.end]; !n.esc && utf8.Valid(b) {
		return string(b)
	}
	return unquote(d.data[n.start-1 : n.end+1])
}

// key returns the key of member i, unescaped.
func (d *jdoc) key(i int32) string {
	n := &d.nodes[i]
	if b := d.data[n.key0:n.key1]; !n.keyEsc && utf8.Valid(b) {
		return string(b)
	}
	return unquote(d.data[n.key0-1 : n.key1+1])
}

// keyIs reports whether member i's key is exactly name.
func (d *jdoc) keyIs(i int32, name string) bool {
	n := &d.nodes[i]
	if !n.keyEsc {
		return string(d.data[n.key0:n.key1]) == name
	}
	return d.key(i) == name
}

// is reports whether node i is the string s.
func (d *jdoc) is(i int32, s string) bool {
	n := &d.nodes[i]
	if n.kind != jString {
		return false
	}
	if !n.esc && utf8.ValidString(s) {
		return string(d.data[n.start:n.end]) == s
	}
	return d.text(i) == s
}

// unquote decodes a well-formed JSON string literal.
func unquote(quoted []byte) string {
	var s string
	_ = json.Unmarshal(quoted, &s) // well-formed: cannot fail
	return s
}

// A jfields lists the member names of one kind of FHIR object: read are
// those the importer reads, in the order of the indexes it uses; all are
// every element the FHIR R4 specification defines for it, against which a
// member that differs only in case is reported.
type jfields struct {
	read []string
	all  []string
}

// maxRead is the most members a jfields may read.
const maxRead = 16

// fields finds the members of object obj that f reads: out[k] is the node
// of f.read[k], or -1. It reports at a member given twice
// ([validation.ErrDuplicateField]) and a member whose name matches an
// element of f only in case ([validation.ErrFieldCase]); other members are
// skipped.
func (d *jdoc) fields(v *validation.Collector, at lazyPath, obj int32, f *jfields, out *[maxRead]int32) {
	for k := range out {
		out[k] = -1
	}
	for c := d.first(obj); c >= 0; c = d.nodes[c].next {
		n := &d.nodes[c]
		var key []byte
		if n.keyEsc {
			key = []byte(d.key(c))
		} else {
			key = d.data[n.key0:n.key1]
		}
		found := -1
		for k, name := range f.read {
			if string(key) == name {
				found = k
				break
			}
		}
		if found >= 0 {
			if out[found] >= 0 {
				addAt(v, at.with(f.read[found]), validation.ErrDuplicateField)
				continue
			}
			out[found] = c
			continue
		}
		for _, name := range f.all {
			if len(name) == len(key) && string(key) != name && equalFold(key, name) {
				addAt(v, at.with(name), validation.ErrFieldCase)
				break
			}
		}
	}
}

// addAt records err at at, building the path only while the collector
// still lists problems: beyond validation.MaxProblems they are only
// counted, so a hostile input costs no path per problem.
func addAt(v *validation.Collector, at lazyPath, err error) {
	if v.Len() >= validation.MaxProblems {
		v.Add("", err)
		return
	}
	v.Add(at.String(), err)
}

// A lazyPath is a JSON path built only when a problem is reported: a base
// (an item's step in an import, or a fixed string) and up to four more
// segments.
type lazyPath struct {
	im    *importer
	step  int32
	base  string
	parts [4]string
	n     int
}

// fixedPath returns the lazyPath of base.
func fixedPath(base string) lazyPath { return lazyPath{step: -1, base: base} }

// with returns p with segment s appended.
func (p lazyPath) with(s string) lazyPath {
	if p.n == len(p.parts) {
		p.base = p.String()
		p.n = 0
		p.im = nil
	}
	p.parts[p.n] = s
	p.n++
	return p
}

// String returns the path.
func (p lazyPath) String() string {
	base := p.base
	if p.im != nil {
		base = p.im.path(p.step)
	}
	segs := make([]string, 0, p.n+1)
	segs = append(segs, base)
	segs = append(segs, p.parts[:p.n]...)
	return validation.Join(segs...)
}

// equalFold reports whether b and s are equal but for ASCII case.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		x, y := b[i], s[i]
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		if y >= 'A' && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// integral reads node i as a whole number within ±1e6: "2", "2.0", "2e0",
// but not "2.5". ok is false for anything else.
func (d *jdoc) integral(i int32) (int, bool) {
	if d.nodes[i].kind != jNumber {
		return 0, false
	}
	b := d.raw(i)
	neg := false
	if len(b) > 0 && b[0] == '-' {
		neg, b = true, b[1:]
	}
	n := 0
	for k, c := range b {
		if c < '0' || c > '9' {
			return d.integralSlow(i)
		}
		if k >= 7 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func (d *jdoc) integralSlow(i int32) (int, bool) {
	f, err := strconv.ParseFloat(string(d.raw(i)), 64)
	if err != nil || f > 1e6 || f < -1e6 || f != float64(int(f)) {
		return 0, false
	}
	return int(f), true
}
