package validation

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Errors of [Decode]. Each comes inside a *[Error] at the JSON path of the
// value it concerns; the path is empty for problems with the input as a
// whole.
var (
	// ErrSyntax: the input is not well-formed JSON. The *[SyntaxError]
	// that wraps it gives the byte offset.
	ErrSyntax = errors.New("validation: malformed JSON")
	// ErrTrailingData: more data follows the JSON value.
	ErrTrailingData = errors.New("validation: data after the JSON value")
	// ErrTooLarge: the input exceeds the size limit ([MaxBytes]).
	ErrTooLarge = errors.New("validation: input too large")
	// ErrTooDeep: the input nests objects and arrays beyond the depth
	// limit ([MaxDepth]).
	ErrTooDeep = errors.New("validation: input nested too deeply")
	// ErrUnknownField: an object member that the target type does not have.
	ErrUnknownField = errors.New("validation: unknown field")
	// ErrFieldCase: an object member whose name differs from a field of
	// the target type only in upper and lower case. It is an error even
	// where unknown fields are allowed, because it is almost always a typo
	// for the field.
	ErrFieldCase = errors.New("validation: field name differs from a known field only in case")
	// ErrDuplicateField: an object member given twice.
	ErrDuplicateField = errors.New("validation: field given twice")
	// ErrWrongType: a JSON value of the wrong kind for its field, such as a
	// number sent as a string, or a fraction for a whole number.
	ErrWrongType = errors.New("validation: wrong JSON type")
	// ErrNull: null where a value is required. Only optional fields
	// (pointers, slices, maps) accept null; for them it means absent.
	ErrNull = errors.New("validation: null where a value is required")
	// ErrOutOfRange: a number too large or too small for its field.
	ErrOutOfRange = errors.New("validation: number out of range")
	// ErrBadValue: a value its type rejected, where the type's own error
	// could repeat the input (it is still reachable with errors.Is and
	// errors.As, but its text is not shown).
	ErrBadValue = errors.New("validation: value not valid for its field")
)

// A SyntaxError reports malformed JSON and where it was found. It wraps
// [ErrSyntax] or [ErrTrailingData].
type SyntaxError struct {
	// Offset is the byte offset in the input at which the problem was
	// detected.
	Offset int64
	err    error
}

// Error returns the problem and its byte offset, never the input.
func (e *SyntaxError) Error() string {
	return e.err.Error() + " at byte offset " + strconv.FormatInt(e.Offset, 10)
}

// Unwrap returns [ErrSyntax] or [ErrTrailingData].
func (e *SyntaxError) Unwrap() error { return e.err }

// Default limits of [Decode].
const (
	// DefaultMaxBytes is the default size limit of a decoded input: 1 MiB.
	DefaultMaxBytes = 1 << 20
	// DefaultMaxDepth is the default limit on nested objects and arrays.
	DefaultMaxDepth = 64
)

// A DecodeOption configures [Decode]. Options are made by [MaxBytes],
// [MaxDepth] and [AllowUnknownFields]; a nil option is ignored.
type DecodeOption interface{ apply(*decodeConfig) }

type decodeConfig struct {
	maxBytes     int
	maxDepth     int
	allowUnknown bool
}

type maxBytesOption int

func (o maxBytesOption) apply(c *decodeConfig) {
	if o > 0 {
		c.maxBytes = int(o)
	}
}

// MaxBytes sets the largest input [Decode] accepts, in bytes; a limit of
// zero or less keeps the default, [DefaultMaxBytes].
func MaxBytes(n int) DecodeOption { return maxBytesOption(n) }

type maxDepthOption int

func (o maxDepthOption) apply(c *decodeConfig) {
	if o > 0 {
		c.maxDepth = int(o)
	}
}

// MaxDepth sets how deeply objects and arrays may nest; a limit of zero or
// less keeps the default, [DefaultMaxDepth].
func MaxDepth(n int) DecodeOption { return maxDepthOption(n) }

type allowUnknownOption struct{}

func (allowUnknownOption) apply(c *decodeConfig) { c.allowUnknown = true }

// AllowUnknownFields makes [Decode] skip object members the target type
// does not have, as a reader of a large external format (FHIR) must. A
// member whose name matches a field except in case is still an error
// ([ErrFieldCase]).
func AllowUnknownFields() DecodeOption { return allowUnknownOption{} }

// Decode reads one JSON value from data into v, which must be a non-nil
// pointer, strictly:
//
//   - object members match the target's JSON field names exactly (the json
//     struct tag, or the Go field name); an unknown member is
//     [ErrUnknownField] unless [AllowUnknownFields] is given, a member that
//     matches only in case is [ErrFieldCase], and a member given twice is
//     [ErrDuplicateField];
//   - a value of the wrong kind is [ErrWrongType] (no numbers in strings, no
//     fractions for whole numbers), a number that does not fit is
//     [ErrOutOfRange], and null for anything but a pointer, slice, map or
//     interface is [ErrNull], never a zero value;
//   - a type that implements json.Unmarshaler or encoding.TextUnmarshaler
//     decodes itself; its error is reported at the value's path (a
//     *[Error] it returns is merged under that path), and replaced by
//     [ErrBadValue] in the text when its text repeats the input;
//   - malformed JSON is a *[SyntaxError] ([ErrSyntax] or
//     [ErrTrailingData]) with its byte offset; an input over the size limit
//     is [ErrTooLarge] and nesting beyond the depth limit [ErrTooDeep].
//
// Every problem is reported, at most [MaxProblems] of them, in one *[Error]
// whose paths follow the JSON ("client/sex", "answers/3/value"). Object
// keys appear in paths only when they are short names of letters, digits,
// '-' and '_'; any other key is shown as "~". No error text repeats a
// value from the input. When Decode returns an error, v may hold part of
// the input and should not be used.
//
// Decode is meant for a host's input types: structs of named fields,
// slices, maps with string keys, and the module's enumerations, dates and
// language tags. It panics only if v is not a non-nil pointer, which is a
// programming error.
func Decode(data []byte, v any, opts ...DecodeOption) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("validation: Decode needs a non-nil pointer")
	}
	cfg := decodeConfig{maxBytes: DefaultMaxBytes, maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		if o != nil {
			o.apply(&cfg)
		}
	}
	var c Collector
	if len(data) > cfg.maxBytes {
		c.Add("", ErrTooLarge)
		return c.Err()
	}
	if err := checkSyntax(data); err != nil {
		c.Add("", err)
		return c.Err()
	}
	d := decoder{data: data, cfg: &cfg, errs: &c}
	d.skipSpace()
	d.value(rv.Elem(), nil, 0)
	return c.Err()
}

// checkSyntax reports malformed JSON and trailing data with their offsets,
// so the decoder proper can assume well-formed input.
func checkSyntax(data []byte) error {
	if json.Valid(data) {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return &SyntaxError{Offset: se.Offset, err: ErrSyntax}
		}
		return &SyntaxError{Offset: int64(len(data)), err: ErrSyntax}
	}
	end := dec.InputOffset()
	rest := bytes.TrimLeft(data[end:], " \t\r\n")
	if len(rest) > 0 {
		return &SyntaxError{Offset: int64(len(data) - len(rest)), err: ErrTrailingData}
	}
	return nil
}

// A decoder walks well-formed JSON and the target type together.
type decoder struct {
	data  []byte
	pos   int
	cfg   *decodeConfig
	errs  *Collector
	arena []pathNode
}

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonNumberType      = reflect.TypeFor[json.Number]()
)

func (d *decoder) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\r', '\n':
			d.pos++
		default:
			return
		}
	}
}

// How a type decodes itself, if it does.
const (
	noUnmarshaler = iota + 1
	jsonUnmarshaler
	textUnmarshaler
)

var unmarshalerCache sync.Map // reflect.Type → int

// unmarshalerOf reports whether a pointer to t implements json.Unmarshaler
// or encoding.TextUnmarshaler (json.Number excepted), once per type.
func unmarshalerOf(t reflect.Type) int {
	if k, ok := unmarshalerCache.Load(t); ok {
		return k.(int)
	}
	k := noUnmarshaler
	switch pt := reflect.PointerTo(t); {
	case pt.Implements(jsonUnmarshalerType):
		k = jsonUnmarshaler
	case pt.Implements(textUnmarshalerType) && t != jsonNumberType:
		k = textUnmarshaler
	}
	unmarshalerCache.Store(t, k)
	return k
}

// skipValue moves past the value at d.pos without recursion and returns
// its bytes.
func (d *decoder) skipValue() []byte {
	start := d.pos
	depth := 0
	for d.pos < len(d.data) {
		switch b := d.data[d.pos]; b {
		case '"':
			d.skipString()
			if depth == 0 {
				return d.data[start:d.pos]
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				d.pos++
				return d.data[start:d.pos]
			}
		case ',', ':', ' ', '\t', '\r', '\n':
		default:
			if depth == 0 {
				for d.pos < len(d.data) && !isDelimiter(d.data[d.pos]) {
					d.pos++
				}
				return d.data[start:d.pos]
			}
		}
		d.pos++
	}
	return d.data[start:d.pos]
}

func isDelimiter(b byte) bool {
	switch b {
	case ',', '}', ']', ' ', '\t', '\r', '\n':
		return true
	}
	return false
}

// skipString moves past the string starting at d.pos.
func (d *decoder) skipString() {
	d.pos++
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case '\\':
			d.pos += 2
			continue
		case '"':
			d.pos++
			return
		}
		d.pos++
	}
}

// readString returns the string value starting at d.pos.
func (d *decoder) readString() string {
	start := d.pos
	d.skipString()
	raw := d.data[start:d.pos]
	inner := raw[1 : len(raw)-1]
	if bytes.IndexByte(inner, '\\') < 0 && utf8.Valid(inner) {
		return string(inner)
	}
	var s string
	_ = json.Unmarshal(raw, &s) // well-formed: cannot fail
	return s
}

func (d *decoder) add(path *pathNode, err error) { d.errs.Add(path.String(), err) }

// A pathNode is one segment of the path to the value being decoded, linked
// to its parent; the path is only spelled out when a problem is reported.
type pathNode struct {
	parent  *pathNode
	name    string
	index   int
	isIndex bool
}

// child returns the path node for a member or element of parent. Nodes
// come from chunks, so a path costs an allocation per chunk, not per value.
func (d *decoder) child(parent *pathNode, name string, index int, isIndex bool) *pathNode {
	if len(d.arena) == cap(d.arena) {
		d.arena = make([]pathNode, 0, 256)
	}
	d.arena = append(d.arena, pathNode{parent: parent, name: name, index: index, isIndex: isIndex})
	return &d.arena[len(d.arena)-1]
}

// String returns the path from the root, such as "answers/3/value"; the
// root itself is "".
func (p *pathNode) String() string {
	if p == nil {
		return ""
	}
	var segs []string
	for n := p; n != nil; n = n.parent {
		if n.isIndex {
			segs = append(segs, strconv.Itoa(n.index))
		} else {
			segs = append(segs, n.name)
		}
	}
	slices.Reverse(segs)
	return Join(segs...)
}

// value decodes the value at d.pos into v.
func (d *decoder) value(v reflect.Value, path *pathNode, depth int) {
	c := d.data[d.pos]
	if c == 'n' { // null
		d.pos += 4
		switch v.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
			v.SetZero()
		default:
			d.add(path, ErrNull)
		}
		return
	}
	if c == '{' || c == '[' {
		if depth >= d.cfg.maxDepth {
			d.add(path, ErrTooDeep)
			d.skipValue()
			return
		}
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(v.Elem(), path, depth)
		return
	}
	if v.CanAddr() {
		pv := v.Addr()
		um := unmarshalerOf(v.Type())
		if um == jsonUnmarshaler {
			raw := d.skipValue()
			if err := pv.Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
				d.typeError(path, err, raw, v.Type())
			}
			return
		}
		if um == textUnmarshaler {
			if c != '"' {
				d.add(path, ErrWrongType)
				d.skipValue()
				return
			}
			start := d.pos
			s := d.readString()
			if err := pv.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
				d.typeError(path, err, d.data[start:d.pos], v.Type())
			}
			return
		}
	}
	switch v.Kind() {
	case reflect.Struct:
		if c != '{' {
			d.wrongType(path)
			return
		}
		d.object(v, path, depth)
	case reflect.Map:
		if c != '{' {
			d.wrongType(path)
			return
		}
		d.mapValue(v, path, depth)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 && c == '"' { // []byte: base64
			raw := d.skipValue()
			if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
				d.add(path, ErrWrongType)
			}
			return
		}
		if c != '[' {
			d.wrongType(path)
			return
		}
		d.array(v, path, depth)
	case reflect.Array:
		if c != '[' {
			d.wrongType(path)
			return
		}
		d.array(v, path, depth)
	case reflect.String:
		if c != '"' {
			d.wrongType(path)
			return
		}
		if v.Type() == jsonNumberType {
			d.wrongType(path)
			return
		}
		v.SetString(d.readString())
	case reflect.Bool:
		switch c {
		case 't':
			v.SetBool(true)
			d.pos += 4
		case 'f':
			v.SetBool(false)
			d.pos += 5
		default:
			d.wrongType(path)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		if c != '-' && (c < '0' || c > '9') {
			d.wrongType(path)
			return
		}
		d.number(v, path, string(d.skipValue()))
	case reflect.Interface:
		raw := d.skipValue()
		if v.NumMethod() != 0 {
			d.add(path, ErrWrongType)
			return
		}
		var x any
		_ = json.Unmarshal(raw, &x) // well-formed: cannot fail
		if x != nil {
			v.Set(reflect.ValueOf(x))
		} else {
			v.SetZero()
		}
	default:
		d.wrongType(path)
	}
}

func (d *decoder) wrongType(path *pathNode) {
	d.add(path, ErrWrongType)
	d.skipValue()
}

// typeError records the error a type returned for its own value: merged
// when it is a validation Error; kept when the type is this module's and
// its text does not repeat the input; and otherwise wrapped so the text
// shows ErrBadValue (a type from elsewhere, such as time.Time or
// language.Tag, may quote the input in its errors).
func (d *decoder) typeError(path *pathNode, err error, raw []byte, t reflect.Type) {
	var ve *Error
	if errors.As(err, &ve) {
		d.errs.Merge(path.String(), ve)
		return
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		d.add(path, ErrWrongType)
		return
	}
	if !ownType(t) || echoes(err.Error(), raw) {
		err = &hiddenError{err: err}
	}
	d.add(path, err)
}

// modulePath is the import path of this module: its types' errors are
// sentinels that never repeat input.
const modulePath = "github.com/wholeperson/integrative"

func ownType(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	pkg := t.PkgPath()
	return pkg == modulePath || strings.HasPrefix(pkg, modulePath+"/")
}

// echoes reports whether msg repeats the input value raw: the whole text of
// raw (of a JSON string, its content), any word of it of three or more
// letters or digits, or any word of it in quotes.
func echoes(msg string, raw []byte) bool {
	s := strings.TrimSpace(string(raw))
	if strings.HasPrefix(s, `"`) {
		var text string
		if json.Unmarshal(raw, &text) == nil {
			s = text
		}
	}
	lower := strings.ToLower(msg)
	if s == "" || strings.Contains(lower, strings.ToLower(s)) {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if len(w) >= 3 && strings.Contains(lower, w) || strings.Contains(lower, `"`+w+`"`) {
			return true
		}
	}
	return false
}

// A hiddenError carries an error whose text would repeat the input: it
// reads as ErrBadValue and unwraps to both.
type hiddenError struct{ err error }

func (e *hiddenError) Error() string   { return ErrBadValue.Error() }
func (e *hiddenError) Unwrap() []error { return []error{ErrBadValue, e.err} }

func (d *decoder) number(v reflect.Value, path *pathNode, lit string) {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(lit, 10, v.Type().Bits())
		if err != nil {
			d.add(path, numberError(err))
			return
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(lit, 10, v.Type().Bits())
		if err != nil {
			if strings.HasPrefix(lit, "-") {
				err = strconv.ErrRange
			}
			d.add(path, numberError(err))
			return
		}
		v.SetUint(n)
	default:
		f, err := strconv.ParseFloat(lit, v.Type().Bits())
		if err != nil {
			d.add(path, ErrOutOfRange)
			return
		}
		v.SetFloat(f)
	}
}

func numberError(err error) error {
	if errors.Is(err, strconv.ErrRange) {
		return ErrOutOfRange
	}
	return ErrWrongType // a fraction or exponent for a whole number
}

// pathKey returns the path segment for an object key: the key itself when
// it is a short name, and "~" otherwise, so no free text reaches a path.
func pathKey(key string) string {
	if key == "" || len(key) > 64 {
		return "~"
	}
	for i := 0; i < len(key); i++ {
		b := key[i]
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '.') {
			return "~"
		}
	}
	return key
}

func (d *decoder) object(v reflect.Value, path *pathNode, depth int) {
	fields := fieldsOf(v.Type())
	var seen []bool
	if len(fields.list) > 0 {
		seen = make([]bool, len(fields.list))
	}
	d.members(path, func(key string) {
		i, ok := fields.byName[key]
		if !ok {
			sub := d.child(path, pathKey(key), 0, false)
			if _, near := fields.byFold[strings.ToLower(key)]; near {
				d.add(sub, ErrFieldCase)
			} else if !d.cfg.allowUnknown {
				d.add(sub, ErrUnknownField)
			}
			d.skipValue()
			return
		}
		f := fields.list[i]
		sub := d.child(path, f.name, 0, false)
		if seen[i] {
			d.add(sub, ErrDuplicateField)
			d.skipValue()
			return
		}
		seen[i] = true
		fv, ok := fieldByIndex(v, f.index)
		if !ok {
			d.add(sub, ErrWrongType)
			d.skipValue()
			return
		}
		d.value(fv, sub, depth+1)
	})
}

// members calls member for each member of the object at d.pos, with d.pos
// at the member's value; member must consume the value.
func (d *decoder) members(path *pathNode, member func(key string)) {
	d.pos++ // {
	for {
		d.skipSpace()
		if d.data[d.pos] == '}' {
			d.pos++
			return
		}
		if d.data[d.pos] == ',' {
			d.pos++
			d.skipSpace()
		}
		key := d.readString()
		d.skipSpace()
		d.pos++ // :
		d.skipSpace()
		member(key)
		d.skipSpace()
	}
}

func (d *decoder) mapValue(v reflect.Value, path *pathNode, depth int) {
	t := v.Type()
	if v.IsNil() {
		v.Set(reflect.MakeMap(t))
	}
	kt := t.Key()
	seen := map[string]bool{}
	d.members(path, func(key string) {
		sub := d.child(path, pathKey(key), 0, false)
		kv := reflect.New(kt).Elem()
		switch {
		case reflect.PointerTo(kt).Implements(textUnmarshalerType):
			if err := kv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
				d.typeError(sub, err, []byte(strconv.Quote(key)), kt)
				d.skipValue()
				return
			}
		case kt.Kind() == reflect.String:
			kv.SetString(key)
		case kt.Kind() >= reflect.Int && kt.Kind() <= reflect.Uint64:
			d.number(kv, sub, key)
		default:
			d.add(sub, ErrWrongType)
			d.skipValue()
			return
		}
		if seen[key] {
			d.add(sub, ErrDuplicateField)
			d.skipValue()
			return
		}
		seen[key] = true
		ev := reflect.New(t.Elem()).Elem()
		d.value(ev, sub, depth+1)
		v.SetMapIndex(kv, ev)
	})
}

func (d *decoder) array(v reflect.Value, path *pathNode, depth int) {
	d.pos++ // [
	isSlice := v.Kind() == reflect.Slice
	if isSlice {
		v.SetLen(0)
	}
	i := 0
	for {
		d.skipSpace()
		if d.data[d.pos] == ']' {
			d.pos++
			break
		}
		if d.data[d.pos] == ',' {
			d.pos++
			d.skipSpace()
		}
		sub := d.child(path, "", i, true)
		switch {
		case isSlice:
			v.Grow(1)
			v.SetLen(i + 1)
			v.Index(i).SetZero()
			d.value(v.Index(i), sub, depth+1)
		case i < v.Len():
			d.value(v.Index(i), sub, depth+1)
		default:
			d.add(sub, ErrWrongType) // more elements than the array holds
			d.skipValue()
		}
		i++
	}
	if isSlice && i == 0 && v.IsNil() {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
}

// A fieldSet lists the JSON fields of a struct type.
type fieldSet struct {
	list   []field
	byName map[string]int
	byFold map[string]int
}

type field struct {
	name  string
	index []int
}

var fieldCache sync.Map // reflect.Type → *fieldSet

func fieldsOf(t reflect.Type) *fieldSet {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.(*fieldSet)
	}
	fs := &fieldSet{byName: map[string]int{}, byFold: map[string]int{}}
	collectFields(t, nil, fs, map[reflect.Type]bool{})
	for i, f := range fs.list {
		fs.byName[f.name] = i
		fs.byFold[strings.ToLower(f.name)] = i
	}
	actual, _ := fieldCache.LoadOrStore(t, fs)
	return actual.(*fieldSet)
}

// collectFields gathers the JSON fields of t, promoting the fields of
// embedded structs without a JSON name as encoding/json does (the
// shallower field wins a name).
func collectFields(t reflect.Type, index []int, fs *fieldSet, visiting map[reflect.Type]bool) {
	if visiting[t] {
		return
	}
	visiting[t] = true
	defer delete(visiting, t)
	var embedded []reflect.StructField
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if sf.Anonymous && name == "" {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				embedded = append(embedded, sf)
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if hasField(fs, name) {
			continue
		}
		fs.list = append(fs.list, field{name: name, index: append(append([]int(nil), index...), i)})
	}
	for _, sf := range embedded {
		ft := sf.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		collectFields(ft, append(append([]int(nil), index...), sf.Index...), fs, visiting)
	}
}

func hasField(fs *fieldSet, name string) bool {
	for _, f := range fs.list {
		if f.name == name {
			return true
		}
	}
	return false
}

// fieldByIndex returns the field at index, allocating embedded pointers on
// the way; ok is false when an embedded pointer is to an unexported type.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					return reflect.Value{}, false
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}
