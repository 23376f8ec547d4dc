package integrative

// docs/rules.md is generated from the rule catalog; a test fails when it
// is stale. Regenerate it from the module's root with "go generate ./...".
//go:generate go run ./internal/rulesdoc/gen
