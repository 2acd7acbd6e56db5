package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// draftSweepLock is the advisory lock key that lets only one instance sweep
// at a time; any constant shared by all instances would do.
const draftSweepLock = 7_245_001

// DeleteStaleDrafts removes unfinished assessments untouched for longer than
// ttl. With several app instances, whoever holds the advisory lock sweeps
// and the others skip (swept=false); running it twice is harmless anyway.
func (s *Store) DeleteStaleDrafts(ctx context.Context, ttl time.Duration) (deleted int64, swept bool, err error) {
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock($1)`, draftSweepLock).Scan(&swept); err != nil || !swept {
			return err
		}
		tag, err := tx.Exec(ctx, `
			DELETE FROM assessments
			WHERE completed_at IS NULL AND updated_at < now() - make_interval(secs => $1)`, ttl.Seconds())
		deleted = tag.RowsAffected()
		return err
	})
	return deleted, swept, mapErr(err)
}
