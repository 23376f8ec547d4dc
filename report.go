package integrative

import (
	"slices"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/medication"
	"github.com/wholeperson/integrative/modality"
	"github.com/wholeperson/integrative/traumainformed"
)

// ReportFormat names the JSON form of a [Report]. It changes only when the
// form changes in a way a reader must know about.
const ReportFormat = "integrative.report/v1"

// A Report is the result of [Check]: the findings, most severe first, and
// what produced them.
type Report struct {
	// Format is [ReportFormat].
	Format string `json:"format"`
	// AsOf is the plan's evaluation date.
	AsOf assessment.Date `json:"asOf"`
	// Findings are sorted by severity (most severe first), rule, subject
	// and paths.
	Findings []Finding `json:"findings"`
	// Counts counts the findings by severity.
	Counts Counts `json:"counts"`
	// Rules are the IDs of the rules that ran, in the order they ran.
	Rules []string `json:"rules"`
	// Catalogs are the catalogs the check used, with their versions.
	Catalogs []CatalogVersion `json:"catalogs"`
}

// Counts counts a report's findings by severity, acknowledged ones
// included, and how many of them are acknowledged.
type Counts struct {
	Critical     int `json:"critical"`
	Warning      int `json:"warning"`
	Info         int `json:"info"`
	Acknowledged int `json:"acknowledged"`
}

// A CatalogVersion names a catalog a check used and its version; Version
// is "host" for a catalog the host supplied.
type CatalogVersion struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Highest returns the highest severity among the findings that are not
// acknowledged, or [SeverityUnknown] when there is none.
func (r Report) Highest() Severity {
	var hi Severity
	for _, f := range r.Findings {
		if f.Acknowledged == nil && f.Severity > hi {
			hi = f.Severity
		}
	}
	return hi
}

// Find returns the findings of the rule with the given ID, in report
// order.
func (r Report) Find(rule string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func newReport(p *Plan, cfg *config, rules []string, findings []Finding) Report {
	for i := range findings {
		findings[i].Acknowledged = acknowledgement(p.Acknowledgements, &findings[i])
	}
	slices.SortStableFunc(findings, compareFindings)
	r := Report{
		Format:   ReportFormat,
		AsOf:     p.AsOf,
		Findings: findings,
		Rules:    rules,
		Catalogs: []CatalogVersion{
			catalogVersion("assessment", assessment.CatalogVersion, cfg.custom[0]),
			catalogVersion("medication", medication.CatalogVersion, cfg.custom[1]),
			catalogVersion("modality", modality.CatalogVersion, cfg.custom[2]),
			catalogVersion("traumainformed", traumainformed.CatalogVersion, cfg.custom[3]),
			{Name: "integrative", Version: RulesVersion},
		},
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	for _, f := range findings {
		switch f.Severity {
		case SeverityCritical:
			r.Counts.Critical++
		case SeverityWarning:
			r.Counts.Warning++
		default:
			r.Counts.Info++
		}
		if f.Acknowledged != nil {
			r.Counts.Acknowledged++
		}
	}
	return r
}

func catalogVersion(name, version string, custom bool) CatalogVersion {
	if custom {
		version = "host"
	}
	return CatalogVersion{Name: name, Version: version}
}

// acknowledgement returns a copy of the latest acknowledgement that covers
// f: same rule, and the same subject or none.
func acknowledgement(acks []Acknowledgement, f *Finding) *Acknowledgement {
	var best *Acknowledgement
	for i := range acks {
		a := &acks[i]
		if a.Rule != f.Rule || (a.Subject != "" && a.Subject != f.Subject) {
			continue
		}
		if best == nil || a.Date.After(best.Date) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	c := *best
	return &c
}
