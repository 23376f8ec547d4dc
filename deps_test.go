package integrative_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDependencies pins the module's requirements: golang.org/x/text and,
// for tests, github.com/stretchr/testify with its own indirect
// requirement. A new dependency must be a deliberate change to this test.
func TestDependencies(t *testing.T) {
	data, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	var direct, indirect []string
	inBlock := false
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "require (":
			inBlock = true
			continue
		case inBlock && line == ")":
			inBlock = false
			continue
		case strings.HasPrefix(line, "require "):
			line = strings.TrimPrefix(line, "require ")
		case !inBlock:
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		if strings.Contains(line, "// indirect") {
			indirect = append(indirect, fields[0])
		} else {
			direct = append(direct, fields[0])
		}
	}
	slices.Sort(direct)
	slices.Sort(indirect)
	assert.Equal(t, []string{"github.com/stretchr/testify", "golang.org/x/text"}, direct)
	for _, m := range indirect {
		assert.Contains(t, []string{"go.yaml.in/yaml/v3", "gopkg.in/yaml.v3", "github.com/davecgh/go-spew", "github.com/pmezard/go-difflib"}, m,
			"indirect requirement %s is not one that testify brings", m)
	}
}
