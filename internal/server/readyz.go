package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crossroads/crossroads/internal/store"
)

// readinessCheckEvery is how long one database check answers /readyz:
// balancers poll every few seconds, and a flood of /readyz from anyone
// costs at most one round trip a second.
const readinessCheckEvery = time.Second

// Readiness says whether this instance should be sent traffic. Once Drain
// is called (shutdown has begun) /readyz answers 503 for good, so a load
// balancer stops routing here while in-flight requests finish.
type Readiness struct {
	draining atomic.Bool

	// mu guards the last database check; a caller arriving during a
	// check waits for it rather than sending its own.
	mu        sync.Mutex
	checkedAt time.Time
	last      readyVerdict
}

// readyVerdict is one answer of the readiness check: why is the detail
// for an operator, empty when ready.
type readyVerdict struct {
	ready bool
	why   string
}

// Drain marks the instance as shutting down.
func (rd *Readiness) Drain() { rd.draining.Store(true) }

// verdict says whether the instance can serve: not shutting down, the
// database answers, and its schema is at least at the version this build
// embeds (latest). A newer schema is fine: during a rolling deploy the
// first new instance migrates while the old ones (whose migrations are
// all applied) keep serving. The database's answer is reused for
// readinessCheckEvery.
func (rd *Readiness) verdict(logger *slog.Logger, st *store.Store, latest int64, latestErr error) readyVerdict {
	if rd.draining.Load() {
		return readyVerdict{why: "shutting down"}
	}
	if latestErr != nil {
		logger.Error("cannot read the embedded migrations", "err", latestErr)
		return readyVerdict{why: "cannot read this build's migrations"}
	}
	rd.mu.Lock()
	defer rd.mu.Unlock()
	if time.Since(rd.checkedAt) < readinessCheckEvery {
		return rd.last
	}
	// Not the request's context: its answer serves the next second's
	// callers too, so one who hangs up must not turn it into a failure.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	version, err := st.SchemaVersion(ctx)
	switch {
	case store.IsUnavailable(err):
		rd.last = readyVerdict{why: "database unavailable"}
	case err != nil:
		logger.Warn("readiness: cannot read the schema version", "err", err)
		rd.last = readyVerdict{why: "database schema not migrated"}
	case version < latest:
		rd.last = readyVerdict{why: fmt.Sprintf("database schema at version %d; this build needs %d", version, latest)}
	default:
		rd.last = readyVerdict{ready: true}
	}
	rd.checkedAt = time.Now()
	return rd.last
}

// handleReadyz answers 200 only when this instance can serve (see
// Readiness.verdict). Why it is not ready, and with it the schema version,
// is told only to a caller on this machine that did not come through the
// trusted proxy (an operator's curl, a local health check); everyone else
// reads "not ready". The metrics listener tells it too (ReadyzHandler).
func handleReadyz(logger *slog.Logger, st *store.Store, rd *Readiness, clients clientAddresses) http.HandlerFunc {
	latest, latestErr := store.LatestMigration()
	return func(w http.ResponseWriter, r *http.Request) {
		writeReadyz(w, rd.verdict(logger, st, latest, latestErr), fromThisMachine(r, clients))
	}
}

// ReadyzHandler is /readyz for a private listener (METRICS_ADDR): the same
// check as the app's, always with its reason.
func ReadyzHandler(logger *slog.Logger, st *store.Store, rd *Readiness) http.Handler {
	latest, latestErr := store.LatestMigration()
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		writeReadyz(w, rd.verdict(logger, st, latest, latestErr), true)
	})
}

func writeReadyz(w http.ResponseWriter, v readyVerdict, detailed bool) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	switch {
	case v.ready:
		_, _ = fmt.Fprintln(w, "ok")
	case detailed:
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = fmt.Fprintln(w, v.why)
	default:
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = fmt.Fprintln(w, "not ready")
	}
}

// fromThisMachine reports whether r came over a loopback connection and
// not through the trusted proxy: a proxy on the same host connects from
// loopback on everyone's behalf, but it sets its header.
func fromThisMachine(r *http.Request, clients clientAddresses) bool {
	if clients.header != "" && len(r.Header.Values(clients.header)) > 0 {
		return false
	}
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	return err == nil && ap.Addr().Unmap().IsLoopback()
}
