package server_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/a-h/templ"
	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
	"github.com/crossroads/crossroads/web"
)

func TestHealthAndReadinessWithALiveDatabase(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, body := get(t, app, path)
		if resp.StatusCode != http.StatusOK || strings.TrimSpace(body) != "ok" {
			t.Errorf("%s with a live database = %d %q; want 200 ok", path, resp.StatusCode, body)
		}
	}
}

// TestReadyzIs503WithoutADatabase: not ready, yet alive, so an orchestrator
// stops routing to the instance without restarting it.
func TestReadyzIs503WithoutADatabase(t *testing.T) {
	t.Parallel()
	// A pool aimed at a port nobody listens on: the database is "down".
	pool, err := store.Open(context.Background(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=1")
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	srv := httptest.NewServer(newHandler(t, slog.New(slog.NewTextHandler(io.Discard, nil)), store.New(pool)))
	defer srv.Close()
	for path, want := range map[string]int{"/readyz": http.StatusServiceUnavailable, "/healthz": http.StatusOK} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close() // only the status matters
		if resp.StatusCode != want {
			t.Errorf("%s with no database = %d; want %d", path, resp.StatusCode, want)
		}
	}
}

func TestLandingPageExplainsTheThreePaths(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	resp, body := get(t, app, "/")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d", resp.StatusCode)
	}
	for _, want := range []string{"Digital-marketing side hustle", "Generative-AI job", "AI-powered side hustle", `href="/assessments/new"`} {
		if !strings.Contains(body, want) {
			t.Errorf("landing page lacks %q", want)
		}
	}
}

func TestUnknownPathIsAFriendly404(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	resp, body := get(t, app, "/no/such/page")
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("status = %d; want 404", resp.StatusCode)
	}
	if !strings.Contains(body, "We could not find that page") || !strings.Contains(body, `href="/"`) {
		t.Errorf("404 page is not the friendly one:\n%s", body)
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	for _, path := range []string{"/", "/no/such/page", "/healthz", web.AssetURL("style.css")} {
		resp, _ := get(t, app, path)
		h := resp.Header
		csp := h.Get("Content-Security-Policy")
		if csp == "" || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: weak or missing CSP %q", path, csp)
		}
		for header, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "no-referrer",
		} {
			if got := h.Get(header); got != want {
				t.Errorf("%s: %s = %q; want %q", path, header, got, want)
			}
		}
		if h.Get("Permissions-Policy") == "" {
			t.Errorf("%s: no Permissions-Policy", path)
		}
	}
}

func TestStylesheetHasAHashedImmutableURL(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	_, home := get(t, app, "/")
	m := regexp.MustCompile(`href="(/static/style\.[0-9a-f]{12}\.css)"`).FindStringSubmatch(home)
	if m == nil {
		t.Fatal("landing page does not link a content-hashed stylesheet")
	}
	resp, css := get(t, app, m[1])
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") || !strings.Contains(css, ":root") {
		t.Errorf("stylesheet: status %d, Cache-Control %q", resp.StatusCode, resp.Header.Get("Cache-Control"))
	}
	if resp, _ := get(t, app, "/static/style.000000000000.css"); resp.StatusCode != 404 {
		t.Errorf("stale asset hash = %d; want 404", resp.StatusCode)
	}
}

func TestCrossOriginPostIsRejected(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	req := newRequest(t, app, http.MethodPost, "/assessments", strings.NewReader("x=1"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	resp, body := do(t, app, req)
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, "came from somewhere else") {
		t.Errorf("cross-site POST = %d; want the friendly 403", resp.StatusCode)
	}

	// Refused under a capability prefix, it is counted under the route it
	// aimed at, not the prefix's catch-all.
	base := completeAssessment(t, app, nil)
	req = newRequest(t, app, http.MethodPost, base+"/step/2", strings.NewReader("x=1"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	if resp, _ := do(t, app, req); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site POST to a step = %d; want 403", resp.StatusCode)
	}
	if got := metricValue(app.ScrapeMetrics(t), `crossroads_http_requests_total{method="POST",route="/a/{secret}/step/{n}",status="403"}`); got != "1" {
		t.Errorf("the refused step post under its own route = %q; want 1", got)
	}
}

// TestPagesPassQualityCheck loads every foundation page in Chromium (axe-core,
// WCAG 2.2 A/AA) and through the Nu HTML Checker.
func TestPagesPassQualityCheck(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	testkit.CheckPage(t, ctx, app.URL+"/")
	testkit.CheckPage(t, ctx, app.URL+"/no/such/page")

	// The 500 page is the same component the server renders on a failure.
	mux := http.NewServeMux()
	mux.Handle("/static/", web.StaticHandler())
	mux.Handle("/", templ.Handler(web.Error(web.ErrorPageFor(500)), templ.WithStatus(500)))
	errSrv := httptest.NewServer(mux)
	defer errSrv.Close()
	testkit.CheckPage(t, ctx, errSrv.URL)
}

// TestQualityCheckCatchesBadPages proves the check can fail: a field with no
// label and mis-nested HTML must both be reported.
func TestQualityCheckCatchesBadPages(t *testing.T) {
	t.Parallel()
	bad := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>
<body><main><h1>Bad</h1><form><input type="text" name="q"></form><p><div>oops</p></main></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, bad)
	}))
	defer srv.Close()

	ctx := testkit.Browser(t)
	testkit.Run(t, ctx, chromedp.Navigate(srv.URL))
	violations, err := testkit.AxeViolations(t, ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !containsPrefix(violations, "label") {
		t.Errorf("axe did not report the unlabelled field; got %q", violations)
	}
	errs, err := testkit.HTMLErrors(t, []byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) == 0 {
		t.Error("the Nu HTML Checker accepted mis-nested HTML")
	}
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}
