package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasTestNew shows the form that plans a test of one claim
// (?claim=pains.0), pre-filled with our suggestion; a claim the canvas
// does not have is a 404.
func handleCanvasTestNew(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Canvas](r)
		t, ok := web.CanvasSuggestedTest(c.Data, r.URL.Query().Get("claim"))
		if !ok {
			rs.notFound(w, r)
			return
		}
		rs.render(w, r, http.StatusOK, web.CanvasTestPage(web.CanvasPlanTestView(secret, c.Data, t, nil, true)))
	}
}

// handleCanvasTestPlan adds a test card and goes back to the board.
// Invalid input comes back (422) with everything typed, each message next
// to its field; with the database down, "not saved" (503) with the same.
func handleCanvasTestPlan(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret, err := formOwner[store.Canvas](r)
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		t := web.DecodeCanvasTest(r.PostForm)
		notSaved := func() templ.Component {
			v := web.CanvasPlanTestView(secret, c.Data, t, nil, false)
			v.NotSaved = true
			return web.CanvasTestPage(v)
		}
		if err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		if errs := c.Data.ValidateTest(t); len(errs) > 0 {
			rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasTestPage(web.CanvasPlanTestView(secret, c.Data, t, errs, false)))
			return
		}
		data := c.Data
		data.Tests = append([]canvas.TestCard(nil), data.Tests...)
		data.PlanTest(t)
		if err := st.SaveCanvas(r.Context(), c.ID, data); err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		http.Redirect(w, r, web.CanvasEditPath(secret)+web.AfterSaved+"#tests", http.StatusSeeOther)
	}
}

// canvasTestParam is the card the route's {test} names, and false for one
// the canvas does not have.
func canvasTestParam(r *http.Request, c canvas.Canvas) (canvas.TestCard, bool) {
	s := chi.URLParam(r, "test")
	id, err := strconv.Atoi(s)
	if err != nil || strconv.Itoa(id) != s {
		return canvas.TestCard{}, false
	}
	return c.Test(id)
}

// handleCanvasTest shows a test card with the form that records its result.
func handleCanvasTest(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Canvas](r)
		t, ok := canvasTestParam(r, c.Data)
		if !ok {
			rs.notFound(w, r)
			return
		}
		var l canvas.Learning
		if t.Learning != nil {
			l = *t.Learning
		}
		rs.render(w, r, http.StatusOK, web.CanvasTestPage(web.CanvasRecordTestView(secret, c.Data, t, l, nil)))
	}
}

// handleCanvasTestRecord records what a test showed (a learning card): a
// passed test raises its claim's evidence (canvas.RecordLearning), and the
// board and the self-check follow.
func handleCanvasTestRecord(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret, err := formOwner[store.Canvas](r)
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		l := web.DecodeCanvasLearning(r.PostForm, time.Now())
		if err != nil {
			rs.saveFailed(w, r, err, func() templ.Component {
				v := web.CanvasRecordTestView(secret, c.Data, canvas.TestCard{}, l, nil)
				v.NotSaved = true
				return web.CanvasTestPage(v)
			})
			return
		}
		t, ok := canvasTestParam(r, c.Data)
		if !ok {
			rs.notFound(w, r)
			return
		}
		notSaved := func() templ.Component {
			v := web.CanvasRecordTestView(secret, c.Data, t, l, nil)
			v.NotSaved = true
			return web.CanvasTestPage(v)
		}
		if errs := canvas.ValidateLearning(l); len(errs) > 0 {
			rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasTestPage(web.CanvasRecordTestView(secret, c.Data, t, l, errs)))
			return
		}
		data := c.Data
		data.Tests = append([]canvas.TestCard(nil), data.Tests...)
		data.Pains = append([]canvas.PainPoint(nil), data.Pains...)
		data.Dependencies = append([]canvas.Dependency(nil), data.Dependencies...)
		data.RecordLearning(t.ID, l)
		if err := st.SaveCanvas(r.Context(), c.ID, data); err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		http.Redirect(w, r, web.CanvasEditPath(secret)+web.AfterSaved+"#tests", http.StatusSeeOther)
	}
}
