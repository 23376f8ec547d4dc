package enum

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

type level uint8

var levelNames = []string{"unknown", "low", "same-day"}

var errBad = errors.New("bad")

func TestParseIsForgivingInForm(t *testing.T) {
	for _, in := range []string{"same-day", "Same Day", " SAME_DAY ", "same day"} {
		v, ok := Parse[level](levelNames, in)
		assert.True(t, ok, in)
		assert.Equal(t, level(2), v, in)
	}
	for _, in := range []string{"unknown", "", "sameday", "same--day", "low!"} {
		_, ok := Parse[level](levelNames, in)
		assert.False(t, ok, "%q", in)
	}
}

func TestParseWithAliases(t *testing.T) {
	aliases := map[string]level{"urgent today": 2, "minor": 1, "nothing": 0}
	v, ok := ParseWith(levelNames, aliases, "Urgent-Today")
	assert.True(t, ok)
	assert.Equal(t, level(2), v)
	_, ok = ParseWith(levelNames, aliases, "nothing")
	assert.False(t, ok, "an alias of the zero value does not parse")
}

func TestMarshalAndUnmarshal(t *testing.T) {
	text, err := Marshal[level](levelNames, 0, errBad)
	assert.NoError(t, err)
	assert.Empty(t, text)
	_, err = Marshal[level](levelNames, 7, errBad)
	assert.ErrorIs(t, err, errBad)
	text, err = Marshal[level](levelNames, 2, errBad)
	assert.NoError(t, err)
	assert.Equal(t, "same-day", string(text))

	v := level(1)
	assert.NoError(t, Unmarshal(levelNames, &v, nil, errBad))
	assert.Equal(t, level(0), v, "empty text is the zero value")
	v = 1
	assert.ErrorIs(t, Unmarshal(levelNames, &v, []byte("x"), errBad), errBad)
	assert.Equal(t, level(1), v, "unchanged on error")
	assert.NoError(t, Unmarshal(levelNames, &v, []byte("Same_Day"), errBad))
	assert.Equal(t, level(2), v)
}

func TestNameNeverPanics(t *testing.T) {
	assert.Equal(t, "level(9)", Name[level](levelNames, 9, "level"))
	assert.Equal(t, "low", Name[level](levelNames, 1, "level"))
	assert.False(t, Valid[level](levelNames, 0))
	assert.True(t, Valid[level](levelNames, 2))
}

var sink bool

func TestSameDoesNotAllocate(t *testing.T) {
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink = Same("Same Day", "same-day") }))
	assert.True(t, sink)
}
