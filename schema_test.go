package integrative_test

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/internal/jsonschema"
	"github.com/wholeperson/integrative/internal/sample"
)

// The JSON Schemas in docs/ are the Go types' JSON form; this test fails
// when they drift and rewrites them with -update.
func TestJSONSchemas(t *testing.T) {
	for _, tc := range []struct {
		file, id, title string
		typ             reflect.Type
	}{
		{"plan.schema.json", "https://github.com/wholeperson/integrative/docs/plan.schema.json", "Integrated treatment plan", reflect.TypeFor[integrative.Plan]()},
		{"report.schema.json", "https://github.com/wholeperson/integrative/docs/report.schema.json", "Plan check report", reflect.TypeFor[integrative.Report]()},
	} {
		s := jsonschema.Generate(tc.typ, tc.id, tc.title)
		data, err := json.MarshalIndent(s, "", "  ")
		require.NoError(t, err)
		golden.Check(t, filepath.Join("..", "docs", tc.file), append(data, '\n'))
	}
}

// Every sample plan and its report conform to the schemas, and the
// schemas reject what the decoder rejects.
func TestSamplesConformToSchemas(t *testing.T) {
	planSchema := jsonschema.Generate(reflect.TypeFor[integrative.Plan](), "", "")
	reportSchema := jsonschema.Generate(reflect.TypeFor[integrative.Report](), "", "")
	for _, name := range sample.Names() {
		data, _ := sample.Plan(name)
		var x any
		require.NoError(t, json.Unmarshal(data, &x))
		assert.Empty(t, jsonschema.Validate(planSchema, x), name)

		r := check(t, loadPlan(t, name))
		out, err := json.Marshal(r)
		require.NoError(t, err)
		var y any
		require.NoError(t, json.Unmarshal(out, &y))
		assert.Empty(t, jsonschema.Validate(reportSchema, y), name)
	}
	for _, bad := range []string{
		`{"asOf":"2026-1-1"}`,
		`{"team":[{"key":"a","role":"wizard"}]}`,
		`{"intake":{"client":{"age":"40"}}}`,
		`{"extra":true}`,
		`{"goals":[{"key":"g"}]}`,
	} {
		var x any
		require.NoError(t, json.Unmarshal([]byte(bad), &x))
		assert.NotEmpty(t, jsonschema.Validate(planSchema, x), bad)
	}
}
