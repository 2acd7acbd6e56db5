package web

// Notices an owner's page can show, named by the ?done= query the action
// that redirected there sets (see AfterSaved and the other landings).
const (
	DoneSaved      = "saved"
	DoneShare      = "share"
	DoneVisibility = "visibility"
)

// Where an owner lands after an action: the page, with the query that
// names the notice to show (read by NewOwnerControls).
const (
	AfterShareReplaced = "?done=" + DoneShare + "#sharing"
	AfterVisibilitySet = "?done=" + DoneVisibility + "#sharing"
	AfterSaved         = "?done=" + DoneSaved
	// AfterCreated lands on a resource's private page the first time, which
	// asks the owner to bookmark it.
	AfterCreated = "?saved=new"
)

// AfterStepSaved lands on the plan's step stepID with its "Saved" line
// (read by OwnerPlanView).
func AfterStepSaved(stepID string) string {
	return "?done=step&step=" + stepID + "#step-" + stepID
}

// NewOwnerControls is the owner panel of a resource ("assessment",
// "canvas", "comparison" or "plan") with the edit path edit and the view
// path view under origin; done is the notice of the action that redirected
// here (the page's ?done= value, or "").
func NewOwnerControls(what, origin, edit, view, done string) *OwnerControls {
	return &OwnerControls{
		What:          what,
		EditURL:       origin + edit,
		ShareURL:      origin + view,
		RegenerateURL: ReplaceSharePath(edit),
		DeleteURL:     DeletePath(edit),
		ExportURL:     ExportPath(edit),
		Saved:         done == DoneSaved,
		ShareReplaced: done == DoneShare,
		VisibilitySet: done == DoneVisibility,
	}
}
