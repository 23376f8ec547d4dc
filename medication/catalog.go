package medication

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/validation"
)

// CatalogVersion identifies the built-in catalog's content. It changes
// whenever an agent, rule, schedule or source changes.
const CatalogVersion = "2026.12.2"

// Data is the content of a catalog: agents, class data and rules. A host
// extends the built-in catalog by taking [BuiltinData], appending its own
// entries (a formulary's drugs, local monitoring policy) and passing the
// result to [NewCatalog].
type Data struct {
	Agents       []Agent           `json:"agents"`
	Classes      []ClassInfo       `json:"classes"`
	Rules        []Rule            `json:"rules"`
	Cautions     []CautionRule     `json:"cautions"`
	Schedules    []Schedule        `json:"schedules"`
	Duplications []DuplicationRule `json:"duplications"`
}

// BuiltinData returns a deep copy of the built-in catalog's content.
func BuiltinData() Data { return builtinData().clone() }

// builtinData builds the built-in tables once, on first use, so that
// importing the package costs nothing at init.
var builtinData = sync.OnceValue(func() Data {
	return Data{
		Agents: agentTable(), Classes: classTable(), Rules: ruleTable(), Cautions: cautionTable(),
		Schedules: scheduleTable(), Duplications: duplicationTable(),
	}
})

// clone returns a deep copy of d.
func (d Data) clone() Data {
	cp := Data{
		Agents:       make([]Agent, len(d.Agents)),
		Classes:      make([]ClassInfo, len(d.Classes)),
		Rules:        make([]Rule, len(d.Rules)),
		Cautions:     make([]CautionRule, len(d.Cautions)),
		Schedules:    make([]Schedule, len(d.Schedules)),
		Duplications: make([]DuplicationRule, len(d.Duplications)),
	}
	for i := range d.Agents {
		cp.Agents[i] = d.Agents[i].clone()
	}
	for i := range d.Classes {
		cp.Classes[i] = d.Classes[i].clone()
	}
	for i := range d.Rules {
		cp.Rules[i] = d.Rules[i].clone()
	}
	for i := range d.Cautions {
		cp.Cautions[i] = d.Cautions[i].clone()
	}
	for i := range d.Schedules {
		cp.Schedules[i] = d.Schedules[i].clone()
	}
	for i := range d.Duplications {
		cp.Duplications[i] = d.Duplications[i].clone()
	}
	return cp
}

// A Catalog is a validated, immutable set of agents and rules with the
// indexes the checks use. It is safe for concurrent use.
type Catalog struct {
	data    Data
	index   map[AgentID]int
	classes map[Class]int
	props   []Properties // effective properties per agent
	names   map[string]int32
	display []nameEntry // every name, for suggestions
	words   int         // uint64 words per rule bitset
	ruleA   []uint64    // len(agents)*words: rules whose A side the agent matches
	ruleB   []uint64
	super   []uint64 // len(rules)*words: rules each rule supersedes
	// Per agent: the schedules and caution rules whose match selects it.
	schedules, cautions agentSets
	// The positions of the schedules and caution rules each one
	// supersedes.
	schedSuper, cautionSuper [][]int
	// parts are, per agent, the agents the checks see: its ingredients for
	// a combination product, else itself.
	parts [][]int
	// maxWashout is the longest washout any rule or agent requires.
	maxWashout int
}

// agentSets is, for each agent, a set of rule positions.
type agentSets struct {
	words int
	bits  []uint64
}

func newAgentSets(agents, rules int, match func(agent, rule int) bool) agentSets {
	s := agentSets{words: max((rules+63)/64, 1)}
	s.bits = make([]uint64, agents*s.words)
	for a := range agents {
		for r := range rules {
			if match(a, r) {
				s.bits[a*s.words+r/64] |= 1 << (r % 64)
			}
		}
	}
	return s
}

// has reports whether rule r is in agent a's set.
func (s agentSets) has(a, r int) bool { return s.bits[a*s.words+r/64]&(1<<(r%64)) != 0 }

type nameEntry struct {
	key   string
	text  string
	agent int32
}

// Builtin returns the catalog this module ships.
func Builtin() *Catalog { return builtin() }

var builtin = sync.OnceValue(func() *Catalog {
	c, err := newCatalog(builtinData())
	if err != nil {
		// The built-in data is checked by the package's tests; a failure
		// here is a defect in this module, not in the caller's input.
		panic(err)
	}
	return c
})

// NewCatalog validates d and returns a catalog holding a deep copy of it.
// It returns a *[validation.Error] naming every problem, at paths such as
// "agents/3/sources": [ErrBadCatalog] for malformed entries (missing name,
// invalid enumeration, a rule side that matches no agent, impossible dose
// numbers), [evidence.ErrNoSource] and the [evidence.Source.Validate] errors
// for missing or invalid sources, [ErrDuplicate] for a repeated ID or a
// name or code shared by two agents, and [ErrUnknownAgent] for a rule that
// names an agent not in d.
func NewCatalog(d Data) (*Catalog, error) { return newCatalog(d.clone()) }

// newCatalog validates d and indexes it without copying.
func newCatalog(d Data) (*Catalog, error) {
	var v validation.Collector
	c := &Catalog{
		data:    d,
		index:   make(map[AgentID]int, len(d.Agents)),
		classes: make(map[Class]int, len(d.Classes)),
		names:   make(map[string]int32, 4*len(d.Agents)),
	}
	for i, ci := range d.Classes {
		p := validation.Join("classes", validation.Index(i))
		if !ci.Class.Valid() {
			v.Add(p+"/class", ErrBadCatalog)
		}
		if _, dup := c.classes[ci.Class]; dup {
			v.Add(p+"/class", ErrDuplicate)
		}
		c.classes[ci.Class] = i
		checkClaims(&v, p+"/claims", ci.Claims)
		checkWarnings(&v, p+"/warnings", ci.Warnings)
		if ci.Trial != nil {
			if ci.Trial.AdequateDays <= 0 || ci.Trial.OnsetDays <= 0 {
				v.Add(p+"/trial", ErrBadCatalog)
			}
			v.Merge(p+"/trial/sources", evidence.Check(ci.Trial.Sources))
		}
	}
	c.props = make([]Properties, len(d.Agents))
	codes := map[RxCUI]bool{}
	for i := range d.Agents {
		a := &d.Agents[i]
		p := validation.Join("agents", validation.Index(i))
		c.checkAgent(&v, p, a)
		if _, dup := c.index[a.ID]; dup {
			v.Add(p+"/id", ErrDuplicate)
		}
		c.index[a.ID] = i
		if a.RxNorm != "" {
			if codes[a.RxNorm] {
				v.Add(p+"/rxnorm", ErrDuplicate)
			}
			codes[a.RxNorm] = true
		}
		if ci, ok := c.classes[a.Class]; ok {
			c.props[i] = d.Classes[ci].Properties()
		}
		for _, cl := range a.Claims {
			c.props[i] |= cl.Properties
		}
		c.addNames(&v, p, i, a)
	}
	c.compileParts(&v)
	slices.SortFunc(c.display, func(x, y nameEntry) int { return strings.Compare(x.text, y.text) })
	ruleIDs := make(map[string]int, len(d.Rules))
	for i, r := range d.Rules {
		p := validation.Join("rules", validation.Index(i))
		if r.ID == "" {
			v.Add(p+"/id", ErrBadCatalog)
		} else if _, dup := ruleIDs[r.ID]; dup {
			v.Add(p+"/id", ErrDuplicate)
		}
		ruleIDs[r.ID] = i
		c.checkMatch(&v, p+"/a", r.A)
		c.checkMatch(&v, p+"/b", r.B)
		checkText(&v, p, r.Title, r.Mechanism, r.Advice, r.Severity, r.Strength, r.Sources)
		if r.ONC < 0 || r.ONC > 15 || r.WashoutAfterA < 0 || r.WashoutAfterB < 0 {
			v.Add(p, ErrBadCatalog)
		}
		if !r.Basis.Valid() {
			v.Add(p+"/basis", ErrBadCatalog)
		}
		if strings.TrimSpace(r.Wording) == "" {
			v.Add(p+"/wording", ErrBadCatalog)
		}
	}
	for i, r := range d.Rules {
		for j, s := range r.Supersedes {
			if _, ok := ruleIDs[s]; !ok || s == r.ID {
				v.Add(validation.Join("rules", validation.Index(i), "supersedes", validation.Index(j)), ErrBadCatalog)
			}
		}
	}
	c.checkCautions(&v, d.Cautions)
	c.checkSchedules(&v, d.Schedules)
	for i, r := range d.Duplications {
		p := validation.Join("duplications", validation.Index(i))
		if r.ID == "" || len(r.Classes) == 0 {
			v.Add(p, ErrBadCatalog)
		}
		for _, cl := range r.Classes {
			if !cl.Valid() {
				v.Add(p+"/classes", ErrBadCatalog)
			}
		}
		checkText(&v, p, r.Title, r.Mechanism, r.Advice, r.Severity, r.Strength, r.Sources)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	c.compileRules(ruleIDs)
	return c, nil
}

func (c *Catalog) checkAgent(v *validation.Collector, p string, a *Agent) {
	if !validID(string(a.ID)) {
		v.Add(p+"/id", ErrBadCatalog)
	}
	if !a.Kind.Valid() {
		v.Add(p+"/kind", ErrBadCatalog)
	}
	if strings.TrimSpace(a.Name) == "" {
		v.Add(p+"/name", ErrBadCatalog)
	}
	if _, ok := c.classes[a.Class]; !ok {
		v.Add(p+"/class", ErrBadCatalog)
	}
	if a.RxNorm != "" && !a.RxNorm.Valid() {
		v.Add(p+"/rxnorm", ErrBadCatalog)
	}
	v.Merge(p+"/sources", evidence.Check(a.Sources))
	checkClaims(v, p+"/claims", a.Claims)
	checkWarnings(v, p+"/warnings", a.Warnings)
	for j, u := range a.Units {
		if !u.Valid() {
			v.Add(validation.Join(p, "units", validation.Index(j)), ErrBadCatalog)
		}
	}
	if a.Washout < 0 || (a.Washout > 0 && len(a.WashoutSources) == 0) {
		v.Add(p+"/washout", ErrBadCatalog)
	}
	if a.Washout > 0 {
		v.Merge(p+"/washoutSources", evidence.Check(a.WashoutSources))
	}
	checkDoses(v, p+"/doses", a.Doses)
	for j := range a.Products {
		pr := &a.Products[j]
		pp := validation.Join(p, "products", validation.Index(j))
		if strings.TrimSpace(pr.Name) == "" {
			v.Add(pp+"/name", ErrBadCatalog)
		}
		if pr.Release != ReleaseUnknown && !pr.Release.Valid() {
			v.Add(pp+"/release", ErrBadCatalog)
		}
		if pr.Frequency != FrequencyUnknown && !pr.Frequency.Valid() {
			v.Add(pp+"/frequency", ErrBadCatalog)
		}
		if len(pr.Doses) == 0 {
			v.Add(pp+"/doses", ErrBadCatalog)
		}
		checkDoses(v, pp+"/doses", pr.Doses)
		v.Merge(pp+"/sources", evidence.Check(pr.Sources))
	}
}

func checkDoses(v *validation.Collector, p string, ds []DoseRange) {
	for j, d := range ds {
		dp := validation.Join(p, validation.Index(j))
		if d.Release != ReleaseUnknown && !d.Release.Valid() {
			v.Add(dp+"/release", ErrBadCatalog)
		}
		if !nonNeg(d.UsualMin, d.UsualMax, d.Max, d.MaxSingle) || (d.UsualMax > 0 && d.UsualMin > d.UsualMax) ||
			(d.Max > 0 && d.UsualMin > d.Max) || (d.Max == 0 && d.UsualMin == 0 && d.UsualMax == 0) {
			v.Add(dp, ErrBadCatalog)
		}
		for _, g := range d.Groups {
			if _, ok := assessment.LookupGroup(g); !ok {
				v.Add(dp+"/groups", ErrBadCatalog)
			}
		}
		v.Merge(dp+"/sources", evidence.Check(d.Sources))
		for k, l := range d.Limits {
			lp := validation.Join(dp, "limits", validation.Index(k))
			if !nonNeg(l.Max) || l.Max == 0 || (d.Max > 0 && l.Max > d.Max) || l.MinAge < 0 ||
				(l.Sex != assessment.SexUnknown && !l.Sex.Valid()) || strings.TrimSpace(l.Reason) == "" || !l.Severity.Valid() {
				v.Add(lp, ErrBadCatalog)
			}
			v.Merge(lp+"/sources", evidence.Check(l.Sources))
		}
	}
}

// compileParts resolves combination products to their ingredients and
// gives each product the union of its ingredients' properties. An
// ingredient must be a catalog agent that is not itself a combination.
func (c *Catalog) compileParts(v *validation.Collector) {
	c.parts = make([][]int, len(c.data.Agents))
	for i := range c.data.Agents {
		a := &c.data.Agents[i]
		if len(a.Ingredients) == 0 {
			c.parts[i] = []int{i}
			continue
		}
		p := validation.Join("agents", validation.Index(i), "ingredients")
		if len(a.Ingredients) < 2 {
			v.Add(p, ErrBadCatalog)
		}
		parts := make([]int, 0, len(a.Ingredients))
		var props Properties
		for j, id := range a.Ingredients {
			k, ok := c.index[id]
			switch {
			case !ok:
				v.Add(validation.Join(p, validation.Index(j)), ErrUnknownAgent)
			case len(c.data.Agents[k].Ingredients) > 0 || k == i || slices.Contains(parts, k):
				v.Add(validation.Join(p, validation.Index(j)), ErrBadCatalog)
			default:
				parts = append(parts, k)
				props |= c.props[k]
			}
		}
		c.parts[i] = parts
		c.props[i] = props
	}
}

// validID reports whether id is lower-case letters, digits and single
// hyphens.
func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		b := id[i]
		switch {
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
		case b == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

func nonNeg(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
			return false
		}
	}
	return true
}

func checkClaims(v *validation.Collector, p string, cs []Claim) {
	for i, cl := range cs {
		cp := validation.Join(p, validation.Index(i))
		if cl.Properties == 0 || cl.Properties>>propertyCount != 0 {
			v.Add(cp+"/properties", ErrBadCatalog)
		}
		v.Merge(cp+"/sources", evidence.Check(cl.Sources))
	}
}

func checkWarnings(v *validation.Collector, p string, ws []Warning) {
	for i, w := range ws {
		wp := validation.Join(p, validation.Index(i))
		if strings.TrimSpace(w.Text) == "" {
			v.Add(wp+"/text", ErrBadCatalog)
		}
		v.Merge(wp+"/sources", evidence.Check(w.Sources))
	}
}

func checkText(v *validation.Collector, p, title, mech, advice string, sev Severity, str evidence.Strength, srcs []evidence.Source) {
	if strings.TrimSpace(title) == "" {
		v.Add(p+"/title", ErrBadCatalog)
	}
	if strings.TrimSpace(mech) == "" {
		v.Add(p+"/mechanism", ErrBadCatalog)
	}
	if strings.TrimSpace(advice) == "" {
		v.Add(p+"/advice", ErrBadCatalog)
	}
	if !sev.Valid() {
		v.Add(p+"/severity", ErrBadCatalog)
	}
	if !str.Valid() {
		v.Add(p+"/strength", ErrBadCatalog)
	}
	v.Merge(p+"/sources", evidence.Check(srcs))
}

// checkMatch reports references to unknown agents and invalid classes, and
// a match that selects no agent of the catalog.
func (c *Catalog) checkMatch(v *validation.Collector, p string, m Match) {
	if m.empty() {
		v.Add(p, ErrBadCatalog)
		return
	}
	for _, id := range slices.Concat(m.Agents, m.Except) {
		if _, ok := c.index[id]; !ok {
			v.Add(p+"/agents", ErrUnknownAgent)
		}
	}
	for _, cl := range m.Classes {
		if !cl.Valid() {
			v.Add(p+"/classes", ErrBadCatalog)
		}
	}
	if (m.Properties|m.Not)>>propertyCount != 0 {
		v.Add(p+"/properties", ErrBadCatalog)
	}
	for i := range c.data.Agents {
		if m.matches(c.data.Agents[i].ID, c.data.Agents[i].Class, c.props[i]) {
			return
		}
	}
	v.Add(p, ErrBadCatalog)
}

func (c *Catalog) checkCautions(v *validation.Collector, rs []CautionRule) {
	ids := map[string]bool{}
	for _, r := range rs {
		ids[r.ID] = true
	}
	seen := map[string]bool{}
	for i, r := range rs {
		p := validation.Join("cautions", validation.Index(i))
		if r.ID == "" {
			v.Add(p+"/id", ErrBadCatalog)
		} else if seen[r.ID] {
			v.Add(p+"/id", ErrDuplicate)
		}
		seen[r.ID] = true
		c.checkMatch(v, p+"/match", r.Match)
		for _, g := range r.Groups {
			if _, ok := assessment.LookupGroup(g); !ok {
				v.Add(p+"/groups", ErrBadCatalog)
			}
		}
		if len(r.Groups) == 0 && !r.Pregnant && !r.PregnancyPossible && r.MinAge == 0 && r.MaxAge == 0 {
			v.Add(p, ErrBadCatalog)
		}
		if r.MinAge < 0 || r.MaxAge < 0 || (r.MaxAge > 0 && r.MinAge > r.MaxAge) {
			v.Add(p, ErrBadCatalog)
		}
		if r.Basis != BasisUnknown && r.Basis != BasisBoxedWarning {
			v.Add(p+"/basis", ErrBadCatalog)
		}
		for _, s := range r.Supersedes {
			if !ids[s] || s == r.ID {
				v.Add(p+"/supersedes", ErrBadCatalog)
			}
		}
		checkText(v, p, r.Title, r.Mechanism, r.Advice, r.Severity, r.Strength, r.Sources)
	}
}

func (c *Catalog) checkSchedules(v *validation.Collector, ss []Schedule) {
	ids := map[string]bool{}
	for _, s := range ss {
		ids[s.ID] = true
	}
	seen := map[string]bool{}
	for i, s := range ss {
		p := validation.Join("schedules", validation.Index(i))
		if s.ID == "" {
			v.Add(p+"/id", ErrBadCatalog)
		} else if seen[s.ID] {
			v.Add(p+"/id", ErrDuplicate)
		}
		seen[s.ID] = true
		c.checkMatch(v, p+"/match", s.Match)
		if !s.Test.Valid() {
			v.Add(p+"/test", ErrBadCatalog)
		}
		if !s.Baseline && s.FirstAfter == 0 && len(s.Phases) == 0 {
			v.Add(p, ErrBadCatalog)
		}
		if s.FirstAfter < 0 || s.MaxAge < 0 {
			v.Add(p, ErrBadCatalog)
		}
		last := 0
		for j, ph := range s.Phases {
			open := ph.Until == 0
			if ph.Every <= 0 || (!open && ph.Until <= last) || (open && j != len(s.Phases)-1) {
				v.Add(validation.Join(p, "phases", validation.Index(j)), ErrBadCatalog)
			}
			last = ph.Until
		}
		for _, x := range s.Supersedes {
			if !ids[x] || x == s.ID {
				v.Add(p+"/supersedes", ErrBadCatalog)
			}
		}
		checkText(v, p, s.Title, s.Mechanism, s.Advice, s.Severity, s.Strength, s.Sources)
	}
}

// compileRules builds the per-agent rule bitsets used by the pairwise
// screen.
func (c *Catalog) compileRules(ids map[string]int) {
	n := len(c.data.Rules)
	c.words = (n + 63) / 64
	if c.words == 0 {
		c.words = 1
	}
	c.ruleA = make([]uint64, len(c.data.Agents)*c.words)
	c.ruleB = make([]uint64, len(c.data.Agents)*c.words)
	for i := range c.data.Agents {
		a := &c.data.Agents[i]
		for r := range c.data.Rules {
			if c.data.Rules[r].A.matches(a.ID, a.Class, c.props[i]) {
				c.ruleA[i*c.words+r/64] |= 1 << (r % 64)
			}
			if c.data.Rules[r].B.matches(a.ID, a.Class, c.props[i]) {
				c.ruleB[i*c.words+r/64] |= 1 << (r % 64)
			}
		}
	}
	c.schedules = newAgentSets(len(c.data.Agents), len(c.data.Schedules), func(a, r int) bool {
		ag := &c.data.Agents[a]
		return c.data.Schedules[r].Match.matches(ag.ID, ag.Class, c.props[a])
	})
	c.cautions = newAgentSets(len(c.data.Agents), len(c.data.Cautions), func(a, r int) bool {
		ag := &c.data.Agents[a]
		return c.data.Cautions[r].Match.matches(ag.ID, ag.Class, c.props[a])
	})
	c.schedSuper = supersedeIndex(len(c.data.Schedules), func(i int) (string, []string) {
		return c.data.Schedules[i].ID, c.data.Schedules[i].Supersedes
	})
	c.cautionSuper = supersedeIndex(len(c.data.Cautions), func(i int) (string, []string) {
		return c.data.Cautions[i].ID, c.data.Cautions[i].Supersedes
	})
	for i := range c.data.Agents {
		c.maxWashout = max(c.maxWashout, c.data.Agents[i].Washout)
	}
	for i := range c.data.Rules {
		c.maxWashout = max(c.maxWashout, c.data.Rules[i].WashoutAfterA, c.data.Rules[i].WashoutAfterB)
	}
	c.super = make([]uint64, n*c.words)
	for r := range c.data.Rules {
		for _, s := range c.data.Rules[r].Supersedes {
			j := ids[s]
			c.super[r*c.words+j/64] |= 1 << (j % 64)
		}
	}
}

// Lookup returns a copy of the agent with the given ID.
func (c *Catalog) Lookup(id AgentID) (Agent, bool) {
	i, ok := c.index[id]
	if !ok {
		return Agent{}, false
	}
	return c.data.Agents[i].clone(), true
}

// Class returns the class of the agent with the given ID, and whether the
// catalog has it. It copies nothing, for callers that ask often.
func (c *Catalog) Class(id AgentID) (Class, bool) {
	i, ok := c.index[id]
	if !ok {
		return 0, false
	}
	return c.data.Agents[i].Class, true
}

// All returns copies of the catalog's agents in catalog order.
func (c *Catalog) All() []Agent {
	out := make([]Agent, len(c.data.Agents))
	for i := range c.data.Agents {
		out[i] = c.data.Agents[i].clone()
	}
	return out
}

// Data returns a deep copy of the catalog's content.
func (c *Catalog) Data() Data { return c.data.clone() }

// Properties returns the effective properties of the agent with the given
// ID: its class's and its own. It returns 0 for an unknown ID.
func (c *Catalog) Properties(id AgentID) Properties {
	i, ok := c.index[id]
	if !ok {
		return 0
	}
	return c.props[i]
}

// ClassInfo returns a copy of what the catalog says of class cl.
func (c *Catalog) ClassInfo(cl Class) (ClassInfo, bool) {
	i, ok := c.classes[cl]
	if !ok {
		return ClassInfo{}, false
	}
	return c.data.Classes[i].clone(), true
}

// Warnings returns the boxed warnings of the agent with the given ID: its
// class's, then its own.
func (c *Catalog) Warnings(id AgentID) []Warning {
	i, ok := c.index[id]
	if !ok {
		return nil
	}
	a := &c.data.Agents[i]
	var out []Warning
	if ci, ok := c.classes[a.Class]; ok {
		out = append(out, cloneWarnings(c.data.Classes[ci].Warnings)...)
	}
	return append(out, cloneWarnings(a.Warnings)...)
}

// Rules returns copies of the catalog's interaction rules.
func (c *Catalog) Rules() []Rule {
	out := make([]Rule, len(c.data.Rules))
	for i := range c.data.Rules {
		out[i] = c.data.Rules[i].clone()
	}
	return out
}

// LookupRule returns a copy of the interaction rule with the given ID.
func (c *Catalog) LookupRule(id string) (Rule, bool) {
	for i := range c.data.Rules {
		if c.data.Rules[i].ID == id {
			return c.data.Rules[i].clone(), true
		}
	}
	return Rule{}, false
}

// agent returns the catalog's own agent at index i; callers must not
// modify it.
func (c *Catalog) agent(i int) *Agent { return &c.data.Agents[i] }

// Lookup returns a copy of the built-in agent with the given ID.
func Lookup(id AgentID) (Agent, bool) { return builtin().Lookup(id) }

// All returns copies of the built-in agents in catalog order.
func All() []Agent { return builtin().All() }

// Rules returns copies of the built-in interaction rules.
func Rules() []Rule { return builtin().Rules() }

// LookupRule returns a copy of the built-in interaction rule with the given
// ID.
func LookupRule(id string) (Rule, bool) { return builtin().LookupRule(id) }

// supersedeIndex turns the supersedes lists of n entries into positions.
func supersedeIndex(n int, entry func(int) (string, []string)) [][]int {
	pos := make(map[string]int, n)
	for i := range n {
		id, _ := entry(i)
		pos[id] = i
	}
	out := make([][]int, n)
	for i := range n {
		_, sup := entry(i)
		for _, id := range sup {
			out[i] = append(out[i], pos[id])
		}
	}
	return out
}
