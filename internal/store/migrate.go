package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/crossroads/crossroads/migrations"
)

// Migrate applies every pending migration to the database at databaseURL.
func Migrate(ctx context.Context, databaseURL string, logger *slog.Logger) (err error) {
	db, err := sql.Open("pgx", databaseURL)
	if err != nil {
		return fmt.Errorf("open for migrations: %w", err)
	}
	defer func() { err = errors.Join(err, db.Close()) }()
	return MigrateDB(ctx, db, logger)
}

// MigrateDB applies every pending migration through an open *sql.DB.
func MigrateDB(ctx context.Context, db *sql.DB, logger *slog.Logger) error {
	// Instances starting together on one database take turns: the first
	// applies what is pending under a session advisory lock, the others
	// then find nothing to do. Without it they race to create the same
	// tables and all but one fail.
	// Waiting instances retry every second, for up to five minutes.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 300))
	if err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	// Out of order: migrations are numbered when a piece of work starts and
	// merged when it is done, so a lower number can land after a higher one
	// has been applied (00008 after 00009). Each stands alone.
	provider, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS,
		goose.WithSessionLocker(locker), goose.WithAllowOutofOrder(true))
	if err != nil {
		return fmt.Errorf("goose provider: %w", err)
	}
	results, err := provider.Up(ctx)
	if err != nil {
		return fmt.Errorf("migrate up: %w", err)
	}
	for _, r := range results {
		logger.Info("migration applied", "version", r.Source.Version, "file", r.Source.Path, "duration", r.Duration)
	}
	return nil
}

// MigrationsHash identifies the schema the embedded migrations produce, so
// test harnesses can reuse a migrated template database until they change.
func MigrationsHash() (string, error) {
	h := sha256.New()
	err := fs.WalkDir(migrations.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(migrations.FS, path)
		if err != nil {
			return err
		}
		// A hash.Hash never fails to write.
		_, _ = fmt.Fprintf(h, "%s\x00%d\x00", path, len(b))
		_, _ = h.Write(b)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil)), err
}

// The pgx database/sql driver must be registered for sql.Open("pgx", …).
var _ = stdlib.GetDefaultDriver
