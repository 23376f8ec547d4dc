package medication_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/validation"
)

func TestBuiltinCatalogValidates(t *testing.T) {
	c, err := medication.NewCatalog(medication.BuiltinData())
	require.NoError(t, err)
	assert.Len(t, c.All(), len(medication.All()))
	assert.NotEmpty(t, medication.CatalogVersion)
}

func TestCatalogIntegrity(t *testing.T) {
	d := medication.BuiltinData()
	ids := map[medication.AgentID]bool{}
	codes := map[medication.RxCUI]medication.AgentID{}
	for _, a := range d.Agents {
		assert.False(t, ids[a.ID], "duplicate ID %s", a.ID)
		ids[a.ID] = true
		assert.NotEmpty(t, a.Sources, a.ID)
		for _, s := range a.Sources {
			assert.NoError(t, s.Validate(), a.ID)
		}
		assert.True(t, a.Kind.Valid(), a.ID)
		assert.True(t, a.Class.Valid(), a.ID)
		if a.RxNorm != "" {
			assert.True(t, a.RxNorm.Valid(), a.ID)
			other, dup := codes[a.RxNorm]
			assert.False(t, dup, "%s and %s share an RxNorm code", a.ID, other)
			codes[a.RxNorm] = a.ID
		}
		for _, cl := range a.Claims {
			assert.NotZero(t, cl.Properties, a.ID)
			assert.NotEmpty(t, cl.Sources, a.ID)
		}
		for _, dr := range a.Doses {
			assert.NotEmpty(t, dr.Sources, a.ID)
			for _, l := range dr.Limits {
				assert.NotEmpty(t, l.Sources, a.ID)
			}
		}
	}
	rules := map[string]bool{}
	for _, r := range d.Rules {
		assert.False(t, rules[r.ID], "duplicate rule %s", r.ID)
		rules[r.ID] = true
		assert.True(t, r.Severity.Valid(), r.ID)
		assert.True(t, r.Strength.Valid(), r.ID)
		assert.NotEmpty(t, r.Sources, r.ID)
		for _, s := range r.Sources {
			assert.NoError(t, s.Validate(), r.ID)
		}
		for _, id := range append(append([]medication.AgentID{}, r.A.Agents...), r.B.Agents...) {
			assert.True(t, ids[id], "rule %s names unknown agent %s", r.ID, id)
		}
	}
	for _, r := range d.Rules {
		for _, s := range r.Supersedes {
			assert.True(t, rules[s], "rule %s supersedes unknown rule %s", r.ID, s)
		}
	}
	for _, s := range d.Schedules {
		assert.NotEmpty(t, s.Sources, s.ID)
	}
	for _, cr := range d.Cautions {
		assert.NotEmpty(t, cr.Sources, cr.ID)
	}
	for _, dr := range d.Duplications {
		assert.NotEmpty(t, dr.Sources, dr.ID)
	}
}

// Every agent resolves by each of its own names and its code, so no two
// agents share a name after normalization.
func TestEveryNameResolvesToItsAgent(t *testing.T) {
	for _, a := range medication.All() {
		names := append([]string{a.Name, string(a.ID)}, a.Brands...)
		names = append(names, a.Synonyms...)
		if a.RxNorm != "" {
			names = append(names, string(a.RxNorm))
		}
		for _, n := range names {
			id, err := medication.ResolveID(n)
			if assert.NoError(t, err, n) {
				assert.Equal(t, a.ID, id, n)
			}
		}
	}
}

func TestAccessorsReturnCopies(t *testing.T) {
	a, ok := medication.Lookup("sertraline")
	require.True(t, ok)
	a.Brands[0] = "changed"
	a.Sources[0].Title = "changed"
	b, _ := medication.Lookup("sertraline")
	assert.Equal(t, "Zoloft", b.Brands[0])
	assert.NotEqual(t, "changed", b.Sources[0].Title)

	rs := medication.Rules()
	rs[0].Sources[0].Title = "changed"
	rs[0].A.Agents = append(rs[0].A.Agents, "x")
	again := medication.Rules()
	assert.NotEqual(t, "changed", again[0].Sources[0].Title)

	d := medication.BuiltinData()
	d.Agents[0].Name = "changed"
	assert.NotEqual(t, "changed", medication.BuiltinData().Agents[0].Name)

	_, ok = medication.Lookup("no-such-agent")
	assert.False(t, ok)
}

func TestCatalogAccessors(t *testing.T) {
	c := medication.Builtin()
	p := c.Properties("fluvoxamine")
	assert.True(t, p.Has(medication.Serotonergic|medication.CYP1A2InhibitorStrong), "class and own properties")
	assert.Zero(t, c.Properties("no-such-agent"))
	ci, ok := c.ClassInfo(medication.ClassSSRI)
	require.True(t, ok)
	require.NotNil(t, ci.Trial)
	assert.Equal(t, 28, ci.Trial.AdequateDays)
	_, ok = c.ClassInfo(medication.Class(250))
	assert.False(t, ok)
	ws := c.Warnings("clozapine")
	assert.GreaterOrEqual(t, len(ws), 2, "class warning and clozapine's own")
	assert.Nil(t, c.Warnings("no-such-agent"))
	r, ok := c.LookupRule("maoi-ssri-snri")
	require.True(t, ok)
	assert.Equal(t, 4, r.ONC)
	_, ok = c.LookupRule("nope")
	assert.False(t, ok)
	assert.Equal(t, len(medication.BuiltinData().Agents), len(c.Data().Agents))
}

func TestNewCatalogErrors(t *testing.T) {
	src := []evidence.Source{{Title: "t", Publisher: "p", Year: 2020}}
	good := func() medication.Data {
		return medication.Data{
			Classes: []medication.ClassInfo{{Class: medication.ClassSSRI}, {Class: medication.ClassMAOI, Claims: []medication.Claim{{Properties: medication.MAOInhibitor, Sources: src}}}},
			Agents: []medication.Agent{
				{ID: "a", Kind: medication.KindDrug, Name: "alpha", Class: medication.ClassSSRI, Sources: src},
				{ID: "b", Kind: medication.KindDrug, Name: "beta", Class: medication.ClassMAOI, Sources: src},
			},
			Rules: []medication.Rule{{ID: "r", Title: "t", A: medication.Match{Agents: []medication.AgentID{"a"}}, B: medication.Match{Properties: medication.MAOInhibitor},
				Severity: medication.SeverityMajor, Basis: medication.BasisAvoid, Wording: "avoid", Mechanism: "m", Advice: "x", Strength: evidence.StrengthConsensus, Sources: src}},
		}
	}
	_, err := medication.NewCatalog(good())
	require.NoError(t, err)

	tests := []struct {
		name   string
		change func(*medication.Data)
		path   string
		want   error
	}{
		{"duplicate ID", func(d *medication.Data) { d.Agents[1].ID = "a" }, "agents/1/id", medication.ErrDuplicate},
		{"bad ID", func(d *medication.Data) { d.Agents[0].ID = "A b" }, "agents/0/id", medication.ErrBadCatalog},
		{"no name", func(d *medication.Data) { d.Agents[0].Name = " " }, "agents/0/name", medication.ErrBadCatalog},
		{"shared name", func(d *medication.Data) { d.Agents[1].Brands = []string{"ALPHA"} }, "agents/1/brands/0", medication.ErrDuplicate},
		{"no source", func(d *medication.Data) { d.Agents[0].Sources = nil }, "agents/0/sources", evidence.ErrNoSource},
		{"invalid source", func(d *medication.Data) { d.Agents[0].Sources = []evidence.Source{{Title: "t"}} }, "agents/0/sources/0/publisher", evidence.ErrNoPublisher},
		{"bad code", func(d *medication.Data) { d.Agents[0].RxNorm = "01x" }, "agents/0/rxnorm", medication.ErrBadCatalog},
		{"shared code", func(d *medication.Data) { d.Agents[0].RxNorm = "12"; d.Agents[1].RxNorm = "12" }, "agents/1/rxnorm", medication.ErrDuplicate},
		{"class without info", func(d *medication.Data) { d.Agents[0].Class = medication.ClassSNRI }, "agents/0/class", medication.ErrBadCatalog},
		{"bad dose", func(d *medication.Data) {
			d.Agents[0].Doses = []medication.DoseRange{{UsualMin: 50, UsualMax: 20, Sources: src}}
		}, "agents/0/doses/0", medication.ErrBadCatalog},
		{"washout without source", func(d *medication.Data) { d.Agents[0].Washout = 35 }, "agents/0/washout", medication.ErrBadCatalog},
		{"unknown agent in rule", func(d *medication.Data) { d.Rules[0].A.Agents = []medication.AgentID{"zzz"} }, "rules/0/a/agents", medication.ErrUnknownAgent},
		{"rule side matching nothing", func(d *medication.Data) { d.Rules[0].B = medication.Match{Properties: medication.QTProlonging} }, "rules/0/b", medication.ErrBadCatalog},
		{"rule without sources", func(d *medication.Data) { d.Rules[0].Sources = nil }, "rules/0/sources", evidence.ErrNoSource},
		{"rule without severity", func(d *medication.Data) { d.Rules[0].Severity = 0 }, "rules/0/severity", medication.ErrBadCatalog},
		{"duplicate rule", func(d *medication.Data) { d.Rules = append(d.Rules, d.Rules[0]) }, "rules/1/id", medication.ErrDuplicate},
		{"rule without basis", func(d *medication.Data) { d.Rules[0].Basis = 0 }, "rules/0/basis", medication.ErrBadCatalog},
		{"rule without wording", func(d *medication.Data) { d.Rules[0].Wording = " " }, "rules/0/wording", medication.ErrBadCatalog},
		{"unknown ingredient", func(d *medication.Data) {
			d.Agents[0].Ingredients = []medication.AgentID{"b", "zzz"}
		}, "agents/0/ingredients/1", medication.ErrUnknownAgent},
		{"single ingredient", func(d *medication.Data) { d.Agents[0].Ingredients = []medication.AgentID{"b"} }, "agents/0/ingredients", medication.ErrBadCatalog},
		{"nested combination", func(d *medication.Data) {
			d.Agents = append(d.Agents,
				medication.Agent{ID: "ab", Kind: medication.KindDrug, Name: "ab", Class: medication.ClassSSRI, Ingredients: []medication.AgentID{"a", "b"}, Sources: src},
				medication.Agent{ID: "abb", Kind: medication.KindDrug, Name: "abb", Class: medication.ClassSSRI, Ingredients: []medication.AgentID{"ab", "b"}, Sources: src})
		}, "agents/3/ingredients/0", medication.ErrBadCatalog},
		{"product without doses", func(d *medication.Data) {
			d.Agents[0].Products = []medication.Product{{Name: "Alphaweekly", Sources: src}}
		}, "agents/0/products/0/doses", medication.ErrBadCatalog},
		{"product name shared", func(d *medication.Data) {
			d.Agents[1].Products = []medication.Product{{Name: "Alpha", Doses: []medication.DoseRange{{Max: 1, Sources: src}}, Sources: src}}
		}, "agents/1/products/0/name", medication.ErrDuplicate},
		{"unknown indication group", func(d *medication.Data) {
			d.Agents[0].Doses = []medication.DoseRange{{Max: 10, Groups: []assessment.GroupID{"no-such-group"}, Sources: src}}
		}, "agents/0/doses/0/groups", medication.ErrBadCatalog},
		{"negative single-dose maximum", func(d *medication.Data) {
			d.Agents[0].Doses = []medication.DoseRange{{Max: 10, MaxSingle: -1, Sources: src}}
		}, "agents/0/doses/0", medication.ErrBadCatalog},
		{"unknown superseded rule", func(d *medication.Data) { d.Rules[0].Supersedes = []string{"none"} }, "rules/0/supersedes/0", medication.ErrBadCatalog},
		{"claim without properties", func(d *medication.Data) {
			d.Agents[0].Claims = []medication.Claim{{Sources: src}}
		}, "agents/0/claims/0/properties", medication.ErrBadCatalog},
		{"schedule without timing", func(d *medication.Data) {
			d.Schedules = []medication.Schedule{{ID: "s", Title: "t", Match: medication.Match{Agents: []medication.AgentID{"a"}}, Test: medication.TestECG,
				Severity: medication.SeverityModerate, Mechanism: "m", Advice: "x", Strength: evidence.StrengthConsensus, Sources: src}}
		}, "schedules/0", medication.ErrBadCatalog},
		{"caution without trigger", func(d *medication.Data) {
			d.Cautions = []medication.CautionRule{{ID: "c", Title: "t", Match: medication.Match{Agents: []medication.AgentID{"a"}},
				Severity: medication.SeverityModerate, Mechanism: "m", Advice: "x", Strength: evidence.StrengthConsensus, Sources: src}}
		}, "cautions/0", medication.ErrBadCatalog},
		{"duplication without classes", func(d *medication.Data) {
			d.Duplications = []medication.DuplicationRule{{ID: "d", Title: "t", Severity: medication.SeverityModerate, Mechanism: "m", Advice: "x", Strength: evidence.StrengthConsensus, Sources: src}}
		}, "duplications/0", medication.ErrBadCatalog},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good()
			tt.change(&d)
			_, err := medication.NewCatalog(d)
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.ErrorIs(t, err, tt.want)
			assert.True(t, ve.Has(tt.path, tt.want), "want %v at %s, got %v", tt.want, tt.path, err)
		})
	}
}

// A host extends the catalog; a new SSRI inherits the MAOI rule from its
// class without any new rule.
func TestExtendedCatalogInheritsRules(t *testing.T) {
	d := medication.BuiltinData()
	d.Agents = append(d.Agents, medication.Agent{
		ID: "newssri", Kind: medication.KindDrug, Name: "newssri", Class: medication.ClassSSRI,
		Sources: []evidence.Source{{Title: "Formulary entry", Publisher: "Example clinic", Year: 2026}},
	})
	c, err := medication.NewCatalog(d)
	require.NoError(t, err)
	cs, err := c.Screen("newssri", "phenelzine")
	require.NoError(t, err)
	require.NotEmpty(t, cs)
	assert.Equal(t, "maoi-ssri-snri", cs[0].Rule)
	assert.Equal(t, medication.SeverityContraindicated, cs[0].Severity)
	assert.True(t, errors.Is(func() error { _, err := medication.Builtin().Screen("newssri"); return err }(), medication.ErrUnknownAgent))
}

// Hydroxyzine, clonidine and acamprosate carry the properties their labels
// support, beyond their classes' (which give none), and clonidine its
// withdrawal warning.
func TestLabelDerivedAgents(t *testing.T) {
	c := medication.Builtin()
	tests := []struct {
		id       medication.AgentID
		class    medication.Class
		has      medication.Properties
		lacks    medication.Properties
		warnings int
	}{
		{"hydroxyzine", medication.ClassAntihistamine, medication.CNSDepressant | medication.QTProlonging, medication.QTContraindicating | medication.Serotonergic, 0},
		{"clonidine", medication.ClassAlpha2Agonist, medication.CNSDepressant, medication.QTProlonging, 1},
		{"acamprosate", medication.ClassAlcoholTreatment, 0, medication.CNSDepressant | medication.QTProlonging, 0},
		{"guanfacine", medication.ClassAlpha2Agonist, 0, medication.CNSDepressant, 0},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			a, ok := c.Lookup(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.class, a.Class)
			ci, ok := c.ClassInfo(tt.class)
			require.True(t, ok)
			assert.Zero(t, ci.Properties(), "the class gives no properties, so none is duplicated")
			p := c.Properties(tt.id)
			assert.True(t, p.Has(tt.has), "%s has %s", tt.id, p)
			assert.False(t, p.Any(tt.lacks), "%s has %s", tt.id, p)
			ws := c.Warnings(tt.id)
			require.Len(t, ws, tt.warnings)
			for _, w := range ws {
				assert.NotEmpty(t, w.Sources)
			}
		})
	}
}

func TestCatalogClass(t *testing.T) {
	c := medication.Builtin()
	cl, ok := c.Class("sertraline")
	assert.True(t, ok)
	assert.Equal(t, medication.ClassSSRI, cl)
	_, ok = c.Class("unobtainium")
	assert.False(t, ok)
	assert.Zero(t, testing.AllocsPerRun(20, func() { c.Class("lithium") }))
}
