package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/crossroads/crossroads/internal/store"
)

// Readiness says whether this instance should be sent traffic. Once Drain
// is called (shutdown has begun) /readyz answers 503 for good, so a load
// balancer stops routing here while in-flight requests finish.
type Readiness struct {
	draining atomic.Bool
}

// Drain marks the instance as shutting down.
func (rd *Readiness) Drain() { rd.draining.Store(true) }

// handleReadyz answers 200 only when this instance can serve: not shutting
// down, the database answers, and its schema is at least at the version this
// build embeds. A newer schema is fine: during a rolling deploy the first
// new instance migrates while the old ones (whose migrations are all
// applied) keep serving.
func handleReadyz(logger *slog.Logger, st *store.Store, rd *Readiness) http.HandlerFunc {
	latest, latestErr := store.LatestMigration()
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		notReady := func(why string) {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = fmt.Fprintln(w, why)
		}
		if rd.draining.Load() {
			notReady("shutting down")
			return
		}
		if latestErr != nil {
			logger.Error("cannot read the embedded migrations", "err", latestErr)
			notReady("cannot read this build's migrations")
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		version, err := st.SchemaVersion(ctx)
		switch {
		case store.IsUnavailable(err):
			notReady("database unavailable")
		case err != nil:
			logger.Warn("readiness: cannot read the schema version", "err", err)
			notReady("database schema not migrated")
		case version < latest:
			notReady(fmt.Sprintf("database schema at version %d; this build needs %d", version, latest))
		default:
			_, _ = fmt.Fprintln(w, "ok")
		}
	}
}
