package server

import (
	"net/http"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanSave moves the plan's start date: a bad date comes back (422)
// with what was typed next to the field, and with the database down or
// too slow, "not saved" (503) with the same.
func handlePlanSave(rs *responder, cfg config.Config, st *store.Store, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, secret, err := formOwner[store.Plan](r)
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		edit := web.PlanEditPath(secret)
		start, typed, msg := web.DecodeStart(r.PostForm, today())
		if err == nil && msg != "" {
			rs.render(w, r, http.StatusUnprocessableEntity, web.PlanPage(web.WithStartError(ownerPlanView(r, cfg, def, p, secret), typed, msg)))
			return
		}
		if err == nil {
			err = st.SetPlanStart(r.Context(), p.ID, start)
		}
		if err != nil {
			rs.saveFailed(w, r, err, func() templ.Component {
				return web.PlanPage(web.PlanStartNotSaved(edit, typed))
			})
			return
		}
		http.Redirect(w, r, edit+web.AfterSaved+"#dates-heading", http.StatusSeeOther)
	}
}
