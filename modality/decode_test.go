package modality_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

func TestDecodePlan(t *testing.T) {
	b, err := json.Marshal(clientAPlan())
	require.NoError(t, err)
	p, err := modality.DecodePlan(b)
	require.NoError(t, err)
	assert.Equal(t, clientAPlan(), p)

	p, err = modality.DecodePlan([]byte(`{"strategy":"Assimilative Integration","home":"cognitive-behavioral","clientAge":30,
		"components":[{"modality":"cbt","sequence":1}]}`))
	require.NoError(t, err, "a synonym for the strategy and no phase outside trauma care")
	assert.Equal(t, modality.AssimilativeIntegration, p.Strategy)
}

// Issue 10 item 1: every decoding problem is a *validation.Error whose
// field error names the JSON path.
func TestDecodePlanErrors(t *testing.T) {
	const tail = `"clientAge":30,"components":[{"modality":"cbt","sequence":1}]}`
	tests := []struct {
		name string
		json string
		path string
		err  error
	}{
		{"bad enum", `{"strategy":"F",` + tail, "strategy", modality.ErrBadValue},
		{"bad enum in a component", `{"strategy":"assimilative","clientAge":30,"components":[{"modality":"cpt","phase":"stage 2","sequence":1}]}`, "components/0/phase", modality.ErrBadPhase},
		{"bad enum in a competency", `{"strategy":"assimilative","clinicians":[{"key":"a","competencies":[{"modality":"cbt","basis":"self-taught"}]}],` + tail, "clinicians/0/competencies/0/basis", modality.ErrBadValue},
		{"bad yes/no", `{"strategy":"assimilative","stable":"maybe",` + tail, "stable", assessment.ErrBadValue},
		{"wrong type", `{"strategy":"assimilative","clientAge":"30","components":[{"modality":"cbt","sequence":1}]}`, "clientAge", validation.ErrWrongType},
		{"wrong type in a list", `{"strategy":"assimilative","clientAge":30,"components":[{"modality":"cbt","sequence":"1"}]}`, "components/0/sequence", validation.ErrWrongType},
		{"null strategy", `{"strategy":null,` + tail, "strategy", validation.ErrNull},
		{"null age", `{"strategy":"assimilative","clientAge":null,"components":[{"modality":"cbt","sequence":1}]}`, "clientAge", validation.ErrNull},
		{"unknown field", `{"strategy":"assimilative","homeOrientation":"x",` + tail, "homeOrientation", validation.ErrUnknownField},
		{"field in the wrong case", `{"Strategy":"assimilative",` + tail, "Strategy", validation.ErrFieldCase},
		{"valid JSON, invalid plan", `{"strategy":"assimilative","clientAge":30,"components":[{"modality":"primal-scream","sequence":1}]}`, "components/0/modality", modality.ErrUnknownModality},
		{"too many components", `{"strategy":"assimilative","clientAge":30,"components":[` + strings.Repeat(`{"modality":"cbt","sequence":1},`, modality.MaxComponents) + `{"modality":"cbt","sequence":1}]}`, "components", modality.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := modality.DecodePlan([]byte(tt.json))
			assert.Zero(t, p)
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.err), "want %v at %s, got %v", tt.err, tt.path, err)
			assert.NotContains(t, err.Error(), "stage 2")
			assert.NotContains(t, err.Error(), "self-taught")
			assert.NotContains(t, err.Error(), "primal")
		})
	}
	_, err := modality.DecodePlan([]byte(`{"strategy":"assimilative"} {}`))
	assert.ErrorIs(t, err, validation.ErrTrailingData)
	_, err = modality.DecodePlan([]byte(`{`), nil)
	assert.ErrorIs(t, err, validation.ErrSyntax, "a nil option is ignored")
}

// Issue 10 item 3: zero values and half-filled values marshal, and round
// trip; invalid non-zero values still fail.
func TestZeroValuesMarshal(t *testing.T) {
	for _, v := range []any{
		modality.Plan{}, modality.Component{}, modality.Clinician{}, modality.Competency{},
		modality.FactorTarget{}, modality.Frequency{}, modality.Incoherence{}, modality.Modality{},
		modality.Indication{}, modality.Match{}, modality.Contents{}, modality.Technique{},
		modality.Orientation{}, modality.Stance{}, modality.AgeRange{},
	} {
		_, err := json.Marshal(v)
		assert.NoError(t, err, "%T", v)
	}
	half := modality.Plan{Strategy: modality.CommonFactors, Components: []modality.Component{{Modality: modality.CBT}}}
	b, err := json.Marshal(half)
	require.NoError(t, err)
	var back modality.Plan
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, half, back)
	require.NoError(t, validation.Decode(b, &back))
	assert.Equal(t, half, back)

	_, err = json.Marshal(modality.Plan{Strategy: 99})
	assert.ErrorIs(t, err, modality.ErrBadValue)
	_, err = json.Marshal(modality.Component{Phase: 42})
	assert.ErrorIs(t, err, modality.ErrBadPhase)
}

// Issue 10 item 5: every JSON field name of the package's exported types
// is camelCase.
func TestJSONNamesCamelCase(t *testing.T) {
	for _, v := range []any{
		modality.Plan{}, modality.Component{}, modality.Clinician{}, modality.Competency{},
		modality.FactorTarget{}, modality.Frequency{}, modality.Incoherence{}, modality.Modality{},
		modality.Indication{}, modality.Match{}, modality.Contents{}, modality.Technique{},
		modality.Orientation{}, modality.Stance{}, modality.AgeRange{}, modality.UnknownNameError{},
	} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !assert.NotEmpty(t, name, "%s.%s has no JSON name", typ.Name(), f.Name) {
				continue
			}
			assert.True(t, unicode.IsLower(rune(name[0])), "%s.%s: %q", typ.Name(), f.Name, name)
			assert.False(t, strings.ContainsAny(name, "_- "), "%s.%s: %q", typ.Name(), f.Name, name)
		}
	}
}

// FuzzDecodePlan feeds arbitrary bytes to DecodePlan: it never panics,
// every error is a non-empty *validation.Error, and a plan it accepts
// re-encodes and decodes to itself.
func FuzzDecodePlan(f *testing.F) {
	for _, p := range []modality.Plan{clientAPlan(), tenComponentPlan()} {
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"strategy":"theoretical integration","orientations":["psychodynamic","cognitive-behavioral"],"framework":"x","clientAge":30,"components":[{"modality":"stpp","sequence":1}]}`))
	f.Add([]byte(`{"strategy":null}`))
	f.Add([]byte(`{"strategy":"assimilative","clientAge":"9","components":[{"phase":7}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := modality.DecodePlan(data)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) || len(ve.Fields) == 0 {
				t.Fatalf("error is not a non-empty *validation.Error: %v", err)
			}
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("an accepted plan does not marshal: %v", err)
		}
		again, err := modality.DecodePlan(b)
		if err != nil {
			t.Fatalf("an accepted plan does not decode again: %v", err)
		}
		if !reflect.DeepEqual(p, again) {
			t.Fatal("round trip changed the plan")
		}
		if _, err := modality.Check(p); err != nil {
			t.Fatalf("Check rejects a plan DecodePlan accepted: %v", err)
		}
	})
}
