package traumainformed_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ti "github.com/wholeperson/integrative/traumainformed"
)

// found renders matches as "term:text".
func found(text string, ms []ti.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, string(m.Term)+":"+text[m.Start:m.End])
	}
	return out
}

func TestCheckLanguage(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a term", "He is an addict.", []string{"addict:addict"}},
		{"any case", "ADDICTS and Addict", []string{"addict:ADDICTS", "addict:Addict"}},
		{"words that contain a term", "addiction, addictive, addicted, readdict, addict2", nil},
		{"possessive", "the addict's family", []string{"addict:addict"}},
		{"full width", "ａｄｄｉｃｔ", []string{"addict:ａｄｄｉｃｔ"}},
		{"mathematical letters", "𝐚𝐝𝐝𝐢𝐜𝐭", []string{"addict:𝐚𝐝𝐝𝐢𝐜𝐭"}},
		{"a combining mark makes another word", "addict\u0301", nil},
		{"hyphenated phrase", "She was non-compliant.", []string{"non-compliant:non-compliant"}},
		{"spaced phrase", "non compliant; NONCOMPLIANCE", []string{"non-compliant:non compliant", "non-compliant:NONCOMPLIANCE"}},
		{"punctuation breaks a phrase", "non, compliant; non\u2013compliant", nil},
		{"phrase across a line break", "he committed\n  suicide", []string{"committed-suicide:committed\n  suicide"}},
		{"phrase across a sentence", "It was committed. Suicide prevention", nil},
		{"abuse of a person is not drug abuse", "child abuse, sexual abuse, abuse, her abuser", nil},
		{"drug abuse", "a history of drug abuse", []string{"substance-abuse:drug abuse"}},
		{"abuser, not abuse", "Drug abusers", []string{"abuser:Drug abusers"}},
		{"alcoholic person", "an alcoholic; two alcoholics", []string{"alcoholic:alcoholic", "alcoholic:alcoholics"}},
		{"alcoholic drinks are fine", "alcoholic beverages, Alcoholic Drinks, non-alcoholic beer, nonalcoholic", nil},
		{"mutual-help fellowship", "goes to Alcoholics Anonymous", nil},
		{"diagnostic names", "alcoholic liver disease, alcoholic hepatitis", nil},
		{"alcoholism", "Alcoholism runs in the family", []string{"alcoholism:Alcoholism"}},
		{"longest phrase wins", "a clean urine test", []string{"clean-or-dirty-test:clean urine test"}},
		{"clean alone is fine", "keep the wound clean; a clean room", nil},
		{"recovery language", "He has stayed clean for a year", []string{"being-clean:stayed clean"}},
		{"phrase inside a longer phrase", "an injection drug user", []string{"drug-user:drug user"}},
		{"the mentally ill", "services for the mentally ill", []string{"the-mentally-ill:the mentally ill"}},
		{"mentally ill alone is not the phrase", "is mentally ill", nil},
		{"suicide attempts", "after a failed suicide attempt", []string{"failed-suicide-attempt:failed suicide attempt"}},
		{"schizophrenic", "a schizophrenic", []string{"schizophrenic:schizophrenic"}},
		{"opioid replacement", "opioid replacement therapy", []string{"opioid-replacement:opioid replacement"}},
		{"several, in order", "The addict was non-compliant and committed suicide.",
			[]string{"addict:addict", "non-compliant:non-compliant", "committed-suicide:committed suicide"}},
		{"invalid UTF-8 separates words", "\xffaddict\xfe", []string{"addict:addict"}},
		{"empty", "", nil},
		{"only separators", " \t\n-.,", nil},
		{"person-first text", "A person with a substance use disorder is not taking medication as prescribed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ti.CheckLanguage(tt.text)
			assert.Equal(t, tt.want, found(tt.text, got))
			checkMatches(t, tt.text, got)
		})
	}
}

// checkMatches checks the invariants of a result: offsets inside the text,
// in order, not overlapping, and each match found again, whole, when its
// text is checked alone.
func checkMatches(t *testing.T, text string, ms []ti.Match) {
	t.Helper()
	last := 0
	for _, m := range ms {
		require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(text), "%+v in %q", m, text)
		require.GreaterOrEqual(t, m.Start, last, "overlap in %q", text)
		last = m.End
		again := ti.CheckLanguage(text[m.Start:m.End])
		if assert.Len(t, again, 1, "%q", text[m.Start:m.End]) {
			assert.Equal(t, ti.Match{Term: m.Term, Start: 0, End: m.End - m.Start}, again[0])
		}
		_, ok := ti.LookupTerm(m.Term)
		assert.True(t, ok)
	}
}

func TestCheckLanguageConcurrent(t *testing.T) {
	text := strings.Repeat("The addict, ａｄｄｉｃｔ and Straße were non-compliant. ", 50)
	want := ti.CheckLanguage(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			assert.Equal(t, want, ti.CheckLanguage(text))
		})
	}
	wg.Wait()
}
