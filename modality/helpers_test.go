package modality_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
)

// deepCopy returns a deep copy of v through JSON.
func deepCopy[T any](t testing.TB, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var out T
	require.NoError(t, json.Unmarshal(b, &out))
	return out
}

// clientAPlan is Client A's plan from the sample clients: a 42-year-old
// veteran with PTSD, alcohol use disorder, depression and insomnia, not yet
// stable; assimilative integration with a cognitive-behavioral home; four
// sessions of skills and safety planning before weekly CPT, CBT-I
// components, a peer support group and psychoeducation for his sister.
func clientAPlan() modality.Plan {
	weekly := modality.Frequency{Sessions: 1, Per: modality.PerWeek}
	return modality.Plan{
		Strategy:  modality.AssimilativeIntegration,
		Home:      modality.OrientationCognitiveBehavioral,
		ClientAge: 42,
		Stable:    assessment.No,
		Clinicians: []modality.Clinician{
			{Key: "psychologist", Role: "psychologist", Competencies: []modality.Competency{
				{Modality: "cpt", Basis: modality.Certified},
				{Modality: "cbt", Basis: modality.Trained},
				{Modality: "cbt-i", Basis: modality.Trained},
				{Technique: "safety-planning", Basis: modality.Trained},
			}},
			{Key: "peer", Role: "peer specialist", Competencies: []modality.Competency{
				{Modality: "peer-support", Basis: modality.Certified},
			}},
			{Key: "np", Role: "psychiatric nurse practitioner"},
		},
		Components: []modality.Component{
			{Technique: "skills-training", Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "psychologist",
				Rationale: "emotion regulation skills before trauma processing", Explanation: "skills to handle strong feelings"},
			{Technique: "safety-planning", Phase: modality.Stabilization, Sequence: 1, Clinician: "psychologist",
				Rationale: "drinking to sleep; plan for crises", Explanation: "a written plan for hard nights"},
			{Modality: "cbt-i", Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "psychologist",
				Rationale: "insomnia, 4 hours a night", Explanation: "to help you sleep through the night"},
			{Modality: "cpt", Phase: modality.Processing, Sequence: 2, Frequency: weekly, Clinician: "psychologist",
				Rationale: "PTSD, PCL-5 48", Explanation: "to work through what happened and how it changed your beliefs"},
			{Modality: "peer-support", Phase: modality.Stabilization, Sequence: 1, Frequency: weekly, Clinician: "peer",
				Rationale: "connection with other veterans", Explanation: "a group of veterans who have been there"},
			{Modality: "psychoeducation", Phase: modality.Stabilization, Sequence: 1, Clinician: "psychologist",
				Rationale: "his sister supports him", Explanation: "so your sister knows how to help"},
		},
	}
}
