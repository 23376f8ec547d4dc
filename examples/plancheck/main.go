// Command plancheck checks an integrated treatment plan given as JSON (see
// docs/plan-format.md) and prints the report: text for a clinician, or the
// report's JSON form with -json.
//
//	go run ./examples/plancheck plan.json
//	go run ./examples/plancheck -json < plan.json
//	go run ./examples/plancheck -fail-on warning plan.json
//
// With no file it checks sample client A's plan; "-" reads standard input.
// It exits with 0 when the check ran and nothing reached -fail-on, 1 when a
// finding that is not acknowledged is at or above -fail-on (critical by
// default), and 2 when the input is malformed, after listing every bad
// field by its path (and, first, any suicide-risk finding its responses
// still raise: a safety signal is never lost to an input error).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/sample"
	"github.com/wholeperson/integrative/validation"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitInput    = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("plancheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	failOn := fs.String("fail-on", "critical", "exit 1 when a finding is at or above this severity: info, warning or critical")
	if err := fs.Parse(args); err != nil {
		return exitInput
	}
	threshold, err := integrative.ParseSeverity(*failOn)
	if err != nil {
		fmt.Fprintln(stderr, "plancheck: -fail-on must be info, warning or critical")
		return exitInput
	}
	data, err := input(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "plancheck:", err)
		return exitInput
	}
	plan, err := integrative.DecodePlan(data)
	if err == nil {
		var report integrative.Report
		if report, err = integrative.Check(plan); err == nil {
			return write(report, *asJSON, threshold, stdout, stderr)
		}
		if len(report.Findings) > 0 {
			// A malformed plan still reports the suicide-risk findings its
			// responses raise: show them before the input errors.
			fmt.Fprintln(stdout, "The plan could not be checked, but its responses raise:")
			write(report, *asJSON, threshold, stdout, stderr)
		}
	}
	fmt.Fprintln(stderr, "plancheck: the plan is malformed:")
	var verr *validation.Error
	if errors.As(err, &verr) {
		for _, f := range verr.Fields {
			fmt.Fprintf(stderr, "  %s\n", f)
		}
		if verr.Omitted > 0 {
			fmt.Fprintf(stderr, "  and %d more\n", verr.Omitted)
		}
	} else {
		fmt.Fprintf(stderr, "  %v\n", err)
	}
	return exitInput
}

// input reads the plan: the named file, standard input for "-", or sample
// client A's plan when no file is named.
func input(args []string, stdin io.Reader) ([]byte, error) {
	switch {
	case len(args) > 1:
		return nil, errors.New("give one plan file at most")
	case len(args) == 0:
		data, _ := sample.Plan("client-a")
		return data, nil
	case args[0] == "-":
		return io.ReadAll(io.LimitReader(stdin, validation.DefaultMaxBytes+1))
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, errors.New("cannot open the plan file")
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, validation.DefaultMaxBytes+1))
}

func write(r integrative.Report, asJSON bool, threshold integrative.Severity, stdout, stderr io.Writer) int {
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			fmt.Fprintln(stderr, "plancheck:", err)
			return exitInput
		}
	} else if err := r.WriteText(stdout); err != nil {
		fmt.Fprintln(stderr, "plancheck:", err)
		return exitInput
	}
	if r.Highest() >= threshold {
		return exitFindings
	}
	return exitOK
}
