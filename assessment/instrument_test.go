package assessment_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

var testSource = evidence.Source{Title: "Test instrument manual", Publisher: "Test publisher", Year: 2020}

// hostInstrument is a small instrument a host might define: two items in
// two languages, a subscale, a band set, a cut-off and a flag.
func hostInstrument() assessment.Instrument {
	opts := []assessment.Option{
		{Value: 0, Label: []string{"No", "No"}},
		{Value: 1, Label: []string{"Yes", "Sí"}},
	}
	return assessment.Instrument{
		ID: "host-2", Abbrev: "HOST-2", Name: "Host two-item screen",
		Languages:    []language.Tag{language.English, language.Spanish},
		Instructions: []string{"Answer yes or no.", "Responda sí o no."},
		Items: []assessment.Item{
			{ID: "1", Text: []string{"First?", "¿Primero?"}, Options: opts},
			{ID: "2", Text: []string{"Second?", "¿Segundo?"}, Options: opts},
		},
		Subscales:   []assessment.Subscale{{ID: "A", Name: "first", Items: []string{"1"}}},
		Bands:       []assessment.Band{{Min: 0, Max: 0, Label: "none"}, {Min: 1, Max: 2, Label: "some"}},
		BandSources: []evidence.Source{testSource},
		Cutoff:      assessment.Cutoff{Min: 2, Sources: []evidence.Source{testSource}},
		Flags: []assessment.FlagRule{{
			Any:  []assessment.ItemRange{{Item: "2", Min: 1, Max: 1}},
			Flag: assessment.Flag{ID: "host-2/second", Urgency: assessment.UrgencyRoutine, Reason: "r", Action: "a", Sources: []evidence.Source{testSource}},
		}},
		License: "Test licence",
		Sources: []evidence.Source{testSource},
	}
}

func TestHostCatalog(t *testing.T) {
	def := hostInstrument()
	require.NoError(t, def.Validate())
	cat, err := assessment.NewCatalog(assessment.Data{Instruments: []assessment.Instrument{def}})
	require.NoError(t, err)

	// The catalog holds a deep copy: changing the definition afterwards
	// does not change scoring.
	def.Items[0].Options[1].Value = 7
	def.Cutoff.Min = 1

	res, err := cat.Score(assessment.Response{Instrument: "host-2", Answers: assessment.Values(1, 1)})
	require.NoError(t, err)
	assert.Equal(t, 2, res.Total)
	assert.Equal(t, assessment.ScreenPositive, res.Screen)
	assert.Equal(t, "some", res.Band.Label)
	assert.Len(t, res.Flags, 1)
	s, ok := res.Subscale("A")
	require.True(t, ok)
	assert.Equal(t, assessment.SubscaleScore{ID: "A", Score: 1, Max: 1}, s)

	// Lookup returns a copy too.
	got, ok := cat.Lookup("host-2")
	require.True(t, ok)
	got.Items[0].ID = "changed"
	again, _ := cat.Lookup("host-2")
	assert.Equal(t, "1", again.Items[0].ID)
	assert.Equal(t, []assessment.InstrumentID{"host-2"}, cat.IDs())
	assert.Len(t, cat.All(), 1)
	_, ok = cat.Lookup(assessment.PHQ9)
	assert.False(t, ok, "a host catalog holds only its own instruments")

	// A host catalog can extend the built-in one.
	both, err := assessment.NewCatalog(assessment.Data{Instruments: append(assessment.Instruments(), hostInstrument())})
	require.NoError(t, err)
	assert.Len(t, both.IDs(), len(assessment.Instruments())+1)
}

func TestNewCatalogDuplicate(t *testing.T) {
	_, err := assessment.NewCatalog(assessment.Data{Instruments: []assessment.Instrument{hostInstrument(), hostInstrument()}})
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("instruments/1/id", assessment.ErrDuplicateID))
}

func TestInstrumentValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*assessment.Instrument)
		path string
		want error
	}{
		{"no ID", func(in *assessment.Instrument) { in.ID = "" }, "id", assessment.ErrRequired},
		{"no licence", func(in *assessment.Instrument) { in.License = "" }, "license", assessment.ErrRequired},
		{"no items", func(in *assessment.Instrument) { in.Items = nil; in.Subscales = nil; in.Flags = nil }, "items", assessment.ErrRequired},
		{"duplicate item", func(in *assessment.Instrument) { in.Items[1].ID = "1" }, "items/1/id", assessment.ErrDuplicateID},
		{"missing translation", func(in *assessment.Instrument) { in.Items[0].Text = []string{"First?"} }, "items/0/text", assessment.ErrBadValue},
		{"empty label", func(in *assessment.Instrument) {
			in.Items[0].Options = []assessment.Option{{Value: 0, Label: []string{"No", ""}}, {Value: 1, Label: []string{"Yes", "Sí"}}}
		}, "items/0/options/0/label/1", assessment.ErrRequired},
		{"duplicate option value", func(in *assessment.Instrument) {
			in.Items[0].Options = []assessment.Option{{Value: 1, Label: []string{"No", "No"}}, {Value: 1, Label: []string{"Yes", "Sí"}}}
		}, "items/0/options/1/value", assessment.ErrDuplicateID},
		{"option value that could overflow a total", func(in *assessment.Instrument) {
			in.Items[1].Options = []assessment.Option{{Value: 0, Label: []string{"No", "No"}}, {Value: 1 << 31, Label: []string{"Yes", "Sí"}}}
		}, "items/1/options/1/value", assessment.ErrOutOfRange},
		{"negative option value", func(in *assessment.Instrument) {
			in.Items[1].Options = []assessment.Option{{Value: -1, Label: []string{"No", "No"}}, {Value: 1, Label: []string{"Yes", "Sí"}}}
		}, "items/1/options/0/value", assessment.ErrOutOfRange},
		{"too many items", func(in *assessment.Instrument) {
			for len(in.Items) <= assessment.MaxItems {
				it := in.Items[0]
				it.ID = fmt.Sprint(len(in.Items) + 1)
				in.Items = append(in.Items, it)
			}
		}, "items", assessment.ErrOutOfRange},
		{"bad LOINC check digit", func(in *assessment.Instrument) { in.Items[0].Code = "44250-8" }, "items/0/code", assessment.ErrBadCode},
		{"subscale names unknown item", func(in *assessment.Instrument) { in.Subscales[0].Items = []string{"9"} }, "subscales/0/items/0", assessment.ErrUnknownItem},
		{"overlapping bands", func(in *assessment.Instrument) { in.Bands[1].Min = 0 }, "bands/1", assessment.ErrOutOfRange},
		{"band beyond range", func(in *assessment.Instrument) { in.Bands[1].Max = 3 }, "bands/1", assessment.ErrOutOfRange},
		{"cut-off beyond range", func(in *assessment.Instrument) { in.Cutoff.Min = 5 }, "cutoff", assessment.ErrOutOfRange},
		{"cut-off without source", func(in *assessment.Instrument) { in.Cutoff.Sources = nil }, "cutoff/sources", evidence.ErrNoSource},
		{"invalid source", func(in *assessment.Instrument) { in.Sources = []evidence.Source{{Title: "x"}} }, "sources/0/publisher", evidence.ErrNoPublisher},
		{"flag without urgency", func(in *assessment.Instrument) { in.Flags[0].Flag.Urgency = 0 }, "flags/0/flag/urgency", assessment.ErrBadValue},
		{"flag on unknown item", func(in *assessment.Instrument) { in.Flags[0].Any[0].Item = "x" }, "flags/0/any/0", assessment.ErrUnknownItem},
		{"flag Unless names no earlier flag", func(in *assessment.Instrument) { in.Flags[0].Unless = "nope" }, "flags/0/unless", assessment.ErrUnknownItem},
		{"criterion needs more items than it has", func(in *assessment.Instrument) {
			in.Criteria = []assessment.Criterion{{ID: "c", Requirements: []assessment.Requirement{{Items: []string{"1"}, Threshold: 1, Min: 2}}, Sources: []evidence.Source{testSource}}}
		}, "criteria/0/requirements/0/min", assessment.ErrOutOfRange},
		{"remission outside range", func(in *assessment.Instrument) {
			in.Outcome = assessment.Outcome{RemissionBelow: 9, Sources: []evidence.Source{testSource}}
		}, "outcome/remissionBelow", assessment.ErrOutOfRange},
		{"remission on a higher-is-better scale", func(in *assessment.Instrument) {
			in.Outcome = assessment.Outcome{HigherIsBetter: true, RemissionBelow: 1, Sources: []evidence.Source{testSource}}
		}, "outcome/remissionBelow", assessment.ErrBadDefinition},
		{"outcome without source", func(in *assessment.Instrument) { in.Outcome = assessment.Outcome{ResponsePercent: 50} }, "outcome/sources", evidence.ErrNoSource},
		{"skip rule on unknown item", func(in *assessment.Instrument) {
			in.Skips = []assessment.SkipRule{{If: []string{"1"}, Then: []string{"3"}, Sources: []evidence.Source{testSource}}}
		}, "skips/0/then/0", assessment.ErrUnknownItem},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := hostInstrument()
			tt.edit(&in)
			err := in.Validate()
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.want), "want %v at %s; got %v", tt.want, tt.path, err)
			_, err = assessment.NewCatalog(assessment.Data{Instruments: []assessment.Instrument{in}})
			assert.ErrorIs(t, err, tt.want, "NewCatalog validates too")
		})
	}
}

func TestForm(t *testing.T) {
	in := hostInstrument()
	f := in.Form(language.MustParse("es-MX"))
	assert.Equal(t, language.Spanish, f.Language)
	assert.Equal(t, "¿Primero?", f.Items[0].Text)
	assert.Equal(t, "Sí", f.Items[0].Options[1].Label)
	assert.Equal(t, "Responda sí o no.", f.Instructions)

	f = in.Form(language.German)
	assert.Equal(t, language.English, f.Language, "falls back to the first language")
	f = in.Form()
	assert.Equal(t, "First?", f.Items[0].Text)

	phq, _ := assessment.LookupInstrument(assessment.PHQ9)
	f = phq.Form(language.Spanish)
	assert.Equal(t, language.English, f.Language, "only English ships")
	assert.Len(t, f.Items, 10)
	assert.True(t, f.Items[9].Optional)
}

func TestRange(t *testing.T) {
	want := map[assessment.InstrumentID][2]int{
		assessment.PHQ9: {0, 27}, assessment.PHQ2: {0, 6}, assessment.GAD7: {0, 21}, assessment.GAD2: {0, 6},
		assessment.PCL5: {0, 80}, assessment.PCPTSD5: {0, 5}, assessment.AUDIT: {0, 40}, assessment.AUDITC: {0, 12},
		assessment.ASQ: {0, 4}, assessment.WHO5: {0, 25}, assessment.ACE: {0, 10},
	}
	for _, in := range assessment.Instruments() {
		lo, hi := in.Range()
		assert.Equal(t, want[in.ID], [2]int{lo, hi}, in.ID)
	}
	assert.Len(t, assessment.Instruments(), len(want))
}

func TestBuiltinCatalogIntegrity(t *testing.T) {
	seenLOINC := map[assessment.LOINC]assessment.InstrumentID{}
	for _, in := range assessment.Instruments() {
		assert.NotEmpty(t, in.License, in.ID)
		assert.NotEmpty(t, in.Sources, in.ID)
		for _, it := range in.Items {
			if it.Code == "" {
				continue
			}
			// An item code may be shared only by an instrument and its
			// short form (PHQ-2 in PHQ-9, GAD-2 in GAD-7, AUDIT-C in AUDIT).
			if other, ok := seenLOINC[it.Code]; ok {
				assert.Contains(t, [][2]assessment.InstrumentID{
					{assessment.PHQ9, assessment.PHQ2}, {assessment.GAD7, assessment.GAD2}, {assessment.AUDIT, assessment.AUDITC},
				}, [2]assessment.InstrumentID{other, in.ID}, "item code %s", it.Code)
			}
			seenLOINC[it.Code] = in.ID
		}
	}
}

// TestNewCatalogCascades: a host's cascades are checked like its
// instruments, and a catalog holds exactly the data it is given.
func TestNewCatalogCascades(t *testing.T) {
	d := assessment.Data{
		Instruments: []assessment.Instrument{hostInstrument()},
		Cascades: []assessment.Cascade{
			{From: "host-2", To: "nowhere", Reason: "", Sources: nil},
			{From: "host-2", To: "nowhere", Reason: "again", Sources: []evidence.Source{testSource}},
		},
	}
	_, err := assessment.NewCatalog(d)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	for path, want := range map[string]error{
		"cascades/0/to":      assessment.ErrUnknownInstrument,
		"cascades/0/reason":  assessment.ErrRequired,
		"cascades/0/sources": evidence.ErrNoSource,
		"cascades/1":         assessment.ErrDuplicateID,
	} {
		assert.True(t, ve.Has(path, want), "%s: %v", path, err)
	}

	cat, err := assessment.NewCatalog(assessment.Data{Instruments: []assessment.Instrument{hostInstrument()}})
	require.NoError(t, err)
	assert.Empty(t, cat.Cascades(), "the built-in cascades are not merged in")
	res, err := cat.Score(assessment.Response{Instrument: "host-2", Answers: assessment.Values(1, 1)})
	require.NoError(t, err)
	assert.Empty(t, cat.NextSteps([]assessment.Result{res}))
	assert.Len(t, assessment.Builtin().Cascades(), len(assessment.BuiltinData().Cascades))
}
