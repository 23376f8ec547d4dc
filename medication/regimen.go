package medication

import (
	"math"
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
	// Agent is the catalog ID; see [ResolveID] for names and codes.
	// Required.
	Agent AgentID `json:"agent"`
	// Dose is the amount given at each administration (or the delivery
	// rate of a patch). Required.
	Dose Dose `json:"dose"`
	// Frequency is required. For an as-needed prescription it is the most
	// frequent use allowed.
	Frequency Frequency `json:"frequency"`
	// Route and Release are optional; unset they are read as oral
	// immediate release.
	Route   Route   `json:"route,omitempty"`
	Release Release `json:"release,omitempty"`
	// AsNeeded marks a PRN prescription.
	AsNeeded bool `json:"asNeeded,omitempty"`
	// Start is required and may not be after the evaluation date.
	Start assessment.Date `json:"start"`
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
	// LastUse is the day of last use, if known.
	LastUse assessment.Date `json:"lastUse,omitzero"`
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
}

// Validate checks the regimen against the built-in catalog as of the
// evaluation date; see [Catalog.ValidateRegimen].
func (r Regimen) Validate(asOf assessment.Date) error { return builtin().ValidateRegimen(r, asOf) }

// ValidateRegimen checks r as of the evaluation date asOf. It returns nil or
// a *[validation.Error] naming every problem, at paths named by the JSON
// fields: [ErrBadDate] at "asOf" when it is zero; for a prescription,
// [ErrRequired] or [ErrUnknownAgent] at "agent", [ErrBadDose] at
// "dose/amount" (zero, negative, NaN or infinite), [ErrBadValue] or
// [ErrBadUnit] at "dose/unit", [ErrBadValue] for invalid enumerations,
// [ErrBadDate] at "start" when it is missing or after asOf,
// [ErrStopBeforeStart] at "stop", [ErrDuplicate] at "agent" for a second
// prescription of the same agent over an overlapping period; for a dose
// change, the dose errors, [ErrBadDate] for a missing date or one after
// asOf, [ErrStopBeforeStart] for a date outside the prescription's period
// and [ErrDuplicate] for a date not after the previous change; for
// supplements and substances, [ErrRequired] or [ErrUnknownAgent] at
// "agent", [ErrDuplicate] for an agent listed twice, [ErrBadValue] for an
// invalid frequency (substances require one), [ErrBadDate] for a last use
// after asOf; [ErrBadReference] for adherence reports and side effects
// naming no prescription; [ErrRequired] for empty descriptions and topics;
// [ErrBadDate] for missing dates, and for reports, side effects, education
// and done monitoring dated after asOf.
func (c *Catalog) ValidateRegimen(r Regimen, asOf assessment.Date) error {
	var v validation.Collector
	c.validateRegimen(&v, "", r, asOf)
	return v.Err()
}

func (c *Catalog) validateRegimen(v *validation.Collector, prefix string, r Regimen, asOf assessment.Date) {
	if asOf.IsZero() {
		v.Add("asOf", ErrBadDate)
	}
	for i := range r.Prescriptions {
		p := validation.Join(prefix, "prescriptions", validation.Index(i))
		c.validatePrescription(v, p, &r.Prescriptions[i], asOf)
		for j := range i {
			if overlaps(&r.Prescriptions[j], &r.Prescriptions[i]) {
				v.Add(p+"/agent", ErrDuplicate)
				break
			}
		}
	}
	c.validateUses(v, validation.Join(prefix, "supplements"), r.Supplements, asOf, false)
	c.validateUses(v, validation.Join(prefix, "substances"), r.Substances, asOf, true)
	n := len(r.Prescriptions)
	dated := func(p string, d assessment.Date) {
		if d.IsZero() || (!asOf.IsZero() && d.After(asOf)) {
			v.Add(p+"/date", ErrBadDate)
		}
	}
	for i, a := range r.Adherence {
		p := validation.Join(prefix, "adherence", validation.Index(i))
		if a.Prescription < 0 || a.Prescription >= n {
			v.Add(p+"/prescription", ErrBadReference)
		}
		if !a.Status.Valid() {
			v.Add(p+"/status", ErrBadValue)
		}
		dated(p, a.Date)
	}
	for i, s := range r.SideEffects {
		p := validation.Join(prefix, "sideEffects", validation.Index(i))
		if s.Prescription < 0 || s.Prescription >= n {
			v.Add(p+"/prescription", ErrBadReference)
		}
		if strings.TrimSpace(s.Description) == "" {
			v.Add(p+"/description", ErrRequired)
		}
		dated(p, s.Date)
	}
	for i, e := range r.Education {
		p := validation.Join(prefix, "education", validation.Index(i))
		if strings.TrimSpace(e.Topic) == "" {
			v.Add(p+"/topic", ErrRequired)
		}
		dated(p, e.Date)
		for j, id := range e.Agents {
			if _, ok := c.index[id]; !ok {
				v.Add(validation.Join(p, "agents", validation.Index(j)), ErrUnknownAgent)
			}
		}
	}
	for i, m := range r.Monitoring {
		p := validation.Join(prefix, "monitoring", validation.Index(i))
		if !m.Test.Valid() {
			v.Add(p+"/test", ErrBadValue)
		}
		if m.Date.IsZero() || (!m.Planned && !asOf.IsZero() && m.Date.After(asOf)) {
			v.Add(p+"/date", ErrBadDate)
		}
	}
}

func (c *Catalog) validatePrescription(v *validation.Collector, p string, rx *Prescription, asOf assessment.Date) {
	ai := -1
	switch {
	case rx.Agent == "":
		v.Add(p+"/agent", ErrRequired)
	default:
		if i, ok := c.index[rx.Agent]; ok {
			ai = i
		} else {
			v.Add(p+"/agent", ErrUnknownAgent)
		}
	}
	c.validateDose(v, p+"/dose", rx.Dose, ai)
	if !rx.Frequency.Valid() {
		v.Add(p+"/frequency", ErrBadValue)
	}
	if rx.Route != RouteUnknown && !rx.Route.Valid() {
		v.Add(p+"/route", ErrBadValue)
	}
	if rx.Release != ReleaseUnknown && !rx.Release.Valid() {
		v.Add(p+"/release", ErrBadValue)
	}
	if rx.StopReason != StopReasonUnknown && !rx.StopReason.Valid() {
		v.Add(p+"/stopReason", ErrBadValue)
	}
	if rx.Start.IsZero() || (!asOf.IsZero() && rx.Start.After(asOf)) {
		v.Add(p+"/start", ErrBadDate)
	}
	if !rx.Stop.IsZero() && !rx.Start.IsZero() && rx.Stop.Before(rx.Start) {
		v.Add(p+"/stop", ErrStopBeforeStart)
	}
	var last assessment.Date
	for j, ch := range rx.Changes {
		cp := validation.Join(p, "changes", validation.Index(j))
		c.validateDose(v, cp+"/dose", ch.Dose, ai)
		if ch.Frequency != FrequencyUnknown && !ch.Frequency.Valid() {
			v.Add(cp+"/frequency", ErrBadValue)
		}
		switch {
		case ch.Date.IsZero() || (!asOf.IsZero() && ch.Date.After(asOf)):
			v.Add(cp+"/date", ErrBadDate)
		case ch.Date.Before(rx.Start) || (!rx.Stop.IsZero() && ch.Date.After(rx.Stop)):
			v.Add(cp+"/date", ErrStopBeforeStart)
		case !last.IsZero() && !ch.Date.After(last):
			v.Add(cp+"/date", ErrDuplicate)
		}
		last = ch.Date
	}
}

func (c *Catalog) validateDose(v *validation.Collector, p string, d Dose, agent int) {
	if math.IsNaN(d.Amount) || math.IsInf(d.Amount, 0) || d.Amount <= 0 {
		v.Add(p+"/amount", ErrBadDose)
	}
	switch {
	case !d.Unit.Valid():
		v.Add(p+"/unit", ErrBadValue)
	case agent >= 0 && !c.agent(agent).allowsUnit(d.Unit):
		v.Add(p+"/unit", ErrBadUnit)
	}
}

func (c *Catalog) validateUses(v *validation.Collector, prefix string, us []Use, asOf assessment.Date, substance bool) {
	seen := map[AgentID]bool{}
	for i, u := range us {
		p := validation.Join(prefix, validation.Index(i))
		switch {
		case u.Agent == "":
			v.Add(p+"/agent", ErrRequired)
		case seen[u.Agent]:
			v.Add(p+"/agent", ErrDuplicate)
		default:
			if _, ok := c.index[u.Agent]; !ok {
				v.Add(p+"/agent", ErrUnknownAgent)
			}
		}
		seen[u.Agent] = true
		if (substance || u.Frequency != assessment.FrequencyUnknown) && !u.Frequency.Valid() {
			v.Add(p+"/frequency", ErrBadValue)
		}
		if !u.LastUse.IsZero() && !asOf.IsZero() && u.LastUse.After(asOf) {
			v.Add(p+"/lastUse", ErrBadDate)
		}
		if u.SelfStarted != assessment.YesNoUnknown && !u.SelfStarted.Valid() {
			v.Add(p+"/selfStarted", ErrBadValue)
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
// has started and not stopped (a stop date is the first day without it).
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

// active reports whether a use counts as current: anything used in the
// past year.
func (u Use) active() bool { return u.Frequency != assessment.NotPastYear }

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
