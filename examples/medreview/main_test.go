package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/internal/golden"
)

func TestRunGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf))
	golden.Check(t, "golden.txt", buf.Bytes())
}
