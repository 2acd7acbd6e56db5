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
		Owner:      canvasControls(r, cfg, c, secret),
	}
}

func canvasControls(r *http.Request, cfg config.Config, c store.Canvas, secret string) *web.OwnerControls {
	return web.NewOwnerControls("canvas", origin(cfg, r), web.CanvasEditPath(secret), web.CanvasViewPath(c.ShareID), done(r))
}

// handleCanvasBoard shows the owner's canvas as a board: every box, each
// linked to its own form, the guide, the test cards and the sharing
// controls. The query says what the last action did (?saved=new, ?done=),
// so the notices survive the redirect.
func handleCanvasBoard(rs *responder, cfg config.Config) http.HandlerFunc {
	how := web.CanvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Canvas](r)
		rs.render(w, r, http.StatusOK, web.CanvasBoardPage(web.CanvasBoardView(web.CanvasBoardState{
			Canvas: c.Data, PathID: c.PathID, Assessment: (*web.LinkedAssessment)(c.Assessment),
			Secret: secret, Controls: canvasControls(r, cfg, c, secret), Created: justCreated(r),
		}, how)))
	}
}

// handleCanvasEditAll shows the one-page editor of every box, for people
// who would rather type everything in one go.
func handleCanvasEditAll(rs *responder, cfg config.Config) http.HandlerFunc {
	how := web.CanvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Canvas](r)
		s := canvasOwnerState(r, cfg, c, secret, web.CanvasInputFrom(c.Data))
		rs.render(w, r, http.StatusOK, web.CanvasEditorPage(web.CanvasEditorView(s, how)))
	}
}
