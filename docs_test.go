package integrative_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/internal/docgen"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
)

// docs/rules.md is the rule catalog's reference; this test fails when it
// is stale. Regenerate it with "go generate ./..." (or run this test with
// -update).
func TestRulesDoc(t *testing.T) {
	golden.Check(t, "../"+docgen.RulesPath, docgen.Rules(integrative.Rules()))
	if t.Failed() {
		t.Log("docs/rules.md is stale: regenerate it with: go generate ./...")
	}
}

// The coverage appendix of SAFETY.md lists what the catalogs hold now.
func TestSafetyCoverage(t *testing.T) {
	doc, err := os.ReadFile(docgen.SafetyPath)
	require.NoError(t, err)
	got, err := docgen.Section(doc, docgen.CoverageSection)
	require.NoError(t, err)
	if string(got) != string(docgen.Coverage()) {
		t.Errorf("the coverage appendix of %s is stale: regenerate it with: go generate ./...", docgen.SafetyPath)
	}
}

// The go:generate directive that rewrites the generated documents is in
// place, so "go generate ./..." keeps working.
func TestGenerateDirective(t *testing.T) {
	data, err := os.ReadFile("generate.go")
	require.NoError(t, err)
	assert.Contains(t, strings.Split(string(data), "\n"), "//go:generate go run ./internal/docgen/gen")
}

// SAFETY.md's known limitations and hazards were reviewed against the
// current catalog versions: when a version changes, the review must be
// repeated and the line that records it updated.
func TestSafetyReviewedVersions(t *testing.T) {
	doc, err := os.ReadFile(docgen.SafetyPath)
	require.NoError(t, err)
	text := string(doc)
	if i := strings.Index(text, "<!-- BEGIN GENERATED "); i >= 0 {
		text = text[:i] // the generated appendix is always current; the review is not
	}
	text = strings.Join(strings.Fields(text), " ")
	for _, c := range []struct{ name, version string }{
		{"assessment", assessment.CatalogVersion}, {"medication", medication.CatalogVersion},
		{"modality", modality.CatalogVersion}, {"traumainformed", traumainformed.CatalogVersion},
		{"rules", integrative.RulesVersion},
	} {
		if !strings.Contains(text, c.name+" `"+c.version+"`") {
			t.Errorf("%s is now version %s: review the known limitations and hazards in %s against it, "+
				"then update the line that says which versions they were reviewed against", c.name, c.version, docgen.SafetyPath)
		}
	}
}

// Every test, fuzz target, example and code file that SAFETY.md's
// traceability names exists.
func TestSafetyDocTraceability(t *testing.T) {
	doc, err := os.ReadFile(docgen.SafetyPath)
	require.NoError(t, err)

	defined := map[string]bool{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv == nil {
				defined[fn.Name.Name] = true
			}
		}
		return nil
	})
	require.NoError(t, err)

	names := regexp.MustCompile("`((?:Test|Fuzz|Example|Benchmark)[A-Za-z0-9_]*)`").FindAllStringSubmatch(string(doc), -1)
	require.NotEmpty(t, names)
	for _, m := range names {
		assert.True(t, defined[m[1]], "SAFETY.md names %s, which no test file defines", m[1])
	}
	files := regexp.MustCompile("`([a-z][a-z0-9_/]*\\.(?:go|mod))`").FindAllStringSubmatch(string(doc), -1)
	require.NotEmpty(t, files)
	for _, m := range files {
		_, err := os.Stat(m[1])
		assert.NoError(t, err, "SAFETY.md names %s, which does not exist", m[1])
	}
}
