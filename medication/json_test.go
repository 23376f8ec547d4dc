package medication_test

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/validation"
)

// A regimen decodes strictly, every problem at its JSON path (issue 10
// item 1).
func TestDecodeRegimen(t *testing.T) {
	good := `{"prescriptions":[{"agent":"sertraline","dose":{"amount":50,"unit":"mg"},"frequency":"BID","start":"2026-09-01"}],
		"substances":[{"agent":"alcohol","frequency":"weekly","abstinentSince":"2026-10-01"}]}`
	r, err := medication.DecodeRegimen([]byte(good), asOf)
	require.NoError(t, err)
	assert.Equal(t, medication.TwiceDaily, r.Prescriptions[0].Frequency, "synonyms decode")
	assert.Equal(t, day("2026-10-01"), r.Substances[0].AbstinentSince)

	tests := []struct {
		name, json, path string
		want             error
	}{
		{"bad enum", `{"prescriptions":[{"agent":"sertraline","frequency":"sometimes"}]}`, "prescriptions/0/frequency", medication.ErrBadValue},
		{"bad unit", `{"prescriptions":[{"agent":"sertraline","dose":{"amount":5,"unit":"spoons"}}]}`, "prescriptions/0/dose/unit", medication.ErrBadValue},
		{"bad date", `{"prescriptions":[{"agent":"sertraline","start":"2026-13-45"}]}`, "prescriptions/0/start", assessment.ErrBadDate},
		{"wrong type", `{"prescriptions":[{"agent":"sertraline","dose":{"amount":"fifty","unit":"mg"}}]}`, "prescriptions/0/dose/amount", validation.ErrWrongType},
		{"null for a value", `{"prescriptions":[{"agent":null}]}`, "prescriptions/0/agent", validation.ErrNull},
		{"unknown field", `{"prescriptions":[{"agent":"sertraline","dosage":5}]}`, "prescriptions/0/dosage", validation.ErrUnknownField},
		{"validation after decoding", `{"prescriptions":[{"agent":"no-such-drug"}]}`, "prescriptions/0/agent", medication.ErrUnknownAgent},
		{"follow-up before start", `{"prescriptions":[{"agent":"sertraline","start":"2026-09-01"}],
			"monitoring":[{"test":"follow-up","date":"2026-08-01","prescription":0}]}`, "monitoring/0/date", medication.ErrStopBeforeStart},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := medication.DecodeRegimen([]byte(tt.json), asOf)
			assertHas(t, err, tt.path, tt.want)
			assert.Zero(t, r.Prescriptions)
			assert.NotContains(t, err.Error(), "fifty")
			assert.NotContains(t, err.Error(), "spoons")
		})
	}
}

func TestDecodeContext(t *testing.T) {
	ctx, err := medication.DecodeContext([]byte(`{"asOf":"2026-11-20","client":{"age":60,"sex":"Female"},"conditions":[{"code":"F31.81","status":"confirmed"}]}`))
	require.NoError(t, err)
	assert.Equal(t, assessment.SexFemale, ctx.Client.Sex)
	_, err = medication.DecodeContext([]byte(`{"asOf":"2026-11-20","client":{"age":60,"sex":"Q"}}`))
	assertHas(t, err, "client/sex", assessment.ErrBadValue)
	_, err = medication.DecodeContext([]byte(`{"client":{"age":60,"sex":"female"}}`))
	assertHas(t, err, "asOf", medication.ErrBadDate)
	_, err = medication.DecodeContext([]byte(`{"asOf":"2026-11-20","client":{"age":60,"sex":"female"},"conditions":[{"code":"nope","status":"confirmed"}]}`))
	assertHas(t, err, "conditions/0/code", assessment.ErrBadCode)
}

// Zero values marshal (issue 10 item 3); a set but invalid value does not.
func TestZeroValuesMarshal(t *testing.T) {
	for _, v := range []any{medication.Concern{}, medication.Regimen{}, medication.Prescription{}, medication.Context{},
		medication.Agent{}, medication.Rule{}, medication.Data{}, medication.Order{}, medication.Detail{}} {
		_, err := json.Marshal(v)
		assert.NoError(t, err, "%T", v)
	}
	b, err := json.Marshal(medication.Concern{})
	require.NoError(t, err)
	var back medication.Concern
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, medication.Concern{}, back)
	_, err = json.Marshal(medication.Concern{Kind: 200})
	assert.Error(t, err)
}

// Every JSON name of the package's exported types is camelCase (issue 10
// item 5).
func TestJSONNamesCamelCase(t *testing.T) {
	camel := regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(tp reflect.Type) {
		for tp.Kind() == reflect.Pointer || tp.Kind() == reflect.Slice || tp.Kind() == reflect.Array || tp.Kind() == reflect.Map {
			tp = tp.Elem()
		}
		if tp.Kind() != reflect.Struct || seen[tp] || !strings.HasSuffix(tp.PkgPath(), "/medication") {
			return
		}
		seen[tp] = true
		for i := range tp.NumField() {
			f := tp.Field(i)
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("json")
			name, _, _ := strings.Cut(tag, ",")
			assert.NotEmpty(t, tag, "%s.%s has no json tag", tp.Name(), f.Name)
			assert.Regexp(t, camel, name, "%s.%s", tp.Name(), f.Name)
			walk(f.Type)
		}
	}
	for _, v := range []any{medication.Regimen{}, medication.Context{}, medication.Concern{}, medication.Data{}, medication.Order{}} {
		walk(reflect.TypeOf(v))
	}
	assert.Greater(t, len(seen), 20)
}
