package assessment_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

func ExampleScore() {
	res, err := assessment.Score(assessment.Response{
		Instrument: assessment.PHQ9,
		Answers:    assessment.Values(3, 2, 2, 3, 2, 3, 2, 1, 1),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("PHQ-9 %d/%d, %s, screen %s\n", res.Total, res.Max, res.Band.Label, res.Screen)
	for _, f := range res.Flags {
		fmt.Printf("%s [%s]: %s\n", f.ID, f.Urgency, f.Action)
	}
	// Output:
	// PHQ-9 19/27, moderately severe, screen positive
	// phq-9/item-9 [same-day]: Complete a suicide risk assessment with an evidence-based process before the person leaves today, whatever the total score, and document the level of risk and the safety plan.
}

func ExampleScore_missingItems() {
	_, err := assessment.Score(assessment.Response{
		Instrument: assessment.GAD7,
		Answers:    assessment.Values(1, 2, 0, 1, 9),
	})
	var verr *validation.Error
	if errors.As(err, &verr) {
		for _, f := range verr.Fields {
			fmt.Println(f)
		}
	}
	fmt.Println(errors.Is(err, assessment.ErrMissingItem))
	// Output:
	// answers/4/value: assessment: answer is not one of the item's options
	// items/6: assessment: required item not answered
	// items/7: assessment: required item not answered
	// true
}

// A response that cannot be scored still raises its flags: item 9 is
// answered "Several days" but item 6 is missing. The flags come both in
// the partial Result and in the error, so a host that only looks at the
// error still finds them.
func ExampleScore_flagsSurviveErrors() {
	res, err := assessment.Score(assessment.Response{
		Instrument: assessment.PHQ9,
		Answers: []assessment.Answer{
			{Item: "1", Value: new(1)}, {Item: "2", Value: new(2)}, {Item: "3", Value: new(1)},
			{Item: "4", Value: new(2)}, {Item: "5", Value: new(0)}, {Item: "7", Value: new(1)},
			{Item: "8", Value: new(0)}, {Item: "9", Value: new(1)},
		},
	})
	fmt.Println("incomplete:", res.Incomplete)
	var fe *assessment.FlagError
	if errors.As(err, &fe) {
		for _, f := range fe.Flags {
			fmt.Printf("act on %s [%s] despite the error\n", f.ID, f.Urgency)
		}
	}
	var verr *validation.Error
	if errors.As(err, &verr) {
		for _, f := range verr.Fields {
			fmt.Println(f)
		}
	}
	// Output:
	// incomplete: true
	// act on phq-9/item-9 [same-day] despite the error
	// items/6: assessment: required item not answered
}

func ExampleScore_subscales() {
	res, _ := assessment.Score(assessment.Response{
		Instrument: assessment.PCL5,
		Answers:    assessment.Values(3, 3, 2, 3, 3, 2, 3, 2, 3, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 3),
	})
	fmt.Println("total", res.Total, res.Screen)
	for _, s := range res.Subscales {
		fmt.Printf("cluster %s: %d/%d\n", s.ID, s.Score, s.Max)
	}
	c, _ := res.Criterion("provisional-ptsd")
	fmt.Println("provisional PTSD:", c.Met)
	// Output:
	// total 48 positive
	// cluster B: 14/20
	// cluster C: 5/8
	// cluster D: 15/28
	// cluster E: 14/24
	// provisional PTSD: true
}

func ExampleNext() {
	res, _ := assessment.Score(assessment.Response{
		Instrument: assessment.AUDITC,
		Sex:        assessment.SexFemale,
		Answers:    assessment.Values(2, 1, 0),
	})
	fmt.Println("AUDIT-C", res.Total, res.Screen)
	for _, c := range assessment.Next(res) {
		fmt.Println("next:", c.To)
	}
	// Output:
	// AUDIT-C 3 positive
	// next: audit
}

func ExampleTrack() {
	d := func(m time.Month, day int) assessment.Date { return assessment.MustDate(2026, m, day) }
	tr, err := assessment.Track(assessment.PHQ9, []assessment.Point{
		{Date: d(time.January, 5), Total: 19},
		{Date: d(time.February, 2), Total: 12},
		{Date: d(time.March, 30), Total: 4},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d → %d (%+d, %.0f%%)\n", tr.Baseline.Total, tr.Latest.Total, tr.Change, *tr.PercentChange)
	fmt.Println("response:", tr.Response, "remission:", tr.Remission, "reliable change:", tr.Direction)
	// Output:
	// 19 → 4 (-15, -79%)
	// response: met remission: met reliable change: improved
}

func ExampleImportQuestionnaireResponse() {
	data, err := os.ReadFile("testdata/fhir/phq9-sdc-wrong-total.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	imp, err := assessment.ImportQuestionnaireResponse(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := assessment.Score(imp.Response)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Instrument, res.Total, res.Band.Label)
	if imp.ReportedTotal != nil && *imp.ReportedTotal != res.Total {
		fmt.Printf("the resource reports %d; the answers sum to %d\n", *imp.ReportedTotal, res.Total)
	}
	// Output:
	// phq-9 10 moderate
	// the resource reports 13; the answers sum to 10
}

// A response whose linkIds are local reads through the Questionnaire it
// answers: the Questionnaire's item codes say which PHQ-9 item each linkId
// is.
func ExampleWithQuestionnaire() {
	qdata, _ := os.ReadFile("testdata/fhir/phq9-local-questionnaire.json")
	q, err := assessment.ReadQuestionnaire(qdata)
	if err != nil {
		fmt.Println(err)
		return
	}
	data, _ := os.ReadFile("testdata/fhir/phq9-local-response.json")
	imp, err := assessment.ImportQuestionnaireResponse(data, assessment.WithQuestionnaire(q))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := assessment.Score(imp.Response)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Instrument, res.Total, res.Band.Label)
	for _, f := range res.Flags {
		fmt.Println(f.ID, f.Urgency)
	}
	// Output:
	// phq-9 11 moderate
	// phq-9/item-9 same-day
}

// A host without codes or a Questionnaire maps linkIds to items itself.
func ExampleWithLinkIDs() {
	data := []byte(`{"resourceType":"QuestionnaireResponse","status":"completed","item":[
		{"linkId":"interest","answer":[{"valueInteger":2}]},
		{"linkId":"mood","answer":[{"valueInteger":1}]}]}`)
	imp, err := assessment.ImportQuestionnaireResponse(data, assessment.ForInstrument(assessment.PHQ2),
		assessment.WithLinkIDs(map[string]string{"interest": "1", "mood": "2"}))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, _ := assessment.Score(imp.Response)
	fmt.Println(res.Instrument, res.Total, res.Screen)
	// Output:
	// phq-2 3 positive
}

// The Observation of an imported response follows its source: status,
// authored time and zone, and a reference to the response. The subject is
// the host's reference; the library stores none.
func ExampleFromResponse() {
	data, _ := os.ReadFile("testdata/fhir/phq9-local-response.json")
	qdata, _ := os.ReadFile("testdata/fhir/phq9-local-questionnaire.json")
	q, _ := assessment.ReadQuestionnaire(qdata)
	imp, _ := assessment.ImportQuestionnaireResponse(data, assessment.WithQuestionnaire(q))
	res, _ := assessment.Score(imp.Response)
	obs, err := res.Observation(assessment.FromResponse(imp), assessment.WithSubject("Patient/example"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(obs.Status, obs.EffectiveDateTime, obs.DerivedFrom[0].Reference, obs.Subject.Reference)
	// Output:
	// final 2026-02-01T09:15:00+01:00 QuestionnaireResponse/phq9-local-1 Patient/example
}

func ExampleResult_Observation() {
	res, _ := assessment.Score(assessment.Response{
		Instrument: assessment.GAD7,
		Date:       assessment.MustDate(2026, time.January, 20),
		Answers:    assessment.Values(0, 0, 1, 1, 0, 1, 0),
	})
	obs, _ := res.Observation()
	out, _ := json.Marshal(obs)
	fmt.Println(string(out))
	// Output:
	// {"resourceType":"Observation","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"survey","display":"Survey"}]}],"code":{"coding":[{"system":"http://loinc.org","code":"70274-6"}],"text":"GAD-7 total score"},"effectiveDateTime":"2026-01-20","valueInteger":3,"interpretation":[{"text":"minimal"},{"text":"screen negative"}]}
}

func ExampleNewCatalog() {
	// A host extends the built-in catalog: its own instrument next to the
	// built-in ones, and a cascade from it. NewCatalog holds exactly the
	// data it is given.
	data := assessment.BuiltinData()
	local, _ := assessment.LookupInstrument(assessment.PHQ2)
	local.ID, local.Abbrev = "phq-2-cut2", "PHQ-2 (cut-off 2)"
	local.Cutoff.Min = 2
	data.Instruments = append(data.Instruments, local)
	data.Cascades = append(data.Cascades, assessment.Cascade{
		From: "phq-2-cut2", To: assessment.PHQ9, Reason: "A positive screen leads to the PHQ-9.",
		Sources: local.Cutoff.Sources,
	})
	cat, err := assessment.NewCatalog(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []assessment.InstrumentID{assessment.PHQ2, "phq-2-cut2"} {
		res, _ := cat.Score(assessment.Response{Instrument: id, Answers: assessment.Values(1, 1)})
		fmt.Println(id, res.Total, res.Screen, len(cat.Next(res)))
	}
	// Output:
	// phq-2 2 negative 0
	// phq-2-cut2 2 positive 1
}

func ExampleGroupsOf() {
	fmt.Println(assessment.GroupsOf("F43.10"))
	fmt.Println(assessment.GroupsOf("F50.2"))
	// Output:
	// [ptsd trauma-and-stressor-related]
	// [eating bulimia-nervosa]
}

// ScoreIntake scores every response of an intake with the client's sex.
// When a response cannot be scored, the flags of every response still come
// back, in the results and in the error.
func ExampleScoreIntake() {
	d := assessment.MustDate(2026, time.January, 5)
	in := assessment.Intake{
		Date:   d,
		Client: assessment.Client{Age: 34, Sex: assessment.SexFemale},
		Responses: []assessment.Response{
			{Instrument: assessment.PCPTSD5, Date: d, Answers: []assessment.Answer{
				{Item: "exposure", Value: new(1)}, {Item: "1", Value: new(1)}, {Item: "2", Value: new(1)},
				{Item: "3", Value: new(1)}, {Item: "4", Value: new(0)}, {Item: "5", Value: new(0)}}},
			{Instrument: assessment.PHQ9, Date: d, Answers: assessment.Values(1, 1, 1, 1, 1, 1, 1, 1)[:7]},
			{Instrument: assessment.ASQ, Date: d, Answers: assessment.Values(1, 0, 0, 0, 0)},
		},
	}
	results, err := assessment.ScoreIntake(in)
	for _, r := range results {
		if r.Incomplete {
			fmt.Println(r.Instrument, "could not be scored")
			continue
		}
		fmt.Println(r.Instrument, r.Total, r.Screen)
	}
	var fe *assessment.FlagError
	if errors.As(err, &fe) {
		for _, f := range fe.Flags {
			fmt.Println("flag:", f.ID)
		}
	}
	fmt.Println(errors.Is(err, assessment.ErrMissingItem))
	// Output:
	// pc-ptsd-5 3 positive
	// phq-9 could not be scored
	// asq 1 positive
	// flag: asq/non-acute-positive
	// true
}

// A host decodes an intake with validation.Decode, which names the JSON
// path of each problem without repeating the input.
func ExampleIntake_decode() {
	data := []byte(`{"date":"2026-01-05","client":{"age":"34","sex":"F"},
		"domains":{"Presenting Concerns":"assessed","trauma":"declined"}}`)
	var in assessment.Intake
	err := validation.Decode(data, &in)
	var verr *validation.Error
	if errors.As(err, &verr) {
		for _, f := range verr.Fields {
			fmt.Println(f)
		}
	}
	// Output:
	// client/age: validation: wrong JSON type
	// client/sex: assessment: not a valid value
}

// NextSteps says which fuller instrument a positive screen leads to, until
// it is given.
func ExampleNextSteps() {
	d := assessment.MustDate(2026, time.January, 5)
	phq2, _ := assessment.Score(assessment.Response{Instrument: assessment.PHQ2, Date: d, Answers: assessment.Values(2, 2)})
	auditc, _ := assessment.Score(assessment.Response{Instrument: assessment.AUDITC, Date: d, Sex: assessment.SexMale,
		Answers: assessment.Values(0)})
	for _, s := range assessment.NextSteps([]assessment.Result{phq2, auditc}) {
		fmt.Printf("%s %s → %s\n", s.Trigger.Instrument, s.Trigger.Screen, s.To)
	}
	// Output:
	// phq-2 positive → phq-9
}

func ExampleIntake_Validate() {
	in := assessment.Intake{
		Date:   assessment.MustDate(2026, time.January, 5),
		Client: assessment.Client{Age: 17, Sex: assessment.SexFemale},
		Domains: map[assessment.DomainID]assessment.DomainStatus{
			assessment.DomainTrauma: assessment.Declined, // a valid answer
		},
		Trauma: assessment.Trauma{Exposure: assessment.ExposureDeclined},
		Goals:  []string{"feel like myself again"},
	}
	fmt.Println(in.Validate())
	fmt.Println(in.Status(assessment.DomainTrauma), in.Status(assessment.DomainSleep))
	// Output:
	// <nil>
	// declined not-assessed
}
