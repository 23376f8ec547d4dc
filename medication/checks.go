package medication

import (
	"slices"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

// eps absorbs floating-point noise when doses are compared with limits.
const eps = 1e-9

func rxPath(i int) string { return indexPath(pathPrescriptions, i) }

// washouts reports drugs started too soon after stopping a drug they
// interact with: for each stopped prescription and each prescription
// active on the evaluation date that started after it, the interval from
// the stop date to the start date is compared with the washout the rules
// require.
func (rv *review) washouts(out []Concern) []Concern {
	ps := rv.r.Prescriptions
	asOf := rv.ctx.AsOf
	c := rv.c
	for i := range ps {
		p := &ps[i]
		if p.Stop.IsZero() || p.Stop.After(asOf) {
			continue
		}
		for j := range ps {
			q := &ps[j]
			if i == j || rv.rx[i] == rv.rx[j] || !q.activeOn(asOf) || q.Start.Before(p.Start) {
				continue
			}
			gap := p.Stop.DaysUntil(q.Start)
			best, bestReq, usedAgent := -1, 0, false
			for r := range c.data.Rules {
				ok, aFirst := c.applies(r, rv.rx[i], rv.rx[j])
				if !ok {
					continue
				}
				rule := &c.data.Rules[r]
				req := rule.WashoutAfterB
				if aFirst {
					req = rule.WashoutAfterA
				}
				if req == 0 {
					continue
				}
				byAgent := false
				if w := c.agent(rv.rx[i]).Washout; w > req {
					req, byAgent = w, true
				}
				if gap >= req {
					continue
				}
				if best < 0 || req > bestReq || (req == bestReq && rule.Severity > c.data.Rules[best].Severity) {
					best, bestReq, usedAgent = r, req, byAgent
				}
			}
			if best < 0 {
				continue
			}
			rule := &c.data.Rules[best]
			srcs := slices.Clone(rule.Sources)
			if usedAgent {
				srcs = append(srcs, c.agent(rv.rx[i]).WashoutSources...)
			}
			out = append(out, Concern{
				Kind:      ConcernWashout,
				Severity:  rule.Severity,
				Rule:      rule.ID,
				Title:     "washout too short: " + rule.Title,
				Agents:    []AgentID{p.Agent, q.Agent},
				Paths:     []string{rxPath(i), rxPath(j)},
				Mechanism: rule.Mechanism + " The first drug's effect persists after it is stopped.",
				Advice:    "The second drug started before the required drug-free interval had passed. Watch closely for the interaction's effects now, and allow the full interval in future switches.",
				Detail:    Detail{Days: gap, Required: bestReq, ONC: rule.ONC},
				Strength:  rule.Strength,
				Sources:   srcs,
			})
		}
	}
	return out
}

// doses reports daily doses above the labeled maximum or a population
// limit, and doses kept below the usual range long enough to spoil a
// trial.
func (rv *review) doses(out []Concern) []Concern {
	asOf := rv.ctx.AsOf
	for i := range rv.r.Prescriptions {
		p := &rv.r.Prescriptions[i]
		if !p.activeOn(asOf) || (p.Route != RouteUnknown && p.Route != RouteOral && p.Route != RouteSublingual) {
			continue
		}
		a := rv.c.agent(rv.rx[i])
		dose, freq, since := p.doseOn(asOf)
		if dose.Unit.rate() {
			continue
		}
		rng, ok := a.doseFor(p.Release)
		if !ok {
			continue
		}
		daily := dailyMg(dose, freq)
		base := Concern{
			Rule:     "dose:" + string(a.ID),
			Agents:   []AgentID{a.ID},
			Paths:    []string{rxPath(i)},
			Strength: evidence.StrengthRegulatory,
		}
		limited := false
		for _, l := range rng.Limits {
			if !l.applies(rv.ctx.Client) || daily <= l.Max+eps {
				continue
			}
			limited = true
			cn := base
			cn.Kind, cn.Severity = ConcernPopulationLimit, l.Severity
			cn.Title = "dose above the limit for this person"
			cn.Mechanism = "A lower maximum applies to this person: " + l.Reason + "."
			cn.Advice = "Reduce the daily dose to the limit, or record why a higher dose is needed and monitor for the harm the limit guards against."
			cn.Detail = Detail{DailyDose: daily, Limit: l.Max}
			cn.Sources = slices.Clone(l.Sources)
			out = append(out, cn)
		}
		if !limited && rng.Max > 0 && daily > rng.Max+eps {
			cn := base
			cn.Kind, cn.Severity = ConcernDoseAboveMaximum, SeverityModerate
			cn.Title = "dose above the labeled maximum"
			cn.Mechanism = "The daily dose is above the labeled maximum; safety above it was not established."
			cn.Advice = "Reduce to the labeled maximum, or record the clinical reason and monitor closely."
			cn.Detail = Detail{DailyDose: daily, Limit: rng.Max}
			cn.Sources = slices.Clone(rng.Sources)
			out = append(out, cn)
		}
		trial := rv.c.trial(a.Class)
		if !p.AsNeeded && trial != nil && rng.UsualMin > 0 && daily < rng.UsualMin-eps {
			if days := since.DaysUntil(asOf); days >= trial.AdequateDays {
				cn := base
				cn.Kind, cn.Severity = ConcernDoseBelowUsual, SeverityMonitor
				cn.Strength = evidence.StrengthConsensus
				cn.Title = "dose below the usual range"
				cn.Mechanism = "The dose has stayed below the usual therapeutic range for longer than an adequate trial; a trial at this dose does not count as adequate."
				cn.Advice = "If the response is incomplete and the dose is tolerated, consider raising it into the usual range before judging the drug ineffective."
				cn.Detail = Detail{DailyDose: daily, Limit: rng.UsualMin, Days: days, Required: trial.AdequateDays}
				cn.Sources = slices.Concat(rng.Sources, trial.Sources)
				out = append(out, cn)
			}
		}
	}
	return out
}

// trial returns the trial length of class cl, or nil.
func (c *Catalog) trial(cl Class) *Trial {
	i, ok := c.classes[cl]
	if !ok {
		return nil
	}
	return c.data.Classes[i].Trial
}

// duplications reports two active prescriptions of classes a duplication
// rule groups, unless either carries a stated rationale or a planned stop
// date (a cross-taper).
func (rv *review) duplications(out []Concern) []Concern {
	ps := rv.r.Prescriptions
	asOf := rv.ctx.AsOf
	planned := func(p *Prescription) bool { return !p.Stop.IsZero() && p.Stop.After(asOf) }
	for i := range ps {
		p := &ps[i]
		if !p.activeOn(asOf) || p.Rationale != "" || planned(p) {
			continue
		}
		for j := i + 1; j < len(ps); j++ {
			q := &ps[j]
			if rv.rx[i] == rv.rx[j] || !q.activeOn(asOf) || q.Rationale != "" || planned(q) {
				continue
			}
			ca, cb := rv.c.agent(rv.rx[i]).Class, rv.c.agent(rv.rx[j]).Class
			for k := range rv.c.data.Duplications {
				d := &rv.c.data.Duplications[k]
				if !slices.Contains(d.Classes, ca) || !slices.Contains(d.Classes, cb) {
					continue
				}
				out = append(out, Concern{
					Kind:      ConcernDuplication,
					Severity:  d.Severity,
					Rule:      d.ID,
					Title:     d.Title,
					Agents:    []AgentID{p.Agent, q.Agent},
					Paths:     []string{rxPath(i), rxPath(j)},
					Mechanism: d.Mechanism,
					Advice:    d.Advice,
					Strength:  d.Strength,
					Sources:   slices.Clone(d.Sources),
				})
				break
			}
		}
	}
	return out
}

// scheduleState gathers the prescriptions one schedule applies to.
type scheduleState struct {
	start, anchor assessment.Date
	agents        []AgentID
	paths         []string
}

// monitoring reports tests and follow-ups overdue, or due within the due
// window, for every schedule that applies to an active prescription.
func (rv *review) monitoring(out []Concern) []Concern {
	asOf := rv.ctx.AsOf
	c := rv.c
	states := map[int]*scheduleState{}
	var order []int
	for i := range rv.r.Prescriptions {
		p := &rv.r.Prescriptions[i]
		if !p.activeOn(asOf) {
			continue
		}
		a := c.agent(rv.rx[i])
		for s := range c.data.Schedules {
			sc := &c.data.Schedules[s]
			if sc.MaxAge > 0 && rv.ctx.Client.Age > sc.MaxAge {
				continue
			}
			if !c.schedules.has(rv.rx[i], s) {
				continue
			}
			anchor := p.Start
			if sc.FromDoseChange {
				_, _, anchor = p.doseOn(asOf)
			}
			st, ok := states[s]
			if !ok {
				st = &scheduleState{start: p.Start, anchor: anchor}
				states[s] = st
				order = append(order, s)
			}
			if p.Start.Before(st.start) {
				st.start = p.Start
			}
			if anchor.After(st.anchor) {
				st.anchor = anchor
			}
			if !slices.Contains(st.agents, a.ID) {
				st.agents = append(st.agents, a.ID)
			}
			st.paths = append(st.paths, rxPath(i))
		}
	}
	dropped := map[string]bool{}
	for _, s := range order {
		for _, id := range c.data.Schedules[s].Supersedes {
			dropped[id] = true
		}
	}
	slices.Sort(order)
	for _, s := range order {
		sc := &c.data.Schedules[s]
		if dropped[sc.ID] {
			continue
		}
		st := states[s]
		due, last, ok := rv.due(sc, st.start, st.anchor)
		if !ok {
			continue
		}
		planned := rv.planned(sc.Test, asOf)
		kind, sev := ConcernMonitoringOverdue, sc.Severity
		switch {
		case due.Before(asOf):
		case asOf.DaysUntil(due) <= rv.cfg.dueWindow:
			if !planned.IsZero() && !planned.After(due) {
				continue
			}
			kind, sev = ConcernMonitoringDue, max(sc.Severity-1, SeverityInfo)
		default:
			continue
		}
		out = append(out, Concern{
			Kind:      kind,
			Severity:  sev,
			Rule:      sc.ID,
			Title:     sc.Title,
			Agents:    slices.Clone(st.agents),
			Paths:     slices.Clone(st.paths),
			Mechanism: sc.Mechanism,
			Advice:    sc.Advice,
			Detail:    Detail{Test: sc.Test, Due: due, Last: last, Planned: planned},
			Strength:  sc.Strength,
			Sources:   slices.Clone(sc.Sources),
		})
	}
	return out
}

// due returns when schedule s next falls due for a course that started on
// start (anchor for schedules counted from the latest dose change), and
// the last test counted; ok is false when nothing more is due.
func (rv *review) due(s *Schedule, start, anchor assessment.Date) (due, last assessment.Date, ok bool) {
	asOf := rv.ctx.AsOf
	lo := start.AddDays(-rv.cfg.baselineWindow)
	if s.FromDoseChange {
		lo = anchor
	}
	for _, m := range rv.r.Monitoring {
		if m.Planned || m.Test != s.Test || m.Date.Before(lo) || m.Date.After(asOf) {
			continue
		}
		if m.Date.After(last) {
			last = m.Date
		}
	}
	if last.IsZero() {
		switch {
		case s.Baseline:
			return start, last, true
		case s.FirstAfter > 0:
			return anchor.AddDays(s.FirstAfter), last, true
		default:
			return start.AddDays(s.every(0)), last, true
		}
	}
	every := s.every(max(start.DaysUntil(last), 0))
	if every == 0 {
		return assessment.Date{}, last, false
	}
	return last.AddDays(every), last, true
}

// planned returns the earliest planned event of test t on or after asOf.
func (rv *review) planned(t Test, asOf assessment.Date) assessment.Date {
	var first assessment.Date
	for _, m := range rv.r.Monitoring {
		if !m.Planned || m.Test != t || m.Date.Before(asOf) {
			continue
		}
		if first.IsZero() || m.Date.Before(first) {
			first = m.Date
		}
	}
	return first
}

// trials reports drugs stopped as ineffective before an adequate trial at
// a usual dose.
func (rv *review) trials(out []Concern) []Concern {
	asOf := rv.ctx.AsOf
	for i := range rv.r.Prescriptions {
		p := &rv.r.Prescriptions[i]
		if p.StopReason != StopIneffective || p.Stop.IsZero() || p.Stop.After(asOf) {
			continue
		}
		a := rv.c.agent(rv.rx[i])
		trial := rv.c.trial(a.Class)
		if trial == nil {
			continue
		}
		srcs := slices.Clone(trial.Sources)
		from := p.Start
		if rng, ok := a.doseFor(p.Release); ok && rng.UsualMin > 0 {
			srcs = append(srcs, rng.Sources...)
			from = assessment.Date{}
			if dailyMg(p.Dose, p.Frequency) >= rng.UsualMin-eps {
				from = p.Start
			} else {
				freq := p.Frequency
				for _, ch := range p.Changes {
					if ch.Frequency.Valid() {
						freq = ch.Frequency
					}
					if dailyMg(ch.Dose, freq) >= rng.UsualMin-eps {
						from = ch.Date
						break
					}
				}
			}
		}
		days := 0
		if !from.IsZero() {
			days = from.DaysUntil(p.Stop)
		}
		if days >= trial.AdequateDays {
			continue
		}
		advice := "Before counting this drug as a failed trial, consider whether a trial at a usual dose for at least the adequate length is possible; record adherence during the trial."
		if rv.notTakingAsPrescribed(i) {
			advice += " The person reported not taking it as prescribed during this course, so the trial may not have tested the drug."
		}
		out = append(out, Concern{
			Kind:      ConcernEarlySwitch,
			Severity:  SeverityMonitor,
			Rule:      "trial:" + a.Class.String(),
			Title:     "stopped as ineffective before an adequate trial",
			Agents:    []AgentID{a.ID},
			Paths:     []string{rxPath(i)},
			Mechanism: "Antidepressant effect usually appears within 4 weeks if it is going to; a minimal adequate trial is 4-6 weeks at a usual dose, and a shorter trial does not show that the drug failed.",
			Advice:    advice,
			Detail:    Detail{Days: days, Required: trial.AdequateDays},
			Strength:  evidence.StrengthConsensus,
			Sources:   srcs,
		})
	}
	return out
}

func (rv *review) notTakingAsPrescribed(i int) bool {
	for _, a := range rv.r.Adherence {
		if a.Prescription == i && (a.Status == NotTakingAsPrescribed || a.Status == StoppedTaking) {
			return true
		}
	}
	return false
}

// cautions reports agents taken on the evaluation date that a caution rule
// flags for the person's conditions, pregnancy or age.
func (rv *review) cautions(out []Concern) []Concern {
	c := rv.c
	client := rv.ctx.Client
	var groups []assessment.GroupID
	for _, cond := range rv.ctx.Conditions {
		groups = append(groups, assessment.GroupsOf(cond.Code)...)
	}
	type hit struct {
		rule  int
		group assessment.GroupID
	}
	seen := map[int]bool{}
	for _, it := range rv.items {
		if seen[it.agent] {
			continue
		}
		seen[it.agent] = true
		a := c.agent(it.agent)
		var hits []hit
		dropped := map[string]bool{}
		for r := range c.data.Cautions {
			cr := &c.data.Cautions[r]
			if !c.cautions.has(it.agent, r) {
				continue
			}
			h, ok := hit{rule: r}, false
			for _, g := range cr.Groups {
				if slices.Contains(groups, g) {
					h.group, ok = g, true
					break
				}
			}
			ok = ok || (cr.Pregnant && client.Pregnant == assessment.Yes) ||
				(cr.PregnancyPossible && client.PregnancyPossible == assessment.Yes) ||
				(cr.MinAge > 0 && client.Age >= cr.MinAge && (cr.MaxAge == 0 || client.Age <= cr.MaxAge)) ||
				(cr.MinAge == 0 && cr.MaxAge > 0 && client.Age <= cr.MaxAge)
			if !ok {
				continue
			}
			hits = append(hits, h)
			for _, s := range cr.Supersedes {
				dropped[s] = true
			}
		}
		for _, h := range hits {
			cr := &c.data.Cautions[h.rule]
			if dropped[cr.ID] {
				continue
			}
			out = append(out, Concern{
				Kind:      ConcernCaution,
				Severity:  cr.Severity,
				Rule:      cr.ID,
				Title:     cr.Title,
				Agents:    []AgentID{a.ID},
				Paths:     rv.pathsOf(it.agent),
				Mechanism: cr.Mechanism,
				Advice:    cr.Advice,
				Detail:    Detail{Group: h.group},
				Strength:  cr.Strength,
				Sources:   slices.Clone(cr.Sources),
			})
		}
	}
	return out
}

// pathsOf returns the paths of every active item that is agent a.
func (rv *review) pathsOf(a int) []string {
	var ps []string
	for _, it := range rv.items {
		if it.agent == a {
			ps = append(ps, it.path)
		}
	}
	return ps
}
