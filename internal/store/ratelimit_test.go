package store_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

func TestCountWriteAllowsTheLimitPerClientPerWindow(t *testing.T) {
	t.Parallel()
	st := store.New(testkit.NewPool(t))
	ctx := context.Background()
	for i := range 3 {
		if ok, err := st.CountWrite(ctx, "203.0.113.7", 3, time.Minute); err != nil || !ok {
			t.Fatalf("write %d: allowed %v, err %v; want allowed", i+1, ok, err)
		}
	}
	for i := range 2 { // rejected writes are not counted, and stay rejected
		if ok, err := st.CountWrite(ctx, "203.0.113.7", 3, time.Minute); err != nil || ok {
			t.Fatalf("write %d over the limit: allowed %v, err %v; want rejected", 4+i, ok, err)
		}
	}
	if ok, err := st.CountWrite(ctx, "203.0.113.8", 3, time.Minute); err != nil || !ok {
		t.Errorf("another client: allowed %v, err %v; want its own budget", ok, err)
	}
}

// TestCountWriteIsAtomicAcrossInstances races many writes from one client
// through two pools (two app instances) at once: exactly the limit gets in.
func TestCountWriteIsAtomicAcrossInstances(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	var instances []*store.Store
	for range 2 {
		pool, err := store.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(pool.Close)
		instances = append(instances, store.New(pool))
	}
	const limit, attempts = 5, 40
	var allowed atomic.Int64
	var wg sync.WaitGroup
	for i := range attempts {
		wg.Go(func() {
			ok, err := instances[i%2].CountWrite(context.Background(), "198.51.100.1", limit, time.Minute)
			if err != nil {
				t.Error(err)
			}
			if ok {
				allowed.Add(1)
			}
		})
	}
	wg.Wait()
	if got := allowed.Load(); got != limit {
		t.Errorf("%d of %d concurrent writes allowed over two instances; want exactly %d", got, attempts, limit)
	}
}

// TestCountWriteWeighsThePreviousWindow: a client who spent far more than the
// limit in the last minute is still limited just after the window turns.
func TestCountWriteWeighsThePreviousWindow(t *testing.T) {
	t.Parallel()
	pool := testkit.NewPool(t)
	st := store.New(pool)
	ctx := context.Background()
	// The first write's row is moved back a window below, so the test needs
	// no copy of how the client is hashed.
	if ok, err := st.CountWrite(ctx, "192.0.2.9", 5, time.Minute); err != nil || !ok {
		t.Fatalf("first write: %v %v", ok, err)
	}
	// Move that row into the previous window and make it huge: 100,000 hits
	// weighted by the remaining overlap stay above 5 unless fewer than 3 ms
	// of the window are left.
	if _, err := pool.Exec(ctx, `UPDATE rate_limits SET window_start = window_start - 60, hits = 100000`); err != nil {
		t.Fatal(err)
	}
	if ok, err := st.CountWrite(ctx, "192.0.2.9", 5, time.Minute); err != nil || ok {
		t.Errorf("write after a flood in the previous window: allowed %v, err %v; want rejected", ok, err)
	}
}

func TestOldRateLimitWindowsAreDeleted(t *testing.T) {
	t.Parallel()
	pool := testkit.NewPool(t)
	ctx := context.Background()
	var current int64
	if err := pool.QueryRow(ctx, `SELECT (floor(extract(epoch FROM now()) / 60) * 60)::bigint`).Scan(&current); err != nil {
		t.Fatal(err)
	}
	// The current window must stay even if a minute turns during the test
	// (it becomes the previous one); windows five and ten minutes old must go.
	for i, start := range []int64{current - 600, current - 300, current} {
		if _, err := pool.Exec(ctx, `INSERT INTO rate_limits (window_start, client, hits) VALUES ($1, $2, 1)`, start, i); err != nil {
			t.Fatal(err)
		}
	}
	n, swept, err := store.New(pool).DeleteOldRateLimitWindows(ctx, time.Minute)
	if err != nil || !swept || n != 2 {
		t.Fatalf("DeleteOldRateLimitWindows = %d, swept %v, err %v; want the 2 old windows", n, swept, err)
	}
	var left []int64
	rows, _ := pool.Query(ctx, `SELECT window_start FROM rate_limits`)
	for rows.Next() {
		var s int64
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		left = append(left, s)
	}
	if err := rows.Err(); err != nil || fmt.Sprint(left) != fmt.Sprint([]int64{current}) {
		t.Errorf("windows left %v (err %v); want only the current one %d", left, err, current)
	}
}

func TestOnlyOneInstanceClearsRateLimitWindows(t *testing.T) {
	t.Parallel()
	pool := testkit.NewPool(t)
	ctx := context.Background()
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(7245002)`); err != nil {
		t.Fatal(err)
	}
	if _, swept, err := store.New(pool).DeleteOldRateLimitWindows(ctx, time.Minute); err != nil || swept {
		t.Fatalf("while another instance clears: swept %v, err %v; want a quiet skip", swept, err)
	}
}

// BenchmarkCountWrite is the price of the shared limit on every write: one
// upsert round trip, spread over many clients as real traffic is.
func BenchmarkCountWrite(b *testing.B) {
	st := store.New(testkit.NewPool(b))
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := st.CountWrite(ctx, fmt.Sprintf("198.18.%d.%d", (i>>8)&255, i&255), 60, time.Minute); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
