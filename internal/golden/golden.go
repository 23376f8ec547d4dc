// Package golden compares test output with golden files under testdata and
// rewrites them when the tests run with -update:
//
//	go test ./examples/quickstart -update
//
// It is imported only by tests.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata with the current output")

// Check compares got with the file testdata/name, after rewriting the file
// with got when the tests run with -update.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}
