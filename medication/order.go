package medication

import (
	"math"
	"strconv"
	"strings"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/validation"
)

// An Order is a medication order as a prescriber types it ("sertraline 50
// mg PO daily", "tramadol 50mg q6h prn"), read into its parts by
// [ParseOrder]. Fields the text does not give are zero.
type Order struct {
	Agent AgentID `json:"agent"`
	// Product is the name of one of the agent's [Agent.Products] when the
	// order names it ("Aplenzin", "Prozac Weekly").
	Product   string    `json:"product,omitempty"`
	Dose      Dose      `json:"dose,omitzero"`
	Route     Route     `json:"route,omitempty"`
	Frequency Frequency `json:"frequency,omitempty"`
	Release   Release   `json:"release,omitempty"`
	AsNeeded  bool      `json:"asNeeded,omitempty"`
}

// Prescription returns the order as a prescription starting on start
// (which may be zero when unknown).
func (o Order) Prescription(start assessment.Date) Prescription {
	return Prescription{Agent: o.Agent, Product: o.Product, Dose: o.Dose, Route: o.Route,
		Frequency: o.Frequency, Release: o.Release, AsNeeded: o.AsNeeded, Start: start}
}

// Limits on the text [ParseOrder] reads: an order is a line, not a
// document.
const (
	MaxOrderLen   = 256
	MaxOrderWords = 24
)

// ParseOrder reads an order against the built-in catalog; see
// [Catalog.ParseOrder].
func ParseOrder(text string) (Order, error) { return builtin().ParseOrder(text) }

// ParseOrder reads a medication order as prescribers type it: a name
// (generic, brand, product or synonym, with or without a salt: "Zoloft",
// "lithium carbonate", "Aplenzin", "EtOH"), then in any order a dose with
// its unit ("100mg", "0.5 mg", "25 mcg/h"), a route ("PO", "SL", "by
// mouth"), a frequency ("daily", "BID", "q6h", "qhs", "twice a day"), a
// release ("ER", "XR", "SR") and "PRN" or "as needed" (the words after
// PRN, its reason, are not read). A product sets the product's release and
// labeled schedule when the order gives none.
//
// It returns a *[validation.Error] naming what could not be read, never
// the text itself: at "agent", [ErrRequired] when no name is given and an
// *[UnknownNameError] (wrapping [ErrUnknownName]) when the name matches no
// agent, whose suggestions are the nearest catalog names or, for a class
// word ("opioids", "benzos", "SSRIs"), the class's members; at
// "dose/amount", [ErrBadDose] for an amount that is zero, not finite or
// above [MaxDoseAmount]; at "dose/unit", [ErrBadValue] for an amount
// without a unit and [ErrBadUnit] for a unit the agent cannot take; at
// "words/<i>" (counting words from 0), [ErrBadValue] for a word that is
// none of these; and [ErrTooMany] at "words" for text longer than
// [MaxOrderLen] bytes or [MaxOrderWords] words.
func (c *Catalog) ParseOrder(text string) (Order, error) {
	var v validation.Collector
	if len(text) > MaxOrderLen {
		v.Add("words", ErrTooMany)
		return Order{}, v.Err()
	}
	words := strings.Fields(text)
	if len(words) > MaxOrderWords {
		v.Add("words", ErrTooMany)
		return Order{}, v.Err()
	}
	p := orderParser{c: c, words: words, agent: -1, from: -1}
	p.read(&v)
	o := p.order
	if p.agent < 0 {
		switch {
		case p.from < 0:
			v.Add("agent", ErrRequired)
		default:
			name := strings.Join(words[p.from:p.to], " ")
			if i, ok := c.find(name); ok {
				p.setAgent(i, name)
			} else {
				v.Add("agent", c.unknownName(name))
			}
		}
	}
	if p.agent >= 0 {
		o = p.order
		a := c.agent(p.agent)
		o.Agent = a.ID
		if pr := a.product(o.Product); pr != nil {
			if o.Release == ReleaseUnknown {
				o.Release = pr.Release
			}
			if o.Frequency == FrequencyUnknown {
				o.Frequency = pr.Frequency
			}
		}
		if p.hasAmount && p.unitOK && !a.allowsUnit(o.Dose.Unit) {
			v.Add("dose/unit", ErrBadUnit)
		}
	}
	if err := v.Err(); err != nil {
		return Order{}, err
	}
	return o, nil
}

// orderParser holds the state of one ParseOrder call.
type orderParser struct {
	c     *Catalog
	words []string
	order Order
	agent int
	// from and to bound the words taken as an unresolved name.
	from, to  int
	hasAmount bool
	unitOK    bool
}

// setAgent records agent i, named by name; a product name sets the
// product.
func (p *orderParser) setAgent(i int, name string) {
	p.agent = i
	a := p.c.agent(i)
	var b1, b2 [maxNameLen]byte
	k, _ := key(name, b1[:])
	for j := range a.Products {
		pk, _ := key(a.Products[j].Name, b2[:])
		if string(pk) == string(k) {
			p.order.Product = a.Products[j].Name
		}
	}
}

// maxNameWords is how many words a name may take.
const maxNameWords = 6

func (p *orderParser) read(v *validation.Collector) {
	ws := p.words
	i := 0
	// A name first: the longest run of leading words that names an agent
	// as written ("Prozac Weekly", "Wellbutrin XL", "St John's wort").
	// The name stops before the first number, so a dose is never read
	// as part of it.
	limit := 0
	for limit < len(ws) && limit < maxNameWords && !startsWithDigit(ws[limit]) {
		limit++
	}
	for n := limit; n >= 1; n-- {
		name := strings.Join(ws[:n], " ")
		if k, ok := p.c.find(name); ok {
			p.setAgent(k, name)
			for _, w := range ws[:n] {
				if r, err := ParseRelease(bare(w)); err == nil {
					p.order.Release = r
				}
				if r, err := ParseRoute(bare(w)); err == nil {
					p.order.Route = r
				}
			}
			i = n
			break
		}
	}
	for i < len(ws) {
		if n := p.phrase(ws[i:]); n > 0 {
			i += n
			continue
		}
		w := ws[i]
		if isPRN(bare(w)) {
			p.order.AsNeeded = true
			return // the rest is the reason for the PRN
		}
		if amount, unit, ok := splitAmount(w); ok {
			if p.hasAmount {
				v.Add(validation.Join("words", validation.Index(i)), ErrBadValue)
				i++
				continue
			}
			p.hasAmount = true
			p.amount(v, amount)
			if unit == "" && i+1 < len(ws) {
				if _, err := ParseUnit(ws[i+1]); err == nil {
					unit = ws[i+1]
					i++
				}
			}
			p.unit(v, unit)
			i++
			continue
		}
		if p.word(bare(w)) {
			i++
			continue
		}
		// An unread word: part of the name while no agent is known and
		// the words are contiguous, else an error.
		switch {
		case p.agent < 0 && (p.from < 0 || p.to == i):
			if p.from < 0 {
				p.from = i
			}
			p.to = i + 1
		default:
			v.Add(validation.Join("words", validation.Index(i)), ErrBadValue)
		}
		i++
	}
}

// phrase reads a frequency or route of several words ("twice a day", "by
// mouth", "as needed") and returns how many words it took.
func (p *orderParser) phrase(ws []string) int {
	for n := min(len(ws), 4); n >= 2; n-- {
		var b strings.Builder
		for j, w := range ws[:n] {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(bare(w))
		}
		s := b.String()
		if f, err := ParseFrequency(s); err == nil {
			p.order.Frequency = f
			return n
		}
		if r, err := ParseRoute(s); err == nil {
			p.order.Route = r
			return n
		}
		if r, err := ParseRelease(s); err == nil {
			p.order.Release = r
			return n
		}
		if isPRN(s) {
			p.order.AsNeeded = true
			return n
		}
	}
	return 0
}

// word reads a one-word route, frequency or release.
func (p *orderParser) word(w string) bool {
	if f, err := ParseFrequency(w); err == nil {
		p.order.Frequency = f
		return true
	}
	if r, err := ParseRoute(w); err == nil {
		p.order.Route = r
		return true
	}
	if r, err := ParseRelease(w); err == nil {
		p.order.Release = r
		return true
	}
	return false
}

func (p *orderParser) amount(v *validation.Collector, s string) {
	s = strings.ReplaceAll(s, ",", "")
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || x <= 0 || x > MaxDoseAmount {
		v.Add("dose/amount", ErrBadDose)
		return
	}
	p.order.Dose.Amount = x
}

func (p *orderParser) unit(v *validation.Collector, s string) {
	if s == "" {
		v.Add("dose/unit", ErrBadValue)
		return
	}
	u, err := ParseUnit(s)
	if err != nil {
		v.Add("dose/unit", ErrBadValue)
		return
	}
	p.order.Dose.Unit = u
	p.unitOK = true
}

// splitAmount splits "100mg", "0.5", "1,000" or "25mcg/h" into its number
// and unit text.
func splitAmount(w string) (amount, unit string, ok bool) {
	if !startsWithDigit(w) {
		return "", "", false
	}
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.' || w[i] == ',') {
		i++
	}
	return w[:i], w[i:], true
}

func startsWithDigit(w string) bool {
	return len(w) > 0 && (w[0] >= '0' && w[0] <= '9' || w[0] == '.' && len(w) > 1 && w[1] >= '0' && w[1] <= '9')
}

// bare drops the periods of an abbreviation ("b.i.d." is "bid") and a
// trailing comma or semicolon.
func bare(w string) string {
	w = strings.TrimRight(w, ",;")
	if strings.IndexByte(w, '.') < 0 {
		return w
	}
	return strings.ReplaceAll(w, ".", "")
}

func isPRN(w string) bool {
	switch strings.ToLower(w) {
	case "prn", "as needed", "as-needed", "when needed", "if needed":
		return true
	}
	return false
}

// maxClassSuggestions is how many members a class word suggests.
const maxClassSuggestions = 12

// classWords are the class words prescribers and people use for a group
// of drugs; a name that is one of them suggests the class's members.
var classWords = map[string][]Class{
	"benzo": {ClassBenzodiazepine}, "benzos": {ClassBenzodiazepine}, "benzodiazepine": {ClassBenzodiazepine}, "benzodiazepines": {ClassBenzodiazepine},
	"opioid": {ClassOpioidAnalgesic}, "opioids": {ClassOpioidAnalgesic}, "opiate": {ClassOpioidAnalgesic}, "opiates": {ClassOpioidAnalgesic}, "narcotics": {ClassOpioidAnalgesic},
	"ssri": {ClassSSRI}, "ssris": {ClassSSRI}, "snri": {ClassSNRI}, "snris": {ClassSNRI},
	"tca": {ClassTricyclic}, "tcas": {ClassTricyclic}, "tricyclics": {ClassTricyclic},
	"maoi": {ClassMAOI}, "maois": {ClassMAOI},
	"antipsychotic": {ClassFGA, ClassSGA}, "antipsychotics": {ClassFGA, ClassSGA}, "neuroleptics": {ClassFGA, ClassSGA},
	"stimulant": {ClassStimulant}, "stimulants": {ClassStimulant},
	"z drugs": {ClassZDrug}, "z drug": {ClassZDrug},
	"nsaid": {ClassNSAID}, "nsaids": {ClassNSAID}, "triptans": {ClassTriptan},
	"antidepressants": {ClassSSRI, ClassSNRI, ClassTricyclic, ClassMAOI, ClassNDRI, ClassNaSSA, ClassSARI, ClassSerotoninModulator},
}

// unknownName returns the error for a name that matched no agent: the
// members of the class a class word names, else the nearest names.
func (c *Catalog) unknownName(name string) *UnknownNameError {
	if len(name) <= maxNameLen {
		var buf [maxNameLen]byte
		k, _ := key(name, buf[:])
		if classes, ok := classWords[string(k)]; ok {
			var out []string
			for i := range c.data.Agents {
				a := &c.data.Agents[i]
				for _, cl := range classes {
					if a.Class == cl && a.Kind == KindDrug && len(a.Ingredients) == 0 && len(out) < maxClassSuggestions {
						out = append(out, a.Name)
					}
				}
			}
			return &UnknownNameError{Suggestions: out}
		}
	}
	return &UnknownNameError{Suggestions: c.suggest(name)}
}
