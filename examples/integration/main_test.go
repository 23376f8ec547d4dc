package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/modality"
)

func TestRunMatchesGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	golden.Check(t, "golden.txt", out.Bytes())
}

func TestRunIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, run(&a))
	require.NoError(t, run(&b))
	assert.Equal(t, a.String(), b.String())
}

// Each strategy has a coherent plan (no warnings) and one that needs review.
func TestExamplesCoverEveryStrategy(t *testing.T) {
	type tally struct{ coherent, review int }
	seen := map[string]*tally{}
	for _, ex := range examples() {
		found, err := checkPlan(ex)
		require.NoError(t, err, ex.title)
		s := ex.plan.Strategy.String()
		if seen[s] == nil {
			seen[s] = &tally{}
		}
		warnings := 0
		for _, f := range found {
			if f.Severity.String() != "info" {
				warnings++
			}
		}
		if warnings == 0 {
			seen[s].coherent++
		} else {
			seen[s].review++
		}
	}
	assert.Len(t, seen, 4)
	for s, n := range seen {
		assert.Equal(t, 1, n.coherent, s)
		assert.Equal(t, 1, n.review, s)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestRunReportsWriteErrors(t *testing.T) {
	assert.ErrorIs(t, run(failingWriter{}), os.ErrClosed)
}

func checkPlan(ex example) ([]modality.Incoherence, error) { return modality.Check(ex.plan) }
