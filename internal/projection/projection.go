// Package projection computes an honest month-by-month income projection for
// a side hustle and for a job, so the two can be compared against the user's
// monthly goal.
//
// The package holds only arithmetic. Every input is the user's own
// assumption; where a page pre-fills a default (a rate, a salary, a fee) it
// must say so and name its source. Nothing here is a forecast of the market.
//
// # Side hustle, month n (1-based)
//
//	working weeks per month = (52 − weeks off per year) / 12
//	hours                   = hours per week × working weeks per month × BillablePct / 100
//	rate                    = StartRate + (RampedRate − StartRate) × (n − 1) / RampMonths   while n ≤ RampMonths
//	                        = RampedRate                                                  from n = RampMonths + 1
//	retainer                = RetainerPerMonth from n = RampMonths + 1 (the month the rate is ramped), else 0
//	gross                   = rate × hours + retainer
//	fees                    = gross × PlatformFeePct / 100
//	costs                   = MonthlyCost
//	profit                  = gross − fees − costs
//	tax                     = profit × TaxPct / 100, or 0 when the profit is negative
//	                          + the Country's self-employment contributions on the month's profit as a year's
//	                            (package money; none when Country is empty, as TaxPct then covers both)
//	net                     = gross − fees − costs − tax
//	cumulative              = −UpfrontCost + the sum of net up to month n
//
// With RampMonths = 0 the ramped rate and the retainer apply from month 1.
// The fee applies to the whole gross, retainer included: a conservative
// reading when the retainer is paid off-platform.
//
// Worked example: 10 hours a week and 4 weeks off give 48/12 = 4 working
// weeks a month, so 40 hours; with every hour billed (BillablePct 100), at
// $50 an hour the gross is $2,000; a 10% fee is $200; 25% tax on $1,800 is
// $450; the net is $1,350. Billing 75% of the hours makes the gross $1,500.
//
// # Job, month n
//
//	gross      = 0 during the first LearningMonths months, then SalaryPerYear / 12
//	tax        = gross × TaxPct / 100
//	net        = gross − tax
//	cumulative = −LearningCost + the sum of net up to month n
//
// A side hustle's goal is the extra take-home a month it should bring
// (GoalPerMonth, compared with its net). A job's goal is the pay it must
// reach (JobGoalPerMonth, before tax as people quote pay, compared with its
// gross); without one the job is measured against GoalPerMonth like the
// side hustle.
//
// # Milestones
//
// GoalMonth is the first month whose net (a job with its own goal: gross)
// reaches the goal (0 when there is no goal or it is not reached within the
// horizon). PaybackMonth is the first
// month whose cumulative net is at least zero (0 when not within the
// horizon); with no upfront cost and a non-negative first month it is month
// 1, as there is nothing to earn back. Both compare to the cent, so
// floating-point dust never moves a milestone.
//
// # Bad input
//
// [Validate] explains every out-of-range value. [Project] is total all the
// same: NaN and negative values count as 0 and values above a limit count as
// the limit, so the result never holds NaN, Inf or negative hours.
package projection

import (
	"math"

	"github.com/crossroads/crossroads/internal/money"
)

// Limits shared by Validate and Project. They bound the arithmetic; they are
// not claims about what people earn.
const (
	DefaultMonths     = 24
	MaxMonths         = 60
	WeeksPerYear      = 52
	MaxHoursPerWeek   = 80
	MaxRate           = 10_000 // USD per hour
	MaxRampMonths     = 24
	MaxPct            = 100
	MaxSalary         = 5_000_000 // USD per year
	MaxLearningMonths = 60
	MaxAmount         = 1_000_000 // USD: goal, retainer, upfront cost, learning cost
	MaxMonthlyCost    = 100_000   // USD per month
)

// centTolerance lets a milestone count when it is short by less than half a
// cent, which is float rounding, not money.
const centTolerance = 0.005

// SideHustle holds the user's assumptions about a side hustle.
type SideHustle struct {
	HoursPerWeek    float64 `json:"hours_per_week"`
	WeeksOffPerYear float64 `json:"weeks_off_per_year"`
	// BillablePct is the share of the hours that clients pay for, 0–100;
	// the rest goes to finding clients, admin and unpaid revisions.
	BillablePct      float64 `json:"billable_pct"`
	StartRate        float64 `json:"start_rate"`  // USD per hour in month 1
	RampedRate       float64 `json:"ramped_rate"` // USD per hour once ramped
	RampMonths       int     `json:"ramp_months"`
	RetainerPerMonth float64 `json:"retainer_per_month"` // extra monthly income once ramped; 0 = none
	PlatformFeePct   float64 `json:"platform_fee_pct"`   // 0–100
	TaxPct           float64 `json:"tax_pct"`            // self-employment and income tax, 0–100
	UpfrontCost      float64 `json:"upfront_cost"`
	MonthlyCost      float64 `json:"monthly_cost"` // tools and subscriptions
	// Country, when set, adds that country's self-employment contributions
	// by its cited rule (money.Country.ContributionsIn), and TaxPct is the
	// person's income-tax rate alone. Empty keeps the older meaning:
	// TaxPct is self-employment and income tax together.
	Country string `json:"country,omitempty"`
	// HasDayJob matters to a rule that a day job has already partly used
	// (Canada's basic exemption).
	HasDayJob bool `json:"has_day_job,omitempty"`
}

// Job holds the user's assumptions about a salaried job.
type Job struct {
	SalaryPerYear  float64 `json:"salary_per_year"`
	LearningMonths int     `json:"learning_months"` // months of learning before a hire, earning nothing
	LearningCost   float64 `json:"learning_cost"`
	TaxPct         float64 `json:"tax_pct"`
}

// Input is what to project; Hustle, Job or both may be set.
type Input struct {
	Months       int     `json:"months"`         // horizon; 0 = DefaultMonths
	GoalPerMonth float64 `json:"goal_per_month"` // net monthly income goal; 0 = none
	// JobGoalPerMonth is the monthly pay, before tax, a job must reach; 0 =
	// measure the job against GoalPerMonth.
	JobGoalPerMonth float64 `json:"job_goal_per_month"`
	// TakeHomePerMonth is what the person takes home today (0 = not given);
	// the projection does no arithmetic with it, pages set a job against it.
	TakeHomePerMonth float64     `json:"take_home_per_month"`
	Hustle           *SideHustle `json:"hustle,omitempty"`
	Job              *Job        `json:"job,omitempty"`
}

// Result holds one series per projected path; a path not in the input is nil.
type Result struct {
	Months int     `json:"months"` // the horizon actually used
	Hustle *Series `json:"hustle,omitempty"`
	Job    *Series `json:"job,omitempty"`
}

// Series is one path month by month, with its milestones.
type Series struct {
	WeeksPerMonth float64 `json:"weeks_per_month"` // working weeks a month; 0 for a job
	Start         float64 `json:"start"`           // cumulative before month 1: −upfront or −learning cost
	Months        []Month `json:"months"`
	GoalMonth     int     `json:"goal_month"`    // first month with net ≥ goal; 0 = none within the horizon
	PaybackMonth  int     `json:"payback_month"` // first month with cumulative ≥ 0; 0 = none within the horizon
}

// Month is one month of a series, with every step of the arithmetic.
type Month struct {
	N          int     `json:"n"`        // 1-based
	Rate       float64 `json:"rate"`     // USD per hour this month; 0 for a job
	Hours      float64 `json:"hours"`    // billable hours this month; 0 for a job
	Retainer   float64 `json:"retainer"` // included in Gross
	Gross      float64 `json:"gross"`
	Fees       float64 `json:"fees"`
	Costs      float64 `json:"costs"`
	Tax        float64 `json:"tax"`
	Net        float64 `json:"net"`
	Cumulative float64 `json:"cumulative"`
}

// Horizon returns the number of months Project uses for a requested horizon.
func Horizon(months int) int {
	if months <= 0 {
		return DefaultMonths
	}
	return min(months, MaxMonths)
}

// Project computes the series for each path in the input.
func Project(in Input) Result {
	n := Horizon(in.Months)
	goal := clamp(in.GoalPerMonth, MaxAmount)
	r := Result{Months: n}
	if in.Hustle != nil {
		r.Hustle = projectHustle(*in.Hustle, n, goal)
	}
	if in.Job != nil {
		r.Job = projectJob(*in.Job, n, goal, clamp(in.JobGoalPerMonth, MaxAmount))
	}
	return r
}

func projectHustle(h SideHustle, n int, goal float64) *Series {
	var (
		hours    = clamp(h.HoursPerWeek, MaxHoursPerWeek)
		weeksOff = clamp(h.WeeksOffPerYear, WeeksPerYear)
		start    = clamp(h.StartRate, MaxRate)
		ramped   = clamp(h.RampedRate, MaxRate)
		ramp     = min(max(h.RampMonths, 0), MaxRampMonths)
		retainer = clamp(h.RetainerPerMonth, MaxAmount)
		billable = clamp(h.BillablePct, MaxPct) / 100
		fee      = clamp(h.PlatformFeePct, MaxPct) / 100
		tax      = clamp(h.TaxPct, MaxPct) / 100
		costs    = clamp(h.MonthlyCost, MaxMonthlyCost)
	)
	s := &Series{
		WeeksPerMonth: (WeeksPerYear - weeksOff) / 12,
		Start:         -clamp(h.UpfrontCost, MaxAmount),
		Months:        make([]Month, n),
	}
	for i := range s.Months {
		m := Month{N: i + 1, Rate: ramped, Hours: hours * s.WeeksPerMonth * billable, Costs: costs}
		if m.N <= ramp {
			m.Rate = start + (ramped-start)*float64(m.N-1)/float64(ramp)
		} else {
			m.Retainer = retainer
		}
		m.Gross = m.Rate*m.Hours + m.Retainer
		m.Fees = m.Gross * fee
		m.Tax = max(m.Gross-m.Fees-m.Costs, 0) * tax
		s.Months[i] = m
	}
	if h.Country != "" {
		profits := make([]float64, n)
		for i, m := range s.Months {
			profits[i] = m.Gross - m.Fees - m.Costs
		}
		for i, c := range money.ParseCountry(h.Country).ContributionsIn().Monthly(profits, h.HasDayJob) {
			s.Months[i].Tax += c
		}
	}
	for i := range s.Months {
		m := &s.Months[i]
		m.Net = m.Gross - m.Fees - m.Costs - m.Tax
	}
	s.milestones(goal, false)
	return s
}

func projectJob(j Job, n int, goal, payGoal float64) *Series {
	var (
		salary   = clamp(j.SalaryPerYear, MaxSalary)
		learning = min(max(j.LearningMonths, 0), MaxLearningMonths)
		tax      = clamp(j.TaxPct, MaxPct) / 100
	)
	s := &Series{Start: -clamp(j.LearningCost, MaxAmount), Months: make([]Month, n)}
	for i := range s.Months {
		m := Month{N: i + 1}
		if m.N > learning {
			m.Gross = salary / 12
			m.Tax = m.Gross * tax
			m.Net = m.Gross - m.Tax
		}
		s.Months[i] = m
	}
	if payGoal > 0 {
		s.milestones(payGoal, true)
	} else {
		s.milestones(goal, false)
	}
	return s
}

// milestones fills Cumulative, GoalMonth and PaybackMonth from the nets;
// gross measures the goal against the gross instead (a job's pay goal).
func (s *Series) milestones(goal float64, gross bool) {
	cum := s.Start
	for i := range s.Months {
		m := &s.Months[i]
		cum += m.Net
		m.Cumulative = cum
		reached := m.Net
		if gross {
			reached = m.Gross
		}
		if s.GoalMonth == 0 && goal > 0 && reached >= goal-centTolerance {
			s.GoalMonth = m.N
		}
		if s.PaybackMonth == 0 && cum >= -centTolerance {
			s.PaybackMonth = m.N
		}
	}
}

// clamp reads an unvalidated amount: NaN and negatives count as 0, anything
// above limit (including +Inf) as the limit.
func clamp(x, limit float64) float64 {
	if math.IsNaN(x) || x <= 0 {
		return 0
	}
	return min(x, limit)
}
