package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasEdit shows the owner's canvas form with its self-check and
// the sharing controls. The query says what the last action did
// (?created, ?saved, ?shared), so the notices survive the redirect.
func handleCanvasEdit(rs *responder, cfg config.Config) http.HandlerFunc {
	how := canvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		c := canvasFrom(r)
		q := r.URL.Query()
		s := canvasEditorState{
			in:            inputFromCanvas(c.Data),
			pathID:        c.PathID,
			assessment:    c.Assessment,
			secret:        canvasSecret(r),
			shareID:       c.ShareID,
			origin:        origin(cfg, r),
			created:       q.Has("created"),
			saved:         q.Has("saved"),
			shareReplaced: q.Has("shared"),
		}
		rs.render(w, r, http.StatusOK, web.CanvasEditorPage(canvasEditorView(s, how)))
	}
}
