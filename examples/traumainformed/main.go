// Command traumainformed reviews two fictional treatment plans through the
// trauma-informed lens: an audit against SAMHSA's six principles, the
// sequence of phase-oriented trauma care, and stigmatizing language in a
// draft letter to the client. The clients are fictional and carry no
// identifiers.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/modality"
	ti "github.com/wholeperson/integrative/traumainformed"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "traumainformed:", err)
		os.Exit(1)
	}
}

// A sample is one fictional client's plan.
type sample struct {
	title  string
	about  string
	plan   ti.Plan
	letter string
}

func intPtr(n int) *int { return &n }

func samples() []sample {
	clientA := assessment.Intake{
		Trauma:       assessment.Trauma{Exposure: assessment.ExposureYes, ACECount: intPtr(4)},
		Languages:    []language.Tag{language.Spanish, language.English},
		CultureNotes: []string{"Military service shapes how he understands what he is going through."},
	}
	planA := ti.Plan{
		Client: ti.ClientOf(clientA),
		Practices: []ti.PracticeID{
			ti.PracticeConsent, ti.PracticeRationale, ti.PracticeSharedDecision, ti.PracticePeerGroup,
			ti.PracticeSkills, ti.PracticeSafetyPlan, ti.PracticeGoals, ti.PracticeStrengths,
		},
		CareLanguages:     []language.Tag{language.Spanish},
		MaterialLanguages: []language.Tag{language.Spanish, language.English},
		Readiness: []ti.SignalStatus{
			{Signal: ti.SignalSafetyPlan, Met: assessment.Yes},
			{Signal: ti.SignalCopingSkills, Met: assessment.Yes},
			{Signal: ti.SignalNoAcuteRisk, Met: assessment.Yes},
			{Signal: ti.SignalSubstanceStable, Met: assessment.Yes},
		},
		Work: []ti.Work{
			{Phase: modality.Stabilization, Status: ti.WorkCompleted, Sessions: 4},
			{Modality: "cpt", Status: ti.WorkPlanned},
		},
	}

	clientB := assessment.Intake{
		Trauma:    assessment.Trauma{Exposure: assessment.ExposureDeclined},
		Languages: []language.Tag{language.English},
	}
	planB := ti.Plan{
		Client:            ti.ClientOf(clientB),
		Practices:         []ti.PracticeID{ti.PracticeRationale, ti.PracticePredictable},
		CareLanguages:     []language.Tag{language.English},
		MaterialLanguages: []language.Tag{language.English},
		Readiness: []ti.SignalStatus{
			{Signal: ti.SignalSafetyPlan, Met: assessment.No},
			{Signal: ti.SignalNoAcuteRisk, Met: assessment.Yes},
			{Signal: ti.SignalSubstanceStable, Met: assessment.No},
		},
		Work: []ti.Work{
			{Modality: "pe", Status: ti.WorkPlanned},
			{Phase: modality.Stabilization, Status: ti.WorkPlanned},
		},
	}
	planBLater := planB
	planBLater.Readiness = []ti.SignalStatus{
		{Signal: ti.SignalSafetyPlan, Met: assessment.Yes},
		{Signal: ti.SignalCopingSkills, Met: assessment.Yes},
		{Signal: ti.SignalNoAcuteRisk, Met: assessment.No},
		{Signal: ti.SignalSubstanceStable, Met: assessment.Yes},
	}
	planBLater.Work = []ti.Work{
		{Phase: modality.Stabilization, Status: ti.WorkCompleted, Sessions: 3},
		{Modality: "pe", Status: ti.WorkActive},
	}
	planBLater.Destabilized = assessment.Yes
	// The client was offered a peer group and chose not to join; a plan
	// may name practices by their aliases.
	planBLater.NotDone = []ti.NotDone{{Practice: "peer support group", Reason: ti.Declined}}

	return []sample{
		{
			title: "Case 1: Client A, trauma-focused therapy after stabilization",
			about: "Adult veteran, prefers Spanish and also reads English, ACE count 4, trauma exposure reported.",
			plan:  planA,
			letter: "Gracias por venir. We will start Cognitive Processing Therapy next week, after the four " +
				"sessions on skills and your safety plan. Your sister is welcome at the family session.",
		},
		{
			title: "Case 2: trauma processing scheduled before stabilization",
			about: "Adult, English, chose not to discuss trauma at intake, drinking daily; prolonged exposure is scheduled first.",
			plan:  planB,
			letter: "As an alcoholic you were non-compliant with the plan, so we will start prolonged exposure now " +
				"and add skills sessions later. Non-alcoholic drinks are fine.",
		},
		{
			title: "Case 2, eight weeks later: the client destabilized during prolonged exposure",
			about: "A new crisis with acute suicide risk; prolonged exposure is still active and no stabilization work is planned. " +
				"The client was offered a peer group and declined it.",
			plan: planBLater,
		},
	}
}

// refs numbers the sources cited in the output.
type refs struct {
	list  []evidence.Source
	index map[string]int
}

func (r *refs) cite(sources ...evidence.Source) string {
	var nums []string
	for _, s := range sources {
		key := s.String()
		n, ok := r.index[key]
		if !ok {
			r.list = append(r.list, s)
			n = len(r.list)
			r.index[key] = n
		}
		nums = append(nums, fmt.Sprint(n))
	}
	return "[" + strings.Join(nums, ", ") + "]"
}

func run(w io.Writer) error {
	r := &refs{index: map[string]int{}}
	var b strings.Builder
	fmt.Fprintf(&b, "Trauma-informed review of three fictional plans (catalog %s)\n", ti.CatalogVersion)
	fmt.Fprintln(&b, "Decision support: each item shows its basis and sources for the clinician to review.")
	for _, s := range samples() {
		fmt.Fprintf(&b, "\n%s\n%s\n%s\n", s.title, strings.Repeat("=", len(s.title)), s.about)
		if err := audit(&b, r, s); err != nil {
			return err
		}
		if err := phases(&b, r, s.plan); err != nil {
			return err
		}
		if s.letter != "" {
			words(&b, r, s.letter)
		}
	}
	fmt.Fprintln(&b, "\nSources")
	for i, s := range r.list {
		fmt.Fprintf(&b, "  [%d] %s\n", i+1, s)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func practiceTitles(ids []ti.PracticeID) string {
	var out []string
	for _, id := range ids {
		if p, ok := ti.LookupPractice(id); ok {
			out = append(out, p.Title)
		}
	}
	return strings.Join(out, "; ")
}

// notDoneReasons lists the reasons the plan gives for not doing ids.
func notDoneReasons(p ti.Plan, ids []ti.PracticeID) string {
	var out []string
	for _, nd := range p.NotDone {
		if pr, ok := ti.LookupPractice(nd.Practice); ok && slices.Contains(ids, pr.ID) {
			out = append(out, nd.Reason.String())
		}
	}
	return strings.Join(out, ", ")
}

func audit(b *strings.Builder, r *refs, s sample) error {
	report, err := ti.Audit(s.plan)
	if err != nil {
		return err
	}
	fmt.Fprintf(b, "\nPrinciples (trauma disclosure: %s)\n", report.Disclosure)
	for _, c := range report.Coverage {
		p, _ := ti.LookupPrinciple(c.Principle)
		status := "not covered"
		switch {
		case c.Covered():
			status = practiceTitles(c.Practices)
		case c.Addressed():
			status = "not done, " + notDoneReasons(s.plan, c.NotDone) + ": " + practiceTitles(c.NotDone)
		}
		fmt.Fprintf(b, "  %-40s %s\n", p.Name, status)
	}
	if len(report.Gaps) == 0 {
		fmt.Fprintln(b, "Gaps: none.")
		return nil
	}
	fmt.Fprintln(b, "Gaps")
	for _, g := range report.Gaps {
		p, _ := ti.LookupPrinciple(g.Principle)
		fmt.Fprintf(b, "  - %s (%s, %s evidence): %s\n", strings.ToUpper(g.Severity.String()), p.Name, g.Strength, g.Kind)
		if g.Kind == ti.GapCareLanguage || g.Kind == ti.GapMaterialsLanguage {
			fmt.Fprintf(b, "    Preferred language: %s\n", display.English.Tags().Name(g.Language))
		}
		fmt.Fprintf(b, "    Why: %s\n", g.Why)
		fmt.Fprintf(b, "    Add: %s\n", g.Action)
		fmt.Fprintf(b, "    Practices: %s\n", practiceTitles(g.Add))
		fmt.Fprintf(b, "    Sources: %s\n", r.cite(g.Sources...))
	}
	return nil
}

func phases(b *strings.Builder, r *refs, p ti.Plan) error {
	issues, err := ti.CheckPhases(p)
	if err != nil {
		return err
	}
	fmt.Fprintln(b, "Phase-oriented care")
	for i, w := range p.Work {
		name := "generic sessions"
		if m, ok := modality.Lookup(w.Modality); ok {
			name = m.Name
		}
		sessions := ""
		if w.Sessions > 0 {
			sessions = fmt.Sprintf(", %d sessions", w.Sessions)
		}
		fmt.Fprintf(b, "  %d. %s: %s (%s%s)\n", i+1, ti.PhaseOf(w), name, w.Status, sessions)
	}
	if len(issues) == 0 {
		fmt.Fprintln(b, "  No issues: trauma processing follows the readiness the plan records.")
		return nil
	}
	for _, is := range issues {
		fmt.Fprintf(b, "  - %s: %s\n", strings.ToUpper(is.Severity.String()), is.Kind)
		fmt.Fprintf(b, "    Why: %s\n", is.Why)
		fmt.Fprintf(b, "    Consider: %s\n", is.Action)
		fmt.Fprintf(b, "    For sequencing: %s  Against requiring it: %s\n", r.cite(is.Supporting...), r.cite(is.Contesting...))
	}
	return nil
}

func words(b *strings.Builder, r *refs, letter string) {
	fmt.Fprintln(b, "Draft letter to the client")
	matches := ti.CheckLanguage(letter)
	if len(matches) == 0 {
		fmt.Fprintln(b, "  No stigmatizing terms found.")
		return
	}
	for _, m := range matches {
		t, _ := ti.LookupTerm(m.Term)
		fmt.Fprintf(b, "  - \"%s\" at bytes %d-%d: use \"%s\" instead. %s %s\n",
			letter[m.Start:m.End], m.Start, m.End, strings.Join(t.Instead, `" or "`), t.Why, r.cite(t.Sources...))
	}
}
