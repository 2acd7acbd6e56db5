package server

import (
	"net/http"

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
		w.Header().Set("Cache-Control", "no-store")
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
			// page the person came from; without them it is still useful.
			if la, err := canvasLinkedAssessment(r, st, s.assessmentShareID); err == nil {
				s.assessment = &la
			}
			rs.render(w, r, http.StatusUnprocessableEntity, web.CanvasEditorPage(canvasEditorView(s, how)))
			return
		}

		secret, hash := capability.NewSecret()
		_, err := st.CreateCanvas(r.Context(), hash, capability.NewShareID(), s.assessmentShareID, s.pathID, data)
		answerCanvasWrite(rs, w, r, err, s, how, canvasEditPath(secret)+"?created=1"+op.fragment(s.in))
	}
}
