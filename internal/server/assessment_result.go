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
		v.Owner.PathSetAside = r.URL.Query().Get("done") == "aside"
		v.Owner.PathBroughtBack = r.URL.Query().Get("done") == "back"
		ownPathLinks(&v.Best, base, a.ShareID)
		for i := range v.Next {
			ownPathLinks(&v.Next[i], base, a.ShareID)
		}
		for i := range v.SetAside {
			v.SetAside[i].BringBackURL = base + "/set-aside/" + v.SetAside[i].ID + "/undo"
		}
		v.Owner.CompareURL = "/comparisons/new?assessment=" + a.ShareID
		rs.render(w, r, http.StatusOK, web.ResultPage(v))
	}
}

// ownPathLinks gives the owner's page its moves for a path: make it a
// 90-day plan, start a canvas (side hustles) or a comparison from it, or
// set it aside.
func ownPathLinks(p *web.PathResult, base, shareID string) {
	q := "?assessment=" + shareID + "&path=" + p.ID
	p.PlanURL = "/plans/new" + q
	p.CompareURL = "/comparisons/new" + q
	if cp, ok := catalog.ByID(p.ID); ok && cp.Mode == catalog.SideHustle {
		p.CanvasURL = "/canvases/new" + q
	}
	p.SetAsideURL = base + "/set-aside/" + p.ID
}
