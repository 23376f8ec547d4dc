package assessment

import "golang.org/x/text/language"

// A Form is an instrument's text in one language, ready to show a
// respondent.
type Form struct {
	// Language is the language chosen, one of the instrument's Languages.
	Language     language.Tag `json:"language"`
	Instructions string       `json:"instructions"`
	Items        []FormItem   `json:"items"`
}

// A FormItem is one item's text and options in the chosen language.
type FormItem struct {
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Optional bool         `json:"optional,omitempty"`
	Options  []FormOption `json:"options"`
}

// A FormOption is one answer option's label and value.
type FormOption struct {
	Value int    `json:"value"`
	Label string `json:"label"`
}

// Form returns the instrument's text in the shipped language that best
// matches the reader's preferred languages, most preferred first, using a
// [language.Matcher]. With no preference, or none that matches, it returns
// the first shipped language.
func (in *Instrument) Form(preferred ...language.Tag) Form {
	idx := 0
	if len(in.Languages) > 1 && len(preferred) > 0 {
		_, idx, _ = language.NewMatcher(in.Languages).Match(preferred...)
	}
	f := Form{Items: make([]FormItem, len(in.Items))}
	if idx < len(in.Languages) {
		f.Language = in.Languages[idx]
	}
	f.Instructions = pick(in.Instructions, idx)
	for i, it := range in.Items {
		fi := FormItem{ID: it.ID, Text: pick(it.Text, idx), Optional: it.Optional, Options: make([]FormOption, len(it.Options))}
		for j, o := range it.Options {
			fi.Options[j] = FormOption{Value: o.Value, Label: pick(o.Label, idx)}
		}
		f.Items[i] = fi
	}
	return f
}

func pick(texts []string, i int) string {
	if i < len(texts) {
		return texts[i]
	}
	if len(texts) > 0 {
		return texts[0]
	}
	return ""
}
