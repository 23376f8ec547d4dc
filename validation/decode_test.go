package validation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/validation"
)

var errColor = errors.New("test: not a color")

// color is an enumeration that decodes itself from text.
type color uint8

func (c *color) UnmarshalText(text []byte) error {
	switch string(text) {
	case "red":
		*c = 1
	case "blue":
		*c = 2
	default:
		return errColor
	}
	return nil
}

func (c color) MarshalText() ([]byte, error) {
	return []byte(map[color]string{0: "", 1: "red", 2: "blue"}[c]), nil
}

// pair decodes itself and reports its own field errors.
type pair struct{ A, B int }

func (p *pair) UnmarshalJSON(data []byte) error {
	var raw struct{ A, B int }
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	var c validation.Collector
	if raw.A > raw.B {
		c.Add("b", errColor)
	}
	*p = pair(raw)
	return c.Err()
}

type Base struct {
	Kind string `json:"kind"`
}

type doc struct {
	Base
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Small   int8              `json:"small"`
	Count   uint              `json:"count"`
	Score   float64           `json:"score"`
	OK      bool              `json:"ok"`
	Color   color             `json:"color"`
	Colors  []color           `json:"colors"`
	Opt     *int              `json:"opt"`
	Tags    map[string]int    `json:"tags"`
	ByColor map[color]string  `json:"byColor"`
	Items   []item            `json:"items"`
	Pair    pair              `json:"pair"`
	When    time.Time         `json:"when"`
	Any     any               `json:"any"`
	Raw     json.RawMessage   `json:"raw"`
	Fixed   [2]int            `json:"fixed"`
	Nested  map[string][]item `json:"nested"`
	Ignored string            `json:"-"`
	NoTag   string
	hidden  string
}

type item struct {
	Value int    `json:"value"`
	Note  string `json:"note,omitempty"`
}

func TestDecodeValid(t *testing.T) {
	in := `{"kind":"k","name":"n\u00e9","age":-3,"small":7,"count":4,"score":1.5e2,"ok":true,
		"color":"red","colors":["blue","red"],"opt":5,"tags":{"a":1},"byColor":{"blue":"x"},
		"items":[{"value":1},{"value":2,"note":"n"}],"pair":{"A":1,"B":2},
		"when":"2026-01-02T03:04:05Z","any":{"x":[1,"y",null]},"raw":[1, 2],"fixed":[1,2],
		"nested":{"k":[{"value":9}]},"NoTag":"t"}`
	var d doc
	require.NoError(t, validation.Decode([]byte(in), &d))
	assert.Equal(t, "k", d.Kind)
	assert.Equal(t, "né", d.Name)
	assert.Equal(t, -3, d.Age)
	assert.Equal(t, int8(7), d.Small)
	assert.Equal(t, uint(4), d.Count)
	assert.Equal(t, 150.0, d.Score)
	assert.True(t, d.OK)
	assert.Equal(t, color(1), d.Color)
	assert.Equal(t, []color{2, 1}, d.Colors)
	require.NotNil(t, d.Opt)
	assert.Equal(t, 5, *d.Opt)
	assert.Equal(t, map[string]int{"a": 1}, d.Tags)
	assert.Equal(t, map[color]string{2: "x"}, d.ByColor)
	assert.Equal(t, []item{{Value: 1}, {Value: 2, Note: "n"}}, d.Items)
	assert.Equal(t, pair{1, 2}, d.Pair)
	assert.Equal(t, 2026, d.When.Year())
	assert.Equal(t, map[string]any{"x": []any{1.0, "y", nil}}, d.Any)
	assert.JSONEq(t, `[1,2]`, string(d.Raw))
	assert.Equal(t, [2]int{1, 2}, d.Fixed)
	assert.Equal(t, map[string][]item{"k": {{Value: 9}}}, d.Nested)
	assert.Equal(t, "t", d.NoTag)
	assert.Empty(t, d.hidden)
}

func TestDecodeAgreesWithEncodingJSON(t *testing.T) {
	in := `{"kind":"k","items":[{"value":1}],"tags":{},"colors":[],"opt":null,"score":0}`
	var got, want doc
	require.NoError(t, validation.Decode([]byte(in), &got))
	require.NoError(t, json.Unmarshal([]byte(in), &want))
	assert.Equal(t, want, got)
}

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		path string
		want error
	}{
		{"unknown field", `{"nmae":"x"}`, "nmae", validation.ErrUnknownField},
		{"field case", `{"Name":"x"}`, "Name", validation.ErrFieldCase},
		{"duplicate", `{"name":"x","name":"y"}`, "name", validation.ErrDuplicateField},
		{"duplicate map key", `{"tags":{"a":1,"a":2}}`, "tags/a", validation.ErrDuplicateField},
		{"number as string", `{"age":"3"}`, "age", validation.ErrWrongType},
		{"string as number", `{"name":3}`, "name", validation.ErrWrongType},
		{"fraction for int", `{"age":1.5}`, "age", validation.ErrWrongType},
		{"exponent for int", `{"age":1e2}`, "age", validation.ErrWrongType},
		{"int overflow", `{"small":300}`, "small", validation.ErrOutOfRange},
		{"negative uint", `{"count":-1}`, "count", validation.ErrOutOfRange},
		{"float overflow", `{"score":1e400}`, "score", validation.ErrOutOfRange},
		{"null int", `{"age":null}`, "age", validation.ErrNull},
		{"null string", `{"name":null}`, "name", validation.ErrNull},
		{"null struct", `{"pair":null}`, "pair", validation.ErrNull},
		{"null enum", `{"color":null}`, "color", validation.ErrNull},
		{"null in list", `{"items":[{"value":1},null]}`, "items/1", validation.ErrNull},
		{"bad enum", `{"color":"green"}`, "color", errColor},
		{"enum as number", `{"color":1}`, "color", validation.ErrWrongType},
		{"bad enum in list", `{"colors":["red","green"]}`, "colors/1", errColor},
		{"bad map key", `{"byColor":{"green":"x"}}`, "byColor/green", errColor},
		{"nested path", `{"items":[{"value":1},{"value":"2"}]}`, "items/1/value", validation.ErrWrongType},
		{"nested unknown", `{"items":[{"valeu":1}]}`, "items/0/valeu", validation.ErrUnknownField},
		{"object for list", `{"items":{}}`, "items", validation.ErrWrongType},
		{"list for object", `{"pair":[]}`, "pair", validation.ErrWrongType},
		{"bool as string", `{"ok":"true"}`, "ok", validation.ErrWrongType},
		{"type's own field error", `{"pair":{"A":3,"B":1}}`, "pair/b", errColor},
		{"type's own type error", `{"pair":{"A":"x"}}`, "pair", validation.ErrWrongType},
		{"array too long", `{"fixed":[1,2,3]}`, "fixed/2", validation.ErrWrongType},
		{"top level wrong", `[]`, "", validation.ErrWrongType},
		{"syntax", `{"name":}`, "", validation.ErrSyntax},
		{"empty", ``, "", validation.ErrSyntax},
		{"trailing", `{"name":"x"} {}`, "", validation.ErrTrailingData},
		{"trailing garbage", `{"name":"x"}x`, "", validation.ErrTrailingData},
		{"ignored field", `{"Ignored":"x"}`, "Ignored", validation.ErrUnknownField},
		{"unexported field", `{"hidden":"x"}`, "hidden", validation.ErrUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := validation.Decode([]byte(tt.in), &d)
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.want), "got %v", err)
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	var d doc
	err := validation.Decode([]byte(`{"age":"x","name":1,"extra":0,"items":[{"value":null}]}`), &d)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	var paths []string
	for _, f := range ve.Fields {
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{"age", "extra", "items/0/value", "name"}, paths)
}

func TestDecodeSyntaxOffset(t *testing.T) {
	var d doc
	err := validation.Decode([]byte(`{"name": "x",, }`), &d)
	var se *validation.SyntaxError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, int64(14), se.Offset)
	assert.Contains(t, err.Error(), "offset 14")

	err = validation.Decode([]byte(`{"name":"x"}  7`), &d)
	require.ErrorAs(t, err, &se)
	assert.Equal(t, int64(14), se.Offset)
	assert.ErrorIs(t, err, validation.ErrTrailingData)
}

func TestDecodeOptions(t *testing.T) {
	var d doc
	err := validation.Decode([]byte(`{"nmae":"x","Name":"y","name":"z"}`), &d, validation.AllowUnknownFields(), nil)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Fields, 1, "unknown fields are skipped, a case-only match is not")
	assert.True(t, ve.Has("Name", validation.ErrFieldCase))
	assert.Equal(t, "z", d.Name)

	err = validation.Decode([]byte(`{"name":"`+strings.Repeat("x", 100)+`"}`), &d, validation.MaxBytes(50))
	assert.ErrorIs(t, err, validation.ErrTooLarge)
	err = validation.Decode([]byte(`{"name":"x"}`), &d, validation.MaxBytes(0))
	assert.NoError(t, err, "a limit of zero keeps the default")

	err = validation.Decode([]byte(`{"nested":{"k":[{"value":1}]}}`), &d, validation.MaxDepth(2))
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("nested/k", validation.ErrTooDeep), "got %v", err)
}

type chain struct {
	Next *chain `json:"next"`
	N    int    `json:"n"`
}

func TestDecodeDepthLimit(t *testing.T) {
	deep := strings.Repeat(`{"n":"x","next":`, 5000) + "null" + strings.Repeat("}", 5000)
	var c chain
	err := validation.Decode([]byte(deep), &c)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, 65, len(ve.Fields), "one wrong type per level up to the limit, then the limit")
	last := ve.Fields[len(ve.Fields)-1]
	assert.ErrorIs(t, last, validation.ErrTooDeep)
	assert.Equal(t, 64, strings.Count(last.Path, "next"))
}

func TestDecodeNeverEchoesInput(t *testing.T) {
	secret := "Jane-Roe-1970"
	inputs := []string{
		`{"when":"` + secret + `"}`,
		`{"` + secret + ` x":1}`,
		`{"tags":{"` + secret + ` y":"z"}}`,
		`{"color":"` + secret + `"}`,
		`{"age":"` + secret + `"}`,
		`{"name":"x"}` + secret,
	}
	for _, in := range inputs {
		var d doc
		err := validation.Decode([]byte(in), &d)
		require.Error(t, err, in)
		assert.NotContains(t, err.Error(), "Jane", in)
		assert.NotContains(t, strings.ToLower(err.Error()), "jane", in)
	}
	var d doc
	err := validation.Decode([]byte(`{"when":"`+secret+`"}`), &d)
	assert.ErrorIs(t, err, validation.ErrBadValue)
	var pe *time.ParseError
	assert.ErrorAs(t, err, &pe, "the type's own error stays reachable")

	var tagged struct {
		Tag language.Tag `json:"tag"`
	}
	for _, in := range []string{`{"tag":"en-zqsecret"}`, `{"tag":"xyz-abcdefgh"}`, `{"tag":"1"}`} {
		err = validation.Decode([]byte(in), &tagged)
		var ve *validation.Error
		require.ErrorAs(t, err, &ve, in)
		assert.True(t, ve.Has("tag", validation.ErrBadValue), "a foreign type's error reads as ErrBadValue: %v", err)
		assert.NotContains(t, err.Error(), "zqsecret")
		assert.NotContains(t, err.Error(), "abcdefgh")
		assert.NotContains(t, err.Error(), "xyz")
	}
}

func TestDecodeCapsProblems(t *testing.T) {
	in := `{"items":[` + strings.Repeat(`{"value":"x"},`, 500) + `{"value":"x"}]}`
	var d doc
	err := validation.Decode([]byte(in), &d)
	var ve *validation.Error
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Fields, validation.MaxProblems)
	assert.Equal(t, 401, ve.Omitted)
	assert.Contains(t, err.Error(), "501 problems")
	assert.Contains(t, err.Error(), "and 401 more")
}

func TestDecodeNeedsPointer(t *testing.T) {
	assert.Panics(t, func() { _ = validation.Decode([]byte(`{}`), doc{}) })
	assert.Panics(t, func() { _ = validation.Decode([]byte(`{}`), (*doc)(nil)) })
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"kind":"k","items":[{"value":1}],"tags":{"a":2},"color":"red","opt":null}`))
	f.Add([]byte(`{"pair":{"A":1,"B":2},"when":"2026-01-02T03:04:05Z","fixed":[1]}`))
	f.Add([]byte(`{"nested":{"k":[{"value":9,"note":"\u00e9"}]},"any":[1,{"a":null}]}`))
	f.Add([]byte(`{"age":1e2,"Name":1,"x":[}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var got doc
		err := validation.Decode(data, &got)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) || len(ve.Fields) == 0 {
				t.Fatalf("error is not a validation error: %v", err)
			}
			return
		}
		// What Decode accepts, encoding/json accepts with the same result.
		var want doc
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("Decode accepted what encoding/json rejects: %v", err)
		}
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(want)
		if string(a) != string(b) {
			t.Fatalf("Decode and encoding/json disagree:\n%s\n%s", a, b)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	in := []byte(`{"kind":"k","name":"n","age":3,"colors":["blue","red"],"tags":{"a":1},
		"items":[{"value":1},{"value":2,"note":"n"},{"value":3}],"pair":{"A":1,"B":2}}`)
	b.ReportAllocs()
	for b.Loop() {
		var d doc
		if err := validation.Decode(in, &d); err != nil {
			b.Fatal(err)
		}
	}
}
