// Package sample holds the integrated plans of the fictional sample clients
// in their JSON form, for the module's tests, benchmarks and example
// programs: sample clients A to E (described in the README) and an adult
// with recurrent depression. They hold no identifiers; every person in them
// is invented.
package sample

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed plans/*.json
var plans embed.FS

// Plan returns the JSON of the named sample plan, such as "client-a", and
// whether there is one.
func Plan(name string) ([]byte, bool) {
	data, err := plans.ReadFile("plans/" + name + ".json")
	return data, err == nil
}

// Names returns the names of the sample plans, in lexical order.
func Names() []string {
	entries, _ := fs.ReadDir(plans, "plans")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	return names
}
