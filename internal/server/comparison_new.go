package server

import (
	"errors"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleComparisonNew shows a ready comparison before anything is saved.
// From an assessment (?assessment=<share id>, optionally &path=<id>) it
// compares the person's best path on each track, weighted by their answers.
func handleComparisonNew(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var answers questionnaire.Answers
		var ranked []string
		shareID := r.URL.Query().Get("assessment")
		if shareID != "" {
			if !capability.ValidShareID(shareID) {
				rs.notFound(w, r)
				return
			}
			a, err := st.AssessmentByShareID(r.Context(), shareID)
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				rs.fail(w, r, err)
				return
			}
			if err == nil && a.Result != nil {
				answers = a.Answers
				if snap, err := decodeSnapshot(a.ID, a.Result); err == nil {
					for _, p := range snap.Paths {
						ranked = append(ranked, p.ID)
					}
				}
			} else {
				shareID = "" // unknown or unfinished: compare without it
			}
		}
		s, d := defaultComparison(defaultPaths(ranked, r.URL.Query().Get("path")), answers)
		v := comparisonView(s, answers)
		v.Form = new(web.ComparisonForm)
		*v.Form, _ = comparisonFormView("/comparisons", "Save and update the comparison", s, nil, nil, d, shareID)
		if shareID != "" {
			v.AssessmentURL = assessmentSharePath(shareID)
		}
		rs.render(w, r, http.StatusOK, web.ComparisonPage(v))
	}
}
