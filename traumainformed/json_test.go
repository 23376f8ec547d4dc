package traumainformed_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ti "github.com/wholeperson/integrative/traumainformed"
)

// jsonTypes are the package's exported struct types.
var jsonTypes = map[string]reflect.Type{
	"Plan":         reflect.TypeFor[ti.Plan](),
	"Client":       reflect.TypeFor[ti.Client](),
	"NotDone":      reflect.TypeFor[ti.NotDone](),
	"SignalStatus": reflect.TypeFor[ti.SignalStatus](),
	"Work":         reflect.TypeFor[ti.Work](),
	"Report":       reflect.TypeFor[ti.Report](),
	"Coverage":     reflect.TypeFor[ti.Coverage](),
	"Gap":          reflect.TypeFor[ti.Gap](),
	"PhaseIssue":   reflect.TypeFor[ti.PhaseIssue](),
	"Data":         reflect.TypeFor[ti.Data](),
	"Practice":     reflect.TypeFor[ti.Practice](),
	"Principle":    reflect.TypeFor[ti.Principle](),
	"Domain":       reflect.TypeFor[ti.Domain](),
	"Signal":       reflect.TypeFor[ti.Signal](),
	"Term":         reflect.TypeFor[ti.Term](),
	"Match":        reflect.TypeFor[ti.Match](),
	"Catalog":      nil, // opaque: no exported fields
}

// TestJSONNames: every exported field of every exported struct type has a
// camelCase JSON name (issue 10 item 5), and the list above names every
// exported struct type in the package's source.
func TestJSONNames(t *testing.T) {
	entries, err := os.ReadDir(".")
	require.NoError(t, err)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), e.Name(), nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if _, isStruct := ts.Type.(*ast.StructType); isStruct && ts.Name.IsExported() {
					assert.Contains(t, jsonTypes, ts.Name.Name, "exported struct type not checked")
				}
			}
		}
	}
	for name, typ := range jsonTypes {
		if typ == nil {
			continue
		}
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				continue
			}
			tag, ok := f.Tag.Lookup("json")
			if !assert.True(t, ok, "%s.%s has no json tag", name, f.Name) {
				continue
			}
			key, _, _ := strings.Cut(tag, ",")
			assert.True(t, camelCase(key), "%s.%s: json name %q is not camelCase", name, f.Name, key)
		}
	}
}

// camelCase reports whether s is a lower-case letter followed by letters
// and digits.
func camelCase(s string) bool {
	if s == "" || !unicode.IsLower(rune(s[0])) {
		return false
	}
	for _, r := range s {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}
