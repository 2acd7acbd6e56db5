package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

func TestStaleDraftsExpireButFinishedAssessmentsStay(t *testing.T) {
	t.Parallel()
	pool := testkit.NewPool(t)
	st := store.New(pool)
	ctx := context.Background()
	insert := func(age time.Duration, finished bool) {
		t.Helper()
		_, hash := capability.NewSecret()
		_, err := pool.Exec(ctx, `
			INSERT INTO assessments (edit_hash, share_id, questionnaire_version, updated_at, completed_at, result)
			VALUES ($1, $2, 'q', now() - make_interval(secs => $3),
			        CASE WHEN $4 THEN now() END, CASE WHEN $4 THEN '{}'::jsonb END)`,
			hash, capability.NewShareID(), age.Seconds(), finished)
		if err != nil {
			t.Fatal(err)
		}
	}
	insert(31*24*time.Hour, false) // stale draft: goes
	insert(29*24*time.Hour, false) // recent draft: stays
	insert(90*24*time.Hour, true)  // old but finished: stays

	n, swept, err := st.DeleteStaleDrafts(ctx, 30*24*time.Hour)
	if err != nil || !swept || n != 1 {
		t.Fatalf("DeleteStaleDrafts = %d, swept %v, err %v; want 1 deleted", n, swept, err)
	}
	var left int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM assessments`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 2 {
		t.Errorf("%d assessments left; want 2", left)
	}
}

// TestOnlyOneInstanceSweepsAtATime holds the sweep lock from "another
// instance" and checks that this one skips instead of waiting or failing.
func TestOnlyOneInstanceSweepsAtATime(t *testing.T) {
	t.Parallel()
	pool := testkit.NewPool(t)
	ctx := context.Background()
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback(ctx) }() // the lock only had to be held
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(7245001)`); err != nil {
		t.Fatal(err)
	}
	_, swept, err := store.New(pool).DeleteStaleDrafts(ctx, time.Hour)
	if err != nil || swept {
		t.Fatalf("sweep while another instance holds the lock: swept %v, err %v; want a quiet skip", swept, err)
	}
}
