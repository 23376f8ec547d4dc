package integrative_test

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative"
)

// Write the report in the reader's language: here Spanish, for a reader
// whose preferred languages are Mexican Spanish, then English.
func ExampleLanguage() {
	plan, _ := integrative.DecodePlan([]byte(panicPlan))
	report, _ := integrative.Check(plan, integrative.WithRules("PLN017", "PLN050"))
	tags, _, _ := language.ParseAcceptLanguage("es-MX, en;q=0.5")
	_ = report.WriteText(os.Stdout, integrative.Language(tags...))
	// Output:
	// Revisión del plan a fecha de 01/06/2026: críticos 0, advertencias 2, informativos 0
	//
	// ADVERTENCIAS
	//
	//   [PLN017] benzodiazepina en el trastorno de pánico o el TAG sin tratamiento de primera línea
	//     alprazolam para F41.0 sin tratamiento de primera línea
	//     Plan: medication/prescriptions/0, intake/conditions/0
	//     Por qué: Las benzodiazepinas se asocian a una peor evolución a largo plazo en el trastorno de pánico y no deben prescribirse para él; en el TAG son solo para uso a corto plazo durante las crisis.
	//     Considerar: Ofrecer TCC o un ISRS o IRSN, y planificar con la persona la retirada gradual de la benzodiazepina.
	//     Fuentes: [1] [2] [3] (guía clínica)
	//
	//   [PLN050] medicación sin prescriptor en el equipo
	//     alprazolam: sin prescriptor en el equipo
	//     Plan: medication/prescriptions/0, team
	//     Por qué: Un plan nombra a quién corresponde cada parte del tratamiento; la medicación necesita un prescriptor que haga su seguimiento.
	//     Considerar: Nombrar al prescriptor en el equipo.
	//     Fuentes: [4] [5] (consenso)
	//
	// Fuentes
	//   [1] Generalised anxiety disorder and panic disorder in adults: management (NICE clinical guideline CG113). National Institute for Health and Care Excellence, 2011; panic disorder, recommendations 1.4.7 (benzodiazepines should not be prescribed) and 1.4.9 (psychological therapy, antidepressant, self-help). https://www.nice.org.uk/guidance/cg113/chapter/Recommendations
	//   [2] Generalised anxiety disorder and panic disorder in adults: management (NICE clinical guideline CG113). National Institute for Health and Care Excellence, 2011; GAD, step 3: high-intensity psychological intervention (CBT or applied relaxation) or drug treatment (SSRI); drug treatment: do not offer a benzodiazepine except as a short-term measure during crises. https://www.nice.org.uk/guidance/cg113/chapter/Recommendations
	//   [3] FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class. U.S. Food and Drug Administration, Drug Safety Communication, 2020; class boxed warning: before prescribing and throughout treatment, assess each patient's risk for abuse, misuse, and addiction. https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class
	//   [4] 42 CFR 482.61, Condition of participation: special medical record requirements for psychiatric hospitals. Centers for Medicare & Medicaid Services, Code of Federal Regulations, 1986; paragraph (c), Standard: treatment plan (individual comprehensive treatment plan; applies to psychiatric hospitals in Medicare). https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-G/part-482/subpart-E/section-482.61
	//   [5] Patient-centered integrated behavioral health care principles and tasks. AIMS Center, University of Washington, 2012; principles 1 (shared care plans), 3 (measurement-based treatment to target) and 5 (accountable care). https://aims.uw.edu/resource-library/collaborative-care-people-depression-and-anxiety
}

// Show one finding's text in Spanish: the rule's own basis is
// translated; values such as drug and code IDs stay as they are.
func ExampleFinding_Text() {
	plan, _ := integrative.DecodePlan([]byte(panicPlan))
	report, _ := integrative.Check(plan, integrative.WithRules("PLN016"))
	t := report.Findings[0].Text(integrative.Language(language.Spanish))
	fmt.Println(t.Language)
	fmt.Println(t.Title)
	fmt.Println(t.Message)
	fmt.Println(t.Suggestion)
	// Output:
	// es
	// trastorno de pánico o TAG sin ofrecer tratamiento de primera línea
	// F41.0: no se ha ofrecido tratamiento de primera línea
	// Ofrecer TCC (o relajación aplicada en el TAG), o un ISRS o IRSN, y registrar la decisión compartida.
}

// Write the report's JSON form, the stable contract for hosts. Values
// are machine-readable and never localized.
func ExampleReport_WriteJSON() {
	plan, _ := integrative.DecodePlan([]byte(panicPlan))
	report, _ := integrative.Check(plan, integrative.WithRules("PLN050"))
	var b strings.Builder
	_ = report.WriteJSON(&b)
	lines := strings.Split(b.String(), "\n")
	fmt.Println(strings.Join(lines[:12], "\n"))
	fmt.Println("...")
	// Output:
	// {
	//   "format": "integrative.report/v1",
	//   "asOf": "2026-06-01",
	//   "findings": [
	//     {
	//       "rule": "PLN050",
	//       "severity": "warning",
	//       "subject": "medication/prescriptions/0",
	//       "paths": [
	//         "medication/prescriptions/0",
	//         "team"
	//       ],
	// ...
}
