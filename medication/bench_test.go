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

// scaledRegimen is a typical regimen (4 prescriptions, 10 monitoring
// records, 4 adherence reports, 2 supplements, 2 substances) with its
// history scaled k times: k×4 prescriptions, the earlier ones stopped in
// turn, k×10 monitoring records and k×4 adherence reports.
func scaledRegimen(k int) (medication.Regimen, medication.Context) {
	asOf, _ := assessment.ParseDate("2026-11-20")
	agents := []medication.AgentID{"sertraline", "lithium", "quetiapine", "lorazepam", "escitalopram", "lamotrigine", "aripiprazole", "bupropion"}
	n := 4 * k
	origin := asOf.AddDays(-n - 30)
	var r medication.Regimen
	for i := range n {
		p := medication.Prescription{Agent: agents[i%len(agents)], Dose: medication.Dose{Amount: 1, Unit: medication.UnitMg},
			Frequency: medication.OnceDaily, Start: origin.AddDays(i)}
		if i < n-4 {
			p.Stop = p.Start.AddDays(1)
			p.StopReason = medication.StopSideEffects
		}
		r.Prescriptions = append(r.Prescriptions, p)
	}
	tests := []medication.Test{medication.TestLithiumLevel, medication.TestRenalFunction, medication.TestThyroidFunction, medication.TestWeight, medication.TestFastingGlucose}
	for i := range 10 * k {
		r.Monitoring = append(r.Monitoring, medication.MonitoringEvent{Test: tests[i%len(tests)], Date: origin.AddDays(i % (n + 30))})
	}
	for i := range 4 * k {
		r.Adherence = append(r.Adherence, medication.AdherenceReport{Prescription: i % n, Date: origin.AddDays(i % (n + 30)), Status: medication.TakingAsPrescribed})
	}
	r.Supplements = []medication.Use{{Agent: "st-johns-wort"}, {Agent: "melatonin"}}
	r.Substances = []medication.Use{{Agent: "alcohol", Frequency: assessment.Weekly}, {Agent: "tobacco", Frequency: assessment.Daily}}
	ctx := medication.Context{AsOf: asOf, Client: assessment.Client{Age: 50, Sex: assessment.SexMale}}
	return r, ctx
}

// Review grows linearly with the regimen's history (issue 10 item 6).
func BenchmarkReviewGrowth(b *testing.B) {
	for _, k := range []int{1, 10, 100, 1000} {
		r, ctx := scaledRegimen(k)
		if _, err := medication.Review(r, ctx); err != nil {
			b.Fatal(err)
		}
		b.Run("x"+itoa(k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := medication.Review(r, ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func itoa(k int) string {
	s := ""
	for {
		s = string(rune('0'+k%10)) + s
		k /= 10
		if k == 0 {
			return s
		}
	}
}

func BenchmarkParseOrder(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := medication.ParseOrder("lithium carbonate ER 300 mg PO BID"); err != nil {
			b.Fatal(err)
		}
	}
}
