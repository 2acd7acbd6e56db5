package server

import (
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5/middleware"

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
	how := canvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		v := r.PostForm
		s := canvasEditorState{}
		if p, ok := catalog.ByID(v.Get("path")); ok {
			s.pathID = p.ID
		}
		if id := v.Get("assessment"); capability.ValidShareID(id) {
			s.assessmentShareID = id
		}
		op := parseCanvasOp(v.Get("op"))
		s.in = op.apply(decodeCanvasInput(v))
		data, errs := s.in.toCanvas()
		data.PathID = s.pathID

		if len(errs) > 0 {
			s.errs = errs
			// The link and the free hours make the self-check match the
			// page the person came from; without them it is still useful,
			// so a database that cannot say is no reason to refuse the page.
			la, err := canvasLinkedAssessment(r, st, s.assessmentShareID)
			switch {
			case err == nil:
				s.assessment = &la
			case errors.Is(err, store.ErrNotFound):
			case store.IsUnavailable(err):
				rs.logger.Warn("canvas form shown without its assessment", "err", err, "request_id", middleware.GetReqID(r.Context()))
			default:
				rs.fail(w, r, err)
				return
			}
			rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasEditorPage(canvasEditorView(s, how)))
			return
		}

		secret, hash := capability.NewSecret()
		err := writeUncounted(r)
		if err == nil {
			_, err = st.CreateCanvas(r.Context(), hash, capability.NewShareID(), s.assessmentShareID, s.pathID, data)
		}
		if err != nil {
			rs.saveFailed(w, r, err, canvasNotSaved(s, how))
			return
		}
		http.Redirect(w, r, web.CanvasEditPath(secret)+"?created=1"+op.fragment(s.in), http.StatusSeeOther)
	}
}
