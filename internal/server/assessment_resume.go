package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentResume is where the private link lands: the result when
// the assessment is finished, otherwise the first page still missing answers.
func handleAssessmentResume(def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, secret := owner[store.Assessment](r)
		next := def.FirstIncomplete(a.Answers)
		if next == len(def.Sections) && a.Finished {
			http.Redirect(w, r, web.AssessmentResultPath(secret), http.StatusSeeOther)
			return
		}
		step := min(next+1, len(def.Sections))
		http.Redirect(w, r, web.AssessmentStepPath(secret, step), http.StatusSeeOther)
	}
}
