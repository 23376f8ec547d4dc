package assessment_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

func answers(pairs ...any) []assessment.Answer {
	var a []assessment.Answer
	for i := 0; i+1 < len(pairs); i += 2 {
		a = append(a, assessment.Answer{Item: pairs[i].(string), Value: new(pairs[i+1].(int))})
	}
	return a
}

// TestPublishedExamples scores the worked examples published with the
// instruments and the sample clients' responses.
func TestPublishedExamples(t *testing.T) {
	tests := []struct {
		name      string
		resp      assessment.Response
		total     int
		band      string
		screen    assessment.Screen
		flags     []string
		subscales map[string]int
		criteria  map[string]bool
	}{
		{
			name:  "PHQ-9 US Core example (2,2,2,2,1,1,2,0,0)",
			resp:  assessment.Response{Instrument: assessment.PHQ9, Answers: append(assessment.Values(2, 2, 2, 2, 1, 1, 2, 0, 0), assessment.Answer{Item: "difficulty", Value: new(1)})},
			total: 12, band: "moderate", screen: assessment.ScreenPositive,
		},
		{
			name:  "PHQ-9 HL7 PHR example (0,0,1,1,1,0,0,0,0)",
			resp:  assessment.Response{Instrument: assessment.PHQ9, Answers: assessment.Values(0, 0, 1, 1, 1, 0, 0, 0, 0)},
			total: 3, band: "none to minimal", screen: assessment.ScreenNegative,
		},
		{
			name:  "PHQ-9 MII example (all nearly every day)",
			resp:  assessment.Response{Instrument: assessment.PHQ9, Answers: assessment.Values(3, 3, 3, 3, 3, 3, 3, 3, 3)},
			total: 27, band: "severe", screen: assessment.ScreenPositive, flags: []string{"phq-9/item-9"},
		},
		{
			name:  "PHQ-9 client A",
			resp:  assessment.Response{Instrument: assessment.PHQ9, Answers: assessment.Values(2, 2, 3, 2, 1, 2, 1, 1, 0)},
			total: 14, band: "moderate", screen: assessment.ScreenPositive,
		},
		{
			name:  "PHQ-9 client B, item 9 = 1",
			resp:  assessment.Response{Instrument: assessment.PHQ9, Answers: assessment.Values(3, 2, 2, 3, 2, 3, 2, 1, 1)},
			total: 19, band: "moderately severe", screen: assessment.ScreenPositive, flags: []string{"phq-9/item-9"},
		},
		{
			name:  "GAD-7 HL7 PHR example (0,0,1,1,0,1,0)",
			resp:  assessment.Response{Instrument: assessment.GAD7, Answers: assessment.Values(0, 0, 1, 1, 0, 1, 0)},
			total: 3, band: "minimal", screen: assessment.ScreenNegative,
		},
		{
			name:  "PHQ-2 at the cut-point",
			resp:  assessment.Response{Instrument: assessment.PHQ2, Answers: assessment.Values(2, 1)},
			total: 3, screen: assessment.ScreenPositive,
		},
		{
			name:  "GAD-2 below the cut-point",
			resp:  assessment.Response{Instrument: assessment.GAD2, Answers: assessment.Values(1, 1)},
			total: 2, screen: assessment.ScreenNegative,
		},
		{
			name: "PCL-5 client A",
			resp: assessment.Response{Instrument: assessment.PCL5, Answers: assessment.Values(
				3, 3, 2, 3, 3, 2, 3, 2, 3, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 3)},
			total: 48, screen: assessment.ScreenPositive,
			subscales: map[string]int{"B": 14, "C": 5, "D": 15, "E": 14},
			criteria:  map[string]bool{"provisional-ptsd": true},
		},
		{
			name: "PCL-5 high total without cluster C",
			resp: assessment.Response{Instrument: assessment.PCL5, Answers: assessment.Values(
				4, 4, 4, 4, 4, 1, 1, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)},
			total: 74, screen: assessment.ScreenPositive,
			subscales: map[string]int{"B": 20, "C": 2, "D": 28, "E": 24},
			criteria:  map[string]bool{"provisional-ptsd": false},
		},
		{
			name:  "PC-PTSD-5 client A (4 of 5)",
			resp:  assessment.Response{Instrument: assessment.PCPTSD5, Answers: answers("exposure", 1, "1", 1, "2", 1, "3", 1, "4", 1, "5", 0)},
			total: 4, screen: assessment.ScreenPositive,
		},
		{
			name:  "PC-PTSD-5 no exposure: total 0, items skipped",
			resp:  assessment.Response{Instrument: assessment.PCPTSD5, Answers: answers("exposure", 0)},
			total: 0, screen: assessment.ScreenNegative,
		},
		{
			name:  "AUDIT client A (AUDIT-C 8, total 18)",
			resp:  assessment.Response{Instrument: assessment.AUDIT, Answers: assessment.Values(4, 2, 2, 2, 1, 1, 3, 1, 0, 2)},
			total: 18, band: "zone III: harmful", screen: assessment.ScreenPositive, flags: []string{"audit/item-escalation"},
		},
		{
			name:  "AUDIT never drinks: questions 2-8 skipped",
			resp:  assessment.Response{Instrument: assessment.AUDIT, Answers: answers("1", 0, "9", 0, "10", 2)},
			total: 2, band: "zone I: low risk", screen: assessment.ScreenNegative,
		},
		{
			name:  "AUDIT questions 2 and 3 both 0: questions 4-8 skipped",
			resp:  assessment.Response{Instrument: assessment.AUDIT, Answers: answers("1", 1, "2", 0, "3", 0, "9", 0, "10", 0)},
			total: 1, band: "zone I: low risk", screen: assessment.ScreenNegative,
		},
		{
			name:  "AUDIT harm in the last year raises the item flag",
			resp:  assessment.Response{Instrument: assessment.AUDIT, Answers: answers("1", 1, "2", 0, "3", 0, "9", 4, "10", 0)},
			total: 5, band: "zone I: low risk", screen: assessment.ScreenNegative, flags: []string{"audit/item-escalation"},
		},
		{
			name:  "AUDIT-C client A, male",
			resp:  assessment.Response{Instrument: assessment.AUDITC, Sex: assessment.SexMale, Answers: assessment.Values(4, 2, 2)},
			total: 8, screen: assessment.ScreenPositive,
		},
		{
			name:  "ASQ all no: negative, question 5 not asked",
			resp:  assessment.Response{Instrument: assessment.ASQ, Answers: assessment.Values(0, 0, 0, 0)},
			total: 0, screen: assessment.ScreenNegative,
		},
		{
			name:  "ASQ yes to question 1, no to question 5: non-acute positive",
			resp:  assessment.Response{Instrument: assessment.ASQ, Answers: assessment.Values(1, 0, 0, 0, 0)},
			total: 1, screen: assessment.ScreenPositive, flags: []string{"asq/non-acute-positive"},
		},
		{
			name:  "ASQ yes to question 5: acute positive only",
			resp:  assessment.Response{Instrument: assessment.ASQ, Answers: assessment.Values(1, 1, 1, 0, 1)},
			total: 3, screen: assessment.ScreenPositive, flags: []string{"asq/acute-positive"},
		},
		{
			name: "ASQ refusal to answer is a positive screen",
			resp: assessment.Response{Instrument: assessment.ASQ, Answers: []assessment.Answer{
				{Item: "1", Value: new(0)}, {Item: "2", Declined: true}, {Item: "3", Value: new(0)}, {Item: "4", Value: new(0)}, {Item: "5", Value: new(0)}}},
			total: 0, screen: assessment.ScreenPositive, flags: []string{"asq/non-acute-positive"},
		},
		{
			name:  "WHO-5 good well-being",
			resp:  assessment.Response{Instrument: assessment.WHO5, Answers: assessment.Values(3, 3, 3, 3, 3)},
			total: 15, screen: assessment.ScreenNegative,
		},
		{
			name:  "WHO-5 raw 12 is poor well-being, item 0-1 flag",
			resp:  assessment.Response{Instrument: assessment.WHO5, Answers: assessment.Values(1, 2, 3, 3, 3)},
			total: 12, screen: assessment.ScreenPositive, flags: []string{"who-5/low-item"},
		},
		{
			name:  "ACE client A (4 categories)",
			resp:  assessment.Response{Instrument: assessment.ACE, Answers: assessment.Values(1, 0, 0, 1, 0, 1, 1, 0, 0, 0)},
			total: 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := assessment.Score(tt.resp)
			require.NoError(t, err)
			assert.Equal(t, tt.resp.Instrument, res.Instrument)
			assert.Equal(t, tt.total, res.Total)
			assert.Equal(t, tt.band, res.Band.Label)
			assert.Equal(t, tt.screen, res.Screen)
			var flags []string
			for _, f := range res.Flags {
				flags = append(flags, f.ID)
				assert.NotEmpty(t, f.Sources)
				assert.True(t, f.Urgency.Valid())
			}
			assert.Equal(t, tt.flags, flags)
			for id, want := range tt.subscales {
				s, ok := res.Subscale(id)
				require.True(t, ok, id)
				assert.Equal(t, want, s.Score, "subscale %s", id)
			}
			for id, want := range tt.criteria {
				c, ok := res.Criterion(id)
				require.True(t, ok, id)
				assert.Equal(t, want, c.Met, "criterion %s", id)
			}
		})
	}
}

func TestFlagDetails(t *testing.T) {
	res, err := assessment.Score(assessment.Response{Instrument: assessment.PHQ9, Answers: assessment.Values(0, 0, 0, 0, 0, 0, 0, 0, 1)})
	require.NoError(t, err)
	assert.Equal(t, 1, res.Total)
	assert.Equal(t, assessment.ScreenNegative, res.Screen, "the flag is raised whatever the total")
	f, ok := res.Flag("phq-9/item-9")
	require.True(t, ok)
	assert.Equal(t, assessment.UrgencySameDay, f.Urgency)
	assert.Equal(t, []string{"9"}, f.Items)

	res, err = assessment.Score(assessment.Response{Instrument: assessment.ASQ, Answers: assessment.Values(0, 0, 0, 1, 1)})
	require.NoError(t, err)
	f, ok = res.Flag("asq/acute-positive")
	require.True(t, ok)
	assert.Equal(t, assessment.UrgencyEmergency, f.Urgency)
	_, ok = res.Flag("asq/non-acute-positive")
	assert.False(t, ok)

	res, err = assessment.Score(assessment.Response{Instrument: assessment.AUDIT, Answers: assessment.Values(2, 1, 1, 2, 0, 3, 0, 0, 0, 4)})
	require.NoError(t, err)
	f, ok = res.Flag("audit/item-escalation")
	require.True(t, ok)
	assert.Equal(t, []string{"4", "6", "10"}, f.Items)
}

func TestAUDITCSexSpecificCutoffs(t *testing.T) {
	tests := []struct {
		total int
		sex   assessment.Sex
		want  assessment.Screen
	}{
		{2, assessment.SexFemale, assessment.ScreenNegative},
		{3, assessment.SexFemale, assessment.ScreenPositive},
		{3, assessment.SexMale, assessment.ScreenNegative},
		{4, assessment.SexMale, assessment.ScreenPositive},
		{2, assessment.SexUnknown, assessment.ScreenNegative},
		{3, assessment.SexUnknown, assessment.ScreenIndeterminate},
		{3, assessment.SexOther, assessment.ScreenIndeterminate},
		{3, assessment.SexUndisclosed, assessment.ScreenIndeterminate},
		{4, assessment.SexUndisclosed, assessment.ScreenPositive},
	}
	for _, tt := range tests {
		a := assessment.Values(min(tt.total, 4), max(tt.total-4, 0), 0)
		res, err := assessment.Score(assessment.Response{Instrument: assessment.AUDITC, Sex: tt.sex, Answers: a})
		require.NoError(t, err)
		assert.Equal(t, tt.total, res.Total)
		assert.Equal(t, tt.want, res.Screen, "total %d, sex %v", tt.total, tt.sex)
	}
}

func TestWHO5Percentage(t *testing.T) {
	res, err := assessment.Score(assessment.Response{Instrument: assessment.WHO5, Answers: assessment.Values(5, 4, 3, 2, 1)})
	require.NoError(t, err)
	assert.Equal(t, 15, res.Total)
	assert.Equal(t, 25, res.Max)
	assert.Equal(t, 60, res.Percentage(), "raw score times 4")
	assert.Equal(t, 0, assessment.Result{}.Percentage())
}

// TestBandAndCutoffBoundaries scores a response at both ends of every band
// and on both sides of every cut-off of every built-in instrument.
func TestBandAndCutoffBoundaries(t *testing.T) {
	for _, in := range assessment.Instruments() {
		t.Run(string(in.ID), func(t *testing.T) {
			for _, b := range in.Bands {
				for _, total := range []int{b.Min, b.Max} {
					res := scoreTotal(t, in, total, assessment.SexFemale)
					assert.Equal(t, b.Label, res.Band.Label, "total %d", total)
				}
			}
			c := in.Cutoff
			switch {
			case c.Max != 0:
				assert.Equal(t, assessment.ScreenPositive, scoreTotal(t, in, c.Max, assessment.SexFemale).Screen)
				assert.Equal(t, assessment.ScreenNegative, scoreTotal(t, in, c.Max+1, assessment.SexFemale).Screen)
			case c.Female != 0:
				for sex, cut := range map[assessment.Sex]int{assessment.SexFemale: c.Female, assessment.SexMale: c.Male} {
					assert.Equal(t, assessment.ScreenPositive, scoreTotal(t, in, cut, sex).Screen)
					assert.Equal(t, assessment.ScreenNegative, scoreTotal(t, in, cut-1, sex).Screen)
				}
			case c.Min != 0:
				assert.Equal(t, assessment.ScreenPositive, scoreTotal(t, in, c.Min, assessment.SexFemale).Screen)
				assert.Equal(t, assessment.ScreenNegative, scoreTotal(t, in, c.Min-1, assessment.SexFemale).Screen)
			default:
				assert.Equal(t, assessment.ScreenNone, scoreTotal(t, in, 1, assessment.SexFemale).Screen)
			}
		})
	}
}

// scoreTotal scores a response built to reach total: scored items take the
// largest option values that fit, in order; the PC-PTSD-5 exposure question
// is answered yes and other unscored required items take their lowest
// value.
func scoreTotal(t *testing.T, in assessment.Instrument, total int, sex assessment.Sex) assessment.Result {
	t.Helper()
	left := total
	var a []assessment.Answer
	for _, it := range in.Items {
		lo, hi := it.Options[0].Value, it.Options[0].Value
		for _, o := range it.Options {
			lo, hi = min(lo, o.Value), max(hi, o.Value)
		}
		switch {
		case it.Unscored && it.Optional:
			continue
		case it.Unscored && it.ID == "exposure":
			a = append(a, assessment.Answer{Item: it.ID, Value: new(hi)})
			continue
		case it.Unscored:
			a = append(a, assessment.Answer{Item: it.ID, Value: new(lo)})
			continue
		}
		best := lo
		for _, o := range it.Options {
			if o.Value <= left && o.Value > best {
				best = o.Value
			}
		}
		a = append(a, assessment.Answer{Item: it.ID, Value: new(best)})
		left -= best
	}
	require.Zero(t, left, "cannot build total %d for %s", total, in.ID)
	res, err := assessment.Score(assessment.Response{Instrument: in.ID, Sex: sex, Answers: a})
	require.NoError(t, err)
	require.Equal(t, total, res.Total)
	return res
}

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name string
		resp assessment.Response
		want map[string]error // path → sentinel
	}{
		{
			name: "unknown instrument",
			resp: assessment.Response{Instrument: "phq-10"},
			want: map[string]error{"instrument": assessment.ErrUnknownInstrument},
		},
		{
			name: "every missing item listed, no prorating",
			resp: assessment.Response{Instrument: assessment.PHQ9, Answers: assessment.Values(1, 2, 3, 1, 2, 3, 1)},
			want: map[string]error{"items/8": assessment.ErrMissingItem, "items/9": assessment.ErrMissingItem},
		},
		{
			name: "out of range value and unknown item",
			resp: assessment.Response{Instrument: assessment.GAD2, Answers: answers("1", 4, "2", 0, "7", 1)},
			want: map[string]error{"answers/0/value": assessment.ErrBadAnswer, "answers/2/item": assessment.ErrUnknownItem},
		},
		{
			name: "AUDIT question 9 takes 0, 2 or 4 only",
			resp: assessment.Response{Instrument: assessment.AUDIT, Answers: assessment.Values(1, 1, 1, 1, 1, 1, 1, 1, 1, 0)},
			want: map[string]error{"answers/8/value": assessment.ErrBadAnswer},
		},
		{
			name: "duplicate item",
			resp: assessment.Response{Instrument: assessment.PHQ2, Answers: answers("1", 1, "2", 1, "1", 2)},
			want: map[string]error{"answers/2/item": assessment.ErrDuplicateItem},
		},
		{
			name: "declined answer with a value",
			resp: assessment.Response{Instrument: assessment.PHQ2, Answers: []assessment.Answer{{Item: "1", Value: new(2), Declined: true}, {Item: "2", Value: new(0)}}},
			want: map[string]error{"answers/0/value": assessment.ErrDeclinedWithValue},
		},
		{
			name: "a declined item counts as missing on the PHQ-2",
			resp: assessment.Response{Instrument: assessment.PHQ2, Answers: []assessment.Answer{{Item: "1", Declined: true}, {Item: "2", Value: new(0)}}},
			want: map[string]error{"items/1": assessment.ErrMissingItem},
		},
		{
			name: "AUDIT skip conflict: never drinks but answers question 3",
			resp: assessment.Response{Instrument: assessment.AUDIT, Answers: answers("1", 0, "3", 2, "9", 0, "10", 0)},
			want: map[string]error{"items/3": assessment.ErrSkipConflict},
		},
		{
			name: "PC-PTSD-5 exposure yes requires the five items",
			resp: assessment.Response{Instrument: assessment.PCPTSD5, Answers: answers("exposure", 1, "1", 1)},
			want: map[string]error{"items/2": assessment.ErrMissingItem, "items/3": assessment.ErrMissingItem, "items/4": assessment.ErrMissingItem, "items/5": assessment.ErrMissingItem},
		},
		{
			name: "ASQ positive requires question 5",
			resp: assessment.Response{Instrument: assessment.ASQ, Answers: assessment.Values(0, 1, 0, 0)},
			want: map[string]error{"items/5": assessment.ErrMissingItem},
		},
		{
			name: "empty response lists every required item",
			resp: assessment.Response{Instrument: assessment.GAD7},
			want: map[string]error{"items/1": assessment.ErrMissingItem, "items/2": assessment.ErrMissingItem, "items/3": assessment.ErrMissingItem,
				"items/4": assessment.ErrMissingItem, "items/5": assessment.ErrMissingItem, "items/6": assessment.ErrMissingItem, "items/7": assessment.ErrMissingItem},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := assessment.Score(tt.resp)
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.Len(t, ve.Fields, len(tt.want), "%v", err)
			for path, sentinel := range tt.want {
				assert.True(t, ve.Has(path, sentinel), "want %v at %s; got %v", sentinel, path, err)
				assert.ErrorIs(t, err, sentinel)
			}
		})
	}
}

func TestScoreErrorTextDoesNotEchoInput(t *testing.T) {
	secret := "my name is Jane and I live on Elm Street"
	_, err := assessment.Score(assessment.Response{Instrument: assessment.InstrumentID(secret), Answers: []assessment.Answer{{Item: secret, Value: new(1)}}})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "Jane")
	_, err = assessment.Score(assessment.Response{Instrument: assessment.PHQ2, Answers: []assessment.Answer{{Item: secret, Value: new(1)}}})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "Jane")
}

// TestAUDITCSkipRule: "Never" to question 1 means questions 2 and 3 are not
// asked and score 0, as in the AUDIT.
func TestAUDITCSkipRule(t *testing.T) {
	for _, sex := range []assessment.Sex{assessment.SexFemale, assessment.SexMale, assessment.SexOther} {
		res, err := assessment.Score(assessment.Response{Instrument: assessment.AUDITC, Sex: sex, Answers: answers("1", 0)})
		require.NoError(t, err, sex)
		assert.Equal(t, 0, res.Total)
		assert.Equal(t, assessment.ScreenNegative, res.Screen)
	}
	// Answered anyway with zeros: consistent.
	_, err := assessment.Score(assessment.Response{Instrument: assessment.AUDITC, Sex: assessment.SexMale, Answers: assessment.Values(0, 0, 0)})
	assert.NoError(t, err)
	// Drinking reported after "Never": a conflict, not a silent zero.
	_, err = assessment.Score(assessment.Response{Instrument: assessment.AUDITC, Sex: assessment.SexMale, Answers: answers("1", 0, "3", 2)})
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("items/3", assessment.ErrSkipConflict))
	// Anyone who drinks answers all three.
	_, err = assessment.Score(assessment.Response{Instrument: assessment.AUDITC, Sex: assessment.SexMale, Answers: answers("1", 1)})
	assert.ErrorIs(t, err, assessment.ErrMissingItem)

	in, _ := assessment.LookupInstrument(assessment.AUDITC)
	require.Len(t, in.Skips, 1)
	assert.NotEmpty(t, in.Skips[0].Sources)
}

// TestPCPTSD5CutoffByPopulation: 4 overall and for men, 3 for women (Bovin
// 2021); 3 is indeterminate where sex is other or not known.
func TestPCPTSD5CutoffByPopulation(t *testing.T) {
	three := answers("exposure", 1, "1", 1, "2", 1, "3", 1, "4", 0, "5", 0)
	four := answers("exposure", 1, "1", 1, "2", 1, "3", 1, "4", 1, "5", 0)
	for _, tt := range []struct {
		sex         assessment.Sex
		three, four assessment.Screen
	}{
		{assessment.SexFemale, assessment.ScreenPositive, assessment.ScreenPositive},
		{assessment.SexMale, assessment.ScreenNegative, assessment.ScreenPositive},
		{assessment.SexOther, assessment.ScreenIndeterminate, assessment.ScreenPositive},
		{assessment.SexUndisclosed, assessment.ScreenIndeterminate, assessment.ScreenPositive},
		{assessment.SexUnknown, assessment.ScreenIndeterminate, assessment.ScreenPositive},
	} {
		for answers, want := range map[*[]assessment.Answer]assessment.Screen{&three: tt.three, &four: tt.four} {
			res, err := assessment.Score(assessment.Response{Instrument: assessment.PCPTSD5, Sex: tt.sex, Answers: *answers})
			require.NoError(t, err)
			assert.Equal(t, want, res.Screen, "%v, total %d", tt.sex, res.Total)
		}
	}
	in, _ := assessment.LookupInstrument(assessment.PCPTSD5)
	assert.Equal(t, [2]int{3, 4}, [2]int{in.Cutoff.Female, in.Cutoff.Male})
}

// TestDerivedFiguresAreNamed: a figure computed here says so in its source,
// and citations name the right LOINC list.
func TestDerivedFiguresAreNamed(t *testing.T) {
	phq9, _ := assessment.LookupInstrument(assessment.PHQ9)
	derived := false
	for _, s := range phq9.Outcome.Sources {
		derived = derived || strings.Contains(s.Locator, "derived")
	}
	assert.True(t, derived, "the PHQ-9 reliable-change figure is derived from Löwe 2004's SEM")
	assert.Contains(t, phq9.Outcome.Note, "derived")
	var titles []string
	for _, s := range phq9.Sources {
		titles = append(titles, s.Title)
	}
	assert.Contains(t, strings.Join(titles, "|"), "LL358-3")
	assert.NotContains(t, strings.Join(titles, "|"), "LL382-3")

	pcl5, _ := assessment.LookupInstrument(assessment.PCL5)
	assert.Zero(t, pcl5.Outcome.RemissionBelow, "Marx et al. do not call 28 remission")
	assert.Equal(t, 29, pcl5.Outcome.EndPointBelow)
}
