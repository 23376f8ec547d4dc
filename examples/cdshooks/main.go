// Command cdshooks serves the plan check as a CDS Hooks 2.0 service
// (https://cds-hooks.hl7.org/2.0/), so an EHR can show the findings on an
// integrated treatment plan as cards, in English or Spanish:
//
//	GET  /cds-services                          the discovery endpoint
//	POST /cds-services/integrative-plan-check   the plan check
//
// The service is registered for the patient-view hook. It takes the plan,
// in the library's plan JSON form, from the request's context.plan or
// prefetch.plan, checks it, and answers {"cards": [...]}, one card per
// finding, with the language chosen from the Accept-Language header.
// Malformed input is a 4xx answer with a JSON body that names each bad
// field by its path in the request ("context/plan/intake/client/age") and
// never repeats what was sent; a missing plan is 412 Precondition Failed.
// Requests are limited in size, the server has read and write timeouts,
// and a panic in a handler becomes a 500 answer, never a dropped
// connection.
//
// Without flags it demonstrates itself: it starts on a free loopback port,
// calls the discovery endpoint and the service with sample client E's plan
// and with a malformed one, prints what came back, and exits. With -serve
// it serves until interrupted (or sent SIGTERM), on loopback only (127.0.0.1:8080 unless
// -addr says otherwise; put TLS in front of it for anything else):
//
//	go run ./examples/cdshooks -serve
//	curl -s localhost:8080/cds-services
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/wholeperson/integrative/internal/sample"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "cdshooks:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cdshooks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	serve := fs.Bool("serve", false, "serve until interrupted instead of demonstrating the service")
	addr := fs.String("addr", "127.0.0.1:8080", "loopback address to serve on with -serve")
	if err := fs.Parse(args); err != nil {
		return err
	}
	logger := log.New(stderr, "", log.LstdFlags)
	svc := &service{log: logger}
	if !*serve {
		return demo(svc, stdout)
	}
	if err := loopbackOnly(*addr); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := newServer(*addr, svc.handler(), logger)
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	logger.Printf("cdshooks: serving on http://%s/cds-services", ln.Addr())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// loopbackOnly accepts only an address on a loopback interface: the
// example serves plain HTTP.
func loopbackOnly(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return errors.New("-addr must be host:port")
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return errors.New("-addr must be a loopback address (127.0.0.1 or ::1); serve anything else behind TLS")
}

// start serves h on a free loopback port and returns its base URL and a
// function that stops it.
func start(h http.Handler, logger *log.Logger) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := newServer(ln.Addr().String(), h, logger)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln)
	}()
	stop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		<-done
	}
	return "http://" + ln.Addr().String(), stop, nil
}

// demo starts the service on loopback, calls it as an EHR would, and
// prints what came back.
func demo(svc *service, w io.Writer) error {
	base, stop, err := start(svc.handler(), svc.log)
	if err != nil {
		return err
	}
	defer stop()
	client := &http.Client{Timeout: 10 * time.Second}

	var services discoveryResponse
	if _, err := call(client, http.MethodGet, base+"/cds-services", nil, "", &services); err != nil {
		return err
	}
	fmt.Fprintln(w, "GET /cds-services")
	for _, s := range services.Services {
		fmt.Fprintf(w, "  %s (hook %s): %s\n", s.ID, s.Hook, s.Title)
	}

	plan, _ := sample.Plan("client-e")
	good, err := hookRequest("context", plan)
	if err != nil {
		return err
	}
	for _, lang := range []string{"es-MX,es;q=0.9,en;q=0.5", "en-US"} {
		var resp cardsResponse
		status, err := call(client, http.MethodPost, base+"/cds-services/"+serviceID, good, lang, &resp)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\nPOST /cds-services/%s with sample client E's plan, Accept-Language: %s\n", serviceID, lang)
		fmt.Fprintf(w, "  %d %s: %d cards\n", status, http.StatusText(status), len(resp.Cards))
		for _, c := range resp.Cards {
			fmt.Fprintf(w, "  %-8s %s\n", c.Indicator, c.Summary)
		}
	}

	bad := []byte(`{"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
  "context": {"plan": {"asOf": "2026-02-30", "intake": {"client": {"age": "forty", "sex": "F"}}}}}`)
	var problems errorBody
	status, err := call(client, http.MethodPost, base+"/cds-services/"+serviceID, bad, "", &problems)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nPOST /cds-services/%s with a malformed plan\n", serviceID)
	fmt.Fprintf(w, "  %d %s: %s\n", status, http.StatusText(status), problems.Error)
	for _, p := range problems.Problems {
		fmt.Fprintf(w, "  %s: %s\n", p.Path, p.Problem)
	}
	return nil
}

// hookRequest wraps a plan in a patient-view request, in its context or
// its prefetch.
func hookRequest(where string, plan []byte) ([]byte, error) {
	req := map[string]any{
		"hook":         hook,
		"hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
		"context":      map[string]any{},
	}
	if where == "context" {
		req["context"] = map[string]any{"plan": json.RawMessage(plan)}
	} else {
		req["prefetch"] = map[string]any{"plan": json.RawMessage(plan)}
	}
	return json.Marshal(req)
}

// call sends one request and decodes the JSON answer into out, returning
// the status.
func call(client *http.Client, method, url string, body []byte, acceptLanguage string, out any) (int, error) {
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if acceptLanguage != "" {
		req.Header.Set("Accept-Language", acceptLanguage)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(io.LimitReader(resp.Body, 8<<20)).Decode(out); err != nil {
		return resp.StatusCode, fmt.Errorf("decoding the answer to %s: %w", method, err)
	}
	return resp.StatusCode, nil
}
