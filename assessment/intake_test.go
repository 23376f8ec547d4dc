package assessment_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// clientA is Client A of the sample clients: a 42-year-old veteran who
// prefers Spanish, with PTSD, alcohol use disorder, depression and
// insomnia.
func clientA() assessment.Intake {
	d := assessment.MustDate(2026, time.January, 5)
	return assessment.Intake{
		Date:   d,
		Client: assessment.Client{Age: 42, Sex: assessment.SexMale},
		Domains: map[assessment.DomainID]assessment.DomainStatus{
			assessment.DomainPresenting: assessment.Assessed, assessment.DomainTrauma: assessment.Assessed,
			assessment.DomainSubstances: assessment.Assessed, assessment.DomainSleep: assessment.Assessed,
			assessment.DomainSupplements: assessment.Assessed, assessment.DomainMeaning: assessment.Assessed,
			assessment.DomainStrengths: assessment.Assessed, assessment.DomainGoals: assessment.Assessed,
			assessment.DomainCulture: assessment.Assessed, assessment.DomainMovement: assessment.Assessed,
			assessment.DomainNutrition: assessment.Declined,
		},
		Conditions: []assessment.Condition{
			{Code: "F43.10", Status: assessment.Confirmed},
			{Code: "F10.20", Status: assessment.Confirmed, Severity: assessment.SeverityModerate},
			{Code: "F32.1", Status: assessment.Confirmed},
			{Code: "G47.00", Status: assessment.Provisional},
		},
		Responses: []assessment.Response{
			{Instrument: assessment.PCPTSD5, Date: d, Answers: answers("exposure", 1, "1", 1, "2", 1, "3", 1, "4", 1, "5", 0)},
			{Instrument: assessment.PCL5, Date: d, Answers: assessment.Values(3, 3, 2, 3, 3, 2, 3, 2, 3, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 3)},
			{Instrument: assessment.PHQ9, Date: d, Answers: assessment.Values(2, 2, 3, 2, 1, 2, 1, 1, 0)},
			{Instrument: assessment.AUDITC, Date: d, Answers: assessment.Values(4, 2, 2)},
			{Instrument: assessment.AUDIT, Date: d, Answers: assessment.Values(4, 2, 2, 2, 1, 1, 3, 1, 0, 2)},
		},
		Sleep:       assessment.Sleep{HoursPerNight: new(4.0), Quality: assessment.Poor, Insomnia: assessment.Yes, Nightmares: assessment.Yes},
		Movement:    assessment.Movement{DaysPerWeek: new(7), Activities: []string{"walks the dog daily"}},
		Supplements: []assessment.SupplementUse{{Name: "melatonin", Schedule: "nightly", SelfStarted: assessment.Yes}},
		Substances:  []assessment.SubstanceUse{{Substance: "alcohol", Frequency: assessment.Daily, LastUse: d.AddDays(-1)}},
		Trauma:      assessment.Trauma{Exposure: assessment.ExposureYes, ACECount: new(4)},
		Meaning:     assessment.Meaning{Sources: []string{"his two children", "coaching youth football"}, Barriers: []string{"stopped coaching a year ago"}},
		Strengths:   []string{"humour", "loyalty", "a sister he trusts"},
		Languages:   []language.Tag{language.Spanish, language.English},
		Goals:       []string{"sleep through the night", "be there for my kids", "stop needing a drink to sleep"},
		Preferences: assessment.Preferences{Medication: assessment.Open, Therapy: assessment.Open},
	}
}

func TestScoreIntakeClientA(t *testing.T) {
	in := clientA()
	require.NoError(t, in.Validate())
	results, err := assessment.ScoreIntake(in)
	require.NoError(t, err)
	require.Len(t, results, 5)
	totals := map[assessment.InstrumentID]int{}
	for _, r := range results {
		totals[r.Instrument] = r.Total
	}
	assert.Equal(t, map[assessment.InstrumentID]int{
		assessment.PCPTSD5: 4, assessment.PCL5: 48, assessment.PHQ9: 14, assessment.AUDITC: 8, assessment.AUDIT: 18,
	}, totals)
	for _, r := range results {
		if r.Instrument == assessment.AUDITC {
			assert.Equal(t, assessment.ScreenPositive, r.Screen, "the client's sex is used for the cut-off")
		}
	}
	assert.Empty(t, assessment.NextSteps(results), "PCL-5 and AUDIT were completed the same day")
	assert.Equal(t, assessment.Declined, in.Status(assessment.DomainNutrition))
	assert.Equal(t, assessment.NotAssessed, in.Status(assessment.DomainBody))
	assert.Equal(t, []assessment.GroupID{assessment.GroupPTSD, assessment.GroupTraumaStressor}, in.Conditions[0].Groups())
}

func TestIntakeJSONRoundTrip(t *testing.T) {
	in := clientA()
	data, err := json.Marshal(in)
	require.NoError(t, err)
	var back assessment.Intake
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, in, back)
	assert.NotContains(t, string(data), `"pregnant"`, "unrecorded facts are omitted")
}

func TestIntakeValidateErrors(t *testing.T) {
	in := clientA()
	in.Client.Age = 131
	in.Client.Sex = assessment.SexUnknown
	in.Domains["no-such-domain"] = assessment.Assessed
	in.Conditions = append(in.Conditions, assessment.Condition{Code: "F43.10", Status: assessment.Confirmed}, assessment.Condition{Code: "f4310", Status: 9})
	in.Responses[2].Answers = in.Responses[2].Answers[:8]
	in.Responses[0].Date = in.Date.AddDays(1)
	in.Responses[3].Sex = assessment.SexFemale
	in.Sleep.HoursPerNight = new(25.0)
	in.Movement.DaysPerWeek = new(8)
	in.Supplements = append(in.Supplements, assessment.SupplementUse{Name: " "})
	in.Substances[0].Frequency = 0
	in.Substances[0].LastUse = in.Date.AddDays(3)
	in.Trauma.ACECount = new(11)
	in.Goals = append(in.Goals, "")
	in.Languages = append(in.Languages, language.Und)
	in.Preferences.Therapy = 42

	var ve *validation.Error
	require.ErrorAs(t, in.Validate(), &ve)
	for path, want := range map[string]error{
		"client/age":             assessment.ErrBadAge,
		"client/sex":             assessment.ErrBadValue,
		"domains":                assessment.ErrBadValue,
		"conditions/4/code":      assessment.ErrDuplicateID,
		"conditions/5/code":      assessment.ErrBadCode,
		"conditions/5/status":    assessment.ErrBadValue,
		"responses/0/date":       assessment.ErrBadDate,
		"responses/2/items/9":    assessment.ErrMissingItem,
		"responses/3/sex":        assessment.ErrBadValue,
		"sleep/hoursPerNight":    assessment.ErrOutOfRange,
		"movement/daysPerWeek":   assessment.ErrOutOfRange,
		"supplements/1/name":     assessment.ErrRequired,
		"substances/0/frequency": assessment.ErrBadValue,
		"substances/0/lastUse":   assessment.ErrBadDate,
		"trauma/aceCount":        assessment.ErrOutOfRange,
		"goals/3":                assessment.ErrRequired,
		"languages/2":            assessment.ErrBadValue,
		"preferences/therapy":    assessment.ErrBadValue,
	} {
		assert.True(t, ve.Has(path, want), "want %v at %s", want, path)
	}
	assert.Len(t, ve.Fields, 18, "%v", ve)
	assert.NotContains(t, ve.Error(), "no-such-domain", "error text does not repeat input")

	assert.ErrorIs(t, assessment.Intake{}.Validate(), assessment.ErrBadDate)
}

func TestDeclinedIsValid(t *testing.T) {
	in := clientA()
	in.Domains[assessment.DomainTrauma] = assessment.Declined
	in.Trauma = assessment.Trauma{Exposure: assessment.ExposureDeclined}
	in.Client.Sex = assessment.SexUndisclosed
	in.Responses = in.Responses[2:3]
	assert.NoError(t, in.Validate())
}

func TestClientValidate(t *testing.T) {
	assert.NoError(t, assessment.Client{Age: 0, Sex: assessment.SexFemale, Pregnant: assessment.No}.Validate())
	err := assessment.Client{Age: -1, Sex: assessment.SexMale, Pregnant: assessment.Yes, Breastfeeding: 7}.Validate()
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("age", assessment.ErrBadAge))
	assert.True(t, ve.Has("pregnant", assessment.ErrPregnancyConflict))
	assert.True(t, ve.Has("breastfeeding", assessment.ErrBadValue))
}

func TestDomainsCatalog(t *testing.T) {
	ds := assessment.Domains()
	assert.GreaterOrEqual(t, len(ds), 17)
	seen := map[assessment.DomainID]bool{}
	for _, d := range ds {
		assert.False(t, seen[d.ID], "duplicate %s", d.ID)
		seen[d.ID] = true
		assert.NotEmpty(t, d.Title)
		assert.NotEmpty(t, d.Why)
		assert.NotEmpty(t, d.Questions)
		require.NotEmpty(t, d.Sources, d.ID)
		for _, s := range d.Sources {
			assert.NoError(t, s.Validate(), d.ID)
		}
		for _, id := range d.Instruments {
			_, ok := assessment.LookupInstrument(id)
			assert.True(t, ok, "%s names unknown instrument %s", d.ID, id)
		}
		got, ok := assessment.LookupDomain(d.ID)
		assert.True(t, ok)
		assert.Equal(t, d, got)
	}
	_, ok := assessment.LookupDomain("nope")
	assert.False(t, ok)
	// The integrative intake's guiding questions are present.
	sleep, _ := assessment.LookupDomain(assessment.DomainSleep)
	assert.Contains(t, sleep.Questions, "How much deep, restorative sleep do you get?")
	// Accessors return copies.
	sleep.Questions[0] = "changed"
	again, _ := assessment.LookupDomain(assessment.DomainSleep)
	assert.NotEqual(t, "changed", again.Questions[0])
}

func TestConditionGroups(t *testing.T) {
	tests := []struct {
		code assessment.ICD10CM
		want []assessment.GroupID
	}{
		{"F43.10", []assessment.GroupID{assessment.GroupPTSD, assessment.GroupTraumaStressor}},
		{"F43.21", []assessment.GroupID{assessment.GroupTraumaStressor}},
		{"F10.20", []assessment.GroupID{assessment.GroupAlcoholUse}},
		{"F32.1", []assessment.GroupID{assessment.GroupDepressive}},
		{"F33.0", []assessment.GroupID{assessment.GroupDepressive}},
		{"F31.81", []assessment.GroupID{assessment.GroupBipolar}},
		{"F41.0", []assessment.GroupID{assessment.GroupPanic}},
		{"F41.1", []assessment.GroupID{assessment.GroupGAD}},
		{"F42.2", []assessment.GroupID{assessment.GroupOCD}},
		{"F50.2", []assessment.GroupID{assessment.GroupEating, assessment.GroupBulimia}},
		{"F50.01", []assessment.GroupID{assessment.GroupEating, assessment.GroupAnorexia}},
		{"F91.3", []assessment.GroupID{assessment.GroupDisruptive}},
		{"F60.3", []assessment.GroupID{assessment.GroupPersonality, assessment.GroupBorderline}},
		{"G47.00", []assessment.GroupID{assessment.GroupInsomnia}},
		{"G40.909", []assessment.GroupID{assessment.GroupSeizure}},
		{"E03.9", []assessment.GroupID{assessment.GroupHypothyroid}},
		{"F14.20", []assessment.GroupID{assessment.GroupStimulantUse}},
		{"J45.909", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, assessment.GroupsOf(tt.code), string(tt.code))
	}
	seen := map[assessment.GroupID]bool{}
	for _, g := range assessment.Groups() {
		assert.False(t, seen[g.ID])
		seen[g.ID] = true
		require.NotEmpty(t, g.Prefixes, g.ID)
		for _, p := range g.Prefixes {
			assert.True(t, p.Valid(), "%s prefix %s", g.ID, p)
		}
		require.NotEmpty(t, g.Sources)
		for _, s := range g.Sources {
			assert.NoError(t, s.Validate())
		}
		got, ok := assessment.LookupGroup(g.ID)
		assert.True(t, ok)
		assert.Equal(t, g, got)
	}
}

// TestIntakeDuplicateAdministration: two responses to one instrument on one
// date are an error; on different dates they are a series.
func TestIntakeDuplicateAdministration(t *testing.T) {
	in := clientA()
	again := in.Responses[2] // PHQ-9
	in.Responses = append(in.Responses, again)
	var ve *validation.Error
	require.ErrorAs(t, in.Validate(), &ve)
	assert.True(t, ve.Has("responses/5/date", assessment.ErrDuplicateID), "%v", ve)
	assert.Len(t, ve.Fields, 1)

	in.Responses[5].Date = in.Date.AddDays(-14)
	results, err := assessment.ScoreIntake(in)
	require.NoError(t, err)
	assert.Len(t, assessment.PointsOf(results, assessment.PHQ9), 2)
}

// TestIntakeFlagsSurvive: an invalid response anywhere in an intake does not
// hide the flags of the others, or its own.
func TestIntakeFlagsSurvive(t *testing.T) {
	in := clientA()
	in.Responses[2].Answers = assessment.Values(2, 2, 3, 2, 1, 2, 1, 1, 2) // PHQ-9 item 9 = 2, valid
	in.Responses[3].Answers = in.Responses[3].Answers[:2]                  // AUDIT-C question 3 missing
	in.Responses = append(in.Responses, assessment.Response{Instrument: assessment.ASQ, Date: in.Date,
		Answers: answers("1", 1, "2", 0, "3", 0, "5", 1)}) // acute, question 4 missing

	results, err := assessment.ScoreIntake(in)
	var fe *assessment.FlagError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, []string{"phq-9/item-9", "audit/item-escalation", "asq/acute-positive"}, flagIDs(fe.Flags), "every flag, of valid responses too")
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("responses/3/items/3", assessment.ErrMissingItem), "%v", ve)
	assert.True(t, ve.Has("responses/5/items/4", assessment.ErrMissingItem), "%v", ve)

	require.Len(t, results, len(in.Responses))
	var incomplete int
	for _, r := range results {
		if r.Incomplete {
			incomplete++
		}
	}
	assert.Equal(t, 2, incomplete)
	assert.ErrorAs(t, in.Validate(), &fe)
}

// TestDomainNames: the natural names a host sends are read as the domains'
// IDs; any other name is an error.
func TestDomainNames(t *testing.T) {
	for text, want := range map[string]assessment.DomainID{
		"presenting-concerns": assessment.DomainPresenting, "Presenting Concerns": assessment.DomainPresenting,
		"presenting": assessment.DomainPresenting, "supplements-and-practices": assessment.DomainSupplements,
		"supplements": assessment.DomainSupplements, "substance_use": assessment.DomainSubstances,
		"meaning and purpose": assessment.DomainMeaning, "risk": assessment.DomainRisk, "culture and language": assessment.DomainCulture,
	} {
		got, err := assessment.ParseDomainID(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
	}
	_, err := assessment.ParseDomainID("no-such-domain")
	assert.ErrorIs(t, err, assessment.ErrBadValue)

	var in assessment.Intake
	require.NoError(t, json.Unmarshal([]byte(`{"domains":{"Presenting":"assessed","trauma":"Declined"}}`), &in))
	assert.Equal(t, map[assessment.DomainID]assessment.DomainStatus{
		assessment.DomainPresenting: assessment.Assessed, assessment.DomainTrauma: assessment.Declined}, in.Domains)
}

// TestPreferredLanguages: tags are canonicalized and private-use subtags
// dropped before they reach any output; a tag naming no language, or a
// repeat, is an error at its path.
func TestPreferredLanguages(t *testing.T) {
	in := clientA()
	in.Languages = []language.Tag{
		language.MustParse("es-MX-x-jane"), language.MustParse("iw"), language.MustParse("zh-Hant-TW"),
		language.MustParse("en-u-ca-gregory"), language.MustParse("es-MX"),
	}
	assert.Equal(t, []language.Tag{language.MustParse("es-MX"), language.MustParse("he"), language.MustParse("zh-Hant-TW"), language.English},
		in.PreferredLanguages())
	for _, tag := range in.PreferredLanguages() {
		assert.NotContains(t, tag.String(), "jane")
	}
	var ve *validation.Error
	require.ErrorAs(t, in.Validate(), &ve)
	assert.True(t, ve.Has("languages/4", assessment.ErrDuplicateID), "%v", ve)
	assert.Len(t, ve.Fields, 1)

	in.Languages = []language.Tag{language.MustParse("x-private"), language.Und}
	require.ErrorAs(t, in.Validate(), &ve)
	assert.True(t, ve.Has("languages/0", assessment.ErrBadValue))
	assert.True(t, ve.Has("languages/1", assessment.ErrBadValue))
	assert.Empty(t, in.PreferredLanguages())
}
