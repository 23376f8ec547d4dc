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
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata with the current output")

// Check compares got with the file testdata/name, after rewriting the file
// with got when the tests run with -update. A difference is reported by its
// first differing line, not by dumping both files.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	if string(want) == string(got) {
		return
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Errorf("%s differs from the output at line %d (run with -update if the change is intended):\n  want: %q\n  got:  %q", path, i+1, w, g)
			return
		}
	}
}
