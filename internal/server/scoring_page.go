package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/web"
)

// handleScoringPage renders the "How scoring works" page from the model's
// own data. It never changes while the process runs, so it is built once.
func handleScoringPage(rs *responder, def questionnaire.Definition) http.HandlerFunc {
	doc := web.ScoringDocOf(scoring.Model(), def)
	return func(w http.ResponseWriter, r *http.Request) {
		rs.render(w, r, http.StatusOK, web.ScoringPage(doc))
	}
}
