package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentResult is the owner's result page, with the sharing,
// export and delete controls. One database round trip. With ?lift= it
// shows the ranking scored again without the named must-haves (a model-3
// result only), saving nothing.
func handleAssessmentResult(rs *responder, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, secret := owner[store.Assessment](r)
		if a.Result == nil {
			http.Redirect(w, r, web.AssessmentEditPath(secret), http.StatusSeeOther)
			return
		}
		snap := *a.Result
		answers := resultAnswers(a.Answers, snap)
		lift := liftedMustHaves(r.URL.Query().Get("lift"))
		if len(lift) > 0 && snap.ModelVersion == scoring.ModelVersion {
			snap = scoreLifting(def, answers, a.SetAside, lift)
		} else {
			lift = nil
		}
		o := web.OwnerResult{Snap: snap, Answers: answers, Current: a.Answers, Lifted: lift,
			Origin: origin(cfg, r), Secret: secret, ShareID: a.ShareID, HideFreeText: a.HideFreeText, Done: done(r)}
		if c := a.CheckedIn; c != nil {
			o.CheckIn = &web.CheckIn{PathID: c.PathID, Baseline: c.Baseline, At: c.At}
		}
		rs.render(w, r, http.StatusOK, web.ResultPage(web.OwnerResultView(def, o)))
	}
}
