package plan_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/plan"
	q "github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// FuzzBuild: any answers (as a form body), path, start date and progress
// build a plan without panicking; every step is dated within its plan's
// reach, counted once, has a reason, and the counts add up.
func FuzzBuild(f *testing.F) {
	f.Add("hustle-hours=10&skill-programming=5", "ml-engineer-generative", "2026-12-07", "python-basics", "done")
	f.Add("hustle-hours=0&budget=-5&day-job=keep", "seo-consulting", "2026-02-30", "audit", "skipped")
	f.Add("hustle-hours=60&dayjob-hours=80&ai-tools=never", "ai-consulting", "1999-01-01", "x", "nonsense")
	f.Add("skill-maths=9&skill-maths=1&hustle-hours=1e9", "no-such-path", "", "", "")
	f.Fuzz(func(t *testing.T, body, pathID, start, stepID, status string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return
		}
		p := plan.Plan{PathID: pathID, Start: start, Progress: map[string]plan.Progress{stepID: {Status: plan.Status(status)}}}
		b := plan.Build(p, plan.FactsOf(def, q.Answers(form), false), scoring.Viewer)
		if _, known := catalog.ByID(pathID); !known && len(b.Steps)+len(b.LeftOut) != 0 {
			t.Fatalf("unknown path %q has steps", pathID)
		}
		if b.Hours < plan.MinHours {
			t.Fatalf("pace %d", b.Hours)
		}
		done, skipped := 0, 0
		seen := map[string]bool{}
		for _, d := range append(b.Steps, b.LeftOut...) {
			if seen[d.ID] {
				t.Fatalf("step %q twice", d.ID)
			}
			seen[d.ID] = true
			if d.Why == "" {
				t.Fatalf("step %q has no reason", d.ID)
			}
		}
		for _, d := range b.Steps {
			if d.Due.Before(b.Start) || d.Due.After(b.Start.AddDate(11, 0, 0)) {
				t.Fatalf("step %q due %v for a plan starting %v", d.ID, d.Due, b.Start)
			}
			if d.Beyond != d.Due.After(b.End) {
				t.Fatalf("step %q beyond = %v, due %v, end %v", d.ID, d.Beyond, d.Due, b.End)
			}
			switch d.Status {
			case plan.Done:
				done++
			case plan.Skipped:
				skipped++
			case plan.ToDo:
			default:
				t.Fatalf("step %q has status %q", d.ID, d.Status)
			}
		}
		if done != b.Done || skipped != b.Skipped || b.Total != len(b.Steps) {
			t.Fatalf("counts %d/%d/%d for %d done, %d skipped, %d steps", b.Done, b.Skipped, b.Total, done, skipped, len(b.Steps))
		}
		_ = b.DueBy(b.Start.Add(time.Duration(len(body)) * time.Hour))
	})
}

// BenchmarkBuild is building the plan a page shows: the facts from a full
// set of answers, then the steps, their reasons and dates.
func BenchmarkBuild(b *testing.B) {
	a := persona(map[string]string{q.SkillProgramming: "2", q.HustleHours: "8", q.DayJob: "keep", q.DayJobHours: "40"})
	p := plan.Plan{PathID: "ml-engineer-generative", Start: "2026-12-07",
		Progress: map[string]plan.Progress{"python-basics": {Status: plan.Done}, "maths": {Status: plan.Skipped}}}
	b.ReportAllocs()
	for b.Loop() {
		_ = plan.Build(p, plan.FactsOf(def, a, false), scoring.Owner)
	}
}
