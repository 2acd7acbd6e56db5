package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/store"
)

// writeLimitTimeout bounds the wait for the counters; past it the write goes
// through unchecked rather than waiting on a struggling database twice.
const writeLimitTimeout = 2 * time.Second

// limitWrites caps form posts per client per minute with a friendly 429 and
// Retry-After. Reading is never limited. The counts live in PostgreSQL, so
// every instance enforces one limit per client; each write costs one more
// round trip (one atomic upsert).
//
// It does not use httprate's limiter with a database-backed counter:
// httprate reads the count and increments it in two calls under one
// process-wide mutex, which would queue every write of the instance behind
// two database round trips and still let instances race past the limit.
//
// When the counters cannot be reached the write goes through (fail open)
// with a warning: it then meets the same database and gets the friendly
// 503 that keeps what was typed, instead of a misleading 429.
func limitWrites(rs *responder, st *store.Store, m *metrics.Metrics, perMinute int, trustedHeader string) func(http.Handler) http.Handler {
	if perMinute <= 0 {
		return func(next http.Handler) http.Handler { return next }
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch r.Method {
			case http.MethodGet, http.MethodHead, http.MethodOptions:
				next.ServeHTTP(w, r)
				return
			}
			ctx, cancel := context.WithTimeout(r.Context(), writeLimitTimeout)
			allowed, err := st.CountWrite(ctx, clientIP(r, trustedHeader), perMinute, config.WriteLimitWindow)
			cancel()
			switch {
			case err != nil && r.Context().Err() != nil:
				return // the client went away; nobody is left to answer
			case err != nil:
				m.RateLimitFailedOpen()
				rs.logger.Warn("write rate limit unavailable; letting the write through", "err", err,
					"request_id", middleware.GetReqID(r.Context()))
			case !allowed:
				m.RateLimited()
				w.Header().Set("Retry-After", strconv.Itoa(int(config.WriteLimitWindow/time.Second)))
				rs.errorPage(w, r, http.StatusTooManyRequests)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
