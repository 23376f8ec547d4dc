// Command gen writes docs/rules.md from the built-in rule catalog. The
// root package's go:generate directive runs it from the module's root:
//
//	go generate ./...
//
// With -o it writes elsewhere ("-" for standard output).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/rulesdoc"
)

func main() {
	out := flag.String("o", rulesdoc.Path, "file to write, or - for standard output")
	flag.Parse()
	if err := run(*out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run writes the reference of the built-in rules to the file named out, or
// to stdout when out is "-".
func run(out string, stdout io.Writer) error {
	data := rulesdoc.Markdown(integrative.Rules())
	if out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
