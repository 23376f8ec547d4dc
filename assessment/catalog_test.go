package assessment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
)

func TestBuiltinInstrumentsValidate(t *testing.T) {
	for _, in := range assessment.Instruments() {
		t.Run(string(in.ID), func(t *testing.T) {
			assert.NoError(t, in.Validate())
		})
	}
	_, err := assessment.NewCatalog(assessment.BuiltinData())
	require.NoError(t, err)
}

func TestCatalogCheapAccessors(t *testing.T) {
	c := assessment.Builtin()
	assert.True(t, c.Has(assessment.PHQ9))
	assert.False(t, c.Has("bdi-ii"))
	lo, hi, ok := c.Range(assessment.PHQ9)
	assert.True(t, ok)
	assert.Equal(t, 0, lo)
	assert.Equal(t, 27, hi)
	_, _, ok = c.Range("bdi-ii")
	assert.False(t, ok)
	o, ok := c.Outcome(assessment.PHQ9)
	require.True(t, ok)
	assert.Equal(t, 50, o.ResponsePercent)
	require.NotEmpty(t, o.Sources)
	o.Sources[0].Title = "changed"
	again, _ := c.Outcome(assessment.PHQ9)
	assert.NotEqual(t, "changed", again.Sources[0].Title, "a copy")
	_, ok = c.Outcome("bdi-ii")
	assert.False(t, ok)
	assert.Zero(t, testing.AllocsPerRun(50, func() { c.Has(assessment.GAD7); c.Range(assessment.GAD7) }))
}
