package server

import (
	"errors"
	"net/http"
	"slices"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentSetAside is "not for me" on a path of the owner's result
// (keep true: "bring it back"). The result is scored again at once with
// the path ranked last, so the next path becomes the best fit, the close
// call is worked out afresh, and later answer changes keep it aside. It
// needs no JavaScript: a plain form post and a redirect back.
func handleAssessmentSetAside(rs *responder, st *store.Store, def questionnaire.Definition, keep bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		pathID := chi.URLParam(r, "path")
		if _, ok := catalog.ByID(pathID); !ok {
			rs.notFound(w, r)
			return
		}
		a, secret := owner[store.Assessment](r)
		var err error
		for attempt := 1; attempt <= saveAttempts; attempt++ {
			if attempt > 1 { // another tab saved in between: read it again and merge
				if a, err = st.AssessmentByEditHash(r.Context(), capability.Hash(secret)); err != nil {
					break
				}
			}
			if !a.Finished || !def.Complete(a.Answers) {
				http.Redirect(w, r, web.AssessmentEditPath(secret), http.StatusSeeOther)
				return
			}
			aside := slices.DeleteFunc(slices.Clone(a.SetAside), func(id string) bool { return id == pathID })
			if !keep {
				aside = append(aside, pathID)
			}
			err = saveScored(r.Context(), st, def, a.ID, a.Answers, aside, a.UpdatedAt)
			if !errors.Is(err, store.ErrConflict) {
				break
			}
		}
		if err != nil {
			rs.fail(w, r, err)
			return
		}
		done := "?done=aside"
		if keep {
			done = "?done=back"
		}
		http.Redirect(w, r, web.AssessmentResultPath(secret)+done, http.StatusSeeOther)
	}
}
