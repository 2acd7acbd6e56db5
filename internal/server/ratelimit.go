package server

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
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
// every instance enforces one limit per client, one atomic upsert a write.
//
// A post to an edit link ({secret} in its route) reads its document before
// it writes it; there the count rides in the same batch as that read
// (store.CountWriteWithRead, checked by the capability layer's
// checkWriteLimit), so the post stays within two round trips. Every other
// post is counted here, before it reaches its handler.
//
// It does not use httprate's limiter with a database-backed counter:
// httprate reads the count and increments it in two calls under one
// process-wide mutex, which would queue every write of the instance behind
// two database round trips and still let instances race past the limit.
//
// When the counters cannot be reached the write goes through (fail open)
// with a warning: it then meets the same database and gets the friendly
// 503 that keeps what was typed, instead of a misleading 429.
func limitWrites(rs *responder, st *store.Store, m *metrics.Metrics, perMinute int, clients clientAddresses, routes chi.Routes) func(http.Handler) http.Handler {
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
			l := &writeLimit{rs: rs, st: st, m: m, client: clients.of(r), perMinute: perMinute}
			if strings.Contains(routes.Find(chi.NewRouteContext(), r.Method, r.URL.Path), "{secret}") {
				ctx, count := store.CountWriteWithRead(r.Context(), l.client, perMinute, config.WriteLimitWindow, writeLimitTimeout)
				l.count = count
				next.ServeHTTP(w, r.WithContext(context.WithValue(ctx, writeLimitKey{}, l)))
				return
			}
			if l.countNow(w, r) {
				next.ServeHTTP(w, r)
			}
		})
	}
}

// writeLimit is one post's place under the limit.
type writeLimit struct {
	rs        *responder
	st        *store.Store
	m         *metrics.Metrics
	client    string
	perMinute int
	// count is the count sent with the document's read, on edit links.
	count *store.WriteCount
}

type writeLimitKey struct{}

// checkWriteLimit is the capability layer's half of limitWrites: after
// the read of the document behind an edit link, it answers 429 (and
// reports false) if the count that read carried found the client over
// the limit. A post whose read did not carry the count (none should) is
// counted now, so none goes uncounted.
func checkWriteLimit(w http.ResponseWriter, r *http.Request) bool {
	l, ok := r.Context().Value(writeLimitKey{}).(*writeLimit)
	if !ok {
		return true // not a post, or no limit
	}
	sent, allowed, err := l.count.Verdict()
	switch {
	case !sent:
		l.count.CountedApart()
		return l.countNow(w, r)
	case err != nil && errors.Is(r.Context().Err(), context.Canceled):
		return false // the client went away; nobody is left to answer
	}
	// Past the request's deadline too the write fails open: the handler's
	// own read then fails and answers with the friendly 503.
	return l.decide(w, r, allowed, err)
}

// countNow counts the write on its own round trip.
func (l *writeLimit) countNow(w http.ResponseWriter, r *http.Request) bool {
	ctx, cancel := context.WithTimeout(r.Context(), writeLimitTimeout)
	allowed, err := l.st.CountWrite(ctx, l.client, l.perMinute, config.WriteLimitWindow)
	cancel()
	if err != nil && errors.Is(r.Context().Err(), context.Canceled) {
		return false // the client went away; nobody is left to answer
	}
	return l.decide(w, r, allowed, err)
}

// decide lets the write through (true) or answers 429; counters that could
// not be reached let it through with a warning.
func (l *writeLimit) decide(w http.ResponseWriter, r *http.Request, allowed bool, err error) bool {
	switch {
	case err != nil:
		l.m.RateLimitFailedOpen()
		l.rs.logger.Warn("write rate limit unavailable; letting the write through", "err", err,
			"request_id", middleware.GetReqID(r.Context()))
	case !allowed:
		l.m.RateLimited()
		w.Header().Set("Retry-After", strconv.Itoa(int(config.WriteLimitWindow/time.Second)))
		l.rs.errorPage(w, r, http.StatusTooManyRequests)
		return false
	}
	return true
}
