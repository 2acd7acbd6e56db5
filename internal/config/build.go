package config

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"runtime/debug"
)

// BuildID names this build of the server, for what it stores that only
// this build may serve (share pages rendered once, docs/perf.md): the VCS
// revision it was built from, or, for a build from a modified tree or
// without VCS information (go run, go test), a hash of the executable, so
// two different development builds never share stored pages.
// readBuildInfo and executable are debug.ReadBuildInfo and os.Executable.
func BuildID(readBuildInfo func() (*debug.BuildInfo, bool), executable func() (string, error)) string {
	if info, ok := readBuildInfo(); ok {
		var revision string
		modified := false
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if revision != "" && !modified {
			return "rev:" + revision
		}
	}
	if path, err := executable(); err == nil {
		if f, err := os.Open(path); err == nil {
			defer func() { _ = f.Close() }()
			h := sha256.New()
			if _, err := io.Copy(h, f); err == nil {
				return "exe:" + hex.EncodeToString(h.Sum(nil)[:16])
			}
		}
	}
	// Nothing names this build: a value no other process shares, so its
	// stored pages are its own.
	return "run:" + rand.Text()
}
