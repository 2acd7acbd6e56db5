package server

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// stepNumber reads {n} from the URL; ok is false for anything but 1..total.
func stepNumber(r *http.Request, total int) (int, bool) {
	n, err := strconv.Atoi(chi.URLParam(r, "n"))
	return n, err == nil && n >= 1 && n <= total
}

// handleAssessmentStep shows questionnaire page n with the saved answers.
// With ?check=1 (sent when finishing found this page incomplete) it also
// shows what is missing.
func handleAssessmentStep(rs *responder, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n, ok := stepNumber(r, len(def.Sections))
		if !ok {
			rs.notFound(w, r)
			return
		}
		a, secret := owner[store.Assessment](r)
		answers := a.Answers
		var errs map[string]string
		if r.URL.Query().Get("check") == "1" {
			_, errs = def.Sections[n-1].Validate(answers)
		}
		v := web.StepView(def, n, answers, errs, web.AssessmentStepPath(secret, n))
		v.EditURL = origin(cfg, r) + web.AssessmentEditPath(secret)
		v.JustCreated = justCreated(r)
		v.DraftDays = int(cfg.DraftTTL.Hours() / 24)
		rs.render(w, r, http.StatusOK, web.AssessmentStepPage(v))
	}
}
