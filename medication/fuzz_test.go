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
		if len(ue.Suggestions) > 3 {
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
		if rest != "" && rest != " (nearest catalog names: "+strings.Repeat(", ", len(ue.Suggestions)-1)+")" {
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
		again, _ := medication.Review(r, ctx)
		if len(again) != len(cs) {
			t.Fatalf("not deterministic")
		}
	})
}
