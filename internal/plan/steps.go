package plan

import (
	"strconv"
	"sync"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// Step is one thing to do on a path. Its text is an imperative that names
// nobody, so it reads the same on the owner's page and on a share view.
type Step struct {
	// ID is unique within the path and stable: progress and calendar
	// UIDs are keyed by it.
	ID   string
	Text string
	Kind Kind
	// Hours is our estimate of the effort, in hours; a skill step adds
	// HoursPerLevel for every level the rating falls short of When.Level.
	Hours         int
	HoursPerLevel int
	// When is the condition that makes the step apply.
	When Condition
	// Why is the principle the step rests on, in neutral words; it is the
	// step's reason when the condition says nothing about the answers.
	Why  string
	Cite *catalog.Citation
	// Link is what the step can open, prefilled: a canvas or a comparison.
	Link Link
}

// Kind says what sort of step it is.
type Kind string

// The kinds of step.
const (
	Learn Kind = "learn"
	Work  Kind = "work"
	// FirstCustomer is finding the first client, customer or employer:
	// every path's plan has one.
	FirstCustomer Kind = "first-customer"
	// Apply is applying for roles; it comes after the learning.
	Apply  Kind = "apply"
	Habit  Kind = "habit"
	Review Kind = "review"
)

// Link is what a step can open.
type Link string

// The links a step can carry.
const (
	NoLink         Link = ""
	LinkCanvas     Link = "canvas"
	LinkComparison Link = "comparison"
	LinkCheckIn    Link = "check-in"
)

// Test is the kind of condition a step applies under.
type Test string

// The conditions a step can have.
const (
	// Always applies.
	Always Test = ""
	// SkillBelow applies while the rating of Skill is below Level.
	SkillBelow Test = "skill-below"
	// HoursBelowPath applies when the weekly hours are below our estimate
	// of what the path needs (catalog Fit.Hours).
	HoursBelowPath Test = "hours-below-path"
	// BudgetBelow applies when the upfront budget is below the scoring
	// model's "no constraint" threshold.
	BudgetBelow Test = "budget-below"
	// KeepsDayJob applies when there is a day job to fit the path beside.
	KeepsDayJob Test = "day-job"
	// NoCanvas applies while no niche canvas has been started for the path.
	NoCanvas Test = "no-canvas"
	// ToolsRarely applies when AI tools are not yet used every week.
	ToolsRarely Test = "tools-rarely"
)

// Condition is when a step applies.
type Condition struct {
	Test  Test
	Skill catalog.Skill
	// Level is the rating at which SkillBelow stops applying; From is the
	// level the step starts from (an earlier step covers below it).
	Level, From int
}

// Facts are the answers a plan reads, with what the store knows besides.
type Facts struct {
	// Skills are the 1–5 ratings; 0 is unrated.
	Skills map[catalog.Skill]int
	// Hours is the weekly hours for a new path; -1 when unanswered.
	Hours int
	// DayJobHours is -1 when unanswered.
	DayJobHours int
	// DayJob is the day-job plan ("keep", "switch", "unsure", "none" or "").
	DayJob string
	// Budget is the upfront budget in the currency of Country; -1 when
	// unanswered.
	Budget int
	// Country is where the person works (the United States when unknown).
	Country money.Country
	// Tools is how often AI tools are used ("never" … "daily" or "").
	Tools string
	// CanvasStarted says a niche canvas exists for the path, linked to the
	// same assessment.
	CanvasStarted bool
}

// skillQuestions maps each skill to the question that rates it, read once
// from the scoring model so the two never disagree.
var skillQuestions = sync.OnceValue(func() map[catalog.Skill]string {
	m := map[catalog.Skill]string{}
	for _, s := range scoring.Model().Skills.Questions {
		m[s.Skill] = s.Question
	}
	return m
})

// FactsOf reads the answers a plan needs, checked against def the way the
// questionnaire checks them: an invalid answer counts as unanswered.
func FactsOf(def questionnaire.Definition, a questionnaire.Answers, canvasStarted bool) Facts {
	f := Facts{Skills: map[catalog.Skill]int{}, CanvasStarted: canvasStarted,
		Hours: number(def, a, questionnaire.HustleHours), DayJobHours: number(def, a, questionnaire.DayJobHours),
		Budget: number(def, a, questionnaire.Budget),
		DayJob: choice(def, a, questionnaire.DayJob), Tools: choice(def, a, questionnaire.AITools),
		Country: money.ParseCountry(choice(def, a, questionnaire.Country))}
	for skill, q := range skillQuestions() {
		if n := number(def, a, q); n > 0 {
			f.Skills[skill] = n
		}
	}
	return f
}

// number is a valid whole-number answer, or -1.
func number(def questionnaire.Definition, a questionnaire.Answers, id string) int {
	q, ok := def.Question(id)
	if !ok {
		return -1
	}
	kept, msg := q.Validate(a[id])
	if msg != "" || len(kept) != 1 {
		return -1
	}
	n, err := strconv.Atoi(kept[0])
	if err != nil {
		return -1
	}
	return n
}

// choice is a valid single-choice answer, or "".
func choice(def questionnaire.Definition, a questionnaire.Answers, id string) string {
	q, ok := def.Question(id)
	if !ok {
		return ""
	}
	kept, msg := q.Validate(a[id])
	if msg != "" || len(kept) != 1 {
		return ""
	}
	return kept[0]
}

// budgetEnough is the budget above which money is no constraint: the
// scoring model's own threshold (our judgement, shown on How scoring works).
var budgetEnough = sync.OnceValue(func() int { return scoring.Model().Thresholds.BudgetEnough })

// holds reports whether the condition applies to the person on path p.
func (c Condition) holds(f Facts, p catalog.Path) bool {
	switch c.Test {
	case SkillBelow:
		return f.Skills[c.Skill] < c.Level
	case HoursBelowPath:
		return f.Hours >= 0 && f.Hours < p.Fit.Hours
	case BudgetBelow:
		return f.Budget >= 0 && f.Budget < budgetEnough()
	case KeepsDayJob:
		return f.DayJob == "keep" || f.DayJobHours > 0
	case NoCanvas:
		return !f.CanvasStarted
	case ToolsRarely:
		return f.Tools != "weekly" && f.Tools != "daily"
	}
	return true
}

// hours is the step's effort for this person: a skill step grows with
// the levels still to climb.
func (s Step) hours(f Facts) int {
	if s.When.Test != SkillBelow || s.HoursPerLevel == 0 {
		return s.Hours
	}
	from := max(f.Skills[s.When.Skill], s.When.From, 1)
	return s.Hours + s.HoursPerLevel*max(s.When.Level-from, 0)
}

// reason is the one line that says why the step is in this person's plan,
// tied to their answer when the condition reads one, in voice v.
func (c Condition) reason(f Facts, p catalog.Path, v scoring.Voice, principle string) string {
	switch c.Test {
	case SkillBelow:
		need := p.Need(c.Skill)
		rating := f.Skills[c.Skill]
		tail := "; this path needs it at " + strconv.Itoa(need) + "/5."
		if need == 0 {
			tail = "; this path leans on it."
		}
		if rating == 0 {
			return c.Skill.Label() + " was not rated" + tail
		}
		return v.Subject + " rated " + lowerFirst(c.Skill.Label()) + " " + strconv.Itoa(rating) + "/5" + tail
	case HoursBelowPath:
		return v.Subject + " can give " + strconv.Itoa(f.Hours) + " hours a week; by our estimate this path needs about " +
			strconv.Itoa(p.Fit.Hours) + ", so the first offer has to be small."
	case BudgetBelow:
		return v.Subject + " can invest " + f.Country.Format(f.Country.In(float64(f.Budget))) + " up front; the sources give no cost figure, only that the education is a significant investment."
	case KeepsDayJob:
		if f.DayJobHours > 0 {
			return v.Possessive + " day job takes " + strconv.Itoa(f.DayJobHours) + " hours a week; Sarah’s side hustle took her to 70-hour weeks, and her job performance slipped."
		}
		return v.Subject + " want to keep " + v.Of() + " day job; Sarah’s side hustle took her to 70-hour weeks, and her job performance slipped."
	case NoCanvas:
		return "No niche canvas has been started for this path yet. " + principle
	case ToolsRarely:
		switch f.Tools {
		case "never":
			return v.Subject + " have not used AI tools yet, and this path’s work runs on them."
		case "tried":
			return v.Subject + " have tried AI tools but do not use them every week, and this path’s work runs on them."
		}
		return "AI tool use was not answered, and this path’s work runs on them."
	}
	return principle
}

// lowerFirst lower-cases a label's first letter for use mid-sentence,
// leaving acronyms ("AI ethics") alone.
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || (s[1] >= 'A' && s[1] <= 'Z') {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}
