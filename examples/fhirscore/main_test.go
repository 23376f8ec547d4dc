package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/internal/golden"
)

func TestRunSample(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, nil, nil))
	golden.Check(t, "golden.txt", buf.Bytes())
}

func TestRunFileWithUnmappedItem(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, []string{"-file", filepath.Join("testdata", "gad7-unmapped.json")}, nil))
	golden.Check(t, "golden-gad7.txt", buf.Bytes())
}

func TestRunStdin(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, []string{"-file", "-"}, bytes.NewReader(sample)))
	assert.Contains(t, buf.String(), `"code": "44261-6"`)
}

func TestRunErrors(t *testing.T) {
	var buf bytes.Buffer
	err := run(&buf, []string{"-file", "-"}, strings.NewReader(`{"resourceType":"Patient"}`))
	assert.ErrorIs(t, err, assessment.ErrWrongResource)
	err = run(&buf, []string{"-file", filepath.Join("testdata", "missing.json")}, nil)
	assert.Error(t, err)
	err = run(&buf, []string{"-nope"}, nil)
	assert.Error(t, err)
}

func TestRunWithQuestionnaire(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, []string{"-file", filepath.Join("testdata", "phq9-local-response.json"),
		"-questionnaire", filepath.Join("testdata", "phq9-local-questionnaire.json")}, nil))
	golden.Check(t, "golden-questionnaire.txt", buf.Bytes())

	// Without its Questionnaire the local linkIds cannot be read.
	buf.Reset()
	err := run(&buf, []string{"-file", filepath.Join("testdata", "phq9-local-response.json")}, nil)
	assert.ErrorIs(t, err, assessment.ErrUnknownInstrument)
}

func TestRunPrintsFlagsOfAnIncompleteResponse(t *testing.T) {
	var buf bytes.Buffer
	err := run(&buf, []string{"-file", filepath.Join("testdata", "phq9-local-incomplete.json"),
		"-questionnaire", filepath.Join("testdata", "phq9-local-questionnaire.json")}, nil)
	assert.ErrorIs(t, err, assessment.ErrMissingItem)
	var fe *assessment.FlagError
	assert.ErrorAs(t, err, &fe)
	assert.Contains(t, buf.String(), "FLAG (same-day) phq-9/item-9")
	err = run(&buf, []string{"-questionnaire", filepath.Join("testdata", "missing.json")}, nil)
	assert.Error(t, err)
	err = run(&buf, []string{"-questionnaire", filepath.Join("testdata", "sample-phq9.json")}, nil)
	assert.ErrorIs(t, err, assessment.ErrWrongResource)
}
