package server

import (
	"errors"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasNew shows a blank canvas form, or one started from a path in
// an assessment (?assessment=<share id>&path=<path id>). A link to a path or
// assessment that does not exist starts a blank, unlinked canvas and says
// so, rather than failing: the person still gets somewhere to work.
func handleCanvasNew(rs *responder, st *store.Store) http.HandlerFunc {
	how := canvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		s := canvasEditorState{}
		if id := q.Get("path"); id != "" {
			if p, ok := catalog.ByID(id); ok {
				s.pathID = p.ID
				s.in = canvasPrefill(p)
			} else {
				s.startProblem = "We do not know the path in that link, so this canvas starts blank."
			}
		}
		if id := q.Get("assessment"); id != "" {
			la, err := canvasLinkedAssessment(r, st, id)
			switch {
			case errors.Is(err, store.ErrNotFound):
				s.startProblem = "We could not find the assessment in that link (its share link may have been replaced), so this canvas will not be linked to it."
			case err != nil:
				rs.fail(w, r, err)
				return
			default:
				s.assessment = &la
				s.assessmentShareID = la.ShareID
			}
		}
		rs.render(w, r, http.StatusOK, web.CanvasEditorPage(canvasEditorView(s, how)))
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
