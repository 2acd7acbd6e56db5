// Package server turns HTTP requests into pages: routing, middleware, forms
// and the handlers for each resource action.
package server

import (
	"fmt"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/store"
)

// Option hands New an operational dependency that the process owns.
type Option func(*ops)

// ops is what an operator watches and steers: metrics and readiness, and
// the pool the write limit counts on.
type ops struct {
	metrics     *metrics.Metrics
	readiness   *Readiness
	writeCounts *store.Store
}

// WithMetrics records requests and rate limits in m; without it the server
// keeps metrics of its own that nothing serves.
func WithMetrics(m *metrics.Metrics) Option { return func(o *ops) { o.metrics = m } }

// WithReadiness lets the caller drain the server through rd; without it
// /readyz never reports shutting down.
func WithReadiness(rd *Readiness) Option { return func(o *ops) { o.readiness = rd } }

// WithWriteCounts has the write limit count posts through counts, a store
// on a small pool of its own (store.WriteCountPool), so that page views
// filling the main pool cannot hold the counts up; without it the counts
// share st's pool.
func WithWriteCounts(counts *store.Store) Option { return func(o *ops) { o.writeCounts = counts } }

// New builds the whole HTTP handler of the app from its dependencies. It
// fails only when a dependency it builds cannot start (the share cards'
// embedded fonts, the gzip writer's options): a broken build, reported to
// run rather than panicking.
func New(logger *slog.Logger, cfg config.Config, st *store.Store, options ...Option) (http.Handler, error) {
	o := ops{}
	for _, opt := range options {
		opt(&o)
	}
	if o.metrics == nil {
		o.metrics = metrics.New()
	}
	if o.readiness == nil {
		o.readiness = &Readiness{}
	}
	if o.writeCounts == nil {
		o.writeCounts = st
	}
	// Share pages are rendered once per content version and stored, and
	// each has a card drawn once (share_stored.go, share_card.go).
	pages := newSharePages(st, cfg)
	clients := newClientAddresses(cfg.TrustedProxyHeader, cfg.TrustedProxyHops)
	cards, err := newShareCards(st, o.metrics, pages.edition, clients)
	if err != nil {
		return nil, fmt.Errorf("share cards: %w", err)
	}
	gzip, err := compress()
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	r := chi.NewRouter()
	addRoutes(r, logger, cfg, st, o, wiring{pages: pages, cards: cards, clients: clients, compress: gzip})
	return r, nil
}

// wiring is what New builds for the routes before it hangs them.
type wiring struct {
	pages    *sharePages
	cards    *shareCards
	clients  clientAddresses
	compress func(http.Handler) http.Handler
}
