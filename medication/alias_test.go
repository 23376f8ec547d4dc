package medication_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
)

// mutate overwrites every string, number and bool reachable from v
// through slices, arrays, pointers and struct fields.
func mutate(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			mutate(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			mutate(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				mutate(v.Field(i))
			}
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			v.SetMapIndex(k, reflect.Zero(v.Type().Elem()))
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("mutated")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(7)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(7)
		}
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(7)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	}
}

// Nothing an accessor or a check returns shares memory with the catalog
// (issue 8 item 4): mutating every result leaves the catalog as it was.
func TestResultsShareNoMemoryWithCatalog(t *testing.T) {
	c, err := medication.NewCatalog(medication.BuiltinData())
	require.NoError(t, err)
	before := c.Data()

	var results []any
	keep := func(v any) { results = append(results, v) }
	a, ok := c.Lookup("olanzapine-fluoxetine")
	require.True(t, ok)
	keep(&a)
	b, ok := c.Lookup("bupropion")
	require.True(t, ok)
	keep(&b)
	all := c.All()
	keep(&all)
	data := c.Data()
	keep(&data)
	rules := c.Rules()
	keep(&rules)
	rule, ok := c.LookupRule("maoi-ssri-snri")
	require.True(t, ok)
	keep(&rule)
	ci, ok := c.ClassInfo(medication.ClassSSRI)
	require.True(t, ok)
	keep(&ci)
	ws := c.Warnings("clozapine")
	keep(&ws)
	ag, err := c.Resolve("Zoloft")
	require.NoError(t, err)
	keep(&ag)
	screen, err := c.Screen("phenelzine", "sertraline", "sumatriptan-naproxen", "lithium", "tramadol")
	require.NoError(t, err)
	require.NotEmpty(t, screen)
	keep(&screen)
	r := medication.Regimen{
		Prescriptions: []medication.Prescription{
			rx("lithium", 300, medication.TwiceDaily, "2025-09-20"),
			rx("ibuprofen", 400, medication.ThreeTimesDaily, "2026-06-01"),
			{Agent: "paroxetine", Dose: mg(80), Frequency: medication.OnceDaily, Start: day("2026-01-01")},
			{Agent: "clozapine"},
			stopped(rx("fluoxetine", 20, medication.OnceDaily, "2025-01-01"), "2026-10-01", medication.StopIneffective),
			rx("phenelzine", 15, medication.ThreeTimesDaily, "2026-10-20"),
		},
		Supplements: []medication.Use{{Agent: "st-johns-wort"}},
	}
	ctx := medication.Context{AsOf: asOf, Client: assessment.Client{Age: 70, Sex: assessment.SexFemale},
		Conditions: []assessment.Condition{{Code: "F31.81", Status: assessment.Confirmed}}}
	review, err := c.Review(r, ctx)
	require.NoError(t, err)
	kinds := map[medication.ConcernKind]bool{}
	for _, cn := range review {
		kinds[cn.Kind] = true
	}
	require.GreaterOrEqual(t, len(kinds), 6, "the review exercises most checks")
	keep(&review)
	o, err := c.ParseOrder("Aplenzin 348 mg daily")
	require.NoError(t, err)
	keep(&o)

	// Appending to one concern's slices never writes into another's.
	snapshot := c.Data()
	first := append([]medication.Concern(nil), review...)
	for i := range review {
		review[i].Agents = append(review[i].Agents, "x")
		review[i].Paths = append(review[i].Paths, "x")
		review[i].Sources = append(review[i].Sources, review[i].Sources...)
	}
	for i := range review {
		assert.Equal(t, first[i].Agents, review[i].Agents[:len(first[i].Agents)])
	}

	for _, v := range results {
		mutate(reflect.ValueOf(v))
	}
	assert.Equal(t, before, c.Data(), "mutating results changed the catalog")
	assert.Equal(t, snapshot, c.Data())
	again, err := c.Screen("phenelzine", "sertraline")
	require.NoError(t, err)
	assert.Equal(t, "maoi-ssri-snri", again[0].Rule)
	assert.NotEqual(t, "mutated", again[0].Sources[0].Title)
}

// NewCatalog copies its input: changing the data afterwards changes
// nothing in the catalog, and BuiltinData returns a fresh copy each time.
func TestNewCatalogCopiesItsInput(t *testing.T) {
	d := medication.BuiltinData()
	c, err := medication.NewCatalog(d)
	require.NoError(t, err)
	before := c.Data()
	mutate(reflect.ValueOf(&d))
	assert.Equal(t, before, c.Data())
	fresh := medication.BuiltinData()
	assert.Equal(t, before, fresh)
	mutate(reflect.ValueOf(&fresh))
	assert.Equal(t, before, medication.BuiltinData())
}
