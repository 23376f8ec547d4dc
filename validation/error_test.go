package validation_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/validation"
)

var (
	errA = errors.New("test: a")
	errB = errors.New("test: b")
)

func TestCollectorEmpty(t *testing.T) {
	var c validation.Collector
	c.Add("x", nil)
	c.Merge("y", nil)
	assert.NoError(t, c.Err())
	assert.Equal(t, 0, c.Len())
}

func TestCollectorSortsNumerically(t *testing.T) {
	var c validation.Collector
	c.Add("items/10", errA)
	c.Add("items/9", errB)
	c.Add("client/age", errA)
	c.Add("items/9", errA)
	err := c.Err()
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	var paths []string
	for _, f := range ve.Fields {
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{"client/age", "items/9", "items/9", "items/10"}, paths)
	assert.ErrorIs(t, ve.Fields[1].Err, errB, "same path keeps insertion order")
	assert.ErrorIs(t, err, errA)
	assert.ErrorIs(t, err, errB)
	assert.True(t, ve.Has("items/10", errA))
	assert.False(t, ve.Has("items/10", errB))
	assert.Equal(t, 4, c.Len())
}

func TestMergePrefixes(t *testing.T) {
	var inner validation.Collector
	inner.Add("value", errA)
	var outer validation.Collector
	outer.Merge("answers/2", inner.Err())
	outer.Merge("date", errB)
	var ve *validation.Error
	require.ErrorAs(t, outer.Err(), &ve)
	assert.True(t, ve.Has("answers/2/value", errA))
	assert.True(t, ve.Has("date", errB))
}

func TestErrorText(t *testing.T) {
	var c validation.Collector
	c.Add("a", errA)
	assert.Equal(t, "invalid input: a: test: a", c.Err().Error())
	c.Add("b", errB)
	assert.Equal(t, "invalid input (2 problems): a: test: a; b: test: b", c.Err().Error())
}

func TestComparePaths(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"a", "a", 0},
		{"a", "b", -1},
		{"a/2", "a/10", -1},
		{"a/10", "a/2", 1},
		{"a", "a/1", -1},
		{"b", "a/1", 1},
		{"x/-1", "x/1", -1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, validation.ComparePaths(tt.a, tt.b), "%s vs %s", tt.a, tt.b)
	}
}

func TestJoin(t *testing.T) {
	assert.Equal(t, "a/b/3", validation.Join("a", "", "b", validation.Index(3)))
	assert.Equal(t, "", validation.Join())
}
