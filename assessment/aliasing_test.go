package assessment_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
)

// scramble overwrites everything v exposes that a caller can change: every
// exported string, number and bool, through slices, arrays, maps, pointers
// and structs. A result that shares memory with a catalog would carry the
// damage into the catalog.
func scramble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scramble(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				scramble(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			scramble(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scramble(e)
			v.SetMapIndex(k, e)
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("scrambled")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 97)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 97)
		}
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(v.Float() + 97)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	}
}

// deepCopy returns a copy of v that shares no memory with it through
// exported fields.
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		c := reflect.New(v.Type().Elem())
		c.Elem().Set(deepCopy(v.Elem()))
		return c
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(deepCopy(v.Elem()))
		return c
	case reflect.Struct:
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				c.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
		return c
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			c.Index(i).Set(deepCopy(v.Index(i)))
		}
		return c
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		c := reflect.MakeMapWithSize(v.Type(), v.Len())
		for _, k := range v.MapKeys() {
			c.SetMapIndex(k, deepCopy(v.MapIndex(k)))
		}
		return c
	}
	return v
}

// TestResultsShareNoMemoryWithTheCatalog calls every accessor and analysis
// of the package three times: it scrambles the second answer and checks
// that the third still equals the first.
func TestResultsShareNoMemoryWithTheCatalog(t *testing.T) {
	day := assessment.MustDate(2026, time.January, 5)
	intake := clientA()
	intake.Responses = append(intake.Responses,
		assessment.Response{Instrument: assessment.ASQ, Date: day, Answers: assessment.Values(1, 0, 0, 0, 1)},
		assessment.Response{Instrument: assessment.WHO5, Date: day, Answers: assessment.Values(1, 2, 3, 3)}, // incomplete, flagged
	)
	phq9 := assessment.Response{Instrument: assessment.PHQ9, Date: day,
		Answers: append(assessment.Values(3, 3, 3, 3, 3, 3, 3, 2, 2), assessment.Answer{Item: "difficulty", Value: new(9)})}
	pcl5 := assessment.Response{Instrument: assessment.PCL5, Date: day, Answers: assessment.Values(
		3, 3, 2, 3, 3, 2, 3, 2, 3, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 3)}
	phq9Def, _ := assessment.LookupInstrument(assessment.PHQ9)
	phq2 := assessment.Result{Instrument: assessment.PHQ2, Date: day, Total: 4, Max: 6, Screen: assessment.ScreenPositive}

	accessors := map[string]func() any{
		"Instruments":      func() any { return assessment.Instruments() },
		"LookupInstrument": func() any { in, _ := assessment.LookupInstrument(assessment.PCL5); return in },
		"Catalog.All":      func() any { return assessment.Builtin().All() },
		"Catalog.Lookup":   func() any { in, _ := assessment.Builtin().Lookup(assessment.ASQ); return in },
		"Instrument.Item":  func() any { it, _ := phq9Def.Item("difficulty"); return it },
		"Instrument.Form":  func() any { in, _ := assessment.LookupInstrument(assessment.AUDIT); return in.Form() },
		"Score":            func() any { r, _ := assessment.Score(phq9); return r },
		"Score subscales":  func() any { r, _ := assessment.Score(pcl5); return r },
		"Score partial": func() any {
			r, err := assessment.Score(assessment.Response{Instrument: assessment.PHQ9, Answers: assessment.Values(0, 0, 0, 0, 0, 0, 0, 0, 3)[8:]})
			return []any{r, err}
		},
		"ScoreIntake": func() any { r, err := assessment.ScoreIntake(intake); return []any{r, err} },
		"FlagError.Flags": func() any {
			_, err := assessment.ScoreIntake(intake)
			var fe *assessment.FlagError
			if errors.As(err, &fe) {
				return fe.Flags
			}
			return nil
		},
		"Cascades":     func() any { return assessment.Cascades() },
		"Next":         func() any { return assessment.Next(phq2) },
		"NextSteps":    func() any { return assessment.NextSteps([]assessment.Result{phq2}) },
		"Domains":      func() any { return assessment.Domains() },
		"LookupDomain": func() any { d, _ := assessment.LookupDomain(assessment.DomainTrauma); return d },
		"Groups":       func() any { return assessment.Groups() },
		"LookupGroup":  func() any { g, _ := assessment.LookupGroup(assessment.GroupPTSD); return g },
		"GroupsOf":     func() any { return assessment.GroupsOf("F43.10") },
		"Track": func() any {
			tr, _ := assessment.Track(assessment.PHQ9, []assessment.Point{{Date: day, Total: 20}, {Date: day.AddDays(30), Total: 9}})
			return tr
		},
	}
	for name, get := range accessors {
		t.Run(name, func(t *testing.T) {
			first := deepCopy(reflect.ValueOf(get())).Interface()
			second := get()
			scramble(reflect.ValueOf(&second).Elem())
			require.NotEqual(t, first, second, "the scramble changed nothing")
			assert.Equal(t, first, get(), "a changed result reached the catalog")
		})
	}
}
