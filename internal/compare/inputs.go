package compare

import (
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// Group is the part of the projection an input belongs to; the form shows
// each group as its own fieldset.
type Group string

// The groups of inputs.
const (
	GroupGoal   Group = "goal"
	GroupHustle Group = "hustle"
	GroupJob    Group = "job"
)

// Input is one number of the projection, declared once: its form key (also
// projection.Validate's key and its place in the stored JSON), what people
// read, its bounds, where it lives in a Comparison and where its default
// comes from.
type Input struct {
	Key   string
	Label string
	Unit  string
	Group Group
	// Whole inputs take whole numbers only.
	Whole bool
	// Max is the largest value projection.Validate accepts; every input
	// starts at 0.
	Max float64
	// at points into a Comparison: a *float64, or an *int for whole inputs.
	at func(*Comparison) any
	// prefill is the input's default for the chosen paths and answers.
	prefill func(basis) Default
}

// inputs is the projection's input table, in form order. It is never
// changed after start-up; read it through Inputs.
var inputs = []Input{
	{Key: "goal_per_month", Label: "Monthly income goal, take-home", Unit: "US dollars a month", Group: GroupGoal, Max: projection.MaxAmount,
		at: func(c *Comparison) any { return &c.Goal },
		prefill: func(b basis) Default {
			// The questionnaire asks for it before tax; the projection compares take-home pay.
			return b.answerOr(questionnaire.IncomeGoal, 0, "No goal set yet: enter the monthly income you want to keep.",
				"From your assessment, where you gave it before tax. The projection compares what you keep after fees, costs and tax, so lower it if you enter a tax rate.")
		}},
	{Key: "hustle.hours_per_week", Label: "Hours a week", Unit: "hours", Group: GroupHustle, Max: projection.MaxHoursPerWeek,
		at: func(c *Comparison) any { return &c.Hustle.HoursPerWeek },
		prefill: func(b basis) Default {
			return b.answerOr(questionnaire.HustleHours, 10, "Placeholder: replace it with the hours a week you can keep up.", "From your assessment.")
		}},
	{Key: "hustle.weeks_off_per_year", Label: "Weeks off a year", Unit: "weeks", Group: GroupHustle, Max: projection.WeeksPerYear,
		at:      func(c *Comparison) any { return &c.Hustle.WeeksOffPerYear },
		prefill: placeholderOf(4, "Placeholder: holidays and slow weeks a year.")},
	{Key: "hustle.start_rate", Label: "Starting hourly rate", Unit: "US dollars an hour", Group: GroupHustle, Max: projection.MaxRate,
		at:      func(c *Comparison) any { return &c.Hustle.StartRate },
		prefill: func(b basis) Default { return b.rate(false) }},
	{Key: "hustle.ramped_rate", Label: "Hourly rate once established", Unit: "US dollars an hour", Group: GroupHustle, Max: projection.MaxRate,
		at:      func(c *Comparison) any { return &c.Hustle.RampedRate },
		prefill: func(b basis) Default { return b.rate(true) }},
	{Key: "hustle.ramp_months", Label: "Months to get established", Unit: "months", Group: GroupHustle, Whole: true, Max: projection.MaxRampMonths,
		at:      func(c *Comparison) any { return &c.Hustle.RampMonths },
		prefill: placeholderOf(12, "Placeholder: the sources say rates grow “as they build a track record” but give no timeline.")},
	{Key: "hustle.retainer_per_month", Label: "Monthly retainer once established", Unit: "US dollars a month", Group: GroupHustle, Max: projection.MaxAmount,
		at:      func(c *Comparison) any { return &c.Hustle.RetainerPerMonth },
		prefill: func(b basis) Default { return b.retainer() }},
	{Key: "hustle.platform_fee_pct", Label: "Platform fee", Unit: "percent", Group: GroupHustle, Max: projection.MaxPct,
		at:      func(c *Comparison) any { return &c.Hustle.PlatformFeePct },
		prefill: placeholderOf(0, "Placeholder: a marketplace’s cut, if you find clients through one. The sources give no figure.")},
	{Key: "hustle.tax_pct", Label: "Tax on profit", Unit: "percent", Group: GroupHustle, Max: projection.MaxPct,
		at:      func(c *Comparison) any { return &c.Hustle.TaxPct },
		prefill: placeholderOf(0, "Enter your own rate: at 0% the projection shows income before tax. The sources give no figure.")},
	{Key: "hustle.upfront_cost", Label: "Upfront cost", Unit: "US dollars", Group: GroupHustle, Max: projection.MaxAmount,
		at: func(c *Comparison) any { return &c.Hustle.UpfrontCost },
		prefill: placeholderOf(0, "Placeholder: what you will really spend on courses, tools or equipment before the first client. "+
			"The second article says many marketing side hustles start with “minimal investment”.")},
	{Key: "hustle.monthly_cost", Label: "Monthly tools and subscriptions", Unit: "US dollars a month", Group: GroupHustle, Max: projection.MaxMonthlyCost,
		at:      func(c *Comparison) any { return &c.Hustle.MonthlyCost },
		prefill: placeholderOf(0, "Placeholder: subscriptions to AI tools and software.")},
	{Key: "job.salary_per_year", Label: "Yearly salary", Unit: "US dollars a year", Group: GroupJob, Max: projection.MaxSalary,
		at:      func(c *Comparison) any { return &c.Job.SalaryPerYear },
		prefill: func(b basis) Default { return b.salary() }},
	{Key: "job.learning_months", Label: "Months of learning before a hire", Unit: "months", Group: GroupJob, Whole: true, Max: projection.MaxLearningMonths,
		at:      func(c *Comparison) any { return &c.Job.LearningMonths },
		prefill: placeholderOf(12, "Placeholder: months of study before a hire. The sources give no timeline, only a “steeper” learning curve.")},
	{Key: "job.learning_cost", Label: "Cost of learning", Unit: "US dollars", Group: GroupJob, Max: projection.MaxAmount,
		at:      func(c *Comparison) any { return &c.Job.LearningCost },
		prefill: placeholderOf(0, "Placeholder: courses or degrees on the way to the role.")},
	{Key: "job.tax_pct", Label: "Tax on salary", Unit: "percent", Group: GroupJob, Max: projection.MaxPct,
		at:      func(c *Comparison) any { return &c.Job.TaxPct },
		prefill: placeholderOf(0, "Enter your own rate: at 0% the projection shows salary before tax.")},
}

// Inputs lists the projection's inputs in form order. The slice is shared:
// read it, never change it.
func Inputs() []Input { return inputs }

// Value is the input's value in c.
func (in Input) Value(c Comparison) float64 {
	switch p := in.at(&c).(type) {
	case *float64:
		return *p
	case *int:
		return float64(*p)
	}
	panic("compare: input " + in.Key + " points at neither a float64 nor an int") // the table above is wrong
}

// Set stores v as the input's value in c; a whole input keeps the whole part.
func (in Input) Set(c *Comparison, v float64) {
	switch p := in.at(c).(type) {
	case *float64:
		*p = v
	case *int:
		*p = int(v)
	default:
		panic("compare: input " + in.Key + " points at neither a float64 nor an int")
	}
}

// Counts reports whether the input takes part in c's projection: the goal
// always, the side-hustle and job inputs only when such a path is chosen.
func (in Input) Counts(c Comparison) bool {
	switch in.Group {
	case GroupHustle:
		_, ok := c.HustlePath()
		return ok
	case GroupJob:
		_, ok := c.JobPath()
		return ok
	}
	return true
}
