package server

import (
	"net/http"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasTestRemove removes a test card and goes back to the board's
// tests; what a passed test raised stays (canvas.RemoveTest). A card the
// canvas does not have is a 404; with the database down, the card's page
// says nothing was saved (503).
func handleCanvasTestRemove(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret, err := formOwner[store.Canvas](r)
		// On an outage the canvas was not read (c is empty): the card's
		// page says nothing was saved, as recording a result does.
		t, ok := canvasTestParam(r, c.Data)
		if err == nil && !ok {
			rs.notFound(w, r)
			return
		}
		notSaved := func() templ.Component {
			var l canvas.Learning
			if t.Learning != nil {
				l = *t.Learning
			}
			v := web.CanvasRecordTestView(secret, c.Data, t, l, nil)
			v.NotSaved = true
			return web.CanvasTestPage(v)
		}
		if err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		data := c.Data
		data.RemoveTest(t.ID) // a new slice: c.Data's is left as it was
		if err := st.SaveCanvas(r.Context(), c.ID, data); err != nil {
			rs.saveFailed(w, r, err, notSaved)
			return
		}
		http.Redirect(w, r, web.CanvasEditPath(secret)+web.AfterSaved+"#tests", http.StatusSeeOther)
	}
}
