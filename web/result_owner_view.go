package web

import (
	"time"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
)

// OwnerResult is what the owner's result page is made from, unpacked from
// the stored assessment by the handler.
type OwnerResult struct {
	Snap recommendation.Snapshot
	// Answers are those the result was made from; Current the answers as
	// they are now, which may be newer or incomplete.
	Answers, Current questionnaire.Answers
	// Origin is the public scheme://host; Secret and ShareID the
	// assessment's private and share ids.
	Origin, Secret, ShareID string
	HideFreeText            bool
	// Done is the page's ?done= notice.
	Done string
	// CheckIn, when set, is the plan check-in that made this result.
	CheckIn *CheckIn
}

// CheckIn is a plan's check-in as the result it made shows it.
type CheckIn struct {
	PathID   string
	Baseline plan.Summary
	At       time.Time
}

// OwnerResultView is the owner's result page, with the sharing, export and
// delete controls and the moves for each path.
func OwnerResultView(def questionnaire.Definition, o OwnerResult) Result {
	base := AssessmentEditPath(o.Secret)
	v := ResultView(def, o.Snap, o.Answers, scoring.Owner, false, base)
	v.OlderModel = o.Snap.ModelVersion != scoring.ModelVersion
	if next := def.FirstIncomplete(o.Current); next < len(def.Sections) {
		v.IncompleteURL = AssessmentStepPath(o.Secret, next+1) + "?check=1"
	}
	v.Owner = NewOwnerControls("assessment", o.Origin, base, AssessmentViewPath(o.ShareID), o.Done)
	v.Owner.VisibilityURL = base + "/visibility"
	v.Owner.HideFreeText = o.HideFreeText
	v.Owner.PathSetAside = o.Done == "aside"
	v.Owner.PathBroughtBack = o.Done == "back"
	ownPathLinks(&v.Best, base, o.ShareID)
	for i := range v.Next {
		ownPathLinks(&v.Next[i], base, o.ShareID)
	}
	for i := range v.SetAside {
		v.SetAside[i].BringBackURL = base + "/set-aside/" + v.SetAside[i].ID + "/undo"
	}
	v.Owner.CompareURL = "/comparisons/new?assessment=" + o.ShareID
	if c := o.CheckIn; c != nil && len(c.Baseline.Paths) > 0 {
		v.CheckIn = checkInChanges(*c, o.Snap)
	}
	return v
}

// ownPathLinks gives the owner's page its moves for a path: make it a
// 90-day plan, start a canvas (side hustles) or a comparison from it, or
// set it aside.
func ownPathLinks(p *PathResult, base, shareID string) {
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
func checkInChanges(c CheckIn, snap recommendation.Snapshot) *PlanChanges {
	name := c.PathID
	if p, ok := catalog.ByID(c.PathID); ok {
		name = p.Name
	}
	return &PlanChanges{
		Since: "your previous result",
		Lines: plan.ChangesSince(c.Baseline, snap, c.PathID),
		Note: "You made this self-assessment by checking in on your plan for " + name + " on " + LongDate(c.At) +
			". The plan then moved to this result and kept its progress; open it from its private link to see what is due this week.",
	}
}
