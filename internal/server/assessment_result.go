package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentResult is the owner's result page, with the sharing,
// export and delete controls. One database round trip.
func handleAssessmentResult(rs *responder, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, secret := owner[store.Assessment](r)
		if a.Result == nil {
			http.Redirect(w, r, assessmentEditPath(secret), http.StatusSeeOther)
			return
		}
		snap := *a.Result
		base := assessmentEditPath(secret)
		v := resultView(def, snap, resultAnswers(a.Answers, snap), false, base)
		v.OlderModel = snap.ModelVersion != scoring.ModelVersion
		if next := def.FirstIncomplete(a.Answers); next < len(def.Sections) {
			v.IncompleteURL = assessmentStepPath(secret, next+1) + "?check=1"
		}
		v.Owner = ownerControls(r, "assessment", origin(cfg, r), base, assessmentViewPath(a.ShareID))
		v.Owner.VisibilityURL = base + "/visibility"
		v.Owner.HideFreeText = a.HideFreeText
		for i := range v.TopPaths {
			q := "?assessment=" + a.ShareID + "&path=" + v.TopPaths[i].ID
			v.TopPaths[i].CompareURL = "/comparisons/new" + q
			if p, ok := catalog.ByID(v.TopPaths[i].ID); ok && p.Mode == catalog.SideHustle {
				v.TopPaths[i].CanvasURL = "/canvases/new" + q
			}
		}
		v.Owner.CompareURL = "/comparisons/new?assessment=" + a.ShareID
		rs.render(w, r, http.StatusOK, web.ResultPage(v))
	}
}
