package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/store"
)

// writeCountWait bounds the wait for a count, a connection of the count
// pool included. A count takes a millisecond; past this the counters are
// taken to be out of reach.
const writeCountWait = time.Second

// limitWrites caps form posts per client per minute with a friendly 429 and
// Retry-After. Reading is never limited. It sits in front of the router, so
// every post is counted by construction, whatever its route, before any
// other statement is sent: a post costs at most three round trips (this
// count, the read of the document it changes, its write).
//
// The counts live in PostgreSQL, so every instance enforces one limit per
// client, one atomic upsert a write. They are made through counts, a store
// on a small pool of its own (store.WriteCountPool), so a flood of page
// views that fills the main pool cannot make them wait.
//
// When nothing can count (the database is down, or the count pool stays
// busy past writeCountWait), the post goes on uncounted, and what it may do
// depends on what it writes: a post to an existing document (an edit link)
// keeps working, while a post that creates a document is refused with the
// friendly 503 and everything typed (writeUncounted), so a stranger cannot
// create without limit exactly when the database is under strain.
//
// It does not use httprate's limiter with a database-backed counter:
// httprate reads the count and increments it in two calls under one
// process-wide mutex, which would queue every write of the instance behind
// two database round trips and still let instances race past the limit.
func limitWrites(rs *responder, counts *store.Store, m *metrics.Metrics, perMinute int, clients clientAddresses) func(http.Handler) http.Handler {
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
			ctx, cancel := context.WithTimeout(r.Context(), writeCountWait)
			allowed, err := counts.CountWrite(ctx, clients.of(r), perMinute, config.WriteLimitWindow)
			cancel()
			switch {
			case err != nil && errors.Is(r.Context().Err(), context.Canceled):
				return // the client went away; nobody is left to answer
			case err != nil:
				m.RateLimitFailedOpen()
				rs.logger.Warn("write rate limit unavailable; the post goes on uncounted and may create nothing",
					"err", err, "request_id", middleware.GetReqID(r.Context()))
				next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), uncountedKey{}, err)))
			case !allowed:
				m.RateLimited()
				w.Header().Set("Retry-After", strconv.Itoa(int(config.WriteLimitWindow/time.Second)))
				rs.errorPage(w, r, http.StatusTooManyRequests)
			default:
				next.ServeHTTP(w, r)
			}
		})
	}
}

type uncountedKey struct{}

// writeUncounted is why the post could not be counted against the write
// limit, as a store.ErrUnavailable, or nil when it was counted (or the
// limit is off). A handler that creates a document checks it before its
// write and answers it as the outage it is (responder.saveFailed): "not
// saved", everything typed kept.
func writeUncounted(r *http.Request) error {
	err, ok := r.Context().Value(uncountedKey{}).(error)
	if !ok {
		return nil
	}
	return fmt.Errorf("%w: the write limit could not count this post: %w", store.ErrUnavailable, err)
}
