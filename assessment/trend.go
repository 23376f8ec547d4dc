package assessment

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/internal/enum"
	"github.com/wholeperson/integrative/validation"
)

// An Outcome says how an instrument's totals are read over time. Each rule
// is set only where a source defines it for the instrument; an unset rule
// gives [NotDefined] rather than a guess.
type Outcome struct {
	// HigherIsBetter is set for instruments where a higher total means
	// better health (WHO-5).
	HigherIsBetter bool `json:"higherIsBetter,omitempty"`
	// ResponsePercent is the reduction from baseline, in percent, that
	// counts as response (50 for the PHQ-9); 0 when none is defined.
	ResponsePercent int `json:"responsePercent,omitempty"`
	// RemissionBelow is the total below which a score counts as remission
	// (5 for the PHQ-9); 0 when none is defined. It cannot be combined with
	// HigherIsBetter.
	RemissionBelow int `json:"remissionBelow,omitempty"`
	// EndPointBelow is the total below which a score is more likely to
	// belong to the non-clinical than the clinical population: the end
	// point of clinically significant change by Jacobson and Truax's
	// criterion c (29 for the PCL-5, whose sources give 28 or less); 0 when
	// none is defined. It cannot be combined with HigherIsBetter.
	EndPointBelow int `json:"endPointBelow,omitempty"`
	// ReliableChange is the smallest change in the total that is reliable
	// (the Jacobson–Truax threshold 1.96·√2·SEM, or an equivalent
	// published in points); 0 when none is defined. See [ReliableChangeFromSEM]
	// and [JacobsonTruax].
	ReliableChange float64 `json:"reliableChange,omitempty"`
	// Note explains how the values were derived, for the clinician.
	Note string `json:"note,omitempty"`
	// Sources cite every value set.
	Sources []evidence.Source `json:"sources,omitempty"`
}

func (o Outcome) defined() bool {
	return o.ResponsePercent != 0 || o.RemissionBelow != 0 || o.EndPointBelow != 0 || o.ReliableChange != 0
}

func (o Outcome) clone() Outcome {
	o.Sources = append([]evidence.Source(nil), o.Sources...)
	return o
}

func (o Outcome) validate(v *validation.Collector, lo, hi int) {
	if o.ResponsePercent < 0 || o.ResponsePercent > 100 {
		v.Add("outcome/responsePercent", ErrOutOfRange)
	}
	if o.RemissionBelow != 0 && (o.RemissionBelow <= lo || o.RemissionBelow > hi) {
		v.Add("outcome/remissionBelow", ErrOutOfRange)
	}
	if o.RemissionBelow != 0 && o.HigherIsBetter {
		v.Add("outcome/remissionBelow", ErrBadDefinition)
	}
	if o.EndPointBelow != 0 && (o.EndPointBelow <= lo || o.EndPointBelow > hi) {
		v.Add("outcome/endPointBelow", ErrOutOfRange)
	}
	if o.EndPointBelow != 0 && o.HigherIsBetter {
		v.Add("outcome/endPointBelow", ErrBadDefinition)
	}
	if rc := o.ReliableChange; math.IsNaN(rc) || rc < 0 || (rc > 0 && rc < minReliableChange) || rc > float64(hi-lo) {
		v.Add("outcome/reliableChange", ErrOutOfRange)
	}
	if o.defined() {
		v.Merge("outcome/sources", evidence.Check(o.Sources))
	}
}

// minReliableChange is the smallest reliable-change threshold an outcome
// may set: totals are whole numbers, so a smaller one would mean the same
// as 1, and it keeps the reliable change index finite.
const minReliableChange = 0.5

// zCritical is the two-tailed 5 % critical value of the standard normal
// distribution that Jacobson and Truax (1991) use for reliable change.
const zCritical = 1.96

// ReliableChangeFromSEM returns the Jacobson–Truax reliable-change
// threshold in points for a standard error of measurement sem:
// 1.96 · √2 · sem (Jacobson & Truax 1991: S_diff = √(2·SE²)). It returns 0,
// "no threshold", for a sem that is negative, infinite or NaN.
func ReliableChangeFromSEM(sem float64) float64 {
	if !(sem >= 0) || math.IsInf(sem, 0) {
		return 0
	}
	return zCritical * math.Sqrt2 * sem
}

// JacobsonTruax returns the reliable-change threshold in points for a
// reference sample's baseline standard deviation sd and the measure's
// test–retest reliability r: 1.96 · √2 · sd · √(1 − r). It returns 0, "no
// threshold", unless sd is finite and not negative and r lies in 0–1.
func JacobsonTruax(sd, r float64) float64 {
	if !(r >= 0 && r <= 1) {
		return 0
	}
	return ReliableChangeFromSEM(sd * math.Sqrt(1-r))
}

// A Point is one dated total of one instrument.
type Point struct {
	Date  Date `json:"date"`
	Total int  `json:"total"`
}

// Judgement is whether an outcome rule is met.
type Judgement uint8

// The values of [Judgement].
const (
	// NotDefined: the instrument's sources define no such rule, or the
	// rule cannot be applied (a percentage change from a baseline of 0).
	NotDefined Judgement = iota
	Met
	NotMet
)

var judgementNames = []string{NotDefined: "not-defined", Met: "met", NotMet: "not-met"}

// String returns "met", "not-met" or "not-defined". It never panics.
func (j Judgement) String() string { return enum.Name(judgementNames, j, "Judgement") }

// ParseJudgement returns the Judgement named text ("met", "not met",
// "not-defined", in any case). It returns [ErrBadValue] for any other text.
func ParseJudgement(text string) (Judgement, error) {
	return parseDefined[Judgement](judgementNames, text)
}

// MarshalText implements [encoding.TextMarshaler]: [NotDefined] is
// "not-defined", a value like the others; it returns [ErrBadValue] for a
// value outside the enumeration.
func (j Judgement) MarshalText() ([]byte, error) { return marshalDefined(judgementNames, j) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseJudgement]; empty text is [NotDefined].
func (j *Judgement) UnmarshalText(text []byte) error {
	return unmarshalDefined(judgementNames, j, text)
}

// Direction is the direction of a reliable change.
type Direction uint8

// The values of [Direction].
const (
	// DirectionNotDefined: the instrument defines no reliable-change
	// threshold.
	DirectionNotDefined Direction = iota
	// Improved: a reliable change towards better health.
	Improved
	// Unchanged: no reliable change.
	Unchanged
	// Worsened: a reliable change towards worse health.
	Worsened
)

var directionNames = []string{
	DirectionNotDefined: "not-defined",
	Improved:            "improved",
	Unchanged:           "unchanged",
	Worsened:            "worsened",
}

// String returns the name of d, such as "improved". It never panics.
func (d Direction) String() string { return enum.Name(directionNames, d, "Direction") }

// ParseDirection returns the Direction named text ("improved",
// "unchanged", "worsened", "not-defined", in any case). It returns
// [ErrBadValue] for any other text.
func ParseDirection(text string) (Direction, error) {
	return parseDefined[Direction](directionNames, text)
}

// MarshalText implements [encoding.TextMarshaler]: [DirectionNotDefined] is
// "not-defined", a value like the others; it returns [ErrBadValue] for a
// value outside the enumeration.
func (d Direction) MarshalText() ([]byte, error) { return marshalDefined(directionNames, d) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseDirection]; empty text is [DirectionNotDefined].
func (d *Direction) UnmarshalText(text []byte) error {
	return unmarshalDefined(directionNames, d, text)
}

// The enumerations of a Trajectory have a meaningful zero value,
// "not-defined", which parses and marshals like the other names.

func parseDefined[T ~uint8](names []string, text string) (T, error) {
	if enum.Same(names[0], strings.TrimSpace(text)) {
		return 0, nil
	}
	return parse[T](names, text)
}

func marshalDefined[T ~uint8](names []string, v T) ([]byte, error) {
	if v == 0 {
		return []byte(names[0]), nil
	}
	return enum.Marshal(names, v, ErrBadValue)
}

func unmarshalDefined[T ~uint8](names []string, v *T, text []byte) error {
	if len(text) == 0 {
		*v = 0
		return nil
	}
	x, err := parseDefined[T](names, string(text))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// A Trajectory is the change in one instrument's total from the first to the
// latest administration.
type Trajectory struct {
	Instrument InstrumentID `json:"instrument"`
	// Points are the dated totals in date order.
	Points []Point `json:"points"`
	// Baseline is the earliest point and Latest the most recent.
	Baseline Point `json:"baseline"`
	Latest   Point `json:"latest"`
	// Change is Latest.Total − Baseline.Total.
	Change int `json:"change"`
	// PercentChange is Change as a percentage of the baseline total; nil
	// when the baseline is 0.
	PercentChange *float64 `json:"percentChange,omitempty"`
	// Response: the total fell (rose, where higher is better) by at least
	// the instrument's response percentage.
	Response Judgement `json:"response"`
	// Remission: the latest total is below the remission threshold.
	Remission Judgement `json:"remission"`
	// EndPoint: the latest total is below the instrument's end point of
	// clinically significant change ([Outcome.EndPointBelow]). With
	// Direction Improved it meets both Jacobson–Truax criteria.
	EndPoint Judgement `json:"endPoint"`
	// RCI is the reliable change index, 1.96 · Change / threshold: reliable
	// when its magnitude reaches 1.96. 0 when no threshold is defined.
	RCI float64 `json:"rci"`
	// Direction is the reliable change, if any; Worsened is the signal to
	// review the plan.
	Direction Direction `json:"direction"`
}

// Track reads the change in the dated totals of one built-in instrument; see
// [Catalog.Track].
func Track(id InstrumentID, points []Point) (Trajectory, error) {
	return builtin().Track(id, points)
}

// Track reads the change in the dated totals of one instrument: baseline
// (earliest), latest, change, percent change, response, remission and
// reliable change by the Jacobson–Truax index. It returns a
// *[validation.Error]: [ErrUnknownInstrument] at "instrument",
// [ErrRequired] at "points" when there are fewer than two points, and at
// "points/<position>" [ErrBadDate] for a missing date, [ErrDuplicateID] for a
// second point on one date, and [ErrOutOfRange] for a total outside the
// instrument's range.
func (c *Catalog) Track(id InstrumentID, points []Point) (Trajectory, error) {
	var v validation.Collector
	in := c.get(id)
	if in == nil {
		v.Add("instrument", ErrUnknownInstrument)
		return Trajectory{}, v.Err()
	}
	if len(points) < 2 {
		v.Add("points", ErrRequired)
	}
	lo, hi := in.Range()
	seen := make(map[Date]bool, len(points))
	at := func(i int, field string) string { return validation.Join("points", validation.Index(i), field) }
	for i, p := range points {
		if p.Date.IsZero() {
			v.Add(at(i, "date"), ErrBadDate)
		} else if seen[p.Date] {
			v.Add(at(i, "date"), ErrDuplicateID)
		}
		seen[p.Date] = true
		if p.Total < lo || p.Total > hi {
			v.Add(at(i, "total"), ErrOutOfRange)
		}
	}
	if err := v.Err(); err != nil {
		return Trajectory{}, err
	}
	pts := slices.Clone(points)
	slices.SortFunc(pts, func(a, b Point) int { return cmp.Compare(a.Date.days, b.Date.days) })
	t := Trajectory{Instrument: id, Points: pts, Baseline: pts[0], Latest: pts[len(pts)-1]}
	t.Change = t.Latest.Total - t.Baseline.Total
	if t.Baseline.Total != 0 {
		t.PercentChange = new(100 * float64(t.Change) / float64(t.Baseline.Total))
	}
	o := in.Outcome
	better := -t.Change // improvement in points
	if o.HigherIsBetter {
		better = t.Change
	}
	if o.ResponsePercent != 0 && t.Baseline.Total != 0 {
		t.Response = judge(100*better >= o.ResponsePercent*t.Baseline.Total)
	}
	if o.RemissionBelow != 0 {
		t.Remission = judge(t.Latest.Total < o.RemissionBelow)
	}
	if o.EndPointBelow != 0 {
		t.EndPoint = judge(t.Latest.Total < o.EndPointBelow)
	}
	if o.ReliableChange > 0 {
		t.RCI = zCritical * float64(t.Change) / o.ReliableChange
		switch {
		case float64(better) >= o.ReliableChange:
			t.Direction = Improved
		case float64(-better) >= o.ReliableChange:
			t.Direction = Worsened
		default:
			t.Direction = Unchanged
		}
	}
	return t, nil
}

func judge(ok bool) Judgement {
	if ok {
		return Met
	}
	return NotMet
}
