// Command fhirscore reads a FHIR R4 QuestionnaireResponse (JSON), scores
// it, and prints the score followed by a FHIR R4 Observation carrying the
// total.
//
// A response whose items carry LOINC codes needs nothing else. A response
// with local linkIds is read through the Questionnaire it answers, whose
// items carry the LOINC codes and whose answer options carry the scores:
//
//	go run ./examples/fhirscore                       # the built-in sample
//	go run ./examples/fhirscore -file response.json
//	go run ./examples/fhirscore -file response.json -questionnaire questionnaire.json
//	cat response.json | go run ./examples/fhirscore -file -
//
// Flags are printed even when the response cannot be scored.
package main

import (
	_ "embed"
	"encoding/json"
	"errors"
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
	qfile := fs.String("questionnaire", "", "Questionnaire JSON file the response answers, to read local linkIds and answer codes")
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
	var opts []assessment.ImportOption
	if *qfile != "" {
		b, err := os.ReadFile(*qfile)
		if err != nil {
			return err
		}
		q, err := assessment.ReadQuestionnaire(b)
		if err != nil {
			return fmt.Errorf("questionnaire: %w", err)
		}
		opts = append(opts, assessment.WithQuestionnaire(q))
	}

	imp, err := assessment.ImportQuestionnaireResponse(data, opts...)
	if err != nil {
		printFlagsOf(w, err)
		return err
	}
	for _, u := range imp.Unmapped {
		fmt.Fprintf(w, "Not scored: item %q at %s matches no item of the instrument.\n", u.LinkID, u.Path)
	}
	for _, x := range imp.Warnings {
		fmt.Fprintf(w, "Left out, not scored: %v\n", x)
	}
	res, err := assessment.Score(imp.Response)
	if err != nil {
		printFlagsOf(w, err)
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
	for _, x := range res.Warnings {
		fmt.Fprintf(w, "Left out, not scored: %v\n", x)
	}
	printFlags(w, res.Flags)
	obs, err := res.Observation(assessment.FromResponse(imp))
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

// printFlagsOf prints the flags an error carries: a response that cannot
// be scored may still need action today.
func printFlagsOf(w io.Writer, err error) {
	var fe *assessment.FlagError
	if errors.As(err, &fe) {
		fmt.Fprintln(w, "The response could not be scored, but its answers raise flags:")
		printFlags(w, fe.Flags)
	}
}

func printFlags(w io.Writer, flags []assessment.Flag) {
	for _, f := range flags {
		fmt.Fprintf(w, "FLAG (%s) %s: %s\n  Action: %s\n", f.Urgency, f.ID, f.Reason, f.Action)
	}
}
