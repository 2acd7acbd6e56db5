package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/web"
)

// handlePathShow renders /paths/{id}, one path's page, or a friendly 404
// that lists the paths there are for an id the catalog does not know. Every page is built once from the
// catalog, so a request costs a map look-up and no database round trip.
func handlePathShow(rs *responder) http.HandlerFunc {
	pages := map[string]web.PathDetail{}
	for _, p := range catalog.All() {
		pages[p.ID] = web.PathDetailView(p)
	}
	index := web.PathIndexView()
	return func(w http.ResponseWriter, r *http.Request) {
		v, ok := pages[chi.URLParam(r, "id")]
		if !ok {
			w.Header().Set("Cache-Control", "no-store")
			rs.render(w, r, http.StatusNotFound, web.PathNotFoundPage(index))
			return
		}
		rs.render(w, r, http.StatusOK, web.PathPage(v))
	}
}
