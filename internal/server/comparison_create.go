package server

import (
	"errors"
	"net/http"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleComparisonCreate saves a new comparison and hands out its links.
func handleComparisonCreate(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		s, typed, errs := web.DecodeComparison(r.PostForm)
		shareID := r.PostForm.Get("assessment")
		if !capability.ValidShareID(shareID) {
			shareID = ""
		}
		var answers questionnaire.Answers
		if shareID != "" {
			a, err := st.AssessmentByShareID(r.Context(), shareID)
			switch {
			case errors.Is(err, store.ErrNotFound):
				shareID = ""
			case err != nil:
				rs.saveFailed(w, r, err, comparisonNotSaved("/comparisons", s, typed, nil, shareID))
				return
			default:
				answers = a.Answers
			}
		}
		if len(errs) > 0 {
			rs.render(w, r, http.StatusUnprocessableEntity, web.ComparisonPage(web.ComparisonEditor("/comparisons", s, typed, errs, answers, shareID)))
			return
		}
		secret, hash := capability.NewSecret()
		err := writeUncounted(r)
		if err == nil {
			err = st.CreateComparison(r.Context(), hash, capability.NewShareID(), shareID, s)
		}
		if err != nil {
			rs.saveFailed(w, r, err, comparisonNotSaved("/comparisons", s, typed, answers, shareID))
			return
		}
		http.Redirect(w, r, web.ComparisonEditPath(secret)+web.AfterCreated, http.StatusSeeOther)
	}
}

// comparisonNotSaved is the comparison form again with everything typed and "not saved".
func comparisonNotSaved(action string, s compare.Comparison, typed map[string]string, answers questionnaire.Answers, assessmentShareID string) func() templ.Component {
	return func() templ.Component {
		v := web.ComparisonEditor(action, s, typed, nil, answers, assessmentShareID)
		v.NotSaved = true
		return web.ComparisonPage(v)
	}
}
