package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// checkIn makes the plan's check-in copy of the answers it follows.
func checkIn(ctx context.Context, st *store.Store, planID int64) (shareID string, err error) {
	_, hash := capability.NewSecret()
	shareID = capability.NewShareID()
	return shareID, st.CheckInPlan(ctx, planID, store.CheckIn{EditHash: hash, ShareID: shareID, QuestionnaireVersion: "q",
		Answers: map[string][]string{"a": {"1"}}, PathID: "copywriting", At: time.Now()})
}

// rows counts what the query finds.
func rows(t *testing.T, db, query string, args ...any) int {
	t.Helper()
	var n int
	if err := rawPool(t, db).QueryRow(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestDeletingAPlanDeletesItsCheckInCopies: the copies a plan's check-ins
// made go with the plan; the assessment it was made from stays.
func TestDeletingAPlanDeletesItsCheckInCopies(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := testkit.NewDatabase(t)
	st := store.New(rawPool(t, db))
	aID, _, hash, _ := newLinkedPlan(t, st)
	p, err := st.PlanByEditHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := checkIn(ctx, st, p.ID); err != nil {
			t.Fatal(err)
		}
	}
	if n := rows(t, db, `SELECT count(*) FROM assessments`); n != 3 {
		t.Fatalf("%d assessments after two check-ins; want 3", n)
	}
	if err := st.DeletePlan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if n := rows(t, db, `SELECT count(*) FROM assessments WHERE id <> $1`, aID); n != 0 {
		t.Errorf("%d check-in copies outlived their plan", n)
	}
	if n := rows(t, db, `SELECT count(*) FROM assessments WHERE id = $1`, aID); n != 1 {
		t.Error("deleting the plan deleted the assessment it was made from")
	}
}

// TestACheckInRacingItsPlansDeletionLeavesNoCopy: a check-in that reaches
// the database while the plan's deletion is under way waits for it, finds
// no plan (ErrNotFound) and stores no copy; so does one after it.
func TestACheckInRacingItsPlansDeletionLeavesNoCopy(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := testkit.NewDatabase(t)
	st := store.New(rawPool(t, db))
	_, _, hash, _ := newLinkedPlan(t, st)
	p, err := st.PlanByEditHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	deleting, err := rawPool(t, db).Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = deleting.Rollback(ctx) }()
	if _, err := deleting.Exec(ctx, `DELETE FROM plans WHERE id = $1`, p.ID); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := checkIn(ctx, st, p.ID); done <- err }()
	waitForALockWait(t, db)
	if err := deleting.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, store.ErrNotFound) {
		t.Errorf("check-in racing the plan's deletion: %v; want ErrNotFound", err)
	}
	if _, err := checkIn(ctx, st, p.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("check-in after the plan's deletion: %v; want ErrNotFound", err)
	}
	if n := rows(t, db, `SELECT count(*) FROM assessments WHERE check_in IS NOT NULL`); n != 0 {
		t.Errorf("%d check-in copies of a deleted plan were stored", n)
	}
}

// TestAStoredPageRacingItsRowsDeletionIsNotKept: a page stored while its
// assessment is being deleted waits for the deletion and stores nothing, so
// no page outlives its row.
func TestAStoredPageRacingItsRowsDeletionIsNotKept(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := testkit.NewDatabase(t)
	st := store.New(rawPool(t, db))
	id, shareID := finished(t, st)
	_, page, err := st.SharedResultWithPage(ctx, shareID, "b")
	if err != nil {
		t.Fatal(err)
	}
	deleting, err := rawPool(t, db).Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = deleting.Rollback(ctx) }()
	if _, err := deleting.Exec(ctx, `DELETE FROM assessments WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	type put struct {
		stored bool
		err    error
	}
	done := make(chan put, 1)
	go func() {
		stored, err := st.PutShareRender(ctx, store.ShareRender{Kind: store.KindAssessment, ShareID: shareID,
			Version: page.Version, Build: "b", Gzip: []byte("gz")})
		done <- put{stored, err}
	}()
	waitForALockWait(t, db)
	if err := deleting.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if got := <-done; got.err != nil || got.stored {
		t.Errorf("page stored while its row was deleted: stored %v, err %v; want not stored", got.stored, got.err)
	}
	if n := rendersStored(t, db); n != 0 {
		t.Errorf("%d stored pages outlived their row", n)
	}
}

// TestOrphanedStoredPagesAreSwept: pages whose row is gone (as one stored
// before the insert locked its row could be) are deleted; the others stay.
func TestOrphanedStoredPagesAreSwept(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := testkit.NewDatabase(t)
	st := store.New(rawPool(t, db))
	_, shareID := finished(t, st)
	renderAndStore(t, st, shareID, "b")
	for _, kind := range []string{store.KindAssessment, store.KindCanvas, store.KindComparison, store.KindPlan} {
		if _, err := rawPool(t, db).Exec(ctx, `INSERT INTO share_renders (kind, share_id, version, build, html_gzip)
			VALUES ($1, $2, 'v', 'b', 'orphan')`, kind, capability.NewShareID()); err != nil {
			t.Fatal(err)
		}
	}
	deleted, swept, err := st.DeleteOrphanShareRenders(ctx)
	if err != nil || !swept || deleted != 4 {
		t.Fatalf("sweep: deleted %d, swept %v, err %v; want the 4 orphans", deleted, swept, err)
	}
	if n := rows(t, db, `SELECT count(*) FROM share_renders WHERE share_id = $1`, shareID); n != 1 {
		t.Error("the sweep deleted a page whose row is there")
	}
}

// waitForALockWait returns once some session of the database waits for a
// lock: the racing statement has reached the row the open transaction holds.
func waitForALockWait(t *testing.T, db string) {
	t.Helper()
	pool := rawPool(t, db)
	for range 500 {
		var waiting bool
		err := pool.QueryRow(context.Background(),
			`SELECT EXISTS (SELECT FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock')`).Scan(&waiting)
		if err != nil {
			t.Fatal(err)
		}
		if waiting {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the racing statement never waited for the row's lock")
}
