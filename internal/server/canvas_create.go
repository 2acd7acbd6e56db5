package server

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasCreate stores a new canvas from the first submit of the form,
// whichever button was pressed, and sends the owner to its private edit
// link with a "bookmark this" notice. Invalid input is shown back (422)
// with everything typed and nothing stored.
func handleCanvasCreate(rs *responder, st *store.Store) http.HandlerFunc {
	how := web.CanvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		op, s := newCanvasState(r.PostForm)
		data, errs := s.In.ToCanvas()
		data.PathID = s.PathID
		// The short first step comes back as itself when all its problems
		// are its own; a form with every box (the one-page editor's) as that.
		start := r.PostForm.Get("step") == "start" && web.CanvasStartErrors(errs)
		if len(errs) > 0 {
			s.Errs = errs
			if !withLinkedAssessment(w, r, rs, st, &s) {
				return
			}
			if start {
				rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasStartPage(web.CanvasStartView(canvasStartState(s))))
				return
			}
			rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasEditorPage(web.CanvasEditorView(s, how)))
			return
		}
		secret, hash := capability.NewSecret()
		err := writeUncounted(r)
		if err == nil {
			_, err = st.CreateCanvas(r.Context(), hash, capability.NewShareID(), s.AssessmentShareID, s.PathID, data)
		}
		if err != nil {
			if start {
				rs.saveFailed(w, r, err, func() templ.Component {
					ss := canvasStartState(s)
					ss.NotSaved = true
					return web.CanvasStartPage(web.CanvasStartView(ss))
				})
				return
			}
			rs.saveFailed(w, r, err, canvasNotSaved(s, how))
			return
		}
		if r.PostForm.Get("next") == "walk" {
			// The first step was the niche box; the walk goes on from the next.
			http.Redirect(w, r, web.CanvasAfterBox(secret, canvas.BoxNiche, true, false), http.StatusSeeOther)
			return
		}
		http.Redirect(w, r, web.CanvasEditPath(secret)+web.AfterCreated+op.Fragment(s.In), http.StatusSeeOther)
	}
}

// canvasStartState is the first step's state from the editor's.
func canvasStartState(s web.CanvasEditorState) web.CanvasStartState {
	return web.CanvasStartState{In: s.In, Errs: s.Errs, PathID: s.PathID, Assessment: s.Assessment,
		AssessmentShareID: s.AssessmentShareID, StartProblem: s.StartProblem, NotSaved: s.NotSaved}
}

// newCanvasState reads a new canvas's form: the button pressed, and the
// editor with what was typed and the path and assessment it starts from
// (only ones that can exist).
func newCanvasState(v url.Values) (web.CanvasOp, web.CanvasEditorState) {
	s := web.CanvasEditorState{}
	if p, ok := catalog.ByID(v.Get("path")); ok {
		s.PathID = p.ID
	}
	if id := v.Get("assessment"); capability.ValidShareID(id) {
		s.AssessmentShareID = id
	}
	op := web.ParseCanvasOp(v.Get("op"))
	s.In = op.Apply(web.DecodeCanvasInput(v))
	return op, s
}

// withLinkedAssessment reads the assessment a new canvas's form carries,
// so the self-check shown back matches the page the person came from;
// without it the page is still useful, so a database that cannot say is
// no reason to refuse it. Any other failure is answered, and false returned.
func withLinkedAssessment(w http.ResponseWriter, r *http.Request, rs *responder, st *store.Store, s *web.CanvasEditorState) bool {
	la, err := canvasLinkedAssessment(r, st, s.AssessmentShareID)
	switch {
	case err == nil:
		s.Assessment = (*web.LinkedAssessment)(&la)
	case errors.Is(err, store.ErrNotFound):
	case store.IsUnavailable(err):
		rs.logger.Warn("canvas form shown without its assessment", "err", err, "request_id", middleware.GetReqID(r.Context()))
	default:
		rs.fail(w, r, err)
		return false
	}
	return true
}
