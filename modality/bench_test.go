package modality_test

import (
	"strconv"
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

// scaledPlan is the ten-component plan repeated k times, with its
// clinicians repeated c times under distinct keys: k = c = 1 is the
// typical plan.
func scaledPlan(k, c int) modality.Plan {
	base := tenComponentPlan()
	p := base
	p.Components = nil
	p.Clinicians = nil
	for r := range c {
		for _, cl := range base.Clinicians {
			if r > 0 {
				cl.Key += "-" + strconv.Itoa(r)
			}
			p.Clinicians = append(p.Clinicians, cl)
		}
	}
	for r := range k {
		for _, comp := range base.Components {
			if comp.Key != "" {
				comp.Key += "-" + strconv.Itoa(r)
			}
			if comp.Replaces != "" {
				comp.Replaces += "-" + strconv.Itoa(r)
			}
			comp.Sequence += 3 * r
			p.Components = append(p.Components, comp)
		}
	}
	return p
}

// BenchmarkCheckGrowth checks plans at 1×, 10×, 100× and 1000× the
// typical size (10 components, 3 clinicians). Plans over the limits
// (MaxComponents, MaxClinicians) are rejected before their entries are
// read, so their cost stays flat; "limits" is the largest plan accepted.
func BenchmarkCheckGrowth(b *testing.B) {
	for _, n := range []int{1, 10, 100, 1000} {
		b.Run("components-x"+strconv.Itoa(n), func(b *testing.B) {
			p := scaledPlan(n, 1)
			b.ReportAllocs()
			for b.Loop() {
				_, _ = modality.Check(p)
			}
		})
	}
	for _, n := range []int{1, 10, 100, 1000} {
		b.Run("clinicians-x"+strconv.Itoa(n), func(b *testing.B) {
			p := scaledPlan(1, n)
			b.ReportAllocs()
			for b.Loop() {
				_, _ = modality.Check(p)
			}
		})
	}
	b.Run("limits", func(b *testing.B) {
		p := atLimits()
		b.ReportAllocs()
		for b.Loop() {
			if _, err := modality.Check(p); err != nil {
				b.Fatal(err)
			}
		}
	})
}
