package medication_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/validation"
)

// catalogNames is every name Resolve may suggest.
var catalogNames = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range medication.All() {
		m[a.Name] = true
		m[string(a.ID)] = true
		for _, b := range a.Brands {
			m[b] = true
		}
		for _, s := range a.Synonyms {
			m[s] = true
		}
	}
	return m
}()

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Zoloft", "sertraline hydrochloride 50 mg", "ＳＥＲＴＲＡＬＩＮＥ", "St. John’s Wort", "5-HTP", "36437", "", " ", "setraline", "Straße", "é", "\xff\xfe", "a\u0301", strings.Repeat("x", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		id, err := medication.ResolveID(name)
		if err == nil {
			a, err := medication.Resolve(name)
			if err != nil || a.ID != id {
				t.Fatalf("Resolve and ResolveID disagree")
			}
			if _, ok := medication.Lookup(id); !ok {
				t.Fatalf("resolved to an ID not in the catalog")
			}
			return
		}
		var ue *medication.UnknownNameError
		if !errors.As(err, &ue) || !errors.Is(err, medication.ErrUnknownName) {
			t.Fatalf("unexpected error type %T", err)
		}
		if len(ue.Suggestions) > 12 {
			t.Fatalf("too many suggestions")
		}
		for _, s := range ue.Suggestions {
			if !catalogNames[s] {
				t.Fatalf("suggestion is not a catalog name")
			}
		}
		// The message is the sentinel plus catalog names: never the input.
		rest := strings.TrimPrefix(err.Error(), medication.ErrUnknownName.Error())
		for _, s := range ue.Suggestions {
			rest = strings.Replace(rest, s, "", 1)
		}
		if rest != "" && rest != " (nearest catalog names: "+strings.Repeat(", ", max(len(ue.Suggestions)-1, 0))+")" {
			t.Fatalf("error text holds more than catalog names")
		}
	})
}

func FuzzRegimenJSON(f *testing.F) {
	seeds := []string{
		`{}`,
		`{"prescriptions":[{"agent":"sertraline","dose":{"amount":100,"unit":"mg"},"frequency":"once-daily","start":"2026-09-01"}]}`,
		`{"prescriptions":[{"agent":"lithium","dose":{"amount":300,"unit":"mg"},"frequency":"twice-daily","start":"2025-09-20"},{"agent":"ibuprofen","dose":{"amount":400,"unit":"mg"},"frequency":"three-times-daily","asNeeded":true,"start":"2026-06-01"}],"supplements":[{"agent":"st-johns-wort","selfStarted":"yes"}],"monitoring":[{"test":"lithium-level","date":"2026-04-20"}]}`,
		`{"prescriptions":[{"agent":"fluoxetine","dose":{"amount":20,"unit":"mg"},"frequency":"once-daily","start":"2026-01-01","stop":"2026-10-01","stopReason":"ineffective"},{"agent":"phenelzine","dose":{"amount":15,"unit":"mg"},"frequency":"three-times-daily","start":"2026-10-20","changes":[{"date":"2026-11-01","dose":{"amount":30,"unit":"mg"}}]}]}`,
		`{"substances":[{"agent":"alcohol","frequency":"daily","lastUse":"2026-11-19"}],"adherence":[{"prescription":0,"date":"2026-11-01","status":"not-taking-as-prescribed"}]}`,
		`{"prescriptions":[{"agent":"clozapine","dose":{"amount":-1,"unit":"mcg/h"},"frequency":"weekly","start":"2030-01-01","stop":"2020-01-01"}]}`,
		`{"prescriptions":[{"agent":"zolpidem","dose":{"amount":1e308,"unit":"g"},"frequency":"four-times-daily","start":"2026-01-01","release":"extended"}]}`,
		`{"prescriptions":[{"agent":"sertraline","dose":{"amount":999999,"unit":"g"},"frequency":"q4h"}]}`,
		`{"prescriptions":[{"agent":"olanzapine-fluoxetine","dose":{"amount":12,"unit":"mg"},"frequency":"at-bedtime","start":"2026-01-01"},{"agent":"bupropion","product":"Aplenzin","start":"2026-02-01"}],"monitoring":[{"test":"follow-up","date":"2026-01-10","prescription":0}]}`,
		`{"substances":[{"agent":"alcohol","frequency":"daily","lastUse":"2025-12-01","abstinentSince":"2025-12-02"}],"prescriptions":[{"agent":"disulfiram"}]}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	asOf, _ := assessment.ParseDate("2026-11-20")
	ctx := medication.Context{AsOf: asOf, Client: assessment.Client{Age: 30, Sex: assessment.SexFemale, PregnancyPossible: assessment.Yes},
		Conditions: []assessment.Condition{{Code: "F31.81", Status: assessment.Confirmed}, {Code: "G40.909", Status: assessment.Confirmed}}}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r medication.Regimen
		if json.Unmarshal(data, &r) != nil {
			return
		}
		if d, derr := medication.DecodeRegimen(data, asOf); derr == nil {
			// What the strict decoder accepts, the forgiving one reads the
			// same way, and it is valid.
			if derr := r.Validate(asOf); derr != nil {
				t.Fatalf("DecodeRegimen accepted a regimen Validate rejects")
			}
			if len(d.Prescriptions) != len(r.Prescriptions) {
				t.Fatalf("DecodeRegimen and json.Unmarshal disagree")
			}
		} else {
			var ve *validation.Error
			if !errors.As(derr, &ve) {
				t.Fatalf("decode error of type %T", derr)
			}
		}
		err := r.Validate(asOf)
		cs, rerr := medication.Review(r, ctx)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) || len(ve.Fields) == 0 {
				t.Fatalf("validation error of type %T", err)
			}
			if !slices.IsSortedFunc(ve.Fields, func(a, b *validation.FieldError) int { return validation.ComparePaths(a.Path, b.Path) }) {
				t.Fatalf("fields not sorted")
			}
			if rerr == nil {
				t.Fatalf("Review accepted a regimen Validate rejects")
			}
			return
		}
		if rerr != nil {
			t.Fatalf("Review rejected a valid regimen: %v", rerr)
		}
		for i, c := range cs {
			if !c.Kind.Valid() || !c.Severity.Valid() || c.Rule == "" || len(c.Agents) == 0 || len(c.Sources) == 0 {
				t.Fatalf("malformed concern %d", i)
			}
			if i > 0 && cs[i-1].Severity < c.Severity {
				t.Fatalf("not sorted by severity")
			}
		}
		if _, err := json.Marshal(cs); err != nil {
			t.Fatalf("concerns do not marshal (an infinite dose?): %v", err)
		}
		again, _ := medication.Review(r, ctx)
		if len(again) != len(cs) {
			t.Fatalf("not deterministic")
		}
	})
}

func FuzzParseOrder(f *testing.F) {
	for _, s := range []string{"Zoloft 100mg", "sertraline 50 mg PO daily", "tramadol 50mg q6h prn", "lithium carbonate ER 300 mg BID",
		"EtOH", "benzos", "opioids", "Aplenzin 348 mg", "50 mg sertraline", "sertraline 1e400 mg", "b.i.d.", "", "  ", "1,000 mg x",
		"fentanyl 25 mcg/h patch", "Prozac Weekly 90 mg", "\xff\xfe 5 mg", strings.Repeat("q6h ", 30)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		o, err := medication.ParseOrder(text)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) || len(ve.Fields) == 0 {
				t.Fatalf("error of type %T", err)
			}
			// Beyond the fixed messages and paths, the text holds only
			// catalog names suggested.
			msg := err.Error()
			var ue *medication.UnknownNameError
			if errors.As(err, &ue) {
				for _, sug := range ue.Suggestions {
					msg = strings.ReplaceAll(msg, sug, "")
				}
			}
			vocabulary := medication.ErrUnknownName.Error() + medication.ErrBadValue.Error() + medication.ErrBadDose.Error() +
				medication.ErrBadUnit.Error() + medication.ErrRequired.Error() + medication.ErrTooMany.Error() +
				"invalid input problems agent dose amount unit words nearest catalog names"
			for _, w := range strings.Fields(text) {
				if len(w) > 3 && strings.Contains(msg, w) && !strings.Contains(vocabulary, w) {
					t.Fatalf("error text repeats a word of the input")
				}
			}
			return
		}
		if _, ok := medication.Lookup(o.Agent); !ok {
			t.Fatalf("order names an agent not in the catalog")
		}
		if o.Dose.Amount < 0 || o.Dose.Amount > medication.MaxDoseAmount || (o.Dose.Amount > 0) != o.Dose.Unit.Valid() {
			t.Fatalf("bad dose %v", o.Dose)
		}
		if _, err := json.Marshal(o); err != nil {
			t.Fatalf("order does not marshal: %v", err)
		}
		if err := (medication.Regimen{Prescriptions: []medication.Prescription{o.Prescription(assessment.Date{})}}).Validate(asOfFuzz); err != nil {
			t.Fatalf("a parsed order is not a valid prescription: %v", err)
		}
	})
}

var asOfFuzz, _ = assessment.ParseDate("2026-11-20")

func FuzzDecodeContext(f *testing.F) {
	for _, s := range []string{`{"asOf":"2026-11-20","client":{"age":60,"sex":"female"}}`, `{"asOf":"x"}`, `null`, `{"conditions":[{"code":"F31.81","status":"confirmed"}]}`, `[]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, err := medication.DecodeContext(data)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		if _, err := medication.Review(medication.Regimen{}, ctx); err != nil {
			t.Fatalf("a decoded context is rejected by Review: %v", err)
		}
	})
}
