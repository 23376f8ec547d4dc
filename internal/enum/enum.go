// Package enum holds the shared mechanics of the module's enumerations:
// typed uint8 constants whose zero value is invalid, with a keyed name table.
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

// Parse returns the value whose name is s. The zero value's name never
// parses: it stands for "not set", which is not data.
func Parse[T ~uint8](names []string, s string) (T, bool) {
	for i := 1; i < len(names); i++ {
		if names[i] != "" && names[i] == s {
			return T(i), true
		}
	}
	return 0, false
}

// Marshal returns the name of v as text, or err when v is not a valid value.
func Marshal[T ~uint8](names []string, v T, err error) ([]byte, error) {
	if !Valid(names, v) {
		return nil, err
	}
	return []byte(names[v]), nil
}

// Unmarshal parses text into *v, or returns err when text names no valid
// value. *v is left unchanged on error.
func Unmarshal[T ~uint8](names []string, v *T, text []byte, err error) error {
	p, ok := Parse[T](names, string(text))
	if !ok {
		return err
	}
	*v = p
	return nil
}
