package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleComparisonSave stores changes: invalid input comes back (422) with
// every value as typed, and with the database down or too slow, "not
// saved" (503) with the same.
func handleComparisonSave(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret, err := formOwner[store.Comparison](r)
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		edit := web.ComparisonEditPath(secret)
		s, typed, errs := web.DecodeComparison(r.PostForm)
		if err == nil && len(errs) > 0 {
			rs.render(w, r, http.StatusUnprocessableEntity, web.ComparisonPage(web.ComparisonEditor(edit, s, typed, errs, c.AssessmentAnswers, "")))
			return
		}
		if err == nil {
			err = st.SaveComparison(r.Context(), c.ID, s)
		}
		if err != nil {
			rs.saveFailed(w, r, err, comparisonNotSaved(edit, s, typed, c.AssessmentAnswers, ""))
			return
		}
		http.Redirect(w, r, edit+web.AfterSaved+"#projection-heading", http.StatusSeeOther)
	}
}
