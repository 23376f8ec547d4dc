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
