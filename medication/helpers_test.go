package medication_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wholeperson/integrative/validation"
)

// assertHas checks that err is a *validation.Error with target at path.
func assertHas(t *testing.T, err error, path string, target error) {
	t.Helper()
	var ve *validation.Error
	if !assert.ErrorAs(t, err, &ve) {
		return
	}
	assert.True(t, ve.Has(path, target), "want %v at %q; got %v", target, path, err)
}
