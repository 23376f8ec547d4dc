package modality_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

// FuzzCheck feeds arbitrary JSON plans to Check: it must never panic,
// must return either a *validation.Error or well-formed incoherences, and
// must give the same answer twice.
func FuzzCheck(f *testing.F) {
	seeds := []modality.Plan{clientAPlan(), tenComponentPlan()}
	p := clientAPlan()
	p.Components[3].Key, p.Components[2].Replaces = "x", "x"
	seeds = append(seeds, p)
	for _, s := range seeds {
		b, err := json.Marshal(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"strategy":"theoretical","orientations":["psychodynamic"],"clientAge":30,"components":[{"modality":"stpp","phase":"integration","sequence":1}]}`))
	f.Add([]byte(`{"strategy":"common-factors","factors":[{"factor":"alliance"}],"clientAge":9,"stable":"no","components":[{"modality":"rfp-c","phase":"processing","start":"2025-01-01","end":"2024-01-01"}]}`))
	f.Add([]byte(`{"strategy":"assimilative","home":"integrative","clientAge":17,"components":[{"key":"a","replaces":"b","technique":"play","phase":"stabilization","sequence":1},{"key":"b","replaces":"a","modality":"dbt-a","phase":"stabilization","sequence":1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var plan modality.Plan
		if json.Unmarshal(data, &plan) != nil {
			return
		}
		found, err := modality.Check(plan)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) || len(ve.Fields) == 0 {
				t.Fatalf("error is not a non-empty *validation.Error: %v", err)
			}
			if found != nil {
				t.Fatal("incoherences returned with an error")
			}
			return
		}
		for _, in := range found {
			if !in.Problem.Valid() || !in.Severity.Valid() || len(in.Paths) == 0 || len(in.Sources) == 0 ||
				in.Explanation == "" || in.Action == "" {
				t.Fatalf("malformed incoherence: %+v", in)
			}
		}
		again, _ := modality.Check(plan)
		if len(again) != len(found) {
			t.Fatal("Check is not deterministic")
		}
		for i := range found {
			if found[i].Problem != again[i].Problem || found[i].Explanation != again[i].Explanation {
				t.Fatal("Check is not deterministic")
			}
		}
	})
}

// FuzzNewCatalog feeds arbitrary JSON catalog contents to NewCatalog,
// which hosts use to extend the catalog: it must never panic, and a catalog
// it accepts must answer lookups.
func FuzzNewCatalog(f *testing.F) {
	small := modality.Contents{
		Orientations: modality.Orientations()[:2],
		Techniques:   modality.Techniques()[:3],
		Modalities:   modality.All()[:2],
	}
	b, err := json.Marshal(small)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"modalities":[{"id":"x","orientations":["y"],"indications":[{"group":"ocd"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var contents modality.Contents
		if json.Unmarshal(data, &contents) != nil {
			return
		}
		c, err := modality.NewCatalog(contents)
		if err != nil {
			var ve *validation.Error
			if !errors.As(err, &ve) {
				t.Fatalf("error is not a *validation.Error: %v", err)
			}
			return
		}
		for _, m := range c.All() {
			if _, ok := c.Lookup(m.ID); !ok {
				t.Fatalf("lookup of %q failed", m.ID)
			}
			for _, in := range m.Indications {
				if len(c.ForCondition(in.Group)) == 0 {
					t.Fatal("indication not indexed")
				}
			}
		}
	})
}
