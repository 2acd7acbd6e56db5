package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
)

// RecreateScratchDatabase drops and creates the database named in
// databaseURL, through the server's maintenance database, for the load test
// and the benchmarks. Dropping is irreversible, so the name must end in
// suffix (such as "_loadtest"): it can never be the app's own database.
func RecreateScratchDatabase(ctx context.Context, databaseURL, suffix string) (err error) {
	u, err := url.Parse(databaseURL)
	if err != nil {
		return err
	}
	name := strings.TrimPrefix(u.Path, "/")
	if suffix == "" || !strings.HasSuffix(name, suffix) || name == suffix {
		return fmt.Errorf("refusing to recreate database %q: its name must end in %q", name, suffix)
	}
	u.Path = "/postgres"
	conn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, conn.Close(ctx)) }()
	ident := pgx.Identifier{name}.Sanitize()
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+ident+" WITH (FORCE)"); err != nil {
		return err
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE "+ident)
	return err
}
