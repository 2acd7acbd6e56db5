package config

import (
	"runtime/debug"
	"strconv"
)

// The server's live heap is small (the catalog, templates and pools: a few
// MB) while every page allocates tens of KB that die with the request. With
// Go's default GOGC=100 the collector then runs every few hundred requests,
// and at 16 connections it took about a third of the share page's CPU
// (docs/perf.md). GOGC=400 lets the heap grow to five times the live data
// before collecting, about 30 MB here; the soft memory limit makes the
// collector work harder instead of letting a burst grow the process past it.
const (
	DefaultGCPercent   = 400
	DefaultMemoryLimit = 64 << 20 // bytes
)

// ApplyGCDefaults sets the defaults above unless GOGC or GOMEMLIMIT, which
// the Go runtime reads itself, are set. It returns what it set, for the
// start-up log; the floor in cmd/bench applies the same, so comparisons
// with it are fair.
func ApplyGCDefaults(getenv func(string) string) (applied []string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(DefaultGCPercent)
		applied = append(applied, "GOGC="+strconv.Itoa(DefaultGCPercent))
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(DefaultMemoryLimit)
		applied = append(applied, "GOMEMLIMIT="+strconv.Itoa(DefaultMemoryLimit>>20)+"MiB")
	}
	return applied
}
