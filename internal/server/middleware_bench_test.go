package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/metrics"
)

// BenchmarkMiddleware measures single pieces of the chain every request
// passes, each around a handler that does nothing, so that a change to one
// is measured on its own (docs/perf.md, "Cost per person").
func BenchmarkMiddleware(b *testing.B) {
	nothing := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	run := func(b *testing.B, h http.Handler, req *http.Request) {
		w := &discardWriter{h: http.Header{}}
		b.ReportAllocs()
		for b.Loop() {
			clear(w.h)
			h.ServeHTTP(w, req)
		}
	}
	b.Run("securityHeaders", func(b *testing.B) {
		run(b, securityHeaders(true)(nothing), httptest.NewRequest(http.MethodGet, "/", nil))
	})
	b.Run("countRequests", func(b *testing.B) {
		r := chi.NewRouter()
		r.Use(countRequests(metrics.New(), r))
		r.Get("/r/{id}", nothing)
		run(b, r, httptest.NewRequest(http.MethodGet, "/r/abc", nil))
	})
	b.Run("observe", func(b *testing.B) {
		m := metrics.New()
		b.ReportAllocs()
		for b.Loop() {
			m.ObserveRequest(http.MethodGet, "/r/{id}", http.StatusOK, time.Millisecond)
		}
	})
}
