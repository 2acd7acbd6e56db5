package sweep_test

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/sweep"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestEveryRunsAtOnceThenOnTheTickerUntilStopped: a fresh instance sweeps
// straight away rather than an interval later, and stops with its context.
func TestEveryRunsAtOnceThenOnTheTickerUntilStopped(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	var passes atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		sweep.Every(ctx, 20*time.Millisecond, func(context.Context) { passes.Add(1) })
	}()
	deadline := time.Now().Add(5 * time.Second)
	for passes.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Every did not return after its context ended")
	}
	if passes.Load() < 3 {
		t.Errorf("%d passes in 5 s at a 20 ms interval", passes.Load())
	}
}

func TestRateLimitWindowPassIsCounted(t *testing.T) {
	t.Parallel()
	pool := testkit.NewPool(t)
	ctx := context.Background()
	if _, err := pool.Exec(ctx, `INSERT INTO rate_limits (window_start, client, hits) VALUES (0, 1, 1), (60, 1, 1)`); err != nil {
		t.Fatal(err)
	}
	m := metrics.New()
	sw := sweep.Sweeper{Store: store.New(pool), Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: m, Window: time.Minute}
	sw.RateLimitWindows(ctx)
	pool.Close() // the next pass cannot reach the database: a failed pass, not a crash
	sw.RateLimitWindows(ctx)

	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	for _, want := range []string{
		`crossroads_sweeps_total{job="rate_limit_windows",outcome="swept"} 1`,
		`crossroads_sweeps_total{job="rate_limit_windows",outcome="failed"} 1`,
		"crossroads_rate_limit_windows_cleared_total 2",
	} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
