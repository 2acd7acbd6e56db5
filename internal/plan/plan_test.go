package plan_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/catalog/catalogtest"
	"github.com/crossroads/crossroads/internal/plan"
	q "github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

var def = q.Default()

// persona is the undecided answers with overrides.
func persona(over map[string]string) q.Answers {
	a := scoring.Undecided()
	for k, v := range over {
		a[k] = []string{v}
	}
	return a
}

func build(pathID string, a q.Answers, p plan.Plan) plan.Built {
	p.PathID = pathID
	if p.Start == "" {
		p.Start = "2026-12-07"
	}
	return plan.Build(p, plan.FactsOf(def, a, false), scoring.Owner)
}

func ids(ds []plan.Dated) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.ID
	}
	return out
}

func find(t *testing.T, b plan.Built, id string) plan.Dated {
	t.Helper()
	for _, d := range b.Steps {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("%s: no step %q in %v", b.Path.ID, id, ids(b.Steps))
	return plan.Dated{}
}

// TestAStrongSkillRemovesItsLearningStep: a 5/5 programmer is never told
// to set up Python, and the plan says why the step is left out; a 1/5
// programmer gets it, with their rating as the reason.
func TestAStrongSkillRemovesItsLearningStep(t *testing.T) {
	cases := []struct {
		path, step, question string
		strong, weak         string
	}{
		{"ml-engineer-generative", "python-basics", q.SkillProgramming, "5", "1"},
		{"ml-engineer-generative", "python-ml", q.SkillProgramming, "5", "3"},
		{"ml-engineer-generative", "maths", q.SkillMaths, "4", "2"},
		{"prompt-engineer", "python-basics", q.SkillProgramming, "3", "2"},
		{"prompt-engineer", "prompting", q.SkillPrompting, "5", "4"},
		{"custom-chatbots", "python-basics", q.SkillProgramming, "4", "1"},
		{"copywriting", "craft", q.SkillWriting, "5", "3"},
		{"seo-consulting", "seo-basics", q.SkillAnalytics, "4", "1"},
		{"ai-consulting", "domain", q.SkillDomain, "5", "2"},
	}
	for _, tc := range cases {
		t.Run(tc.path+"/"+tc.step, func(t *testing.T) {
			strong := build(tc.path, persona(map[string]string{tc.question: tc.strong}), plan.Plan{})
			if slices.Contains(ids(strong.Steps), tc.step) {
				t.Errorf("rated %s/5, the plan still has %q", tc.strong, tc.step)
			}
			left, ok := strong.Step(tc.step)
			if !ok || !strings.Contains(left.Why, "rated") || !strings.Contains(left.Why, tc.strong+"/5") {
				t.Errorf("left out without its reason: %+v", left)
			}
			weak := build(tc.path, persona(map[string]string{tc.question: tc.weak}), plan.Plan{})
			d := find(t, weak, tc.step)
			if !strings.Contains(d.Why, "You rated") || !strings.Contains(d.Why, tc.weak+"/5") {
				t.Errorf("why = %q; want the rating %s/5 in it", d.Why, tc.weak)
			}
		})
	}
}

// TestTheLowerTheRatingTheLongerTheLearning: a skill step is estimated by
// the levels still to climb.
func TestTheLowerTheRatingTheLongerTheLearning(t *testing.T) {
	one := find(t, build("ml-engineer-generative", persona(map[string]string{q.SkillMaths: "1"}), plan.Plan{}), "maths")
	three := find(t, build("ml-engineer-generative", persona(map[string]string{q.SkillMaths: "3"}), plan.Plan{}), "maths")
	if one.Effort <= three.Effort {
		t.Errorf("maths at 1/5 takes %d hours, at 3/5 %d; want more from further down", one.Effort, three.Effort)
	}
}

// TestFewHoursStretchTheDates: the same plan at 5 hours a week ends much
// later than at 20, step by step, and the first week's step is due in the
// first week at either pace.
func TestFewHoursStretchTheDates(t *testing.T) {
	for _, path := range []string{"seo-consulting", "ml-engineer-generative", "ai-market-research"} {
		slow := build(path, persona(map[string]string{q.HustleHours: "5"}), plan.Plan{})
		fast := build(path, persona(map[string]string{q.HustleHours: "20"}), plan.Plan{})
		for _, d := range fast.Steps {
			if d.Link == plan.LinkCheckIn {
				continue
			}
			s := find(t, slow, d.ID)
			if !s.Due.After(d.Due) && d.Due.After(fast.Start) {
				t.Errorf("%s/%s: due %s at 5 h/week and %s at 20; want later at 5", path, d.ID, day(s.Due), day(d.Due))
			}
		}
		last := func(b plan.Built) (end time.Time) {
			for _, d := range b.Steps {
				if d.Link != plan.LinkCheckIn && d.Due.After(end) {
					end = d.Due
				}
			}
			return end
		}
		if gap := last(slow).Sub(last(fast)); gap < 3*7*24*time.Hour {
			t.Errorf("%s: at 5 h/week the plan ends %s, at 20 %s; want weeks later", path, day(last(slow)), day(last(fast)))
		}
		if first := slow.Steps[0]; first.Due.After(slow.Start.AddDate(0, 0, 6)) {
			t.Errorf("%s: first step %q due %s, not in the first week", path, first.ID, day(first.Due))
		}
	}
}

func day(t time.Time) string { return t.Format(plan.DateLayout) }

// TestTwoPersonasOnOnePathGetDifferentPlans: a programmer with maths and
// 20 hours a week and a beginner with 6 hours a week see different steps,
// different dates and different reasons on the same path; every step of
// both says why it is there.
func TestTwoPersonasOnOnePathGetDifferentPlans(t *testing.T) {
	engineer := build("ml-engineer-generative", persona(map[string]string{
		q.SkillProgramming: "5", q.SkillMaths: "5", q.HustleHours: "20", q.Budget: "8000"}), plan.Plan{})
	beginner := build("ml-engineer-generative", persona(map[string]string{
		q.SkillProgramming: "1", q.SkillMaths: "2", q.HustleHours: "6", q.Budget: "300"}), plan.Plan{})
	if slices.Equal(ids(engineer.Steps), ids(beginner.Steps)) {
		t.Fatalf("same steps for both: %v", ids(engineer.Steps))
	}
	for _, want := range []string{"python-basics", "python-ml", "maths", "free-material"} {
		if slices.Contains(ids(engineer.Steps), want) || !slices.Contains(ids(beginner.Steps), want) {
			t.Errorf("%q: engineer %v, beginner %v", want, ids(engineer.Steps), ids(beginner.Steps))
		}
	}
	// The engineer can apply within the 90 days; the beginner's learning
	// takes longer, so applying falls after them.
	if a := find(t, engineer, "apply"); a.Beyond {
		t.Errorf("engineer applies on %s, after the 90 days", day(a.Due))
	}
	if a := find(t, beginner, "apply"); !a.Beyond {
		t.Errorf("beginner applies on %s, within the 90 days though the learning is far longer", day(a.Due))
	}
	for _, b := range []plan.Built{engineer, beginner} {
		for _, d := range append(b.Steps, b.LeftOut...) {
			if strings.TrimSpace(d.Why) == "" {
				t.Errorf("step %q says nothing about why it is there", d.ID)
			}
		}
	}
}

// TestApplyingComesAfterTheLearning: on every path, no application is due
// before a learning step, so a plan never says "apply" while the pace says
// the learning is not done; at the undecided pace the ML engineer and the
// research scientist apply after the 90 days.
func TestApplyingComesAfterTheLearning(t *testing.T) {
	for _, p := range catalog.All() {
		b := build(p.ID, persona(map[string]string{q.SkillProgramming: "1", q.SkillMaths: "1"}), plan.Plan{})
		var lastLearn time.Time
		for _, d := range b.Steps {
			if d.Kind == plan.Learn && d.Due.After(lastLearn) {
				lastLearn = d.Due
			}
		}
		for _, d := range b.Steps {
			if d.Kind == plan.Apply && d.Due.Before(lastLearn) {
				t.Errorf("%s: apply due %s before the learning ends %s", p.ID, day(d.Due), day(lastLearn))
			}
		}
	}
	for _, id := range []string{"ml-engineer-generative", "ai-research-scientist"} {
		if a := find(t, build(id, scoring.Undecided(), plan.Plan{}), "apply"); !a.Beyond {
			t.Errorf("%s at the undecided pace applies on %s, within the 90 days", id, day(a.Due))
		}
	}
}

var secondPerson = regexp.MustCompile(`(?i)\b(you|your|yours|yourself|you’re|you're|you’d|you'd|you’ve)\b`)

// TestEveryPathHasAPlanThatReadsOnAShareView: every catalog path has
// steps, one of them finding the first customer or employer; step texts
// and principles speak to nobody; IDs are unique; every quote is verbatim.
func TestEveryPathHasAPlanThatReadsOnAShareView(t *testing.T) {
	texts := catalogtest.Load(t)
	for _, p := range catalog.All() {
		steps := plan.Steps(p.ID)
		if len(steps) < 6 {
			t.Errorf("%s: %d steps", p.ID, len(steps))
		}
		seen := map[string]bool{}
		first := false
		for _, s := range steps {
			if seen[s.ID] || s.ID == "" {
				t.Errorf("%s: step id %q empty or repeated", p.ID, s.ID)
			}
			seen[s.ID] = true
			first = first || s.Kind == plan.FirstCustomer
			for _, line := range []string{s.Text, s.Why} {
				if secondPerson.MatchString(line) {
					t.Errorf("%s/%s speaks to the reader: %q", p.ID, s.ID, line)
				}
			}
			if s.Hours <= 0 {
				t.Errorf("%s/%s: no hours estimate", p.ID, s.ID)
			}
			if s.Cite == nil {
				t.Errorf("%s/%s rests on no quote", p.ID, s.ID)
			} else {
				texts.Check(t, p.ID+"/"+s.ID, *s.Cite)
			}
			if s.When.Test == plan.Always && s.Why == "" {
				t.Errorf("%s/%s has neither a condition nor a principle", p.ID, s.ID)
			}
			if s.Link == plan.LinkCanvas && p.Mode != catalog.SideHustle {
				t.Errorf("%s/%s links a canvas on a full-time path", p.ID, s.ID)
			}
		}
		if !first {
			t.Errorf("%s: no step finds the first customer or employer", p.ID)
		}
	}
}

// TestConditionsReadTheAnswers: each kind of condition puts its step in
// or leaves it out.
func TestConditionsReadTheAnswers(t *testing.T) {
	cases := []struct {
		name, path, step string
		in, out          map[string]string
		canvas           bool
	}{
		{"day job", "seo-consulting", "hours-budget", map[string]string{q.DayJob: "keep"}, map[string]string{q.DayJob: "none", q.DayJobHours: "0"}, false},
		{"hours below the path", "ai-micro-saas", "small-offer", map[string]string{q.HustleHours: "4"}, map[string]string{q.HustleHours: "20"}, false},
		{"budget", "ml-engineer-generative", "free-material", map[string]string{q.Budget: "200"}, map[string]string{q.Budget: "9000"}, false},
		{"AI tools", "ai-consulting", "ai-tools", map[string]string{q.AITools: "never"}, map[string]string{q.AITools: "daily"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if in := build(tc.path, persona(tc.in), plan.Plan{}); !slices.Contains(ids(in.Steps), tc.step) {
				t.Errorf("with %v the plan lacks %q", tc.in, tc.step)
			}
			if out := build(tc.path, persona(tc.out), plan.Plan{}); slices.Contains(ids(out.Steps), tc.step) {
				t.Errorf("with %v the plan still has %q", tc.out, tc.step)
			}
		})
	}
	// The budget step's reason is written in the person's own currency.
	for country, amount := range map[string]string{"us": "$200", "uk": "£200", "other": "US$200"} {
		if why := find(t, build("ml-engineer-generative", persona(map[string]string{q.Budget: "200", q.Country: country}), plan.Plan{}), "free-material").Why; !strings.Contains(why, "can invest "+amount+" up front") {
			t.Errorf("%s: the budget step says %q; want %s", country, why, amount)
		}
	}
	p := plan.Plan{PathID: "copywriting", Start: "2026-12-07"}
	with := plan.Build(p, plan.FactsOf(def, scoring.Undecided(), true), scoring.Owner)
	without := plan.Build(p, plan.FactsOf(def, scoring.Undecided(), false), scoring.Owner)
	if slices.Contains(ids(with.Steps), "canvas") || !slices.Contains(ids(without.Steps), "canvas") {
		t.Errorf("canvas step: with a canvas %v, without %v", ids(with.Steps), ids(without.Steps))
	}
}

// TestProgressIsKeptAndCounted: a step done or skipped counts, keeps its
// date, and stays in the plan even once its condition no longer holds
// (a check-in raised the skill), so progress survives a check-in.
func TestProgressIsKeptAndCounted(t *testing.T) {
	at := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	p := plan.Plan{Progress: map[string]plan.Progress{
		"python-basics": {Status: plan.Done, At: at, Note: "finished the course"},
		"maths":         {Status: plan.Skipped, At: at},
		"no-such-step":  {Status: plan.Done, At: at},
	}}
	before := build("ml-engineer-generative", persona(map[string]string{q.SkillProgramming: "1", q.SkillMaths: "1"}), p)
	if before.Done != 1 || before.Skipped != 1 {
		t.Errorf("done %d, skipped %d; want 1 and 1", before.Done, before.Skipped)
	}
	after := build("ml-engineer-generative", persona(map[string]string{q.SkillProgramming: "5", q.SkillMaths: "5"}), p)
	d := find(t, after, "python-basics")
	if d.Status != plan.Done || d.Progress.Note != "finished the course" || d.Applies {
		t.Errorf("after the skill rose the done step is %+v", d)
	}
	if slices.Contains(ids(after.Steps), "python-ml") {
		t.Error("a step still to do whose condition no longer holds stayed in")
	}
	if len(before.Remaining()) != before.Total-2 {
		t.Errorf("remaining %d of %d", len(before.Remaining()), before.Total)
	}
}

// TestDueThisWeekAndTheCheckIn: what is due by a day includes overdue
// steps and never a done one; the check-in is on the last day.
func TestDueThisWeekAndTheCheckIn(t *testing.T) {
	b := build("email-marketing", scoring.Undecided(), plan.Plan{Progress: map[string]plan.Progress{"niche": {Status: plan.Done}}})
	week := b.DueBy(b.Start.AddDate(0, 0, 6))
	if len(week) == 0 {
		t.Fatal("nothing due in the first week")
	}
	for _, d := range week {
		if d.Status != plan.ToDo || d.Due.After(b.Start.AddDate(0, 0, 6)) {
			t.Errorf("due this week: %+v", d)
		}
	}
	if c := find(t, b, "check-in"); !c.Due.Equal(b.End) || c.Due.Sub(b.Start) != (plan.Days-1)*24*time.Hour {
		t.Errorf("check-in due %s; want the 90th day %s", day(c.Due), day(b.End))
	}
	for i := 1; i < len(b.Steps); i++ {
		if b.Steps[i].Due.Before(b.Steps[i-1].Due) {
			t.Errorf("steps out of date order at %d", i)
		}
	}
}

// TestPaceWithoutHours: no hours given stands in a pace and says so.
func TestPaceWithoutHours(t *testing.T) {
	zero := build("copywriting", persona(map[string]string{q.HustleHours: "0"}), plan.Plan{})
	if zero.Hours != plan.MinHours || zero.HoursGiven {
		t.Errorf("0 hours: pace %d, given %v", zero.Hours, zero.HoursGiven)
	}
	missing := scoring.Undecided()
	delete(missing, q.HustleHours)
	none := build("copywriting", missing, plan.Plan{})
	if none.Hours != plan.DefaultHours || none.HoursGiven {
		t.Errorf("unanswered: pace %d, given %v", none.Hours, none.HoursGiven)
	}
}

// TestSharedDropsNotesAndAnswers: a share view's copy has the progress
// and nothing private.
func TestSharedDropsNotesAndAnswers(t *testing.T) {
	p := plan.New("copywriting", time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC), scoring.Undecided(), plan.Summary{}, "cal")
	p.Progress["niche"] = plan.Progress{Status: plan.Done, Note: "secret"}
	s := p.Shared()
	if s.Progress["niche"].Note != "" || s.Progress["niche"].Status != plan.Done || len(s.Answers) != 0 || s.CalendarID != "" {
		t.Errorf("shared copy: %+v", s)
	}
	if p.Progress["niche"].Note != "secret" {
		t.Error("Shared changed the owner's plan")
	}
	if _, ok := p.Answers[q.GoalThreeYears]; ok || len(p.Answers) == 0 {
		t.Errorf("a plan keeps answers it does not read, or none: %v", p.Answers)
	}
}
