package traumainformed

import "github.com/wholeperson/integrative/modality"

// An Option configures [CheckPhases] and [PhaseOf]. Options are made by
// the With… functions of this package; a nil Option is ignored.
type Option interface{ apply(*config) }

type config struct {
	modalities *modality.Catalog
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// WithModalities names the modality catalog that work items' modalities
// are looked up in: a host that defines its own modalities passes the
// catalog it built with [modality.NewCatalog]. The default is
// [modality.Builtin]; a nil catalog keeps the default.
func WithModalities(c *modality.Catalog) Option {
	return optionFunc(func(cfg *config) {
		if c != nil {
			cfg.modalities = c
		}
	})
}

func configure(opts []Option) config {
	cfg := config{modalities: modality.Builtin()}
	for _, o := range opts {
		if o != nil {
			o.apply(&cfg)
		}
	}
	return cfg
}
