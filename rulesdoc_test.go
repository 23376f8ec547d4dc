package integrative_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/internal/rulesdoc"
)

// docs/rules.md is the rule catalog's reference; this test fails when it
// is stale. Regenerate it with "go generate ./..." (or run this test with
// -update).
func TestRulesDoc(t *testing.T) {
	golden.Check(t, "../"+rulesdoc.Path, rulesdoc.Markdown(integrative.Rules()))
	if t.Failed() {
		t.Log("docs/rules.md is stale: regenerate it with: go generate ./...")
	}
}

// The go:generate directive that rewrites docs/rules.md is in place, so
// "go generate ./..." keeps working.
func TestRulesDocGenerateDirective(t *testing.T) {
	data, err := os.ReadFile("generate.go")
	require.NoError(t, err)
	assert.Contains(t, strings.Split(string(data), "\n"), "//go:generate go run ./internal/rulesdoc/gen")
}
