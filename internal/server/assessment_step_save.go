package server

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// saveAttempts bounds the read-merge-write retries when other tabs save the
// same assessment at the same moment. Every failed attempt means another
// save succeeded, so a save only fails this often with that many rivals.
const saveAttempts = 10

// handleAssessmentStepSave stores page n, whatever button was pressed, so no
// typed answer is ever lost (within each question's limits: a value past
// them is shown back to be fixed but stored only as far as it fits,
// questionnaire.Section.Bounded):
//   - "Back" keeps what was typed, even if invalid, and goes to page n-1;
//   - "Save and continue" with problems shows them (422) next to the fields;
//   - a valid page moves on.
//
// Whenever the answers are complete and the assessment is finished (or this
// is its last page), it is re-scored in the same statement, so the result
// never lags behind the answers.
func handleAssessmentStepSave(rs *responder, st *store.Store, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, secret, err := formOwner[store.Assessment](r)
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
		back := r.PostForm.Get("action") == "back"
		last := n == len(def.Sections)
		action := web.AssessmentStepPath(secret, n)

		// The page shows back everything typed; what is stored stays
		// within each question's limits.
		stored := sec.Bounded(page)
		var answers questionnaire.Answers
		for attempt := 1; err == nil; attempt++ {
			answers = a.Answers.With(sec, stored)
			finishing := last && !back && len(errs) == 0
			if def.Complete(answers) && (a.Finished || finishing) {
				err = saveScored(r.Context(), st, def, a.ID, answers, a.SetAside, a.UpdatedAt)
			} else {
				err = st.SaveAnswers(r.Context(), a.ID, answers, a.UpdatedAt)
			}
			if !errors.Is(err, store.ErrConflict) || attempt == saveAttempts {
				break
			}
			// Another tab saved since our read: read it again and merge.
			a, err = st.AssessmentByEditHash(r.Context(), capability.Hash(secret))
		}
		if err != nil {
			rs.saveFailed(w, r, err, func() templ.Component {
				v := web.StepView(def, n, page, nil, action)
				v.NotSaved = true
				return web.AssessmentStepPage(v)
			})
			return
		}

		switch {
		case back:
			http.Redirect(w, r, web.AssessmentStepPath(secret, max(n-1, 1)), http.StatusSeeOther)
		case len(errs) > 0:
			v := web.StepView(def, n, page, errs, action)
			v.EditURL = origin(cfg, r) + web.AssessmentEditPath(secret)
			rs.render(w, r, http.StatusUnprocessableEntity, web.AssessmentStepPage(v))
		case !last:
			http.Redirect(w, r, web.AssessmentStepPath(secret, n+1), http.StatusSeeOther)
		case def.Complete(answers):
			http.Redirect(w, r, web.AssessmentResultPath(secret), http.StatusSeeOther)
		default:
			// The last page is valid but an earlier one is not: send the
			// person there with its problems shown.
			http.Redirect(w, r, web.AssessmentStepPath(secret, def.FirstIncomplete(answers)+1)+"?check=1", http.StatusSeeOther)
		}
	}
}

// saveScored scores complete answers and stores them with their snapshot,
// keeping aside the paths the owner ruled out.
func saveScored(ctx context.Context, st *store.Store, def questionnaire.Definition, id int64, answers questionnaire.Answers, setAside []string, seen time.Time) error {
	snap := scoreAnswers(def, answers, setAside)
	return st.SaveResult(ctx, id, answers, store.Result{ModelVersion: snap.ModelVersion, Snapshot: snap, SetAside: setAside}, seen)
}
