package medication

import (
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// Context is what a review needs to know about the person and the day.
type Context struct {
	// AsOf is the evaluation date: what is active, due or overdue is
	// judged on this day. Required.
	AsOf assessment.Date `json:"asOf"`
	// Client is the person's clinical context. Required.
	Client assessment.Client `json:"client"`
	// Conditions are the person's diagnoses.
	Conditions []assessment.Condition `json:"conditions,omitempty"`
}

// An Option changes how [Catalog.Review] works. Options are made by the
// With... functions.
type Option interface{ apply(*config) }

type config struct {
	dueWindow      int
	baselineWindow int
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

// Review runs every check on a regimen in the built-in catalog; see
// [Catalog.Review].
func Review(r Regimen, ctx Context, opts ...Option) ([]Concern, error) {
	return builtin().Review(r, ctx, opts...)
}

// Review validates the regimen and context and runs every check:
// interactions between everything taken on the evaluation date
// (prescriptions, supplements, substances used in the past year), washouts
// between stopped and started drugs, doses against labeled maxima, usual
// ranges and population limits, therapeutic duplication, monitoring due or
// overdue, switches before an adequate trial, and cautions for the person's
// conditions, age and pregnancy. It returns the concerns sorted by severity
// (most severe first), then kind, agents and rule; an empty result means
// nothing to flag.
//
// Malformed input gives a *[validation.Error] listing every problem: the
// [Catalog.ValidateRegimen] errors under "regimen", [ErrBadDate] at "asOf",
// the [assessment.Client.Validate] errors under "client", and the
// [assessment.Condition.Validate] errors under "conditions/<position>".
func (c *Catalog) Review(r Regimen, ctx Context, opts ...Option) ([]Concern, error) {
	cfg := config{dueWindow: DefaultDueWindow, baselineWindow: DefaultBaselineWindow}
	for _, o := range opts {
		if o != nil {
			o.apply(&cfg)
		}
	}
	var v validation.Collector
	if ctx.AsOf.IsZero() {
		v.Add("asOf", ErrBadDate)
	}
	v.Merge("client", ctx.Client.Validate())
	for i, cond := range ctx.Conditions {
		v.Merge(validation.Join("conditions", validation.Index(i)), cond.Validate())
	}
	c.validateRegimen(&v, "regimen", r, ctx.AsOf)
	if err := v.Err(); err != nil {
		return nil, err
	}
	rv := review{c: c, r: &r, ctx: &ctx, cfg: cfg}
	rv.collect()
	out := c.interactions(rv.items, nil)
	out = rv.washouts(out)
	out = rv.doses(out)
	out = rv.duplications(out)
	out = rv.monitoring(out)
	out = rv.trials(out)
	out = rv.cautions(out)
	sortConcerns(out)
	return out, nil
}

// review holds the state of one Review call.
type review struct {
	c     *Catalog
	r     *Regimen
	ctx   *Context
	cfg   config
	items []item // everything taken on the evaluation date
	rx    []int  // agent index per prescription
}

func (rv *review) collect() {
	rv.rx = make([]int, len(rv.r.Prescriptions))
	for i := range rv.r.Prescriptions {
		p := &rv.r.Prescriptions[i]
		rv.rx[i] = rv.c.index[p.Agent]
		if p.activeOn(rv.ctx.AsOf) {
			rv.items = append(rv.items, item{agent: rv.rx[i], path: indexPath(pathPrescriptions, i)})
		}
	}
	for i, u := range rv.r.Supplements {
		if u.active() {
			rv.items = append(rv.items, item{agent: rv.c.index[u.Agent], path: indexPath(pathSupplements, i)})
		}
	}
	for i, u := range rv.r.Substances {
		if u.active() {
			rv.items = append(rv.items, item{agent: rv.c.index[u.Agent], path: indexPath(pathSubstances, i)})
		}
	}
}
