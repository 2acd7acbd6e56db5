package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasSave stores the whole form, whichever button was pressed:
// "Save canvas", or adding or removing a row, so no button ever loses what
// was typed. Invalid input is shown back (422) and nothing is stored. It
// loads the canvas itself rather than through loadCanvas, so that with the
// database down it can still show back what was typed.
func handleCanvasSave(rs *responder, cfg config.Config, st *store.Store) http.HandlerFunc {
	how := canvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		secret, ok := urlSecret(rs, w, r)
		if !ok {
			return
		}
		c, loadErr := st.CanvasByEditHash(r.Context(), capability.Hash(secret))
		if loadErr != nil && !unavailable(loadErr) {
			rs.fail(w, r, loadErr)
			return
		}
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		v := r.PostForm
		op := parseCanvasOp(v.Get("op"))
		s := canvasEditorState{
			in:         op.apply(decodeCanvasInput(v)),
			pathID:     c.PathID,
			assessment: c.Assessment,
			secret:     secret,
			shareID:    c.ShareID,
			origin:     origin(cfg, r),
		}
		data, errs := s.in.toCanvas()
		// The path is fixed when the canvas is created; the form cannot change it.
		data.PathID = c.PathID
		err := loadErr // the database is down: show it all back, "not saved"
		if err == nil {
			if len(errs) > 0 {
				s.errs = errs
				rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasEditorPage(canvasEditorView(s, how)))
				return
			}
			err = st.SaveCanvas(r.Context(), c.ID, data)
		}
		answerCanvasWrite(rs, w, r, err, s, how, canvasEditPath(s.secret)+"?saved=1"+op.fragment(s.in))
	}
}

// answerCanvasWrite answers a create or save: with the database down, the
// form again with everything typed and "not saved"; any other failure, the
// friendly error page; otherwise on to next.
func answerCanvasWrite(rs *responder, w http.ResponseWriter, r *http.Request, err error,
	s canvasEditorState, how web.CanvasHowItWorks, next string) {
	switch {
	case unavailable(err):
		rs.logger.Warn("canvas not saved: database unavailable", "err", err, "request_id", middleware.GetReqID(r.Context()))
		s.notSaved = true
		rs.render(w, r, http.StatusServiceUnavailable, web.CanvasEditorPage(canvasEditorView(s, how)))
	case err != nil:
		rs.fail(w, r, err)
	default:
		http.Redirect(w, r, next, http.StatusSeeOther)
	}
}
