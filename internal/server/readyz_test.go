package server_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

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
	resp, body := get(t, app, "/readyz")
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "needs") {
		t.Errorf("readyz with migration %d missing = %d %q; want 503 naming the versions", latest, resp.StatusCode, body)
	}
	if _, err := app.Pool.Exec(ctx, `INSERT INTO goose_db_version (version_id, is_applied) VALUES ($1, true)`, latest+100); err != nil {
		t.Fatal(err)
	}
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
