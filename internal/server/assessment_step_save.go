package server

import (
	"context"
	"errors"
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentStepSave stores page n, whatever button was pressed, so no
// typed answer is ever lost:
//   - "Back" keeps what was typed, even if invalid, and goes to page n-1;
//   - "Save and continue" with problems shows them (422) next to the fields;
//   - a valid page moves on, and a complete assessment is (re-)scored, with
//     answers and snapshot written in one statement.
func handleAssessmentStepSave(rs *responder, st *store.Store, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n, ok := stepNumber(r, len(def.Sections))
		if !ok {
			rs.notFound(w, r)
			return
		}
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		sec := def.Sections[n-1]
		page, errs := sec.Validate(r.PostForm)
		secret := chi.URLParam(r, "secret")
		action := assessmentStepPath(secret, n)

		// notSaved re-shows the page with the typed values when the database
		// is down, instead of a bare error page that would lose them.
		notSaved := func(err error) {
			if !errors.Is(err, store.ErrUnavailable) {
				rs.fail(w, r, err)
				return
			}
			v := stepView(def, n, page, nil, action)
			v.NotSaved = true
			w.Header().Set("Retry-After", "30")
			rs.render(w, r, http.StatusServiceUnavailable, web.AssessmentStepPage(v))
		}

		if !capability.ValidSecret(secret) {
			rs.notFound(w, r)
			return
		}
		a, err := st.AssessmentByEditHash(r.Context(), capability.Hash(secret))
		if errors.Is(err, store.ErrNotFound) {
			rs.notFound(w, r)
			return
		}
		if err != nil {
			notSaved(err)
			return
		}
		answers := questionnaire.Answers(a.Answers).With(sec, page)

		switch {
		case r.PostForm.Get("action") == "back":
			if err := st.SaveAnswers(r.Context(), a.ID, answers); err != nil {
				notSaved(err)
				return
			}
			http.Redirect(w, r, assessmentStepPath(secret, max(n-1, 1)), http.StatusSeeOther)

		case len(errs) > 0:
			if err := st.SaveAnswers(r.Context(), a.ID, answers); err != nil {
				notSaved(err)
				return
			}
			v := stepView(def, n, page, errs, action)
			v.EditURL = origin(cfg, r) + assessmentEditPath(secret)
			rs.render(w, r, http.StatusUnprocessableEntity, web.AssessmentStepPage(v))

		case def.Complete(answers) && (n == len(def.Sections) || a.Result != nil):
			if err := saveScored(r.Context(), st, def, a.ID, answers); err != nil {
				notSaved(err)
				return
			}
			if n == len(def.Sections) {
				http.Redirect(w, r, assessmentResultPath(secret), http.StatusSeeOther)
				return
			}
			http.Redirect(w, r, assessmentStepPath(secret, n+1), http.StatusSeeOther)

		default:
			if err := st.SaveAnswers(r.Context(), a.ID, answers); err != nil {
				notSaved(err)
				return
			}
			if n < len(def.Sections) {
				http.Redirect(w, r, assessmentStepPath(secret, n+1), http.StatusSeeOther)
				return
			}
			// The last page is valid but an earlier one is not: send the
			// person there with its problems shown.
			http.Redirect(w, r, assessmentStepPath(secret, def.FirstIncomplete(answers)+1)+"?check=1", http.StatusSeeOther)
		}
	}
}

// saveScored scores complete answers and stores them with their snapshot.
func saveScored(ctx context.Context, st *store.Store, def questionnaire.Definition, id int64, answers questionnaire.Answers) error {
	snap := scoreAnswers(def, answers)
	return st.SaveResult(ctx, id, answers, snap.ModelVersion, snap)
}
