package traumainformed

import (
	"slices"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/validation"
)

// normalTag returns t as the audit uses and reports it: canonicalized with
// golang.org/x/text's CLDR rules (language.All: "iw" becomes "he", "cmn"
// becomes "zh"), with every extension dropped (private use "-x-…" and the
// "-u-", "-t-" and other extensions, which may hold arbitrary text) and a
// private-use script or region dropped. What is left is a base language,
// and a registered script, region and variants where the tag had them. ok
// is false when the tag names no base language ("und", "und-Latn",
// "x-…"): a preference with no language cannot be matched.
func normalTag(t language.Tag) (language.Tag, bool) {
	if base, _, _ := t.Raw(); base == undBase {
		return language.Und, false
	}
	c, _ := language.All.Canonicalize(t)
	base, script, region := c.Raw()
	if base == undBase {
		return language.Und, false
	}
	if len(c.Extensions()) == 0 && !script.IsPrivateUse() && !region.IsPrivateUse() {
		return c, true
	}
	parts := []any{base}
	if script != zzzzScript && !script.IsPrivateUse() {
		parts = append(parts, script)
	}
	if region != zzRegion && !region.IsPrivateUse() {
		parts = append(parts, region)
	}
	if vs := c.Variants(); len(vs) > 0 {
		parts = append(parts, vs)
	}
	out, err := language.Compose(parts...)
	if err != nil {
		// The parts come from a valid tag; Compose accepts them.
		return language.Und, false
	}
	return out, true
}

// The "not given" values of Tag.Raw.
var (
	undBase, _    = language.ParseBase("und")
	zzzzScript, _ = language.ParseScript("Zzzz")
	zzRegion, _   = language.ParseRegion("ZZ")
)

// normalTags validates ts and returns their normal forms (see normalTag):
// it records [ErrBadValue] at path/<position> for a tag with no base
// language and [ErrDuplicate] for one whose normal form an earlier tag
// already has. The check is linear in len(ts).
func normalTags(v *validation.Collector, path string, ts []language.Tag) []language.Tag {
	if len(ts) == 0 {
		return nil
	}
	out := make([]language.Tag, 0, len(ts))
	// Short lists, the usual case, are searched; long ones use a set.
	var seen map[language.Tag]struct{}
	if len(ts) > smallList {
		seen = make(map[language.Tag]struct{}, len(ts))
	}
	for i, t := range ts {
		n, ok := normalTag(t)
		if !ok {
			v.Add(validation.Join(path, validation.Index(i)), ErrBadValue)
			continue
		}
		dup := false
		if seen != nil {
			_, dup = seen[n]
			seen[n] = struct{}{}
		} else {
			dup = slices.Contains(out, n)
		}
		if dup {
			v.Add(validation.Join(path, validation.Index(i)), ErrDuplicate)
			continue
		}
		out = append(out, n)
	}
	return out
}

// smallList is the longest list searched rather than indexed.
const smallList = 8

// langKey is what two language tags must share for one to serve the
// other: the base language and the script (the likely script when the tag
// names none), after normalization.
type langKey struct {
	base   language.Base
	script language.Script
}

func keyOf(t language.Tag) langKey {
	b, _ := t.Base()
	s, _ := t.Script()
	return langKey{b, s}
}

// fit is how well offered languages fit a client's preferences.
type fit uint8

const (
	fitNone      fit = iota // none of the client's languages is offered
	fitSecondary            // a less preferred language is offered
	fitPreferred            // the most preferred language is offered
)

// languageFit matches the client's preferences against the offered
// languages, both normalized, by base language and script: es-MX is served
// by es or es-419, nb by no, but zh-Hant is not served by zh-Hans, nor sr
// (Cyrillic) by sr-Latn. Mutual intelligibility between different
// languages does not count. It takes time linear in len(offered) +
// len(prefs).
func languageFit(offered, prefs []language.Tag) fit {
	var (
		keys  map[langKey]struct{}
		short []langKey
	)
	if len(offered) > smallList {
		keys = make(map[langKey]struct{}, len(offered))
		for _, o := range offered {
			keys[keyOf(o)] = struct{}{}
		}
	} else {
		short = make([]langKey, len(offered))
		for i, o := range offered {
			short[i] = keyOf(o)
		}
	}
	for i, want := range prefs {
		k := keyOf(want)
		if keys != nil {
			if _, ok := keys[k]; !ok {
				continue
			}
		} else if !slices.Contains(short, k) {
			continue
		}
		if i == 0 {
			return fitPreferred
		}
		return fitSecondary
	}
	return fitNone
}
