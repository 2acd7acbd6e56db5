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
func handleAssessmentResult(rs *responder, st *store.Store, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, secret, ok := loadOwnAssessment(rs, st.AssessmentWithResultByEditHash, w, r)
		if !ok {
			return
		}
		if !a.Finished {
			http.Redirect(w, r, assessmentEditPath(secret), http.StatusSeeOther)
			return
		}
		snap, err := decodeSnapshot(a.ID, a.Result)
		if err != nil {
			rs.fail(w, r, err)
			return
		}
		base := assessmentEditPath(secret)
		v := resultView(def, snap, resultAnswers(a.Answers, snap), false, base)
		v.OlderModel = snap.ModelVersion != scoring.ModelVersion
		if next := def.FirstIncomplete(a.Answers); next < len(def.Sections) {
			v.IncompleteURL = assessmentStepPath(secret, next+1) + "?check=1"
		}
		v.Owner = &web.OwnerControls{
			EditURL:         origin(cfg, r) + base,
			ShareURL:        origin(cfg, r) + assessmentSharePath(a.ShareID),
			RegenerateURL:   base + "/share",
			VisibilityURL:   base + "/visibility",
			HideFreeText:    a.HideFreeText,
			DeleteURL:       base + "/delete",
			ExportURL:       base + "/export.json",
			ShareReplaced:   r.URL.Query().Get("done") == "share",
			VisibilitySet:   r.URL.Query().Get("done") == "visibility",
			PathSetAside:    r.URL.Query().Get("done") == "aside",
			PathBroughtBack: r.URL.Query().Get("done") == "back",
		}
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

// ownPathLinks gives the owner's page its moves for a path: start a canvas
// (side hustles) or a comparison from it, or set it aside.
func ownPathLinks(p *web.PathResult, base, shareID string) {
	q := "?assessment=" + shareID + "&path=" + p.ID
	p.CompareURL = "/comparisons/new" + q
	if cp, ok := catalog.ByID(p.ID); ok && cp.Mode == catalog.SideHustle {
		p.CanvasURL = "/canvases/new" + q
	}
	p.SetAsideURL = base + "/set-aside/" + p.ID
}
