package assessment

import "github.com/wholeperson/integrative/validation"

// slot states
const (
	slotMissing uint8 = iota
	slotAnswered
	slotDeclined
	slotSkipped
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
	for i, a := range r.Answers {
		idx := -1
		if i < n && in.Items[i].ID == a.Item {
			idx = i
		} else {
			idx = in.itemIndex(a.Item)
		}
		switch {
		case idx < 0:
			v.Add(answerPath(i, "item"), ErrUnknownItem)
		case slots[idx].state != slotMissing:
			v.Add(answerPath(i, "item"), ErrDuplicateItem)
		case a.Declined && a.Value != 0:
			v.Add(answerPath(i, "value"), ErrDeclinedWithValue)
			slots[idx].state = slotAnswered // reported; not also missing
		case a.Declined:
			slots[idx].state = slotDeclined
		case !m.allows(in, idx, a.Value):
			v.Add(answerPath(i, "value"), ErrBadAnswer)
			slots[idx].state = slotAnswered // reported; not also missing
		default:
			slots[idx] = slot{value: int32(a.Value), state: slotAnswered}
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
				v.Add("items/"+id, ErrSkipConflict)
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
				v.Add("items/"+it.ID, ErrMissingItem)
			}
		case slotDeclined:
			switch {
			case in.DeclinedIsPositive && !it.Unscored:
				declinedPositive = true
			case !it.Optional:
				v.Add("items/"+it.ID, ErrMissingItem)
			}
		default:
			if !it.Unscored {
				total += int(slots[i].value)
			}
		}
	}
	if v.Len() > 0 {
		return v.Err()
	}

	*res = Result{Instrument: in.ID, Date: r.Date, Total: total, Max: m.hi}
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
		if rule := &in.Flags[i]; in.raised(slots, rule, res) {
			f := rule.Flag
			f.Items = in.triggers(slots, rule)
			res.Flags = append(res.Flags, f)
		}
	}
	return nil
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

// raised reports whether rule raises its flag.
func (in *Instrument) raised(slots []slot, rule *FlagRule, res *Result) bool {
	if rule.Unless != "" {
		if _, raised := res.Flag(rule.Unless); raised {
			return false
		}
	}
	if rule.OnPositive && res.Screen == ScreenPositive {
		return true
	}
	for j := range rule.Any {
		if in.triggered(slots, &rule.Any[j]) {
			return true
		}
	}
	return false
}

// triggers returns the items of rule.Any that triggered it.
func (in *Instrument) triggers(slots []slot, rule *FlagRule) []string {
	var items []string
	for j := range rule.Any {
		if in.triggered(slots, &rule.Any[j]) {
			items = append(items, rule.Any[j].Item)
		}
	}
	return items
}

func (in *Instrument) triggered(slots []slot, m *ItemRange) bool {
	idx := in.itemIndex(m.Item)
	if idx < 0 || slots[idx].state != slotAnswered {
		return false
	}
	v := int(slots[idx].value)
	return v >= m.Min && v <= m.Max
}
