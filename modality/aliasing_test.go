package modality_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
)

// scribble overwrites everything reachable from v: strings, numbers,
// booleans, and the elements of slices and maps, through structs and
// pointers. A result that shares memory with the catalog then changes the
// catalog.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				scribble(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scribble(e)
			v.SetMapIndex(k, e)
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("scribbled")
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		if v.CanSet() {
			v.SetInt(v.Int() + 7)
		}
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 3)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	}
}

func scribbleAll(xs ...any) {
	for _, x := range xs {
		scribble(reflect.ValueOf(x))
	}
}

func snapshot(t *testing.T, c *modality.Catalog) string {
	t.Helper()
	b, err := json.Marshal(c.Contents())
	require.NoError(t, err)
	return string(b)
}

// Issue 8 item 4: nothing a result exposes shares memory with the
// catalog. Every accessor's result is overwritten through and through,
// and the catalog must be unchanged.
func TestResultsDoNotShareMemoryWithCatalog(t *testing.T) {
	c := modality.Builtin()
	before := snapshot(t, c)
	checkBefore, err := c.Check(tenComponentPlan())
	require.NoError(t, err)
	checkJSON, err := json.Marshal(checkBefore)
	require.NoError(t, err)

	m, _ := c.Lookup(modality.CPT)
	all := c.All()
	tq, _ := c.LookupTechnique(modality.TechniqueCognitiveRestructuring)
	tqs := c.Techniques()
	o, _ := c.LookupOrientation(modality.OrientationCognitiveBehavioral)
	os := c.Orientations()
	fc := c.ForCondition(assessment.GroupPTSD)
	fl := c.FirstLine(assessment.GroupDisruptive)
	fl2 := c.FirstLine(assessment.GroupPTSD)
	rm, _ := c.Resolve("prolonged exposure")
	rt, _ := c.ResolveTechnique("imaginal exposure")
	contents := c.Contents()
	builtinContents := modality.BuiltinContents()
	found, err := c.Check(tenComponentPlan())
	require.NoError(t, err)
	_, err = c.ResolveID("ctb")
	var ue *modality.UnknownNameError
	require.ErrorAs(t, err, &ue)

	scribbleAll(&m, &all, &tq, &tqs, &o, &os, &fc, &fl, &fl2, &rm, &rt, &contents, &builtinContents, &found, ue)
	require.Equal(t, "scribbled", m.Indications[0].Sources[0].Title, "scribble reaches nested slices")
	require.Equal(t, "scribbled", found[0].Sources[0].Title)

	assert.Equal(t, before, snapshot(t, c), "catalog changed through a result")
	again, err := c.Check(tenComponentPlan())
	require.NoError(t, err)
	againJSON, err := json.Marshal(again)
	require.NoError(t, err)
	assert.JSONEq(t, string(checkJSON), string(againJSON), "check results changed through an earlier result")
	_, err = c.ResolveID("ctb")
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, "CBT", ue.Suggestions[0])
}

// The contents a host passes to NewCatalog stay the host's: changing them
// afterwards does not change the catalog.
func TestNewCatalogCopiesItsInput(t *testing.T) {
	contents := modality.BuiltinContents()
	c, err := modality.NewCatalog(contents)
	require.NoError(t, err)
	before := snapshot(t, c)
	scribbleAll(&contents)
	assert.Equal(t, before, snapshot(t, c))
	_, err = c.ResolveID("CBT")
	assert.NoError(t, err)
}
