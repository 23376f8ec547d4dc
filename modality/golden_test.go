package modality_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/modality"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

// The plan's JSON form is a wire format hosts store: pin it.
func TestPlanJSONGolden(t *testing.T) {
	b, err := json.MarshalIndent(clientAPlan(), "", "  ")
	require.NoError(t, err)
	golden(t, "client-a-plan.json", append(b, '\n'))

	var p modality.Plan
	require.NoError(t, json.Unmarshal(b, &p))
	assert.Equal(t, clientAPlan(), p)
}

// The findings' JSON form, as a host would return them.
func TestIncoherenceJSONGolden(t *testing.T) {
	p := clientAPlan()
	p.Components = p.Components[2:] // CPT without the stabilization sessions
	found, err := modality.Check(p)
	require.NoError(t, err)
	b, err := json.MarshalIndent(found, "", "  ")
	require.NoError(t, err)
	golden(t, "client-a-no-stabilization.json", append(b, '\n'))
}
