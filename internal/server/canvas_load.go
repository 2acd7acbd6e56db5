package server

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

type canvasKey struct{}

// loadCanvas resolves the private edit secret in the URL, with the linked
// assessment in the same query. A malformed secret is a 404 without a
// database round trip.
func loadCanvas(rs *responder, st *store.Store) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			secret, ok := urlSecret(rs, w, r)
			if !ok {
				return
			}
			c, err := st.CanvasByEditHash(r.Context(), capability.Hash(secret))
			if err != nil {
				rs.fail(w, r, err)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), canvasKey{}, c)))
		})
	}
}

// canvasFrom returns the canvas loadCanvas found.
func canvasFrom(r *http.Request) store.Canvas {
	return r.Context().Value(canvasKey{}).(store.Canvas)
}

// canvasSecret is the edit secret of the canvas in the URL.
func canvasSecret(r *http.Request) string { return chi.URLParam(r, "secret") }
