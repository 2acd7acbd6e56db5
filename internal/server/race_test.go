//go:build race

package server_test

// raceEnabled says the race detector runs, which multiplies memory.
const raceEnabled = true
