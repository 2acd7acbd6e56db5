package store_test

import (
	"context"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

func TestRecreateScratchDatabaseOnlyTouchesScratchNames(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	admin := os.Getenv(testkit.DatabaseURLEnv) // the cluster's superuser, which may create databases
	if admin == "" {
		t.Fatalf("%s is not set: run the tests with make test", testkit.DatabaseURLEnv)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"crossroads", "postgres", "_loadtest", "app"} {
		u.Path = "/" + name
		if err := store.RecreateScratchDatabase(ctx, u.String(), "_loadtest"); err == nil {
			t.Errorf("recreated %q", name)
		}
	}
	u.Path = "/crossroads_storetest_loadtest"
	for range 2 { // the second run drops what the first made
		if err := store.RecreateScratchDatabase(ctx, u.String(), "_loadtest"); err != nil {
			t.Fatal(err)
		}
	}
	conn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatalf("the scratch database is not there: %v", err)
	}
	if err := conn.Close(ctx); err != nil {
		t.Fatal(err)
	}
	u.Path = "/postgres"
	adminConn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = adminConn.Close(ctx) }()
	if _, err := adminConn.Exec(ctx, `DROP DATABASE crossroads_storetest_loadtest WITH (FORCE)`); err != nil {
		t.Fatal(err)
	}
}
