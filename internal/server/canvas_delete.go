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
		secret := canvasSecret(r)
		rs.render(w, r, http.StatusOK, web.DeleteConfirmPage(web.DeleteConfirm{
			What:      "canvas",
			Action:    canvasDeletePath(secret),
			CancelURL: canvasEditPath(secret),
		}))
	}
}

// handleCanvasDelete removes the canvas for good; its edit, share and
// export links all 404 from then on.
func handleCanvasDelete(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := st.DeleteCanvas(r.Context(), canvasFrom(r).ID); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.Deleted("canvas"))
	}
}
