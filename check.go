package integrative

import (
	"errors"
	"slices"
	"sync"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
	"github.com/wholeperson/integrative/validation"
)

// An Option configures [Check] and [Plan.Validate]. Options are made by the
// With... functions; a nil option is ignored.
type Option interface{ apply(*config) }

type config struct {
	assessment *assessment.Catalog
	medication *medication.Catalog
	modality   *modality.Catalog
	practices  *traumainformed.Catalog
	only       []string
	without    []string
	extra      []Rule
	custom     [4]bool // a host catalog replaces the built-in one: assessment, medication, modality, practices
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// WithRules runs only the rules with the given IDs (built-in or added with
// [WithHostRules]). An ID that names no rule makes [Check] fail with
// [ErrUnknownRule].
func WithRules(ids ...string) Option {
	ids = slices.Clone(ids)
	return optionFunc(func(c *config) { c.only = append(c.only, ids...) })
}

// WithoutRules leaves out the rules with the given IDs. An ID that names no
// rule makes [Check] fail with [ErrUnknownRule].
func WithoutRules(ids ...string) Option {
	ids = slices.Clone(ids)
	return optionFunc(func(c *config) { c.without = append(c.without, ids...) })
}

// WithHostRules adds a host's own rules, which run after the built-in ones
// in ID order. Each must pass [Rule.Validate] and have an ID no other rule
// has.
func WithHostRules(rules ...Rule) Option {
	rules = slices.Clone(rules)
	return optionFunc(func(c *config) { c.extra = append(c.extra, rules...) })
}

// WithAssessmentCatalog checks the plan's instruments against c instead of
// the built-in instruments (a host's licensed instruments, for example).
func WithAssessmentCatalog(c *assessment.Catalog) Option {
	return optionFunc(func(cfg *config) {
		if c != nil {
			cfg.assessment, cfg.custom[0] = c, true
		}
	})
}

// WithMedicationCatalog checks the plan's medication against c instead of
// the built-in catalog (a clinic's formulary, for example).
func WithMedicationCatalog(c *medication.Catalog) Option {
	return optionFunc(func(cfg *config) {
		if c != nil {
			cfg.medication, cfg.custom[1] = c, true
		}
	})
}

// WithModalityCatalog checks the plan's psychotherapy against c instead of
// the built-in catalog.
func WithModalityCatalog(c *modality.Catalog) Option {
	return optionFunc(func(cfg *config) {
		if c != nil {
			cfg.modality, cfg.custom[2] = c, true
		}
	})
}

// WithPracticeCatalog checks the plan's trauma-informed practices against c
// instead of the built-in catalog.
func WithPracticeCatalog(c *traumainformed.Catalog) Option {
	return optionFunc(func(cfg *config) {
		if c != nil {
			cfg.practices, cfg.custom[3] = c, true
		}
	})
}

// ErrUnknownRule: [WithRules] or [WithoutRules] names a rule that does not
// exist.
var ErrUnknownRule = errors.New("integrative: no rule with that ID")

func newConfig(opts []Option) config {
	cfg := config{
		assessment: assessment.Builtin(),
		medication: medication.Builtin(),
		modality:   modality.Builtin(),
		practices:  traumainformed.Builtin(),
	}
	for _, o := range opts {
		if o != nil {
			o.apply(&cfg)
		}
	}
	return cfg
}

// defaultRules are the built-in rules that run when no option chooses:
// every one not retired, in order, worked out once.
var defaultRules = sync.OnceValue(func() []*Rule {
	var out []*Rule
	for i := range builtinRules {
		if r := &builtinRules[i]; r.Check != nil && r.Retired == "" {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b *Rule) int { return compareRuleIDs(a.ID, b.ID) })
	return out
})

// rules returns the rules to run, in ID order, or an error for a bad host
// rule or an unknown ID.
func (cfg *config) rules() ([]*Rule, error) {
	if len(cfg.only) == 0 && len(cfg.without) == 0 && len(cfg.extra) == 0 {
		return defaultRules(), nil
	}
	var v validation.Collector
	all := make([]*Rule, 0, len(builtinRules)+len(cfg.extra))
	for i := range builtinRules {
		all = append(all, &builtinRules[i])
	}
	for i := range cfg.extra {
		r := &cfg.extra[i]
		p := validation.Join("hostRules", validation.Index(i))
		if err := r.Validate(); err != nil {
			v.Merge(p, err)
			continue
		}
		if slices.ContainsFunc(all, func(o *Rule) bool { return o.ID == r.ID }) {
			v.Add(p+"/id", ErrDuplicateRule)
			continue
		}
		all = append(all, r)
	}
	known := func(id string) bool { return slices.ContainsFunc(all, func(r *Rule) bool { return r.ID == id }) }
	for i, id := range cfg.only {
		if !known(id) {
			v.Add(validation.Join("only", validation.Index(i)), ErrUnknownRule)
		}
	}
	for i, id := range cfg.without {
		if !known(id) {
			v.Add(validation.Join("without", validation.Index(i)), ErrUnknownRule)
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	out := all[:0]
	for _, r := range all {
		if r.Check == nil || r.Retired != "" {
			continue
		}
		if len(cfg.only) > 0 && !slices.Contains(cfg.only, r.ID) {
			continue
		}
		if slices.Contains(cfg.without, r.ID) {
			continue
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b *Rule) int { return compareRuleIDs(a.ID, b.ID) })
	return out, nil
}

// compareRuleIDs orders rule IDs by family in the catalog's order (ASM,
// MED, MOD, TIC, PLN, then host families alphabetically), then by number.
func compareRuleIDs(a, b string) int {
	fa, fb := familyRank(a), familyRank(b)
	if fa != fb {
		return fa - fb
	}
	return validation.ComparePaths(a, b)
}

func familyRank(id string) int {
	for i, f := range []string{"ASM", "MED", "MOD", "TIC", "PLN"} {
		if len(id) > len(f) && id[:len(f)] == f && id[len(f)] >= '0' && id[len(f)] <= '9' {
			return i
		}
	}
	return 5
}

// safetyReport is the report of a malformed plan: the suicide-risk
// findings (ASM001) its responses still raise, and nothing else.
func safetyReport(plan *Plan, cfg *config, st *state) Report {
	if st == nil {
		return newReport(plan, cfg, nil, nil)
	}
	r, _ := LookupRule("ASM001")
	r.Check = checkSuicideFlags
	pass := Pass{Plan: plan, st: st, rule: &r}
	checkSuicideFlags(&pass)
	return newReport(plan, cfg, []string{r.ID}, st.findings)
}

// Check validates the plan and runs the rules on it: the built-in rules
// (or those chosen with [WithRules] and [WithoutRules]) and any added with
// [WithHostRules]. It returns the [Report]: the findings sorted by
// severity (most severe first), rule and subject, counts by severity, the
// rules that ran and the catalog versions used.
//
// A well-formed plan always gets a report, however questionable it is
// clinically; the error is only for malformed input: a *[validation.Error]
// with every problem [Plan.Validate] finds, or, for a bad option, a
// *[validation.Error] with [ErrBadRule] or [ErrDuplicateRule] under
// "hostRules/<i>" and [ErrUnknownRule] under "only/<i>" or "without/<i>".
//
// A safety signal is never lost to an input error: when the plan is
// malformed, Check returns the error together with a report that holds
// the suicide-risk findings (ASM001) the intake's responses still raise,
// critical unless a risk assessment and safety plan are recorded after the
// response. A host must show those findings even though the plan could not
// be checked. A response whose only problem is unanswered items does not
// make the plan malformed: it is reported as incomplete (ASM003), and the
// flags its answers raise are reported as usual.
//
// Check does no text formatting and no I/O, and the same plan and options
// give the same report. It is safe for concurrent use.
func Check(plan Plan, opts ...Option) (Report, error) {
	cfg := newConfig(opts)
	rules, err := cfg.rules()
	if err != nil {
		return Report{}, err
	}
	st, err := prepare(&plan, &cfg)
	if err != nil {
		return safetyReport(&plan, &cfg, st), err
	}
	pass := Pass{Plan: &plan, st: st}
	ids := make([]string, len(rules))
	for i, r := range rules {
		pass.rule = r
		r.Check(&pass)
		ids[i] = r.ID
		if st.err != nil {
			return Report{}, st.err
		}
	}
	return newReport(&plan, &cfg, ids, st.findings), nil
}

// Validate checks that the plan is well formed, with the catalogs given by
// options (the built-in ones otherwise). It returns nil or one
// *[validation.Error] naming every problem by its JSON path: the leaf
// packages' own errors for the parts they check, under "intake",
// "medication", "psychotherapy", "delivery" and "team"; and the errors of
// this package:
//   - "asOf": [ErrBadDate] when missing, and [ErrBadDate] at "intake/date"
//     when the intake is dated after it;
//   - [ErrTooMany] at a collection over [MaxTeam] or [MaxElements];
//   - [ErrRequired] at a missing key, text, reason or role; [ErrDuplicateKey]
//     at a key used twice anywhere in the plan;
//   - [ErrUnknownKey] at a reference to a key no element of the right kind
//     has (a goal's problem, an objective's goal, an intervention's
//     target, a prescription's prescriber, a component's clinician, a
//     decision's prescriptions and components, an acknowledgement's By);
//   - [ErrUnknownCode] at a condition code the intake does not hold, an
//     instrument the catalog does not have, and a rule the catalog does not
//     have;
//   - [ErrOneTarget] at an intervention without exactly one target, and
//     [ErrObjectiveForm] at an objective that is neither a score nor a
//     dated behaviour; [ErrOutOfRange] at a target outside the
//     instrument's range or a negative interval;
//   - [ErrBadValue] at an invalid enumeration value;
//   - [ErrBadDate] at a date that is missing where required or after
//     AsOf where it must not be.
func (p Plan) Validate(opts ...Option) error {
	cfg := newConfig(opts)
	_, err := prepare(&p, &cfg)
	return err
}
