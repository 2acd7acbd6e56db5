package store

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// deleteExclusively runs a clean-up DELETE only if no other instance is
// running the one guarded by the same advisory lock key: whoever gets the
// transaction-scoped lock deletes, the others skip (swept=false) instead of
// waiting to delete what is already gone.
func (s *Store) deleteExclusively(ctx context.Context, lockKey int64, sql string, args ...any) (deleted int64, swept bool, err error) {
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock($1)`, lockKey).Scan(&swept); err != nil || !swept {
			return err
		}
		tag, err := tx.Exec(ctx, sql, args...)
		deleted = tag.RowsAffected()
		return err
	})
	return deleted, swept, mapErr(err)
}
