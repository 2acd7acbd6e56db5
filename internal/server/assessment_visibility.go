package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentVisibility chooses whether the share view shows the
// owner's free-text answers.
func handleAssessmentVisibility(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		var hide bool
		switch r.PostForm.Get("hide_free_text") {
		case "yes":
			hide = true
		case "no":
		default:
			rs.errorPage(w, r, http.StatusBadRequest)
			return
		}
		a, secret := owner[store.Assessment](r)
		if err := st.SetAssessmentHideFreeText(r.Context(), a.ID, hide); err != nil {
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, web.AssessmentResultPath(secret)+web.AfterVisibilitySet, http.StatusSeeOther)
	}
}
