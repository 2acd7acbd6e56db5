package server

import (
	"net/http"
	"strconv"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanCalendar downloads the steps still to do as an iCalendar file:
// one all-day event per step on its due date. All-day events rather than
// to-dos, because the common calendar apps import events and several
// ignore to-dos. Each event's UID is the plan's calendar id and the step's,
// so downloading again after a change updates the same events, and its
// sequence grows with the plan's last change. Private notes and links stay
// out: calendars are synced and shared in ways a private link must not be.
//
// The test cards planned on a canvas started for the plan's path join it
// on their due dates, named by the claim they test, never by its words.
func handlePlanCalendar(rs *responder, st *store.Store, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, _ := owner[store.Plan](r)
		tests, err := st.PlanCanvasTests(r.Context(), p.ID)
		if err != nil {
			rs.fail(w, r, err)
			return
		}
		b := plan.Build(p.Data, planFacts(def, p), scoring.Owner)
		cal := planCalendar(p, b, time.Now().UTC())
		addCanvasTests(cal, p, tests, time.Now().UTC())
		w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="crossroads-plan.ics"`)
		if err := cal.SerializeTo(w); err != nil {
			rs.logger.Warn("calendar not written", "err", err)
		}
	}
}

// calendarEpoch is where event sequences count from, in minutes, so they
// stay small integers as RFC 5545 wants.
var calendarEpoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// planCalendar is the calendar of b's remaining steps.
func planCalendar(p store.Plan, b plan.Built, now time.Time) *ics.Calendar {
	cal := ics.NewCalendarFor("Crossroads")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName(web.PlanCalendarName(b))
	sequence := max(int(p.UpdatedAt.Sub(calendarEpoch).Minutes()), 0)
	for _, d := range b.Remaining() {
		e := cal.AddEvent(p.Data.CalendarID + "-" + d.ID + "@crossroads")
		e.SetDtStampTime(now)
		e.SetModifiedAt(p.UpdatedAt)
		e.SetSequence(sequence)
		e.SetAllDayStartAt(d.Due)
		e.SetAllDayEndAt(d.Due.AddDate(0, 0, 1))
		e.SetSummary(d.Text)
		e.SetDescription(web.PlanCalendarDescription(b, d))
		e.SetTimeTransparency(ics.TransparencyTransparent)
	}
	return cal
}

// addCanvasTests adds one all-day event per test card still to run that
// has a due date.
func addCanvasTests(cal *ics.Calendar, p store.Plan, canvases []store.CanvasTests, now time.Time) {
	sequence := max(int(p.UpdatedAt.Sub(calendarEpoch).Minutes()), 0)
	for _, c := range canvases {
		for _, t := range c.Tests {
			due, err := time.Parse(time.DateOnly, t.Due)
			if err != nil || t.Learning != nil {
				continue
			}
			e := cal.AddEvent(p.Data.CalendarID + "-canvas-" + strconv.FormatInt(c.CanvasID, 10) + "-test-" + strconv.Itoa(t.ID) + "@crossroads")
			e.SetDtStampTime(now)
			e.SetSequence(sequence)
			e.SetAllDayStartAt(due)
			e.SetAllDayEndAt(due.AddDate(0, 0, 1))
			e.SetSummary(web.CanvasTestCalendarSummary(t))
			e.SetDescription(web.CanvasTestCalendarDescription(t))
			e.SetTimeTransparency(ics.TransparencyTransparent)
		}
	}
}
