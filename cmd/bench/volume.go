package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
)

// Files volume writes into -out.
const (
	bytesFile  = "bytes.tsv"  // per table: rows, heap, TOAST, index and total bytes
	volumeFile = "volume.tsv" // what the clean-ups and the write limit took
)

// volume measures what the seeded people cost to keep and to clean up
// after, in this order: the bytes of every table (pg_total_relation_size:
// heap + TOAST + indexes), the write limit's count (store.CountWrite)
// against the seeded counters, then the two sweeps as the server runs
// them (store.DeleteOldRateLimitWindows, store.DeleteStaleDrafts). The
// sweeps delete, so it runs after the load.
func volume(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("volume", flag.ContinueOnError)
	dbURL := fs.String("database-url", "", "the seeded database (required)")
	out := fs.String("out", ".data/bench", "folder for bytes.tsv and volume.tsv")
	ttl := fs.Duration("draft-ttl", defaultMix().draftTTL, "DRAFT_TTL the draft sweep uses")
	counts := fs.Int("counts", 2000, "write-limit counts to time")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbURL == "" || *counts < 1 {
		return errors.New("need -database-url and -counts ≥ 1")
	}
	pool, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	st := store.New(pool)

	if _, err := pool.Exec(ctx, "VACUUM ANALYZE"); err != nil { // the visibility map and statistics as autovacuum would leave them
		return err
	}
	rows, err := pool.Query(ctx, `
		SELECT c.relname, pg_relation_size(c.oid), pg_total_relation_size(c.oid) - pg_relation_size(c.oid) - pg_indexes_size(c.oid),
		       pg_indexes_size(c.oid), pg_total_relation_size(c.oid)
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'goose_db_version'
		ORDER BY pg_total_relation_size(c.oid) DESC`)
	if err != nil {
		return err
	}
	type table struct {
		name                        string
		heap, toast, indexes, total int64
	}
	tables, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (table, error) {
		var t table
		return t, r.Scan(&t.name, &t.heap, &t.toast, &t.indexes, &t.total)
	})
	if err != nil {
		return err
	}
	var tsv strings.Builder
	tsv.WriteString("table\trows\theap_bytes\ttoast_bytes\tindex_bytes\ttotal_bytes\n")
	for _, t := range tables {
		var n int64
		if err := pool.QueryRow(ctx, "SELECT count(*) FROM "+pgx.Identifier{t.name}.Sanitize()).Scan(&n); err != nil {
			return err
		}
		fmt.Fprintf(&tsv, "%s\t%d\t%d\t%d\t%d\t%d\n", t.name, n, t.heap, t.toast, t.indexes, t.total)
	}
	// The finished assessments' own part: their rows (heap and TOAST, not
	// the drafts') and their stored share pages.
	var finished, finishedRowBytes, pages, pageBytes int64
	if err := pool.QueryRow(ctx, `SELECT count(*), coalesce(sum(pg_column_size(a.*)), 0) FROM assessments a WHERE completed_at IS NOT NULL`).Scan(&finished, &finishedRowBytes); err != nil {
		return err
	}
	if err := pool.QueryRow(ctx, `SELECT count(*), coalesce(sum(pg_column_size(r.*)), 0) FROM share_renders r WHERE kind = 'assessment'`).Scan(&pages, &pageBytes); err != nil {
		return err
	}

	var vol strings.Builder
	kv := func(k string, v any) { fmt.Fprintf(&vol, "%s\t%v\n", k, v) }
	kv("finished_assessments", finished)
	kv("finished_row_bytes", finishedRowBytes)
	kv("assessment_pages", pages)
	kv("assessment_page_bytes", pageBytes)

	// The write limit, as a post counts: one statement per post, clients
	// new and returning, against the seeded windows.
	var windowRows int64
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM rate_limits`).Scan(&windowRows); err != nil {
		return err
	}
	kv("rate_limit_rows", windowRows)
	rng := rand.New(rand.NewPCG(27, 27))
	took := make([]time.Duration, 0, *counts)
	for i := range *counts {
		client := fmt.Sprintf("198.51.%d.%d", rng.IntN(256), rng.IntN(256))
		if i%10 == 0 {
			client = "203.0.113.7" // one busy client, limited soon
		}
		start := time.Now()
		if _, err := st.CountWrite(ctx, client, 60, config.WriteLimitWindow); err != nil {
			return fmt.Errorf("count write: %w", err)
		}
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	kv("count_write_n", len(took))
	kv("count_write_p50_us", took[len(took)/2].Microseconds())
	kv("count_write_p99_us", took[len(took)*99/100].Microseconds())
	kv("count_write_max_us", took[len(took)-1].Microseconds())

	start := time.Now()
	cleared, _, err := st.DeleteOldRateLimitWindows(ctx, config.WriteLimitWindow)
	if err != nil {
		return fmt.Errorf("rate-limit sweep: %w", err)
	}
	kv("rate_limit_sweep_deleted", cleared)
	kv("rate_limit_sweep_ms", time.Since(start).Milliseconds())

	var drafts int64
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM assessments WHERE completed_at IS NULL`).Scan(&drafts); err != nil {
		return err
	}
	kv("drafts", drafts)
	start = time.Now()
	swept, _, err := st.DeleteStaleDrafts(ctx, *ttl)
	if err != nil {
		return fmt.Errorf("draft sweep: %w", err)
	}
	kv("draft_sweep_deleted", swept)
	kv("draft_sweep_ms", time.Since(start).Milliseconds())

	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, bytesFile), []byte(tsv.String()), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, volumeFile), []byte(vol.String()), 0o644); err != nil {
		return err
	}
	_, err = fmt.Fprint(stdout, tsv.String(), vol.String())
	return err
}
