package store_test

import (
	"context"
	"io"
	"log/slog"
	"strconv"
	"sync"
	"testing"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestInstancesStartingTogetherMigrateOnce starts four "instances" on an
// empty database at the same moment: all must come up, and the schema ends
// at this build's version.
func TestInstancesStartingTogetherMigrateOnce(t *testing.T) {
	t.Parallel()
	db := testkit.NewEmptyDatabase(t)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() { errs[i] = store.Migrate(context.Background(), db, logger) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("instance %d: %v", i+1, err)
		}
	}
	pool, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	got, err := store.New(pool).SchemaVersion(context.Background())
	want, werr := store.LatestMigration()
	if err != nil || werr != nil || got != want || want < 9 {
		t.Errorf("schema version %d (%v); want this build's latest %d (%v)", got, err, want, werr)
	}
}

// TestAMigrationNumberedBelowTheLatestIsStillApplied: migrations are
// numbered when work starts and merged in any order (00009 landed before
// 00006–00008), so a database that already has a later one must still get
// an earlier one that arrives afterwards.
func TestAMigrationNumberedBelowTheLatestIsStillApplied(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		version int
		undo    string // makes the database look as one migrated without it
		table   string // what it creates
	}{
		{7, `DROP TABLE plans CASCADE`, "plans"},
		{8, `DROP TABLE share_renders CASCADE; DROP FUNCTION forget_share_render() CASCADE`, "share_renders"},
	} {
		t.Run(strconv.Itoa(tc.version), func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db := testkit.NewDatabase(t)
			pool, err := store.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer pool.Close()
			if _, err := pool.Exec(ctx, tc.undo+`; DELETE FROM goose_db_version WHERE version_id = `+strconv.Itoa(tc.version)); err != nil {
				t.Fatal(err)
			}
			if err := store.Migrate(ctx, db, slog.New(slog.DiscardHandler)); err != nil {
				t.Fatalf("migrate with later ones applied and %d pending: %v", tc.version, err)
			}
			var n int
			if err := pool.QueryRow(ctx, `SELECT count(*) FROM `+tc.table).Scan(&n); err != nil {
				t.Errorf("%d was not applied: %v", tc.version, err)
			}
		})
	}
}
