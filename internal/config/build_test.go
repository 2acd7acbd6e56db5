package config

import (
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestBuildIDNamesTheRevisionOrTheExecutable(t *testing.T) {
	dir := t.TempDir()
	exe := func(content string) func() (string, error) {
		path := filepath.Join(dir, content)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return func() (string, error) { return path, nil }
	}
	info := func(settings ...debug.BuildSetting) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) { return &debug.BuildInfo{Settings: settings}, true }
	}
	none := func() (*debug.BuildInfo, bool) { return nil, false }
	clean := info(debug.BuildSetting{Key: "vcs.revision", Value: "abc123"}, debug.BuildSetting{Key: "vcs.modified", Value: "false"})
	dirty := info(debug.BuildSetting{Key: "vcs.revision", Value: "abc123"}, debug.BuildSetting{Key: "vcs.modified", Value: "true"})

	if got := BuildID(clean, exe("one")); got != "rev:abc123" {
		t.Errorf("clean build: %q, want its revision", got)
	}
	a, b := BuildID(dirty, exe("one")), BuildID(dirty, exe("two"))
	if !strings.HasPrefix(a, "exe:") || a == b {
		t.Errorf("two modified builds of one revision: %q and %q; want different executable hashes", a, b)
	}
	if a != BuildID(none, exe("one")) {
		t.Error("the same executable gave different ids")
	}
	missing := func() (string, error) { return "", errors.New("no /proc") }
	x, y := BuildID(none, missing), BuildID(none, missing)
	if !strings.HasPrefix(x, "run:") || x == y {
		t.Errorf("without any name: %q and %q; want a value of this process alone", x, y)
	}
}
