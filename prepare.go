package integrative

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
	"github.com/wholeperson/integrative/validation"
)

// state is one Check's work: the plan's keys, the leaf packages' inputs
// derived from the plan with the maps that turn their paths back into plan
// paths, the leaf analyses, and the findings so far.
type state struct {
	cfg  *config
	plan *Plan
	keys map[string]keyRef

	scored  []Scored
	partial []partial

	regimen    medication.Regimen
	suppFrom   []int // regimen supplement → intake supplement
	substFrom  []int // regimen substance → intake substance
	unscreened []unscreened
	concerns   []medication.Concern

	hasTherapy   bool
	modFrom      []int // modality component → plan component
	incoherences []modality.Incoherence

	ticPlan     traumainformed.Plan
	workFrom    []int  // trauma-informed work item → plan component
	practiceSrc []elem // trauma-informed practice → plan element
	audit       traumainformed.Report
	phaseIssues []traumainformed.PhaseIssue

	f           *facts
	instruments map[assessment.InstrumentID]*assessment.Instrument
	findings    []Finding
	err         error
}

// instrument returns the catalog's instrument id, or nil; each is looked
// up (and copied) once per Check.
func (st *state) instrument(id assessment.InstrumentID) *assessment.Instrument {
	if in, ok := st.instruments[id]; ok {
		return in
	}
	if st.instruments == nil {
		st.instruments = map[assessment.InstrumentID]*assessment.Instrument{}
	}
	var ptr *assessment.Instrument
	if in, ok := st.cfg.assessment.Lookup(id); ok {
		ptr = &in
	}
	st.instruments[id] = ptr
	return ptr
}

// A Scored response is one of the intake's responses with its score.
type Scored struct {
	// Response is the position of the response in the intake's Responses.
	Response int
	// Result is its score.
	Result assessment.Result
}

// An unscreened item is an intake supplement or substance whose name the
// medication catalog does not know: it cannot be screened for
// interactions, which a rule reports.
type unscreened struct {
	path       string // "intake/supplements/2"
	supplement bool
}

// keyKind is what a plan-local key names.
type keyKind uint8

const (
	keyPrescription keyKind = iota + 1
	keyComponent
	keyMember
	keyProblem
	keyGoal
	keyObjective
	keyLifestyle
	keyReferral
)

type keyRef struct {
	kind  keyKind
	index int
}

// Results returns the intake's responses with their scores, in response
// order.
func (p *Pass) Results() []Scored { return p.st.scored }

// Concerns returns what package medication's Review found in the plan's
// medication, supplements and substances, with paths that are plan paths
// ("medication/prescriptions/1", "intake/supplements/0").
func (p *Pass) Concerns() []medication.Concern { return p.st.concerns }

// Incoherences returns what package modality's Check found in the plan's
// psychotherapy, with plan paths ("psychotherapy/components/2"). It is
// empty when the plan has no psychotherapy.
func (p *Pass) Incoherences() []modality.Incoherence { return p.st.incoherences }

// Audit returns package traumainformed's audit of the plan.
func (p *Pass) Audit() traumainformed.Report { return p.st.audit }

// PhaseIssues returns what package traumainformed's CheckPhases found in
// the order of the plan's therapy work. Their Work positions count the
// plan's psychotherapy components that are delivered, in the order they
// are meant to happen (by start date, then sequence).
func (p *Pass) PhaseIssues() []traumainformed.PhaseIssue { return p.st.phaseIssues }

// prepare validates the plan, derives the leaf packages' inputs from it
// and runs their analyses. It returns one *validation.Error for every
// problem found anywhere, and with it the state as far as it got: the
// responses are always scored, so their flags can still be reported.
func prepare(p *Plan, cfg *config) (*state, error) {
	st := &state{cfg: cfg, plan: p, keys: map[string]keyRef{}}
	var v collector
	if p.AsOf.IsZero() {
		v.add("asOf", ErrBadDate)
	}
	if !v.limits(p) {
		if len(p.Intake.Responses) <= MaxElements {
			st.scoreIntake(&v, false)
		}
		return st, v.err()
	}
	if !p.Intake.Date.IsZero() && !p.AsOf.IsZero() && p.Intake.Date.After(p.AsOf) {
		v.add("intake/date", ErrBadDate)
	}
	st.collectKeys(&v)
	st.scoreIntake(&v, true)
	st.checkParts(&v)
	st.medication(&v)
	st.psychotherapy(&v)
	st.traumaInformed(&v)
	return st, v.err()
}

// collector gathers field errors from this package and the leaves,
// dropping a problem reported twice at one path (the client's age is
// checked by every leaf that reads it).
type collector struct {
	c    validation.Collector
	seen map[string]bool
}

func (v *collector) add(path string, err error) {
	if err == nil {
		return
	}
	key := path + "\x00" + err.Error()
	if v.seen[key] {
		return
	}
	if v.seen == nil {
		v.seen = map[string]bool{}
	}
	v.seen[key] = true
	v.c.Add(path, err)
}

// merge adds the problems of a leaf's error with their paths mapped to
// plan paths.
func (v *collector) merge(err error, mapPath func(string) string) {
	if err == nil {
		return
	}
	var ve *validation.Error
	if !errors.As(err, &ve) {
		v.add(mapPath(""), err)
		return
	}
	for _, f := range ve.Fields {
		v.add(mapPath(f.Path), f.Err)
	}
}

func (v *collector) err() error { return v.c.Err() }

// limits checks the collection limits and reports whether the plan is
// small enough to check further.
func (v *collector) limits(p *Plan) bool {
	ok := true
	check := func(path string, n, limit int) {
		if n > limit {
			v.add(path, ErrTooMany)
			ok = false
		}
	}
	check("team", len(p.Team), MaxTeam)
	for _, c := range []struct {
		path string
		n    int
	}{
		{"medication/prescriptions", len(p.Medication.Prescriptions)},
		{"medication/adherence", len(p.Medication.Adherence)},
		{"medication/sideEffects", len(p.Medication.SideEffects)},
		{"medication/education", len(p.Medication.Education)},
		{"medication/monitoring", len(p.Medication.Monitoring)},
		{"psychotherapy/components", len(p.Psychotherapy.Components)},
		{"psychotherapy/orientations", len(p.Psychotherapy.Orientations)},
		{"psychotherapy/factors", len(p.Psychotherapy.Factors)},
		{"delivery/practices", len(p.Delivery.Practices)},
		{"delivery/careLanguages", len(p.Delivery.CareLanguages)},
		{"delivery/materialLanguages", len(p.Delivery.MaterialLanguages)},
		{"delivery/readiness", len(p.Delivery.Readiness)},
		{"problems", len(p.Problems)},
		{"goals", len(p.Goals)},
		{"objectives", len(p.Objectives)},
		{"interventions", len(p.Interventions)},
		{"lifestyle", len(p.Lifestyle)},
		{"referrals", len(p.Referrals)},
		{"decisions", len(p.Decisions)},
		{"remeasurements", len(p.Remeasurements)},
		{"acknowledgements", len(p.Acknowledgements)},
		{"intake/responses", len(p.Intake.Responses)},
		{"intake/conditions", len(p.Intake.Conditions)},
		{"intake/supplements", len(p.Intake.Supplements)},
		{"intake/substances", len(p.Intake.Substances)},
		{"intake/languages", len(p.Intake.Languages)},
		{"intake/goals", len(p.Intake.Goals)},
	} {
		check(c.path, c.n, MaxElements)
	}
	for i, m := range p.Team {
		if len(m.Competencies) > MaxElements {
			check(indexPath("team", i, "competencies"), len(m.Competencies), MaxElements)
		}
	}
	return ok
}

// collectKeys records every plan-local key, reporting missing and repeated
// ones.
func (st *state) collectKeys(v *collector) {
	p := st.plan
	add := func(prefix string, i int, key string, kind keyKind, required bool) {
		if strings.TrimSpace(key) == "" {
			if required {
				v.add(indexPath(prefix, i, "key"), ErrRequired)
			}
			return
		}
		if _, dup := st.keys[key]; dup {
			v.add(indexPath(prefix, i, "key"), ErrDuplicateKey)
			return
		}
		st.keys[key] = keyRef{kind: kind, index: i}
	}
	for i, x := range p.Medication.Prescriptions {
		add("medication/prescriptions", i, x.Key, keyPrescription, true)
	}
	for i, x := range p.Psychotherapy.Components {
		add("psychotherapy/components", i, x.Key, keyComponent, false)
	}
	for i, x := range p.Team {
		add("team", i, x.Key, keyMember, true)
	}
	for i, x := range p.Problems {
		add("problems", i, x.Key, keyProblem, true)
	}
	for i, x := range p.Goals {
		add("goals", i, x.Key, keyGoal, true)
	}
	for i, x := range p.Objectives {
		add("objectives", i, x.Key, keyObjective, true)
	}
	for i, x := range p.Lifestyle {
		add("lifestyle", i, x.Key, keyLifestyle, true)
	}
	for i, x := range p.Referrals {
		add("referrals", i, x.Key, keyReferral, true)
	}
}

// An elem is element i of the list at prefix. Its paths are spelled out
// only when a problem is reported there, so a valid plan builds none.
type elem struct {
	prefix string
	i      int
}

// at returns the path of field of the element ("goals/2/problem").
func (e elem) at(field string) string { return indexPath(e.prefix, e.i, field) }

// ref reports whether key names an element of kind.
func (st *state) ref(key string, kind keyKind) (int, bool) {
	r, ok := st.keys[key]
	if !ok || r.kind != kind {
		return -1, false
	}
	return r.index, true
}

// refer records ErrUnknownKey at field of e when key is set and names no
// element of kind.
func (st *state) refer(v *collector, e elem, field, key string, kind keyKind) {
	if key == "" {
		return
	}
	if _, ok := st.ref(key, kind); !ok {
		v.add(e.at(field), ErrUnknownKey)
	}
}

// indexPath returns "<prefix>/<i>/<field>"; i < 0 leaves out the index
// and an empty field the field.
func indexPath(prefix string, i int, field string) string {
	if i < 0 {
		return validation.Join(prefix, field)
	}
	return validation.Join(prefix, strconv.Itoa(i), field)
}

// scoreIntake validates the intake and scores its responses, once. A
// response that cannot be scored keeps its partial result: the flags its
// answers raise for certain reach the rules (ASM001) whatever else is wrong
// with it or with the plan. A response whose only problems are unanswered
// items is incomplete, a clinical fact the rules report (ASM003), not an
// input error. With validate false (a plan over its limits), the problems
// are not recorded, only the results kept.
func (st *state) scoreIntake(v *collector, validate bool) {
	in := &st.plan.Intake
	results, err := st.cfg.assessment.ScoreIntake(*in)
	// ScoreIntake returns one result per response, in stable date order.
	order := make([]int, len(in.Responses))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return in.Responses[a].Date.Compare(in.Responses[b].Date) })
	byResponse := make([]assessment.Result, len(in.Responses))
	if len(results) == len(order) {
		for k, i := range order {
			byResponse[i] = results[k]
		}
	}
	var ve *validation.Error
	errors.As(err, &ve)
	if ve == nil && err != nil && validate {
		v.merge(err, prefixed("intake"))
	}
	partials := map[int]*partial{}
	for i, res := range byResponse {
		if !res.Incomplete {
			st.scored = append(st.scored, Scored{Response: i, Result: res})
			continue
		}
		st.partial = append(st.partial, partial{Scored: Scored{Response: i, Result: res}, missingOnly: true})
	}
	for k := range st.partial {
		partials[st.partial[k].Response] = &st.partial[k]
	}
	var fields []*validation.FieldError
	if ve != nil {
		fields = ve.Fields
	}
	for _, f := range fields {
		i, ok := responseIndex(f.Path)
		pr := partials[i]
		if !ok || pr == nil {
			continue
		}
		switch {
		case errors.Is(f.Err, assessment.ErrMissingItem):
			pr.missing = append(pr.missing, f.Path[strings.LastIndexByte(f.Path, '/')+1:])
		case errors.Is(f.Err, assessment.ErrNoValue):
			pr.noValue++
		default:
			pr.missingOnly = false
		}
	}
	if !validate {
		return
	}
	for _, f := range fields {
		if i, ok := responseIndex(f.Path); ok && partials[i] != nil && partials[i].missingOnly &&
			(errors.Is(f.Err, assessment.ErrMissingItem) || errors.Is(f.Err, assessment.ErrNoValue)) {
			continue
		}
		v.add(validation.Join("intake", f.Path), f.Err)
	}
	if ve != nil && ve.Omitted > 0 {
		v.add("intake", ErrTooMany)
	}
}

// A partial response could not be scored; its result holds the flags its
// answers raise for certain.
type partial struct {
	Scored
	missing     []string // items not answered
	noValue     int      // answers without a value
	missingOnly bool     // no problem but unanswered items
}

// responseIndex returns i for a path "responses/<i>/...".
func responseIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "responses/")
	if !ok {
		return 0, false
	}
	idx, _, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(idx)
	return i, err == nil
}

func prefixed(prefix string) func(string) string {
	return func(p string) string { return validation.Join(prefix, p) }
}

// checkParts validates the parts of the plan that belong to this package:
// team, coordination, problems, goals, objectives, interventions,
// lifestyle, referrals, decisions, safety, re-measurements and
// acknowledgements.
func (st *state) checkParts(v *collector) {
	p := st.plan
	asOf := p.AsOf
	notAfter := func(e elem, field string, d assessment.Date, required bool) {
		switch {
		case d.IsZero():
			if required {
				v.add(e.at(field), ErrBadDate)
			}
		case !asOf.IsZero() && d.After(asOf):
			v.add(e.at(field), ErrBadDate)
		}
	}
	text := func(e elem, field, s string) {
		if strings.TrimSpace(s) == "" {
			v.add(e.at(field), ErrRequired)
		}
	}
	for i, m := range p.Team {
		if !m.Role.Valid() {
			v.add(indexPath("team", i, "role"), ErrBadValue)
		}
	}
	if f := p.Coordination.Meetings; !f.IsZero() {
		if f.Sessions < 1 || f.Sessions > 31 {
			v.add("coordination/meetings/sessions", ErrOutOfRange)
		}
		if !f.Per.Valid() {
			v.add("coordination/meetings/per", ErrBadValue)
		}
	}
	for i, x := range p.Medication.Prescriptions {
		st.refer(v, elem{"medication/prescriptions", i}, "prescriber", x.Prescriber, keyMember)
	}
	for i, x := range p.Psychotherapy.Components {
		st.refer(v, elem{"psychotherapy/components", i}, "clinician", x.Clinician, keyMember)
	}
	codes := make(map[assessment.ICD10CM]bool, len(p.Intake.Conditions))
	for _, c := range p.Intake.Conditions {
		codes[c.Code] = true
	}
	for i, x := range p.Problems {
		e := elem{"problems", i}
		text(e, "text", x.Text)
		for j, c := range x.Conditions {
			if !codes[c] {
				v.add(e.at("conditions/"+strconv.Itoa(j)), ErrUnknownCode)
			}
		}
		for j, d := range x.Domains {
			if !knownDomain(d) {
				v.add(e.at("domains/"+strconv.Itoa(j)), ErrBadValue)
			}
		}
		if len(x.Conditions) == 0 && len(x.Domains) == 0 {
			v.add(e.at("conditions"), ErrRequired)
		}
	}
	for i, g := range p.Goals {
		e := elem{"goals", i}
		st.refer(v, e, "problem", g.Problem, keyProblem)
		if !g.Kind.Valid() {
			v.add(e.at("kind"), ErrBadValue)
		}
		text(e, "text", g.Text)
	}
	for i, o := range p.Objectives {
		e := elem{"objectives", i}
		if o.Goal == "" {
			v.add(e.at("goal"), ErrRequired)
		} else {
			st.refer(v, e, "goal", o.Goal, keyGoal)
		}
		st.checkObjective(v, e, o)
	}
	for i, iv := range p.Interventions {
		e := elem{"interventions", i}
		if iv.Objective == "" {
			v.add(e.at("objective"), ErrRequired)
		} else {
			st.refer(v, e, "objective", iv.Objective, keyObjective)
		}
		n := 0
		for _, t := range [...]struct {
			field, key string
			kind       keyKind
		}{
			{"prescription", iv.Prescription, keyPrescription},
			{"component", iv.Component, keyComponent},
			{"lifestyle", iv.Lifestyle, keyLifestyle},
			{"referral", iv.Referral, keyReferral},
		} {
			if t.key != "" {
				n++
				st.refer(v, e, t.field, t.key, t.kind)
			}
		}
		if n != 1 {
			v.add(e.at(""), ErrOneTarget)
		}
	}
	for i, l := range p.Lifestyle {
		e := elem{"lifestyle", i}
		if !l.Kind.Valid() {
			v.add(e.at("kind"), ErrBadValue)
		}
		text(e, "text", l.Text)
	}
	for i, r := range p.Referrals {
		e := elem{"referrals", i}
		if !r.To.Valid() {
			v.add(e.at("to"), ErrBadValue)
		}
		notAfter(e, "date", r.Date, true)
	}
	for i, d := range p.Decisions {
		e := elem{"decisions", i}
		st.checkDecision(v, e, d, codes)
		notAfter(e, "date", d.Date, true)
	}
	safety := elem{"safety", -1}
	notAfter(safety, "riskAssessment", p.Safety.RiskAssessment, false)
	notAfter(safety, "safetyPlan", p.Safety.SafetyPlan, false)
	for i, r := range p.Remeasurements {
		e := elem{"remeasurements", i}
		if !st.cfg.assessment.Has(r.Instrument) {
			v.add(e.at("instrument"), ErrUnknownCode)
		}
		if r.Next.IsZero() {
			v.add(e.at("next"), ErrBadDate)
		}
		if r.EveryDays < 0 || r.EveryDays > 3660 {
			v.add(e.at("everyDays"), ErrOutOfRange)
		}
	}
	for i, a := range p.Acknowledgements {
		e := elem{"acknowledgements", i}
		if a.Rule == "" {
			v.add(e.at("rule"), ErrRequired)
		} else if !st.cfg.knownRule(a.Rule) {
			v.add(e.at("rule"), ErrUnknownCode)
		}
		text(e, "reason", a.Reason)
		notAfter(e, "date", a.Date, true)
		st.refer(v, e, "by", a.By, keyMember)
	}
}

// knownDomain reports whether d is an intake domain of package assessment.
func knownDomain(d assessment.DomainID) bool { return slices.Contains(domainIDs(), d) }

// domainIDs are the IDs of the intake domains, worked out once.
var domainIDs = sync.OnceValue(func() []assessment.DomainID {
	var ids []assessment.DomainID
	for _, d := range assessment.Domains() {
		ids = append(ids, d.ID)
	}
	return ids
})

// knownRule reports whether id names a built-in or host rule.
func (cfg *config) knownRule(id string) bool {
	if _, ok := ruleIndex()[id]; ok {
		return true
	}
	return slices.ContainsFunc(cfg.extra, func(r Rule) bool { return r.ID == id })
}

func (st *state) checkObjective(v *collector, e elem, o Objective) {
	score := o.Instrument != "" || o.Target != nil
	behavior := strings.TrimSpace(o.Behavior) != "" || !o.By.IsZero()
	switch {
	case score && o.Instrument != "" && o.Target != nil:
		lo, hi, ok := st.cfg.assessment.Range(o.Instrument)
		if !ok {
			v.add(e.at("instrument"), ErrUnknownCode)
		} else if *o.Target < lo || *o.Target > hi {
			v.add(e.at("target"), ErrOutOfRange)
		}
	case behavior && strings.TrimSpace(o.Behavior) != "" && !o.By.IsZero():
	default:
		v.add(e.at(""), ErrObjectiveForm)
	}
}

func (st *state) checkDecision(v *collector, e elem, d Decision, codes map[assessment.ICD10CM]bool) {
	if !d.Kind.Valid() {
		v.add(e.at("kind"), ErrBadValue)
	}
	if len(d.Conditions)+len(d.Instruments)+len(d.Prescriptions)+len(d.Components) == 0 {
		v.add(e.at("conditions"), ErrRequired)
	}
	item := func(list string, j int) string { return e.at(list + "/" + strconv.Itoa(j)) }
	for j, c := range d.Conditions {
		if !codes[c] {
			v.add(item("conditions", j), ErrUnknownCode)
		}
	}
	for j, id := range d.Instruments {
		if !st.cfg.assessment.Has(id) {
			v.add(item("instruments", j), ErrUnknownCode)
		}
	}
	for j, k := range d.Prescriptions {
		if _, ok := st.ref(k, keyPrescription); !ok {
			err := ErrUnknownKey
			if k == "" {
				err = ErrRequired
			}
			v.add(item("prescriptions", j), err)
		}
	}
	for j, k := range d.Components {
		if _, ok := st.ref(k, keyComponent); !ok {
			err := ErrUnknownKey
			if k == "" {
				err = ErrRequired
			}
			v.add(item("components", j), err)
		}
	}
	for j, o := range d.Options {
		if strings.TrimSpace(o) == "" {
			v.add(item("options", j), ErrRequired)
		}
	}
	if d.Kind != DecisionShared && d.Kind.Valid() && strings.TrimSpace(d.Reason) == "" {
		v.add(e.at("reason"), ErrRequired)
	}
}

// medication derives the regimen from the plan and the intake, validates
// it and runs package medication's Review.
func (st *state) medication(v *collector) {
	p := st.plan
	cat := st.cfg.medication
	r := &st.regimen
	r.Prescriptions = make([]medication.Prescription, len(p.Medication.Prescriptions))
	for i, x := range p.Medication.Prescriptions {
		r.Prescriptions[i] = x.Prescription
	}
	r.Adherence = p.Medication.Adherence
	r.SideEffects = p.Medication.SideEffects
	r.Education = p.Medication.Education
	r.Monitoring = p.Medication.Monitoring
	seen := map[medication.AgentID]bool{}
	for i, s := range p.Intake.Supplements {
		id, err := cat.ResolveID(s.Name)
		if err != nil {
			st.unscreened = append(st.unscreened, unscreened{path: indexPath("intake/supplements", i, ""), supplement: true})
			continue
		}
		if seen[id] {
			v.add(indexPath("intake/supplements", i, "name"), ErrDuplicateKey)
			continue
		}
		seen[id] = true
		st.suppFrom = append(st.suppFrom, i)
		r.Supplements = append(r.Supplements, medication.Use{Agent: id, SelfStarted: s.SelfStarted})
	}
	for i, s := range p.Intake.Substances {
		id, err := cat.ResolveID(s.Substance)
		if err != nil {
			st.unscreened = append(st.unscreened, unscreened{path: indexPath("intake/substances", i, "")})
			continue
		}
		if seen[id] {
			v.add(indexPath("intake/substances", i, "substance"), ErrDuplicateKey)
			continue
		}
		seen[id] = true
		st.substFrom = append(st.substFrom, i)
		r.Substances = append(r.Substances, medication.Use{Agent: id, Frequency: s.Frequency, LastUse: s.LastUse})
	}
	concerns, err := cat.Review(*r, medication.Context{
		AsOf:       p.AsOf,
		Client:     p.Intake.Client,
		Conditions: p.Intake.Conditions,
	})
	v.merge(err, st.medPath)
	for i := range concerns {
		for j, path := range concerns[i].Paths {
			concerns[i].Paths[j] = st.medPath(path)
		}
	}
	st.concerns = concerns
}

// medPath turns a path of the derived regimen (or of a Review error) into
// a plan path.
func (st *state) medPath(path string) string {
	path = strings.TrimPrefix(path, "regimen/")
	head, rest, _ := strings.Cut(path, "/")
	switch head {
	case "prescriptions", "adherence", "sideEffects", "education", "monitoring":
		return "medication/" + path
	case "supplements":
		return remapIndex("intake/supplements", rest, st.suppFrom, "agent", "name")
	case "substances":
		return remapIndex("intake/substances", rest, st.substFrom, "agent", "substance")
	case "client", "conditions":
		return "intake/" + path
	case "regimen":
		return "medication"
	}
	return path
}

// remapIndex turns "<i>/<rest>" into "<prefix>/<from[i]>/<rest>", renaming
// the field from to to.
func remapIndex(prefix, path string, from []int, oldField, newField string) string {
	idx, rest, _ := strings.Cut(path, "/")
	i, err := strconv.Atoi(idx)
	if err != nil || i < 0 || i >= len(from) {
		return prefix
	}
	if rest == oldField || strings.HasPrefix(rest, oldField+"/") {
		rest = newField + rest[len(oldField):]
	}
	return validation.Join(prefix, strconv.Itoa(from[i]), rest)
}

// psychotherapy derives package modality's plan from the plan's
// psychotherapy part, team and intake, and runs its Check. Declined
// components are not delivered and are left out.
func (st *state) psychotherapy(v *collector) {
	p := st.plan
	pt := &p.Psychotherapy
	mp := modality.Plan{
		Strategy:     pt.Strategy,
		Home:         pt.Home,
		Orientations: pt.Orientations,
		Framework:    pt.Framework,
		Factors:      pt.Factors,
		ClientAge:    p.Intake.Client.Age,
	}
	declined := map[string]bool{}
	for _, c := range pt.Components {
		if c.Declined && c.Key != "" {
			declined[c.Key] = true
		}
	}
	for i, c := range pt.Components {
		if c.Declined {
			continue
		}
		mc := c.Component
		if declined[mc.Replaces] {
			mc.Replaces = ""
		}
		mp.Components = append(mp.Components, mc)
		st.modFrom = append(st.modFrom, i)
	}
	for _, m := range p.Team {
		mp.Clinicians = append(mp.Clinicians, modality.Clinician{Key: m.Key, Role: m.Role.String(), Competencies: m.Competencies})
	}
	if len(mp.Components) == 0 {
		// No psychotherapy delivered: the components that are there
		// (declined) are still checked for form.
		if len(pt.Components) > 0 {
			mp.Components = componentsOf(pt.Components)
			st.modFrom = st.modFrom[:0]
			for i := range pt.Components {
				st.modFrom = append(st.modFrom, i)
			}
			v.merge(st.cfg.modality.Validate(mp), st.modPath)
		}
		return
	}
	st.hasTherapy = true
	inc, err := st.cfg.modality.Check(mp)
	v.merge(err, st.modPath)
	for i := range inc {
		for j, path := range inc[i].Paths {
			inc[i].Paths[j] = st.modPath(path)
		}
	}
	st.incoherences = inc
}

func componentsOf(cs []Component) []modality.Component {
	out := make([]modality.Component, len(cs))
	for i, c := range cs {
		out[i] = c.Component
		out[i].Replaces = ""
	}
	return out
}

// modPath turns a path of the derived modality plan into a plan path.
func (st *state) modPath(path string) string {
	head, rest, _ := strings.Cut(path, "/")
	switch head {
	case "components":
		return remapIndex("psychotherapy/components", rest, st.modFrom, "", "")
	case "clinicians":
		return validation.Join("team", rest)
	case "clientAge":
		return "intake/client/age"
	case "stable":
		return "delivery/readiness"
	case "":
		return "psychotherapy"
	}
	return validation.Join("psychotherapy", path)
}

// traumaInformed derives package traumainformed's plan (client context from
// the intake, practices from the delivery part and from what the plan
// records, therapy work from the components in order), and runs its Audit
// and CheckPhases.
func (st *state) traumaInformed(v *collector) {
	p := st.plan
	tp := traumainformed.Plan{
		Client:            traumainformed.ClientOf(p.Intake),
		Practices:         slices.Clone(p.Delivery.Practices),
		CareLanguages:     p.Delivery.CareLanguages,
		MaterialLanguages: p.Delivery.MaterialLanguages,
		Readiness:         p.Delivery.Readiness,
		Destabilized:      p.Delivery.Destabilized,
		NotDone:           slices.Clone(p.Delivery.NotDone),
	}
	for i := range tp.Practices {
		st.practiceSrc = append(st.practiceSrc, elem{"delivery/practices", i})
	}
	derive := func(id traumainformed.PracticeID, src elem) {
		if src.prefix == "" || slices.Contains(tp.Practices, id) {
			return
		}
		if !st.cfg.practices.HasPractice(id) {
			return
		}
		tp.Practices = append(tp.Practices, id)
		st.practiceSrc = append(st.practiceSrc, src)
	}
	derive(traumainformed.PracticeSafetyPlan, st.safetyPlanPath())
	derive(traumainformed.PracticeSharedDecision, st.firstDecision(DecisionShared))
	derive(traumainformed.PracticeGoals, st.firstClientGoal())
	derive(traumainformed.PracticePeerGroup, st.firstPeerOffer(false))
	derive(traumainformed.PracticeRationale, st.allExplained())
	if !slices.Contains(tp.Practices, traumainformed.PracticePeerGroup) && st.firstPeerOffer(true).prefix != "" &&
		!slices.ContainsFunc(tp.NotDone, func(n traumainformed.NotDone) bool { return n.Practice == traumainformed.PracticePeerGroup }) {
		// Offered and declined: the client's choice closes the gap.
		tp.NotDone = append(tp.NotDone, traumainformed.NotDone{Practice: traumainformed.PracticePeerGroup, Reason: traumainformed.Declined})
	}

	order := make([]int, 0, len(p.Psychotherapy.Components))
	for i, c := range p.Psychotherapy.Components {
		if !c.Declined && (c.Modality != "" || c.Phase.Valid()) {
			order = append(order, i)
		}
	}
	cs := p.Psychotherapy.Components
	slices.SortStableFunc(order, func(a, b int) int { return compareTiming(&cs[a].Component, &cs[b].Component) })
	for _, i := range order {
		c := &cs[i]
		tp.Work = append(tp.Work, traumainformed.Work{
			Modality: c.Modality,
			Phase:    c.Phase,
			Status:   workStatus(&c.Component, p.AsOf),
		})
		st.workFrom = append(st.workFrom, i)
	}
	st.ticPlan = tp
	audit, err := st.cfg.practices.Audit(tp)
	v.merge(err, st.ticPath)
	st.audit = audit
	issues, err := traumainformed.CheckPhases(tp, traumainformed.WithModalities(st.cfg.modality))
	v.merge(err, st.ticPath)
	st.phaseIssues = issues
}

// workPath returns the plan path of trauma-informed work item i.
func (st *state) workPath(i int) string {
	if i < 0 || i >= len(st.workFrom) {
		return "psychotherapy/components"
	}
	return indexPath("psychotherapy/components", st.workFrom[i], "")
}

// compareTiming orders components by start date, then sequence; a
// component with neither comes last.
func compareTiming(a, b *modality.Component) int {
	ka, kb := timingKey(a), timingKey(b)
	return cmp.Compare(ka, kb)
}

func timingKey(c *modality.Component) int64 {
	if !c.Start.IsZero() {
		return int64(assessment.MustDate(1900, 1, 1).DaysUntil(c.Start))
	}
	if c.Sequence > 0 {
		return int64(c.Sequence)
	}
	return 1 << 40
}

// workStatus is a component's status on asOf: completed when it ended
// before, planned when it starts after or has no date, active otherwise.
func workStatus(c *modality.Component, asOf assessment.Date) traumainformed.WorkStatus {
	switch {
	case !c.End.IsZero() && c.End.Before(asOf):
		return traumainformed.WorkCompleted
	case c.Start.IsZero() || c.Start.After(asOf):
		return traumainformed.WorkPlanned
	}
	return traumainformed.WorkActive
}

func (st *state) safetyPlanPath() elem {
	if st.plan.Safety.SafetyPlan.IsZero() {
		return elem{}
	}
	return elem{"safety/safetyPlan", -1}
}

func (st *state) firstDecision(kind DecisionKind) elem {
	for i, d := range st.plan.Decisions {
		if d.Kind == kind {
			return elem{"decisions", i}
		}
	}
	return elem{}
}

func (st *state) firstClientGoal() elem {
	for i, g := range st.plan.Goals {
		if g.ClientWords {
			return elem{"goals", i}
		}
	}
	return elem{}
}

// firstPeerOffer returns the path of the first element that brings in
// peer support or a group: a peer specialist on the team or referred to,
// or a peer-support or group component; with declined, the first such
// component the client declined.
func (st *state) firstPeerOffer(declined bool) elem {
	if !declined {
		for i, m := range st.plan.Team {
			if m.Role == PeerSpecialist {
				return elem{"team", i}
			}
		}
		for i, r := range st.plan.Referrals {
			if r.To == PeerSpecialist {
				return elem{"referrals", i}
			}
		}
	}
	for i, c := range st.plan.Psychotherapy.Components {
		if c.Modality == "" || c.Declined != declined {
			continue
		}
		if st.cfg.modality.HasOrientation(c.Modality, modality.OrientationPeerSupport) || c.Modality == modality.GroupTherapy {
			return elem{"psychotherapy/components", i}
		}
	}
	return elem{}
}

// allExplained returns the path of the first component when every
// delivered component has an explanation given to the client.
func (st *state) allExplained() elem {
	var first elem
	for i, c := range st.plan.Psychotherapy.Components {
		if c.Declined {
			continue
		}
		if strings.TrimSpace(c.Explanation) == "" {
			return elem{}
		}
		if first.prefix == "" {
			first = elem{"psychotherapy/components", i}
		}
	}
	return first
}

// ticPath turns a path of the derived trauma-informed plan into a plan
// path.
func (st *state) ticPath(path string) string {
	head, rest, _ := strings.Cut(path, "/")
	switch head {
	case "client":
		field, sub, _ := strings.Cut(rest, "/")
		switch field {
		case "exposure", "aceCount":
			return validation.Join("intake/trauma", field, sub)
		}
		return validation.Join("intake", rest)
	case "practices":
		idx, sub, _ := strings.Cut(rest, "/")
		if i, err := strconv.Atoi(idx); err == nil && i >= 0 && i < len(st.practiceSrc) {
			return st.practiceSrc[i].at(sub)
		}
		return "delivery/practices"
	case "work":
		return remapIndex("psychotherapy/components", rest, st.workFrom, "status", "start")
	case "":
		return "delivery"
	}
	return validation.Join("delivery", path)
}
