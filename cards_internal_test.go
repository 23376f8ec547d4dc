package integrative

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// UUIDs follow RFC 9562 version 5: the vectors are those of Python's
// uuid.uuid5 for the DNS namespace, and the findings namespace is the
// UUID of its URL in the URL namespace.
func TestUUID5(t *testing.T) {
	dns := [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	url := [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	assert.Equal(t, "886313e1-3b8a-5372-9b90-0c9aee199e5d", uuid5(dns, []byte("python.org")))
	assert.Equal(t, "2ed6657d-e927-568b-95e1-2665a8aea6a2", uuid5(dns, []byte("www.example.com")))
	ns := uuid5(url, []byte("https://github.com/wholeperson/integrative/findings"))
	assert.Equal(t, ns, uuid5ToString(findingNamespace))
}

func uuid5ToString(u [16]byte) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	for i, x := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b.WriteByte('-')
		}
		b.WriteByte(hex[x>>4])
		b.WriteByte(hex[x&15])
	}
	return b.String()
}

func TestShorten(t *testing.T) {
	assert.Equal(t, "short", shorten("short", 10))
	assert.Equal(t, "one two…", shorten("one two three four", 10))
	assert.Equal(t, "abcdefghi…", shorten("abcdefghijklmnop", 10))
	assert.Equal(t, "ñañañañañ…", shorten("ñañañañañañañañ", 10))
	long := strings.Repeat("palabra ", 40)
	assert.LessOrEqual(t, len([]rune(shorten(long, maxSummaryRunes))), maxSummaryRunes)
}

func TestEscapeMarkdown(t *testing.T) {
	assert.Equal(t, `a \*b\* \_c\_ \[d\](e) \<f\> \&g; \#h \| \~ \`+"`", escapeMarkdown("a *b* _c_ [d](e) <f> &g; #h | ~ `"))
	assert.Equal(t, "plain text, (with) punctuation.", escapeMarkdown("plain text, (with) punctuation."))
	assert.Equal(t, "`a`", codeSpan("a"))
	assert.Equal(t, "``a`b``", codeSpan("a`b"))
	assert.Equal(t, "`` `a ``", codeSpan("`a"))
}
