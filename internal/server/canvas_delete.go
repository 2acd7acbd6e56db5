package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasDeleteConfirm asks before deleting, so a stray click on a
// link cannot destroy anything.
func handleCanvasDeleteConfirm(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, secret := owner[store.Canvas](r)
		rs.render(w, r, http.StatusOK, web.DeleteConfirmPage(web.DeleteConfirm{
			What:      "canvas",
			Action:    web.DeletePath(web.CanvasEditPath(secret)),
			CancelURL: web.CanvasEditPath(secret),
		}))
	}
}

// handleCanvasDelete removes the canvas for good; its edit, share and
// export links all 404 from then on.
func handleCanvasDelete(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, _ := owner[store.Canvas](r)
		if err := st.DeleteCanvas(r.Context(), c.ID); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.Deleted("canvas"))
	}
}
