package integrative

// docs/rules.md and the coverage appendix of SAFETY.md are generated from
// the catalogs; tests fail when they are stale. Regenerate them from the
// module's root with "go generate ./...".
//go:generate go run ./internal/docgen/gen
