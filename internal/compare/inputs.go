package compare

import (
	"github.com/crossroads/crossroads/internal/money"
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
	// Unit is what the number counts; for an amount of money (Money) only
	// its period ("a month", "" for a one-off sum): UnitIn adds the currency.
	Unit  string
	Money bool
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

// UnitIn is what the input counts for a comparison made in country's
// currency: "hours", "pounds a month".
func (in Input) UnitIn(country money.Country) string {
	if !in.Money {
		return in.Unit
	}
	if in.Unit == "" {
		return country.CurrencyName()
	}
	return country.CurrencyName() + " " + in.Unit
}

// inputs is the projection's input table, in form order. It is never
// changed after start-up; read it through Inputs.
var inputs = []Input{
	{Key: "goal_per_month", Label: "Extra a month the side hustle should bring, take-home", Unit: "a month", Money: true, Group: GroupGoal, Max: projection.MaxAmount,
		at: func(c *Comparison) any { return &c.Goal },
		prefill: func(b basis) Default {
			// The questionnaire asks for it before tax; the projection compares take-home pay.
			return b.answerOr(questionnaire.IncomeGoal, ask("No goal set yet: enter the extra a month to keep, after fees, costs and tax."),
				"From the assessment, where it was given before tax. The projection compares what is kept after fees, costs and tax, so lower it to the take-home part.")
		}},
	{Key: "hustle.hours_per_week", Label: "Hours a week", Unit: "hours", Group: GroupHustle, Max: projection.MaxHoursPerWeek,
		at: func(c *Comparison) any { return &c.Hustle.HoursPerWeek },
		prefill: func(b basis) Default {
			return b.answerOr(questionnaire.HustleHours, ours(10, "A placeholder: replace it with the hours a week that can be kept up."), "From the assessment.")
		}},
	{Key: "hustle.billable_pct", Label: "Share of those hours clients pay for", Unit: "percent", Group: GroupHustle, Max: projection.MaxPct,
		at:      func(c *Comparison) any { return &c.Hustle.BillablePct },
		prefill: billable},
	{Key: "hustle.weeks_off_per_year", Label: "Weeks off a year", Unit: "weeks", Group: GroupHustle, Max: projection.WeeksPerYear,
		at:      func(c *Comparison) any { return &c.Hustle.WeeksOffPerYear },
		prefill: oursOf(4, "A placeholder: holidays and slow weeks a year.")},
	{Key: "hustle.start_rate", Label: "Starting hourly rate", Unit: "an hour", Money: true, Group: GroupHustle, Max: projection.MaxRate,
		at:      func(c *Comparison) any { return &c.Hustle.StartRate },
		prefill: func(b basis) Default { return b.rate(false) }},
	{Key: "hustle.ramped_rate", Label: "Hourly rate once established", Unit: "an hour", Money: true, Group: GroupHustle, Max: projection.MaxRate,
		at:      func(c *Comparison) any { return &c.Hustle.RampedRate },
		prefill: func(b basis) Default { return b.rate(true) }},
	{Key: "hustle.ramp_months", Label: "Months to get established", Unit: "months", Group: GroupHustle, Whole: true, Max: projection.MaxRampMonths,
		at:      func(c *Comparison) any { return &c.Hustle.RampMonths },
		prefill: oursOf(12, "A placeholder: the article says rates grow “as they build a track record” but gives no timeline.")},
	{Key: "hustle.retainer_per_month", Label: "Monthly retainer once established", Unit: "a month", Money: true, Group: GroupHustle, Max: projection.MaxAmount,
		at:      func(c *Comparison) any { return &c.Hustle.RetainerPerMonth },
		prefill: func(b basis) Default { return b.retainer() }},
	{Key: "hustle.platform_fee_pct", Label: "Platform fee", Unit: "percent", Group: GroupHustle, Max: projection.MaxPct,
		at:      func(c *Comparison) any { return &c.Hustle.PlatformFeePct },
		prefill: platformFee},
	{Key: "hustle.tax_pct", Label: "Tax on profit", Unit: "percent", Group: GroupHustle, Max: projection.MaxPct,
		at:      func(c *Comparison) any { return &c.Hustle.TaxPct },
		prefill: selfEmploymentTax},
	{Key: "hustle.upfront_cost", Label: "Upfront cost", Unit: "", Money: true, Group: GroupHustle, Max: projection.MaxAmount,
		at: func(c *Comparison) any { return &c.Hustle.UpfrontCost },
		prefill: oursOf(0, "A placeholder: what will really be spent on courses, tools or equipment before the first client. "+
			"The second article says many marketing side hustles start with “minimal investment”.")},
	{Key: "hustle.monthly_cost", Label: "Monthly tools and subscriptions", Unit: "a month", Money: true, Group: GroupHustle, Max: projection.MaxMonthlyCost,
		at:      func(c *Comparison) any { return &c.Hustle.MonthlyCost },
		prefill: oursOf(0, "A placeholder: subscriptions to AI tools and software.")},
	{Key: "job.salary_per_year", Label: "Yearly salary", Unit: "a year", Money: true, Group: GroupJob, Max: projection.MaxSalary,
		at:      func(c *Comparison) any { return &c.Job.SalaryPerYear },
		prefill: func(b basis) Default { return b.salary() }},
	{Key: "job.learning_months", Label: "Months of learning before a hire", Unit: "months", Group: GroupJob, Whole: true, Max: projection.MaxLearningMonths,
		at:      func(c *Comparison) any { return &c.Job.LearningMonths },
		prefill: oursOf(12, "A placeholder: months of study before a hire. The articles give no timeline, only a “steeper” learning curve.")},
	{Key: "job.learning_cost", Label: "Cost of learning", Unit: "", Money: true, Group: GroupJob, Max: projection.MaxAmount,
		at:      func(c *Comparison) any { return &c.Job.LearningCost },
		prefill: oursOf(0, "A placeholder: courses or degrees on the way to the role.")},
	{Key: "job.tax_pct", Label: "Tax on salary", Unit: "percent", Group: GroupJob, Max: projection.MaxPct,
		at:      func(c *Comparison) any { return &c.Job.TaxPct },
		prefill: oursOf(0, "No source gives it: enter the rate that applies. At 0% the projection shows the salary before tax.")},
	{Key: "job_goal_per_month", Label: "Monthly pay a new job must reach, before tax", Unit: "a month", Money: true, Group: GroupJob, Max: projection.MaxAmount,
		at: func(c *Comparison) any { return &c.JobGoal },
		prefill: func(b basis) Default {
			return b.answerOr(questionnaire.JobPayGoal, ours(0, "Optional: the pay before tax a job would have to offer; 0 holds the job to the goal above instead."), "From the assessment.")
		}},
	{Key: "take_home_per_month", Label: "Take-home pay a month today", Unit: "a month", Money: true, Group: GroupJob, Max: projection.MaxAmount,
		at: func(c *Comparison) any { return &c.TakeHome },
		prefill: func(b basis) Default {
			return b.answerOr(questionnaire.TakeHome, ours(0, "Optional: what is taken home today, so a job’s salary after tax can be set against it."), "From the assessment.")
		}},
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
