package server

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/metrics"
)

// countRequests records every request under its chi route pattern, never
// its path: paths carry capability secrets, and one label value per secret
// would also grow the metrics without bound.
func countRequests(m *metrics.Metrics) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			done := m.RequestStarted()
			defer done()
			start := time.Now()
			ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
			next.ServeHTTP(ww, r)
			status := ww.Status()
			if status == 0 {
				status = http.StatusOK
			}
			m.ObserveRequest(r.Method, routePattern(r), status, time.Since(start))
		})
	}
}

// routePattern is the pattern chi matched, or "unmatched" for a path no
// route knows.
func routePattern(r *http.Request) string {
	if rc := chi.RouteContext(r.Context()); rc != nil && rc.RoutePattern() != "" {
		return rc.RoutePattern()
	}
	return "unmatched"
}
