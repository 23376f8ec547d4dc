package medication_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/medication"
)

func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		want medication.AgentID
	}{
		{"sertraline", "sertraline"},
		{"Zoloft", "sertraline"},
		{"ZOLOFT", "sertraline"},
		{"  zoloft  ", "sertraline"},
		{"36437", "sertraline"},
		{"sertraline hydrochloride", "sertraline"},
		{"Sertraline HCl 50 mg", "sertraline"},
		{"Sértraline", "sertraline"},              // accent
		{"SERTRALINE", "sertraline"},              // full-width
		{"Wellbutrin XL", "bupropion"},            // brand listed with release
		{"wellbutrin xl 150", "bupropion"},        // strength dropped
		{"Bupropion HCl ER", "bupropion"},         // salt and release dropped
		{"St. John's Wort", "st-johns-wort"},      // punctuation
		{"st johns wort", "st-johns-wort"},        // no punctuation
		{"ST JOHN’S WORT", "st-johns-wort"},       // typographic apostrophe
		{"Saint John's wort", "st-johns-wort"},    // synonym
		{"hypericum perforatum", "st-johns-wort"}, // botanical name
		{"5-HTP", "5-htp"},                        // digits and hyphen
		{"5 htp", "5-htp"},                        // hyphen as space
		{"lithium  carbonate", "lithium"},         // double space
		{"Lithium\tcitrate", "lithium"},           // tab
		{"EMSAM", "selegiline"},                   // brand of the patch
		{"fish oil", "omega-3"},                   // common name
		{"ethanol", "alcohol"},                    // synonym
		{"448", "alcohol"},                        // RxNorm code
		{"Depakote ER", "valproate"},              // brand with release
		{"divalproex sodium", "valproate"},        // salt form as synonym
		{"L-Methylfolate", "l-methylfolate"},      // case and hyphen
		{"methylene blue", "methylene-blue"},      // two words
		{"hydroxyzine", "hydroxyzine"},            // generic
		{"Vistaril", "hydroxyzine"},               // brand (pamoate)
		{"ATARAX", "hydroxyzine"},                 // brand (hydrochloride)
		{"hydroxyzine pamoate", "hydroxyzine"},    // salt as synonym
		{"Hydroxyzine HCl 25 mg", "hydroxyzine"},  // salt word and strength dropped
		{"clonidine", "clonidine"},                // generic
		{"Catapres", "clonidine"},                 // brand
		{"Catapres-TTS", "clonidine"},             // patch brand
		{"kapvay", "clonidine"},                   // extended-release brand
		{"clonidine hydrochloride", "clonidine"},  // salt as synonym
		{"acamprosate", "acamprosate"},            // generic
		{"Campral", "acamprosate"},                // brand
		{"acamprosate calcium", "acamprosate"},    // salt as synonym
		{"Acamprosate Calcium DR", "acamprosate"}, // salt synonym with release dropped
		{"Straße", ""},                            // folds to strasse: unknown
		{"ЛИТИЙ", ""},                             // another script: unknown
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := medication.ResolveID(tt.name)
			if tt.want == "" {
				assert.ErrorIs(t, err, medication.ErrUnknownName)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, id)
			a, err := medication.Resolve(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.ID)
		})
	}
}

func TestResolveUnknownSuggests(t *testing.T) {
	tests := []struct {
		name string
		want string // first suggestion; "" for none
	}{
		{"sertralin", "sertraline"},
		{"setraline", "sertraline"},
		{"flouxetine", "fluoxetine"},
		{"Zolof", "Zoloft"},
		{"lamotrigene", "lamotrigine"},
		{"qwertyuiop", ""},
		{"", ""},
		{"ab", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := medication.ResolveID(tt.name)
			var ue *medication.UnknownNameError
			require.ErrorAs(t, err, &ue)
			assert.ErrorIs(t, err, medication.ErrUnknownName)
			assert.LessOrEqual(t, len(ue.Suggestions), 3)
			if tt.want == "" {
				assert.Empty(t, ue.Suggestions)
				assert.Equal(t, medication.ErrUnknownName.Error(), err.Error())
				return
			}
			require.NotEmpty(t, ue.Suggestions)
			assert.Equal(t, tt.want, ue.Suggestions[0])
			// The message is the sentinel and catalog names only.
			msg := err.Error()
			rest := strings.TrimPrefix(msg, medication.ErrUnknownName.Error())
			assert.NotEqual(t, msg, rest)
			for _, s := range ue.Suggestions {
				rest = strings.Replace(rest, s, "", 1)
			}
			assert.Equal(t, " (nearest catalog names: "+strings.Repeat(", ", len(ue.Suggestions)-1)+")", rest)
		})
	}
}

func TestResolveVeryLongInput(t *testing.T) {
	_, err := medication.ResolveID(strings.Repeat("sertraline ", 100))
	assert.ErrorIs(t, err, medication.ErrUnknownName)
}
