package modality_test

import (
	"testing"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
)

// tenComponentPlan is a technically eclectic plan of ten components, with
// a stance conflict, an unexplained change, an untrained clinician and a
// not-yet-stable client, so that every check has work to do.
func tenComponentPlan() modality.Plan {
	p := clientAPlan()
	p.Strategy = modality.TechnicalEclecticism
	p.Components[3].Key = "cpt"
	p.Components = append(p.Components,
		modality.Component{Technique: "empathic-reflection", Phase: modality.Processing, Sequence: 2, Clinician: "np"},
		modality.Component{Modality: "pe", Phase: modality.Processing, Sequence: 3, Replaces: "cpt", Clinician: "psychologist", Rationale: "avoidance"},
		modality.Component{Modality: "physical-activity", Phase: modality.Integration, Sequence: 3, Rationale: "walks the dog daily"},
		modality.Component{Technique: "mindfulness", Phase: modality.Integration, Sequence: 3},
	)
	return p
}

func BenchmarkCheck(b *testing.B) {
	p := tenComponentPlan()
	if len(p.Components) != 10 {
		b.Fatalf("plan has %d components", len(p.Components))
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := modality.Check(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckCoherent(b *testing.B) {
	p := clientAPlan()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := modality.Check(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	p := tenComponentPlan()
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkForCondition(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = modality.ForCondition(assessment.GroupDepressive)
	}
}

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = modality.Lookup("tf-cbt")
	}
}
