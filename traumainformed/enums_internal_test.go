package traumainformed

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wholeperson/integrative/internal/enum"
)

// checkAliases checks that every alias names a valid value, repeats no
// name (which would make it dead weight) and no other alias.
func checkAliases[T ~uint8](t *testing.T, names []string, aliases map[string]T) {
	t.Helper()
	for a, v := range aliases {
		assert.True(t, enum.Valid(names, v), a)
		for i := 1; i < len(names); i++ {
			assert.False(t, enum.Same(a, names[i]), "alias %q repeats a name", a)
		}
		for b := range aliases {
			assert.True(t, a == b || !enum.Same(a, b), "aliases %q and %q are one name", a, b)
		}
		got, err := parse(names, aliases, a)
		assert.NoError(t, err, a)
		assert.Equal(t, v, got, a)
	}
}

func TestAliases(t *testing.T) {
	checkAliases(t, severityNames, severityAliases)
	checkAliases(t, principleNames, principleAliases)
	checkAliases(t, domainNames, domainAliases)
	checkAliases(t, disclosureNames, disclosureAliases)
	checkAliases(t, gapKindNames, gapKindAliases)
	checkAliases(t, signalNames, signalAliases)
	checkAliases(t, workStatusNames, workStatusAliases)
	checkAliases(t, issueKindNames, issueKindAliases)
	checkAliases(t, notDoneReasonNames, notDoneReasonAliases)
}
