package server

import (
	"github.com/crossroads/crossroads/web"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

// handlePlanShareRegenerate replaces the share id; the old link 404s.
func handlePlanShareRegenerate(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, secret := owner[store.Plan](r)
		if err := st.ReplacePlanShareID(r.Context(), p.ID, capability.NewShareID()); err != nil {
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, web.PlanEditPath(secret)+web.AfterShareReplaced, http.StatusSeeOther)
	}
}
