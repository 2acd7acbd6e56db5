package plan

import (
	"math"
	"slices"
	"sync"
	"time"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/scoring"
)

// DefaultHours is the weekly pace of a plan whose answers give none: the
// scoring model's own undecided answer for the hours question.
const DefaultHours = 10

// MinHours is the slowest pace a plan is dated at: with no hours a week
// to give, nothing would ever be due, so the dates assume one hour.
const MinHours = 1

// Built is a plan worked out for one person: the steps that apply, dated
// at their pace, with the progress made.
type Built struct {
	Path  catalog.Path
	Start time.Time
	// End is the plan's last day, Days after Start less one.
	End time.Time
	// Hours is the weekly pace; HoursGiven says it is the person's answer
	// (otherwise DefaultHours or MinHours stands in).
	Hours      int
	HoursGiven bool
	// Steps are the steps that apply or have progress, by due date.
	Steps []Dated
	// LeftOut are the steps whose condition the answers already meet,
	// with the reason, so a reader sees what was skipped and why.
	LeftOut []Dated
	// Done, Skipped and Total count the steps.
	Done, Skipped, Total int
}

// Dated is one step as this person's plan has it.
type Dated struct {
	Step
	// Why is the one line that says why the step is here.
	Why string
	// Effort is our estimate of its hours for this person.
	Effort int
	// Due is the day it is due: Start plus the hours before it at the
	// weekly pace.
	Due      time.Time
	Status   Status
	Progress Progress
	// Beyond says the step falls after the plan's 90 days at this pace.
	Beyond bool
	// Applies is false for a step kept only because it has progress.
	Applies bool
}

// byPath is every path's steps, built once; Steps hands out copies.
var byPath = sync.OnceValue(pathSteps)

// Steps are the steps of the path with the given ID, in working order.
func Steps(pathID string) []Step { return slices.Clone(byPath()[pathID]) }

// Build works out p for the person with facts f, speaking in voice v.
// Steps whose condition does not hold are left out, unless the owner
// already did something with them; the rest are dated one after the other
// at the weekly pace, each taking our estimate of its hours, so fewer
// hours stretch the dates. The check-in is always on the last day. Build
// accepts any plan and facts and never panics; an unknown path has no steps.
func Build(p Plan, f Facts, v scoring.Voice) Built {
	path, _ := p.Path()
	start, ok := p.StartDate()
	if !ok {
		start = time.Unix(0, 0).UTC()
	}
	b := Built{Path: path, Start: start, End: start.AddDate(0, 0, Days-1), Hours: f.Hours, HoursGiven: f.Hours > 0}
	switch {
	case f.Hours < 0:
		b.Hours = DefaultHours
	case f.Hours < MinHours:
		b.Hours = MinHours
	}
	var spent int
	for _, s := range byPath()[p.PathID] {
		d := Dated{Step: s, Effort: s.hours(f), Applies: s.When.holds(f, path)}
		d.Why = s.When.reason(f, path, v, s.Why)
		if pr, ok := p.Progress[s.ID]; ok && pr.Status.Valid() {
			d.Status, d.Progress = pr.Status, pr
		} else {
			d.Status = ToDo
		}
		if !d.Applies && d.Status == ToDo && d.Progress.Note == "" {
			d.Why = leftOutReason(s, f, path, v)
			b.LeftOut = append(b.LeftOut, d)
			continue
		}
		if s.Link == LinkCheckIn {
			d.Due = b.End
		} else {
			spent += d.Effort
			d.Due = start.AddDate(0, 0, dayOf(spent, b.Hours))
		}
		d.Beyond = d.Due.After(b.End)
		switch d.Status {
		case Done:
			b.Done++
		case Skipped:
			b.Skipped++
		}
		b.Steps = append(b.Steps, d)
	}
	b.Total = len(b.Steps)
	slices.SortStableFunc(b.Steps, func(a, c Dated) int { return a.Due.Compare(c.Due) })
	return b
}

// dayOf is the day (0 = the start) on which the hours spent so far are
// done at the weekly pace: hours/7 a day, a step due on the day its last
// hour falls. It is capped well past any plan so a date never overflows.
func dayOf(spent, perWeek int) int {
	days := math.Ceil(float64(spent)*7/float64(perWeek)) - 1
	return int(min(max(days, 0), 10*365))
}

// leftOutReason says why a step is not in the plan: the answer that
// already meets its condition.
func leftOutReason(s Step, f Facts, p catalog.Path, v scoring.Voice) string {
	switch s.When.Test {
	case SkillBelow:
		return v.Subject + " rated " + lowerFirst(s.When.Skill.Label()) + " " + itoa(f.Skills[s.When.Skill]) + "/5, which already covers it."
	case HoursBelowPath:
		return "The hours a week given cover our estimate for this path."
	case BudgetBelow:
		return "The budget given is no constraint for the learning."
	case KeepsDayJob:
		return "There is no day job to fit it beside."
	case NoCanvas:
		return "A niche canvas for this path is already started."
	case ToolsRarely:
		return v.Subject + " already use AI tools every week."
	}
	return ""
}

// DueBy are the steps still to do that are due on or before day (overdue
// ones included), in due order: "this week" is DueBy(today + 6).
func (b Built) DueBy(day time.Time) []Dated {
	var out []Dated
	for _, d := range b.Steps {
		if d.Status == ToDo && !d.Due.After(day) {
			out = append(out, d)
		}
	}
	return out
}

// Remaining are the steps still to do, in due order.
func (b Built) Remaining() []Dated {
	var out []Dated
	for _, d := range b.Steps {
		if d.Status == ToDo {
			out = append(out, d)
		}
	}
	return out
}

// Step finds a step of the plan (applying or left out) by ID.
func (b Built) Step(id string) (Dated, bool) {
	for _, list := range [][]Dated{b.Steps, b.LeftOut} {
		for _, d := range list {
			if d.ID == id {
				return d, true
			}
		}
	}
	return Dated{}, false
}
