package projection

import (
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/numfmt"

	"fmt"
	"math"
)

// Validate returns a message for every out-of-range input, keyed by field:
// "input", "months", "goal_per_month", "job_goal_per_month", "take_home_per_month",
// "hustle.hours_per_week", "hustle.weeks_off_per_year", "hustle.billable_pct",
// "hustle.start_rate", "hustle.ramped_rate",
// "hustle.ramp_months", "hustle.retainer_per_month",
// "hustle.platform_fee_pct", "hustle.tax_pct", "hustle.upfront_cost",
// "hustle.monthly_cost", "hustle.country", "job.salary_per_year", "job.learning_months",
// "job.learning_cost", "job.tax_pct". The map is empty when the input is
// acceptable.
func Validate(in Input) map[string]string {
	v := map[string]string{}
	if in.Hustle == nil && in.Job == nil {
		v["input"] = "Add a side hustle, a job, or both to project."
	}
	if in.Months < 0 || in.Months > MaxMonths {
		v["months"] = fmt.Sprintf("Choose a horizon from 1 to %d months, or leave it blank for %d.", MaxMonths, DefaultMonths)
	}
	amount(v, "goal_per_month", "the monthly goal", in.GoalPerMonth, MaxAmount, "USD a month")
	amount(v, "job_goal_per_month", "the pay a new job must reach", in.JobGoalPerMonth, MaxAmount, "USD a month")
	amount(v, "take_home_per_month", "the take-home pay", in.TakeHomePerMonth, MaxAmount, "USD a month")

	if h := in.Hustle; h != nil {
		amount(v, "hustle.hours_per_week", "hours per week", h.HoursPerWeek, MaxHoursPerWeek, "")
		amount(v, "hustle.weeks_off_per_year", "weeks off per year", h.WeeksOffPerYear, WeeksPerYear, "")
		// Hours with no working week left would project income that cannot be earned.
		if _, bad := v["hustle.weeks_off_per_year"]; !bad && h.WeeksOffPerYear == WeeksPerYear && h.HoursPerWeek > 0 {
			v["hustle.weeks_off_per_year"] = "With 52 weeks off there is no week left to work. Lower the weeks off, or set hours per week to 0."
		}
		amount(v, "hustle.billable_pct", "the share of hours billed", h.BillablePct, MaxPct, "percent")
		amount(v, "hustle.start_rate", "the starting rate", h.StartRate, MaxRate, "USD an hour")
		amount(v, "hustle.ramped_rate", "the ramped rate", h.RampedRate, MaxRate, "USD an hour")
		whole(v, "hustle.ramp_months", "the ramp", h.RampMonths, MaxRampMonths, "months")
		amount(v, "hustle.retainer_per_month", "the monthly retainer", h.RetainerPerMonth, MaxAmount, "USD")
		amount(v, "hustle.platform_fee_pct", "the platform fee", h.PlatformFeePct, MaxPct, "percent")
		amount(v, "hustle.tax_pct", "the tax rate", h.TaxPct, MaxPct, "percent")
		amount(v, "hustle.upfront_cost", "the upfront cost", h.UpfrontCost, MaxAmount, "USD")
		amount(v, "hustle.monthly_cost", "the monthly cost", h.MonthlyCost, MaxMonthlyCost, "USD")
		if h.Country != "" && string(money.ParseCountry(h.Country)) != h.Country {
			v["hustle.country"] = "Choose where you work from the list."
		}
	}
	if j := in.Job; j != nil {
		amount(v, "job.salary_per_year", "the yearly salary", j.SalaryPerYear, MaxSalary, "USD")
		whole(v, "job.learning_months", "the learning time", j.LearningMonths, MaxLearningMonths, "months")
		amount(v, "job.learning_cost", "the learning cost", j.LearningCost, MaxAmount, "USD")
		amount(v, "job.tax_pct", "the tax rate", j.TaxPct, MaxPct, "percent")
	}
	return v
}

func amount(v map[string]string, key, label string, x, limit float64, unit string) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		v[key] = "Enter " + label + " as a number."
	case x < 0 || x > limit:
		v[key] = rangeMessage(label, int(limit), unit)
	}
}

func whole(v map[string]string, key, label string, n, limit int, unit string) {
	if n < 0 || n > limit {
		v[key] = rangeMessage(label, limit, unit)
	}
}

func rangeMessage(label string, limit int, unit string) string {
	if unit != "" {
		unit = " " + unit
	}
	return fmt.Sprintf("Enter %s from 0 to %s%s.", label, numfmt.Thousands(int64(limit)), unit)
}
