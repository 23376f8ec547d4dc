package assessment_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// jsonTypes are the package's exported types that travel as JSON.
var jsonTypes = []any{
	assessment.Answer{}, assessment.Band{}, assessment.Cascade{}, assessment.Client{}, assessment.CodeableConcept{},
	assessment.Coding{}, assessment.Condition{}, assessment.Criterion{}, assessment.CriterionResult{}, assessment.Cutoff{},
	assessment.Data{}, assessment.Domain{}, assessment.Flag{}, assessment.FlagRule{}, assessment.Form{}, assessment.FormItem{},
	assessment.FormOption{}, assessment.Group{}, assessment.Import{}, assessment.Instrument{}, assessment.Intake{},
	assessment.Item{}, assessment.ItemRange{}, assessment.Meaning{}, assessment.Movement{}, assessment.Nutrition{},
	assessment.Observation{}, assessment.Option{}, assessment.Outcome{}, assessment.Point{}, assessment.Preferences{},
	assessment.Reference{}, assessment.Requirement{}, assessment.Response{}, assessment.Result{}, assessment.SkipRule{},
	assessment.Sleep{}, assessment.Step{}, assessment.Subscale{}, assessment.SubscaleScore{}, assessment.SubstanceUse{},
	assessment.SupplementUse{}, assessment.Trajectory{}, assessment.Trauma{}, assessment.UnmappedItem{}, assessment.Warning{},
}

// TestJSONNamesAreCamelCase walks every exported field of every JSON type:
// each has a json tag with a camelCase name (embedded structs are
// promoted; types that write their own JSON are checked by their output).
func TestJSONNamesAreCamelCase(t *testing.T) {
	camel := func(name string) bool {
		if name == "" || !unicode.IsLower(rune(name[0])) {
			return false
		}
		for _, r := range name {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	for _, v := range jsonTypes {
		typ := reflect.TypeOf(v)
		t.Run(typ.Name(), func(t *testing.T) {
			if _, ok := v.(json.Marshaler); ok {
				data, err := json.Marshal(v)
				require.NoError(t, err)
				var m map[string]any
				require.NoError(t, json.Unmarshal(data, &m))
				for k := range m {
					assert.True(t, camel(k), "%s writes %q", typ.Name(), k)
				}
				return
			}
			for i := range typ.NumField() {
				f := typ.Field(i)
				if !f.IsExported() || (f.Anonymous && f.Tag.Get("json") == "") {
					continue
				}
				tag := f.Tag.Get("json")
				name := tag
				if i := len(tag); i > 0 {
					for j, c := range tag {
						if c == ',' {
							name = tag[:j]
							break
						}
					}
				}
				assert.True(t, name == "-" || camel(name), "%s.%s has json name %q", typ.Name(), f.Name, name)
			}
		})
	}
}

// TestZeroValuesMarshal: the zero value of every JSON type, and a
// half-filled result and intake, marshal without error.
func TestZeroValuesMarshal(t *testing.T) {
	for _, v := range jsonTypes {
		_, err := json.Marshal(v)
		assert.NoError(t, err, "%T", v)
	}
	for _, v := range []any{
		assessment.Result{Instrument: assessment.PHQ9, Flags: []assessment.Flag{{ID: "x"}}},
		assessment.Intake{Client: assessment.Client{Age: 40}, Trauma: assessment.Trauma{ACECount: new(2)}},
		assessment.Trajectory{Instrument: assessment.PHQ9},
		assessment.Instrument{ID: "x", Items: []assessment.Item{{ID: "1"}}},
	} {
		_, err := json.Marshal(v)
		assert.NoError(t, err, "%T", v)
	}
	// An invalid non-zero value still fails.
	_, err := json.Marshal(assessment.Client{Sex: 42})
	assert.ErrorIs(t, err, assessment.ErrBadValue)
}

// TestJSONRoundTrips: what the package writes, it reads back, through the
// standard decoder and validation.Decode alike.
func TestJSONRoundTrips(t *testing.T) {
	res, err := assessment.Score(assessment.Response{Instrument: assessment.PCL5, Date: day(1, 5), Answers: assessment.Values(
		3, 3, 2, 3, 3, 2, 3, 2, 3, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 3)})
	require.NoError(t, err)
	flagged, _ := assessment.Score(assessment.Response{Instrument: assessment.PHQ9, Answers: append(assessment.Values(1, 1, 1, 1, 1, 1, 1, 1, 2),
		assessment.Answer{Item: "difficulty", Value: new(9)})})
	tr, err := assessment.Track(assessment.PCL5, []assessment.Point{{Date: day(1, 5), Total: 48}, {Date: day(4, 1), Total: 28}})
	require.NoError(t, err)
	phq9, _ := assessment.LookupInstrument(assessment.PHQ9)
	imp, err := assessment.ImportQuestionnaireResponse(readFHIR(t, "phq9-uscore.json"))
	require.NoError(t, err)
	steps := assessment.NextSteps([]assessment.Result{flagged})
	for _, tt := range []struct {
		name string
		v    any
		back func() any
	}{
		{"Result", res, func() any { return new(assessment.Result) }},
		{"Result with flags and warnings", flagged, func() any { return new(assessment.Result) }},
		{"Trajectory", tr, func() any { return new(assessment.Trajectory) }},
		{"Intake", clientA(), func() any { return new(assessment.Intake) }},
		{"Instrument", phq9, func() any { return new(assessment.Instrument) }},
		{"Import", imp, func() any { return new(assessment.Import) }},
		{"Steps", steps, func() any { return new([]assessment.Step) }},
		{"Data", assessment.BuiltinData(), func() any { return new(assessment.Data) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.v)
			require.NoError(t, err)
			back := tt.back()
			require.NoError(t, json.Unmarshal(data, back))
			assert.Equal(t, tt.v, reflect.ValueOf(back).Elem().Interface())
			strict := tt.back()
			require.NoError(t, validation.Decode(data, strict, validation.MaxBytes(1<<22)))
			assert.Equal(t, tt.v, reflect.ValueOf(strict).Elem().Interface())
		})
	}
}
