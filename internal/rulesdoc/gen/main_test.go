package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/rulesdoc"
)

func TestRunWritesTheReference(t *testing.T) {
	want := rulesdoc.Markdown(integrative.Rules())

	path := filepath.Join(t.TempDir(), "rules.md")
	require.NoError(t, run(path, nil))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))

	var stdout bytes.Buffer
	require.NoError(t, run("-", &stdout))
	assert.Equal(t, string(want), stdout.String())

	assert.Error(t, run(filepath.Join(t.TempDir(), "missing", "rules.md"), nil))
}
