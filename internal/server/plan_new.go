package server

import (
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanNew previews the plan for a path of a finished assessment
// (?assessment=<share id>&path=<id>, the result page's "Make this my
// plan") with its start date, before anything is saved. One round trip.
func handlePlanNew(rs *responder, st *store.Store, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		shareID, pathID := r.URL.Query().Get("assessment"), r.URL.Query().Get("path")
		a, ok := planSource(w, r, rs, st, shareID, pathID)
		if !ok {
			return
		}
		now := today()
		rs.render(w, r, http.StatusOK, web.PlanPage(planPreview(def, a.Answers, shareID, pathID, web.StartField(now.Format(plan.DateLayout), ""), now)))
	}
}

// planSource reads the finished assessment a new plan comes from, and
// answers a link that cannot make one (a malformed or unknown share id, an
// unfinished assessment, a path the catalog does not know) with the 404.
func planSource(w http.ResponseWriter, r *http.Request, rs *responder, st *store.Store, shareID, pathID string) (store.Assessment, bool) {
	if _, known := catalog.ByID(pathID); !known || !capability.ValidShareID(shareID) {
		rs.notFound(w, r)
		return store.Assessment{}, false
	}
	a, err := st.AssessmentByShareID(r.Context(), shareID)
	if err == nil && a.Result == nil {
		err = store.ErrNotFound
	}
	if err != nil {
		rs.fail(w, r, err)
		return store.Assessment{}, false
	}
	return a, true
}

// planPreview is the plan of answers for a path, starting on the date in
// start (as typed), with the form that saves it.
func planPreview(def questionnaire.Definition, answers questionnaire.Answers, shareID, pathID string, start web.Field, now time.Time) web.PlanView {
	p := plan.Plan{PathID: pathID, Start: now.Format(plan.DateLayout)}
	if d, err := time.Parse(plan.DateLayout, start.Value); err == nil {
		p.Start = d.Format(plan.DateLayout)
	}
	return web.PlanPreview(plan.Build(p, plan.FactsOf(def, answers, false), scoring.Owner), now, shareID, pathID, start)
}
