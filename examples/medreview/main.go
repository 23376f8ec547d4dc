// Command medreview reviews three sample regimens the way a prescriber
// would want them reviewed: interactions between everything taken
// (prescribed drugs, a supplement bought without a prescription, alcohol),
// monitoring due or overdue, doses, and cautions for the person's
// conditions. Orders are read as a prescriber types them
// (medication.ParseOrder). Each finding is printed with its mechanism, what
// to do, its sources and, for an interaction, the label wording its grade
// rests on.
//
// The people are fictional sample clients: client D, 60, bipolar II on
// lithium and lamotrigine, taking ibuprofen and St John's wort; client A,
// 42, with PTSD, alcohol use disorder and depression, on sertraline,
// naltrexone and prazosin, taking melatonin he bought himself; and client
// F, 38, on methadone for opioid use disorder, to whom quetiapine was just
// added for sleep (a combination the quetiapine label says to avoid, and
// the methadone boxed warning names).
//
//	go run ./examples/medreview
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "medreview:", err)
		os.Exit(1)
	}
}

// asOf is the day of both reviews.
var asOf = assessment.MustDate(2026, time.November, 20)

// A sampleRx is a prescription as a host's record would hold it: the order
// as typed, not a catalog ID.
type sampleRx struct {
	order     string
	start     assessment.Date
	changes   []medication.DoseChange
	rationale string
}

type sample struct {
	label      string
	client     assessment.Client
	conditions []assessment.Condition
	intake     assessment.Intake // supplements and substances
	rx         []sampleRx
	monitoring []medication.MonitoringEvent
}

func samples() []sample {
	return []sample{
		{
			label:      "Client D: 60, bipolar II, euthymic",
			client:     assessment.Client{Age: 60, Sex: assessment.SexFemale, PregnancyPossible: assessment.No},
			conditions: []assessment.Condition{{Code: "F31.81", Status: assessment.Confirmed}, {Code: "E03.9", Status: assessment.Confirmed}},
			intake: assessment.Intake{Supplements: []assessment.SupplementUse{
				{Name: "St. John's Wort", Schedule: "daily", SelfStarted: assessment.Yes},
			}},
			rx: []sampleRx{
				{order: "Lithium carbonate 300 mg PO BID", start: assessment.MustDate(2025, time.September, 20)},
				{order: "Lamictal 200mg daily", start: assessment.MustDate(2024, time.March, 1)},
				{order: "Advil 400 mg TID PRN knee pain", start: assessment.MustDate(2026, time.June, 1)},
				{order: "levothyroxine 75 mcg daily", start: assessment.MustDate(2019, time.May, 1)},
			},
			monitoring: []medication.MonitoringEvent{
				{Test: medication.TestLithiumLevel, Date: assessment.MustDate(2026, time.April, 20)},
				{Test: medication.TestRenalFunction, Date: assessment.MustDate(2026, time.April, 20)},
				{Test: medication.TestThyroidFunction, Date: assessment.MustDate(2026, time.April, 20)},
			},
		},
		{
			label:  "Client A: 42, PTSD, alcohol use disorder, major depression",
			client: assessment.Client{Age: 42, Sex: assessment.SexMale},
			conditions: []assessment.Condition{
				{Code: "F43.10", Status: assessment.Confirmed},
				{Code: "F10.20", Status: assessment.Confirmed, Severity: assessment.SeverityModerate},
				{Code: "F32.1", Status: assessment.Confirmed},
				{Code: "G47.00", Status: assessment.Confirmed},
			},
			intake: assessment.Intake{
				Supplements: []assessment.SupplementUse{{Name: "Melatonin", Schedule: "nightly", SelfStarted: assessment.Yes}},
				Substances:  []assessment.SubstanceUse{{Substance: "alcohol", Frequency: assessment.Daily, LastUse: assessment.MustDate(2026, time.November, 18)}},
			},
			rx: []sampleRx{
				{order: "Zoloft 50 mg daily", start: assessment.MustDate(2026, time.November, 2),
					changes: []medication.DoseChange{{Date: assessment.MustDate(2026, time.November, 16), Dose: medication.Dose{Amount: 100, Unit: medication.UnitMg}}}},
				{order: "naltrexone 50 mg daily", start: assessment.MustDate(2026, time.November, 2)},
				{order: "prazosin 1 mg qhs", start: assessment.MustDate(2026, time.November, 2)},
			},
			monitoring: []medication.MonitoringEvent{
				{Test: medication.TestFollowUp, Date: assessment.MustDate(2026, time.November, 12)},
			},
		},
		{
			label:  "Client F: 38, opioid use disorder on methadone, insomnia",
			client: assessment.Client{Age: 38, Sex: assessment.SexFemale, PregnancyPossible: assessment.No},
			conditions: []assessment.Condition{
				{Code: "F11.20", Status: assessment.Confirmed},
				{Code: "G47.00", Status: assessment.Confirmed},
			},
			intake: assessment.Intake{
				Substances: []assessment.SubstanceUse{{Substance: "EtOH", Frequency: assessment.Monthly, LastUse: assessment.MustDate(2026, time.November, 8)}},
			},
			rx: []sampleRx{
				{order: "methadone 80 mg PO daily", start: assessment.MustDate(2025, time.January, 15)},
				{order: "Seroquel 50mg qhs", start: assessment.MustDate(2026, time.November, 16)},
			},
		},
	}
}

func run(w io.Writer) error {
	fmt.Fprintf(w, "Medication review as of %s (catalog %s)\n", asOf, medication.CatalogVersion)
	for _, s := range samples() {
		if err := review(w, s); err != nil {
			return err
		}
	}
	return nil
}

func review(w io.Writer, s sample) error {
	fmt.Fprintf(w, "\n%s\n%s\n", s.label, strings.Repeat("=", len(s.label)))
	reg, err := medication.FromIntake(s.intake)
	if err != nil {
		return err
	}
	var notScreened []string
	for _, p := range s.rx {
		order, err := medication.ParseOrder(p.order)
		var unknown *medication.UnknownNameError
		if errors.As(err, &unknown) {
			notScreened = append(notScreened, p.order)
			continue
		}
		if err != nil {
			return err
		}
		rx := order.Prescription(p.start)
		rx.Changes, rx.Rationale = p.changes, p.rationale
		reg.Prescriptions = append(reg.Prescriptions, rx)
	}
	reg.Monitoring = s.monitoring
	printRegimen(w, reg)
	if len(notScreened) > 0 {
		fmt.Fprintf(w, "Not in the catalog, not screened: %s\n", strings.Join(notScreened, ", "))
	}
	concerns, err := medication.Review(reg, medication.Context{AsOf: asOf, Client: s.client, Conditions: s.conditions})
	if err != nil {
		return err
	}
	if len(concerns) == 0 {
		fmt.Fprintln(w, "\nNothing to flag.")
		return nil
	}
	if len(concerns) == 1 {
		fmt.Fprintln(w, "\n1 finding:")
	} else {
		fmt.Fprintf(w, "\n%d findings, most urgent first:\n", len(concerns))
	}
	for i, c := range concerns {
		printConcern(w, i+1, c)
	}
	return nil
}

func name(id medication.AgentID) string {
	a, ok := medication.Lookup(id)
	if !ok {
		return string(id)
	}
	return a.Name
}

func printRegimen(w io.Writer, r medication.Regimen) {
	fmt.Fprintln(w, "Taking:")
	for _, p := range r.Prescriptions {
		dose, since := p.Dose, p.Start
		if n := len(p.Changes); n > 0 {
			dose, since = p.Changes[n-1].Dose, p.Changes[n-1].Date
		}
		prn := ""
		if p.AsNeeded {
			prn = ", as needed"
		}
		fmt.Fprintf(w, "  - %s %s %s %s%s (since %s)\n", name(p.Agent), num(dose.Amount), dose.Unit, p.Frequency, prn, since)
	}
	for _, u := range r.Supplements {
		self := ""
		if u.SelfStarted == assessment.Yes {
			self = ", self-started"
		}
		fmt.Fprintf(w, "  - %s (supplement%s)\n", name(u.Agent), self)
	}
	for _, u := range r.Substances {
		fmt.Fprintf(w, "  - %s (%s)\n", name(u.Agent), u.Frequency)
	}
}

func printConcern(w io.Writer, n int, c medication.Concern) {
	names := make([]string, len(c.Agents))
	for i, id := range c.Agents {
		names[i] = name(id)
	}
	fmt.Fprintf(w, "\n%d. [%s] %s: %s\n", n, strings.ToUpper(c.Severity.String()), c.Title, strings.Join(names, " + "))
	if facts := detail(c); facts != "" {
		fmt.Fprintf(w, "   %s\n", facts)
	}
	wrap(w, "Why: ", c.Mechanism)
	wrap(w, "Do: ", c.Advice)
	if r, ok := medication.LookupRule(c.Rule); ok && c.Kind == medication.ConcernInteraction {
		wrap(w, "Graded "+c.Severity.String()+" because: ", "("+c.Basis.String()+") "+r.Wording)
	}
	fmt.Fprintf(w, "   Evidence: %s\n", c.Strength)
	for _, s := range c.Sources {
		wrap(w, "Source: ", s.String())
	}
}

// detail describes the values that triggered a concern.
func detail(c medication.Concern) string {
	d := c.Detail
	var parts []string
	if d.ONC > 0 {
		parts = append(parts, "ONC high-priority pair "+strconv.Itoa(d.ONC))
	}
	if d.Test.Valid() {
		t := d.Test.String() + " due " + d.Due.String()
		if !d.Last.IsZero() {
			t += ", last " + d.Last.String()
		}
		if !d.Planned.IsZero() {
			t += ", planned " + d.Planned.String()
		}
		parts = append(parts, t)
	}
	if d.DailyDose > 0 {
		parts = append(parts, "daily dose "+num(d.DailyDose)+" mg, limit "+num(d.Limit)+" mg")
	}
	if d.Group != "" {
		if g, ok := assessment.LookupGroup(d.Group); ok {
			parts = append(parts, "condition: "+g.Title)
		}
	}
	return strings.Join(parts, "; ")
}

func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// wrap prints text after a label, wrapped at 78 columns and indented.
func wrap(w io.Writer, label, text string) {
	const width = 78
	line := "   " + label
	indent := strings.Repeat(" ", len(line))
	for _, word := range strings.Fields(text) {
		if len(line)+1+len(word) > width && strings.TrimSpace(line) != strings.TrimSpace(label) {
			fmt.Fprintln(w, line)
			line = indent + word
			continue
		}
		if strings.HasSuffix(line, " ") {
			line += word
		} else {
			line += " " + word
		}
	}
	fmt.Fprintln(w, line)
}
