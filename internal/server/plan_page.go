package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// today is the current day as the plans count days: midnight UTC.
func today() time.Time {
	y, m, d := time.Now().UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// planFacts are what a stored plan's steps read: the answers of the
// assessment it follows, or, when that link is gone, the answers it kept.
func planFacts(def questionnaire.Definition, p store.Plan) plan.Facts {
	if a := p.Assessment; a != nil {
		return plan.FactsOf(def, a.Answers, a.CanvasStarted)
	}
	return plan.FactsOf(def, p.Data.Answers, false)
}

// longDate is a date as the pages write it: "Mon 7 Dec 2026".
func longDate(d time.Time) string { return d.Format("Mon 2 Jan 2006") }

// planView is what every plan page shows: the steps by when they are
// due, each with why it is there, the progress and what was left out, in
// voice v, as of today.
func planView(b plan.Built, v scoring.Voice, now time.Time) web.PlanView {
	pv := web.PlanView{PathName: b.Path.Name, PathURL: "/paths/" + b.Path.ID,
		Track: string(b.Path.Track), TrackLbl: b.Path.Track.Short(),
		Dates: "Starts " + longDate(b.Start) + "; day " + strconv.Itoa(plan.Days) + " is " + longDate(b.End) + ".",
		Pace:  paceText(b),
		Progress: web.PlanProgress{Done: b.Done, Skipped: b.Skipped, Total: b.Total,
			Text: strconv.Itoa(b.Done) + " of " + strconv.Itoa(b.Total) + " steps done, " + strconv.Itoa(b.Skipped) + " skipped."}}
	pv.Title = v.Possessive + " 90-day plan: " + b.Path.Name
	if v == scoring.Viewer {
		pv.Title = "A 90-day plan: " + b.Path.Name
	}
	groups := []web.PlanGroup{
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
		pv.LeftOut = append(pv.LeftOut, web.PlanStep{ID: d.ID, Text: d.Text, Why: d.Why})
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
func planStepView(d plan.Dated, now time.Time) web.PlanStep {
	s := web.PlanStep{ID: d.ID, Text: d.Text, Why: d.Why,
		Due: longDate(d.Due), DueISO: d.Due.Format(plan.DateLayout),
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

// ownerPlanView is the owner's page: every step with its form and note,
// what is due this week, what changed, the dates, the check-in and the
// owner panel.
func ownerPlanView(r *http.Request, cfg config.Config, def questionnaire.Definition, p store.Plan, secret string) web.PlanView {
	now := today()
	b := plan.Build(p.Data, planFacts(def, p), scoring.Owner)
	v := planView(b, scoring.Owner, now)
	edit := web.PlanEditPath(secret)
	saved := ""
	if r.URL.Query().Get("done") == "step" {
		saved = r.URL.Query().Get("step")
	}
	shareID := ""
	if p.Assessment != nil {
		shareID = p.Assessment.ShareID
		v.AssessmentURL = web.AssessmentViewPath(shareID)
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
	v.Changes = planChanges(p)
	v.StartForm = &web.PlanStartForm{Action: edit, Start: startField(p.Data.Start, "")}
	v.CheckInURL = edit + "/check-in"
	v.CalendarURL = edit + "/calendar.ics"
	v.EditURL = origin(cfg, r) + edit
	v.JustCreated = r.URL.Query().Get("saved") == "new"
	v.Owner = ownerControls(r, "plan", origin(cfg, r), edit, web.PlanViewPath(p.ShareID))
	return v
}

// ownStep gives one step the owner's form, note and prefilled link.
func ownStep(s *web.PlanStep, d plan.Dated, edit, shareID, pathID, saved string) {
	s.Note = d.Progress.Note
	s.Form = &web.PlanStepForm{Action: web.PlanStepPath(edit, d.ID), Note: noteField(d.ID, d.Progress.Note, "")}
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

func noteField(stepID, value, msg string) web.Field {
	return web.Field{Name: "note-" + stepID, Label: "Private note", Value: value, Error: msg,
		Hint: "Only on this page: never on the share link or in the calendar. Up to " + strconv.Itoa(plan.MaxNote) + " characters."}
}

func startField(value, msg string) web.Field {
	return web.Field{Name: "start", Label: "Start date", Value: value, Error: msg,
		Hint: "The day the plan starts, year-month-day. Every due date follows from it."}
}

// planChanges compares the result the plan follows with its baseline:
// shown after a check-in, or whenever the answers changed since.
func planChanges(p store.Plan) *web.PlanChanges {
	a := p.Assessment
	if a == nil || a.Result == nil || len(p.Data.Baseline.Paths) == 0 {
		return nil
	}
	lines := plan.ChangesSince(p.Data.Baseline, *a.Result, p.Data.PathID)
	if len(lines) == 0 && len(p.Data.CheckIns) == 0 {
		return nil
	}
	since := "the plan was made on " + longDate(p.Data.Baseline.MadeAt)
	if len(p.Data.CheckIns) > 0 {
		since = "the last check-in on " + longDate(p.Data.CheckIns[len(p.Data.CheckIns)-1])
	}
	return &web.PlanChanges{Since: since, Lines: lines}
}
