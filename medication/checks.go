package medication

import (
	"math/bits"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

// eps absorbs floating-point noise when doses are compared with limits.
const eps = 1e-9

// ImplausibleFactor is how many times the labeled maximum (or, where none
// is published, the top of the usual range) a daily dose must exceed to be
// reported as [ConcernImplausibleDose] rather than a dose above the
// maximum. It is this library's choice, not a clinical threshold: a dose
// ten times the maximum is the signature of a unit or decimal-point error
// (50 g written for 50 mg), and is reported at the highest severity so the
// entry is checked before anything else is read.
const ImplausibleFactor = 10

func rxPath(i int) string { return indexPath(pathPrescriptions, i) }

// washouts reports drugs started too soon after stopping a drug they
// interact with: for each stopped prescription and each prescription
// active on the evaluation date that started after it, the interval from
// the stop date to the start date is compared with the washout the rules
// require. A combination product counts as its ingredients.
func (rv *review) washouts(out []Concern) []Concern {
	ps := rv.r.Prescriptions
	asOf := rv.ctx.AsOf
	c := rv.c
	for i := range ps {
		p := &ps[i]
		if p.Stop.IsZero() || p.Stop.After(asOf) {
			continue
		}
		for _, j := range rv.active {
			q := &ps[j]
			if i == j || rv.rx[i] == rv.rx[j] || (!p.Start.IsZero() && q.Start.Before(p.Start)) {
				continue
			}
			if !q.Start.IsZero() && p.Stop.DaysUntil(q.Start) >= c.maxWashout {
				continue
			}
			out = rv.washout(out, i, j)
		}
	}
	return out
}

// washout checks stopped prescription i against started prescription j.
func (rv *review) washout(out []Concern, i, j int) []Concern {
	c := rv.c
	p, q := &rv.r.Prescriptions[i], &rv.r.Prescriptions[j]
	best, bestReq, bestAgent := -1, 0, -1
	for _, x := range c.parts[rv.rx[i]] {
		for _, y := range c.parts[rv.rx[j]] {
			if x == y {
				continue
			}
			w := c.words
			for k := range w {
				f := c.ruleA[x*w+k]&c.ruleB[y*w+k] | c.ruleA[y*w+k]&c.ruleB[x*w+k]
				for ; f != 0; f &= f - 1 {
					r := k*64 + bits.TrailingZeros64(f)
					_, aFirst := c.applies(r, x, y)
					rule := &c.data.Rules[r]
					req := rule.WashoutAfterB
					if aFirst {
						req = rule.WashoutAfterA
					}
					if req == 0 {
						continue
					}
					byAgent := -1
					if w := c.agent(x).Washout; w > req {
						req, byAgent = w, x
					}
					if best < 0 || req > bestReq || (req == bestReq && rule.Severity > c.data.Rules[best].Severity) {
						best, bestReq, bestAgent = r, req, byAgent
					}
				}
			}
		}
	}
	if best < 0 {
		return out
	}
	rule := &c.data.Rules[best]
	var agentSrcs []evidence.Source
	if bestAgent >= 0 {
		agentSrcs = c.agent(bestAgent).WashoutSources
	}
	if q.Start.IsZero() {
		return append(out, rv.notChecked(j, "washout "+rule.ID, "the washout after a stopped drug could not be checked: no start date", rule.Strength, rule.Sources, agentSrcs))
	}
	gap := p.Stop.DaysUntil(q.Start)
	if gap >= bestReq {
		return out
	}
	return append(out, Concern{
		Kind:      ConcernWashout,
		Severity:  rule.Severity,
		Basis:     rule.Basis,
		Rule:      rule.ID,
		Title:     "washout too short: " + rule.Title,
		Agents:    rv.buf.agentIDs(p.Agent, q.Agent),
		Paths:     rv.buf.pathList(rxPath(i), rxPath(j)),
		Mechanism: rule.Mechanism + " The first drug's effect persists after it is stopped.",
		Advice:    "The second drug started before the required drug-free interval had passed. Watch closely for the interaction's effects now, and allow the full interval in future switches.",
		Detail:    Detail{Days: gap, Required: bestReq, ONC: rule.ONC},
		Strength:  rule.Strength,
		Sources:   rv.buf.sources(rule.Sources, agentSrcs),
	})
}

// notChecked reports that check (a rule, schedule or dose check) could not
// run on prescription i; why says what was missing.
func (rv *review) notChecked(i int, check, why string, str evidence.Strength, srcs ...[]evidence.Source) Concern {
	p := &rv.r.Prescriptions[i]
	return Concern{
		Kind:      ConcernNotChecked,
		Severity:  SeverityInfo,
		Rule:      check,
		Title:     why,
		Agents:    rv.buf.agentIDs(p.Agent),
		Paths:     rv.buf.pathList(rxPath(i)),
		Mechanism: "The check needs a value the prescription does not record, so it did not run; nothing is known either way.",
		Advice:    "Record the missing dose, frequency or start date and review again.",
		Strength:  str,
		Sources:   rv.buf.sources(srcs...),
	}
}

// dosing returns the dose ranges, release and default frequency that
// apply to prescription p of agent a: its product's when it names one.
func dosing(a *Agent, p *Prescription) ([]DoseRange, Release, Frequency) {
	if p.Product != "" {
		if pr := a.product(p.Product); pr != nil {
			rel := p.Release
			if rel == ReleaseUnknown {
				rel = pr.Release
			}
			return pr.Doses, rel, pr.Frequency
		}
	}
	return a.Doses, p.Release, FrequencyUnknown
}

// doses reports daily doses above the labeled maximum or a population
// limit, single doses above a labeled single-dose maximum, implausible
// doses, and doses kept below the usual range long enough to spoil a
// trial. A prescription without a dose or frequency is reported as not
// checked.
func (rv *review) doses(out []Concern) []Concern {
	asOf := rv.ctx.AsOf
	for _, i := range rv.active {
		p := &rv.r.Prescriptions[i]
		if p.Route != RouteUnknown && p.Route != RouteOral && p.Route != RouteSublingual {
			continue
		}
		a := rv.c.agent(rv.rx[i])
		doses, release, defFreq := dosing(a, p)
		rng, ok := doseFor(doses, release, rv.groups)
		if !ok {
			continue
		}
		dose, freq, since := p.doseOn(asOf)
		if freq == FrequencyUnknown {
			freq = defFreq
		}
		if dose.Unit.rate() {
			continue
		}
		rule := "dose:" + string(a.ID)
		if dose.Amount <= 0 || !dose.Unit.Valid() || !freq.Valid() {
			out = append(out, rv.notChecked(i, rule, "dose not checked: no dose or frequency recorded", evidence.StrengthRegulatory, rng.Sources))
			continue
		}
		daily, single := dailyMg(dose, freq), dose.Unit.toMg(dose.Amount)
		base := Concern{
			Rule:     rule,
			Agents:   rv.buf.agentIDs(a.ID),
			Paths:    rv.buf.pathList(rxPath(i)),
			Strength: evidence.StrengthRegulatory,
		}
		if ref := max(rng.Max, rng.UsualMax); ref > 0 && daily > ImplausibleFactor*ref {
			cn := base
			cn.Kind, cn.Severity = ConcernImplausibleDose, SeverityContraindicated
			cn.Title = "implausible dose: check the unit and amount"
			cn.Mechanism = "The daily dose is more than ten times the labeled maximum. That is most often a unit or decimal-point error (grams for milligrams); if it is the dose taken, it is an overdose."
			cn.Advice = "Check the amount, unit and frequency against the order and the person's supply before anything else; correct the entry, or treat as a possible overdose."
			cn.Detail = Detail{DailyDose: daily, Limit: ref}
			cn.Sources = rv.buf.sources(rng.Sources)
			out = append(out, cn)
			continue
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
			cn.Sources = rv.buf.sources(l.Sources)
			out = append(out, cn)
		}
		if !limited && rng.Max > 0 && daily > rng.Max+eps {
			cn := base
			cn.Kind, cn.Severity = ConcernDoseAboveMaximum, SeverityModerate
			cn.Title = "dose above the labeled maximum"
			cn.Mechanism = "The daily dose is above the labeled maximum; safety above it was not established."
			cn.Advice = "Reduce to the labeled maximum, or record the clinical reason and monitor closely."
			cn.Detail = Detail{DailyDose: daily, Limit: rng.Max}
			cn.Sources = rv.buf.sources(rng.Sources)
			out = append(out, cn)
		}
		if rng.MaxSingle > 0 && single > rng.MaxSingle+eps {
			cn := base
			cn.Kind, cn.Severity = ConcernDoseAboveMaximum, SeverityModerate
			cn.Title = "single dose above the labeled maximum"
			cn.Mechanism = "Each dose is above the labeled maximum for one administration; for some drugs (immediate-release bupropion) the risk, such as seizures, rises with the size of a single dose."
			cn.Advice = "Divide the daily dose into more administrations within the labeled single-dose maximum, or use a form labeled for the larger dose."
			cn.Detail = Detail{SingleDose: single, Limit: rng.MaxSingle}
			cn.Sources = rv.buf.sources(rng.Sources)
			out = append(out, cn)
		}
		trial := rv.c.trial(a.Class)
		if !p.AsNeeded && trial != nil && rng.UsualMin > 0 && daily < rng.UsualMin-eps && !since.IsZero() {
			if days := since.DaysUntil(asOf); days >= trial.AdequateDays {
				cn := base
				cn.Kind, cn.Severity = ConcernDoseBelowUsual, SeverityMonitor
				cn.Strength = evidence.StrengthConsensus
				cn.Title = "dose below the usual range"
				cn.Mechanism = "The dose has stayed below the usual therapeutic range for longer than an adequate trial; a trial at this dose does not count as adequate."
				cn.Advice = "If the response is incomplete and the dose is tolerated, consider raising it into the usual range before judging the drug ineffective."
				cn.Detail = Detail{DailyDose: daily, Limit: rng.UsualMin, Days: days, Required: trial.AdequateDays}
				cn.Sources = rv.buf.sources(rng.Sources, trial.Sources)
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
// date (a cross-taper). A combination product counts as its ingredients.
func (rv *review) duplications(out []Concern) []Concern {
	ps := rv.r.Prescriptions
	asOf := rv.ctx.AsOf
	skip := func(p *Prescription) bool {
		return p.Rationale != "" || (!p.Stop.IsZero() && p.Stop.After(asOf))
	}
	for x, i := range rv.active {
		if skip(&ps[i]) {
			continue
		}
		for _, j := range rv.active[x+1:] {
			if rv.rx[i] == rv.rx[j] || skip(&ps[j]) {
				continue
			}
			out = rv.duplication(out, i, j)
		}
	}
	return out
}

// duplication reports the first duplication rule that prescriptions i and
// j, or their ingredients, fall under.
func (rv *review) duplication(out []Concern, i, j int) []Concern {
	c := rv.c
	for _, x := range c.parts[rv.rx[i]] {
		for _, y := range c.parts[rv.rx[j]] {
			if x == y {
				continue
			}
			ca, cb := c.agent(x).Class, c.agent(y).Class
			for k := range c.data.Duplications {
				d := &c.data.Duplications[k]
				if !hasClass(d.Classes, ca) || !hasClass(d.Classes, cb) {
					continue
				}
				return append(out, Concern{
					Kind:      ConcernDuplication,
					Severity:  d.Severity,
					Rule:      d.ID,
					Title:     d.Title,
					Agents:    rv.buf.agentIDs(c.agent(x).ID, c.agent(y).ID),
					Paths:     rv.buf.pathList(rxPath(i), rxPath(j)),
					Mechanism: d.Mechanism,
					Advice:    d.Advice,
					Strength:  d.Strength,
					Sources:   rv.buf.sources(d.Sources),
				})
			}
		}
	}
	return out
}

func hasClass(cs []Class, c Class) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// bitset is a set of small integers.
type bitset []uint64

func newBitset(stack []uint64, n int) bitset {
	w := (n + 63) / 64
	var b []uint64
	if w <= cap(stack) {
		b = stack[:w]
		clear(b)
	} else {
		b = make([]uint64, w)
	}
	return b
}

func (b bitset) set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b bitset) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

// monitoring reports tests and follow-ups overdue, or due within the due
// window, for every schedule that applies to an active prescription (to
// an ingredient, for a combination product). A prescription without a
// start date is reported as not checked for each schedule that applies to
// it alone.
func (rv *review) monitoring(out []Concern) []Concern {
	asOf := rv.ctx.AsOf
	c := rv.c
	ps := rv.r.Prescriptions
	ns := len(c.data.Schedules)
	var onStack, dropStack [4]uint64
	on, dropped := newBitset(onStack[:], ns), newBitset(dropStack[:], ns)
	applies := func(s, i int) bool {
		sc := &c.data.Schedules[s]
		if sc.MaxAge > 0 && rv.ctx.Client.Age > sc.MaxAge {
			return false
		}
		for _, k := range c.parts[rv.rx[i]] {
			if c.schedules.has(k, s) {
				return true
			}
		}
		return false
	}
	for _, i := range rv.active {
		for s := range ns {
			if applies(s, i) {
				on.set(s)
			}
		}
	}
	for s := range ns {
		if on.has(s) {
			for _, x := range c.schedSuper[s] {
				dropped.set(x)
			}
		}
	}
	for s := range ns {
		if !on.has(s) || dropped.has(s) {
			continue
		}
		sc := &c.data.Schedules[s]
		var start, anchor assessment.Date
		n := 0
		for _, i := range rv.active {
			p := &ps[i]
			if !applies(s, i) {
				continue
			}
			if p.Start.IsZero() {
				out = append(out, rv.notChecked(i, sc.ID, "monitoring not checked: no start date", sc.Strength, sc.Sources))
				continue
			}
			a := p.Start
			if sc.FromDoseChange {
				_, _, a = p.doseOn(asOf)
			}
			if n == 0 || p.Start.Before(start) {
				start = p.Start
			}
			if n == 0 || a.After(anchor) {
				anchor = a
			}
			n++
		}
		if n == 0 {
			continue
		}
		due, last, ok := rv.due(sc, start, anchor)
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
		agents, paths := rv.scheduleMembers(s, applies)
		out = append(out, Concern{
			Kind:      kind,
			Severity:  sev,
			Rule:      sc.ID,
			Title:     sc.Title,
			Agents:    agents,
			Paths:     paths,
			Mechanism: sc.Mechanism,
			Advice:    sc.Advice,
			Detail:    Detail{Test: sc.Test, Due: due, Last: last, Planned: planned},
			Strength:  sc.Strength,
			Sources:   rv.buf.sources(sc.Sources),
		})
	}
	return out
}

// scheduleMembers returns the agents (ingredients, for a combination
// product) and paths of the dated active prescriptions schedule s applies
// to.
func (rv *review) scheduleMembers(s int, applies func(s, i int) bool) ([]AgentID, []string) {
	c := rv.c
	ps := rv.r.Prescriptions
	na, np := 0, 0
	for _, i := range rv.active {
		if !ps[i].Start.IsZero() && applies(s, i) {
			np++
			na += len(c.parts[rv.rx[i]])
		}
	}
	agents, paths := carve(&rv.buf.agents, na, arenaChunk)[:0], carve(&rv.buf.paths, np, arenaChunk)[:0]
	for _, i := range rv.active {
		if ps[i].Start.IsZero() || !applies(s, i) {
			continue
		}
		paths = append(paths, rxPath(i))
		for _, k := range c.parts[rv.rx[i]] {
			id := c.agent(k).ID
			if c.schedules.has(k, s) && !hasAgent(agents, id) {
				agents = append(agents, id)
			}
		}
	}
	return agents[:len(agents):len(agents)], paths
}

func hasAgent(ids []AgentID, id AgentID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
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
	for i := range rv.r.Monitoring {
		m := &rv.r.Monitoring[i]
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
	for i := range rv.r.Monitoring {
		m := &rv.r.Monitoring[i]
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
// a usual dose. Without a recorded dose the trial is judged on its length
// alone; without a start date it is reported as not checked.
func (rv *review) trials(out []Concern) []Concern {
	asOf := rv.ctx.AsOf
	var notTaking bitset
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
		rule := "trial:" + a.Class.String()
		if p.Start.IsZero() {
			out = append(out, rv.notChecked(i, rule, "trial length not checked: no start date", evidence.StrengthConsensus, trial.Sources))
			continue
		}
		var rngSrcs []evidence.Source
		from := p.Start
		doses, release, defFreq := dosing(a, p)
		if rng, ok := doseFor(doses, release, rv.groups); ok && rng.UsualMin > 0 && p.Dose.Amount > 0 && p.Dose.Unit.Valid() {
			rngSrcs = rng.Sources
			from = assessment.Date{}
			freq := p.Frequency
			if freq == FrequencyUnknown {
				freq = defFreq
			}
			if dailyMg(p.Dose, freq) >= rng.UsualMin-eps {
				from = p.Start
			} else {
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
		if notTaking == nil {
			notTaking = rv.notTakingAsPrescribed()
		}
		advice := "Before counting this drug as a failed trial, consider whether a trial at a usual dose for at least the adequate length is possible; record adherence during the trial."
		if notTaking.has(i) {
			advice += " The person reported not taking it as prescribed during this course, so the trial may not have tested the drug."
		}
		out = append(out, Concern{
			Kind:      ConcernEarlySwitch,
			Severity:  SeverityMonitor,
			Rule:      rule,
			Title:     "stopped as ineffective before an adequate trial",
			Agents:    rv.buf.agentIDs(a.ID),
			Paths:     rv.buf.pathList(rxPath(i)),
			Mechanism: "Antidepressant effect usually appears within 4 weeks if it is going to; a minimal adequate trial is 4-6 weeks at a usual dose, and a shorter trial does not show that the drug failed.",
			Advice:    advice,
			Detail:    Detail{Days: days, Required: trial.AdequateDays},
			Strength:  evidence.StrengthConsensus,
			Sources:   rv.buf.sources(trial.Sources, rngSrcs),
		})
	}
	return out
}

// notTakingAsPrescribed returns the prescriptions with a report of not
// taking them as prescribed, in one pass over the reports.
func (rv *review) notTakingAsPrescribed() bitset {
	b := newBitset(nil, max(len(rv.r.Prescriptions), 1))
	for _, a := range rv.r.Adherence {
		if a.Status == NotTakingAsPrescribed || a.Status == StoppedTaking {
			b.set(a.Prescription)
		}
	}
	return b
}

// cautions reports agents taken on the evaluation date that a caution rule
// flags for the person's conditions (confirmed or provisional), pregnancy
// or age.
func (rv *review) cautions(out []Concern) []Concern {
	c := rv.c
	client := rv.ctx.Client
	nc := len(c.data.Cautions)
	for n, it := range rv.items {
		if rv.seenBefore(n) {
			continue
		}
		var hitStack, dropStack [4]uint64
		hits, dropped := newBitset(hitStack[:], nc), newBitset(dropStack[:], nc)
		var groupOf [64]assessment.GroupID
		for r := range nc {
			cr := &c.data.Cautions[r]
			if !c.cautions.has(it.agent, r) {
				continue
			}
			var g assessment.GroupID
			ok := false
			for _, x := range cr.Groups {
				for _, y := range rv.groups {
					if x == y {
						g, ok = x, true
						break
					}
				}
				if ok {
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
			hits.set(r)
			if r < len(groupOf) {
				groupOf[r] = g
			}
			for _, x := range c.cautionSuper[r] {
				dropped.set(x)
			}
		}
		for r := range nc {
			if !hits.has(r) || dropped.has(r) {
				continue
			}
			cr := &c.data.Cautions[r]
			var g assessment.GroupID
			if r < len(groupOf) {
				g = groupOf[r]
			} else {
				g = rv.groupFor(cr)
			}
			out = append(out, Concern{
				Kind:      ConcernCaution,
				Severity:  cr.Severity,
				Basis:     cr.Basis,
				Rule:      cr.ID,
				Title:     cr.Title,
				Agents:    rv.buf.agentIDs(c.agent(it.agent).ID),
				Paths:     rv.pathsOf(it.agent),
				Mechanism: cr.Mechanism,
				Advice:    cr.Advice,
				Detail:    Detail{Group: g},
				Strength:  cr.Strength,
				Sources:   rv.buf.sources(cr.Sources),
			})
		}
	}
	return out
}

// groupFor returns the first of a caution rule's groups the person has.
func (rv *review) groupFor(cr *CautionRule) assessment.GroupID {
	for _, x := range cr.Groups {
		for _, y := range rv.groups {
			if x == y {
				return x
			}
		}
	}
	return ""
}

// seenBefore reports whether an item before position n has the same agent.
func (rv *review) seenBefore(n int) bool {
	for _, it := range rv.items[:n] {
		if it.agent == rv.items[n].agent {
			return true
		}
	}
	return false
}

// pathsOf returns the paths of every active item that is agent a.
func (rv *review) pathsOf(a int) []string {
	n := 0
	for _, it := range rv.items {
		if it.agent == a {
			n++
		}
	}
	ps := carve(&rv.buf.paths, n, arenaChunk)[:0]
	for _, it := range rv.items {
		if it.agent == a {
			ps = append(ps, it.path)
		}
	}
	return ps
}
