package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
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
			http.Redirect(w, r, web.AssessmentEditPath(secret), http.StatusSeeOther)
			return
		}
		snap := *a.Result
		base := web.AssessmentEditPath(secret)
		v := resultView(def, snap, resultAnswers(a.Answers, snap), false, base)
		v.OlderModel = snap.ModelVersion != scoring.ModelVersion
		if next := def.FirstIncomplete(a.Answers); next < len(def.Sections) {
			v.IncompleteURL = web.AssessmentStepPath(secret, next+1) + "?check=1"
		}
		v.Owner = ownerControls(r, "assessment", origin(cfg, r), base, web.AssessmentViewPath(a.ShareID))
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
		if c := a.CheckedIn; c != nil && len(c.Baseline.Paths) > 0 {
			v.CheckIn = checkInChanges(*c, snap)
		}
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

// checkInChanges says, on the result a plan's check-in made, what changed
// since the result the plan followed before, and where the plan is: the
// person finishing a check-in lands here, and only they hold the plan's
// private link (this page cannot make one).
func checkInChanges(c store.CheckedIn, snap recommendation.Snapshot) *web.PlanChanges {
	name := c.PathID
	if p, ok := catalog.ByID(c.PathID); ok {
		name = p.Name
	}
	return &web.PlanChanges{
		Since: "your previous result",
		Lines: plan.ChangesSince(c.Baseline, snap, c.PathID),
		Note: "You made this self-assessment by checking in on your plan for " + name + " on " + longDate(c.At) +
			". The plan then moved to this result and kept its progress; open it from its private link to see what is due this week.",
	}
}
