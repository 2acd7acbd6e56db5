package web

import "time"

// PlanView is a 90-day plan page: the owner's (with its forms), the
// preview before it is saved (Create set), or the read-only share view
// (Owner and Create nil), which speaks of the owner in the third person.
type PlanView struct {
	Title    string
	PathName string
	PathURL  string
	Track    string
	TrackLbl string
	// Dates is when the plan runs and at what pace, in one line.
	Dates string
	// Pace says where the weekly hours come from and that every step's
	// hours are our estimate.
	Pace     string
	Progress PlanProgress
	// ThisWeek are the steps due in the next seven days or overdue (owner
	// only); NextUp, when none is, the first step still to do.
	ThisWeek []PlanStep
	NextUp   *PlanStep
	Groups   []PlanGroup
	// LeftOut are steps the answers already cover, with the reason.
	LeftOut []PlanStep
	// Changes says what changed since the plan was made or last checked in
	// (owner only; nil when there is nothing to compare).
	Changes *PlanChanges

	// The owner's controls.
	Owner         *OwnerControls
	StartForm     *PlanStartForm
	CheckInURL    string
	CalendarURL   string
	AssessmentURL string
	JustCreated   bool
	CheckedIn     bool
	EditURL       string
	Errors        []FieldError
	NotSaved      bool

	// Create is the form of a plan not saved yet.
	Create *PlanCreate

	ExportURL string
	Social    *Social
}

// PlanProgress is how far the plan has come.
type PlanProgress struct {
	Done, Skipped, Total int
	Text                 string
}

// PlanGroup is the steps due in one stretch of the plan.
type PlanGroup struct {
	ID, Title string
	Steps     []PlanStep
}

// PlanStep is one step on the page.
type PlanStep struct {
	ID   string
	Text string
	Why  string
	// Quote and Source are the article's words the step rests on.
	Quote  string
	Source *SourceRef
	// Due is the date in words and DueISO as the datetime attribute.
	Due, DueISO string
	Overdue     bool
	Hours       string
	Status      string // "todo", "done", "skipped"
	StatusLabel string
	// LinkURL opens the canvas or comparison prefilled, or the check-in (owner only).
	LinkURL, LinkLabel string
	// Note is the owner's private note; Form its controls (owner only).
	Note string
	Form *PlanStepForm
}

// Anchor is the step's id on the page.
func (s PlanStep) Anchor() string { return "step-" + s.ID }

// PlanStepForm marks a step done, skipped or to do, with its private note.
type PlanStepForm struct {
	Action string
	Note   Field
	// Saved confirms the last change to this step.
	Saved string
}

// PlanStartForm changes the start date.
type PlanStartForm struct {
	Action string
	Start  Field
}

// PlanChanges is what changed in the result since the last baseline.
type PlanChanges struct {
	Since string
	Lines []string
	// Note, if any, follows the changes.
	Note string
}

// PlanCreate is what the preview's form posts to save the plan.
type PlanCreate struct {
	Action, AssessmentShareID, PathID string
	Start                             Field
}

func planTitle(v PlanView) string {
	if len(v.Errors) > 0 {
		return "Error: " + v.Title
	}
	return v.Title
}

// statusButtons are the moves a step's status allows: to do can be done
// or skipped; done and skipped can go back, and skipped can still be done.
func (s PlanStep) statusButtons() []planButton {
	switch s.Status {
	case "done":
		return []planButton{{"todo", "Back to to do", "secondary"}}
	case "skipped":
		return []planButton{{"done", "Mark done", ""}, {"todo", "Back to to do", "secondary"}}
	}
	return []planButton{{"done", "Mark done", ""}, {"skipped", "Skip", "secondary"}}
}

type planButton struct{ Value, Label, Class string }

// dateInputType keeps a typed value that is not a date visible: a date
// input shows only valid dates (YYYY-MM-DD) and would blank anything else.
func dateInputType(value string) string {
	if value == "" {
		return "date"
	}
	if _, err := time.Parse("2006-01-02", value); err == nil {
		return "date"
	}
	return "text"
}
