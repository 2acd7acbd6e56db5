package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/testkit"
)

func TestMain(m *testing.M) { testkit.Main(m) }

// TestSIGTERMLetsInFlightRequestsFinish starts the real binary, holds a
// request in flight (its query waits on a table lock), sends SIGTERM, and
// checks that the request still completes with 200 and the process exits 0.
func TestSIGTERMLetsInFlightRequestsFinish(t *testing.T) {
	t.Parallel()
	dbURL := testkit.NewDatabase(t)
	bin := buildServer(t)
	addr := freeAddr(t)

	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "DATABASE_URL="+dbURL, "ADDR="+addr, "SHUTDOWN_TIMEOUT=10s")
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill() }() // already gone when the test passed
	waitForLine(t, stdout, "Crossroads is ready at")
	go func() { _, _ = io.Copy(io.Discard, stdout) }()

	// A draft assessment the request will read.
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close(ctx) }()
	secret, hash := capability.NewSecret()
	if _, err := conn.Exec(ctx, `INSERT INTO assessments (edit_hash, share_id, questionnaire_version) VALUES ($1, $2, 'test')`,
		hash, capability.NewShareID()); err != nil {
		t.Fatal(err)
	}

	// Hold an exclusive lock so the page's SELECT waits: a slow request.
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `LOCK TABLE assessments IN ACCESS EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}

	type result struct {
		status int
		err    error
	}
	done := make(chan result, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/a/" + secret + "/step/1")
		if err != nil {
			done <- result{err: err}
			return
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
		done <- result{status: resp.StatusCode}
	}()

	waitForLockWaiter(t, conn, dbURL)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// Shutdown has begun: new connections are refused while the slow one waits.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err != nil {
			break
		}
		_ = c.Close()
		if time.Now().After(deadline) {
			t.Fatal("server still accepts connections 5s after SIGTERM")
		}
		time.Sleep(50 * time.Millisecond)
	}
	select {
	case r := <-done:
		t.Fatalf("request finished before the lock was released: %+v", r)
	default:
	}

	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-done:
		if r.err != nil || r.status != http.StatusOK {
			t.Fatalf("in-flight request after SIGTERM: status %d, err %v; want 200", r.status, r.err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("in-flight request did not complete")
	}
	waitErr := make(chan error, 1)
	go func() { waitErr <- cmd.Wait() }()
	select {
	case err := <-waitErr:
		if err != nil {
			t.Fatalf("process exit after SIGTERM: %v; want a clean exit", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("process did not exit after SIGTERM")
	}
}

// waitForLockWaiter returns once a backend is waiting on our table lock, i.e.
// the request is truly in flight inside the handler.
func waitForLockWaiter(t *testing.T, _ *pgx.Conn, dbURL string) {
	t.Helper()
	ctx := context.Background()
	probe, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = probe.Close(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var waiting int
		if err := probe.QueryRow(ctx, `SELECT count(*) FROM pg_locks WHERE NOT granted`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		if waiting > 0 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the request never reached the database")
}

func waitForLine(t *testing.T, r io.Reader, prefix string) {
	t.Helper()
	lines := make(chan string)
	go func() {
		s := bufio.NewScanner(r)
		for s.Scan() {
			if strings.HasPrefix(s.Text(), prefix) {
				lines <- s.Text()
				return
			}
		}
		close(lines)
	}()
	select {
	case _, ok := <-lines:
		if !ok {
			t.Fatalf("server exited before printing %q", prefix)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("server did not print %q within 30s", prefix)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = l.Close() }()
	return l.Addr().String()
}

// TestRunRejectsUnknownCommand keeps the CLI honest about its subcommands.
func TestRunRejectsUnknownCommand(t *testing.T) {
	t.Parallel()
	b := make([]byte, 8)
	rand.Read(b)
	cmd := "nope-" + base64.RawURLEncoding.EncodeToString(b)
	err := run(context.Background(), []string{cmd}, func(k string) string {
		if k == "DATABASE_URL" {
			return "postgres://unused"
		}
		return ""
	}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "unknown command") {
		t.Fatalf("run(%q) = %v; want an unknown-command error", cmd, err)
	}
}

// TestMigrateSubcommandCreatesTheSchema runs `crossroads migrate` in-process
// against an empty database.
func TestMigrateSubcommandCreatesTheSchema(t *testing.T) {
	t.Parallel()
	dbURL := testkit.NewEmptyDatabase(t)
	getenv := func(k string) string {
		if k == "DATABASE_URL" {
			return dbURL
		}
		return ""
	}
	for i := range 2 { // the second run must be a no-op
		if err := run(context.Background(), []string{"migrate"}, getenv, io.Discard); err != nil {
			t.Fatalf("migrate run %d: %v", i+1, err)
		}
	}
	conn, err := pgx.Connect(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close(context.Background()) }()
	var n int
	if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM assessments`).Scan(&n); err != nil {
		t.Fatalf("assessments table missing after migrate: %v", err)
	}
}
