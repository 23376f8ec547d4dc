package modality_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

// Every built-in modality and technique has an exported constant, and
// every constant names a built-in entry.
func TestIDConstantsCoverCatalog(t *testing.T) {
	modalityIDs := []modality.ID{
		modality.CBT, modality.CBTI, modality.TFCBT, modality.CPT, modality.PE, modality.EMDR,
		modality.CTPTSD, modality.WET, modality.NET, modality.BEP, modality.ERP, modality.BA,
		modality.PST, modality.AppliedRelaxation, modality.CBTSelfHelp, modality.DBT, modality.DBTA,
		modality.ACT, modality.MBCT, modality.IPT, modality.IPSRT, modality.FFT,
		modality.FamilyIntervention, modality.Psychoeducation, modality.STPP, modality.PersonCentered,
		modality.EFT, modality.MI, modality.CM, modality.FamilyTherapy, modality.CouplesTherapy,
		modality.PlayTherapy, modality.RFPC, modality.ParentTraining, modality.GroupTherapy,
		modality.PeerSupport, modality.SleepHealth, modality.PhysicalActivity, modality.Nutrition,
		modality.MindfulnessPractice, modality.Neurofeedback,
	}
	var catalog []modality.ID
	for _, m := range modality.All() {
		catalog = append(catalog, m.ID)
	}
	assert.ElementsMatch(t, catalog, modalityIDs)

	techniqueIDs := []modality.TechniqueID{
		modality.TechniqueCognitiveRestructuring, modality.TechniqueInVivoExposure,
		modality.TechniqueImaginalExposure, modality.TechniqueInteroceptiveExposure,
		modality.TechniqueResponsePrevention, modality.TechniqueBehavioralActivation,
		modality.TechniqueSkillsTraining, modality.TechniqueSafetyPlanning,
		modality.TechniqueTraumaNarrative, modality.TechniqueTraumaAccount,
		modality.TechniqueWrittenExposure, modality.TechniqueBilateralStimulation,
		modality.TechniqueStimulusControl, modality.TechniqueSleepRestriction,
		modality.TechniqueContingentReinforcement, modality.TechniqueProblemSolving,
		modality.TechniqueRelaxationTraining, modality.TechniqueMindfulness,
		modality.TechniqueCognitiveDefusion, modality.TechniqueValuesClarification,
		modality.TechniqueInterpretation, modality.TechniqueFreeAssociation,
		modality.TechniqueDefenseInterpretation, modality.TechniqueEmpathicReflection,
		modality.TechniqueChairWork, modality.TechniqueMotivationalInterviewing,
		modality.TechniquePsychoeducation, modality.TechniquePlay,
		modality.TechniqueInterpersonalInventory, modality.TechniqueSocialRhythmTracking,
		modality.TechniqueCommunicationTraining, modality.TechniqueCircularQuestioning,
		modality.TechniqueGroupProcess, modality.TechniquePeerSharing,
		modality.TechniquePhysicalActivity, modality.TechniqueSleepHygiene,
		modality.TechniqueNutritionCounseling, modality.TechniqueEEGNeurofeedback,
	}
	var techniques []modality.TechniqueID
	for _, tq := range modality.Techniques() {
		techniques = append(techniques, tq.ID)
	}
	assert.ElementsMatch(t, techniques, techniqueIDs)
}

func TestResolveID(t *testing.T) {
	tests := []struct {
		name string
		want modality.ID
	}{
		{"CBT", modality.CBT},
		{"cbt", modality.CBT},
		{"Cognitive Behavioural Therapy", modality.CBT},
		{"cognitive-behavioral therapy", modality.CBT},
		{"behavioral activation", modality.BA},
		{"Behavioural activation", modality.BA},
		{"prolonged exposure", modality.PE},
		{"Prolonged Exposure Therapy", modality.PE},
		{"IPSRT", modality.IPSRT},
		{"short-term psychodynamic therapy", modality.STPP},
		{"Short term psychodynamic psychotherapy", modality.STPP},
		{"  EMDR  ", modality.EMDR},
		{"cbt-i", modality.CBTI},
		{"CBT I", modality.CBTI},
		{"TF-CBT", modality.TFCBT},
		{"problem-solving therapy", modality.PST},
		{"written exposure therapy", modality.WET},
		{"parent management training", modality.ParentTraining},
		{"person-centred therapy", modality.PersonCentered},
		{"rfp-c", modality.RFPC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := modality.ResolveID(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.want, id)
			m, err := modality.Resolve(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.want, m.ID)
		})
	}
}

func TestResolveTechniqueID(t *testing.T) {
	for name, want := range map[string]modality.TechniqueID{
		"cognitive restructuring":    modality.TechniqueCognitiveRestructuring,
		"In vivo exposure":           modality.TechniqueInVivoExposure,
		"motivational interviewing":  modality.TechniqueMotivationalInterviewing,
		"behavioral-activation":      modality.TechniqueBehavioralActivation,
		"EEG neurofeedback training": modality.TechniqueEEGNeurofeedback,
	} {
		id, err := modality.ResolveTechniqueID(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, id, name)
		tq, err := modality.ResolveTechnique(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, tq.ID, name)
	}
}

// An unknown name suggests the nearest catalog names and never repeats
// what was typed.
func TestResolveUnknownSuggests(t *testing.T) {
	tests := []struct {
		name    string
		suggest string
	}{
		{"CTB", "CBT"},
		{"prolonged exposre", "Prolonged exposure"},
		{"behavioral activaton", "Behavioral activation"},
		{"IPSTR", "IPSRT"},
		{"dialectical behaviour therapy", "Dialectical behavior therapy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := modality.ResolveID(tt.name)
			var ue *modality.UnknownNameError
			require.ErrorAs(t, err, &ue)
			assert.ErrorIs(t, err, modality.ErrUnknownName)
			assert.ErrorIs(t, err, modality.ErrUnknownModality)
			require.NotEmpty(t, ue.Suggestions)
			assert.Equal(t, tt.suggest, ue.Suggestions[0])
			assert.LessOrEqual(t, len(ue.Suggestions), 3)
			assert.NotContains(t, err.Error(), tt.name)
		})
	}
	for _, name := range []string{"primal scream", "", "x", strings.Repeat("a", 500), "secret client note 123"} {
		_, err := modality.ResolveID(name)
		var ue *modality.UnknownNameError
		require.ErrorAs(t, err, &ue, name)
		if name != "" {
			assert.NotContains(t, err.Error(), name)
		}
	}
	_, err := modality.ResolveTechniqueID("cognitive restructurng")
	var ue *modality.UnknownNameError
	require.ErrorAs(t, err, &ue)
	assert.ErrorIs(t, err, modality.ErrUnknownTechnique)
	assert.False(t, errors.Is(err, modality.ErrUnknownModality))
	assert.Equal(t, []string{"Cognitive restructuring"}, ue.Suggestions[:1])
	assert.Contains(t, err.Error(), "Cognitive restructuring")
}

// A host entry copied from a built-in one keeps the built-in names with
// the built-in entry: a name two entries answer to denotes the first. A
// synonym with no letters or digits is rejected at its path.
func TestNewCatalogNameCollisions(t *testing.T) {
	contents := modality.BuiltinContents()
	own, _ := modality.Lookup(modality.CPT)
	own.ID, own.Name = "clinic-trauma-program", "Clinic trauma program"
	contents.Modalities = append(contents.Modalities, own)
	c, err := modality.NewCatalog(contents)
	require.NoError(t, err)
	id, err := c.ResolveID("CPT")
	require.NoError(t, err)
	assert.Equal(t, modality.CPT, id)
	id, err = c.ResolveID("clinic trauma program")
	require.NoError(t, err)
	assert.Equal(t, modality.ID("clinic-trauma-program"), id)

	own.Synonyms = []string{"--"}
	contents.Modalities[len(contents.Modalities)-1] = own
	_, err = modality.NewCatalog(contents)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("modalities/"+strconv.Itoa(len(contents.Modalities)-1)+"/synonyms/0", modality.ErrBadValue), "%v", err)
}

func BenchmarkResolveID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := modality.ResolveID("Prolonged Exposure"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolveIDUnknown(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = modality.ResolveID("prolonged exposre therapy")
	}
}

// FuzzResolveID feeds arbitrary names to the resolver: it must never panic
// and never repeat the input in its error.
func FuzzResolveID(f *testing.F) {
	for _, s := range []string{"CBT", "prolonged exposure", "IPSRT", "ctb", "", "é", "\xff\xfe", strings.Repeat("z", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		id, err := modality.ResolveID(name)
		if err == nil {
			if _, ok := modality.Lookup(id); !ok {
				t.Fatalf("resolved to an ID the catalog lacks")
			}
			return
		}
		var ue *modality.UnknownNameError
		if !errors.As(err, &ue) {
			t.Fatalf("error is not an *UnknownNameError: %v", err)
		}
		if len(name) >= 4 && strings.Contains(err.Error(), name) {
			for _, s := range ue.Suggestions {
				if strings.Contains(s, name) {
					return // the input happens to be part of a catalog name
				}
			}
			t.Fatalf("error repeats the input")
		}
		_, _ = modality.ResolveTechniqueID(name)
	})
}

// In the built-in catalog every name and synonym denotes its own entry:
// no two entries share one.
func TestBuiltinNamesUnique(t *testing.T) {
	for _, m := range modality.All() {
		for _, name := range append([]string{string(m.ID), m.Name}, m.Synonyms...) {
			id, err := modality.ResolveID(name)
			if assert.NoError(t, err, name) {
				assert.Equal(t, m.ID, id, "%q", name)
			}
		}
	}
	for _, tq := range modality.Techniques() {
		for _, name := range append([]string{string(tq.ID), tq.Name}, tq.Synonyms...) {
			id, err := modality.ResolveTechniqueID(name)
			if assert.NoError(t, err, name) {
				assert.Equal(t, tq.ID, id, "%q", name)
			}
		}
	}
}
