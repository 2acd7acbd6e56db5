package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleComparisonShared is the read-only share view. One round trip.
func handleComparisonShared(rs *responder, cfg config.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := viewed[store.Comparison](r)
		v := comparisonView(c.Data, c.AssessmentAnswers)
		path := comparisonViewPath(c.ShareID)
		v.ExportURL = exportPath(path)
		v.Assumptions = assumptionLines(c.Data, c.AssessmentAnswers)
		// The preview never carries the owner's own figures, such as their goal.
		v.Social = &web.Social{Title: v.Title, URL: origin(cfg, r) + path,
			Description: "Side by side on the same axes, with a source for every figure and a month-by-month income projection."}
		rs.render(w, r, http.StatusOK, web.ComparisonPage(v))
	}
}
