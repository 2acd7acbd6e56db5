package store

import (
	"context"
	"time"
)

// draftSweepLock is the advisory lock key that lets only one instance sweep
// at a time; any constant shared by all instances would do.
const draftSweepLock = 7_245_001

// DeleteStaleDrafts removes unfinished assessments untouched for longer than
// ttl. With several app instances, whoever holds the advisory lock sweeps
// and the others skip (swept=false); running it twice is harmless anyway.
func (s *Store) DeleteStaleDrafts(ctx context.Context, ttl time.Duration) (deleted int64, swept bool, err error) {
	return s.deleteExclusively(ctx, draftSweepLock, `
		DELETE FROM assessments
		WHERE completed_at IS NULL AND updated_at < now() - make_interval(secs => $1)`, ttl.Seconds())
}
