package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanDeleteConfirm asks before deleting.
func handlePlanDeleteConfirm(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, secret := owner[store.Plan](r)
		rs.render(w, r, http.StatusOK, web.DeleteConfirmPage(web.DeleteConfirm{
			What: "plan", Action: web.DeletePath(web.PlanEditPath(secret)), CancelURL: web.PlanEditPath(secret),
		}))
	}
}

// handlePlanDelete removes the plan for good; its assessment stays.
func handlePlanDelete(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, _ := owner[store.Plan](r)
		if err := st.DeletePlan(r.Context(), p.ID); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.Deleted("plan"))
	}
}
