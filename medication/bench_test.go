package medication_test

import (
	"testing"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
)

func BenchmarkResolveID(b *testing.B) {
	for _, name := range []string{"sertraline", "Wellbutrin XL", "St. John's Wort", "ＳＥＲＴＲＡＬＩＮＥ", "Sértraline"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := medication.ResolveID(name); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkResolveUnknown(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = medication.ResolveID("setraline")
	}
}

// The interaction screen of a 10-item regimen: drugs, supplements and
// substances.
var tenItems = []medication.AgentID{"lithium", "lamotrigine", "ibuprofen", "sertraline", "quetiapine", "lorazepam", "st-johns-wort", "melatonin", "alcohol", "tobacco"}

func BenchmarkScreen10(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := medication.Screen(tenItems...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReview10(b *testing.B) {
	d := func(s string) assessment.Date { x, _ := assessment.ParseDate(s); return x }
	var r medication.Regimen
	for _, id := range tenItems[:6] {
		r.Prescriptions = append(r.Prescriptions, medication.Prescription{Agent: id, Dose: medication.Dose{Amount: 1, Unit: medication.UnitMg}, Frequency: medication.OnceDaily, Start: d("2026-01-01")})
	}
	r.Supplements = []medication.Use{{Agent: "st-johns-wort"}, {Agent: "melatonin"}}
	r.Substances = []medication.Use{{Agent: "alcohol", Frequency: assessment.Weekly}, {Agent: "tobacco", Frequency: assessment.Daily}}
	ctx := medication.Context{AsOf: d("2026-11-20"), Client: assessment.Client{Age: 60, Sex: assessment.SexFemale},
		Conditions: []assessment.Condition{{Code: "F31.81", Status: assessment.Confirmed}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := medication.Review(r, ctx); err != nil {
			b.Fatal(err)
		}
	}
}
