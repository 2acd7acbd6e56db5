package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentDeleteConfirm asks before deleting.
func handleAssessmentDeleteConfirm(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, secret := owner[store.Assessment](r)
		cancel := web.AssessmentResultPath(secret)
		if !a.Finished {
			cancel = web.AssessmentEditPath(secret)
		}
		rs.render(w, r, http.StatusOK, web.DeleteConfirmPage(web.DeleteConfirm{
			What: "assessment", Action: web.DeletePath(web.AssessmentEditPath(secret)), CancelURL: cancel,
		}))
	}
}

// handleAssessmentDelete removes the assessment and its snapshot for good;
// its edit and share links both 404 afterwards.
func handleAssessmentDelete(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, _ := owner[store.Assessment](r)
		if err := st.DeleteAssessment(r.Context(), a.ID); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.Deleted("assessment"))
	}
}
