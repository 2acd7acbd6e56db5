package server

import (
	"net/http"
	"slices"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasSave stores the one-page editor's whole form, whichever
// button was pressed: "Save canvas" (then back to the board), or adding or
// removing a row (back to the editor), so no button ever loses what was
// typed. Invalid input is shown back (422) and nothing is stored; with
// the database down, everything typed comes back "not saved" (503).
func handleCanvasSave(rs *responder, cfg config.Config, st *store.Store) http.HandlerFunc {
	how := web.CanvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret, err := formOwner[store.Canvas](r)
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		op := web.ParseCanvasOp(r.PostForm.Get("op"))
		s := canvasOwnerState(r, cfg, c, secret, op.Apply(web.DecodeCanvasInput(r.PostForm)))
		data, errs := s.In.ToCanvas()
		// The path is fixed when the canvas is created; the form cannot
		// change it. The test cards are not on the form: they stay, each
		// on its row.
		data.PathID = c.PathID
		data.Tests = slices.Clone(c.Data.Tests)
		data.FollowRows(c.Data)
		if err == nil {
			if len(errs) > 0 {
				s.Errs = errs
				rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasEditorPage(web.CanvasEditorView(s, how)))
				return
			}
			err = st.SaveCanvas(r.Context(), c.ID, data)
		}
		if err != nil {
			rs.saveFailed(w, r, err, canvasNotSaved(s, how))
			return
		}
		if op.IsSave() {
			http.Redirect(w, r, web.CanvasEditPath(secret)+web.AfterSaved, http.StatusSeeOther)
			return
		}
		http.Redirect(w, r, web.CanvasEditAllPath(secret)+web.AfterSaved+op.Fragment(s.In), http.StatusSeeOther)
	}
}

// canvasNotSaved is the canvas form again with everything typed and "not saved".
func canvasNotSaved(s web.CanvasEditorState, how web.CanvasHowItWorks) func() templ.Component {
	return func() templ.Component {
		s.NotSaved = true
		return web.CanvasEditorPage(web.CanvasEditorView(s, how))
	}
}
