// Package store keeps Crossroads' data in PostgreSQL.
package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrNotFound means no row matches the given capability or id.
var ErrNotFound = errors.New("not found")

// ErrConflict means a unique value is already taken.
var ErrConflict = errors.New("conflict")

// Store is the app's only way into the database.
type Store struct {
	pool *pgxpool.Pool
}

// New wraps an open pool.
func New(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

// Open connects a pool to databaseURL. It does not wait for the database to
// answer, so the app can start (and serve friendly 503s) while it is down.
// Options adjust the pool's configuration (tests use one to count queries).
func Open(ctx context.Context, databaseURL string, options ...func(*pgxpool.Config)) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(databaseURL)
	if err != nil {
		return nil, fmt.Errorf("parse DATABASE_URL: %w", err)
	}
	for _, o := range options {
		o(cfg)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open pool: %w", err)
	}
	return pool, nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	return mapErr(s.pool.Ping(ctx))
}

// mapErr turns driver errors into the store's sentinel errors, once, here.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return ErrNotFound
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return fmt.Errorf("%w: %s", ErrConflict, pgErr.ConstraintName)
	}
	if unreachable(err) || tooSlow(err) {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return err
}

// mapDeleted is mapErr for a statement whose row points at another that
// may have been deleted meanwhile (a foreign key violation, 23503): that
// row is gone, ErrNotFound.
func mapDeleted(err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23503" {
		return fmt.Errorf("%w: %s", ErrNotFound, pgErr.ConstraintName)
	}
	return mapErr(err)
}

// tooSlow reports whether the server gave up on a statement because it took
// too long: statement_timeout cancels it (57014), lock_timeout refuses a
// lock (55P03). The database is there but cannot answer in time, which
// for the person is the same as its being down: try again in a moment.
func tooSlow(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == "57014" || pgErr.Code == "55P03")
}

// unreachable reports whether err means "the database is not there" rather
// than "the query was wrong": refused or dropped connections, server shutdown.
func unreachable(err error) bool {
	var connectErr *pgconn.ConnectError
	if errors.As(err, &connectErr) {
		return true
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		// Class 08 is "connection exception"; 57P01–57P03 are shutdowns and
		// "cannot connect now" during start-up.
		return strings.HasPrefix(pgErr.Code, "08") || strings.HasPrefix(pgErr.Code, "57P")
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return true
	}
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		pgconn.SafeToRetry(err) || pgconn.Timeout(err)
}

// ErrUnavailable means the database could not be reached, or not in time;
// callers answer 503 and the pool reconnects by itself once it is back.
var ErrUnavailable = errors.New("database unavailable")

// IsUnavailable is the one test of "the database cannot do this right now":
// unreachable, or too slow (a statement or lock timeout, or the request's
// own deadline running out, which may happen outside any query). Pages
// answer it with the friendly 503, and forms with everything typed and
// "not saved".
func IsUnavailable(err error) bool {
	return errors.Is(err, ErrUnavailable) || errors.Is(err, context.DeadlineExceeded)
}
