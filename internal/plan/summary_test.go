package plan_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/plan"
	q "github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
)

func summaryOf(t *testing.T, a q.Answers, pathID string) plan.Summary {
	t.Helper()
	return plan.Summarize(recommendation.Build(scoring.Score(def, a), def.Version), pathID, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
}

// TestChangesSayWhatMovedAtACheckIn: the same answers change nothing; a
// programmer who learnt maths sees the plan's path move, the ranking
// change and the warnings that came or went.
func TestChangesSayWhatMovedAtACheckIn(t *testing.T) {
	before := persona(map[string]string{q.SkillProgramming: "2", q.SkillMaths: "1", q.DayJobHours: "50", q.HustleHours: "15", q.DayJob: "keep"})
	if got := plan.Changes(summaryOf(t, before, "ml-engineer-generative"), summaryOf(t, before, "ml-engineer-generative"), "ml-engineer-generative"); len(got) != 0 {
		t.Errorf("same answers: %v", got)
	}
	after := before.Clone()
	after[q.SkillProgramming] = []string{"5"}
	after[q.SkillMaths] = []string{"5"}
	after[q.DayJobHours] = []string{"30"}
	b, a := summaryOf(t, before, "ml-engineer-generative"), summaryOf(t, after, "ml-engineer-generative")
	got := strings.Join(plan.Changes(b, a, "ml-engineer-generative"), "\n")
	_, was := rankOf(b, "ml-engineer-generative")
	_, now := rankOf(a, "ml-engineer-generative")
	if now <= was {
		t.Fatalf("the ML score did not rise (%d → %d); the test needs other answers", was, now)
	}
	for _, want := range []string{"The plan’s path, Machine learning engineer (generative models): " + strconv.Itoa(was) + " → " + strconv.Itoa(now), "No longer warned: A 65-hour week risks burnout."} {
		if !strings.Contains(got, want) {
			t.Errorf("changes lack %q:\n%s", want, got)
		}
	}
}

func rankOf(s plan.Summary, id string) (int, int) {
	for i, p := range s.Paths {
		if p.ID == id {
			return i + 1, p.Score
		}
	}
	return 0, 0
}

// TestChangesNameTheBestFitAndTheModel: a new best fit and a new model
// version are said in words.
func TestChangesNameTheBestFitAndTheModel(t *testing.T) {
	b := plan.Summary{ModelVersion: "m/1", Paths: []plan.Ranked{{"a", "Alpha", 70}, {"b", "Beta", 60}}}
	a := plan.Summary{ModelVersion: "m/2", Paths: []plan.Ranked{{"b", "Beta", 72}, {"a", "Alpha", 70}}, Warnings: []plan.Flag{{"hours", "Fewer hours"}}}
	got := strings.Join(plan.Changes(b, a, "a"), "\n")
	for _, want := range []string{"Scored with model m/2 (before: m/1).", "The best fit is now Beta (before: Alpha).",
		"The plan’s path, Alpha: still 70, ranked 2nd (before: 1st).", "Beta: 60 → 72, ranked 1st (before: 2nd).", "New warning: Fewer hours."} {
		if !strings.Contains(got, want) {
			t.Errorf("changes lack %q:\n%s", want, got)
		}
	}
}
