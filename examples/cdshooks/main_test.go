package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/internal/golden"
	"github.com/wholeperson/integrative/internal/sample"
	"github.com/wholeperson/integrative/validation"
)

func TestRunGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	require.NoError(t, run(nil, &out, &errOut))
	assert.Empty(t, errOut.String())
	golden.Check(t, "golden.txt", out.Bytes())
}

func TestRunFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Error(t, run([]string{"-serve", "-addr", "0.0.0.0:8080"}, &out, &errOut), "only loopback")
	assert.Error(t, run([]string{"-serve", "-addr", "example.com:8080"}, &out, &errOut))
	assert.Error(t, run([]string{"-serve", "-addr", "no-port"}, &out, &errOut))
	assert.Error(t, run([]string{"-bogus"}, &out, &errOut))
	for _, addr := range []string{"127.0.0.1:0", "[::1]:8080", "localhost:8080"} {
		assert.NoError(t, loopbackOnly(addr), addr)
	}
}

// testServer starts the service on a random loopback port with the real
// server's timeouts and limits.
func testServer(t *testing.T) (string, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	svc := &service{log: log.New(logs, "", 0)}
	base, stop, err := start(svc.handler(), svc.log)
	require.NoError(t, err)
	t.Cleanup(stop)
	require.True(t, strings.HasPrefix(base, "http://127.0.0.1:"), base)
	return base, logs
}

// syncBuffer is a buffer the server's goroutines can log to.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

type answer struct {
	status int
	header http.Header
	body   []byte
}

func send(t *testing.T, method, url, contentType, acceptLanguage string, body []byte) answer {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if acceptLanguage != "" {
		req.Header.Set("Accept-Language", acceptLanguage)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return answer{resp.StatusCode, resp.Header, data}
}

// expectedCards are the cards the library gives for a sample plan.
func expectedCards(t *testing.T, name string, tags ...language.Tag) []integrative.Card {
	t.Helper()
	data, _ := sample.Plan(name)
	p, err := integrative.DecodePlan(data)
	require.NoError(t, err)
	r, err := integrative.Check(p)
	require.NoError(t, err)
	return r.Cards(integrative.Language(tags...))
}

func TestDiscovery(t *testing.T) {
	base, _ := testServer(t)
	a := send(t, http.MethodGet, base+"/cds-services", "", "", nil)
	require.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, "application/json; charset=utf-8", a.header.Get("Content-Type"))
	var d discoveryResponse
	require.NoError(t, json.Unmarshal(a.body, &d))
	require.Len(t, d.Services, 1)
	assert.Equal(t, serviceID, d.Services[0].ID)
	assert.Equal(t, "patient-view", d.Services[0].Hook)
	assert.NotEmpty(t, d.Services[0].Description)

	a = send(t, http.MethodPost, base+"/cds-services", "application/json", "", []byte(`{}`))
	assert.Equal(t, http.StatusMethodNotAllowed, a.status)
	assert.Equal(t, "GET, HEAD", a.header.Get("Allow"))
}

// Good requests: every sample plan, in context and in prefetch, in
// English and Spanish, gives the library's cards.
func TestPlanCheck(t *testing.T) {
	base, _ := testServer(t)
	for _, name := range sample.Names() {
		plan, _ := sample.Plan(name)
		for _, where := range []string{"context", "prefetch"} {
			body, err := hookRequest(where, plan)
			require.NoError(t, err)
			for _, tc := range []struct {
				header string
				tag    language.Tag
			}{{"", language.English}, {"es-MX,es;q=0.9", language.Spanish}, {"fr-CA, en;q=0.8", language.English}, {"de", language.English}} {
				a := send(t, http.MethodPost, base+"/cds-services/"+serviceID, "application/json; charset=utf-8", tc.header, body)
				require.Equal(t, http.StatusOK, a.status, "%s %s: %s", name, where, a.body)
				var resp struct {
					Cards []integrative.Card `json:"cards"`
				}
				require.NoError(t, json.Unmarshal(a.body, &resp))
				assert.Equal(t, expectedCards(t, name, tc.tag), resp.Cards, "%s %s %q", name, where, tc.header)
				assert.True(t, bytes.Contains(a.body, []byte(`"cards": [`)), "cards is always an array")
			}
		}
	}
}

// marker is planted in bad input; no answer may repeat it.
const marker = "SECRET-MARKER-7f3a"

// Bad requests get a clear 4xx with a JSON body that names the field at
// fault and repeats nothing from the request.
func TestBadRequests(t *testing.T) {
	base, logs := testServer(t)
	plan, _ := sample.Plan("adult-depression")
	good, err := hookRequest("context", plan)
	require.NoError(t, err)
	both := bytes.Replace(good, []byte(`"context":{"plan":`), []byte(`"prefetch":{"plan":{}},"context":{"plan":`), 1)
	require.NotEqual(t, good, both)
	url := base + "/cds-services/" + serviceID
	for _, tc := range []struct {
		name        string
		method      string
		contentType string
		body        string
		status      int
		paths       []string
		err         error
	}{
		{"wrong method", http.MethodGet, "", "", http.StatusMethodNotAllowed, nil, nil},
		{"no content type", http.MethodPost, "", string(good), http.StatusUnsupportedMediaType, nil, nil},
		{"text", http.MethodPost, "text/plain", string(good), http.StatusUnsupportedMediaType, nil, nil},
		{"not JSON", http.MethodPost, "application/json", `{"hook": "` + marker, http.StatusBadRequest, []string{""}, validation.ErrSyntax},
		{"trailing data", http.MethodPost, "application/json", string(good) + marker, http.StatusBadRequest, []string{""}, validation.ErrTrailingData},
		{"no hook", http.MethodPost, "application/json", `{"hookInstance": "x", "context": {"plan": {}}}`, http.StatusBadRequest, []string{"hook"}, errRequired},
		{"other hook", http.MethodPost, "application/json", `{"hook": "` + marker + `", "hookInstance": "x", "context": {"plan": {}}}`, http.StatusBadRequest, []string{"hook"}, errHook},
		{"no hookInstance", http.MethodPost, "application/json", `{"hook": "patient-view", "context": {"plan": {}}}`, http.StatusBadRequest, []string{"hookInstance"}, errRequired},
		{"long hookInstance", http.MethodPost, "application/json", `{"hook": "patient-view", "hookInstance": "` + strings.Repeat("x", 200) + `", "context": {"plan": {}}}`, http.StatusBadRequest, []string{"hookInstance"}, errTooLong},
		{"hook of wrong type", http.MethodPost, "application/json", `{"hook": 7, "hookInstance": "x", "context": {}}`, http.StatusBadRequest, []string{"hook"}, validation.ErrWrongType},
		{"no context", http.MethodPost, "application/json", `{"hook": "patient-view", "hookInstance": "x", "prefetch": {"plan": {}}}`, http.StatusBadRequest, []string{"context"}, errRequired},
		{"no plan", http.MethodPost, "application/json", `{"hook": "patient-view", "hookInstance": "x", "context": {"patientId": "` + marker + `"}}`, http.StatusPreconditionFailed, []string{"prefetch/plan"}, errNoPlan},
		{"two plans", http.MethodPost, "application/json", string(both), http.StatusBadRequest, []string{"context/plan"}, errTwoPlans},
		{"null plan", http.MethodPost, "application/json", `{"hook": "patient-view", "hookInstance": "x", "context": {"plan": null}}`, http.StatusBadRequest, []string{"context/plan"}, validation.ErrNull},
		{"plan not an object", http.MethodPost, "application/json", `{"hook": "patient-view", "hookInstance": "x", "context": {"plan": "` + marker + `"}}`, http.StatusBadRequest, []string{"context/plan"}, validation.ErrWrongType},
		{"bad plan fields", http.MethodPost, "application/json",
			`{"hook": "patient-view", "hookInstance": "x", "prefetch": {"plan": {"asOf": "` + marker + `", "intake": {"client": {"sex": "` + marker + `", "age": "` + marker + `"}, "` + marker + ` !": 1}}}, "context": {}}`,
			http.StatusBadRequest, []string{"prefetch/plan/asOf", "prefetch/plan/intake/client/age", "prefetch/plan/intake/client/sex", "prefetch/plan/intake/~"}, nil},
		{"inconsistent plan", http.MethodPost, "application/json",
			`{"hook": "patient-view", "hookInstance": "x", "context": {"plan": {"asOf": "2026-01-01", "intake": {"date": "2026-02-01", "client": {"age": 30, "sex": "female"}}}}}`,
			http.StatusBadRequest, nil, nil},
		{"too large", http.MethodPost, "application/json", `{"hook": "patient-view", "x": "` + strings.Repeat("a", maxBody) + `"}`, http.StatusRequestEntityTooLarge, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := send(t, tc.method, url, tc.contentType, "", []byte(tc.body))
			assert.Equal(t, tc.status, a.status, "%s", a.body)
			assert.Equal(t, "application/json; charset=utf-8", a.header.Get("Content-Type"))
			assert.NotContains(t, string(a.body), marker, "the answer repeats the input")
			var body errorBody
			require.NoError(t, json.Unmarshal(a.body, &body), "%s", a.body)
			assert.NotEmpty(t, body.Error)
			var paths []string
			for _, p := range body.Problems {
				paths = append(paths, p.Path)
				assert.NotEmpty(t, p.Problem)
			}
			if tc.paths != nil {
				assert.Equal(t, tc.paths, paths)
			}
			if tc.status == http.StatusBadRequest && tc.paths == nil {
				assert.NotEmpty(t, paths, "a malformed plan names its fields")
				for _, p := range paths {
					assert.True(t, strings.HasPrefix(p, "context/plan"), p)
				}
			}
			if tc.err != nil {
				_, err := decodeRequest([]byte(tc.body))
				assert.ErrorIs(t, err, tc.err)
			}
		})
	}
	for _, path := range []string{"/", "/cds-services/other", "/cds-services/" + serviceID + "/feedback"} {
		a := send(t, http.MethodGet, base+path, "", "", nil)
		assert.Equal(t, http.StatusNotFound, a.status, path)
		assert.True(t, json.Valid(a.body))
	}
	assert.NotContains(t, logs.String(), marker)
}

// A panic in a handler becomes a 500 answer with a JSON body, logged
// without the request, and the server goes on serving.
func TestRecover(t *testing.T) {
	var logs bytes.Buffer
	h := recoverer(log.New(&logs, "", 0), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("panic") != "" {
			panic(errors.New("boom " + marker))
		}
		writeJSON(w, http.StatusOK, errorBody{Error: "none"})
	}))
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/cds-services/" + serviceID + "?panic=" + marker)
	require.NoError(t, err)
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusInternalServerError, resp.StatusCode)
	assert.JSONEq(t, `{"error": "internal error"}`, string(data))
	assert.Contains(t, logs.String(), "internal error in "+serviceID+" handler")
	assert.NotContains(t, logs.String(), marker)
	resp, err = http.Get(srv.URL)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the server goes on")
}

// A bounded burst of concurrent requests, good and bad, in both
// languages: every answer is checked.
func TestLoad(t *testing.T) {
	base, _ := testServer(t)
	url := base + "/cds-services/" + serviceID
	plan, _ := sample.Plan("client-e")
	good, err := hookRequest("prefetch", plan)
	require.NoError(t, err)
	want := map[string][]integrative.Card{
		"es": expectedCards(t, "client-e", language.Spanish),
		"en": expectedCards(t, "client-e"),
	}
	const requests, workers = 200, 16
	type result struct {
		i      int
		status int
		body   []byte
		err    error
	}
	jobs := make(chan int)
	results := make(chan result, requests)
	var wg sync.WaitGroup
	client := &http.Client{}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				body, lang := good, []string{"en", "es"}[i%2]
				if i%5 == 4 {
					body = []byte(`{"hook": "patient-view"}`)
				}
				req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Accept-Language", lang)
				resp, err := client.Do(req)
				if err != nil {
					results <- result{i: i, err: err}
					continue
				}
				data, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				results <- result{i, resp.StatusCode, data, err}
			}
		}()
	}
	for i := range requests {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	n := 0
	for r := range results {
		n++
		require.NoError(t, r.err, "request %d", r.i)
		if r.i%5 == 4 {
			assert.Equal(t, http.StatusBadRequest, r.status, "request %d", r.i)
			assert.Contains(t, string(r.body), `"path": "hookInstance"`)
			continue
		}
		require.Equal(t, http.StatusOK, r.status, "request %d: %s", r.i, r.body)
		var resp struct {
			Cards []integrative.Card `json:"cards"`
		}
		require.NoError(t, json.Unmarshal(r.body, &resp))
		assert.Equal(t, want[[]string{"en", "es"}[r.i%2]], resp.Cards, "request %d", r.i)
	}
	assert.Equal(t, requests, n)
}

func TestPreferredLanguages(t *testing.T) {
	assert.Equal(t, []language.Tag{language.MustParse("es-MX"), language.Spanish}, preferredLanguages("es-MX, es;q=0.5"))
	assert.Nil(t, preferredLanguages("not a @ header"))
	assert.Nil(t, preferredLanguages(strings.Repeat("es,", 100)))
	assert.Empty(t, preferredLanguages(""))
}

// FuzzDecodeRequest decodes arbitrary bodies as service requests: it
// never panics, every failure is a *validation.Error, and a body that
// decodes gives a plan that checks without error.
func FuzzDecodeRequest(f *testing.F) {
	for _, name := range sample.Names() {
		plan, _ := sample.Plan(name)
		for _, where := range []string{"context", "prefetch"} {
			body, _ := hookRequest(where, plan)
			f.Add(body)
		}
	}
	f.Add([]byte(`{"hook": "patient-view", "hookInstance": "x", "context": {"plan": null}}`))
	f.Add([]byte(`{"hook": "patient-view", "hookInstance": "x", "context": {}, "prefetch": {"plan": {"asOf": "2026-01-01"}}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		plan, err := decodeRequest(body)
		if err != nil {
			var verr *validation.Error
			if !errors.As(err, &verr) {
				t.Fatalf("not a *validation.Error: %T", err)
			}
			return
		}
		if _, err := integrative.Check(plan); err != nil {
			t.Fatalf("a decoded plan does not check: %v", err)
		}
	})
}
