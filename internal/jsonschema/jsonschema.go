// Package jsonschema writes a JSON Schema (draft 2020-12) for a Go type from
// its JSON encoding: struct fields by their json names (embedded structs
// flattened), optional fields (omitempty, omitzero, pointers) left out of
// "required", unknown members forbidden, the module's enumerations as
// string enums of their canonical names, dates as "format": "date". The
// module's tests compare the schemas it writes with the ones in docs/, so
// the documented JSON form cannot drift from the Go types.
package jsonschema

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
)

// A Schema is a JSON Schema object, written with sorted keys by
// encoding/json.
type Schema map[string]any

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	rawMessage    = reflect.TypeFor[json.RawMessage]()
)

// Generate returns the schema of t, with every named struct type it
// reaches in "$defs", titled title and identified by id.
func Generate(t reflect.Type, id, title string) Schema {
	g := &generator{defs: Schema{}}
	root := g.schema(t)
	out := Schema{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     id,
		"title":   title,
		"$defs":   g.defs,
	}
	for k, v := range root {
		out[k] = v
	}
	return out
}

type generator struct {
	defs Schema
}

// defName names a type in $defs: its package's last element and its name.
func defName(t reflect.Type) string {
	pkg := t.PkgPath()
	if i := strings.LastIndexByte(pkg, '/'); i >= 0 {
		pkg = pkg[i+1:]
	}
	return pkg + "." + t.Name()
}

func (g *generator) schema(t reflect.Type) Schema {
	switch {
	case t == rawMessage:
		return Schema{}
	case t.PkgPath() == "golang.org/x/text/language" && t.Name() == "Tag":
		return Schema{"type": "string", "description": "BCP 47 language tag"}
	case t.Name() == "Date" && strings.HasSuffix(t.PkgPath(), "/assessment"):
		return Schema{"type": "string", "format": "date"}
	case t.Kind() == reflect.Uint8 && t.Implements(textMarshaler):
		return Schema{"type": "string", "enum": enumNames(t)}
	}
	switch t.Kind() {
	case reflect.Pointer:
		inner := g.schema(t.Elem())
		return Schema{"anyOf": []any{inner, Schema{"type": "null"}}}
	case reflect.Struct:
		name := defName(t)
		if _, done := g.defs[name]; !done {
			g.defs[name] = Schema{} // placeholder against recursion
			g.defs[name] = g.object(t)
		}
		return Schema{"$ref": "#/$defs/" + name}
	case reflect.Slice, reflect.Array:
		return Schema{"type": "array", "items": g.schema(t.Elem())}
	case reflect.Map:
		return Schema{"type": "object", "additionalProperties": g.schema(t.Elem())}
	case reflect.String:
		return Schema{"type": "string"}
	case reflect.Bool:
		return Schema{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return Schema{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return Schema{"type": "number"}
	}
	return Schema{}
}

// object is the schema of a struct: its JSON fields, embedded structs
// flattened.
func (g *generator) object(t reflect.Type) Schema {
	props := Schema{}
	var required []string
	g.fields(t, props, &required)
	slices.Sort(required)
	s := Schema{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

func (g *generator) fields(t reflect.Type, props Schema, required *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			g.fields(f.Type, props, required)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		props[name] = g.schema(f.Type)
		optional := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero") ||
			f.Type.Kind() == reflect.Pointer
		if !optional {
			*required = append(*required, name)
		}
	}
}

// enumNames returns the text of every value of an enumeration type: ""
// for the zero value (unset), then the name of each valid value.
func enumNames(t reflect.Type) []any {
	names := []any{""}
	for i := 1; i < 256; i++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err == nil {
			names = append(names, string(text))
		}
	}
	return names
}

// Validate checks a decoded JSON value (from json.Unmarshal into any)
// against a schema that Generate wrote, and returns the JSON paths of the
// values that do not conform. It knows the keywords Generate uses: type,
// properties, required, additionalProperties, items, enum, anyOf, $ref and
// the date format.
func Validate(root Schema, value any) []string {
	v := validator{root: root}
	v.check(root, value, "")
	return v.problems
}

type validator struct {
	root     Schema
	problems []string
}

func (v *validator) fail(path, why string) { v.problems = append(v.problems, path+": "+why) }

func (v *validator) check(s Schema, x any, path string) {
	if ref, ok := s["$ref"].(string); ok {
		defs, _ := v.root["$defs"].(Schema)
		target, _ := defs[strings.TrimPrefix(ref, "#/$defs/")].(Schema)
		v.check(target, x, path)
		return
	}
	if alts, ok := s["anyOf"].([]any); ok {
		for _, a := range alts {
			sub := validator{root: v.root}
			sub.check(a.(Schema), x, path)
			if len(sub.problems) == 0 {
				return
			}
		}
		v.fail(path, "matches no alternative")
		return
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, x) {
		v.fail(path, "not one of the enumerated values")
		return
	}
	switch s["type"] {
	case "object":
		obj, ok := x.(map[string]any)
		if !ok {
			v.fail(path, "not an object")
			return
		}
		props, _ := s["properties"].(Schema)
		for _, r := range asStrings(s["required"]) {
			if _, ok := obj[r]; !ok {
				v.fail(path+"/"+r, "required")
			}
		}
		for k, val := range obj {
			switch p, ok := props[k].(Schema); {
			case ok:
				v.check(p, val, path+"/"+k)
			case s["additionalProperties"] == false:
				v.fail(path+"/"+k, "not allowed")
			default:
				if ap, ok := s["additionalProperties"].(Schema); ok {
					v.check(ap, val, path+"/"+k)
				}
			}
		}
	case "array":
		arr, ok := x.([]any)
		if !ok {
			v.fail(path, "not an array")
			return
		}
		items, _ := s["items"].(Schema)
		for i, el := range arr {
			v.check(items, el, path+"/"+itoa(i))
		}
	case "string":
		str, ok := x.(string)
		if !ok {
			v.fail(path, "not a string")
		} else if s["format"] == "date" && !isDate(str) {
			v.fail(path, "not a date")
		}
	case "integer":
		f, ok := x.(float64)
		if !ok || f != float64(int64(f)) {
			v.fail(path, "not an integer")
		}
	case "number":
		if _, ok := x.(float64); !ok {
			v.fail(path, "not a number")
		}
	case "boolean":
		if _, ok := x.(bool); !ok {
			v.fail(path, "not a boolean")
		}
	case "null":
		if x != nil {
			v.fail(path, "not null")
		}
	}
}

func asStrings(x any) []string {
	switch x := x.(type) {
	case []string:
		return x
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
