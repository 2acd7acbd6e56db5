package server

import (
	"errors"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/compare"
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
			switch {
			case errors.Is(err, store.ErrNotFound) || (err == nil && a.Result == nil):
				shareID = "" // unknown or unfinished: compare without it
			case err != nil:
				rs.fail(w, r, err)
				return
			default:
				answers = a.Answers
				for _, p := range a.Result.Paths {
					ranked = append(ranked, p.ID)
				}
			}
		}
		s, _ := compare.New(compare.DefaultPaths(ranked, r.URL.Query().Get("path")), answers)
		v := web.ComparisonEditor("/comparisons", s, nil, nil, answers, shareID)
		if shareID != "" {
			v.AssessmentURL = web.AssessmentViewPath(shareID)
		}
		rs.render(w, r, http.StatusOK, web.ComparisonPage(v))
	}
}
