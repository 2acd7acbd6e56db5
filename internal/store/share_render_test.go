package store_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// instance is one app instance's view of the shared database: its own
// pool, counting its statements.
type instance struct {
	st      *store.Store
	queries *testkit.QueryCounter
}

func newInstance(t *testing.T, db string) instance {
	t.Helper()
	pool, q := testkit.NewCountedPool(t, db)
	return instance{st: store.New(pool), queries: q}
}

// finished stores a finished assessment and returns its id and share id.
func finished(t *testing.T, st *store.Store) (int64, string) {
	t.Helper()
	ctx := context.Background()
	_, hash := capability.NewSecret()
	shareID := capability.NewShareID()
	id, err := st.CreateAssessment(ctx, hash, shareID, "q", map[string][]string{"a": {"1"}})
	if err != nil {
		t.Fatal(err)
	}
	res := store.Result{ModelVersion: "m", Snapshot: recommendation.Snapshot{ModelVersion: "first"}}
	if err := st.SaveResult(ctx, id, map[string][]string{"a": {"1"}}, res, time.Time{}); err != nil {
		t.Fatal(err)
	}
	return id, shareID
}

// renderAndStore stores a rendering of what the read found, as a share
// handler does after a miss.
func renderAndStore(t *testing.T, st *store.Store, shareID, build string) store.ShareRender {
	t.Helper()
	_, page, err := st.SharedResultWithPage(context.Background(), shareID, build)
	if err != nil {
		t.Fatal(err)
	}
	r := store.ShareRender{Kind: store.KindAssessment, ShareID: shareID, Version: page.Version, Build: build,
		Gzip: []byte("gzip v=" + page.Version)}
	stored, err := st.PutShareRender(context.Background(), r)
	if err != nil || !stored {
		t.Fatalf("PutShareRender = %v, %v", stored, err)
	}
	return r
}

// rawPool reaches the database around the store, to look at or tamper
// with what it keeps.
func rawPool(t *testing.T, db string) *pgxpool.Pool {
	t.Helper()
	pool, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}

func rendersStored(t *testing.T, db string) int {
	t.Helper()
	var n int
	if err := rawPool(t, db).QueryRow(context.Background(), "SELECT count(*) FROM share_renders").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSharePageReadsItsStoredRenderingInOneQuery(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := testkit.NewDatabase(t)
	a := newInstance(t, db)
	_, shareID := finished(t, a.st)

	res, miss, err := a.st.SharedResultWithPage(ctx, shareID, "build-1")
	if err != nil || miss.Fresh() || miss.Version == "" || res.Result == nil || res.ShareID != shareID {
		t.Fatalf("first read: %+v %+v %v; want a miss with the snapshot and a version", res, miss, err)
	}
	stored := renderAndStore(t, a.st, shareID, "build-1")

	before := a.queries.Count()
	res, hit, err := a.st.SharedResultWithPage(ctx, shareID, "build-1")
	if n := a.queries.Count() - before; n != 1 {
		t.Errorf("a share read took %d statements, want 1", n)
	}
	if err != nil || !hit.Fresh() || !bytes.Equal(hit.Gzip, stored.Gzip) || hit.Version != miss.Version {
		t.Fatalf("read after storing: %+v %v; want the stored page under the same version", hit, err)
	}
	if res.Result != nil {
		t.Error("a hit read the snapshot as well")
	}
	// Bytes stored under an older version (a render that raced a change)
	// are never served.
	pool := rawPool(t, db)
	if _, err := pool.Exec(ctx, "UPDATE share_renders SET version = version || '-old'"); err != nil {
		t.Fatal(err)
	}
	if _, p, err := a.st.SharedResultWithPage(ctx, shareID, "build-1"); err != nil || p.Fresh() {
		t.Errorf("bytes of another version were served: %+v %v", p, err)
	}
	renderAndStore(t, a.st, shareID, "build-1")
	if _, again, err := a.st.SharedResultWithPage(ctx, shareID, "build-1"); err != nil || !bytes.Equal(again.Gzip, stored.Gzip) {
		t.Errorf("read after storing again: %+v %v; want the stored page", again, err)
	}
	// Another build never serves these bytes.
	res, other, err := a.st.SharedResultWithPage(ctx, shareID, "build-2")
	if err != nil || other.Fresh() || res.Result == nil {
		t.Errorf("another build's read: %+v %v; want a miss with the snapshot", other, err)
	}
}

func TestSharePageReadOfADraftOrUnknownIDIsNotFound(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	_, hash := capability.NewSecret()
	draft := capability.NewShareID()
	if _, err := st.CreateAssessment(ctx, hash, draft, "q", map[string][]string{}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{draft, capability.NewShareID()} {
		if _, _, err := st.SharedResultWithPage(ctx, id, "b"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("read of %s = %v, want ErrNotFound", id, err)
		}
	}
	if _, err := st.PutShareRender(ctx, store.ShareRender{Kind: store.KindAssessment, ShareID: draft, Version: "x", Build: "b", Gzip: []byte("x")}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutShareRender(ctx, store.ShareRender{Kind: "nonsense", ShareID: draft}); err == nil {
		t.Error("an unknown kind was accepted")
	}
}

// TestStoredSharePagesFollowChangesOnEveryInstance: one instance stores a
// page, another serves it; then each change the owner can make is seen by
// the other instance at once, and the stale bytes leave the database.
func TestStoredSharePagesFollowChangesOnEveryInstance(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := testkit.NewDatabase(t)
	one, two := newInstance(t, db), newInstance(t, db)
	const build = "build-1"

	for _, tc := range []struct {
		name   string
		change func(t *testing.T, id int64, shareID string) (newShareID string)
	}{
		{"re-finishing", func(t *testing.T, id int64, shareID string) string {
			res := store.Result{ModelVersion: "m", Snapshot: recommendation.Snapshot{ModelVersion: "second"}}
			if err := one.st.SaveResult(ctx, id, map[string][]string{"a": {"2"}}, res, time.Time{}); err != nil {
				t.Fatal(err)
			}
			return shareID
		}},
		{"hiding free text", func(t *testing.T, id int64, shareID string) string {
			if err := one.st.SetAssessmentHideFreeText(ctx, id, true); err != nil {
				t.Fatal(err)
			}
			return shareID
		}},
		{"replacing the link", func(t *testing.T, id int64, _ string) string {
			next := capability.NewShareID()
			if err := one.st.ReplaceAssessmentShareID(ctx, id, next); err != nil {
				t.Fatal(err)
			}
			return next
		}},
		{"deleting", func(t *testing.T, id int64, _ string) string {
			if err := one.st.DeleteAssessment(ctx, id); err != nil {
				t.Fatal(err)
			}
			return ""
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			id, shareID := finished(t, one.st)
			old := renderAndStore(t, one.st, shareID, build)
			if _, p, err := two.st.SharedResultWithPage(ctx, shareID, build); err != nil || !bytes.Equal(p.Gzip, old.Gzip) {
				t.Fatalf("the other instance does not serve the stored page: %+v %v", p, err)
			}
			before := rendersStored(t, db)

			next := tc.change(t, id, shareID)

			if next != shareID {
				if _, _, err := two.st.SharedResultWithPage(ctx, shareID, build); !errors.Is(err, store.ErrNotFound) {
					t.Errorf("the old link still answers on the other instance: %v", err)
				}
			}
			if next != "" {
				res, p, err := two.st.SharedResultWithPage(ctx, next, build)
				if err != nil || p.Fresh() || res.Result == nil || p.Version == old.Version && next == shareID {
					t.Errorf("after %s the other instance read %+v %v; want a miss under a new version", tc.name, p, err)
				}
			}
			if after := rendersStored(t, db); after != before-1 {
				t.Errorf("stored renderings went from %d to %d; the stale one must go", before, after)
			}
		})
	}
}

// TestAPageRenderedFromAChangedRowIsNotStored: a render that raced with
// a change (read before it, written after it) must not be stored.
func TestAPageRenderedFromAChangedRowIsNotStored(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	id, shareID := finished(t, st)
	_, page, err := st.SharedResultWithPage(ctx, shareID, "b")
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetAssessmentHideFreeText(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	stored, err := st.PutShareRender(ctx, store.ShareRender{Kind: store.KindAssessment, ShareID: shareID, Version: page.Version,
		Build: "b", Gzip: []byte("gz")})
	if err != nil || stored {
		t.Errorf("PutShareRender of a stale version = %v, %v; want not stored", stored, err)
	}
	if _, p, _ := st.SharedResultWithPage(ctx, shareID, "b"); p.Fresh() {
		t.Error("the stale page is served")
	}
}
