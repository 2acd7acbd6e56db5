package server_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/server"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestReadyzAnswers503OnceDrainingButKeepsServing: after shutdown begins a
// load balancer sees "not ready" while requests already routed here (and
// liveness checks) are still answered.
func TestReadyzAnswers503OnceDrainingButKeepsServing(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	if resp, _ := get(t, app, "/readyz"); resp.StatusCode != http.StatusOK {
		t.Fatalf("readyz before draining = %d; want 200", resp.StatusCode)
	}
	app.Readiness.Drain()
	resp, body := get(t, app, "/readyz")
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "shutting down") {
		t.Errorf("readyz while draining = %d %q; want 503 shutting down", resp.StatusCode, body)
	}
	if resp, _ := get(t, app, "/healthz"); resp.StatusCode != http.StatusOK {
		t.Errorf("healthz while draining = %d; want 200 (the process is up)", resp.StatusCode)
	}
	if resp, _ := get(t, app, "/assessments/new"); resp.StatusCode != http.StatusOK {
		t.Errorf("a page while draining = %d; want it still served", resp.StatusCode)
	}
}

// TestReadyzChecksTheSchemaVersion: an instance whose migrations are not all
// applied is not ready; a schema a newer build already migrated is fine.
func TestReadyzChecksTheSchemaVersion(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	latest, err := store.LatestMigration()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := app.Pool.Exec(ctx, `DELETE FROM goose_db_version WHERE version_id = $1`, latest); err != nil {
		t.Fatal(err)
	}
	time.Sleep(readinessCheckEvery) // past the last check's reuse
	resp, body := get(t, app, "/readyz")
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "needs") {
		t.Errorf("readyz with migration %d missing = %d %q; want 503 naming the versions", latest, resp.StatusCode, body)
	}
	if _, err := app.Pool.Exec(ctx, `INSERT INTO goose_db_version (version_id, is_applied) VALUES ($1, true)`, latest+100); err != nil {
		t.Fatal(err)
	}
	time.Sleep(readinessCheckEvery)
	if resp, body := get(t, app, "/readyz"); resp.StatusCode != http.StatusOK {
		t.Errorf("readyz on a schema newer than this build = %d %q; want 200 (rolling deploys)", resp.StatusCode, body)
	}
}

func TestReadyzOnAnUnmigratedDatabase(t *testing.T) {
	t.Parallel()
	db := testkit.NewEmptyDatabase(t)
	app := testkit.StartAppOn(t, db, testkit.DefaultConfig(t, db))
	resp, body := get(t, app, "/readyz")
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "not migrated") {
		t.Errorf("readyz on an empty database = %d %q; want 503 not migrated", resp.StatusCode, body)
	}
}

// readinessCheckEvery is how long the server reuses one database check
// (readyz.go), plus a margin.
const readinessCheckEvery = 1100 * time.Millisecond

// TestReadyzTellsWhyOnlyToThisMachine: a stranger learns "not ready" and
// nothing of the schema; an operator on loopback, or the metrics listener,
// reads why.
func TestReadyzTellsWhyOnlyToThisMachine(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	cfg := testkit.DefaultConfig(t, db)
	cfg.TrustedProxyHeader = "X-Forwarded-For"
	app := testkit.StartAppOn(t, db, cfg)
	latest, err := store.LatestMigration()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := app.Pool.Exec(context.Background(), `DELETE FROM goose_db_version WHERE version_id = $1`, latest); err != nil {
		t.Fatal(err)
	}
	handler, err := server.New(slog.New(slog.DiscardHandler), cfg, app.Store)
	if err != nil {
		t.Fatal(err)
	}
	for _, remote := range []string{"192.0.2.1:5555", "[2001:db8::1]:443"} {
		req := httptest.NewRequest(http.MethodGet, "/readyz", nil)
		req.RemoteAddr = remote
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		if body := rec.Body.String(); rec.Code != http.StatusServiceUnavailable || strings.TrimSpace(body) != "not ready" {
			t.Errorf("readyz from %s with the schema behind = %d %q; want 503 \"not ready\", no versions", remote, rec.Code, body)
		}
	}
	// Through the proxy on this machine: a stranger too.
	req := newRequest(t, app, http.MethodGet, "/readyz", nil)
	req.Header.Set("X-Forwarded-For", "198.51.100.7")
	if resp, body := do(t, app, req); resp.StatusCode != http.StatusServiceUnavailable || strings.Contains(body, "version") {
		t.Errorf("readyz through the proxy = %d %q; want 503 without the schema version", resp.StatusCode, body)
	}
	// On loopback without the proxy's header: an operator.
	if resp, body := get(t, app, "/readyz"); resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "needs") {
		t.Errorf("readyz from loopback = %d %q; want 503 naming the versions", resp.StatusCode, body)
	}
	rec := httptest.NewRecorder()
	server.ReadyzHandler(slog.New(slog.DiscardHandler), app.Store, &server.Readiness{}).
		ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "needs") {
		t.Errorf("the metrics listener's readyz = %d %q; want 503 naming the versions", rec.Code, rec.Body.String())
	}
}

// TestReadyzChecksTheDatabaseAtMostOnceASecond: a flood of /readyz costs
// one round trip a second, not one each.
func TestReadyzChecksTheDatabaseAtMostOnceASecond(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	before := app.Queries.Count()
	start := time.Now()
	for range 200 {
		if resp, _ := get(t, app, "/readyz"); resp.StatusCode != http.StatusOK {
			t.Fatalf("readyz = %d; want 200", resp.StatusCode)
		}
	}
	seconds := int64(time.Since(start)/time.Second) + 1
	if n := app.Queries.Count() - before; n > seconds {
		t.Errorf("200 readyz in %d s sent %d queries; want at most one a second", seconds, n)
	}
}

// TestRobotsAndSitemapNeverNameTheRequestHost: both are cached for an hour
// by anyone, so a Host a client made up must not get into them.
func TestRobotsAndSitemapNeverNameTheRequestHost(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	for _, base := range []string{"", "https://crossroads.example"} {
		cfg := testkit.DefaultConfig(t, db)
		cfg.BaseURL = base
		app := testkit.StartAppOn(t, db, cfg)
		robots := "Sitemap: " + base + "/sitemap.xml\n"
		if base == "" {
			robots = "User-agent: *\nAllow: /\n" // a Sitemap line must be an absolute URL
		}
		for path, want := range map[string]string{
			"/robots.txt":  robots,
			"/sitemap.xml": "<loc>" + base + "/paths</loc>",
		} {
			req := newRequest(t, app, http.MethodGet, path, nil)
			req.Host = "evil.example"
			resp, body := do(t, app, req)
			if resp.StatusCode != http.StatusOK || strings.Contains(body, "evil.example") || !strings.Contains(body, want) ||
				(base == "" && strings.Contains(body, "Sitemap:")) {
				t.Errorf("%s with BASE_URL %q and Host evil.example = %d:\n%s\nwant %q and never the Host", path, base, resp.StatusCode, body, want)
			}
		}
	}
}
