package assessment

import (
	"slices"

	"github.com/wholeperson/integrative/validation"
)

// slot states
const (
	slotMissing uint8 = iota
	slotAnswered
	slotDeclined
	slotSkipped
	// slotReported: the item's answer had a problem, already reported;
	// it is neither missing nor usable.
	slotReported
)

type slot struct {
	value int32
	state uint8
}

// stackItems is the number of items scored without allocating; longer
// instruments use the heap.
const stackItems = 32

// score runs the scoring engine with the instrument's precomputed meta. in
// must have passed Validate; the engine still never indexes out of range on
// a malformed definition.
//
// A problem with an answer to a scored item, or to an unscored item a flag
// rule reads, goes into the returned error; a problem with any other
// unscored item goes into res.Warnings and never blocks the score. When the
// error is not nil, res is the partial result of [Catalog.Score].
func (in *Instrument) score(r *Response, m *meta, res *Result) error {
	n := len(in.Items)
	var buf [stackItems]slot
	var slots []slot
	if n <= stackItems {
		slots = buf[:n]
	} else {
		slots = make([]slot, n)
	}

	var v validation.Collector
	var warnings []Warning
	// report records err at path: a warning for an item whose problems do
	// not block the score, an error otherwise.
	report := func(idx int, path string, err error) {
		if m.lenient(idx) {
			warnings = append(warnings, Warning{Path: path, Err: err})
			return
		}
		v.Add(path, err)
	}
	for i := range r.Answers {
		a := &r.Answers[i]
		idx := -1
		if i < n && in.Items[i].ID == a.Item {
			idx = i
		} else {
			idx = m.index(in, a.Item)
		}
		switch {
		case idx < 0:
			v.Add(answerPath(i, "item"), ErrUnknownItem)
		case slots[idx].state != slotMissing:
			report(idx, answerPath(i, "item"), ErrDuplicateItem)
			if !m.lenient(idx) {
				slots[idx].state = slotReported
			}
		case a.Declined && a.Value != nil:
			report(idx, answerPath(i, "value"), ErrDeclinedWithValue)
			slots[idx].state = slotReported
		case a.Declined:
			slots[idx].state = slotDeclined
		case a.Value == nil:
			report(idx, answerPath(i, "value"), ErrNoValue)
			slots[idx].state = slotReported
		case !m.allows(in, idx, *a.Value):
			report(idx, answerPath(i, "value"), ErrBadAnswer)
			slots[idx].state = slotReported
		default:
			slots[idx] = slot{value: int32(*a.Value), state: slotAnswered}
		}
	}

	for _, rule := range in.Skips {
		if !in.allZero(slots, rule.If) {
			continue
		}
		for _, id := range rule.Then {
			idx := in.itemIndex(id)
			if idx < 0 {
				continue
			}
			switch s := &slots[idx]; {
			case s.state == slotAnswered && s.value != 0:
				report(idx, "items/"+id, ErrSkipConflict)
			case s.state != slotAnswered:
				*s = slot{state: slotSkipped}
			}
		}
	}

	declinedPositive := false
	total := 0
	for i := range in.Items {
		it := &in.Items[i]
		switch slots[i].state {
		case slotMissing:
			if !it.Optional {
				report(i, "items/"+it.ID, ErrMissingItem)
			}
		case slotDeclined:
			switch {
			case in.DeclinedIsPositive && !it.Unscored:
				declinedPositive = true
			case !it.Optional:
				report(i, "items/"+it.ID, ErrMissingItem)
			}
		case slotAnswered, slotSkipped:
			if !it.Unscored {
				total += int(slots[i].value)
			}
		}
	}
	if v.Len() > 0 {
		in.partial(r, m, res, declinedPositive)
		res.Warnings = sortWarnings(warnings)
		return v.Err()
	}

	*res = Result{Instrument: in.ID, Date: r.Date, Total: total, Max: m.hi}
	if warnings != nil {
		res.Warnings = sortWarnings(warnings)
	}
	res.Band = in.band(res.Total)
	res.Screen = in.Cutoff.read(res.Total, r.Sex)
	if declinedPositive {
		res.Screen = ScreenPositive
	}
	if len(in.Subscales) > 0 {
		res.Subscales = make([]SubscaleScore, len(in.Subscales))
		for i, s := range in.Subscales {
			res.Subscales[i] = SubscaleScore{ID: s.ID, Score: in.sum(slots, s.Items), Max: in.maxOf(s.Items)}
		}
	}
	if len(in.Criteria) > 0 {
		res.Criteria = make([]CriterionResult, len(in.Criteria))
		for i, c := range in.Criteria {
			res.Criteria[i] = CriterionResult{ID: c.ID, Met: in.met(slots, c)}
		}
	}
	for i := range in.Flags {
		rule := &in.Flags[i]
		positive := rule.OnPositive && res.Screen == ScreenPositive
		if rule.Unless != "" {
			if _, raised := res.Flag(rule.Unless); raised {
				continue
			}
		}
		items := m.triggers(slots, i, rule)
		if positive || len(items) > 0 {
			res.Flags = append(res.Flags, rule.Flag.raised(items))
		}
	}
	return nil
}

// partial fills res with what a response that cannot be scored still says
// for certain: its instrument, its date and the flags its valid answers
// raise. A flag on an item range is raised when any valid answer to the
// item lies in the range (of conflicting answers to one item, the one that
// raises it counts); a flag on a positive screen is raised when the screen
// is positive whatever the missing answers would be.
func (in *Instrument) partial(r *Response, m *meta, res *Result, declinedPositive bool) {
	*res = Result{Instrument: in.ID, Date: r.Date, Incomplete: true}
	// values holds, per item, every valid value answered: one pass over
	// the answers, so the cost is linear in their number.
	values := make([][]int, len(in.Items))
	for i := range r.Answers {
		a := &r.Answers[i]
		if a.Declined || a.Value == nil {
			continue
		}
		if idx := m.index(in, a.Item); idx >= 0 && m.allows(in, idx, *a.Value) {
			values[idx] = append(values[idx], *a.Value)
		}
	}
	// low is the smallest total the valid answers allow (missing items
	// scoring 0, the lowest possible value), high the largest; of
	// conflicting answers to one item, the most concerning counts.
	low, high := 0, 0
	for i := range in.Items {
		if in.Items[i].Unscored {
			continue
		}
		if vs := values[i]; len(vs) > 0 {
			low += slices.Max(vs)
			high += slices.Min(vs)
		} else {
			high += m.itemMax[i]
		}
	}
	positive := declinedPositive
	c := &in.Cutoff
	switch {
	case c.IsZero():
	case c.Max != 0:
		positive = positive || high <= c.Max
	case c.sexSpecific():
		cut := max(c.Female, c.Male)
		switch r.Sex {
		case SexFemale:
			cut = c.Female
		case SexMale:
			cut = c.Male
		}
		positive = positive || low >= cut
	default:
		positive = positive || low >= c.Min
	}
	for i := range in.Flags {
		rule := &in.Flags[i]
		if rule.Unless != "" {
			if _, raised := res.Flag(rule.Unless); raised {
				continue
			}
		}
		var items []string
		for j := range rule.Any {
			ir := &rule.Any[j]
			idx := m.index(in, ir.Item)
			if idx >= 0 && slices.ContainsFunc(values[idx], func(v int) bool { return v >= ir.Min && v <= ir.Max }) {
				items = append(items, ir.Item)
			}
		}
		if (rule.OnPositive && positive) || len(items) > 0 {
			res.Flags = append(res.Flags, rule.Flag.raised(items))
		}
	}
}

// raised returns a copy of f, raised by items, that shares no memory with
// the catalog.
func (f *Flag) raised(items []string) Flag {
	c := *f
	c.Items = items
	c.Sources = slices.Clone(f.Sources)
	return c
}

func sortWarnings(w []Warning) []Warning {
	if len(w) > 1 {
		slices.SortStableFunc(w, func(a, b Warning) int { return validation.ComparePaths(a.Path, b.Path) })
	}
	return w
}

func answerPath(i int, field string) string {
	return "answers/" + validation.Index(i) + "/" + field
}

// allows reports whether v is an option value of item idx.
func (m *meta) allows(in *Instrument, idx, v int) bool {
	if idx < len(m.masks) && m.masks[idx] != 0 {
		return v >= 0 && v <= 63 && m.masks[idx]&(1<<v) != 0
	}
	return in.Items[idx].hasValue(v)
}

// lenient reports whether problems with item idx are warnings: it is
// unscored and no flag rule reads it.
func (m *meta) lenient(idx int) bool { return idx < len(m.lenientItems) && m.lenientItems[idx] }

func (it *Item) hasValue(v int) bool {
	for i := range it.Options {
		if it.Options[i].Value == v {
			return true
		}
	}
	return false
}

// value returns the score of item id and whether it is known (answered or
// skipped).
func (in *Instrument) value(slots []slot, id string) (int, bool) {
	idx := in.itemIndex(id)
	if idx < 0 {
		return 0, false
	}
	s := slots[idx]
	return int(s.value), s.state == slotAnswered || s.state == slotSkipped
}

func (in *Instrument) allZero(slots []slot, ids []string) bool {
	for _, id := range ids {
		if v, ok := in.value(slots, id); !ok || v != 0 {
			return false
		}
	}
	return len(ids) > 0
}

func (in *Instrument) sum(slots []slot, ids []string) int {
	t := 0
	for _, id := range ids {
		v, _ := in.value(slots, id)
		t += v
	}
	return t
}

func (in *Instrument) maxOf(ids []string) int {
	t := 0
	for _, id := range ids {
		if idx := in.itemIndex(id); idx >= 0 {
			m := 0
			for _, o := range in.Items[idx].Options {
				m = max(m, o.Value)
			}
			t += m
		}
	}
	return t
}

func (in *Instrument) band(total int) Band {
	for _, b := range in.Bands {
		if total >= b.Min && total <= b.Max {
			return b
		}
	}
	return Band{}
}

func (c *Cutoff) read(total int, sex Sex) Screen {
	switch {
	case c.IsZero():
		return ScreenNone
	case c.Max != 0:
		if total <= c.Max {
			return ScreenPositive
		}
		return ScreenNegative
	}
	min := c.Min
	if c.sexSpecific() {
		switch sex {
		case SexFemale:
			min = c.Female
		case SexMale:
			min = c.Male
		default:
			lo, hi := c.Female, c.Male
			if lo > hi {
				lo, hi = hi, lo
			}
			switch {
			case total >= hi:
				return ScreenPositive
			case total < lo:
				return ScreenNegative
			}
			return ScreenIndeterminate
		}
	}
	if total >= min {
		return ScreenPositive
	}
	return ScreenNegative
}

func (in *Instrument) met(slots []slot, c Criterion) bool {
	for _, r := range c.Requirements {
		count := 0
		for _, id := range r.Items {
			if v, ok := in.value(slots, id); ok && v >= r.Threshold {
				count++
			}
		}
		if count < r.Min {
			return false
		}
	}
	return true
}

// triggers returns the items of rule.Any, the instrument's flag rule k,
// that triggered it.
func (m *meta) triggers(slots []slot, k int, rule *FlagRule) []string {
	var items []string
	for j := range rule.Any {
		idx := -1
		if k < len(m.flagItems) && j < len(m.flagItems[k]) {
			idx = m.flagItems[k][j]
		}
		if idx < 0 || idx >= len(slots) || slots[idx].state != slotAnswered {
			continue
		}
		if v := int(slots[idx].value); v >= rule.Any[j].Min && v <= rule.Any[j].Max {
			items = append(items, rule.Any[j].Item)
		}
	}
	return items
}
