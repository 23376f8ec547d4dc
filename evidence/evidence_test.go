package evidence_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

func TestSourceValidate(t *testing.T) {
	good := evidence.Source{
		Title:     "The PHQ-9: validity of a brief depression severity measure",
		Publisher: "J Gen Intern Med 16(9):606-613",
		Year:      2001,
		URL:       "https://pubmed.ncbi.nlm.nih.gov/11556941/",
	}
	assert.NoError(t, good.Validate())

	tests := []struct {
		name string
		edit func(*evidence.Source)
		want error
	}{
		{"no title", func(s *evidence.Source) { s.Title = " " }, evidence.ErrNoTitle},
		{"no publisher", func(s *evidence.Source) { s.Publisher = "" }, evidence.ErrNoPublisher},
		{"no year", func(s *evidence.Source) { s.Year = 0 }, evidence.ErrBadYear},
		{"future year", func(s *evidence.Source) { s.Year = 2101 }, evidence.ErrBadYear},
		{"relative URL", func(s *evidence.Source) { s.URL = "/x" }, evidence.ErrBadURL},
		{"ftp URL", func(s *evidence.Source) { s.URL = "ftp://example.org/x" }, evidence.ErrBadURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := good
			tt.edit(&s)
			assert.ErrorIs(t, s.Validate(), tt.want)
		})
	}

	all := evidence.Source{URL: "::"}.Validate()
	var ve *validation.Error
	require.ErrorAs(t, all, &ve)
	assert.True(t, ve.Has("title", evidence.ErrNoTitle))
	assert.True(t, ve.Has("publisher", evidence.ErrNoPublisher))
	assert.True(t, ve.Has("year", evidence.ErrBadYear))
	assert.True(t, ve.Has("url", evidence.ErrBadURL))
	assert.Len(t, ve.Fields, 4, "every problem is reported")
}

func TestCheck(t *testing.T) {
	good := evidence.Source{Title: "T", Publisher: "P", Year: 2020}
	assert.NoError(t, evidence.Check([]evidence.Source{good}))

	var ve *validation.Error
	require.ErrorAs(t, evidence.Check(nil), &ve)
	assert.True(t, ve.Has("", evidence.ErrNoSource))

	require.ErrorAs(t, evidence.Check([]evidence.Source{good, {Title: "T", Year: 2020}}), &ve)
	assert.True(t, ve.Has("1/publisher", evidence.ErrNoPublisher))
	assert.Len(t, ve.Fields, 1)

	var v validation.Collector
	v.Merge("flags/0/sources", evidence.Check(nil))
	require.ErrorAs(t, v.Err(), &ve)
	assert.True(t, ve.Has("flags/0/sources", evidence.ErrNoSource))
}

func TestSourceString(t *testing.T) {
	s := evidence.Source{Title: "Title.", Publisher: "Pub", Year: 2020, Locator: "Table 2", URL: "https://example.org"}
	assert.Equal(t, "Title. Pub, 2020. Table 2. https://example.org", s.String())
	assert.Equal(t, "Only", evidence.Source{Title: "Only"}.String())
	assert.Equal(t, "T. 1999", evidence.Source{Title: "T", Year: 1999}.String())
}

func TestStrengthRoundTrip(t *testing.T) {
	for s := evidence.StrengthRegulatory; s <= evidence.StrengthEmerging; s++ {
		assert.True(t, s.Valid())
		text, err := s.MarshalText()
		assert.NoError(t, err)
		var back evidence.Strength
		assert.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, s, back)
		parsed, err := evidence.ParseStrength(s.String())
		assert.NoError(t, err)
		assert.Equal(t, s, parsed)
	}
}

func TestStrengthInvalid(t *testing.T) {
	assert.False(t, evidence.StrengthUnknown.Valid())
	text, err := evidence.StrengthUnknown.MarshalText()
	assert.NoError(t, err, "the zero value marshals as empty text")
	assert.Empty(t, text)
	_, err = evidence.Strength(200).MarshalText()
	assert.ErrorIs(t, err, evidence.ErrBadStrength)
	_, err = evidence.ParseStrength("unknown")
	assert.ErrorIs(t, err, evidence.ErrBadStrength)
	assert.Equal(t, "Strength(200)", evidence.Strength(200).String())
	s := evidence.StrengthGuideline
	assert.ErrorIs(t, s.UnmarshalText([]byte("strong")), evidence.ErrBadStrength)
	assert.Equal(t, evidence.StrengthGuideline, s, "unchanged on error")
}
