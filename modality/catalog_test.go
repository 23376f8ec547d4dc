package modality_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

func TestBuiltinCatalogRebuilds(t *testing.T) {
	contents := modality.BuiltinContents()
	assert.Equal(t, modality.Contents{
		Orientations: modality.Orientations(),
		Techniques:   modality.Techniques(),
		Modalities:   modality.All(),
	}, contents)
	c, err := modality.NewCatalog(contents)
	require.NoError(t, err)
	assert.Equal(t, contents, c.Contents())
}

func TestCatalogIntegrity(t *testing.T) {
	orientations := map[modality.OrientationID]modality.Orientation{}
	for _, o := range modality.Orientations() {
		assert.NotContains(t, orientations, o.ID, "duplicate orientation %s", o.ID)
		orientations[o.ID] = o
		assert.NoError(t, o.Validate(), o.ID)
		assertSources(t, string(o.ID), o.Sources)
	}
	techniques := map[modality.TechniqueID]bool{}
	for _, tq := range modality.Techniques() {
		assert.False(t, techniques[tq.ID], "duplicate technique %s", tq.ID)
		techniques[tq.ID] = true
		assert.NoError(t, tq.Validate(), tq.ID)
		assert.Contains(t, orientations, tq.Orientation, "technique %s: orientation exists", tq.ID)
		assertSources(t, string(tq.ID), tq.Sources)
	}
	ids := map[modality.ID]bool{}
	for _, m := range modality.All() {
		assert.False(t, ids[m.ID], "duplicate modality %s", m.ID)
		ids[m.ID] = true
		assert.NoError(t, m.Validate(), m.ID)
		assertSources(t, string(m.ID), m.Sources)
		for _, o := range m.Orientations {
			assert.Contains(t, orientations, o, "modality %s: orientation exists", m.ID)
		}
		for _, tq := range m.Techniques {
			assert.True(t, techniques[tq], "modality %s: technique %s exists", m.ID, tq)
		}
		if !m.Ages.IsZero() {
			assertSources(t, string(m.ID)+"/ages", m.Ages.Sources)
			assert.LessOrEqual(t, m.Ages.Min, m.Ages.Max)
		}
		for _, in := range m.Indications {
			_, ok := assessment.LookupGroup(in.Group)
			assert.True(t, ok, "modality %s: group %s exists in assessment", m.ID, in.Group)
			assertSources(t, string(m.ID)+"/"+string(in.Group), in.Sources)
			if in.Line != modality.LineEmerging {
				for _, s := range in.Sources {
					assert.NotEmpty(t, s.Locator, "modality %s: guideline indication cites its section", m.ID)
				}
			}
		}
		assert.True(t, m.Strength.Valid(), m.ID)
		if m.TraumaFocused {
			assert.True(t, m.FitsPhase(modality.Processing), "trauma-focused %s fits processing", m.ID)
		}
	}
}

func assertSources(t *testing.T, what string, sources []evidence.Source) {
	t.Helper()
	if assert.NotEmpty(t, sources, "%s cites a source", what) {
		for _, s := range sources {
			assert.NoError(t, s.Validate(), "%s: %s", what, s.Title)
		}
	}
}

// The IDs and fields package traumainformed depends on.
func TestContractForTraumaInformed(t *testing.T) {
	for _, id := range []modality.ID{"cpt", "pe", "emdr", "tf-cbt"} {
		m, ok := modality.Lookup(id)
		require.True(t, ok, id)
		assert.Equal(t, id, m.ID)
		assert.NotEmpty(t, m.Name)
		assert.True(t, m.TraumaFocused, id)
		assert.Contains(t, m.Phases, modality.Processing, id)
	}
	for _, id := range []modality.ID{"dbt-a", "rfp-c"} {
		_, ok := modality.Lookup(id)
		assert.True(t, ok, id)
	}
	dbt, _ := modality.Lookup("dbt")
	assert.Equal(t, []modality.Phase{modality.Stabilization}, dbt.Phases)
	assert.False(t, dbt.TraumaFocused)
}

// The modalities the issue lists are all present.
func TestIssueModalitiesPresent(t *testing.T) {
	for _, id := range []modality.ID{
		"cbt", "cbt-i", "tf-cbt", "cpt", "pe", "emdr", "erp", "ba", "dbt", "dbt-a", "act", "mbct", "ipt",
		"ipsrt", "fft", "psychoeducation", "stpp", "person-centered", "eft", "mi", "cm", "family-therapy",
		"couples-therapy", "play-therapy", "rfp-c", "group-therapy", "peer-support", "sleep-health",
		"physical-activity", "nutrition", "mindfulness-practice", "neurofeedback",
	} {
		_, ok := modality.Lookup(id)
		assert.True(t, ok, id)
	}
	for _, id := range []modality.TechniqueID{
		"cognitive-restructuring", "in-vivo-exposure", "interoceptive-exposure", "response-prevention",
		"behavioral-activation", "skills-training", "interpretation", "free-association", "empathic-reflection",
		"chair-work", "mindfulness", "psychoeducation", "motivational-interviewing", "play",
	} {
		_, ok := modality.LookupTechnique(id)
		assert.True(t, ok, id)
	}
}

func TestCatalogFacts(t *testing.T) {
	rfpc, _ := modality.Lookup("rfp-c")
	assert.Equal(t, evidence.StrengthEmerging, rfpc.Strength)
	assert.Equal(t, 5, rfpc.Ages.Min)
	assert.Equal(t, 12, rfpc.Ages.Max)
	assert.Equal(t, modality.OrientationPsychodynamic, rfpc.Orientations[0])

	dbta, _ := modality.Lookup("dbt-a")
	assert.True(t, dbta.Ages.Contains(17), "Client B, 17, fits DBT-A")
	assert.False(t, dbta.Ages.Contains(9))

	tfcbt, _ := modality.Lookup("tf-cbt")
	assert.Equal(t, modality.AgeRange{Min: 3, Max: 18, Sources: tfcbt.Ages.Sources}, tfcbt.Ages)

	cbt, _ := modality.Lookup("cbt")
	assert.True(t, cbt.Ages.IsZero(), "no age range claimed for CBT")
	assert.True(t, cbt.Ages.Contains(80))

	mi, _ := modality.LookupTechnique("motivational-interviewing")
	assert.Equal(t, modality.Guiding, mi.Stance.Direction)

	exposure, _ := modality.LookupTechnique("in-vivo-exposure")
	reflection, _ := modality.LookupTechnique("empathic-reflection")
	assert.True(t, exposure.Stance.Conflicts(reflection.Stance))
	assert.True(t, reflection.Stance.Conflicts(exposure.Stance))
	assert.False(t, exposure.Stance.Conflicts(mi.Stance))
	skills, _ := modality.LookupTechnique("skills-training")
	assert.True(t, skills.Stance.SkillsBased())
	assert.False(t, exposure.Stance.SkillsBased())

	o, ok := modality.LookupOrientation(modality.OrientationLifestyle)
	require.True(t, ok)
	assert.False(t, o.Psychotherapy)
	o, _ = modality.LookupOrientation(modality.OrientationCognitiveBehavioral)
	assert.True(t, o.Psychotherapy)

	_, ok = modality.Lookup("no-such")
	assert.False(t, ok)
	_, ok = modality.LookupTechnique("no-such")
	assert.False(t, ok)
	_, ok = modality.LookupOrientation("no-such")
	assert.False(t, ok)
}

func TestLookupReturnsCopies(t *testing.T) {
	m, _ := modality.Lookup("cpt")
	m.Phases[0] = modality.Stabilization
	m.Sources[0].Title = "changed"
	m.Indications[0].Sources[0].Title = "changed"
	again, _ := modality.Lookup("cpt")
	assert.Equal(t, modality.Processing, again.Phases[0])
	assert.NotEqual(t, "changed", again.Sources[0].Title)
	assert.NotEqual(t, "changed", again.Indications[0].Sources[0].Title)

	all := modality.All()
	all[0].Orientations[0] = "changed"
	assert.NotEqual(t, modality.OrientationID("changed"), modality.All()[0].Orientations[0])
}

func ids(ms []modality.Match) []modality.ID {
	var out []modality.ID
	for _, m := range ms {
		out = append(out, m.Modality)
	}
	return out
}

func TestForCondition(t *testing.T) {
	tests := []struct {
		group     assessment.GroupID
		firstLine []modality.ID
		contains  []modality.ID
	}{
		// VA/DoD PTSD 2023: PE, CPT, EMDR; TF-CBT for children (ISTSS
		// 2019); CT (APA 2017, strong); WET (VA/DoD 2023, suggested); BEP
		// and NET (APA 2017, conditional).
		{assessment.GroupPTSD, []modality.ID{"cpt", "emdr", "pe"}, []modality.ID{"tf-cbt", "ct-ptsd", "wet", "bep", "net"}},
		// NICE CG31: CBT including ERP.
		{assessment.GroupOCD, []modality.ID{"erp"}, nil},
		// ACP 2016, AASM 2021.
		{assessment.GroupInsomnia, []modality.ID{"cbt-i"}, nil},
		// VA/DoD MDD 2022, problem-solving therapy included.
		{assessment.GroupDepressive, []modality.ID{"act", "ba", "cbt", "ipt", "mbct", "pst", "stpp"}, []modality.ID{"physical-activity", "mindfulness-practice"}},
		// CANMAT/ISBD 2018.
		{assessment.GroupBipolar, []modality.ID{"psychoeducation"}, []modality.ID{"cbt", "fft", "ipsrt", "peer-support"}},
		// NICE CG113: CBT for panic disorder; for GAD, self-help first,
		// then CBT or applied relaxation.
		{assessment.GroupPanic, []modality.ID{"cbt"}, []modality.ID{"cbt-self-help"}},
		{assessment.GroupGAD, []modality.ID{"cbt-self-help"}, []modality.ID{"cbt", "applied-relaxation"}},
		// NICE CG159.
		{assessment.GroupSocialAnxiety, []modality.ID{"cbt"}, nil},
		// NICE CG178.
		{assessment.GroupPsychotic, nil, []modality.ID{"cbt", "family-intervention"}},
		// NICE CG158: parent training; RFP-C emerging.
		{assessment.GroupDisruptive, nil, []modality.ID{"parent-training", "rfp-c"}},
		{assessment.GroupStimulantUse, nil, []modality.ID{"cm"}},
		{assessment.GroupBorderline, nil, []modality.ID{"dbt"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.group), func(t *testing.T) {
			first := modality.FirstLine(tt.group)
			assert.Equal(t, tt.firstLine, ids(first))
			for _, m := range first {
				assert.Equal(t, modality.LineFirst, m.Indication.Line)
			}
			matches := modality.ForCondition(tt.group)
			for i, m := range matches {
				assert.Equal(t, tt.group, m.Indication.Group)
				if i > 0 {
					assert.LessOrEqual(t, matches[i-1].Indication.Line, m.Indication.Line, "strongest first")
				}
			}
			for _, id := range append(tt.firstLine, tt.contains...) {
				assert.Contains(t, ids(matches), id)
			}
		})
	}
	bipolar := modality.ForCondition(assessment.GroupBipolar)
	assert.Equal(t, modality.ID("psychoeducation"), bipolar[0].Modality)
	assert.Equal(t, modality.LineFirst, bipolar[0].Indication.Line)
	assert.Equal(t, modality.LineThird, bipolar[len(bipolar)-1].Indication.Line)
	disruptive := modality.ForCondition(assessment.GroupDisruptive)
	assert.Equal(t, modality.ID("parent-training"), disruptive[0].Modality, "guideline before emerging")
	assert.Equal(t, modality.LineEmerging, disruptive[len(disruptive)-1].Indication.Line)

	assert.Nil(t, modality.ForCondition(assessment.GroupKidney))
	assert.Nil(t, modality.FirstLine("no-such-group"))
	assert.Nil(t, modality.FirstLine(assessment.GroupHoarding), "no sourced indication for hoarding disorder")
}

// An indication keeps whom it covers and its role, so a plan check can
// tell a child's plan from an adult's.
func TestIndicationContext(t *testing.T) {
	byModality := func(g assessment.GroupID) map[modality.ID][]modality.Indication {
		out := map[modality.ID][]modality.Indication{}
		for _, m := range modality.ForCondition(g) {
			out[m.Modality] = append(out[m.Modality], m.Indication)
		}
		return out
	}
	ptsd := byModality(assessment.GroupPTSD)
	for _, id := range []modality.ID{"cpt", "pe", "emdr"} {
		in := ptsd[id][0]
		assert.Equal(t, modality.PopulationAdults, in.Population, id)
		assert.Equal(t, modality.RoleStandalone, in.Role, id)
		assert.True(t, in.Covers(42), id)
		assert.False(t, in.Covers(9), "%s is first-line for adults, not for a 9-year-old", id)
	}
	tfcbt := ptsd["tf-cbt"][0]
	assert.Equal(t, modality.PopulationChildrenAndAdolescents, tfcbt.Population)
	assert.True(t, tfcbt.Covers(9))
	assert.False(t, tfcbt.Covers(42))

	var childFirstLine []modality.ID
	for _, m := range modality.FirstLine(assessment.GroupPTSD) {
		if m.Indication.Covers(9) {
			childFirstLine = append(childFirstLine, m.Modality)
		}
	}
	assert.Empty(t, childFirstLine, "no adult first-line PTSD therapy is offered as first-line for a child")

	bipolar := byModality(assessment.GroupBipolar)
	for _, id := range []modality.ID{"psychoeducation", "ipsrt", "fft", "cbt", "peer-support"} {
		assert.Equal(t, modality.RoleAdjunct, bipolar[id][0].Role, "%s is an adjunct to medication in bipolar disorder", id)
	}
	psychosis := byModality(assessment.GroupPsychotic)
	assert.Equal(t, modality.RoleAdjunct, psychosis["family-intervention"][0].Role)

	social := byModality(assessment.GroupSocialAnxiety)["cbt"]
	require.Len(t, social, 2, "adults and children are separate recommendations")
	assert.Equal(t, modality.LineFirst, social[0].Line)
	assert.Equal(t, modality.PopulationAdults, social[0].Population)
	assert.Equal(t, modality.PopulationChildrenAndAdolescents, social[1].Population)

	parent := byModality(assessment.GroupDisruptive)["parent-training"][0]
	assert.True(t, parent.Covers(3))
	assert.True(t, parent.Covers(11))
	assert.False(t, parent.Covers(12))
	assert.False(t, parent.Covers(2))
}

// The age ranges the evidence supports: CPT from 14 (developmentally
// adapted CPT, ages 14 to 21) and PE from 13 (PE for adolescents, ages 13
// to 18); EMDR's range is not stated.
func TestTraumaFocusedAgeRanges(t *testing.T) {
	cpt, _ := modality.Lookup("cpt")
	assert.Equal(t, 14, cpt.Ages.Min)
	assert.Equal(t, assessment.MaxAge, cpt.Ages.Max)
	pe, _ := modality.Lookup("pe")
	assert.Equal(t, 13, pe.Ages.Min)
	assert.False(t, pe.Ages.Contains(9))
	assert.True(t, pe.Ages.Contains(15))
	emdr, _ := modality.Lookup("emdr")
	assert.True(t, emdr.Ages.IsZero())

	child := modality.Plan{Strategy: modality.TechnicalEclecticism, ClientAge: 9, Components: []modality.Component{
		{Modality: "pe", Phase: modality.Processing, Sequence: 1, Rationale: "PTSD after a car crash"},
	}}
	found, err := modality.Check(child)
	require.NoError(t, err)
	require.Len(t, found, 1)
	assert.Equal(t, modality.ProblemAgeFit, found[0].Problem)
	assert.Contains(t, found[0].Explanation, "ages 13 and over")
	child.ClientAge = 15
	found, err = modality.Check(child)
	require.NoError(t, err)
	assert.Empty(t, found)
}

func TestIndicationValidate(t *testing.T) {
	src := []evidence.Source{{Title: "A guideline", Publisher: "A body", Year: 2020}}
	good := modality.Indication{Group: assessment.GroupOCD, Line: modality.LineFirst, Sources: src}
	assert.NoError(t, good.Validate())
	tests := []struct {
		name   string
		mutate func(*modality.Indication)
		path   string
		err    error
	}{
		{"bad population", func(in *modality.Indication) { in.Population = 9 }, "population", modality.ErrBadValue},
		{"bad role", func(in *modality.Indication) { in.Role = 9 }, "role", modality.ErrBadValue},
		{"ages without source", func(in *modality.Indication) { in.Ages = modality.AgeRange{Min: 3, Max: 11} }, "ages/sources", evidence.ErrNoSource},
		{"ages outside population", func(in *modality.Indication) {
			in.Population = modality.PopulationChildrenAndAdolescents
			in.Ages = modality.AgeRange{Min: 12, Max: 25, Sources: src}
		}, "ages", modality.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := good
			tt.mutate(&in)
			var ve *validation.Error
			require.ErrorAs(t, in.Validate(), &ve)
			assert.True(t, ve.Has(tt.path, tt.err), "want %v at %s, got %v", tt.err, tt.path, ve)
		})
	}
}

func TestNewCatalogErrors(t *testing.T) {
	src := []evidence.Source{{Title: "A manual", Publisher: "A press", Year: 2020}}
	good := modality.Contents{
		Orientations: []modality.Orientation{{ID: "o", Name: "O", Psychotherapy: true, Summary: "s", Sources: src}},
		Techniques: []modality.Technique{{
			ID: "t", Name: "T", Orientation: "o", Summary: "s", Sources: src,
			Stance: modality.Stance{Direction: modality.Directive, Structure: modality.Structured, Focus: modality.FocusPresent, Mechanism: modality.MechanismSkills},
		}},
		Modalities: []modality.Modality{{
			ID: "m", Name: "M", Orientations: []modality.OrientationID{"o"}, Techniques: []modality.TechniqueID{"t"},
			Stance:   modality.Stance{Direction: modality.Directive, Structure: modality.Structured, Focus: modality.FocusPresent, Mechanism: modality.MechanismSkills},
			Strength: evidence.StrengthConsensus, Summary: "s", Sources: src,
		}},
	}
	c, err := modality.NewCatalog(good)
	require.NoError(t, err)
	m, ok := c.Lookup("m")
	require.True(t, ok)
	assert.Equal(t, modality.ID("m"), m.ID)
	assert.Len(t, c.All(), 1)
	assert.Len(t, c.Techniques(), 1)
	assert.Len(t, c.Orientations(), 1)
	_, ok = c.Lookup("cpt")
	assert.False(t, ok, "a host catalog holds only its own entries")

	// The caller's slices do not reach the catalog.
	good.Modalities[0].Name = "changed"
	m, _ = c.Lookup("m")
	assert.Equal(t, "M", m.Name)

	tests := []struct {
		name   string
		mutate func(*modality.Contents)
		path   string
		err    error
	}{
		{"duplicate orientation", func(c *modality.Contents) { c.Orientations = append(c.Orientations, c.Orientations[0]) }, "orientations/1/id", modality.ErrDuplicate},
		{"duplicate technique", func(c *modality.Contents) { c.Techniques = append(c.Techniques, c.Techniques[0]) }, "techniques/1/id", modality.ErrDuplicate},
		{"duplicate modality", func(c *modality.Contents) { c.Modalities = append(c.Modalities, c.Modalities[0]) }, "modalities/1/id", modality.ErrDuplicate},
		{"technique orientation", func(c *modality.Contents) { c.Techniques[0].Orientation = "x" }, "techniques/0/orientation", modality.ErrUnknownOrientation},
		{"modality orientation", func(c *modality.Contents) { c.Modalities[0].Orientations = []modality.OrientationID{"x"} }, "modalities/0/orientations/0", modality.ErrUnknownOrientation},
		{"modality technique", func(c *modality.Contents) { c.Modalities[0].Techniques = []modality.TechniqueID{"x"} }, "modalities/0/techniques/0", modality.ErrUnknownTechnique},
		{"repeated technique", func(c *modality.Contents) { c.Modalities[0].Techniques = []modality.TechniqueID{"t", "t"} }, "modalities/0/techniques/1", modality.ErrDuplicate},
		{"no orientation", func(c *modality.Contents) { c.Modalities[0].Orientations = nil }, "modalities/0/orientations", modality.ErrRequired},
		{"no source", func(c *modality.Contents) { c.Modalities[0].Sources = nil }, "modalities/0/sources", evidence.ErrNoSource},
		{"bad source", func(c *modality.Contents) { c.Orientations[0].Sources = []evidence.Source{{Title: "x"}} }, "orientations/0/sources/0/publisher", evidence.ErrNoPublisher},
		{"no name", func(c *modality.Contents) { c.Techniques[0].Name = " " }, "techniques/0/name", modality.ErrRequired},
		{"bad stance", func(c *modality.Contents) { c.Techniques[0].Stance.Focus = 0 }, "techniques/0/stance/focus", modality.ErrBadValue},
		{"bad strength", func(c *modality.Contents) { c.Modalities[0].Strength = 0 }, "modalities/0/strength", modality.ErrBadValue},
		{"bad phase", func(c *modality.Contents) { c.Modalities[0].Phases = []modality.Phase{9} }, "modalities/0/phases/0", modality.ErrBadValue},
		{"repeated phase", func(c *modality.Contents) {
			c.Modalities[0].Phases = []modality.Phase{modality.Processing, modality.Processing}
		}, "modalities/0/phases/1", modality.ErrDuplicate},
		{"age range without source", func(c *modality.Contents) { c.Modalities[0].Ages = modality.AgeRange{Min: 3, Max: 12} }, "modalities/0/ages/sources", evidence.ErrNoSource},
		{"inverted age range", func(c *modality.Contents) { c.Modalities[0].Ages = modality.AgeRange{Min: 12, Max: 3, Sources: src} }, "modalities/0/ages/max", modality.ErrOutOfRange},
		{"unknown group", func(c *modality.Contents) {
			c.Modalities[0].Indications = []modality.Indication{{Group: "no-such", Line: modality.LineFirst, Sources: src}}
		}, "modalities/0/indications/0/group", modality.ErrUnknownGroup},
		{"empty group", func(c *modality.Contents) {
			c.Modalities[0].Indications = []modality.Indication{{Line: modality.LineFirst, Sources: src}}
		}, "modalities/0/indications/0/group", modality.ErrRequired},
		{"indication without source", func(c *modality.Contents) {
			c.Modalities[0].Indications = []modality.Indication{{Group: assessment.GroupOCD, Line: modality.LineFirst}}
		}, "modalities/0/indications/0/sources", evidence.ErrNoSource},
		{"indication without line", func(c *modality.Contents) {
			c.Modalities[0].Indications = []modality.Indication{{Group: assessment.GroupOCD, Sources: src}}
		}, "modalities/0/indications/0/line", modality.ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			contents := deepCopy(t, good)
			tt.mutate(&contents)
			_, err := modality.NewCatalog(contents)
			var ve *validation.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tt.path, tt.err), "want %v at %s, got %v", tt.err, tt.path, err)
		})
	}
}

// The catalog's questions answer from the catalog without copying it.
func TestCatalogQueries(t *testing.T) {
	c := modality.Builtin()
	assert.True(t, c.Indicated(modality.CPT, assessment.GroupPTSD, 40, true))
	assert.False(t, c.Indicated(modality.CPT, assessment.GroupPTSD, 9, false), "CPT's PTSD indication is for adults and adolescents from 14")
	assert.True(t, c.Indicated(modality.ERP, assessment.GroupOCD, 30, true))
	assert.False(t, c.Indicated(modality.ERP, assessment.GroupPTSD, 30, false))
	assert.False(t, c.Indicated("nope", assessment.GroupPTSD, 30, false))
	assert.True(t, c.IndicatedForAny(modality.IPSRT, []assessment.GroupID{assessment.GroupGAD, assessment.GroupBipolar}))
	assert.False(t, c.IndicatedForAny("nope", []assessment.GroupID{assessment.GroupBipolar}))
	assert.True(t, c.TraumaFocused(modality.PE))
	assert.False(t, c.TraumaFocused(modality.CBT))
	assert.True(t, c.Psychotherapy(modality.CBT, ""))
	assert.False(t, c.Psychotherapy(modality.PeerSupport, ""))
	assert.False(t, c.Psychotherapy("nope", ""))
	assert.False(t, c.Psychotherapy("", "nope"))
	for _, tq := range c.Techniques() {
		or, ok := c.LookupOrientation(tq.Orientation)
		require.True(t, ok)
		assert.Equal(t, or.Psychotherapy, c.Psychotherapy("", tq.ID), tq.ID)
	}
	assert.True(t, c.HasOrientation(modality.PeerSupport, modality.OrientationPeerSupport))
	assert.False(t, c.HasOrientation("nope", modality.OrientationPeerSupport))
	phases, tf, ok := c.Phases(modality.CPT)
	require.True(t, ok)
	assert.True(t, tf)
	assert.Contains(t, phases, modality.Processing)
	phases[0] = modality.PhaseUnknown
	again, _, _ := c.Phases(modality.CPT)
	assert.NotEqual(t, modality.PhaseUnknown, again[0], "a copy")
	_, _, ok = c.Phases("nope")
	assert.False(t, ok)
	assert.Zero(t, testing.AllocsPerRun(20, func() {
		c.Indicated(modality.CPT, assessment.GroupPTSD, 40, true)
		c.Psychotherapy(modality.CBT, "")
	}))
}
