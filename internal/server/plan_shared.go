package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanShared is the read-only share view: the steps and progress in
// the third person, never the private notes. One round trip.
func handlePlanShared(rs *responder, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := viewed[store.Plan](r)
		b := plan.Build(p.Data.Shared(), planFacts(def, p), scoring.Viewer)
		v := planView(b, scoring.Viewer, today())
		path := planViewPath(p.ShareID)
		v.ExportURL = exportPath(path)
		// The preview names the path and the progress, never anything typed.
		v.Social = &web.Social{Title: v.Title, URL: origin(cfg, r) + path,
			Description: "Personal steps for the first 90 days, paced to the hours available: " + v.Progress.Text}
		rs.render(w, r, http.StatusOK, web.PlanPage(v))
	}
}
