package web

// OwnerControls are the sharing and data controls of an owner's private
// page, one panel for every resource, with the notices that confirm what
// the owner's last action did.
type OwnerControls struct {
	// What names the resource: "assessment" (when empty), "canvas",
	// "comparison" or "plan". It picks the panel's wording.
	What          string
	EditURL       string
	ShareURL      string
	RegenerateURL string
	DeleteURL     string
	ExportURL     string
	// VisibilityURL, when set, lets the owner hide free text from the
	// share view (assessments).
	VisibilityURL string
	HideFreeText  bool
	// CompareURL, on the result page, starts a comparison from it.
	CompareURL string

	// Saved, ShareReplaced and VisibilitySet confirm the last action;
	// PathSetAside and PathBroughtBack confirm a "not for me" or its undo.
	Saved, ShareReplaced, VisibilitySet bool
	PathSetAside, PathBroughtBack       bool
}

func (o OwnerControls) what() string {
	if o.What == "" {
		return "assessment"
	}
	return o.What
}

// shareHint says what a friend with the share link sees.
func (o OwnerControls) shareHint() string {
	switch o.what() {
	case "canvas":
		return "Send this to a partner, mentor or friend. They see the canvas and its self-check but can change nothing."
	case "comparison":
		return "Send this to a partner, mentor or friend. They see the comparison and its projection but can change nothing."
	case "plan":
		return "Send this to a partner, mentor or friend. They see the steps and the progress, never your private notes, and can change nothing."
	}
	return "Send this to a partner, mentor or friend. They can read it but change nothing."
}

// editHint says why the private link matters.
func (o OwnerControls) editHint() string {
	if o.what() == "assessment" {
		return "Bookmark it: it is the only way back to change your answers. Anyone with it can edit or delete."
	}
	return "Bookmark it: it is the only way back to this " + o.what() + ". Anyone with it can edit or delete it."
}

func (o OwnerControls) exportLabel() string {
	if o.what() == "assessment" {
		return "Download all my data (JSON)"
	}
	return "Download this " + o.what() + " (JSON)"
}
