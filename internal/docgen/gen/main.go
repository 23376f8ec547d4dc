// Command gen writes the module's generated documentation: docs/rules.md
// from the rule catalog, and the coverage appendix of SAFETY.md from the
// built-in catalogs. The generate directive in the root package runs it from
// the module's root:
//
//	go generate ./...
//
// With -root it writes under another directory.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/docgen"
)

func main() {
	root := flag.String("root", ".", "the module's root directory")
	flag.Parse()
	if err := run(*root); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run writes docs/rules.md and rewrites the coverage section of SAFETY.md
// under root. SAFETY.md must exist and hold the section's markers.
func run(root string) error {
	if err := os.WriteFile(filepath.Join(root, docgen.RulesPath), docgen.Rules(integrative.Rules()), 0o644); err != nil {
		return err
	}
	path := filepath.Join(root, docgen.SafetyPath)
	doc, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := docgen.Splice(doc, docgen.CoverageSection, docgen.Coverage())
	if err != nil {
		return fmt.Errorf("%s: %w", docgen.SafetyPath, err)
	}
	return os.WriteFile(path, out, 0o644)
}
