package testkit

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/server"
	"github.com/crossroads/crossroads/internal/store"
)

// App is the real server (real router, real database) on a random port.
type App struct {
	URL string
	// Queries counts every statement the app sends to PostgreSQL.
	Queries *QueryCounter
	Pool    *pgxpool.Pool
	// CountPool is the write limit's own pool (store.WriteCountPool).
	CountPool *pgxpool.Pool
	Store     *store.Store
	Client    *http.Client // does not follow redirects, so tests can see them
	// Metrics is this instance's registry (pool statistics included);
	// Metrics.Handler() serves what Prometheus would scrape.
	Metrics *metrics.Metrics
	// Readiness drains the instance as SIGTERM would.
	Readiness *server.Readiness
}

// StartApp serves the whole app on a fresh database for the test's duration,
// with the production defaults except the write rate limit, which is off.
func StartApp(t testing.TB) *App {
	t.Helper()
	url := NewDatabase(t)
	return StartAppOn(t, url, DefaultConfig(t, url))
}

// DefaultConfig is the configuration the binary would load with only
// DATABASE_URL set, less the write rate limit.
func DefaultConfig(t testing.TB, databaseURL string) config.Config {
	t.Helper()
	cfg, err := config.Load(func(k string) string {
		switch k {
		case "DATABASE_URL":
			return databaseURL
		case "RATE_LIMIT_WRITES":
			return "0"
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// StartAppOn serves the app with cfg on the database at databaseURL; two
// calls with the same URL are two instances sharing one database.
func StartAppOn(t testing.TB, databaseURL string, cfg config.Config) *App {
	t.Helper()
	pool, queries := NewCountedPool(t, databaseURL)
	st := store.New(pool)
	// The write limit's own pool, as the binary has it; its counts are
	// round trips of the same app, so the same counter sees them.
	countPool, err := store.Open(context.Background(), databaseURL, store.WriteCountPool, func(c *pgxpool.Config) {
		c.ConnConfig.Tracer = queries
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(countPool.Close)
	m := metrics.New()
	if err := m.Register(metrics.PoolCollector(pool)); err != nil {
		t.Fatal(err)
	}
	readiness := &server.Readiness{}
	logger := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	handler, err := server.New(logger, cfg, st, server.WithMetrics(m), server.WithReadiness(readiness),
		server.WithWriteCounts(store.New(countPool)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return &App{
		URL:       srv.URL,
		Queries:   queries,
		Pool:      pool,
		CountPool: countPool,
		Store:     st,
		Client: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		}},
		Metrics:   m,
		Readiness: readiness,
	}
}

// testWriter sends server logs to the test log, shown only when a test fails.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(string(p))
	return len(p), nil
}

// NewCountedPool opens a pool on databaseURL, closed when the test ends,
// that counts the statements it runs: one app instance's view of a
// database that several may share.
func NewCountedPool(t testing.TB, databaseURL string) (*pgxpool.Pool, *QueryCounter) {
	t.Helper()
	queries := &QueryCounter{}
	pool, err := store.Open(context.Background(), databaseURL, func(c *pgxpool.Config) {
		c.ConnConfig.Tracer = queries
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool, queries
}

// QueryCounter is a pgx tracer that counts round trips, so tests can hold
// pages to their budget: one a statement, and one a batch, which pgx sends
// and reads back as one (its statements are not counted again).
type QueryCounter struct{ n atomic.Int64 }

// TraceQueryStart counts one statement.
func (q *QueryCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	q.n.Add(1)
	return ctx
}

// TraceQueryEnd does nothing; the start is what counts.
func (q *QueryCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// TraceBatchStart counts one batch.
func (q *QueryCounter) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	q.n.Add(1)
	return ctx
}

// TraceBatchQuery does nothing: the batch is one round trip.
func (q *QueryCounter) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {}

// TraceBatchEnd does nothing.
func (q *QueryCounter) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData) {}

// Count is the number of round trips so far.
func (q *QueryCounter) Count() int64 { return q.n.Load() }

// ScrapeMetrics reads the instance's metrics as Prometheus would.
func (a *App) ScrapeMetrics(t testing.TB) string {
	t.Helper()
	rec := httptest.NewRecorder()
	a.Metrics.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("scraping metrics: %d\n%s", rec.Code, rec.Body)
	}
	return rec.Body.String()
}
