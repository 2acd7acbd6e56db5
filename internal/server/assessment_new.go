package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentNew shows the first questionnaire page. Nothing is stored
// until the person saves it.
func handleAssessmentNew(rs *responder, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rs.render(w, r, http.StatusOK, web.AssessmentStepPage(web.StepView(def, 1, nil, nil, "/assessments")))
	}
}
