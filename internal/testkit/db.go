package testkit

import (
	"context"
	"database/sql"
	"io"
	"log/slog"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver pgtestdb uses
	"github.com/peterldowns/pgtestdb"

	"github.com/crossroads/crossroads/internal/store"
)

// DatabaseURLEnv names the variable holding the test cluster's URL; make test sets it.
const DatabaseURLEnv = "CROSSROADS_TEST_DATABASE_URL"

// migrator builds pgtestdb's template database with the app's own goose
// migrations, so tests run against exactly the production schema.
type migrator struct{}

func (migrator) Hash() (string, error) { return store.MigrationsHash() }

func (migrator) Migrate(ctx context.Context, db *sql.DB, _ pgtestdb.Config) error {
	return store.MigrateDB(ctx, db, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// NewDatabase gives the test its own freshly migrated database, cloned from a
// template in tens of milliseconds, and returns its URL. It is dropped when
// the test passes.
func NewDatabase(t testing.TB) string {
	t.Helper()
	return newDatabase(t, migrator{})
}

// NewEmptyDatabase gives the test its own database with no schema at all.
func NewEmptyDatabase(t testing.TB) string {
	t.Helper()
	return newDatabase(t, pgtestdb.NoopMigrator{})
}

func newDatabase(t testing.TB, m pgtestdb.Migrator) string {
	t.Helper()
	raw := os.Getenv(DatabaseURLEnv)
	if raw == "" {
		t.Fatalf("%s is not set: run the tests with `make test`, which starts a throwaway PostgreSQL", DatabaseURLEnv)
	}
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("%s: %v", DatabaseURLEnv, err)
	}
	password, _ := u.User.Password()
	conf := pgtestdb.Config{
		DriverName:                "pgx",
		Host:                      u.Hostname(),
		Port:                      u.Port(),
		User:                      u.User.Username(),
		Password:                  password,
		Database:                  "postgres",
		Options:                   "sslmode=disable",
		ForceTerminateConnections: true,
	}
	return pgtestdb.Custom(t, conf, m).URL()
}

// NewPool opens a pool on a fresh test database and closes it after the test.
func NewPool(t testing.TB) *pgxpool.Pool {
	t.Helper()
	pool, err := store.Open(context.Background(), NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}
