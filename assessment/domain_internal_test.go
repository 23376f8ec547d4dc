package assessment

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wholeperson/integrative/internal/enum"
)

// TestDomainAliasesAreUnambiguous: every alias names a known domain and no
// alias matches another domain's ID or alias.
func TestDomainAliasesAreUnambiguous(t *testing.T) {
	var names []string
	for _, d := range domains {
		names = append(names, string(d.ID))
	}
	for id, aliases := range domainAliases {
		assert.True(t, knownDomain(id), id)
		names = append(names, aliases...)
	}
	for i, a := range names {
		for _, b := range names[i+1:] {
			assert.False(t, enum.Same(a, b), "%s and %s", a, b)
		}
	}
}
