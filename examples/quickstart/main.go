// Command quickstart checks sample client A's whole integrated plan and
// prints what a clinician would read: the intake's instruments scored, with
// their bands, screens and flags, then the plan check's findings grouped by
// severity, each with why it matters, what to consider and its sources.
//
// The client is fictional (sample client A: a 42-year-old veteran who
// prefers Spanish, with PTSD, alcohol use disorder, depression and
// insomnia). His plan combines sertraline, naltrexone and prazosin; CPT
// after four sessions of stabilization, CBT-I, motivational interviewing and
// a veterans' peer group in an assimilative, cognitive-behavioral plan; a
// team of a psychiatric nurse practitioner, a psychologist, an addiction
// counselor and a peer specialist; and goals in his own words.
//
//	go run ./examples/quickstart
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/sample"
	"github.com/wholeperson/integrative/medication"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	data, ok := sample.Plan("client-a")
	if !ok {
		return errors.New("sample plan missing")
	}
	plan, err := integrative.DecodePlan(data)
	if err != nil {
		return err
	}
	in := plan.Intake
	results, err := assessment.ScoreIntake(in)
	if err != nil {
		return err
	}
	p := &printer{w: w}
	p.line("Sample client A (fictional): age %d, %s, prefers %s; intake of %s",
		in.Client.Age, in.Client.Sex, languages(in.Languages), in.Date)
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
	p.line("Client's goals, in his words")
	for _, g := range in.Goals {
		p.line("  %q", g)
	}
	if len(p.sources) > 0 {
		p.line("")
		p.line("Instrument sources")
		for i, s := range p.sources {
			p.line("  [%d] %s", i+1, s)
		}
	}
	if p.err != nil {
		return p.err
	}

	report, err := integrative.Check(plan)
	if err != nil {
		return err
	}
	p.line("")
	p.line("The integrated plan, checked")
	p.line("")
	if p.err != nil {
		return p.err
	}
	if err := report.WriteText(w); err != nil {
		return err
	}

	// What the check would add if lorazepam were prescribed for sleep.
	changed := plan
	changed.Medication.Prescriptions = append(slices.Clone(plan.Medication.Prescriptions), integrative.Prescription{
		Key: "rx-lorazepam", Prescriber: "np",
		Prescription: medication.Prescription{
			Agent: "lorazepam", Dose: medication.Dose{Amount: 1, Unit: medication.UnitMg},
			Frequency: medication.AtBedtime, Start: plan.AsOf,
		},
	})
	after, err := integrative.Check(changed)
	if err != nil {
		return err
	}
	p.line("")
	p.line("If lorazepam 1 mg at bedtime were added for sleep, the check would add:")
	for _, f := range after.Findings {
		if !slices.ContainsFunc(report.Findings, func(g integrative.Finding) bool { return g.Rule == f.Rule && g.Subject == f.Subject }) {
			p.line("  %-8s [%s] %s", f.Severity, f.Rule, f.Message())
		}
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
