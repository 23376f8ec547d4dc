package assessment_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/wholeperson/integrative/assessment"
)

// growth is how many times the typical size the growth benchmarks run at.
var growth = []int{1, 10, 100, 1000}

// BenchmarkScoreIntakeGrowth scores intakes with 10, 100 and 1000 times
// the typical five responses and list lengths: the cost grows linearly.
func BenchmarkScoreIntakeGrowth(b *testing.B) {
	base := assessment.MustDate(1950, time.January, 1)
	for _, k := range growth {
		in := clientA()
		in.Date = base.AddDays(5 * k)
		in.Substances[0].LastUse = in.Date
		in.Responses = nil
		for i := range 5 * k {
			in.Responses = append(in.Responses, assessment.Response{Instrument: assessment.PHQ9, Date: base.AddDays(i),
				Answers: assessment.Values(2, 2, 3, 2, 1, 2, 1, 1, 0)})
		}
		for i := range 3 * k {
			in.Goals = append(in.Goals, fmt.Sprint("goal ", i))
			in.Strengths = append(in.Strengths, fmt.Sprint("strength ", i))
		}
		b.Run(fmt.Sprintf("responses=%d", 5*k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := assessment.ScoreIntake(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNextStepsGrowth reads 10, 100 and 1000 times a typical set of
// five results: O(n log n).
func BenchmarkNextStepsGrowth(b *testing.B) {
	base := assessment.MustDate(1950, time.January, 1)
	ids := []assessment.InstrumentID{assessment.PHQ2, assessment.GAD2, assessment.PCPTSD5, assessment.AUDITC, assessment.PHQ9}
	for _, k := range growth {
		results := make([]assessment.Result, 0, 5*k)
		for i := range 5 * k {
			results = append(results, assessment.Result{Instrument: ids[i%5], Date: base.AddDays(i), Screen: assessment.ScreenPositive})
		}
		b.Run(fmt.Sprintf("results=%d", 5*k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				assessment.NextSteps(results)
			}
		})
	}
}

// BenchmarkTrackGrowth reads 10, 100 and 1000 times a typical series of
// five points: O(n log n).
func BenchmarkTrackGrowth(b *testing.B) {
	base := assessment.MustDate(1950, time.January, 1)
	for _, k := range growth {
		pts := make([]assessment.Point, 0, 5*k)
		for i := range 5 * k {
			pts = append(pts, assessment.Point{Date: base.AddDays(5*k - i), Total: i % 28})
		}
		b.Run(fmt.Sprintf("points=%d", 5*k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := assessment.Track(assessment.PHQ9, pts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScoreRepeatedAnswersGrowth scores a PHQ-9 response holding 10,
// 100 and 1000 times its ten answers, every repeat an error: the partial
// result and its capped error stay linear.
func BenchmarkScoreRepeatedAnswersGrowth(b *testing.B) {
	for _, k := range growth {
		var a []assessment.Answer
		for range k {
			a = append(a, assessment.Values(1, 1, 1, 1, 1, 1, 1, 1, 2, 0)...)
		}
		r := assessment.Response{Instrument: assessment.PHQ9, Answers: a}
		b.Run(fmt.Sprintf("answers=%d", len(a)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				assessment.Score(r)
			}
		})
	}
}
