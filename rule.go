package integrative

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// A Rule is one plan-consistency check: a logically constant value with a
// stable ID, what it is about, how severe its findings are by default, the
// sources behind it, and the function that runs it. The built-in rules
// are listed, in ID order, by [Rules]; a host adds its own with
// [WithRules] using the same type.
//
// IDs are a family prefix and a number: ASM for assessment (instruments,
// flags, screening), MED for medication safety, MOD for psychotherapy
// integration, TIC for trauma-informed care, PLN for the cross-cutting
// rules of the whole plan. An ID is never reused; a retired rule stays
// listed with Retired set and no Check.
type Rule struct {
	// ID is the stable ID, such as "PLN002". Required: capital letters then
	// three or more digits.
	ID string `json:"id"`
	// Title is a short title in English that starts in lower case, like a
	// sentence fragment (abbreviations such as PTSD stay as they are).
	// Required.
	Title string `json:"title"`
	// Doc is the clinician-facing explanation: what the rule checks, when
	// it fires and when it does not. Required.
	Doc string `json:"doc"`
	// Severity is the default severity of its findings. Rules that map a
	// leaf package's grades set each finding's severity themselves.
	Severity Severity `json:"severity"`
	// Strength is the default strength of the evidence behind it.
	Strength evidence.Strength `json:"strength"`
	// Sources are the sources behind the rule. At least one is required.
	Sources []evidence.Source `json:"sources"`
	// Since is the module version that introduced the rule. Required.
	Since string `json:"since"`
	// Retired is the module version that retired the rule, if it was.
	Retired string `json:"retired,omitempty"`
	// Message is the English message template: text with {name}
	// placeholders for the finding's values.
	Message string `json:"message"`
	// Basis is the default basis of its findings: why it matters, in one
	// or two sentences. Required unless every finding sets its own.
	Basis string `json:"basis,omitempty"`
	// Suggestion is the default suggestion of its findings, if any.
	Suggestion string `json:"suggestion,omitempty"`
	// Check runs the rule on a plan and reports findings through the
	// [Pass]. Required unless Retired.
	Check func(*Pass) `json:"-"`
}

// Errors of [Rule.Validate].
var (
	// ErrBadRule: a rule with a malformed ID, no title, doc, since,
	// message or check, or a default severity that is not valid.
	ErrBadRule = errors.New("integrative: rule is incomplete or malformed")
	// ErrDuplicateRule: two rules with one ID.
	ErrDuplicateRule = errors.New("integrative: two rules with one ID")
)

var ruleID = regexp.MustCompile(`^[A-Z]{2,8}[0-9]{3,}$`)

// Validate checks that r is complete: a well-formed ID, a title that
// starts in lower case, a doc, a valid default severity and strength, at least one valid
// source, a since version, a message, and a check unless it is retired. It
// returns nil or a *[validation.Error] with [ErrBadRule] at the fields at
// fault and the [evidence.Check] errors under "sources".
func (r Rule) Validate() error {
	var v validation.Collector
	if !ruleID.MatchString(r.ID) {
		v.Add("id", ErrBadRule)
	}
	if first, _ := utf8.DecodeRuneInString(r.Title); strings.TrimSpace(r.Title) == "" || unicode.IsUpper(first) {
		v.Add("title", ErrBadRule)
	}
	if strings.TrimSpace(r.Doc) == "" {
		v.Add("doc", ErrBadRule)
	}
	if !r.Severity.Valid() {
		v.Add("severity", ErrBadRule)
	}
	if !r.Strength.Valid() {
		v.Add("strength", ErrBadRule)
	}
	v.Merge("sources", evidence.Check(r.Sources))
	if strings.TrimSpace(r.Since) == "" {
		v.Add("since", ErrBadRule)
	}
	if strings.TrimSpace(r.Message) == "" {
		v.Add("message", ErrBadRule)
	}
	if r.Check == nil && r.Retired == "" {
		v.Add("check", ErrBadRule)
	}
	return v.Err()
}

// clone returns a copy of r that shares no memory with the catalog.
func (r Rule) clone() Rule {
	r.Sources = slices.Clone(r.Sources)
	return r
}

// Rules returns the built-in rules in ID order, retired ones included.
func Rules() []Rule {
	out := make([]Rule, len(builtinRules))
	for i, r := range builtinRules {
		out[i] = r.clone()
	}
	return out
}

// LookupRule returns the built-in rule with the given ID.
func LookupRule(id string) (Rule, bool) {
	i, ok := ruleIndex()[id]
	if !ok {
		return Rule{}, false
	}
	return builtinRules[i].clone(), true
}

var ruleIndex = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(builtinRules))
	for i, r := range builtinRules {
		m[r.ID] = i
	}
	return m
})

// builtinRules is the rule catalog, in ID order. It is built from the
// families' tables so each rule is defined beside its check.
var builtinRules = slices.Concat(asmRules, medRules, modRules, ticRules, plnRules)

// A Pass is what a rule's check reads and how it reports: the plan, the
// leaf packages' analyses of it (computed once per [Check], on first use),
// and [Pass.Report]. A Pass is valid only during the check it is given to
// and must not be kept or used from another goroutine.
type Pass struct {
	// Plan is the plan being checked. It is valid (it passed
	// [Plan.Validate]) and must not be modified.
	Plan *Plan
	rule *Rule
	st   *state
}

// Report records a finding of the running rule. Empty fields take the
// rule's defaults: Rule its ID, Severity its default severity, Basis,
// Suggestion, Strength and Sources its own. Paths gets Subject first when
// it does not hold it.
func (p *Pass) Report(f Finding) {
	r := p.rule
	f.Rule = r.ID
	if !f.Severity.Valid() {
		f.Severity = r.Severity
	}
	if f.Basis == "" {
		f.Basis = r.Basis
	}
	if f.Suggestion == "" {
		f.Suggestion = r.Suggestion
	}
	if !f.Strength.Valid() {
		f.Strength = r.Strength
	}
	if len(f.Sources) == 0 {
		f.Sources = slices.Clone(r.Sources)
	}
	if f.Subject != "" && !slices.Contains(f.Paths, f.Subject) {
		f.Paths = append([]string{f.Subject}, f.Paths...)
	}
	p.st.findings = append(p.st.findings, f)
}
