package assessment_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// The boundary codes of every group whose edge the clinical audit
// questioned: each code lands in exactly the groups listed.
func TestGroupBoundaries(t *testing.T) {
	tests := []struct {
		code assessment.ICD10CM
		want []assessment.GroupID
	}{
		// Panic disorder with agoraphobia is panic disorder too.
		{"F41.0", []assessment.GroupID{assessment.GroupPanic}},
		{"F40.01", []assessment.GroupID{assessment.GroupPanic, assessment.GroupAgoraphobia}},
		{"F40.00", []assessment.GroupID{assessment.GroupAgoraphobia}},
		{"F40.02", []assessment.GroupID{assessment.GroupAgoraphobia}},

		// Hoarding and excoriation are not OCD.
		{"F42.2", []assessment.GroupID{assessment.GroupOCD}},
		{"F42.8", []assessment.GroupID{assessment.GroupOCD}},
		{"F42.9", []assessment.GroupID{assessment.GroupOCD}},
		{"F42.3", []assessment.GroupID{assessment.GroupHoarding}},
		{"F42.4", []assessment.GroupID{assessment.GroupExcoriation}},

		// DMDD is not a depressive-group diagnosis; other persistent mood
		// disorders are.
		{"F34.81", []assessment.GroupID{assessment.GroupDMDD}},
		{"F34.89", []assessment.GroupID{assessment.GroupDepressive}},
		{"F34.1", []assessment.GroupID{assessment.GroupDepressive}},
		{"F34.0", []assessment.GroupID{assessment.GroupBipolar}},
		{"F34.9", nil},
		{"F32.A", []assessment.GroupID{assessment.GroupDepressive}},
		{"F53.0", []assessment.GroupID{assessment.GroupDepressive}},
		{"F53.1", nil},

		// A use disorder, with or without intoxication, is not "use,
		// unspecified".
		{"F10.10", []assessment.GroupID{assessment.GroupAlcoholUse}},
		{"F10.11", []assessment.GroupID{assessment.GroupAlcoholUse}},
		{"F10.20", []assessment.GroupID{assessment.GroupAlcoholUse}},
		{"F10.21", []assessment.GroupID{assessment.GroupAlcoholUse}},
		{"F10.229", []assessment.GroupID{assessment.GroupAlcoholUse}},
		{"F10.129", []assessment.GroupID{assessment.GroupAlcoholUse}},
		{"F10.920", []assessment.GroupID{assessment.GroupAlcoholUseUnspecified}},
		{"F10.90", []assessment.GroupID{assessment.GroupAlcoholUseUnspecified}},
		{"F10.91", []assessment.GroupID{assessment.GroupAlcoholUseUnspecified}},
		{"F11.20", []assessment.GroupID{assessment.GroupOpioidUse}},
		{"F11.10", []assessment.GroupID{assessment.GroupOpioidUse}},
		{"F11.23", []assessment.GroupID{assessment.GroupOpioidUse}},
		{"F11.93", []assessment.GroupID{assessment.GroupOpioidUseUnspecified}},
		{"F11.929", []assessment.GroupID{assessment.GroupOpioidUseUnspecified}},
		{"F12.20", []assessment.GroupID{assessment.GroupCannabisUse}},
		{"F12.90", []assessment.GroupID{assessment.GroupCannabisUseUnspecified}},
		{"F13.20", []assessment.GroupID{assessment.GroupSedativeUse}},
		{"F13.930", []assessment.GroupID{assessment.GroupSedativeUseUnspecified}},
		{"F14.20", []assessment.GroupID{assessment.GroupStimulantUse}},
		{"F15.10", []assessment.GroupID{assessment.GroupStimulantUse}},
		{"F15.929", []assessment.GroupID{assessment.GroupStimulantUseUnspecified}},
		{"F17.210", []assessment.GroupID{assessment.GroupTobaccoUse}},
		{"F16.20", []assessment.GroupID{assessment.GroupOtherSubstanceUse}},
		{"F19.90", []assessment.GroupID{assessment.GroupOtherSubstanceUseUnspecified}},

		// Liver: chronic viral hepatitis is chronic liver disease; acute
		// failure is not.
		{"B18.2", []assessment.GroupID{assessment.GroupLiver, assessment.GroupChronicLiver}},
		{"B18.1", []assessment.GroupID{assessment.GroupLiver, assessment.GroupChronicLiver}},
		{"B17.10", []assessment.GroupID{assessment.GroupLiver}},
		{"B19.20", []assessment.GroupID{assessment.GroupLiver}},
		{"K70.30", []assessment.GroupID{assessment.GroupLiver, assessment.GroupChronicLiver}},
		{"K74.60", []assessment.GroupID{assessment.GroupLiver, assessment.GroupChronicLiver}},
		{"K76.0", []assessment.GroupID{assessment.GroupLiver, assessment.GroupChronicLiver}},
		{"K75.81", []assessment.GroupID{assessment.GroupLiver, assessment.GroupChronicLiver}},
		{"K72.10", []assessment.GroupID{assessment.GroupLiver, assessment.GroupChronicLiver}},
		{"K72.00", []assessment.GroupID{assessment.GroupLiver, assessment.GroupAcuteLiverFailure}},
		{"K72.90", []assessment.GroupID{assessment.GroupLiver}},
		{"K71.2", []assessment.GroupID{assessment.GroupLiver}},
		{"K71.7", []assessment.GroupID{assessment.GroupLiver, assessment.GroupChronicLiver}},

		// Unchanged neighbours.
		{"F43.10", []assessment.GroupID{assessment.GroupPTSD, assessment.GroupTraumaStressor}},
		{"F91.3", []assessment.GroupID{assessment.GroupDisruptive}},
		{"J45.909", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, assessment.GroupsOf(tt.code), string(tt.code))
	}
}

// Every group is well formed: unique ID, valid codes, exclusions that lie
// under a prefix, sources that validate and name the codes.
func TestGroupCatalog(t *testing.T) {
	seen := map[assessment.GroupID]bool{}
	for _, g := range assessment.Groups() {
		assert.False(t, seen[g.ID], "duplicate %s", g.ID)
		seen[g.ID] = true
		assert.NotEmpty(t, g.Title, g.ID)
		require.NotEmpty(t, g.Prefixes, g.ID)
		for _, p := range g.Prefixes {
			assert.True(t, p.Valid(), "%s prefix %s", g.ID, p)
		}
		for _, x := range g.Excludes {
			assert.True(t, x.Valid(), "%s exclusion %s", g.ID, x)
			under := false
			for _, p := range g.Prefixes {
				under = under || x.HasPrefix(p)
			}
			assert.True(t, under, "%s excludes %s, which no prefix includes", g.ID, x)
			assert.False(t, g.Covers(x), "%s covers its own exclusion %s", g.ID, x)
		}
		require.NotEmpty(t, g.Sources, g.ID)
		for _, s := range g.Sources {
			assert.NoError(t, s.Validate(), g.ID)
		}
		assert.NotEmpty(t, g.Sources[0].Locator, "%s names its codes", g.ID)
		got, ok := assessment.LookupGroup(g.ID)
		assert.True(t, ok)
		assert.Equal(t, g, got)
	}
	_, ok := assessment.LookupGroup("no-such-group")
	assert.False(t, ok)
}

// Every substance has a use-disorder group and, where ICD-10-CM has an
// F1x.9 subcategory, a separate "use, unspecified" group.
func TestSubstanceGroupsSeparateUseDisorder(t *testing.T) {
	pairs := map[assessment.GroupID]assessment.GroupID{
		assessment.GroupAlcoholUse:        assessment.GroupAlcoholUseUnspecified,
		assessment.GroupOpioidUse:         assessment.GroupOpioidUseUnspecified,
		assessment.GroupCannabisUse:       assessment.GroupCannabisUseUnspecified,
		assessment.GroupSedativeUse:       assessment.GroupSedativeUseUnspecified,
		assessment.GroupStimulantUse:      assessment.GroupStimulantUseUnspecified,
		assessment.GroupOtherSubstanceUse: assessment.GroupOtherSubstanceUseUnspecified,
	}
	for disorder, unspecified := range pairs {
		d, ok := assessment.LookupGroup(disorder)
		require.True(t, ok, disorder)
		u, ok := assessment.LookupGroup(unspecified)
		require.True(t, ok, unspecified)
		for _, p := range u.Prefixes {
			assert.False(t, d.Covers(p+"0"), "%s covers %s", disorder, p)
		}
		for _, p := range d.Prefixes {
			assert.False(t, u.Covers(p+"0"), "%s covers %s", unspecified, p)
		}
	}
}

// Results never share memory with the catalog.
func TestGroupAccessorsReturnCopies(t *testing.T) {
	g, _ := assessment.LookupGroup(assessment.GroupOCD)
	g.Prefixes[0] = "Z99"
	g.Excludes[0] = "Z99"
	g.Sources[0].Title = "changed"
	all := assessment.Groups()
	for i := range all {
		all[i].Prefixes[0] = "Z99"
		all[i].Sources[0].Locator = "changed"
	}
	again, _ := assessment.LookupGroup(assessment.GroupOCD)
	assert.Equal(t, assessment.ICD10CM("F42"), again.Prefixes[0])
	assert.Equal(t, assessment.ICD10CM("F42.3"), again.Excludes[0])
	assert.NotEqual(t, "changed", again.Sources[0].Title)
	assert.NotEqual(t, "changed", assessment.Groups()[0].Sources[0].Locator)
	assert.Equal(t, []assessment.GroupID{assessment.GroupOCD}, assessment.GroupsOf("F42.2"))
}

func TestGroupJSONNames(t *testing.T) {
	g, _ := assessment.LookupGroup(assessment.GroupOCD)
	b, err := json.Marshal(g)
	require.NoError(t, err)
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &fields))
	for k := range fields {
		assert.Contains(t, []string{"id", "title", "prefixes", "excludes", "medical", "sources"}, k)
	}
	assert.Contains(t, fields, "excludes")
}

// The condition enums parse in any case and through the strict decoder,
// with the JSON path of a bad value, and a zero Condition marshals.
func TestConditionDecodeAndZeroValues(t *testing.T) {
	var c assessment.Condition
	require.NoError(t, validation.Decode([]byte(`{"code":"F40.01","status":"Confirmed","severity":"MODERATE"}`), &c))
	assert.Equal(t, assessment.Condition{Code: "F40.01", Status: assessment.Confirmed, Severity: assessment.SeverityModerate}, c)
	assert.Equal(t, []assessment.GroupID{assessment.GroupPanic, assessment.GroupAgoraphobia}, c.Groups())

	err := validation.Decode([]byte(`{"code":"F40.01","status":"likely"}`), &c)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("status", assessment.ErrBadValue), "%v", err)
	assert.NotContains(t, err.Error(), "likely")

	b, err := json.Marshal(assessment.Condition{})
	require.NoError(t, err)
	var back assessment.Condition
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, assessment.Condition{}, back)
	_, err = json.Marshal(assessment.Condition{Status: 9})
	assert.Error(t, err)
}

func BenchmarkGroupsOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = assessment.GroupsOf("F43.10")
	}
}
