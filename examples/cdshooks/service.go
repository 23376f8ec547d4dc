package main

import (
	"encoding/json"
	"errors"
	"io"
	"log"
	"mime"
	"net/http"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/wholeperson/integrative"
	"github.com/wholeperson/integrative/validation"
)

// serviceID is the service's id: it answers at /cds-services/{serviceID}.
const serviceID = "integrative-plan-check"

// hook is the hook the service is registered for.
const hook = "patient-view"

// Limits of a request.
const (
	// maxBody is the largest request body: a plan of the plan decoder's
	// own limit and room for the CDS Hooks envelope.
	maxBody = validation.DefaultMaxBytes + 64<<10
	// maxAcceptLanguage is the longest Accept-Language header read; a
	// longer one is ignored (English).
	maxAcceptLanguage = 256
	// maxHookInstance is the longest hookInstance accepted.
	maxHookInstance = 128
)

// Timeouts and header limit of the server.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 10 * time.Second
	idleTimeout       = 60 * time.Second
	maxHeaderBytes    = 16 << 10
)

// Problems with a request, each reported at the JSON path of the field
// at fault.
var (
	errRequired  = errors.New("cdshooks: required field missing or empty")
	errHook      = errors.New("cdshooks: this service answers the patient-view hook only")
	errTooLong   = errors.New("cdshooks: value too long")
	errNoPlan    = errors.New("cdshooks: no plan in context/plan or prefetch/plan")
	errTwoPlans  = errors.New("cdshooks: plan given in both context/plan and prefetch/plan")
	errMalformed = errors.New("cdshooks: the request is malformed")
)

// request is a CDS Hooks 2.0 service request. Fields the service does not
// use (fhirServer, fhirAuthorization, extensions) are accepted and ignored;
// so are context fields other than the plan.
type request struct {
	Hook         string                     `json:"hook"`
	HookInstance string                     `json:"hookInstance"`
	Context      map[string]json.RawMessage `json:"context"`
	Prefetch     map[string]json.RawMessage `json:"prefetch,omitempty"`
}

// decodeRequest reads a service request and the plan it carries, in
// context/plan or prefetch/plan. Every problem is a *validation.Error
// field at its JSON path in the request ("context/plan/intake/client/age");
// a missing plan is errNoPlan at "prefetch/plan".
func decodeRequest(body []byte) (integrative.Plan, error) {
	var req request
	if err := validation.Decode(body, &req, validation.MaxBytes(maxBody), validation.AllowUnknownFields()); err != nil {
		return integrative.Plan{}, err
	}
	var v validation.Collector
	switch {
	case req.Hook == "":
		v.Add("hook", errRequired)
	case req.Hook != hook:
		v.Add("hook", errHook)
	}
	switch {
	case req.HookInstance == "":
		v.Add("hookInstance", errRequired)
	case len(req.HookInstance) > maxHookInstance:
		v.Add("hookInstance", errTooLong)
	}
	if req.Context == nil {
		v.Add("context", errRequired)
	}
	inContext, c := req.Context["plan"]
	inPrefetch, p := req.Prefetch["plan"]
	path, raw := "context/plan", inContext
	switch {
	case c && p:
		v.Add("context/plan", errTwoPlans)
	case p:
		path, raw = "prefetch/plan", inPrefetch
	case !c:
		v.Add("prefetch/plan", errNoPlan)
	}
	if err := v.Err(); err != nil {
		return integrative.Plan{}, err
	}
	if len(raw) == 0 { // JSON null
		v.Add(path, validation.ErrNull)
		return integrative.Plan{}, v.Err()
	}
	plan, err := integrative.DecodePlan(raw)
	if err != nil {
		v.Merge(path, err)
		return integrative.Plan{}, v.Err()
	}
	// The plan's own consistency (dangling keys, dates out of order) is
	// checked here so its problems carry the same prefix.
	if err := plan.Validate(); err != nil {
		v.Merge(path, err)
		return integrative.Plan{}, v.Err()
	}
	return plan, nil
}

// service serves the discovery endpoint and the plan check.
type service struct {
	log *log.Logger
}

// handler returns the service's routes behind the recover middleware.
func (s *service) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/cds-services", s.discovery)
	mux.HandleFunc("/cds-services/"+serviceID, s.planCheck)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, errorBody{Error: "no such endpoint"})
	})
	return recoverer(s.log, mux)
}

// discoveryResponse is the CDS Hooks discovery response.
type discoveryResponse struct {
	Services []serviceInfo `json:"services"`
}

type serviceInfo struct {
	Hook              string `json:"hook"`
	Title             string `json:"title"`
	Description       string `json:"description"`
	ID                string `json:"id"`
	UsageRequirements string `json:"usageRequirements"`
}

var discovery = discoveryResponse{Services: []serviceInfo{{
	Hook:  hook,
	Title: "Integrated treatment plan check",
	Description: "Checks an integrated mental health treatment plan (assessment, medication, psychotherapy, " +
		"trauma-informed care, team and goals) for consistency and safety, and returns each finding as a card " +
		"with its basis and sources. Decision support for clinicians: it never decides.",
	ID: serviceID,
	UsageRequirements: "Send the plan in the integrative plan JSON form as context.plan or prefetch.plan. " +
		"Cards are in English or Spanish, chosen from the Accept-Language header.",
}}}

func (s *service) discovery(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: "use GET"})
		return
	}
	writeJSON(w, http.StatusOK, discovery)
}

// cardsResponse is the CDS Hooks service response.
type cardsResponse struct {
	Cards []integrative.Card `json:"cards"`
}

func (s *service) planCheck(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: "use POST"})
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeJSON(w, http.StatusUnsupportedMediaType, errorBody{Error: "send application/json"})
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{Error: "the request is too large"})
			return
		}
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "the request body could not be read"})
		return
	}
	plan, err := decodeRequest(body)
	if err != nil {
		writeJSON(w, requestStatus(err), problemBody(err))
		return
	}
	report, err := integrative.Check(plan)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, problemBody(err))
		return
	}
	tags := preferredLanguages(r.Header.Get("Accept-Language"))
	writeJSON(w, http.StatusOK, cardsResponse{Cards: report.Cards(integrative.Language(tags...))})
}

// requestStatus is the status of the answer to a request decodeRequest
// rejected: 412 Precondition Failed when the plan is all that is missing,
// as CDS Hooks asks when a service lacks the data it needs, and 400
// otherwise.
func requestStatus(err error) int {
	var verr *validation.Error
	if errors.As(err, &verr) && len(verr.Fields) == 1 && errors.Is(verr.Fields[0], errNoPlan) {
		return http.StatusPreconditionFailed
	}
	return http.StatusBadRequest
}

// preferredLanguages parses an Accept-Language header, ignoring one that
// is too long or malformed.
func preferredLanguages(header string) []language.Tag {
	if len(header) > maxAcceptLanguage {
		return nil
	}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return nil
	}
	return tags
}

// errorBody is the JSON body of an error response. Its text never repeats
// the request: each problem is a JSON path and the library's fixed
// description of what is wrong there.
type errorBody struct {
	Error    string    `json:"error"`
	Problems []problem `json:"problems,omitempty"`
	// Omitted counts problems found beyond those listed.
	Omitted int `json:"omitted,omitempty"`
}

type problem struct {
	Path    string `json:"path"`
	Problem string `json:"problem"`
}

// problemBody lists the field errors of err.
func problemBody(err error) errorBody {
	body := errorBody{Error: errMalformed.Error()}
	var verr *validation.Error
	if !errors.As(err, &verr) {
		return body
	}
	for _, f := range verr.Fields {
		body.Problems = append(body.Problems, problem{Path: f.Path, Problem: f.Err.Error()})
	}
	body.Omitted = verr.Omitted
	return body
}

// writeJSON writes v as the JSON response with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// recoverer turns a panic in a handler into a 500 response with a fixed
// JSON body, logged without anything from the request, so no panic
// reaches the client and the server goes on.
func recoverer(logger *log.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			logger.Printf("cdshooks: internal error in %s handler", routeName(r.URL.Path))
			writeJSON(w, http.StatusInternalServerError, errorBody{Error: "internal error"})
		}()
		next.ServeHTTP(w, r)
	})
}

// routeName names the route of path for the log, without repeating an
// unknown path.
func routeName(path string) string {
	switch {
	case path == "/cds-services":
		return "discovery"
	case strings.HasPrefix(path, "/cds-services/"+serviceID):
		return serviceID
	}
	return "unknown"
}

// newServer returns the HTTP server of the service at addr, with its
// timeouts and header limit.
func newServer(addr string, h http.Handler, logger *log.Logger) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          logger,
	}
}
