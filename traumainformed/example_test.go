package traumainformed_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/modality"
	ti "github.com/wholeperson/integrative/traumainformed"
	"github.com/wholeperson/integrative/validation"
)

func ExamplePrinciples() {
	for _, p := range ti.Principles() {
		fmt.Println(p.Name)
	}
	// Output:
	// Safety
	// Trustworthiness and Transparency
	// Peer Support
	// Collaboration and Mutuality
	// Empowerment, Voice and Choice
	// Cultural, Historical, and Gender Issues
}

func ExampleAudit() {
	in := assessment.Intake{
		Trauma:    assessment.Trauma{Exposure: assessment.ExposureDeclined},
		Languages: []language.Tag{language.Spanish, language.English},
	}
	report, err := ti.Audit(ti.Plan{
		Client:        ti.ClientOf(in),
		Practices:     []ti.PracticeID{ti.PracticeSafetyPlan, ti.PracticeRationale, ti.PracticeSharedDecision},
		CareLanguages: []language.Tag{language.English},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("disclosure:", report.Disclosure)
	for _, c := range report.Coverage {
		fmt.Printf("%-38s %v\n", c.Principle, c.Practices)
	}
	for _, g := range report.Gaps {
		fmt.Println(g.Severity, g.Kind, g.Principle, g.Add)
	}
	// Output:
	// disclosure: declined
	// safety                                 [safety-plan-with-client]
	// trustworthiness-and-transparency       [rationale-explained]
	// peer-support                           []
	// collaboration-and-mutuality            [rationale-explained shared-decisions-recorded safety-plan-with-client]
	// empowerment-voice-and-choice           [shared-decisions-recorded]
	// cultural-historical-and-gender-issues  []
	// info principle-not-covered peer-support [peer-or-group-component]
	// info principle-not-covered cultural-historical-and-gender-issues [clinician-gender-choice care-in-preferred-language materials-in-preferred-language cultural-adaptation historical-trauma-acknowledged]
	// info care-language cultural-historical-and-gender-issues [care-in-preferred-language]
}

func ExampleCheckPhases() {
	// Prolonged exposure is scheduled first, while the plan records no
	// safety plan yet and daily drinking.
	issues, err := ti.CheckPhases(ti.Plan{
		Readiness: []ti.SignalStatus{
			{Signal: ti.SignalSafetyPlan, Met: assessment.No},
			{Signal: ti.SignalCopingSkills, Met: assessment.Yes},
			{Signal: ti.SignalNoAcuteRisk, Met: assessment.Yes},
			{Signal: ti.SignalSubstanceStable, Met: assessment.No},
		},
		Work: []ti.Work{
			{Modality: "pe", Status: ti.WorkPlanned},
			{Phase: modality.Stabilization, Status: ti.WorkPlanned},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, is := range issues {
		fmt.Println(is.Severity, is.Kind, is.Work, is.Signals)
		fmt.Println("  supporting:", is.Supporting[0].Title)
		fmt.Println("  contesting:", is.Contesting[0].Title)
	}
	// Output:
	// warning processing-while-not-ready [0] [safety-plan-in-place substance-use-stable]
	//   supporting: The ISTSS Expert Consensus Treatment Guidelines for Complex PTSD in Adults
	//   contesting: Critical analysis of the current treatment guidelines for complex PTSD in adults
	// info processing-before-stabilization [0] []
	//   supporting: The ISTSS Expert Consensus Treatment Guidelines for Complex PTSD in Adults
	//   contesting: Critical analysis of the current treatment guidelines for complex PTSD in adults
}

func ExampleCheckLanguage() {
	text := "Client is an alcoholic and was non-compliant with naltrexone; no alcoholic drinks at home."
	for _, m := range ti.CheckLanguage(text) {
		term, _ := ti.LookupTerm(m.Term)
		fmt.Printf("%d-%d %q -> %q\n", m.Start, m.End, text[m.Start:m.End], term.Instead[0])
	}
	// Output:
	// 13-22 "alcoholic" -> "person with an alcohol use disorder"
	// 31-44 "non-compliant" -> "not taking as prescribed"
}

func ExampleNewCatalog() {
	own := ti.Practice{
		ID:         "quiet-waiting-area",
		Aliases:    []ti.PracticeID{"quiet-room"},
		Title:      "Quiet waiting area offered",
		Principles: []ti.PrincipleID{ti.Safety},
		Sources:    []evidence.Source{{Title: "Clinic environment standard", Publisher: "Example clinic", Year: 2025}},
	}
	term := ti.Term{
		ID:      "frequent-flyer",
		Forms:   []string{"frequent flyer", "frequent flier"},
		Instead: []string{"person who visits often"},
		Why:     "Labels a person by how often they need care.",
		Sources: []evidence.Source{{Title: "Clinic style guide", Publisher: "Example clinic", Year: 2025}},
	}
	// Extend the built-in content; NewCatalog holds exactly what it is given.
	d := ti.BuiltinData()
	d.Practices = append(d.Practices, own)
	d.Terms = append(d.Terms, term)
	c, err := ti.NewCatalog(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := c.Audit(ti.Plan{Practices: []ti.PracticeID{"Quiet room"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Coverage[0].Principle, r.Coverage[0].Practices)
	for _, m := range c.CheckLanguage("A frequent flyer and an addict.") {
		fmt.Println(m.Term, m.Start, m.End)
	}
	// Output:
	// safety [quiet-waiting-area]
	// frequent-flyer 2 16
	// addict 24 30
}

// Decode a plan a host sent as JSON, then audit it and check its phases.
// Names are forgiving: case, separators and documented synonyms are
// accepted ("Shared decision making", "in-progress").
func Example_decode() {
	data := []byte(`{
		"client": {"exposure": "declined", "languages": ["es-MX", "en"]},
		"practices": ["Shared decision making", "safety plan", "skills-building", "rationale-explained"],
		"notDone": [{"practice": "peer support", "reason": "declined"}],
		"careLanguages": ["es"],
		"readiness": [{"signal": "safety plan", "met": "yes"}],
		"work": [{"phase": "stabilization", "status": "completed", "sessions": 4}, {"modality": "cpt", "status": "in-progress"}]
	}`)
	var p ti.Plan
	if err := validation.Decode(data, &p); err != nil {
		fmt.Println(err)
		return
	}
	report, err := ti.Audit(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("gaps:", len(report.Gaps), "peer support not done:", report.Coverage[ti.PeerSupport-1].NotDone)
	issues, err := ti.CheckPhases(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, is := range issues {
		fmt.Println(is.Severity, is.Kind, is.Signals)
	}

	// A malformed plan: every problem at its JSON path, no input repeated.
	err = validation.Decode([]byte(`{"work":[{"status":"paused"}],"client":{"aceCount":"4"}}`), &p)
	var ve *validation.Error
	if errors.As(err, &ve) {
		for _, f := range ve.Fields {
			fmt.Println(f.Path)
		}
	}
	// Output:
	// gaps: 0 peer support not done: [peer-or-group-component]
	// info readiness-not-recorded [coping-skills-established no-acute-suicide-risk substance-use-stable]
	// client/aceCount
	// work/0/status
}

func ExampleClientOf() {
	ace := 3
	in := assessment.Intake{
		Trauma:       assessment.Trauma{Exposure: assessment.ExposureNo, ACECount: &ace},
		Languages:    []language.Tag{language.MustParse("pt-BR")},
		CultureNotes: []string{"…"},
	}
	c := ti.ClientOf(in)
	fmt.Println(c.Disclosure(), c.Languages, len(c.CultureNotes))
	// Output:
	// reported [pt-BR] 1
}

func ExampleLookupPractice() {
	for _, name := range []ti.PracticeID{"shared-decisions-recorded", "Shared decision making", "safety plan", "Peer support"} {
		p, ok := ti.LookupPractice(name)
		fmt.Println(ok, p.ID, p.Principles)
	}
	// Output:
	// true shared-decisions-recorded [collaboration-and-mutuality empowerment-voice-and-choice]
	// true shared-decisions-recorded [collaboration-and-mutuality empowerment-voice-and-choice]
	// true safety-plan-with-client [safety collaboration-and-mutuality]
	// true peer-or-group-component [peer-support]
}

// A practice the client was offered and declined, or one not suited to the
// client's age, closes the gap its absence would open.
func ExampleCatalog_Audit_notDone() {
	p := ti.Plan{
		Practices: []ti.PracticeID{ti.PracticeSafetyPlan, ti.PracticeRationale, ti.PracticeSkills, ti.PracticeClinicianGender},
		NotDone:   []ti.NotDone{{Practice: ti.PracticePeerGroup, Reason: ti.NotSuitedToAge}},
	}
	r, err := ti.Builtin().Audit(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	peer := r.Coverage[ti.PeerSupport-1]
	fmt.Println(peer.Covered(), peer.Addressed(), peer.NotDone, len(r.Gaps))
	// Output:
	// false true [peer-or-group-component] 0
}

// A host with its own modalities passes its modality catalog.
func ExampleWithModalities() {
	b := modality.Builtin()
	own, _ := b.Lookup("cpt")
	own.ID, own.Name = "clinic-trauma-program", "Clinic trauma program"
	mods, err := modality.NewCatalog(modality.Contents{
		Orientations: b.Orientations(), Techniques: b.Techniques(), Modalities: append(b.All(), own),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	w := ti.Work{Modality: "clinic-trauma-program", Status: ti.WorkPlanned}
	fmt.Println(ti.PhaseOf(w), ti.PhaseOf(w, ti.WithModalities(mods)))
	// Output:
	// unknown processing
}
