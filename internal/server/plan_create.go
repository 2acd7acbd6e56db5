package server

import (
	"net/http"
	"time"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanCreate saves a plan for a path of a finished assessment and
// hands out its links. A bad start date comes back (422) with what was
// typed; hidden fields that were tampered with are a 404.
func handlePlanCreate(rs *responder, st *store.Store, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		now := today()
		shareID, pathID := r.PostForm.Get("assessment"), r.PostForm.Get("path")
		start, typed, msg := web.DecodeStart(r.PostForm, now)
		a, ok := planSource(w, r, rs, st, shareID, pathID)
		if !ok {
			return
		}
		if msg != "" {
			rs.render(w, r, http.StatusUnprocessableEntity, web.PlanPage(planPreview(def, a.Answers, shareID, pathID, web.StartField(typed, msg), now)))
			return
		}
		d, _ := time.Parse(plan.DateLayout, start)
		data := plan.New(pathID, d, a.Answers, plan.Summarize(*a.Result, pathID, time.Now()), capability.NewShareID())
		secret, hash := capability.NewSecret()
		err := writeUncounted(r)
		if err == nil {
			err = st.CreatePlan(r.Context(), hash, capability.NewShareID(), shareID, data)
		}
		if err != nil {
			rs.saveFailed(w, r, err, func() templ.Component {
				v := planPreview(def, a.Answers, shareID, pathID, web.StartField(typed, ""), now)
				v.NotSaved = true
				return web.PlanPage(v)
			})
			return
		}
		http.Redirect(w, r, web.PlanEditPath(secret)+web.AfterCreated, http.StatusSeeOther)
	}
}
