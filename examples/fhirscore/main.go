// Command fhirscore reads a FHIR R4 QuestionnaireResponse (JSON) for an
// instrument with LOINC codes, scores it, and prints the score followed by a
// FHIR R4 Observation carrying the total.
//
//	go run ./examples/fhirscore                       # the built-in sample
//	go run ./examples/fhirscore -file response.json
//	cat response.json | go run ./examples/fhirscore -file -
package main

import (
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/wholeperson/integrative/assessment"
)

//go:embed testdata/sample-phq9.json
var sample []byte

func main() {
	if err := run(os.Stdout, os.Args[1:], os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "fhirscore:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string, stdin io.Reader) error {
	fs := flag.NewFlagSet("fhirscore", flag.ContinueOnError)
	fs.SetOutput(w)
	file := fs.String("file", "", "QuestionnaireResponse JSON file to read, or - for standard input (default: a built-in PHQ-9 sample)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	data := sample
	switch *file {
	case "":
	case "-":
		b, err := io.ReadAll(io.LimitReader(stdin, assessment.MaxFHIRSize+1))
		if err != nil {
			return err
		}
		data = b
	default:
		b, err := os.ReadFile(*file)
		if err != nil {
			return err
		}
		data = b
	}

	imp, err := assessment.ImportQuestionnaireResponse(data)
	if err != nil {
		return err
	}
	for _, u := range imp.Unmapped {
		fmt.Fprintf(w, "Not scored: item %q at %s matches no item of the instrument.\n", u.LinkID, u.Path)
	}
	res, err := assessment.Score(imp.Response)
	if err != nil {
		return err
	}
	in, _ := assessment.LookupInstrument(res.Instrument)
	fmt.Fprintf(w, "%s (%s), %s\n", in.Abbrev, in.Name, res.Date)
	fmt.Fprintf(w, "%s: %d of %d", in.TotalLabel, res.Total, res.Max)
	if res.Band.Label != "" {
		fmt.Fprintf(w, ", %s", res.Band.Label)
	}
	if res.Screen != assessment.ScreenNone {
		fmt.Fprintf(w, ", screen %s", res.Screen)
	}
	fmt.Fprintln(w)
	if imp.ReportedTotal != nil && *imp.ReportedTotal != res.Total {
		fmt.Fprintf(w, "Check the source system: the resource reports a total of %d, but its answers sum to %d.\n",
			*imp.ReportedTotal, res.Total)
	}
	for _, f := range res.Flags {
		fmt.Fprintf(w, "FLAG (%s) %s: %s\n  Action: %s\n", f.Urgency, f.ID, f.Reason, f.Action)
	}
	obs, err := res.Observation()
	if err != nil {
		return err
	}
	out, err := json.MarshalIndent(obs, "", "  ")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nObservation:\n%s\n", out)
	return nil
}
