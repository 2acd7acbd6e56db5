package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// canvasOwnerState is the editor of the stored canvas c with the form
// values in, for its owner.
func canvasOwnerState(r *http.Request, cfg config.Config, c store.Canvas, secret string, in web.CanvasInput) web.CanvasEditorState {
	return web.CanvasEditorState{
		In:         in,
		PathID:     c.PathID,
		Assessment: (*web.LinkedAssessment)(c.Assessment),
		Secret:     secret,
		Owner:      web.NewOwnerControls("canvas", origin(cfg, r), web.CanvasEditPath(secret), web.CanvasViewPath(c.ShareID), done(r)),
	}
}

// handleCanvasEdit shows the owner's canvas form with its self-check and
// the sharing controls. The query says what the last action did
// (?saved=new, ?done=), so the notices survive the redirect.
func handleCanvasEdit(rs *responder, cfg config.Config) http.HandlerFunc {
	how := web.CanvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Canvas](r)
		s := canvasOwnerState(r, cfg, c, secret, web.CanvasInputFrom(c.Data))
		s.Created = justCreated(r)
		rs.render(w, r, http.StatusOK, web.CanvasEditorPage(web.CanvasEditorView(s, how)))
	}
}
