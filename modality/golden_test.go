package modality_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/modality"
)

// The plan's JSON form is a wire format hosts store: pin it.
func TestPlanJSONGolden(t *testing.T) {
	b, err := json.MarshalIndent(clientAPlan(), "", "  ")
	require.NoError(t, err)
	golden.Check(t, "client-a-plan.json", append(b, '\n'))

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
	golden.Check(t, "client-a-no-stabilization.json", append(b, '\n'))
}
