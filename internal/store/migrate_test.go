package store_test

import (
	"context"
	"io"
	"log/slog"
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
