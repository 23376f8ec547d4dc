package medication

import (
	"math/bits"
	"slices"
	"sync"

	"github.com/wholeperson/integrative/validation"
)

// Path prefixes with precomputed paths for the first positions, so the hot
// paths build no strings.
const (
	pathAgents = iota
	pathPrescriptions
	pathSupplements
	pathSubstances
	pathKinds
)

const precomputedPaths = 32

var pathNames = [pathKinds]string{"agents", "prescriptions", "supplements", "substances"}

var paths = sync.OnceValue(func() (t *[pathKinds][precomputedPaths]string) {
	t = new([pathKinds][precomputedPaths]string)
	for k := range t {
		for i := range t[k] {
			t[k][i] = pathNames[k] + "/" + itoa(i)
		}
	}
	return t
})

// indexPath returns "<prefix>/<i>".
func indexPath(kind, i int) string {
	if i < precomputedPaths {
		return paths()[kind][i]
	}
	return pathNames[kind] + "/" + itoa(i)
}

// An item is one agent in a screen or review, with the path that names it.
// A combination product is one item per ingredient, all with the
// product's path and entry.
type item struct {
	agent int
	path  string
	entry int // position of the input entry; items of one entry never interact
	rx    int // prescription position, or -1
}

// appendItems appends the items of agent a (its ingredients, for a
// combination product).
func (c *Catalog) appendItems(items []item, a int, path string, entry, rx int) []item {
	for _, k := range c.parts[a] {
		items = append(items, item{agent: k, path: path, entry: entry, rx: rx})
	}
	return items
}

// Screen checks every pair of the given agents against the interaction
// rules and returns the interactions found, sorted (most severe first).
// Each concern's Paths are "agents/<position>". A combination product is
// screened as its ingredients, each concern naming the ingredient. Where a
// more specific rule
// and a general one both apply to a pair, only the specific one is
// reported. Screen returns a *[validation.Error] with [ErrUnknownAgent] at
// "agents/<position>" for IDs not in the catalog.
func (c *Catalog) Screen(ids ...AgentID) ([]Concern, error) {
	var stack [24]item
	items := stack[:0]
	var v validation.Collector
	for i, id := range ids {
		ai, ok := c.index[id]
		if !ok {
			v.Add(validation.Join("agents", validation.Index(i)), ErrUnknownAgent)
			continue
		}
		items = c.appendItems(items, ai, indexPath(pathAgents, i), i, -1)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	var buf arena
	return finish(c.interactions(items, nil, &buf)), nil
}

// Screen checks agents against the built-in catalog; see [Catalog.Screen].
func Screen(ids ...AgentID) ([]Concern, error) { return builtin().Screen(ids...) }

// interactions appends the interactions between every pair of items. The
// concerns' slices are scratch (see [finish]).
func (c *Catalog) interactions(items []item, out []Concern, buf *arena) []Concern {
	w := c.words
	var stack [8]uint64
	fired := stack[:0]
	if w > len(stack) {
		fired = make([]uint64, 0, w)
	}
	fired = fired[:w]
	// Two passes: count the concerns, so the result and its slices are
	// allocated once at their size, then build them.
	n := 0
	for pass := range 2 {
		if pass == 1 {
			if n == 0 {
				return out
			}
			out = slices.Grow(out, n)
			buf.reserve(2*n, 2*n)
		}
		for i := range items {
			a := items[i].agent
			for j := i + 1; j < len(items); j++ {
				b := items[j].agent
				if a == b || items[i].entry == items[j].entry {
					continue
				}
				found := false
				for k := range w {
					f := c.ruleA[a*w+k]&c.ruleB[b*w+k] | c.ruleA[b*w+k]&c.ruleB[a*w+k]
					fired[k] = f
					found = found || f != 0
				}
				if !found {
					continue
				}
				c.dropSuperseded(fired)
				for k := range w {
					for f := fired[k]; f != 0; f &= f - 1 {
						if pass == 0 {
							n++
							continue
						}
						out = append(out, c.interaction(k*64+bits.TrailingZeros64(f), items[i], items[j], buf))
					}
				}
			}
		}
	}
	return out
}

// dropSuperseded clears from fired every rule that another fired rule
// supersedes.
func (c *Catalog) dropSuperseded(fired []uint64) {
	w := c.words
	var stack [8]uint64
	drop := stack[:0]
	if w > len(stack) {
		drop = make([]uint64, 0, w)
	}
	drop = drop[:w]
	for k := range w {
		for f := fired[k]; f != 0; f &= f - 1 {
			r := k*64 + bits.TrailingZeros64(f)
			for m := range w {
				drop[m] |= c.super[r*w+m]
			}
		}
	}
	for k := range w {
		fired[k] &^= drop[k]
	}
}

// interaction builds the concern for rule r between x and y, naming the A
// side first.
func (c *Catalog) interaction(r int, x, y item, buf *arena) Concern {
	rule := &c.data.Rules[r]
	w := c.words
	word, bit := r/64, uint64(1)<<(r%64)
	xy := c.ruleA[x.agent*w+word]&bit != 0 && c.ruleB[y.agent*w+word]&bit != 0
	yx := c.ruleA[y.agent*w+word]&bit != 0 && c.ruleB[x.agent*w+word]&bit != 0
	// Name the A side first; when the rule is symmetric for this pair,
	// order by ID so the result does not depend on input order.
	if !xy || (yx && c.data.Agents[y.agent].ID < c.data.Agents[x.agent].ID) {
		x, y = y, x
	}
	return Concern{
		Kind:      ConcernInteraction,
		Severity:  rule.Severity,
		Basis:     rule.Basis,
		Rule:      rule.ID,
		Title:     rule.Title,
		Agents:    buf.agentIDs(c.data.Agents[x.agent].ID, c.data.Agents[y.agent].ID),
		Paths:     buf.pathList(x.path, y.path),
		Mechanism: rule.Mechanism,
		Advice:    rule.Advice,
		Detail:    Detail{ONC: rule.ONC},
		Strength:  rule.Strength,
		Sources:   rule.Sources,
	}
}

// applies reports whether rule r applies to agents a and b in either
// order, and whether a is on its A side.
func (c *Catalog) applies(r, a, b int) (ok, aFirst bool) {
	w, word, bit := c.words, r/64, uint64(1)<<(r%64)
	if c.ruleA[a*w+word]&bit != 0 && c.ruleB[b*w+word]&bit != 0 {
		return true, true
	}
	if c.ruleA[b*w+word]&bit != 0 && c.ruleB[a*w+word]&bit != 0 {
		return true, false
	}
	return false, false
}
