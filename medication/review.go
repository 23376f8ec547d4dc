package medication

import (
	"slices"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// Context is what a review needs to know about the person and the day.
type Context struct {
	// AsOf is the evaluation date: what is active, due or overdue is
	// judged on this day. Required.
	AsOf assessment.Date `json:"asOf"`
	// Client is the person's clinical context. Required.
	Client assessment.Client `json:"client"`
	// Conditions are the person's diagnoses, confirmed or provisional;
	// their groups select cautions and indication-dependent maxima. At most
	// [MaxConditions].
	Conditions []assessment.Condition `json:"conditions,omitempty"`
}

// An Option changes how [Catalog.Review] works. Options are made by the
// With... functions; a nil Option is ignored.
type Option interface{ apply(*config) }

type config struct {
	dueWindow      int
	baselineWindow int
	currentUseDays int
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// DefaultDueWindow is the number of days ahead within which a test or
// follow-up is reported as due, and DefaultBaselineWindow the number of
// days before a start within which a test counts as the baseline. Both are
// this library's defaults, not clinical thresholds; change them with
// [WithDueWindow] and [WithBaselineWindow].
const (
	DefaultDueWindow      = 14
	DefaultBaselineWindow = 30
)

// WithDueWindow reports tests and follow-ups falling due within days of
// the evaluation date. Negative values count as 0.
func WithDueWindow(days int) Option {
	return optionFunc(func(c *config) { c.dueWindow = max(days, 0) })
}

// WithBaselineWindow accepts a test done up to days before a start as its
// baseline. Negative values count as 0.
func WithBaselineWindow(days int) Option {
	return optionFunc(func(c *config) { c.baselineWindow = max(days, 0) })
}

// WithCurrentUseDays counts a supplement or substance whose last use is
// known as current only when it was last used within days of the
// evaluation date (default [DefaultCurrentUseDays]). Negative values count
// as 0.
func WithCurrentUseDays(days int) Option {
	return optionFunc(func(c *config) { c.currentUseDays = max(days, 0) })
}

// Review runs every check on a regimen in the built-in catalog; see
// [Catalog.Review].
func Review(r Regimen, ctx Context, opts ...Option) ([]Concern, error) {
	return builtin().Review(r, ctx, opts...)
}

// Review validates the regimen and context and runs every check:
// interactions between everything taken on the evaluation date
// (prescriptions; supplements and substances in current use, see
// [Use]), washouts between stopped and started drugs, doses against labeled
// maxima, usual ranges and population limits (and implausible doses, most
// likely entry errors), therapeutic duplication, monitoring due or
// overdue, switches before an adequate trial, and cautions for the
// person's conditions, age and pregnancy. A combination product is checked
// as its ingredients, each concern naming the ingredient and the
// prescription's path. Checks that need a dose, frequency or start date a
// prescription leaves out are reported as [ConcernNotChecked] (info),
// naming the check in Rule; every other check runs. It returns the
// concerns sorted by severity (most severe first), then kind, agents and
// rule; an empty result means nothing to flag.
//
// Malformed input gives a *[validation.Error] listing every problem: the
// [Catalog.ValidateRegimen] errors under "regimen", [ErrBadDate] at "asOf",
// the [assessment.Client.Validate] errors under "client", and the
// [assessment.Condition.Validate] errors under "conditions/<position>";
// more than [MaxConditions] conditions is [ErrTooMany] at "conditions".
//
// The work is linear in the regimen's records (times the catalog's
// schedules for monitoring), plus quadratic in the agents taken on the
// evaluation date, which the catalog's size bounds (one prescription per
// agent at a time); see the limits on [Regimen].
func (c *Catalog) Review(r Regimen, ctx Context, opts ...Option) ([]Concern, error) {
	cfg := config{dueWindow: DefaultDueWindow, baselineWindow: DefaultBaselineWindow, currentUseDays: DefaultCurrentUseDays}
	for _, o := range opts {
		if o != nil {
			o.apply(&cfg)
		}
	}
	var v validation.Collector
	ctx.validate(&v)
	c.validateRegimen(&v, "regimen", &r, ctx.AsOf)
	if err := v.Err(); err != nil {
		return nil, err
	}
	rv := review{c: c, r: &r, ctx: &ctx, cfg: cfg}
	rv.collect()
	out := make([]Concern, 0, max(16, 2*len(r.Prescriptions)+len(rv.items)))
	out = c.interactions(rv.items, out, &rv.buf)
	out = rv.washouts(out)
	out = rv.doses(out)
	out = rv.duplications(out)
	out = rv.monitoring(out)
	out = rv.trials(out)
	out = rv.cautions(out)
	return finish(out), nil
}

// validate records the problems of a review context.
func (ctx *Context) validate(v *validation.Collector) {
	if ctx.AsOf.IsZero() {
		v.Add("asOf", ErrBadDate)
	}
	v.Merge("client", ctx.Client.Validate())
	if len(ctx.Conditions) > MaxConditions {
		v.Add("conditions", ErrTooMany)
		return
	}
	for i, cond := range ctx.Conditions {
		if err := cond.Validate(); err != nil {
			v.Merge(validation.Join("conditions", validation.Index(i)), err)
		}
	}
}

// MaxConditions is the most conditions a [Context] may hold.
const MaxConditions = 256

// review holds the state of one Review call.
type review struct {
	c      *Catalog
	r      *Regimen
	ctx    *Context
	cfg    config
	groups []assessment.GroupID // condition groups of the person
	items  []item               // everything taken on the evaluation date
	rx     []int                // agent index per prescription
	active []int                // positions of the prescriptions taken on the evaluation date
	buf    arena
	// The stack arrays hold the slices above for a typical regimen.
	itemStack  [24]item
	rxStack    [16]int
	actStack   [16]int
	groupStack [8]assessment.GroupID
}

func (rv *review) collect() {
	c, asOf := rv.c, rv.ctx.AsOf
	rv.groups = rv.groupStack[:0]
	for _, cond := range rv.ctx.Conditions {
		for _, g := range assessment.GroupsOf(cond.Code) {
			if !slices.Contains(rv.groups, g) {
				rv.groups = append(rv.groups, g)
			}
		}
	}
	n := len(rv.r.Prescriptions)
	rv.rx = rv.rxStack[:0]
	if n > len(rv.rxStack) {
		rv.rx = make([]int, 0, n)
	}
	rv.rx = rv.rx[:n]
	rv.items = rv.itemStack[:0]
	rv.active = rv.actStack[:0]
	for i := range rv.r.Prescriptions {
		p := &rv.r.Prescriptions[i]
		rv.rx[i] = c.index[p.Agent]
		if p.activeOn(asOf) {
			rv.active = append(rv.active, i)
			rv.items = c.appendItems(rv.items, rv.rx[i], indexPath(pathPrescriptions, i), i, i)
		}
	}
	entry := n
	for i := range rv.r.Supplements {
		u := &rv.r.Supplements[i]
		if u.current(asOf, rv.cfg.currentUseDays) {
			rv.items = c.appendItems(rv.items, c.index[u.Agent], indexPath(pathSupplements, i), entry+i, -1)
		}
	}
	entry += len(rv.r.Supplements)
	for i := range rv.r.Substances {
		u := &rv.r.Substances[i]
		if u.current(asOf, rv.cfg.currentUseDays) {
			rv.items = c.appendItems(rv.items, c.index[u.Agent], indexPath(pathSubstances, i), entry+i, -1)
		}
	}
}

// An arena holds the agents and paths of the concerns of one call, each
// concern's slices capped at their length so that appending to one never
// writes into another, and scratch space for concatenated sources, which
// [finish] copies out.
type arena struct {
	agents []AgentID
	paths  []string
	srcs   []evidence.Source
}

// arenaChunk is how many agents or paths, and srcChunk how many sources, a
// new arena chunk holds.
const (
	arenaChunk = 32
	srcChunk   = 8
)

// carve returns n fresh elements of *buf, allocating a new chunk of at
// least chunk elements when the current one is full.
func carve[T any](buf *[]T, n, chunk int) []T {
	if cap(*buf)-len(*buf) < n {
		*buf = make([]T, 0, max(chunk, n))
	}
	start := len(*buf)
	*buf = (*buf)[:start+n]
	return (*buf)[start : start+n : start+n]
}

// reserve makes room for at least agents and paths more elements without
// a further allocation.
func (a *arena) reserve(agents, paths int) {
	if cap(a.agents)-len(a.agents) < agents {
		a.agents = make([]AgentID, 0, agents)
	}
	if cap(a.paths)-len(a.paths) < paths {
		a.paths = make([]string, 0, paths)
	}
}

func (a *arena) agentIDs(ids ...AgentID) []AgentID {
	s := carve(&a.agents, len(ids), arenaChunk)
	copy(s, ids)
	return s
}

func (a *arena) pathList(ps ...string) []string {
	s := carve(&a.paths, len(ps), arenaChunk)
	copy(s, ps)
	return s
}

// sources returns the concatenation of lists: the list itself when only
// one is not empty (it may be the catalog's; [finish] copies it).
func (a *arena) sources(lists ...[]evidence.Source) []evidence.Source {
	n, last := 0, -1
	for i, l := range lists {
		if len(l) > 0 {
			n += len(l)
			if last >= 0 {
				last = -2
			} else if last == -1 {
				last = i
			}
		}
	}
	if last >= 0 {
		return lists[last]
	}
	s := carve(&a.srcs, n, srcChunk)
	k := 0
	for _, l := range lists {
		k += copy(s[k:], l)
	}
	return s
}
