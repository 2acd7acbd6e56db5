package web

import "strconv"

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

// DeleteAlsoGoes says what deleting a what deletes with it, n of them: the
// plans made from an assessment (and their check-ins), the results a
// plan's check-ins made. "" when nothing goes with it.
func DeleteAlsoGoes(what string, n int) string {
	if n <= 0 {
		return ""
	}
	switch what {
	case "assessment":
		if n == 1 {
			return "The plan made from it is deleted too, with its check-ins."
		}
		return "The " + strconv.Itoa(n) + " plans made from it are deleted too, with their check-ins."
	case "plan":
		if n == 1 {
			return "The result its check-in made is deleted too."
		}
		return "The " + strconv.Itoa(n) + " results its check-ins made are deleted too."
	}
	return ""
}
