package modality

import (
	"slices"
	"strings"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// OrientationID identifies a theoretical orientation or a family of
// non-psychotherapy interventions, such as "cognitive-behavioral".
type OrientationID string

// The orientations of the built-in catalog. The first seven are schools of
// psychotherapy; the last five are the non-psychotherapy interventions an
// integrative plan draws on.
const (
	OrientationPsychodynamic          OrientationID = "psychodynamic"
	OrientationCognitiveBehavioral    OrientationID = "cognitive-behavioral"
	OrientationHumanisticExperiential OrientationID = "humanistic-experiential"
	OrientationSystemic               OrientationID = "systemic"
	OrientationInterpersonal          OrientationID = "interpersonal"
	OrientationThirdWave              OrientationID = "third-wave"
	OrientationIntegrative            OrientationID = "integrative"
	OrientationPsychoeducation        OrientationID = "psychoeducation"
	OrientationLifestyle              OrientationID = "lifestyle"
	OrientationMindfulnessPractice    OrientationID = "mindfulness-practice"
	OrientationPeerSupport            OrientationID = "peer-support"
	OrientationNeurofeedback          OrientationID = "neurofeedback"
)

// An Orientation is a school of psychotherapy with its own theory of change
// (psychodynamic, cognitive-behavioral, ...), or a family of
// non-psychotherapy interventions (psychoeducation, lifestyle, peer
// support, ...).
type Orientation struct {
	// ID is the orientation's stable identifier. Required.
	ID OrientationID `json:"id"`
	// Name is the orientation's name in English. Required.
	Name string `json:"name"`
	// Psychotherapy is true for schools of psychotherapy and false for
	// the supporting interventions. Only psychotherapy orientations can
	// be the home of an assimilative plan or take part in stance
	// conflicts.
	Psychotherapy bool `json:"psychotherapy"`
	// Summary says in a sentence what the orientation holds. Required.
	Summary string `json:"summary"`
	// Sources support the entry. At least one is required.
	Sources []evidence.Source `json:"sources"`
}

// Validate checks o on its own. It returns nil or a *[validation.Error]:
// [ErrRequired] at "id", "name" and "summary", and [evidence.ErrNoSource] at
// "sources" and the [evidence.Source.Validate] errors under
// "sources/<position>".
func (o Orientation) Validate() error {
	var v validation.Collector
	required(&v, "id", string(o.ID))
	required(&v, "name", o.Name)
	required(&v, "summary", o.Summary)
	v.Merge("sources", evidence.Check(o.Sources))
	return v.Err()
}

func (o Orientation) clone() Orientation {
	o.Sources = slices.Clone(o.Sources)
	return o
}

func required(v *validation.Collector, path, s string) {
	if strings.TrimSpace(s) == "" {
		v.Add(path, ErrRequired)
	}
}
