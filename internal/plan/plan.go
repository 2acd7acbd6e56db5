// Package plan turns a recommended path into a person's own 90-day plan:
// the path's steps as data, each with the condition that makes it apply
// (a skill below a level, the hours available, the budget, the day-job
// plan, a canvas not yet started…) and the reason it is there, paced to the
// person's weekly hours from a start date they pick.
//
// It is pure Go: no HTTP and no SQL. [Plan] is the stored document (its
// JSON is what is saved and exported); [Build] works out the steps that
// apply, their dates and the progress; [Summarize] and [Changes] keep a
// small snapshot of the result a plan was made from and say what changed
// at a check-in.
//
// Every step's hours are our estimate, not a figure from the sources, and
// the pages say so; nothing here prints a number the articles do not.
package plan

import (
	"time"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// Days is the length of a plan: the dates of the steps that fit in it are
// "within the 90 days"; later ones are listed after it.
const Days = 90

// DateLayout is how a start date is written: in the date input, in the
// stored document and in the calendar.
const DateLayout = "2006-01-02"

// MaxNote bounds a private note, in characters.
const MaxNote = 1000

// Plan is what a saved plan is. Its JSON is the stored document and the
// "plan" part of the owner's export.
type Plan struct {
	PathID string `json:"path_id"`
	// Start is the first day of the plan, as DateLayout.
	Start string `json:"start"`
	// Progress is what the owner did with each step, by step ID. Steps not
	// in it are still to do.
	Progress map[string]Progress `json:"progress"`
	// Answers are the answers the steps read (Inputs), as of the plan's
	// creation or its last check-in: the plan falls back on them when its
	// link to the assessment is gone.
	Answers questionnaire.Answers `json:"answers"`
	// Baseline is the result the plan was made from, or the one it was last
	// checked in against, for "what changed".
	Baseline Summary `json:"baseline"`
	// CheckIns are when the owner checked in, oldest first.
	CheckIns []time.Time `json:"check_ins,omitempty"`
	// CalendarID makes the calendar's event UIDs unique to this plan and
	// stable for its life, so a re-import updates rather than duplicates.
	CalendarID string `json:"calendar_id"`
}

// Status is where a step stands.
type Status string

// The statuses a step can have.
const (
	ToDo    Status = "todo"
	Done    Status = "done"
	Skipped Status = "skipped"
)

// Valid reports whether s is one of the three statuses.
func (s Status) Valid() bool { return s == ToDo || s == Done || s == Skipped }

// Label names the status for a page.
func (s Status) Label() string {
	switch s {
	case Done:
		return "Done"
	case Skipped:
		return "Skipped"
	}
	return "To do"
}

// Progress is what the owner did with one step.
type Progress struct {
	Status Status `json:"status"`
	// At is when the status last changed.
	At time.Time `json:"at"`
	// Note is private: the owner's page shows it, nothing else does.
	Note string `json:"note,omitempty"`
}

// New starts a plan for path from the answers of the result it comes
// from, starting on start.
func New(pathID string, start time.Time, answers questionnaire.Answers, baseline Summary, calendarID string) Plan {
	return Plan{PathID: pathID, Start: start.Format(DateLayout), Progress: map[string]Progress{},
		Answers: Inputs(answers), Baseline: baseline, CalendarID: calendarID}
}

// Path is the plan's catalog path.
func (p Plan) Path() (catalog.Path, bool) { return catalog.ByID(p.PathID) }

// StartDate is Start as a date (midnight UTC); ok is false when it does
// not parse, which a stored plan never has.
func (p Plan) StartDate() (time.Time, bool) {
	d, err := time.Parse(DateLayout, p.Start)
	return d, err == nil
}

// StatusOf is the status of step id.
func (p Plan) StatusOf(id string) Status {
	if pr, ok := p.Progress[id]; ok && pr.Status.Valid() {
		return pr.Status
	}
	return ToDo
}

// Shared is what a share view may show of the plan: the path, the dates
// and the progress, without private notes or the answers behind it.
func (p Plan) Shared() Plan {
	out := Plan{PathID: p.PathID, Start: p.Start, Progress: make(map[string]Progress, len(p.Progress))}
	for id, pr := range p.Progress {
		out.Progress[id] = Progress{Status: pr.Status, At: pr.At}
	}
	return out
}

// Inputs keeps of answers only the questions a plan's steps read, so a
// plan stores no more of an assessment than it needs.
func Inputs(a questionnaire.Answers) questionnaire.Answers {
	out := questionnaire.Answers{}
	for _, id := range inputQuestions() {
		if v, ok := a[id]; ok && len(v) > 0 {
			out[id] = append([]string(nil), v...)
		}
	}
	return out
}

// inputQuestions are the questions Facts reads.
func inputQuestions() []string {
	ids := []string{questionnaire.HustleHours, questionnaire.DayJobHours, questionnaire.DayJob,
		questionnaire.Budget, questionnaire.AITools, questionnaire.Country}
	for _, q := range skillQuestions() {
		ids = append(ids, q)
	}
	return ids
}
