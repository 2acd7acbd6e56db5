package server

import (
	"net/http"
	"slices"
	"time"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanStepSave marks one step done, skipped or to do, with its
// private note: a step the plan does not have is a 404; a note too long or
// a status that is not one of the buttons comes back (422) with the note
// as typed; with the database down, "not saved" (503) with the same.
func handlePlanStepSave(rs *responder, cfg config.Config, st *store.Store, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, secret, err := formOwner[store.Plan](r)
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		stepID := chi.URLParam(r, "step")
		edit := web.PlanEditPath(secret)
		status, note, errs := web.DecodeStep(r.PostForm)
		notSaved := func() templ.Component { return web.PlanPage(web.PlanStepNotSaved(edit, stepID, note)) }
		if err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		// Only a step on the page has a form; one the answers left out does not.
		steps := plan.Build(p.Data, planFacts(def, p), scoring.Owner).Steps
		i := slices.IndexFunc(steps, func(d plan.Dated) bool { return d.ID == stepID })
		if i < 0 {
			rs.notFound(w, r)
			return
		}
		if len(errs) > 0 {
			rs.render(w, r, http.StatusUnprocessableEntity, web.PlanPage(stepErrorView(r, cfg, def, p, secret, stepID, note, errs)))
			return
		}
		if err := st.SetPlanStep(r.Context(), p.ID, stepID, stepProgress(steps[i], status, note)); err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		http.Redirect(w, r, edit+web.AfterStepSaved(stepID), http.StatusSeeOther)
	}
}

// stepProgress is step d marked status with note: a new status is dated
// now, an unchanged one keeps its date.
func stepProgress(d plan.Dated, status plan.Status, note string) plan.Progress {
	progress := plan.Progress{Status: status, At: d.Progress.At, Note: note}
	if status != d.Status || progress.At.IsZero() {
		progress.At = time.Now().UTC()
	}
	return progress
}

// stepErrorView is the owner's page with one step's problems shown beside
// it and in the summary, its note as typed.
func stepErrorView(r *http.Request, cfg config.Config, def questionnaire.Definition, p store.Plan, secret, stepID, note string, errs map[string]string) web.PlanView {
	return web.WithStepErrors(ownerPlanView(r, cfg, def, p, secret), stepID, note, errs)
}
