package medication

import (
	"math"
	"slices"
	"strings"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// A Regimen is everything a person takes and what has been done about it:
// prescriptions, supplements, substances, adherence reports, side effects,
// education given, and monitoring done or planned. It holds no identifiers.
// Free-text fields are kept as given and never repeated in errors.
type Regimen struct {
	Prescriptions []Prescription `json:"prescriptions,omitempty"`
	// Supplements are herbs and supplements taken (see [FromIntake]).
	Supplements []Use `json:"supplements,omitempty"`
	// Substances are alcohol, tobacco, cannabis, illicit drugs and
	// medicines taken without a prescription (see [FromIntake]).
	Substances  []Use             `json:"substances,omitempty"`
	Adherence   []AdherenceReport `json:"adherence,omitempty"`
	SideEffects []SideEffect      `json:"sideEffects,omitempty"`
	Education   []Education       `json:"education,omitempty"`
	// Monitoring is tests and follow-ups, done or planned.
	Monitoring []MonitoringEvent `json:"monitoring,omitempty"`
}

// A Dose is an amount and its unit.
type Dose struct {
	Amount float64 `json:"amount"`
	Unit   Unit    `json:"unit"`
}

// A Prescription is one drug prescribed over a period.
type Prescription struct {
	// Agent is the catalog ID; see [ResolveID] for names and codes and
	// [ParseOrder] for typed orders. Required.
	Agent AgentID `json:"agent"`
	// Dose is the amount given at each administration (or the delivery
	// rate of a patch). Optional: left out (zero), the dose checks report
	// that they did not run.
	Dose Dose `json:"dose,omitzero"`
	// Frequency is how often the dose is given; for an as-needed
	// prescription, the most frequent use allowed. Optional, like Dose;
	// unset for a [Product] with a labeled schedule, the product's.
	Frequency Frequency `json:"frequency,omitempty"`
	// Route and Release are optional; unset they are read as oral
	// immediate release (or as the product's release).
	Route   Route   `json:"route,omitempty"`
	Release Release `json:"release,omitempty"`
	// Product is the name of one of the agent's [Agent.Products] when the
	// prescription is for it (Aplenzin, Prozac Weekly); its labeled doses
	// then apply. Optional.
	Product string `json:"product,omitempty"`
	// AsNeeded marks a PRN prescription.
	AsNeeded bool `json:"asNeeded,omitempty"`
	// Start is the first day taken. It may not be after the evaluation
	// date. Optional: left out, the checks that count days (washouts,
	// monitoring, trial length) report that they did not run, and the
	// prescription counts as taken on the evaluation date unless stopped.
	Start assessment.Date `json:"start,omitzero"`
	// Stop is the end date, past or planned; zero while ongoing.
	Stop       assessment.Date `json:"stop,omitzero"`
	StopReason StopReason      `json:"stopReason,omitempty"`
	// Changes are later dose changes, in date order.
	Changes []DoseChange `json:"changes,omitempty"`
	// Rationale is the prescriber's stated reason for an unusual choice,
	// such as two drugs of one class during a cross-taper. When set, the
	// duplication check accepts the choice. Never echoed in errors.
	Rationale string `json:"rationale,omitempty"`
}

// A DoseChange is a new dose from a date on.
type DoseChange struct {
	Date assessment.Date `json:"date"`
	Dose Dose            `json:"dose"`
	// Frequency is the new frequency; unset keeps the previous one.
	Frequency Frequency `json:"frequency,omitempty"`
}

// A Use is a supplement or substance a person takes.
type Use struct {
	// Agent is the catalog ID. Required.
	Agent AgentID `json:"agent"`
	// Frequency is how often, in the NIDA Quick Screen categories.
	// Required for substances; optional for supplements.
	Frequency assessment.Frequency `json:"frequency,omitempty"`
	// LastUse is the day of last use, if known. A use last seen more than
	// [DefaultCurrentUseDays] (see [WithCurrentUseDays]) before the
	// evaluation date is not current.
	LastUse assessment.Date `json:"lastUse,omitzero"`
	// AbstinentSince is the first day of abstinence, if the person has
	// stopped; from that day on the use is not current. It may not be
	// after the evaluation date, nor on or before LastUse.
	AbstinentSince assessment.Date `json:"abstinentSince,omitzero"`
	// SelfStarted records that the person started it without a clinician.
	SelfStarted assessment.YesNo `json:"selfStarted,omitempty"`
}

// An AdherenceReport is what a person reported about taking a
// prescription on a day.
type AdherenceReport struct {
	// Prescription is the position of the prescription in the regimen.
	Prescription int             `json:"prescription"`
	Date         assessment.Date `json:"date"`
	Status       Adherence       `json:"status"`
}

// A SideEffect is a side effect the person reported.
type SideEffect struct {
	// Prescription is the position of the prescription it is attributed
	// to.
	Prescription int             `json:"prescription"`
	Date         assessment.Date `json:"date"`
	// Description is in the person's or clinician's words. Required.
	Description string `json:"description"`
}

// Education records what was taught and when.
type Education struct {
	Date assessment.Date `json:"date"`
	// Topic is in the clinician's words ("signs of lithium toxicity").
	// Required.
	Topic string `json:"topic"`
	// Agents are the agents it concerned, if any.
	Agents []AgentID `json:"agents,omitempty"`
}

// A MonitoringEvent is a test or follow-up, done or planned.
type MonitoringEvent struct {
	Test Test            `json:"test"`
	Date assessment.Date `json:"date"`
	// Planned marks a test or follow-up scheduled but not yet done. A done
	// event may not be after the evaluation date.
	Planned bool `json:"planned,omitempty"`
	// Prescription is the position of the prescription a follow-up or test
	// is for, if it is for one; a follow-up may not be dated before that
	// prescription's start.
	Prescription *int `json:"prescription,omitempty"`
}

// Limits on what a regimen may hold. A dose above MaxDoseAmount in any
// unit is not a dose but an entry error, and keeps every computed daily
// dose finite. The counts bound the work one review does; each is far
// above any real regimen.
const (
	MaxDoseAmount     = 1e6
	MaxPrescriptions  = 4096
	MaxUses           = 1024
	MaxRecords        = 16384
	MaxDoseChanges    = 1024
	maxEducationAgent = 64
)

// Validate checks the regimen against the built-in catalog as of the
// evaluation date; see [Catalog.ValidateRegimen].
func (r Regimen) Validate(asOf assessment.Date) error { return builtin().ValidateRegimen(r, asOf) }

// ValidateRegimen checks r as of the evaluation date asOf. It returns nil or
// a *[validation.Error] naming every problem, at paths named by the JSON
// fields: [ErrBadDate] at "asOf" when it is zero; [ErrTooMany] at a
// collection longer than its limit ([MaxPrescriptions], [MaxUses],
// [MaxRecords], [MaxDoseChanges]); for a prescription, [ErrRequired] or
// [ErrUnknownAgent] at "agent", [ErrBadDose] at "dose/amount" (negative,
// NaN, infinite, above [MaxDoseAmount], or zero with a unit),
// [ErrBadValue] at "dose/unit" for an amount without a valid unit,
// [ErrBadUnit] at "dose/unit" for a unit the agent or route cannot take,
// [ErrBadValue] for invalid enumerations and for a product the agent does
// not have, [ErrBadDate] at "start" when it is after asOf,
// [ErrStopBeforeStart] at "stop", [ErrDuplicate] at "agent" for a second
// prescription of the same agent over an overlapping period; for a dose
// change, the dose errors, [ErrBadDate] for a missing date or one after
// asOf, [ErrStopBeforeStart] for a date outside the prescription's period
// and [ErrDuplicate] for a date not after the previous change; for
// supplements and substances, [ErrRequired] or [ErrUnknownAgent] at
// "agent", [ErrDuplicate] for an agent listed twice, [ErrBadValue] for an
// invalid frequency (substances require one), [ErrBadDate] for a last use
// or abstinence date after asOf, or a last use on or after the abstinence
// date; [ErrBadReference] for adherence reports, side effects and
// monitoring events naming no prescription; [ErrRequired] for empty
// descriptions and topics; [ErrBadDate] for missing dates, and for
// reports, side effects, education and done monitoring dated after asOf;
// [ErrStopBeforeStart] for a follow-up dated before the start of the
// prescription it is for.
//
// Dose, frequency and start date may be left out of a prescription: the
// review then reports the checks that need them as not run.
func (c *Catalog) ValidateRegimen(r Regimen, asOf assessment.Date) error {
	var v validation.Collector
	c.validateRegimen(&v, "", &r, asOf)
	return v.Err()
}

// pathOf builds "<prefix>/<name>/<i>/<field>" only when a problem is
// reported, so a valid regimen costs no strings.
func pathOf(prefix, name string, i int, field string) string {
	return validation.Join(prefix, name, validation.Index(i), field)
}

func (c *Catalog) validateRegimen(v *validation.Collector, prefix string, r *Regimen, asOf assessment.Date) {
	if asOf.IsZero() {
		v.Add("asOf", ErrBadDate)
	}
	tooMany := func(name string, n, limit int) bool {
		if n > limit {
			v.Add(validation.Join(prefix, name), ErrTooMany)
			return true
		}
		return false
	}
	if tooMany("prescriptions", len(r.Prescriptions), MaxPrescriptions) ||
		tooMany("supplements", len(r.Supplements), MaxUses) ||
		tooMany("substances", len(r.Substances), MaxUses) ||
		tooMany("adherence", len(r.Adherence), MaxRecords) ||
		tooMany("sideEffects", len(r.SideEffects), MaxRecords) ||
		tooMany("education", len(r.Education), MaxRecords) ||
		tooMany("monitoring", len(r.Monitoring), MaxRecords) {
		return
	}
	for i := range r.Prescriptions {
		c.validatePrescription(v, prefix, i, &r.Prescriptions[i], asOf)
	}
	c.validateOverlaps(v, prefix, r.Prescriptions)
	c.validateUses(v, prefix, "supplements", r.Supplements, asOf, false)
	c.validateUses(v, prefix, "substances", r.Substances, asOf, true)
	n := len(r.Prescriptions)
	dated := func(name string, i int, d assessment.Date) {
		if d.IsZero() || (!asOf.IsZero() && d.After(asOf)) {
			v.Add(pathOf(prefix, name, i, "date"), ErrBadDate)
		}
	}
	for i, a := range r.Adherence {
		if a.Prescription < 0 || a.Prescription >= n {
			v.Add(pathOf(prefix, "adherence", i, "prescription"), ErrBadReference)
		}
		if !a.Status.Valid() {
			v.Add(pathOf(prefix, "adherence", i, "status"), ErrBadValue)
		}
		dated("adherence", i, a.Date)
	}
	for i, s := range r.SideEffects {
		if s.Prescription < 0 || s.Prescription >= n {
			v.Add(pathOf(prefix, "sideEffects", i, "prescription"), ErrBadReference)
		}
		if strings.TrimSpace(s.Description) == "" {
			v.Add(pathOf(prefix, "sideEffects", i, "description"), ErrRequired)
		}
		dated("sideEffects", i, s.Date)
	}
	for i, e := range r.Education {
		if strings.TrimSpace(e.Topic) == "" {
			v.Add(pathOf(prefix, "education", i, "topic"), ErrRequired)
		}
		dated("education", i, e.Date)
		if len(e.Agents) > maxEducationAgent {
			v.Add(pathOf(prefix, "education", i, "agents"), ErrTooMany)
			continue
		}
		for j, id := range e.Agents {
			if _, ok := c.index[id]; !ok {
				v.Add(validation.Join(pathOf(prefix, "education", i, "agents"), validation.Index(j)), ErrUnknownAgent)
			}
		}
	}
	for i, m := range r.Monitoring {
		if !m.Test.Valid() {
			v.Add(pathOf(prefix, "monitoring", i, "test"), ErrBadValue)
		}
		if m.Date.IsZero() || (!m.Planned && !asOf.IsZero() && m.Date.After(asOf)) {
			v.Add(pathOf(prefix, "monitoring", i, "date"), ErrBadDate)
		}
		if m.Prescription == nil {
			continue
		}
		k := *m.Prescription
		switch {
		case k < 0 || k >= n:
			v.Add(pathOf(prefix, "monitoring", i, "prescription"), ErrBadReference)
		case m.Test == TestFollowUp && !m.Date.IsZero() && !r.Prescriptions[k].Start.IsZero() && m.Date.Before(r.Prescriptions[k].Start):
			v.Add(pathOf(prefix, "monitoring", i, "date"), ErrStopBeforeStart)
		}
	}
}

func (c *Catalog) validatePrescription(v *validation.Collector, prefix string, i int, rx *Prescription, asOf assessment.Date) {
	path := func(field string) string { return pathOf(prefix, "prescriptions", i, field) }
	ai := -1
	switch {
	case rx.Agent == "":
		v.Add(path("agent"), ErrRequired)
	default:
		if k, ok := c.index[rx.Agent]; ok {
			ai = k
		} else {
			v.Add(path("agent"), ErrUnknownAgent)
		}
	}
	c.validateDose(v, path, "dose", rx.Dose, ai, rx.Route, true)
	if rx.Frequency != FrequencyUnknown && !rx.Frequency.Valid() {
		v.Add(path("frequency"), ErrBadValue)
	}
	if rx.Route != RouteUnknown && !rx.Route.Valid() {
		v.Add(path("route"), ErrBadValue)
	}
	if rx.Release != ReleaseUnknown && !rx.Release.Valid() {
		v.Add(path("release"), ErrBadValue)
	}
	if rx.StopReason != StopReasonUnknown && !rx.StopReason.Valid() {
		v.Add(path("stopReason"), ErrBadValue)
	}
	if rx.Product != "" && (ai < 0 || c.agent(ai).product(rx.Product) == nil) {
		v.Add(path("product"), ErrBadValue)
	}
	if !asOf.IsZero() && rx.Start.After(asOf) {
		v.Add(path("start"), ErrBadDate)
	}
	if !rx.Stop.IsZero() && !rx.Start.IsZero() && rx.Stop.Before(rx.Start) {
		v.Add(path("stop"), ErrStopBeforeStart)
	}
	if len(rx.Changes) > MaxDoseChanges {
		v.Add(path("changes"), ErrTooMany)
		return
	}
	var last assessment.Date
	for j := range rx.Changes {
		ch := &rx.Changes[j]
		cpath := func(field string) string {
			return validation.Join(path("changes"), validation.Index(j), field)
		}
		c.validateDose(v, cpath, "dose", ch.Dose, ai, rx.Route, false)
		if ch.Frequency != FrequencyUnknown && !ch.Frequency.Valid() {
			v.Add(cpath("frequency"), ErrBadValue)
		}
		switch {
		case ch.Date.IsZero() || (!asOf.IsZero() && ch.Date.After(asOf)):
			v.Add(cpath("date"), ErrBadDate)
		case (!rx.Start.IsZero() && ch.Date.Before(rx.Start)) || (!rx.Stop.IsZero() && ch.Date.After(rx.Stop)):
			v.Add(cpath("date"), ErrStopBeforeStart)
		case !last.IsZero() && !ch.Date.After(last):
			v.Add(cpath("date"), ErrDuplicate)
		}
		last = ch.Date
	}
}

// validateDose checks a dose; optional says whether it may be left out
// (zero amount and no unit).
func (c *Catalog) validateDose(v *validation.Collector, path func(string) string, field string, d Dose, agent int, route Route, optional bool) {
	if optional && d.Amount == 0 && d.Unit == UnitUnknown {
		return
	}
	if math.IsNaN(d.Amount) || math.IsInf(d.Amount, 0) || d.Amount <= 0 || d.Amount > MaxDoseAmount {
		v.Add(path(field+"/amount"), ErrBadDose)
	}
	switch {
	case !d.Unit.Valid():
		v.Add(path(field+"/unit"), ErrBadValue)
	case agent >= 0 && !c.agent(agent).allowsUnit(d.Unit):
		v.Add(path(field+"/unit"), ErrBadUnit)
	case d.Unit.rate() && route != RouteUnknown && route != RouteTransdermal:
		v.Add(path(field+"/unit"), ErrBadUnit)
	}
}

// validateOverlaps reports a second prescription of one agent over a
// period that overlaps another's. It sorts positions by agent and start,
// so the check is O(n log n).
func (c *Catalog) validateOverlaps(v *validation.Collector, prefix string, ps []Prescription) {
	if len(ps) < 2 {
		return
	}
	report := func(j int) { v.Add(pathOf(prefix, "prescriptions", j, "agent"), ErrDuplicate) }
	if len(ps) <= 16 {
		for i := range ps {
			for j := range i {
				if overlaps(&ps[j], &ps[i]) {
					report(i)
					break
				}
			}
		}
		return
	}
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := strings.Compare(string(ps[a].Agent), string(ps[b].Agent)); c != 0 {
			return c
		}
		if c := ps[a].Start.Compare(ps[b].Start); c != 0 {
			return c
		}
		return a - b
	})
	// Within one agent, sorted by start, a prescription overlaps an
	// earlier one exactly when it starts before the latest end so far.
	var flagged []int
	for k := 0; k < len(order); {
		agent := ps[order[k]].Agent
		open := false // the latest end so far is open-ended
		var end assessment.Date
		first := true
		for ; k < len(order) && ps[order[k]].Agent == agent; k++ {
			p := &ps[order[k]]
			if agent == "" || p.Start.IsZero() {
				continue
			}
			if !first && (open || end.After(p.Start)) {
				flagged = append(flagged, order[k])
			}
			first = false
			switch {
			case p.Stop.IsZero():
				open = true
			case p.Stop.After(end):
				end = p.Stop
			}
		}
	}
	slices.Sort(flagged)
	for _, j := range flagged {
		report(j)
	}
}

func (c *Catalog) validateUses(v *validation.Collector, prefix, name string, us []Use, asOf assessment.Date, substance bool) {
	for i, u := range us {
		path := func(field string) string { return pathOf(prefix, name, i, field) }
		switch {
		case u.Agent == "":
			v.Add(path("agent"), ErrRequired)
		default:
			if _, ok := c.index[u.Agent]; !ok {
				v.Add(path("agent"), ErrUnknownAgent)
			}
			for j := range i {
				if us[j].Agent == u.Agent {
					v.Add(path("agent"), ErrDuplicate)
					break
				}
			}
		}
		if (substance || u.Frequency != assessment.FrequencyUnknown) && !u.Frequency.Valid() {
			v.Add(path("frequency"), ErrBadValue)
		}
		if !u.LastUse.IsZero() && !asOf.IsZero() && u.LastUse.After(asOf) {
			v.Add(path("lastUse"), ErrBadDate)
		}
		if !u.AbstinentSince.IsZero() {
			if !asOf.IsZero() && u.AbstinentSince.After(asOf) {
				v.Add(path("abstinentSince"), ErrBadDate)
			}
			if !u.LastUse.IsZero() && !u.LastUse.Before(u.AbstinentSince) {
				v.Add(path("lastUse"), ErrBadDate)
			}
		}
		if u.SelfStarted != assessment.YesNoUnknown && !u.SelfStarted.Valid() {
			v.Add(path("selfStarted"), ErrBadValue)
		}
	}
}

// overlaps reports whether two prescriptions of the same agent cover a
// common day.
func overlaps(a, b *Prescription) bool {
	if a.Agent != b.Agent || a.Agent == "" || a.Start.IsZero() || b.Start.IsZero() {
		return false
	}
	aEndsFirst := !a.Stop.IsZero() && !a.Stop.After(b.Start)
	bEndsFirst := !b.Stop.IsZero() && !b.Stop.After(a.Start)
	return !aEndsFirst && !bEndsFirst
}

// activeOn reports whether the prescription is being taken on day d: it
// has started (or its start is not recorded) and not stopped (a stop date
// is the first day without it).
func (rx *Prescription) activeOn(d assessment.Date) bool {
	return !rx.Start.After(d) && (rx.Stop.IsZero() || rx.Stop.After(d))
}

// doseOn returns the dose and frequency in effect on day d.
func (rx *Prescription) doseOn(d assessment.Date) (Dose, Frequency, assessment.Date) {
	dose, freq, since := rx.Dose, rx.Frequency, rx.Start
	for _, ch := range rx.Changes {
		if ch.Date.After(d) {
			break
		}
		dose, since = ch.Dose, ch.Date
		if ch.Frequency.Valid() {
			freq = ch.Frequency
		}
	}
	return dose, freq, since
}

// dailyMg returns the daily amount in milligrams of a dose given at a
// frequency, or false when the dose is not comparable with oral limits.
func dailyMg(d Dose, f Frequency) float64 {
	if d.Unit.rate() {
		return d.Unit.toMg(d.Amount)
	}
	return d.Unit.toMg(d.Amount) * f.PerDay()
}

// DefaultCurrentUseDays is how recent a substance's or supplement's last
// use must be for it to count as current when a last-use date is given:
// this library's default, the past-month window population surveys use
// for current use. Change it with [WithCurrentUseDays].
const DefaultCurrentUseDays = 30

// current reports whether a use counts as current on day asOf: not after
// the person became abstinent, last used within window days when a
// last-use date is known, and used in the past year.
func (u *Use) current(asOf assessment.Date, window int) bool {
	if !u.AbstinentSince.IsZero() && !u.AbstinentSince.After(asOf) {
		return false
	}
	if !u.LastUse.IsZero() && u.LastUse.DaysUntil(asOf) > window {
		return false
	}
	return u.Frequency != assessment.NotPastYear
}

// FromIntake resolves the supplements and substances of an intake against
// the built-in catalog; see [Catalog.FromIntake].
func FromIntake(in assessment.Intake) (Regimen, error) { return builtin().FromIntake(in) }

// FromIntake returns a regimen holding the supplements and substances of
// an intake, resolved by name. Add prescriptions to it before a review. It
// returns a *[validation.Error] with an *[UnknownNameError] (wrapping
// [ErrUnknownName], carrying suggestions) at "supplements/<i>/name" or
// "substances/<i>/substance" for each name that resolves to nothing, and
// [ErrDuplicate] where two entries resolve to the same agent.
func (c *Catalog) FromIntake(in assessment.Intake) (Regimen, error) {
	var v validation.Collector
	var r Regimen
	seen := map[AgentID]bool{}
	for i, s := range in.Supplements {
		p := validation.Join("supplements", validation.Index(i), "name")
		id, err := c.ResolveID(s.Name)
		if err != nil {
			v.Add(p, err)
			continue
		}
		if seen[id] {
			v.Add(p, ErrDuplicate)
			continue
		}
		seen[id] = true
		r.Supplements = append(r.Supplements, Use{Agent: id, SelfStarted: s.SelfStarted})
	}
	for i, s := range in.Substances {
		p := validation.Join("substances", validation.Index(i), "substance")
		id, err := c.ResolveID(s.Substance)
		if err != nil {
			v.Add(p, err)
			continue
		}
		if seen[id] {
			v.Add(p, ErrDuplicate)
			continue
		}
		seen[id] = true
		r.Substances = append(r.Substances, Use{Agent: id, Frequency: s.Frequency, LastUse: s.LastUse})
	}
	if err := v.Err(); err != nil {
		return Regimen{}, err
	}
	return r, nil
}
