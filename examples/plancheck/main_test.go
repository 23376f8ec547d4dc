package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/internal/sample"
)

func runWith(args []string, stdin string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// Every sample plan and every plan that plants a rule's problem gets its
// report, compared with the golden file beside it.
func TestGoldenReports(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, name := range sample.Names() {
		data, _ := sample.Plan(name)
		path := filepath.Join(dir, name+".json")
		require.NoError(t, os.WriteFile(path, data, 0o600))
		files = append(files, path)
	}
	planted, err := filepath.Glob(filepath.Join("testdata", "planted", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, planted)
	files = append(files, planted...)
	names := map[string]bool{}
	for _, file := range files {
		names[strings.TrimSuffix(filepath.Base(file), ".json")+".txt"] = true
	}
	goldens, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, g := range goldens {
		assert.True(t, names[filepath.Base(g)], "%s is stale: no plan gives it", g)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runWith([]string{"-fail-on", "warning", file}, "")
			assert.Empty(t, errOut)
			assert.Contains(t, []int{exitOK, exitFindings}, code)
			golden.Check(t, filepath.Join("golden", name+".txt"), []byte(out))
			if strings.Contains(out, "\nWARNING\n") || strings.Contains(out, "\nCRITICAL\n") {
				assert.Equal(t, exitFindings, code, "a warning fails at -fail-on warning")
			}
		})
	}
}

// Each planted plan raises the rule its name says.
func TestPlantedPlansRaiseTheirRule(t *testing.T) {
	planted, _ := filepath.Glob(filepath.Join("testdata", "planted", "*.json"))
	for _, file := range planted {
		rule := strings.ToUpper(strings.SplitN(filepath.Base(file), "-", 2)[0])
		code, out, _ := runWith([]string{"-json", file}, "")
		require.Contains(t, []int{exitOK, exitFindings}, code, file)
		var r integrative.Report
		require.NoError(t, json.Unmarshal([]byte(out), &r))
		assert.NotEmpty(t, r.Find(rule), "%s raises %s", file, rule)
	}
}

func TestExitCodes(t *testing.T) {
	clean, _ := sample.Plan("adult-depression")
	code, _, _ := runWith([]string{"-"}, string(clean))
	assert.Equal(t, exitOK, code, "nothing critical")
	code, _, _ = runWith([]string{"-fail-on", "info", "-"}, string(clean))
	assert.Equal(t, exitOK, code, "the clean plan raises nothing at all")

	risky, _ := os.ReadFile(filepath.Join("testdata", "planted", "asm001-1.json"))
	code, _, _ = runWith([]string{"-"}, string(risky))
	assert.Equal(t, exitFindings, code, "an unaddressed suicide risk flag is critical")

	code, out, _ := runWith(nil, "")
	assert.Equal(t, exitOK, code, "with no file, sample client A")
	assert.Contains(t, out, "Plan check as of 2026-01-20")
}

// A malformed plan still shows the suicide-risk finding its responses
// raise.
func TestMalformedPlanShowsSafetyFindings(t *testing.T) {
	plan := `{"asOf":"2026-01-10","intake":{"date":"2026-01-10","client":{"age":40,"sex":"female"},
	  "responses":[{"instrument":"phq-9","date":"2026-01-10","answers":[
	    {"item":"1","value":1},{"item":"2","value":1},{"item":"3","value":1},{"item":"4","value":1},
	    {"item":"5","value":1},{"item":"6","value":1},{"item":"7","value":1},{"item":"8","value":1},{"item":"9","value":2}]}]},
	  "goals":[{"key":"g","kind":"symptom"}]}`
	code, out, errOut := runWith([]string{"-"}, plan)
	assert.Equal(t, exitInput, code)
	assert.Contains(t, out, "[ASM001]")
	assert.Contains(t, out, "CRITICAL")
	assert.Contains(t, errOut, "goals/0/text")
}

func TestMalformedInput(t *testing.T) {
	code, out, errOut := runWith([]string{"-"}, `{"asOf":"2026-01-01","intake":{"client":{"sex":"Jane Roe"}},"teem":[]}`)
	assert.Equal(t, exitInput, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "intake/client/sex")
	assert.Contains(t, errOut, "teem: validation: unknown field")
	assert.NotContains(t, errOut, "Jane")

	code, _, errOut = runWith([]string{"-"}, `{"asOf":"2026-01-01","intake":{"date":"2026-01-01","client":{"age":40,"sex":"male"}},"goals":[{"key":"g","kind":"symptom"}]}`)
	assert.Equal(t, exitInput, code, "well-formed JSON, invalid plan")
	assert.Contains(t, errOut, "goals/0/text")

	code, _, errOut = runWith([]string{"-"}, `{`)
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "malformed JSON")

	code, _, errOut = runWith([]string{"does-not-exist.json"}, "")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "cannot open")

	code, _, _ = runWith([]string{"-fail-on", "severe"}, "")
	assert.Equal(t, exitInput, code)
	code, _, _ = runWith([]string{"a.json", "b.json"}, "")
	assert.Equal(t, exitInput, code)
	code, _, _ = runWith([]string{"-nope"}, "")
	assert.Equal(t, exitInput, code)
}
