package testkit

import (
	"context"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/crossroads/crossroads/internal/store"
)

// Cluster is a PostgreSQL server of the test's own, which it may stop and
// start to see how the app copes with an outage.
type Cluster struct {
	t    testing.TB
	root string
	dir  string
	port string
	URL  string
}

// StartCluster initialises and starts a private, migrated cluster on a free
// loopback port; it is stopped and deleted after the test.
func StartCluster(t testing.TB) *Cluster {
	t.Helper()
	parent, err := os.MkdirTemp("", "crossroads-pg-")
	if err != nil {
		t.Fatal(err)
	}
	// The server runs as the postgres user, which must reach the data folder.
	if err := os.Chmod(parent, 0o755); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	c := &Cluster{t: t, root: RepoRoot(t), dir: filepath.Join(parent, "data"), port: port}
	t.Cleanup(func() {
		_ = c.pg("reset")
		_ = os.RemoveAll(parent)
	})
	c.Start()
	out, err := exec.Command(filepath.Join(c.root, ".ci", "pg"), "url", c.dir, c.port, "ephemeral").Output()
	if err != nil {
		t.Fatal(err)
	}
	c.URL = string(out[:len(out)-1])
	if err := store.Migrate(context.Background(), c.URL, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *Cluster) pg(cmd string) error {
	out, err := exec.Command(filepath.Join(c.root, ".ci", "pg"), cmd, c.dir, c.port, "ephemeral").CombinedOutput()
	if err != nil {
		c.t.Logf(".ci/pg %s: %v\n%s", cmd, err, out)
	}
	return err
}

// Start starts (or restarts) the server.
func (c *Cluster) Start() {
	c.t.Helper()
	if err := c.pg("start"); err != nil {
		c.t.Fatal("start PostgreSQL")
	}
}

// Stop shuts the server down fast, dropping every connection.
func (c *Cluster) Stop() {
	c.t.Helper()
	if err := c.pg("stop"); err != nil {
		c.t.Fatal("stop PostgreSQL")
	}
}
