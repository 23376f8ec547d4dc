package integrative_test

import (
	"bytes"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
)

// Catalog versions change whenever clinical content changes.
//
// Every built-in catalog's exported content is fingerprinted (SHA-256 of
// its canonical JSON) and compared with testdata/catalog-fingerprints.json,
// which records each package's catalog version and the fingerprint of the
// content that version names. TestCatalogVersions fails when a catalog's
// content changes while its version does not. After bumping the version
// (CatalogVersion in the package, RulesVersion in the root), record the new
// fingerprint with:
//
//	go test . -run '^TestCatalogVersions$' -update
//
// -update records a new fingerprint only for a package whose version
// changed; for any other changed content it still fails and asks for the
// bump.
const fingerprintFile = "catalog-fingerprints.json"

// A catalog is one package's built-in clinical content and the version
// that names it.
type catalog struct {
	pkg     string
	version string
	content func() any
}

// assessmentContent is what assessment.CatalogVersion names: instruments,
// condition groups, intake domains and screening cascades.
type assessmentContent struct {
	Instruments []assessment.Instrument `json:"instruments"`
	Groups      []assessment.Group      `json:"groups"`
	Domains     []assessment.Domain     `json:"domains"`
	Cascades    []assessment.Cascade    `json:"cascades"`
}

// traumainformedContent is what traumainformed.CatalogVersion names:
// principles, implementation domains, readiness signals, and the practices
// and language terms of the built-in catalog.
type traumainformedContent struct {
	Principles []traumainformed.Principle `json:"principles"`
	Domains    []traumainformed.Domain    `json:"domains"`
	Signals    []traumainformed.Signal    `json:"signals"`
	Data       traumainformed.Data        `json:"data"`
}

// catalogs lists every built-in catalog with its version, read through the
// packages' exported accessors only.
func catalogs() []catalog {
	return []catalog{
		{"assessment", assessment.CatalogVersion, func() any {
			return assessmentContent{
				Instruments: assessment.Instruments(), Groups: assessment.Groups(),
				Domains: assessment.Domains(), Cascades: assessment.Cascades(),
			}
		}},
		{"medication", medication.CatalogVersion, func() any { return medication.BuiltinData() }},
		{"modality", modality.CatalogVersion, func() any { return modality.BuiltinContents() }},
		{"traumainformed", traumainformed.CatalogVersion, func() any {
			return traumainformedContent{
				Principles: traumainformed.Principles(), Domains: traumainformed.Domains(),
				Signals: traumainformed.Signals(), Data: traumainformed.BuiltinData(),
			}
		}},
		// The rule catalog: IDs, titles, docs, default severities and
		// strengths, sources, messages, bases, suggestions, since and
		// retired. Rule.Check is code and is not part of the fingerprint.
		{"integrative", integrative.RulesVersion, func() any { return integrative.Rules() }},
	}
}

// A fingerprint is one row of testdata/catalog-fingerprints.json.
type fingerprint struct {
	Package     string `json:"package"`
	Version     string `json:"version"`
	Fingerprint string `json:"fingerprint"`
}

// fingerprintOf returns "sha256:" and the hex SHA-256 of v's canonical
// JSON: v is encoded, decoded into generic values (numbers kept as
// written) and encoded again, so objects have sorted keys and the
// fingerprint depends on the content, not on the order of struct fields.
func fingerprintOf(v any) (string, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var generic any
	if err := dec.Decode(&generic); err != nil {
		return "", err
	}
	canonical, err := json.Marshal(generic)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(canonical)
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}

// updating reports whether the tests run with -update, the flag of
// internal/golden that every golden test of this package uses.
func updating(t *testing.T) bool {
	t.Helper()
	f := flag.Lookup("update")
	require.NotNil(t, f, "the -update flag of internal/golden is not registered")
	return f.Value.String() == "true"
}

// verdict decides what to do with one catalog: whether to record its
// current version and fingerprint, and the problem to report, if any.
func verdict(rec fingerprint, recorded bool, version, fp string, update bool) (record bool, problem string) {
	switch {
	case !recorded && update:
		return true, ""
	case !recorded:
		return false, fmt.Sprintf("no fingerprint recorded for version %s; record it with -update", version)
	case rec.Fingerprint != fp && rec.Version == version:
		return false, fmt.Sprintf("content changed but the catalog version is still %s: bump the version "+
			"(CatalogVersion; RulesVersion in the root), then record the new fingerprint with -update", version)
	case rec.Fingerprint == fp && rec.Version == version:
		return false, ""
	case update:
		return true, ""
	case rec.Fingerprint != fp:
		return false, fmt.Sprintf("content changed and the version moved from %s to %s: record the new "+
			"fingerprint with -update", rec.Version, version)
	default:
		return false, fmt.Sprintf("version moved from %s to %s with no change of content: record it with -update",
			rec.Version, version)
	}
}

func TestCatalogVersions(t *testing.T) {
	update := updating(t)
	path := filepath.Join("testdata", fingerprintFile)
	var table []fingerprint
	if data, err := os.ReadFile(path); err == nil || !update {
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &table))
	}
	byPkg := make(map[string]int, len(table))
	for i, f := range table {
		byPkg[f.Package] = i
	}

	var next []fingerprint
	changed := false
	for _, c := range catalogs() {
		fp, err := fingerprintOf(c.content())
		require.NoError(t, err, c.pkg)
		i, recorded := byPkg[c.pkg]
		var rec fingerprint
		if recorded {
			rec = table[i]
		}
		record, problem := verdict(rec, recorded, c.version, fp, update)
		if problem != "" {
			t.Errorf("%s: %s (%s)", c.pkg, problem, fp)
		}
		if record {
			rec = fingerprint{Package: c.pkg, Version: c.version, Fingerprint: fp}
			changed = true
		}
		if record || recorded {
			next = append(next, rec)
		}
	}
	for _, f := range table {
		if !slices.ContainsFunc(catalogs(), func(c catalog) bool { return c.pkg == f.Package }) {
			if update {
				changed = true
			} else {
				t.Errorf("%s: recorded in %s but no such catalog; remove it with -update", f.Package, path)
			}
		}
	}
	if update && changed {
		data, err := json.MarshalIndent(next, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, append(data, '\n'), 0o644))
	}
}

// The rules of TestCatalogVersions: a content change needs a version bump,
// and -update records only what a bump allows.
func TestCatalogVersionVerdict(t *testing.T) {
	rec := fingerprint{Package: "p", Version: "1", Fingerprint: "sha256:a"}
	for _, tc := range []struct {
		name               string
		recorded           bool
		version, fp        string
		update, wantRecord bool
		wantProblem        string
	}{
		{"unchanged", true, "1", "sha256:a", false, false, ""},
		{"unchanged, -update", true, "1", "sha256:a", true, false, ""},
		{"content changed, same version", true, "1", "sha256:b", false, false, "bump the version"},
		{"content changed, same version, -update refuses", true, "1", "sha256:b", true, false, "bump the version"},
		{"content changed, version bumped", true, "2", "sha256:b", false, false, "record the new fingerprint"},
		{"content changed, version bumped, -update records", true, "2", "sha256:b", true, true, ""},
		{"version bumped alone", true, "2", "sha256:a", false, false, "no change of content"},
		{"version bumped alone, -update records", true, "2", "sha256:a", true, true, ""},
		{"not recorded", false, "1", "sha256:a", false, false, "no fingerprint recorded"},
		{"not recorded, -update records", false, "1", "sha256:a", true, true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			record, problem := verdict(rec, tc.recorded, tc.version, tc.fp, tc.update)
			assert.Equal(t, tc.wantRecord, record)
			if tc.wantProblem == "" {
				assert.Empty(t, problem)
			} else {
				assert.Contains(t, problem, tc.wantProblem)
			}
		})
	}
}

// A change anywhere in a catalog's content, however deep, changes its
// fingerprint; the same content always gives the same fingerprint.
func TestCatalogFingerprintsSeeChanges(t *testing.T) {
	base := map[string]string{}
	for _, c := range catalogs() {
		a, err := fingerprintOf(c.content())
		require.NoError(t, err)
		b, err := fingerprintOf(c.content())
		require.NoError(t, err)
		assert.Equal(t, a, b, "%s: fingerprint is not stable", c.pkg)
		base[c.pkg] = a
	}
	for _, tc := range []struct {
		pkg, name string
		content   func() any
	}{
		{"integrative", "a source's locator", func() any {
			r := integrative.Rules()
			r[len(r)-1].Sources[0].Locator += " (changed)"
			return r
		}},
		{"integrative", "a message", func() any {
			r := integrative.Rules()
			r[0].Message += "!"
			return r
		}},
		{"integrative", "a default severity", func() any {
			r := integrative.Rules()
			r[1].Severity = integrative.SeverityWarning
			return r
		}},
		{"medication", "an agent's brand", func() any {
			d := medication.BuiltinData()
			d.Agents[0].Brands = append(d.Agents[0].Brands, "Changed")
			return d
		}},
		{"medication", "a rule's source", func() any {
			d := medication.BuiltinData()
			d.Rules[0].Sources[0].Year++
			return d
		}},
		{"modality", "an indication's source", func() any {
			c := modality.BuiltinContents()
			for i := range c.Modalities {
				if in := c.Modalities[i].Indications; len(in) > 0 {
					in[0].Sources[0].Locator += " (changed)"
					break
				}
			}
			return c
		}},
		{"modality", "a technique's stance", func() any {
			c := modality.BuiltinContents()
			st := &c.Techniques[0].Stance
			if st.Direction == modality.Directive {
				st.Direction = modality.NonDirective
			} else {
				st.Direction = modality.Directive
			}
			return c
		}},
		{"assessment", "an instrument's item option label", func() any {
			in := assessment.Instruments()
			in[0].Items[0].Options[1].Label[0] += " (changed)"
			return assessmentContent{Instruments: in, Groups: assessment.Groups(), Domains: assessment.Domains(), Cascades: assessment.Cascades()}
		}},
		{"assessment", "a condition group", func() any {
			g := assessment.Groups()
			g[0].Excludes = append(g[0].Excludes, "F99")
			return assessmentContent{Instruments: assessment.Instruments(), Groups: g, Domains: assessment.Domains(), Cascades: assessment.Cascades()}
		}},
		{"traumainformed", "a term", func() any {
			d := traumainformed.BuiltinData()
			d.Terms = d.Terms[1:]
			return traumainformedContent{Principles: traumainformed.Principles(), Domains: traumainformed.Domains(), Signals: traumainformed.Signals(), Data: d}
		}},
		{"traumainformed", "a principle", func() any {
			p := traumainformed.Principles()
			p[0].Remedy += " (changed)"
			return traumainformedContent{Principles: p, Domains: traumainformed.Domains(), Signals: traumainformed.Signals(), Data: traumainformed.BuiltinData()}
		}},
	} {
		t.Run(tc.pkg+"/"+tc.name, func(t *testing.T) {
			fp, err := fingerprintOf(tc.content())
			require.NoError(t, err)
			assert.NotEqual(t, base[tc.pkg], fp)
		})
	}
}

// The fingerprint sees every field of the content: the catalog types have
// no unexported fields, no fields left out of JSON and no functions, so
// no clinical fact can change without changing the fingerprint. Rule.Check
// is the one exception: it is code, not content.
func TestCatalogFingerprintsCoverEveryField(t *testing.T) {
	allowed := map[string]bool{"integrative.Rule.Check": true}
	for _, c := range catalogs() {
		t.Run(c.pkg, func(t *testing.T) {
			var missed []string
			seen := map[reflect.Type]bool{}
			var walk func(reflect.Type)
			walk = func(typ reflect.Type) {
				if seen[typ] {
					return
				}
				seen[typ] = true
				if typ.Implements(jsonMarshaler) || reflect.PointerTo(typ).Implements(jsonMarshaler) ||
					typ.Implements(textMarshaler) || reflect.PointerTo(typ).Implements(textMarshaler) {
					return
				}
				switch typ.Kind() {
				case reflect.Pointer, reflect.Slice, reflect.Array:
					walk(typ.Elem())
				case reflect.Map:
					walk(typ.Key())
					walk(typ.Elem())
				case reflect.Func, reflect.Chan, reflect.Interface, reflect.UnsafePointer, reflect.Complex64, reflect.Complex128:
					missed = append(missed, typ.String())
				case reflect.Struct:
					for i := range typ.NumField() {
						f := typ.Field(i)
						name := typ.String() + "." + f.Name
						tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
						switch {
						case allowed[name]:
						case f.Anonymous && f.Type.Kind() == reflect.Struct && tag == "":
							walk(f.Type)
						case !f.IsExported() || tag == "-":
							missed = append(missed, name)
						default:
							walk(f.Type)
						}
					}
				}
			}
			walk(reflect.TypeOf(c.content()))
			assert.Empty(t, missed, "content the fingerprint would not see")
		})
	}
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)
