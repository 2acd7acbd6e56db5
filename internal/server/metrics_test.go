package server_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/testkit"
)

var routeLabelRE = regexp.MustCompile(`route="([^"]*)"`)

// TestMetricsNameRoutePatternsNeverSecrets visits every kind of capability
// link, then checks that /metrics counts them under the router's own
// patterns and that no secret, share id or raw path made it into a label.
func TestMetricsNameRoutePatternsNeverSecrets(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	share := sharePathOf(t, app, base)
	cmp := createComparison(t, app, validComparison())
	cv := canvasCreate(t, app, canvasFilledForm())
	secrets := []string{
		strings.TrimPrefix(base, "/a/"), strings.TrimPrefix(share, "/r/"),
		strings.TrimPrefix(cmp, "/compare/"), strings.TrimPrefix(cv, "/canvas/"),
	}
	for _, path := range []string{share, share, base + "/step/3", cmp, cv, "/a/" + secrets[0] + "/no-such-page", "/no/such/page"} {
		get(t, app, path)
	}
	if resp, _ := get(t, app, "/metrics"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("the public listener serves /metrics (%d); it belongs on METRICS_ADDR or DEBUG_ADDR only", resp.StatusCode)
	}

	text := app.ScrapeMetrics(t)
	for _, s := range secrets {
		if strings.Contains(text, s) {
			t.Errorf("a capability (%.6s…) appears in /metrics", s)
		}
	}
	mustContain(t, "/metrics", text,
		`crossroads_http_requests_total{method="GET",route="/r/{id}",status="200"} 2`,
		`crossroads_http_requests_total{method="POST",route="/assessments",status="303"} 1`,
		`crossroads_http_requests_total{method="POST",route="/a/{secret}/step/{n}",status="303"} 5`,
		`crossroads_http_requests_total{method="GET",route="unmatched",status="404"}`,
		`crossroads_http_requests_total{method="GET",route="/a/{secret}/*",status="404"} 1`,
		`crossroads_http_request_duration_seconds_bucket{method="GET",route="/r/{id}",le="+Inf"} 2`,
		`crossroads_http_request_duration_seconds_count{method="GET",route="/compare/{secret}"} 1`,
		"crossroads_http_requests_in_flight 0",
		`crossroads_db_pool_connections{state="idle"}`,
		"crossroads_db_pool_acquires_total",
		"go_goroutines", "process_resident_memory_bytes")

	// Every route label is a pattern the router declares. chi reports a
	// sub-router's root without its trailing slash, and a miss under a
	// capability prefix under that prefix's catch-all.
	declared := map[string]bool{"unmatched": true}
	router := newHandler(t, discardLogger(), app.Store).(chi.Routes)
	if err := chi.Walk(router, func(_, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		declared[route] = true
		if prefix, ok := strings.CutSuffix(route, "/"); ok && prefix != "" {
			declared[prefix] = true
			declared[prefix+"/*"] = true
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, m := range routeLabelRE.FindAllStringSubmatch(text, -1) {
		if !declared[m[1]] {
			t.Errorf("route label %q is not a declared route pattern", m[1])
		}
	}
}
