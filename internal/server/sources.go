package server

import (
	"net/http"

	"github.com/crossroads/crossroads/web"
)

// handleSources renders the sources page from the catalog's own citations
// and public figures, so the page lists exactly what the app relies on.
func handleSources(rs *responder) http.HandlerFunc {
	docs, public := web.SourceDocs(web.AllCitations()), web.PublicSourceDocs()
	return func(w http.ResponseWriter, r *http.Request) {
		rs.render(w, r, http.StatusOK, web.SourcesPage(docs, public))
	}
}
