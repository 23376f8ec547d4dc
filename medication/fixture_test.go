package medication_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/medication"
)

type fixture struct {
	Context medication.Context `json:"context"`
	Regimen medication.Regimen `json:"regimen"`
	Want    []string           `json:"want"`
}

func loadFixture(t *testing.T, name string) fixture {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	var f fixture
	require.NoError(t, json.Unmarshal(b, &f))
	return f
}

func summary(cs []medication.Concern) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Severity.String() + " " + c.Kind.String() + " " + c.Rule
	}
	return out
}

// A regimen and context read from JSON, as a host would send them.
func TestJSONFixture(t *testing.T) {
	f := loadFixture(t, "client-d.json")
	cs, err := medication.Review(f.Regimen, f.Context)
	require.NoError(t, err)
	assert.Equal(t, f.Want, summary(cs))
	b, err := json.Marshal(cs)
	require.NoError(t, err)
	var back []medication.Concern
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, cs, back, "concerns round-trip through JSON")
}

// The built-in catalog is safe for concurrent use, including its first use.
func TestConcurrentReviews(t *testing.T) {
	f := loadFixture(t, "client-d.json")
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for i := range results {
		wg.Go(func() {
			cs, err := medication.Review(f.Regimen, f.Context)
			if err == nil {
				results[i] = summary(cs)
			}
			_, _ = medication.ResolveID("Sértraline")
		})
	}
	wg.Wait()
	for _, r := range results {
		assert.Equal(t, f.Want, r)
	}
}
