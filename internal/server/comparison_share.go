package server

import (
	"github.com/crossroads/crossroads/web"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

// handleComparisonShareRegenerate replaces the share id; the old link 404s.
func handleComparisonShareRegenerate(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Comparison](r)
		if err := st.ReplaceComparisonShareID(r.Context(), c.ID, capability.NewShareID()); err != nil {
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, web.ComparisonEditPath(secret)+web.AfterShareReplaced, http.StatusSeeOther)
	}
}
