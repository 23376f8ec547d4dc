package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/docgen"
)

func TestRunWritesTheDocuments(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(root, "docs"), 0o755))
	safety := "# Safety\n\nhand-written\n\n<!-- BEGIN GENERATED coverage -->\nold\n<!-- END GENERATED coverage -->\n\nafter\n"
	require.NoError(t, os.WriteFile(filepath.Join(root, "SAFETY.md"), []byte(safety), 0o644))

	require.NoError(t, run(root))

	rules, err := os.ReadFile(filepath.Join(root, docgen.RulesPath))
	require.NoError(t, err)
	assert.Equal(t, string(docgen.Rules(integrative.Rules())), string(rules))
	got, err := os.ReadFile(filepath.Join(root, docgen.SafetyPath))
	require.NoError(t, err)
	want, err := docgen.Splice([]byte(safety), docgen.CoverageSection, docgen.Coverage())
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
	assert.Contains(t, string(got), "hand-written")
	assert.Contains(t, string(got), "\nafter\n")
	assert.NotContains(t, string(got), "\nold\n")
}

func TestRunErrors(t *testing.T) {
	root := t.TempDir()
	assert.Error(t, run(root), "no docs directory")

	require.NoError(t, os.Mkdir(filepath.Join(root, "docs"), 0o755))
	assert.Error(t, run(root), "no SAFETY.md")

	require.NoError(t, os.WriteFile(filepath.Join(root, "SAFETY.md"), []byte("# Safety\n"), 0o644))
	assert.ErrorIs(t, run(root), docgen.ErrNoSection)
}
