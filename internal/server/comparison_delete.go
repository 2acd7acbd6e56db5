package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleComparisonDeleteConfirm asks before deleting.
func handleComparisonDeleteConfirm(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, secret := owner[store.Comparison](r)
		rs.render(w, r, http.StatusOK, web.DeleteConfirmPage(web.DeleteConfirm{
			What: "comparison", Action: web.DeletePath(web.ComparisonEditPath(secret)), CancelURL: web.ComparisonEditPath(secret),
		}))
	}
}

// handleComparisonDelete removes the comparison for good.
func handleComparisonDelete(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, _ := owner[store.Comparison](r)
		if err := st.DeleteComparison(r.Context(), c.ID); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.Deleted("comparison"))
	}
}
