package web

import (
	"github.com/crossroads/crossroads/internal/canvas"
	"strconv"
	"time"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
)

// LongDate is a date as the pages write it: "Mon 7 Dec 2026".
func LongDate(d time.Time) string { return d.Format("Mon 2 Jan 2006") }

// PlanViewOf is what every plan page shows: the steps by when they are
// due, each with why it is there, the progress and what was left out, in
// voice v, as of today.
func PlanViewOf(b plan.Built, v scoring.Voice, now time.Time) PlanView {
	pv := PlanView{PathName: b.Path.Name, PathURL: "/paths/" + b.Path.ID,
		Track: string(b.Path.Track), TrackLbl: b.Path.Track.Short(),
		Dates: "Starts " + LongDate(b.Start) + "; day " + strconv.Itoa(plan.Days) + " is " + LongDate(b.End) + ".",
		Pace:  paceText(b),
		Progress: PlanProgress{Done: b.Done, Skipped: b.Skipped, Total: b.Total,
			Text: strconv.Itoa(b.Done) + " of " + strconv.Itoa(b.Total) + " steps done, " + strconv.Itoa(b.Skipped) + " skipped."}}
	pv.Title = v.Possessive + " 90-day plan: " + b.Path.Name
	if v == scoring.Viewer {
		pv.Title = "A 90-day plan: " + b.Path.Name
	}
	groups := []PlanGroup{
		{ID: "first-week", Title: "The first week"},
		{ID: "by-day-30", Title: "By day 30"},
		{ID: "by-day-90", Title: "By day 90"},
		{ID: "after-90", Title: "After day 90, at this pace"},
	}
	for _, d := range b.Steps {
		day := int(d.Due.Sub(b.Start).Hours() / 24)
		g := 3
		switch {
		case day < 7:
			g = 0
		case day < 30:
			g = 1
		case !d.Beyond:
			g = 2
		}
		groups[g].Steps = append(groups[g].Steps, planStepView(d, now))
	}
	for _, g := range groups {
		if len(g.Steps) > 0 {
			pv.Groups = append(pv.Groups, g)
		}
	}
	for _, d := range b.LeftOut {
		pv.LeftOut = append(pv.LeftOut, PlanStep{ID: d.ID, Text: d.Text, Why: d.Why})
	}
	return pv
}

// paceText says what the dates are paced at and that the hours are ours.
func paceText(b plan.Built) string {
	ours := " Each step’s hours are our estimate, not a figure from the sources; fewer hours a week stretch the dates."
	switch {
	case b.HoursGiven:
		return "Paced at " + strconv.Itoa(b.Hours) + " hours a week, the answer given for hours on a new path." + ours
	case b.Hours == plan.MinHours:
		return "No hours a week were given for a new path, so the dates assume " + strconv.Itoa(plan.MinHours) + " hour a week (our floor)." + ours
	}
	return "The hours a week were not answered, so the dates assume " + strconv.Itoa(b.Hours) + ", the questionnaire’s undecided answer." + ours
}

// planStepView is one step as a page shows it, without the owner's controls.
func planStepView(d plan.Dated, now time.Time) PlanStep {
	s := PlanStep{ID: d.ID, Text: d.Text, Why: d.Why,
		Due: LongDate(d.Due), DueISO: d.Due.Format(plan.DateLayout),
		Overdue: d.Status == plan.ToDo && d.Due.Before(now),
		Hours:   "about " + strconv.Itoa(d.Effort) + " hours (our estimate)",
		Status:  string(d.Status), StatusLabel: d.Status.Label()}
	if d.Effort == 1 {
		s.Hours = "about 1 hour (our estimate)"
	}
	if d.Cite != nil {
		s.Quote, s.Source = d.Cite.Quote, sourceRef(d.Cite)
	}
	return s
}

// OwnerPlan is what the owner's plan page is made from, unpacked from
// the stored plan by the handler.
type OwnerPlan struct {
	// Built is the plan as of its facts, in the owner's voice.
	Built plan.Built
	// Plan is the stored document: its start, check-ins and baseline.
	Plan plan.Plan
	// AssessmentShareID is the share id of the assessment the plan
	// follows, "" when it follows none any more; Result is that
	// assessment's result, nil when unknown.
	AssessmentShareID string
	Result            *recommendation.Snapshot
	// Origin is the public scheme://host; Secret and ShareID the plan's
	// private and share ids.
	Origin, Secret, ShareID string
	// Done is the page's ?done= notice, DoneStep the step a "step" notice
	// names, and JustCreated the first visit's "bookmark this".
	Done, DoneStep string
	JustCreated    bool
}

// OwnerPlanView is the owner's page: every step with its form and note,
// what is due this week, what changed, the dates, the check-in and the
// owner panel, as of now.
func OwnerPlanView(o OwnerPlan, now time.Time) PlanView {
	b := o.Built
	v := PlanViewOf(b, scoring.Owner, now)
	edit := PlanEditPath(o.Secret)
	saved := ""
	if o.Done == "step" {
		saved = o.DoneStep
	}
	shareID := o.AssessmentShareID
	if shareID != "" {
		v.AssessmentURL = AssessmentViewPath(shareID)
	}
	for gi := range v.Groups {
		for si := range v.Groups[gi].Steps {
			s := &v.Groups[gi].Steps[si]
			d, _ := b.Step(s.ID)
			ownStep(s, d, edit, shareID, b.Path.ID, saved)
		}
	}
	for _, d := range b.DueBy(now.AddDate(0, 0, 6)) {
		v.ThisWeek = append(v.ThisWeek, planStepView(d, now))
	}
	if rest := b.Remaining(); len(v.ThisWeek) == 0 && len(rest) > 0 {
		next := planStepView(rest[0], now)
		v.NextUp = &next
	}
	if shareID != "" {
		v.Changes = planChanges(o.Plan, o.Result)
	}
	v.StartForm = &PlanStartForm{Action: edit, Start: StartField(o.Plan.Start, "")}
	v.CheckInURL = edit + "/check-in"
	v.CalendarURL = edit + "/calendar.ics"
	v.EditURL = o.Origin + edit
	v.JustCreated = o.JustCreated
	v.Owner = NewOwnerControls("plan", o.Origin, edit, PlanViewPath(o.ShareID), o.Done)
	return v
}

// ownStep gives one step the owner's form, note and prefilled link.
func ownStep(s *PlanStep, d plan.Dated, edit, shareID, pathID, saved string) {
	s.Note = d.Progress.Note
	s.Form = &PlanStepForm{Action: PlanStepPath(edit, d.ID), Note: NoteField(d.ID, d.Progress.Note, "")}
	if saved == d.ID {
		s.Form.Saved = "Saved: " + d.Status.Label() + "."
	}
	q := "?assessment=" + shareID + "&path=" + pathID
	switch d.Link {
	case plan.LinkCanvas:
		if shareID != "" {
			s.LinkURL, s.LinkLabel = "/canvases/new"+q, "Sketch the niche canvas, prefilled from the self-assessment"
		}
	case plan.LinkComparison:
		if shareID != "" {
			s.LinkURL, s.LinkLabel = "/comparisons/new"+q, "Open the comparison, weighted by the self-assessment"
		}
	case plan.LinkCheckIn:
		s.LinkURL, s.LinkLabel = "#check-in", "Check in (below)"
	}
}

func NoteField(stepID, value, msg string) Field {
	return Field{Name: "note-" + stepID, Label: "Private note", Value: value, Error: msg,
		Hint: "Only on this page: never on the share link or in the calendar. Up to " + strconv.Itoa(plan.MaxNote) + " characters."}
}

func StartField(value, msg string) Field {
	return Field{Name: "start", Label: "Start date", Value: value, Error: msg,
		Hint: "The day the plan starts, year-month-day. Every due date follows from it."}
}

// planChanges compares the result the plan follows with its baseline:
// shown after a check-in, or whenever the answers changed since.
func planChanges(p plan.Plan, result *recommendation.Snapshot) *PlanChanges {
	if result == nil || len(p.Baseline.Paths) == 0 {
		return nil
	}
	lines := plan.ChangesSince(p.Baseline, *result, p.PathID)
	if len(lines) == 0 && len(p.CheckIns) == 0 {
		return nil
	}
	since := "the plan was made on " + LongDate(p.Baseline.MadeAt)
	if len(p.CheckIns) > 0 {
		since = "the last check-in on " + LongDate(p.CheckIns[len(p.CheckIns)-1])
	}
	return &PlanChanges{Since: since, Lines: lines}
}

// WithStepErrors is the owner's page v with one step's problems shown
// beside it and in the summary, its note as typed.
func WithStepErrors(v PlanView, stepID, note string, errs map[string]string) PlanView {
	msg := errs["note"]
	if msg == "" {
		msg = errs["status"]
	}
	field := NoteField(stepID, note, msg)
	for gi := range v.Groups {
		for si := range v.Groups[gi].Steps {
			if s := &v.Groups[gi].Steps[si]; s.ID == stepID && s.Form != nil {
				s.Form.Note = field
			}
		}
	}
	v.Errors = []FieldError{{Target: field.ID(), Message: msg}}
	return v
}

// WithStartError is the owner's page v with the start date as typed and
// what is wrong with it.
func WithStartError(v PlanView, typed, msg string) PlanView {
	v.StartForm.Start = StartField(typed, msg)
	v.Errors = []FieldError{{Target: v.StartForm.Start.ID(), Message: msg}}
	return v
}

// PlanStepNotSaved is the page a step's save that did not reach the
// database shows: the step's form with the note as typed, "not saved".
func PlanStepNotSaved(edit, stepID, note string) PlanView {
	s := PlanStep{ID: stepID, Text: "This step", Status: string(plan.ToDo), StatusLabel: plan.ToDo.Label(),
		Form: &PlanStepForm{Action: PlanStepPath(edit, stepID), Note: NoteField(stepID, note, "")}}
	return PlanView{Title: "Your 90-day plan", NotSaved: true, Groups: []PlanGroup{{ID: "step-heading", Title: "The step", Steps: []PlanStep{s}}}}
}

// PlanStartNotSaved is the page a start date's save that did not reach the
// database shows: the date as typed, "not saved".
func PlanStartNotSaved(edit, typed string) PlanView {
	return PlanView{Title: "Your 90-day plan", NotSaved: true, StartForm: &PlanStartForm{Action: edit, Start: StartField(typed, "")}}
}

// PlanPreview is plan b before it is saved, in the owner's voice, with the
// form that saves it from the assessment shareID for path pathID, starting
// on start (as typed).
func PlanPreview(b plan.Built, now time.Time, shareID, pathID string, start Field) PlanView {
	v := PlanViewOf(b, scoring.Owner, now)
	v.Create = &PlanCreate{Action: "/plans", AssessmentShareID: shareID, PathID: pathID, Start: start}
	if start.Error != "" {
		v.Errors = []FieldError{{Target: start.ID(), Message: start.Error}}
	}
	return v
}

// PlanCalendarName names plan b's calendar in a calendar app.
func PlanCalendarName(b plan.Built) string { return "Crossroads: 90-day plan, " + b.Path.Name }

// PlanCalendarDescription is step d's event text: why it is there and its
// hours, never the private note.
func PlanCalendarDescription(b plan.Built, d plan.Dated) string {
	return "Why: " + d.Why + "\nAbout " + strconv.Itoa(d.Effort) + " hours (our estimate). Part of a Crossroads 90-day plan for " + b.Path.Name + "."
}

// PlanShareDescription is the share link's preview text: the path and the
// progress, never anything typed.
func PlanShareDescription(v PlanView) string {
	return "Personal steps for the first 90 days, paced to the hours available: " + v.Progress.Text
}

// PlanCard is the plan's title and how far it has come, as a bar in its
// path's track colour.
func PlanCard(v PlanView, pathID string) card.Card {
	cc := card.Card{Headline: v.Title, Subtitle: v.Progress.Text}
	if v.Progress.Total > 0 {
		path, _ := catalog.ByID(pathID)
		cc.Bars = []card.Bar{{Label: "Steps done, in %", Value: 100 * v.Progress.Done / v.Progress.Total, Track: string(path.Track)}}
	}
	return cc
}

// CanvasTestCalendarSummary names a canvas test card's calendar event by
// the claim it tests, never by what was written on it: calendars are
// synced and shared in ways a private link is not.
func CanvasTestCalendarSummary(t canvas.TestCard) string {
	return "Niche canvas: run the test of " + lowerFirst(canvasBoxLabel(t.Claim))
}

// CanvasTestCalendarDescription says what the event asks.
func CanvasTestCalendarDescription(t canvas.TestCard) string {
	return "A test card planned on your niche canvas (" + t.Kind.Label() + ") is due. " +
		"Record what you saw on the card, from the canvas's private link, and its evidence follows."
}
