package compare

import (
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/projection"
)

// PathHours is a side-hustle path's established month at a few weekly
// hours, for its public page: no person's answers, so every other input is
// the default a comparison of the path opens with (New), the projection
// runs in the US (the rates are US figures) and, as on the personal line,
// no guess at income tax is taken off. The figures come out of the same
// projection as the personal line and the comparison, so the three agree.
type PathHours struct {
	// Assumed is the side hustle as projected at the first hours given:
	// the billable share, ramp, weeks off and fee every row shares.
	Assumed projection.SideHustle
	// Established is the month the rows describe: the first at the
	// established rate, after the assumed ramp.
	Established int
	Rows        []HoursRow
}

// HoursRow is the established month at one number of weekly hours.
type HoursRow struct {
	HoursPerWeek float64
	// GrossLow and GrossHigh bound the month's billing at the rate's low
	// and high ends (equal when the source gives one figure); Gross is at
	// the planning rate.
	GrossLow, GrossHigh, Gross float64
	// Net is what is kept after the platform fee, costs and US
	// self-employment tax.
	Net float64
	// PerHourWorked is Net over every hour worked that month, billed or not.
	PerHourWorked float64
}

// established is the side hustle's first month at its established rate
// (after the ramp) at its weekly hours, projected as res: the month the
// personal line and a path page's rows describe, rate bounding its billing.
func established(c Comparison, res projection.Result, rate catalog.Rate) (int, HoursRow) {
	month := min(c.Hustle.RampMonths+1, res.Months)
	m := res.Hustle.Months[month-1]
	row := HoursRow{HoursPerWeek: c.Hustle.HoursPerWeek, Gross: m.Gross, Net: m.Net,
		GrossLow: m.Hours*rate.Low + m.Retainer, GrossHigh: m.Hours*rate.High + m.Retainer}
	if worked := c.Hustle.HoursPerWeek * res.Hustle.WeeksPerMonth; worked > 0 {
		row.PerHourWorked = m.Net / worked
	}
	return month, row
}

// PathAtHours projects a side-hustle path at each of hours a week. It
// reports false for a full-time path and for a side hustle with no
// published rate (catalog.RateOf says why).
func PathAtHours(p catalog.Path, hours ...float64) (PathHours, bool) {
	rate, _, ok := catalog.RateOf(p.ID)
	if p.Mode != catalog.SideHustle || !ok || len(hours) == 0 {
		return PathHours{}, false
	}
	var out PathHours
	c, _ := New([]string{p.ID}, nil)
	c.Hustle.Country, c.Hustle.TaxPct = string(money.US), 0
	// The page's reader keeps a day job, as the product assumes; the US
	// rule does not depend on it.
	c.Hustle.HasDayJob = true
	for i, h := range hours {
		c.Hustle.HoursPerWeek = h
		in := c.Projection()
		res := projection.Project(in)
		if res.Hustle == nil {
			return PathHours{}, false
		}
		month, row := established(c, res, rate)
		if i == 0 {
			out.Assumed, out.Established = *in.Hustle, month
		}
		out.Rows = append(out.Rows, row)
	}
	return out, true
}
