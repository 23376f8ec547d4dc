package medication

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The allocation-free path and the x/text path agree.
func TestKeyPathsAgree(t *testing.T) {
	for _, s := range []string{
		"Sértraline", "ＳＥＲＴＲＡＬＩＮＥ", "ÅLPRAZOLAM", "St John’s Wort", "Ｚｏｌｏｆｔ　ＸＬ", "Clonazépam 0.5 mg", "Ñaproxen", "lithium\u00a0carbonate",
	} {
		var buf [maxNameLen]byte
		k, fast := key(s, buf[:])
		assert.True(t, fast, s)
		assert.Equal(t, slowKey(s), string(k), s)
	}
	for _, s := range []string{"Straße", "Λίθιο", "ǅ", "ﬁsh oil", "Œ"} {
		var buf [maxNameLen]byte
		k, fast := key(s, buf[:])
		assert.False(t, fast, s)
		assert.Equal(t, slowKey(s), string(k), s)
	}
	var buf [maxNameLen]byte
	k, _ := key("ﬁsh oil", buf[:])
	assert.Equal(t, "fish oil", string(k), "compatibility ligature")
	k, _ = key("Straße", buf[:])
	assert.Equal(t, "strasse", string(k), "full case folding")
}
