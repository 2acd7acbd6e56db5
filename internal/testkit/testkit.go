// Package testkit is the shared test harness: an isolated PostgreSQL database
// per test, the real server on a random port, a shared headless Chromium, and
// a page-quality check (axe-core + Nu HTML Checker). Tests call Main from
// TestMain so the browser and checker are stopped when the package finishes.
package testkit

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// cleanups run once the whole test binary is done (browser, checker).
var (
	cleanupMu sync.Mutex
	cleanups  []func()
)

func atExit(f func()) {
	cleanupMu.Lock()
	defer cleanupMu.Unlock()
	cleanups = append(cleanups, f)
}

// Main runs the package's tests, then stops the shared helpers they started.
func Main(m *testing.M) {
	code := m.Run()
	cleanupMu.Lock()
	for i := len(cleanups) - 1; i >= 0; i-- {
		cleanups[i]()
	}
	cleanupMu.Unlock()
	os.Exit(code)
}

// RepoRoot finds the module root (the folder holding go.mod).
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := findRepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func findRepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("testkit: go.mod not found above the working directory")
		}
		dir = parent
	}
}
