package testkit

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/server"
	"github.com/crossroads/crossroads/internal/store"
)

// App is the real server (real router, real database) on a random port.
type App struct {
	URL    string
	Pool   *pgxpool.Pool
	Store  *store.Store
	Client *http.Client // does not follow redirects, so tests can see them
}

// StartApp serves the whole app on a fresh database for the test's duration,
// with the write rate limit off.
func StartApp(t testing.TB) *App {
	t.Helper()
	return StartAppOn(t, NewDatabase(t), config.Config{})
}

// StartAppOn serves the app with cfg on the database at databaseURL; two
// calls with the same URL are two instances sharing one database.
func StartAppOn(t testing.TB, databaseURL string, cfg config.Config) *App {
	t.Helper()
	pool, err := store.Open(context.Background(), databaseURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	st := store.New(pool)
	logger := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv := httptest.NewServer(server.New(logger, cfg, st))
	t.Cleanup(srv.Close)
	return &App{
		URL:   srv.URL,
		Pool:  pool,
		Store: st,
		Client: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		}},
	}
}

// testWriter sends server logs to the test log, shown only when a test fails.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(string(p))
	return len(p), nil
}
