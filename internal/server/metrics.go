package server

import (
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/metrics"
)

// countRequests records every request under its chi route pattern, never
// its path: paths carry capability secrets, and one label value per secret
// would also grow the metrics without bound. routes is the app's router, to
// name the route of a request that middleware answered before routing.
func countRequests(m *metrics.Metrics, routes chi.Routes) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			done := m.RequestStarted()
			defer done()
			start := time.Now()
			// The request logger's wrapper, when it runs first, already
			// sees every status and byte this chain writes.
			ww, wrapped := w.(middleware.WrapResponseWriter)
			if !wrapped {
				ww = middleware.NewWrapResponseWriter(w, r.ProtoMajor)
			}
			next.ServeHTTP(ww, r)
			status := ww.Status()
			if status == 0 {
				status = http.StatusOK
			}
			m.ObserveRequest(r.Method, routePattern(r, routes), status, time.Since(start))
		})
	}
}

// routePattern is the pattern chi matched, or "unmatched" for a path no
// route knows. A request refused before its route was reached (a 429, a
// cross-origin 403: those checks run at a capability prefix's sub-router,
// whose pattern ends in "/*", or before routing) is looked up in the
// router, so it is counted under the route it aimed at; that second lookup
// happens only for such refusals and for 404s, which keep the prefix's
// catch-all.
func routePattern(r *http.Request, routes chi.Routes) string {
	p := chi.RouteContext(r.Context()).RoutePattern() // nil-safe
	if p != "" && !strings.HasSuffix(p, "/*") {
		return p
	}
	if aimed := findRoute(r, routes); aimed != "" {
		return aimed
	}
	if p != "" {
		return p
	}
	return "unmatched"
}

// findRoute is the pattern of the route r's method and path lead to, or "".
func findRoute(r *http.Request, routes chi.Routes) string {
	method := r.Method
	if method == http.MethodHead {
		method = http.MethodGet // as middleware.GetHead routes it
	}
	if p := routes.Find(chi.NewRouteContext(), method, r.URL.Path); p != "" {
		if p != "/" {
			p = strings.TrimSuffix(p, "/") // as RoutePattern reports a sub-router's root
		}
		return p
	}
	return ""
}
