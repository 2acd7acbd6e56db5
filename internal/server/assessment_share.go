package server

import (
	"github.com/crossroads/crossroads/web"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

// handleAssessmentShareRegenerate replaces the share id; the old share link
// answers 404 from then on.
func handleAssessmentShareRegenerate(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, secret := owner[store.Assessment](r)
		if err := st.ReplaceAssessmentShareID(r.Context(), a.ID, capability.NewShareID()); err != nil {
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, web.AssessmentResultPath(secret)+web.AfterShareReplaced, http.StatusSeeOther)
	}
}

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
