package server

import "net/http"

// handleHealthz answers 200 while the process can answer at all: liveness.
// It deliberately ignores the database (that is /readyz's job), so an
// orchestrator restarting "unhealthy" instances does not restart every one
// of them during a database outage they would ride out by themselves.
func handleHealthz() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write([]byte("ok\n"))
	}
}
