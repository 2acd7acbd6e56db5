package store

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/pressly/goose/v3"

	"github.com/crossroads/crossroads/migrations"
)

// LatestMigration is the highest migration version this build embeds: the
// schema it needs.
func LatestMigration() (int64, error) {
	names, err := fs.Glob(migrations.FS, "*.sql")
	if err != nil {
		return 0, err
	}
	var latest int64
	for _, name := range names {
		v, err := goose.NumericComponent(name)
		if err != nil {
			return 0, fmt.Errorf("migration %s: %w", name, err)
		}
		latest = max(latest, v)
	}
	return latest, nil
}

// SchemaVersion is the highest migration version applied to the database,
// read the way goose reads it. It is one round trip, so it doubles as a ping.
func (s *Store) SchemaVersion(ctx context.Context) (int64, error) {
	var v *int64
	if err := s.pool.QueryRow(ctx, `SELECT max(version_id) FROM goose_db_version`).Scan(&v); err != nil {
		return 0, mapErr(err)
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}
