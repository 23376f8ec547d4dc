// Command quickstart scores a sample whole-person intake and prints, for a
// clinician, each instrument's score, band, screen and flags, the next
// instruments the screens call for, and which intake domains were covered.
//
// The client is fictional (sample client A: a 42-year-old veteran who
// prefers Spanish, with trauma, alcohol use, depression and insomnia).
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// sampleIntake is sample client A's intake (see the README): PC-PTSD-5 4/5,
// PCL-5 48, PHQ-9 14 with item 9 = 0, AUDIT-C 8, AUDIT 18.
func sampleIntake() assessment.Intake {
	d := assessment.MustDate(2026, time.January, 5)
	return assessment.Intake{
		Date:   d,
		Client: assessment.Client{Age: 42, Sex: assessment.SexMale},
		Domains: map[assessment.DomainID]assessment.DomainStatus{
			assessment.DomainPresenting:    assessment.Assessed,
			assessment.DomainPsychiatric:   assessment.Assessed,
			assessment.DomainMedical:       assessment.Assessed,
			assessment.DomainMedications:   assessment.Assessed,
			assessment.DomainSupplements:   assessment.Assessed,
			assessment.DomainSubstances:    assessment.Assessed,
			assessment.DomainTrauma:        assessment.Assessed,
			assessment.DomainSleep:         assessment.Assessed,
			assessment.DomainMovement:      assessment.Assessed,
			assessment.DomainRelationships: assessment.Assessed,
			assessment.DomainMeaning:       assessment.Assessed,
			assessment.DomainStrengths:     assessment.Assessed,
			assessment.DomainRisk:          assessment.Assessed,
			assessment.DomainCulture:       assessment.Assessed,
			assessment.DomainGoals:         assessment.Assessed,
			assessment.DomainNutrition:     assessment.Declined,
		},
		Conditions: []assessment.Condition{
			{Code: "F43.10", Status: assessment.Confirmed},
			{Code: "F10.20", Status: assessment.Confirmed, Severity: assessment.SeverityModerate},
			{Code: "F32.1", Status: assessment.Confirmed},
			{Code: "G47.00", Status: assessment.Confirmed},
		},
		Responses: []assessment.Response{
			{Instrument: assessment.PCPTSD5, Date: d, Answers: []assessment.Answer{
				{Item: "exposure", Value: 1}, {Item: "1", Value: 1}, {Item: "2", Value: 1},
				{Item: "3", Value: 1}, {Item: "4", Value: 1}, {Item: "5", Value: 0}}},
			{Instrument: assessment.PCL5, Date: d, Answers: assessment.Values(
				3, 3, 2, 3, 3, 2, 3, 2, 3, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 3)},
			{Instrument: assessment.PHQ9, Date: d, Answers: assessment.Values(2, 2, 3, 2, 1, 2, 1, 1, 0)},
			{Instrument: assessment.AUDITC, Date: d, Answers: assessment.Values(4, 2, 2)},
			{Instrument: assessment.AUDIT, Date: d, Answers: assessment.Values(4, 2, 2, 2, 1, 1, 3, 1, 0, 2)},
		},
		Sleep:       assessment.Sleep{HoursPerNight: new(4.0), Quality: assessment.Poor, Insomnia: assessment.Yes, Nightmares: assessment.Yes},
		Movement:    assessment.Movement{DaysPerWeek: new(7), Activities: []string{"walks the dog daily"}},
		Supplements: []assessment.SupplementUse{{Name: "melatonin", Schedule: "nightly", SelfStarted: assessment.Yes}},
		Substances:  []assessment.SubstanceUse{{Substance: "alcohol", Frequency: assessment.Daily, LastUse: d.AddDays(-1)}},
		Trauma:      assessment.Trauma{Exposure: assessment.ExposureYes, ACECount: new(4)},
		Meaning: assessment.Meaning{
			Sources:  []string{"his two children", "coaching youth football"},
			Barriers: []string{"stopped coaching a year ago"},
		},
		Strengths:    []string{"humour", "loyalty", "a sister he trusts"},
		Languages:    []language.Tag{language.Spanish, language.English},
		CultureNotes: []string{"veteran"},
		Goals:        []string{"sleep through the night", "be there for my kids", "stop needing a drink to sleep"},
		Preferences:  assessment.Preferences{Medication: assessment.Open, Therapy: assessment.Open},
	}
}

func run(w io.Writer) error {
	in := sampleIntake()
	results, err := assessment.ScoreIntake(in)
	if err != nil {
		return err
	}
	p := &printer{w: w}
	p.line("Whole-person intake of %s (sample client A, fictional): age %d, %s, prefers %s",
		in.Date, in.Client.Age, in.Client.Sex, languages(in.Languages))
	p.line("")
	p.line("Diagnoses")
	for _, c := range in.Conditions {
		var groups []string
		for _, g := range c.Groups() {
			if info, ok := assessment.LookupGroup(g); ok {
				groups = append(groups, info.Title)
			}
		}
		p.line("  %-7s %-11s %s", c.Code, c.Status, strings.Join(groups, "; "))
	}
	p.line("")
	p.line("Instruments")
	for _, r := range results {
		if err := p.result(r, in.Client.Sex); err != nil {
			return err
		}
	}
	p.line("")
	p.line("Next instruments")
	steps := assessment.NextSteps(results)
	if len(steps) == 0 {
		p.line("  None: each positive screen was followed by its full instrument.")
	}
	for _, s := range steps {
		p.line("  %s, because %s was %s on %s.", s.To, s.From, s.Trigger.Screen, s.Trigger.Date)
		p.line("    %s", s.Reason)
		p.cite(s.Sources)
	}
	p.line("")
	p.line("Whole-person domains")
	byStatus := map[assessment.DomainStatus][]string{}
	for _, d := range assessment.Domains() {
		s := in.Status(d.ID)
		byStatus[s] = append(byStatus[s], d.Title)
	}
	for _, s := range []assessment.DomainStatus{assessment.Assessed, assessment.Declined, assessment.NotAssessed} {
		if len(byStatus[s]) > 0 {
			p.line("  %s: %s", strings.ReplaceAll(s.String(), "-", " "), strings.Join(byStatus[s], "; "))
		}
	}
	if body, ok := assessment.LookupDomain(assessment.DomainBody); ok && in.Status(body.ID) == assessment.NotAssessed {
		p.line("  To ask next time (%s): %s", strings.ToLower(body.Title), body.Questions[0])
	}
	p.line("")
	p.line("Client's goals, in his words")
	for _, g := range in.Goals {
		p.line("  %q", g)
	}
	p.line("")
	p.line("Sources")
	for i, s := range p.sources {
		p.line("  [%d] %s", i+1, s)
	}
	return p.err
}

type printer struct {
	w       io.Writer
	err     error
	sources []evidence.Source
}

func (p *printer) line(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format+"\n", args...)
	}
}

// cite prints the reference numbers of sources, numbering new ones.
func (p *printer) cite(sources []evidence.Source) {
	var refs []string
	for _, s := range sources {
		n := 0
		for i, seen := range p.sources {
			if seen == s {
				n = i + 1
			}
		}
		if n == 0 {
			p.sources = append(p.sources, s)
			n = len(p.sources)
		}
		refs = append(refs, fmt.Sprintf("[%d]", n))
	}
	p.line("    Sources: %s", strings.Join(refs, " "))
}

func (p *printer) result(r assessment.Result, sex assessment.Sex) error {
	in, ok := assessment.LookupInstrument(r.Instrument)
	if !ok {
		return fmt.Errorf("unknown instrument %s", r.Instrument)
	}
	p.line("  %s, %s, %s", in.Abbrev, in.Name, r.Date)
	score := fmt.Sprintf("%s %d of %d", in.TotalLabel, r.Total, r.Max)
	if r.Band.Label != "" {
		score += "; " + r.Band.Label
	}
	if r.Screen != assessment.ScreenNone {
		score += fmt.Sprintf("; screen %s (%s)", r.Screen, cutoff(in.Cutoff, sex))
	}
	p.line("    %s", score)
	if len(r.Subscales) > 0 {
		var parts []string
		for _, s := range r.Subscales {
			parts = append(parts, fmt.Sprintf("%s %d/%d", s.ID, s.Score, s.Max))
		}
		p.line("    Clusters: %s", strings.Join(parts, ", "))
	}
	for i, c := range r.Criteria {
		verdict := "not met"
		if c.Met {
			verdict = "met"
		}
		p.line("    %s: %s", in.Criteria[i].Name, verdict)
	}
	var sources []evidence.Source
	sources = append(sources, in.BandSources...)
	sources = append(sources, in.Cutoff.Sources...)
	p.cite(sources)
	for _, f := range r.Flags {
		p.line("    FLAG (%s) %s, item %s: %s", f.Urgency, f.ID, strings.Join(f.Items, ", "), f.Reason)
		p.line("      Action: %s", f.Action)
		p.cite(f.Sources)
	}
	return nil
}

func cutoff(c assessment.Cutoff, sex assessment.Sex) string {
	switch {
	case c.Max != 0:
		return fmt.Sprintf("positive at %d or below", c.Max)
	case c.Female != 0 && sex == assessment.SexFemale:
		return fmt.Sprintf("cut-off %d for women", c.Female)
	case c.Male != 0 && sex == assessment.SexMale:
		return fmt.Sprintf("cut-off %d for men", c.Male)
	case c.Female != 0:
		return fmt.Sprintf("cut-offs %d for women, %d for men", c.Female, c.Male)
	}
	return fmt.Sprintf("cut-off %d", c.Min)
}

func languages(tags []language.Tag) string {
	var names []string
	for _, t := range tags {
		names = append(names, display.English.Tags().Name(t))
	}
	return strings.Join(names, ", then ")
}
