package server

import (
	"errors"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasNew shows a new canvas's short first step (a title and the
// niche), blank or started from a path in
// an assessment (?assessment=<share id>&path=<path id>). A link to a path or
// assessment that does not exist starts a blank, unlinked canvas and says
// so, rather than failing: the person still gets somewhere to work.
func handleCanvasNew(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		s := web.CanvasStartState{}
		if id := q.Get("path"); id != "" {
			if p, ok := catalog.ByID(id); ok {
				s.PathID = p.ID
				s.In = web.CanvasPrefill(p)
			} else {
				s.StartProblem = web.CanvasUnknownPath
			}
		}
		if id := q.Get("assessment"); id != "" {
			la, err := canvasLinkedAssessment(r, st, id)
			switch {
			case errors.Is(err, store.ErrNotFound):
				s.StartProblem = web.CanvasUnknownAssessment
			case err != nil:
				rs.fail(w, r, err)
				return
			default:
				s.Assessment = (*web.LinkedAssessment)(&la)
				s.AssessmentShareID = la.ShareID
			}
		}
		rs.render(w, r, http.StatusOK, web.CanvasStartPage(web.CanvasStartView(s)))
	}
}

// canvasLinkedAssessment reads the assessment a new canvas starts from. A
// share id of the wrong shape is "not found" without a database round trip.
func canvasLinkedAssessment(r *http.Request, st *store.Store, shareID string) (store.LinkedAssessment, error) {
	if !capability.ValidShareID(shareID) {
		return store.LinkedAssessment{}, store.ErrNotFound
	}
	return st.LinkedAssessmentByShareID(r.Context(), shareID)
}
