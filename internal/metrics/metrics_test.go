package metrics_test

import (
	"context"
	"io"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/testkit"
)

// scrape reads m the way Prometheus would.
func scrape(t *testing.T, m *metrics.Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	b, _ := io.ReadAll(rec.Result().Body)
	if rec.Code != 200 {
		t.Fatalf("scrape = %d\n%s", rec.Code, b)
	}
	return string(b)
}

func mustHave(t *testing.T, text string, lines ...string) {
	t.Helper()
	for _, l := range lines {
		if !strings.Contains(text, l) {
			t.Errorf("metrics lack %q", l)
		}
	}
}

func TestCacheCountersAreReadyForAnyCache(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	c := m.Cache("catalog")
	c.Hit()
	c.Hit()
	c.Miss()
	m.Cache("other").Miss()
	mustHave(t, scrape(t, m),
		`crossroads_cache_hits_total{cache="catalog"} 2`,
		`crossroads_cache_misses_total{cache="catalog"} 1`,
		`crossroads_cache_misses_total{cache="other"} 1`)
}

func TestRequestsAreCountedByRouteWithBoundedMethods(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	done := m.RequestStarted()
	mustHave(t, scrape(t, m), "crossroads_http_requests_in_flight 1")
	done()
	m.ObserveRequest("GET", "/r/{id}", 200, 3*time.Millisecond)
	m.ObserveRequest("BREW", "unmatched", 405, time.Millisecond)
	text := scrape(t, m)
	mustHave(t, text,
		"crossroads_http_requests_in_flight 0",
		`crossroads_http_requests_total{method="GET",route="/r/{id}",status="200"} 1`,
		`crossroads_http_request_duration_seconds_bucket{method="GET",route="/r/{id}",le="0.005"} 1`,
		`crossroads_http_request_duration_seconds_bucket{method="GET",route="/r/{id}",le="0.0025"} 0`,
		`crossroads_http_requests_total{method="OTHER",route="unmatched",status="405"} 1`)
	if strings.Contains(text, "BREW") {
		t.Error("an invented method became a label value")
	}
}

func TestSweepsAndRateLimitsAreCounted(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	m.DraftSweep(metrics.Swept, 3)
	m.DraftSweep(metrics.Skipped, 0)
	m.RateLimitWindowSweep(metrics.Failed, 0)
	m.RateLimited()
	m.RateLimitFailedOpen()
	m.RateLimitFailedOpen()
	mustHave(t, scrape(t, m),
		`crossroads_sweeps_total{job="drafts",outcome="swept"} 1`,
		`crossroads_sweeps_total{job="drafts",outcome="skipped"} 1`,
		`crossroads_sweeps_total{job="rate_limit_windows",outcome="failed"} 1`,
		"crossroads_drafts_swept_total 3",
		"crossroads_rate_limit_rejections_total 1",
		"crossroads_rate_limit_failed_open_total 2")
}

func TestPoolCollectorReadsThePoolAtEachScrape(t *testing.T) {
	t.Parallel()
	pool := testkit.NewPool(t)
	m := metrics.New()
	if err := m.Register(metrics.PoolCollector(pool)); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := pool.Ping(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	text := scrape(t, m)
	mustHave(t, text,
		"crossroads_db_pool_max_connections "+strconv.Itoa(int(pool.Config().MaxConns)),
		`crossroads_db_pool_connections{state="idle"} 1`,
		`crossroads_db_pool_connections{state="acquired"} 0`,
		"crossroads_db_pool_acquires_total 3",
		"crossroads_db_pool_new_connections_total 1")
}

// TestCurriedRequestSeriesCountEveryCombination: the series kept per route,
// method and status (ObserveRequest) count each combination apart, rare
// statuses and invented methods included, from many goroutines at once.
func TestCurriedRequestSeriesCountEveryCombination(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				m.ObserveRequest("GET", "/r/{id}", 200, time.Millisecond)
				m.ObserveRequest("HEAD", "/r/{id}", 200, time.Millisecond)
				m.ObserveRequest("GET", "/r/{id}", 304, time.Millisecond)
				m.ObserveRequest("POST", "/a/{secret}/step/{n}", 303, time.Millisecond)
				m.ObserveRequest("GET", "/r/{id}", 418, time.Millisecond)
				m.ObserveRequest("BREW", "/r/{id}", 200, time.Millisecond)
			}
		})
	}
	wg.Wait()
	text := scrape(t, m)
	mustHave(t, text,
		`crossroads_http_requests_total{method="GET",route="/r/{id}",status="200"} 800`,
		`crossroads_http_requests_total{method="HEAD",route="/r/{id}",status="200"} 800`,
		`crossroads_http_requests_total{method="GET",route="/r/{id}",status="304"} 800`,
		`crossroads_http_requests_total{method="POST",route="/a/{secret}/step/{n}",status="303"} 800`,
		`crossroads_http_requests_total{method="GET",route="/r/{id}",status="418"} 800`,
		`crossroads_http_requests_total{method="OTHER",route="/r/{id}",status="200"} 800`,
		`crossroads_http_request_duration_seconds_count{method="GET",route="/r/{id}"} 2400`,
		`crossroads_http_request_duration_seconds_count{method="OTHER",route="/r/{id}"} 800`,
		`crossroads_http_request_duration_seconds_count{method="POST",route="/a/{secret}/step/{n}"} 800`)
	if strings.Contains(text, `method="PUT"`) || strings.Contains(text, `status="500"`) {
		t.Error("series were made for requests that never happened")
	}
}
