package traumainformed_test

import (
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
	ti "github.com/wholeperson/integrative/traumainformed"
)

func intPtr(n int) *int { return &n }

// clientA is Client A of the sample clients: a Spanish-speaking veteran
// who also reads English, ACE count 4, trauma exposure reported.
func clientA() ti.Client {
	return ti.Client{
		Exposure:     assessment.ExposureYes,
		ACECount:     intPtr(4),
		Languages:    []language.Tag{language.Spanish, language.English},
		CultureNotes: []string{"Military service shapes how he understands what he is going through."},
	}
}

// allReady records every readiness signal as met.
func allReady() []ti.SignalStatus {
	return []ti.SignalStatus{
		{Signal: ti.SignalSafetyPlan, Met: assessment.Yes},
		{Signal: ti.SignalCopingSkills, Met: assessment.Yes},
		{Signal: ti.SignalNoAcuteRisk, Met: assessment.Yes},
		{Signal: ti.SignalSubstanceStable, Met: assessment.Yes},
	}
}

// planA is Client A's plan: CPT after four stabilization sessions (skills,
// safety plan), a peer support group, a shared decision for naltrexone,
// care and materials in Spanish.
func planA() ti.Plan {
	return ti.Plan{
		Client: clientA(),
		Practices: []ti.PracticeID{
			ti.PracticeSafetyPlan, ti.PracticeSkills, ti.PracticeSharedDecision, ti.PracticePeerGroup,
			ti.PracticeRationale, ti.PracticeGoals, ti.PracticeStrengths, ti.PracticeConsent,
		},
		CareLanguages:     []language.Tag{language.Spanish},
		MaterialLanguages: []language.Tag{language.Spanish, language.English},
		Readiness:         allReady(),
		Work: []ti.Work{
			{Phase: modality.Stabilization, Status: ti.WorkCompleted, Sessions: 4},
			{Modality: "cpt", Status: ti.WorkPlanned},
		},
	}
}
