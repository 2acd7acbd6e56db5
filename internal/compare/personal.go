package compare

import (
	"math"
	"strconv"

	"golang.org/x/text/currency"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// Personal is what one path would bring one person: the first screen's
// money line. It is computed from the very inputs and sourced defaults a
// comparison of the path opens with (New), through the same projection, so
// the line and the comparison never disagree.
type Personal struct {
	Path    catalog.Path
	Country money.Country
	// Input is what was projected; Result the projection itself.
	Input  projection.Input
	Result projection.Result
	// Prefill says where each input came from (the person's answer, a
	// source, or our assumption).
	Prefill Prefill

	// Hustle is set for a side hustle, Job for a full-time role.
	Hustle *HustleMoney
	Job    *JobMoney
}

// HustleMoney is a side hustle at the person's own hours.
type HustleMoney struct {
	// Rate is the path's published planning rate; NoRate says why there is
	// none (HasRate false), and then nothing below is an estimate.
	Rate    catalog.Rate
	HasRate bool
	NoRate  string
	// Foreign says the rate is in another currency than the person's (a
	// US rate for someone in Canada): the figures below are then in the
	// rate's currency, after the platform fee only (a country's
	// contributions are set in its own currency), and never set against
	// the person's goal or day job, which are in theirs.
	Foreign bool
	// HoursPerWeek is the person's spare hours (their answer, or our
	// placeholder when they gave none: Prefill says which).
	HoursPerWeek float64
	// Established is the first month at the established rate (after our
	// assumed ramp): the month the figures below describe.
	Established int
	// GrossLow and GrossHigh bound a month's billing once established, at
	// the rate's low and high ends, before anything is taken off.
	GrossLow, GrossHigh float64
	// Gross and Net are that month at the planning rate: Net after the
	// platform fee, costs and the country's self-employment contributions
	// (income tax is the person's own and is not taken off here).
	Gross, Net float64
	// PerHourWorked is Net over every hour worked that month, billed or not.
	PerHourWorked float64
	// DayJobPerHour is take-home pay over day-job hours (0 when either is
	// not known): what an hour of the day job brings.
	DayJobPerHour float64
	// Goal is the extra a month the person wants (0 when not given);
	// GoalMonth the first month the net reaches it (0: not within the
	// horizon); HoursForGoal the weekly hours that would reach it once
	// established at the planning rate (0 when the goal is reached, not
	// given, or out of reach even at the most hours we project).
	Goal         float64
	GoalMonth    int
	HoursForGoal float64
}

// JobMoney is a job's pay against what the person said a job must pay.
type JobMoney struct {
	// Salary is the default a comparison opens with: the article's range,
	// the nearest public median, or nothing (Salary.Ask).
	Salary Default
	// PayGoal is the monthly pay before tax a new job must reach, and
	// TakeHome what the person takes home today (0 when not given).
	PayGoal, TakeHome float64
	// MeetsGoal reports whether the salary's month reaches PayGoal.
	MeetsGoal bool
	// US is, for someone paid in another currency than US dollars, the
	// figure an American would see, as published (Salary then asks for
	// their own); nil otherwise.
	US *Default
}

// USSalary is the salary a comparison of job p opens with for someone in
// the United States (the article's range or the nearest public median),
// as published, in US dollars; nil when no source gives one. Someone paid
// in another currency is shown it beside their own, never converted.
func USSalary(p catalog.Path, answers questionnaire.Answers) *Default {
	us := answers.Clone()
	us[questionnaire.Country] = []string{string(money.US)}
	d := Defaults([]catalog.Path{p}, us).For("job.salary_per_year")
	if d.Ask || d.Value <= 0 {
		return nil
	}
	return &d
}

// weeksPerMonth is how many weeks a month holds, for a day job's hours.
const weeksPerMonth = projection.WeeksPerYear / 12.0

// PersonalFor works out a path's money for a person, from their answers.
func PersonalFor(p catalog.Path, answers questionnaire.Answers) Personal {
	c, d := New([]string{p.ID}, answers)
	country := money.ParseCountry(answers.Get(questionnaire.Country))
	// The line takes off what a rule decides (fees, the country's
	// contributions), never a guess at the person's income tax.
	c.Hustle.Country, c.Hustle.TaxPct = string(country), 0
	c.Hustle.HasDayJob = answers.Get(questionnaire.DayJob) != "none"
	in := c.Projection()
	out := Personal{Path: p, Country: country, Input: in, Result: projection.Project(in), Prefill: d}
	switch p.Mode {
	case catalog.SideHustle:
		out.Hustle = hustleMoney(p, c, out.Result, answers)
	case catalog.FullTime:
		sal := d.For("job.salary_per_year")
		out.Job = &JobMoney{Salary: sal, PayGoal: c.JobGoal, TakeHome: c.TakeHome,
			MeetsGoal: c.JobGoal > 0 && sal.Value/12 >= c.JobGoal}
		if !country.Local(currency.USD) {
			out.Job.US = USSalary(p, answers)
		}
	}
	return out
}

func hustleMoney(p catalog.Path, c Comparison, res projection.Result, answers questionnaire.Answers) *HustleMoney {
	h := &HustleMoney{HoursPerWeek: c.Hustle.HoursPerWeek, Goal: c.Goal}
	country := CountryOf(answers)
	h.Rate, h.NoRate, h.HasRate = catalog.RateIn(p.ID, RateWhere(country))
	if h.HasRate && !RateLocal(h.Rate, country) {
		// The comparison asks for a local rate; the line shows the
		// published one as it is, through the same engine, in its own
		// currency: no contributions, no goal, no day job beside it.
		h.Foreign = true
		c.Hustle.StartRate, c.Hustle.RampedRate = h.Rate.Low, h.Rate.Typical
		c.Hustle.Country, c.Hustle.TaxPct = "", 0
		c.Hustle.UpfrontCost, c.Hustle.MonthlyCost = 0, 0
		c.Goal, c.JobGoal, c.TakeHome = 0, 0, 0
		res = projection.Project(c.Projection())
		h.Goal = 0
	}
	if res.Hustle == nil || !h.HasRate {
		return h
	}
	month, row := established(c, res, h.Rate)
	h.Established = month
	h.Gross, h.Net, h.GrossLow, h.GrossHigh, h.PerHourWorked = row.Gross, row.Net, row.GrossLow, row.GrossHigh, row.PerHourWorked
	if h.Foreign {
		return h
	}
	if hours, err := strconv.ParseFloat(answers.Get(questionnaire.DayJobHours), 64); err == nil && hours > 0 && c.TakeHome > 0 {
		h.DayJobPerHour = c.TakeHome / (hours * weeksPerMonth)
	}
	h.GoalMonth = res.Hustle.GoalMonth
	if h.Goal > 0 && h.Net < h.Goal {
		h.HoursForGoal = hoursFor(c, h.Goal, h.Established)
	}
	return h
}

// hoursFor is the fewest weekly hours, to the half hour, at which the
// established month nets the goal; 0 when even the most hours we project
// do not. Net grows with hours (fees and contributions take a share, never
// more than what was earned), so a bisection finds it.
func hoursFor(c Comparison, goal float64, month int) float64 {
	netAt := func(hours float64) float64 {
		c.Hustle.HoursPerWeek = hours
		in := c.Projection()
		in.Months = month
		return projection.Project(in).Hustle.Months[month-1].Net
	}
	if netAt(projection.MaxHoursPerWeek) < goal {
		return 0
	}
	lo, hi := 0.0, float64(projection.MaxHoursPerWeek)
	for hi-lo > 0.01 {
		mid := (lo + hi) / 2
		if netAt(mid) >= goal {
			hi = mid
		} else {
			lo = mid
		}
	}
	return math.Ceil(hi*2) / 2
}

// HoursForGoal is the fewest weekly hours, to the half hour, at which a
// saved comparison's side hustle nets goal in month (its established
// month), with every other input as saved; 0 when even the most hours we
// project do not. The comparison page's own money line reads it, so it
// agrees with the comparison's chart rather than with the defaults.
func HoursForGoal(c Comparison, goal float64, month int) float64 {
	if _, ok := c.HustlePath(); !ok || month < 1 {
		return 0
	}
	return hoursFor(c, goal, month)
}
