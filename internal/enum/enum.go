// Package enum holds the shared mechanics of the module's enumerations:
// typed uint8 constants whose zero value is invalid, with a keyed name table.
//
// Parsing is forgiving in form and strict in content: case, surrounding
// space, and the separators '-', '_' and ' ' do not matter ("Same Day",
// "same_day" and "same-day" are one name), and a table of aliases adds the
// synonyms hosts send (FHIR codes, spelled-out names). The zero value means
// "not set": its table name never parses, it marshals as "" and "" unmarshals
// to it, so a zero value round-trips through JSON and a required value that
// was never given is caught by validation rather than by the decoder.
package enum

import "fmt"

// Name returns names[v], or "typ(v)" when v is outside the table, so a
// String method built on it never panics.
func Name[T ~uint8](names []string, v T, typ string) string {
	if int(v) < len(names) && names[v] != "" {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", typ, uint8(v))
}

// Valid reports whether v is a named value other than the zero value.
func Valid[T ~uint8](names []string, v T) bool {
	return v != 0 && int(v) < len(names) && names[v] != ""
}

// Parse returns the value whose name is s, ignoring case, surrounding space
// and the choice of separator. The zero value's name never parses: it
// stands for "not set", which is not data.
func Parse[T ~uint8](names []string, s string) (T, bool) {
	return ParseWith[T](names, nil, s)
}

// ParseWith is [Parse] that also accepts the keys of aliases, compared the
// same forgiving way.
func ParseWith[T ~uint8](names []string, aliases map[string]T, s string) (T, bool) {
	s = trimSpace(s)
	for i := 1; i < len(names); i++ {
		if names[i] != "" && Same(names[i], s) {
			return T(i), true
		}
	}
	for alias, v := range aliases {
		if v != 0 && Same(alias, s) {
			return v, true
		}
	}
	return 0, false
}

// Same reports whether a and b are one name: equal but for ASCII case and
// the separators '-', '_' and ' '. It does not allocate.
func Same(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if fold(a[i]) != fold(b[i]) {
			return false
		}
	}
	return true
}

func fold(c byte) byte {
	switch {
	case c >= 'A' && c <= 'Z':
		return c + 'a' - 'A'
	case c == '_' || c == ' ':
		return '-'
	}
	return c
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// Marshal returns the name of v as text, "" for the zero value, or err when
// v is neither zero nor a valid value.
func Marshal[T ~uint8](names []string, v T, err error) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !Valid(names, v) {
		return nil, err
	}
	return []byte(names[v]), nil
}

// Unmarshal parses text into *v, or returns err when text names no valid
// value. Empty text is the zero value. *v is left unchanged on error.
func Unmarshal[T ~uint8](names []string, v *T, text []byte, err error) error {
	return UnmarshalWith(names, nil, v, text, err)
}

// UnmarshalWith is [Unmarshal] that also accepts the keys of aliases.
func UnmarshalWith[T ~uint8](names []string, aliases map[string]T, v *T, text []byte, err error) error {
	if len(text) == 0 {
		*v = 0
		return nil
	}
	p, ok := ParseWith(names, aliases, string(text))
	if !ok {
		return err
	}
	*v = p
	return nil
}
