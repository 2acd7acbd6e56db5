package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentDeleteConfirm asks before deleting.
func handleAssessmentDeleteConfirm(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, secret, ok := loadOwnAssessment(rs, st.AssessmentByEditHash, w, r)
		if !ok {
			return
		}
		cancel := assessmentResultPath(secret)
		if !a.Finished {
			cancel = assessmentEditPath(secret)
		}
		rs.render(w, r, http.StatusOK, web.DeleteConfirmPage(web.DeleteConfirm{
			What: "assessment", Action: assessmentEditPath(secret) + "/delete", CancelURL: cancel,
		}))
	}
}

// handleAssessmentDelete removes the assessment and its snapshot for good;
// its edit and share links both 404 afterwards.
func handleAssessmentDelete(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, _, ok := loadOwnAssessment(rs, st.AssessmentByEditHash, w, r)
		if !ok {
			return
		}
		if err := st.DeleteAssessment(r.Context(), a.ID); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.Deleted("assessment"))
	}
}
