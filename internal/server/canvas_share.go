package server

import (
	"github.com/crossroads/crossroads/web"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

// handleCanvasShare replaces the canvas's share id; the old share link
// stops working at once.
func handleCanvasShare(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Canvas](r)
		if err := st.ReplaceCanvasShareID(r.Context(), c.ID, capability.NewShareID()); err != nil {
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, web.CanvasEditPath(secret)+"?shared=1#sharing", http.StatusSeeOther)
	}
}
