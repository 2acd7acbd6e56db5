package store

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// WriteCountConns is the size of the pool the write limit counts on: a
// count holds its connection about a millisecond, so two serve hundreds of
// posts a second, and a pool apart from the one pages read through keeps
// the counts going when a flood of views fills that one.
const WriteCountConns = 2

// WriteCountPool sizes a pool (an Open option) for the write limit's
// counts alone.
func WriteCountPool(c *pgxpool.Config) {
	c.MaxConns = WriteCountConns
	c.MinConns = 0
}

// rateLimitSweepLock is the advisory lock key that lets one instance at a
// time clear old rate-limit windows.
const rateLimitSweepLock = 7_245_002

// countWriteSQL counts one write for a client in the current window unless
// that would take the client over the limit, in one atomic statement, so
// instances racing for the same client can never both squeeze past it.
//
// The rate is httprate's sliding window: the previous window's hits, weighted
// by how much of it still overlaps the last windowLength, plus this window's.
// Rejected writes are not counted, so a client that waits gets its budget
// back. Windows come from the database's clock, which every instance shares,
// rather than from each instance's own.
//
// When the insert's SELECT yields no row (over the limit on the previous
// window alone) or the conflict's WHERE fails, nothing is returned: limited.
const countWriteSQL = `
WITH clock AS (
	SELECT extract(epoch FROM now()) / $2 AS windows
), win AS (
	SELECT (floor(windows) * $2)::bigint AS current_start,
	       1 - (windows - floor(windows)) AS previous_weight
	FROM clock
), previous AS (
	SELECT round(coalesce(
	         (SELECT r.hits FROM rate_limits r WHERE r.client = $1 AND r.window_start = win.current_start - $2::bigint), 0
	       )::numeric * win.previous_weight::numeric)::integer AS hits
	FROM win
)
INSERT INTO rate_limits AS r (window_start, client, hits)
SELECT win.current_start, $1, 1 FROM win, previous
WHERE previous.hits + 1 <= $3
ON CONFLICT (window_start, client) DO UPDATE SET hits = r.hits + 1
WHERE (SELECT hits FROM previous) + r.hits + 1 <= $3
RETURNING r.hits`

// CountWrite records one write by client against limit writes per window
// and reports whether it is allowed. It is one round trip, best made on a
// store of its own (WriteCountPool).
func (s *Store) CountWrite(ctx context.Context, client string, limit int, window time.Duration) (allowed bool, err error) {
	var hits int
	return countVerdict(s.pool.QueryRow(ctx, countWriteSQL, clientKey(client), int64(window/time.Second), limit).Scan(&hits))
}

// countVerdict reads countWriteSQL's outcome: a row is an allowed write,
// no row a limited one, anything else the counters' failure.
func countVerdict(err error) (allowed bool, _ error) {
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, pgx.ErrNoRows):
		return false, nil
	}
	return false, mapErr(err)
}

// DeleteOldRateLimitWindows removes windows that can no longer count towards
// any limit (older than the previous one). As with the draft sweep, one
// instance does it while the others skip (swept=false).
func (s *Store) DeleteOldRateLimitWindows(ctx context.Context, window time.Duration) (deleted int64, swept bool, err error) {
	return s.deleteExclusively(ctx, rateLimitSweepLock, `
		DELETE FROM rate_limits
		WHERE window_start < (floor(extract(epoch FROM now()) / $1) * $1)::bigint - $1::bigint`, int64(window/time.Second))
}

// clientKey is what the table keeps instead of the client's address. It is
// not anonymous (the IPv4 space is small enough to hash whole), but it keeps
// raw addresses out of the database, and a row lives about two minutes.
func clientKey(client string) int64 {
	sum := sha256.Sum256([]byte(client))
	return int64(binary.BigEndian.Uint64(sum[:8]))
}
