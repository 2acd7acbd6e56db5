package server

import (
	"net/http"
	"slices"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// canvasBoxParam is the {box} of the route, and false for a box the board
// does not have.
func canvasBoxParam(r *http.Request) (canvas.Box, bool) {
	return canvas.BoxByID(canvas.BoxID(chi.URLParam(r, "box")))
}

// handleCanvasBox shows one box's own form (?walk=1: as a step of the
// "fill it in order" walk).
func handleCanvasBox(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Canvas](r)
		box, ok := canvasBoxParam(r)
		if !ok {
			rs.notFound(w, r)
			return
		}
		rs.render(w, r, http.StatusOK, web.CanvasBoxPage(web.CanvasBoxView(canvasBoxState(c, secret, box, web.CanvasInputFrom(c.Data), r.URL.Query().Get("walk") == "1"))))
	}
}

func canvasBoxState(c store.Canvas, secret string, box canvas.Box, in web.CanvasInput, walk bool) web.CanvasBoxState {
	return web.CanvasBoxState{Secret: secret, Box: box, In: in, Walk: walk, Saved: c.Data,
		PathID: c.PathID, Assessment: (*web.LinkedAssessment)(c.Assessment)}
}

// handleCanvasBoxSave stores one box's fields merged into the stored
// canvas (canvas.SetBox), leaving every other box as it was, and goes back
// to the board, or in a walk to the next box. Adding or removing a row
// saves too and comes back to the form. Invalid input comes back (422)
// with everything typed and nothing stored; with the database down, "not
// saved" (503) with the same.
func handleCanvasBoxSave(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret, err := formOwner[store.Canvas](r)
		box, ok := canvasBoxParam(r)
		if !ok {
			rs.notFound(w, r)
			return
		}
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		walk := r.PostForm.Get("walk") == "1"
		op := web.ParseCanvasOp(r.PostForm.Get("op"))
		typed := op.Apply(web.DecodeCanvasInput(r.PostForm))
		s := canvasBoxState(c, secret, box, web.CanvasInputFrom(c.Data).WithBox(box.ID, typed), walk)
		notSaved := func() templ.Component {
			s.NotSaved = true
			return web.CanvasBoxPage(web.CanvasBoxView(s))
		}
		if err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		from, errs := typed.ToCanvas()
		data := c.Data
		data.SetBox(box.ID, from)
		data.Tests = slices.Clone(c.Data.Tests)
		data.FollowRows(c.Data)
		if errs = web.BoxErrors(box.ID, errs); len(errs) > 0 {
			s.Errs = errs
			rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasBoxPage(web.CanvasBoxView(s)))
			return
		}
		if err := st.SaveCanvas(r.Context(), c.ID, data); err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		next := web.CanvasAfterBox(secret, box.ID, walk, true)
		if !op.IsSave() {
			next = web.CanvasBoxAgain(secret, box.ID, walk, op.Fragment(typed))
		}
		http.Redirect(w, r, next, http.StatusSeeOther)
	}
}
