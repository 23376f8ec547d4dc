package modality_test

import (
	"errors"
	"fmt"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/validation"
)

// Client A's plan drafted without its stabilization phase: CPT starts
// first although the client is not yet stable, and a non-directive
// technique from another orientation is added without a rationale.
func ExampleCheck() {
	plan := modality.Plan{
		Strategy:  modality.AssimilativeIntegration,
		Home:      modality.OrientationCognitiveBehavioral,
		ClientAge: 42,
		Stable:    assessment.No,
		Clinicians: []modality.Clinician{
			{Key: "psychologist", Competencies: []modality.Competency{{Modality: "cpt", Basis: modality.Certified}}},
		},
		Components: []modality.Component{
			{Modality: "cpt", Phase: modality.Processing, Sequence: 1, Clinician: "psychologist", Rationale: "PTSD"},
			{Technique: "empathic-reflection", Phase: modality.Processing, Sequence: 1, Clinician: "psychologist"},
		},
	}
	found, err := modality.Check(plan)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range found {
		fmt.Println(f.Severity, f.Problem, f.Paths, f.Subjects)
	}
	// Output:
	// warning unexplained-import [components/1] [empathic-reflection humanistic-experiential]
	// warning conflicting-stances [components/0 components/1] [cpt empathic-reflection]
	// warning processing-before-stabilization [components/0 stable] [cpt]
	// warning untrained-clinician [components/1 clinicians/0] [empathic-reflection]
}

// What a plan editor offers for OCD and for bipolar disorder: each
// indication with its standing and, where the guideline states it, its
// role.
func ExampleForCondition() {
	for _, g := range []assessment.GroupID{assessment.GroupOCD, assessment.GroupBipolar} {
		for _, m := range modality.ForCondition(g) {
			fmt.Printf("%s: %s (%s", g, m.Modality, m.Indication.Line)
			if m.Indication.Role.Valid() {
				fmt.Printf(", %s", m.Indication.Role)
			}
			fmt.Println(")")
		}
	}
	// Output:
	// ocd: erp (first-line, standalone)
	// bipolar: psychoeducation (first-line, adjunct-to-medication)
	// bipolar: cbt (second-line, adjunct-to-medication)
	// bipolar: fft (second-line, adjunct-to-medication)
	// bipolar: ipsrt (third-line, adjunct-to-medication)
	// bipolar: peer-support (third-line, adjunct-to-medication)
}

// First-line psychotherapy for PTSD, and which of it covers a client of
// 42 and a client of 9: the guidelines that make CPT, EMDR and PE
// first-line are for adults.
func ExampleFirstLine() {
	for _, m := range modality.FirstLine(assessment.GroupPTSD) {
		fmt.Printf("%s for %s: age 42 %v, age 9 %v\n", m.Modality, m.Indication.Population,
			m.Indication.Covers(42), m.Indication.Covers(9))
	}
	fmt.Println(len(modality.FirstLine(assessment.GroupInsomnia)), "for insomnia")
	// Output:
	// cpt for adults: age 42 true, age 9 false
	// emdr for adults: age 42 true, age 9 false
	// pe for adults: age 42 true, age 9 false
	// 1 for insomnia
}

func ExampleLookup() {
	m, ok := modality.Lookup("rfp-c")
	if !ok {
		return
	}
	fmt.Println(m.Name)
	fmt.Println("orientation:", m.Orientations[0])
	fmt.Printf("ages: %d-%d\n", m.Ages.Min, m.Ages.Max)
	fmt.Println("evidence:", m.Strength)
	fmt.Println("stance:", m.Stance.Direction, m.Stance.Structure, m.Stance.Mechanism)
	// Output:
	// Regulation-focused psychotherapy for children
	// orientation: psychodynamic
	// ages: 5-12
	// evidence: emerging
	// stance: guiding semi-structured insight
}

func ExamplePlan_Validate() {
	plan := modality.Plan{
		Strategy:  modality.TechnicalEclecticism,
		ClientAge: 29,
		Components: []modality.Component{
			{Technique: "interoceptive-exposure", Phase: modality.Processing},
			{Modality: "no-such-therapy", Phase: modality.Processing, Sequence: 1},
		},
	}
	err := plan.Validate()
	var ve *validation.Error
	if errors.As(err, &ve) {
		for _, f := range ve.Fields {
			fmt.Println(f)
		}
	}
	fmt.Println(errors.Is(err, modality.ErrUnknownModality))
	// Output:
	// components/0/start: modality: component has neither a start date nor a sequence number
	// components/1/modality: modality: unknown modality
	// true
}

// A clinic extends the built-in catalog with its own program: it starts
// from the built-in contents, appends, and builds. NewCatalog replaces; it
// never adds the built-in entries by itself.
func ExampleNewCatalog() {
	contents := modality.BuiltinContents()
	cbt, _ := modality.Lookup(modality.CBT)
	contents.Modalities = append(contents.Modalities, modality.Modality{
		ID:           "clinic-anxiety-group",
		Name:         "Clinic anxiety group",
		Orientations: []modality.OrientationID{modality.OrientationCognitiveBehavioral},
		Techniques:   []modality.TechniqueID{modality.TechniquePsychoeducation, modality.TechniqueInteroceptiveExposure},
		Stance:       cbt.Stance,
		Strength:     cbt.Strength,
		Summary:      "Eight-week CBT group for panic and anxiety.",
		Sources:      cbt.Sources,
	})
	catalog, err := modality.NewCatalog(contents)
	if err != nil {
		fmt.Println(err)
		return
	}
	id, err := catalog.ResolveID("clinic anxiety group")
	fmt.Println(id, err, len(catalog.All()) == len(modality.All())+1)
	// Output:
	// clinic-anxiety-group <nil> true
}

// Names as people type them resolve to catalog IDs; an unknown name gets
// the nearest catalog names, never an echo of the input.
func ExampleResolveID() {
	for _, name := range []string{"CBT", "prolonged exposure", "IPSRT", "short-term psychodynamic therapy"} {
		id, _ := modality.ResolveID(name)
		fmt.Println(id)
	}
	_, err := modality.ResolveID("behavioral activaton")
	var ue *modality.UnknownNameError
	if errors.As(err, &ue) {
		fmt.Println(ue.Suggestions)
	}
	// Output:
	// cbt
	// pe
	// ipsrt
	// stpp
	// [Behavioral activation]
}

// A host decodes a plan it received as JSON: the strategy may be sent as
// the literature names it, a component outside trauma care needs no phase,
// and every problem comes back with its JSON path, never with the text
// that was sent.
func ExampleDecodePlan() {
	plan, err := modality.DecodePlan([]byte(`{
		"strategy": "technical eclecticism",
		"clientAge": 29,
		"components": [
			{"modality": "cbt", "sequence": 1, "rationale": "panic disorder"},
			{"technique": "interoceptive-exposure", "sequence": 2, "rationale": "fear of a racing heart"}
		]
	}`))
	fmt.Println(plan.Strategy, len(plan.Components), err)

	_, err = modality.DecodePlan([]byte(`{"strategy": "eclectic-ish", "clientAge": "29", "components": []}`))
	var ve *validation.Error
	if errors.As(err, &ve) {
		for _, f := range ve.Fields {
			fmt.Println(f.Path)
		}
	}
	// Output:
	// technical-eclecticism 2 <nil>
	// clientAge
	// strategy
}
