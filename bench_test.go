package integrative_test

import (
	"fmt"
	"reflect"
	"strconv"
	"testing"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/sample"
	"github.com/wholeperson/integrative/modality"
)

// BenchmarkCheck checks the complex reference plan: sample client A's whole
// plan (five instruments, three prescriptions, a supplement and alcohol,
// six components, a team of four, problems, goals, objectives,
// interventions, decisions and re-measurements).
func BenchmarkCheck(b *testing.B) {
	p := loadPlan(b, "client-a")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := integrative.Check(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodePlan(b *testing.B) {
	data, _ := sample.Plan("client-a")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := integrative.DecodePlan(data); err != nil {
			b.Fatal(err)
		}
	}
}

// grown returns the adult-depression plan with about n more elements:
// goals, objectives, interventions, lifestyle items and components in
// equal parts.
func grown(b *testing.B, n int) integrative.Plan {
	p := loadPlan(b, "adult-depression")
	for i := range n / 5 {
		k := strconv.Itoa(i)
		p.Goals = append(p.Goals, integrative.Goal{Key: "g" + k, Problem: "p-mood", Kind: integrative.GoalFunctioning, Text: "goal", ClientWords: true})
		p.Objectives = append(p.Objectives, integrative.Objective{Key: "o" + k, Goal: "g" + k, Behavior: "behaviour", By: p.AsOf.AddDays(30)})
		p.Lifestyle = append(p.Lifestyle, integrative.Lifestyle{Key: "l" + k, Kind: integrative.LifestyleMovement, Text: "walk"})
		p.Interventions = append(p.Interventions, integrative.Intervention{Objective: "o" + k, Lifestyle: "l" + k})
		p.Psychotherapy.Components = append(p.Psychotherapy.Components, integrative.Component{Component: modality.Component{
			Key: "c" + k, Modality: "ba", Phase: modality.Stabilization, Clinician: "psychologist", Start: p.AsOf.AddDays(i % 30),
			Rationale: "r", Explanation: "e",
		}})
	}
	return p
}

// BenchmarkCheckGrowth shows how Check's cost grows with the number of
// plan elements.
func BenchmarkCheckGrowth(b *testing.B) {
	for _, n := range []int{10, 100, 500} {
		b.Run(fmt.Sprintf("elements=%d", n), func(b *testing.B) {
			p := grown(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := integrative.Check(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzCheck decodes arbitrary bytes as a plan and checks it: nothing
// panics, a decoded plan gets a report or a validation error, and the
// same plan gives the same report twice.
func FuzzCheck(f *testing.F) {
	for _, name := range sample.Names() {
		data, _ := sample.Plan(name)
		f.Add(data)
	}
	f.Add([]byte(`{"asOf":"2026-01-01","intake":{"date":"2026-01-01","client":{"age":1,"sex":"other"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := integrative.DecodePlan(data)
		if err != nil {
			return
		}
		r1, err1 := integrative.Check(p)
		r2, err2 := integrative.Check(p)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("Check is not deterministic: %v / %v", err1, err2)
		}
		if err1 == nil && !reflect.DeepEqual(r1, r2) {
			t.Fatal("Check gave two different reports for one plan")
		}
	})
}
