package web

import (
	"math"
	"strconv"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
)

// moneyLine is what a path would bring the reader, on the first screen: a
// side hustle at their own hours from its published rate (never a yearly
// salary), a job's pay against what they said a job must pay. It comes
// from compare.PersonalFor, the comparison's own inputs and projection, so
// the line and a comparison of the path agree.
func (say reasons) moneyLine(p catalog.Path) Fact {
	got := compare.PersonalFor(p, say.answers)
	switch {
	case got.Hustle != nil:
		return say.hustleLine(p, got)
	case got.Job != nil:
		return say.jobLine(p, got)
	}
	return Fact{Label: "What it earns", Value: catalog.NoPublicFigure + "."}
}

func (say reasons) hustleLine(p catalog.Path, got compare.Personal) Fact {
	h := got.Hustle
	f := Fact{Label: "What it earns " + say.voice.Object()}
	if !h.HasRate {
		f.Value = "No published rate: " + lowerFirst(h.NoRate) + " A comparison of it lets " + say.voice.Object() + " enter a price."
		f.Origin = "no source gives one"
		return f
	}
	amount := hustleAmounts(got)
	hours := hoursText(h.HoursPerWeek)
	span := amount(h.GrossLow) + "–" + amount(h.GrossHigh)
	if !h.Rate.Spread() {
		span = amount(h.Gross)
	}
	f.Value = "About " + span + " a month at " + say.voice.Of() + " " + hours + " hours a week from month " +
		strconv.Itoa(h.Established)
	if h.Foreign {
		// A US rate for someone paid in another currency: shown as
		// published, and never set beside their goal or day job.
		f.Value += ", " + amount(h.Net) + " after the platform fee: a US rate in US dollars, not converted, so not set against " +
			say.voice.Of() + " goal in " + got.Country.CurrencyName() + "."
	} else {
		f.Value += "; " + amount(h.Net) + " kept after " + keptAfter(got)
		if h.PerHourWorked > 0 {
			f.Value += ", " + amount(h.PerHourWorked) + " an hour of " + say.voice.Of() + " time"
			if h.DayJobPerHour > 0 {
				f.Value += " (day job: " + amount(h.DayJobPerHour) + ")"
			}
		}
		f.Value += "."
		if h.Goal > 0 {
			goal := " " + say.voice.Possessive + " " + amount(h.Goal) + " goal"
			switch {
			case h.GoalMonth > 0:
				f.Value += goal + ": reached from month " + strconv.Itoa(h.GoalMonth) + "."
			case h.HoursForGoal > 0:
				f.Value += goal + " needs about " + hoursText(h.HoursForGoal) + " hours a week."
			default:
				f.Value += goal + " is out of reach at this rate, even at 80 hours a week."
			}
		}
	}
	r := h.Rate
	f.Origin = r.Source.Source.Publisher + " " + r.Source.Period + " rate, " + lowerFirst(r.Closeness.Label())
	if r.Source.ReportedBy != "" {
		f.Origin += ", reported by " + r.Source.ReportedBy
	}
	if r.Source.Unit == catalog.PerDay {
		f.Origin += "; ours: a day is " + strconv.Itoa(catalog.HoursPerDay) + " hours"
	} else {
		f.Origin += "; ours"
	}
	f.Origin += ": 70% billed, a " + strconv.Itoa(h.Established-1) + "-month ramp"
	f.Source = &SourceRef{Label: r.Source.Source.Publisher + ": " + r.Source.Source.Title, URL: "/sources#" + r.Source.Source.Anchor()}
	return f
}

func (say reasons) jobLine(p catalog.Path, got compare.Personal) Fact {
	j := *got.Job
	f := Fact{Label: "What it pays"}
	if j.US != nil {
		// The person is paid in another currency: the US figure as
		// published, never set beside their amounts.
		reader := got.Country
		f.Value = reader.Format(money.USD(j.US.Value)) + " a year in the United States, in US dollars: " +
			"not converted, so not set against the pay " + say.voice.Lower() + " gave in " + reader.CurrencyName() + "."
		f.Origin = lowerFirst(j.US.Note)
		if j.US.Source != nil {
			f.Source = &SourceRef{Label: j.US.Source.Publisher + ": " + j.US.Source.Title, URL: "/sources#" + j.US.Source.Anchor()}
		}
		return f
	}
	if j.Salary.Ask || j.Salary.Value <= 0 {
		f.Value = catalog.NoPublicFigure + ": no source we could check gives pay for " + p.Name + "."
		return f
	}
	us := money.US
	year := us.Format(money.USD(j.Salary.Value))
	month := us.Format(money.USD(j.Salary.Value / 12))
	f.Value = year + " a year, about " + month + " a month before tax"
	switch {
	case j.PayGoal > 0 && j.MeetsGoal:
		f.Value += ": above the " + us.Format(money.USD(j.PayGoal)) + " a month " + say.voice.Lower() + " said a new job must pay"
	case j.PayGoal > 0:
		f.Value += ": below the " + us.Format(money.USD(j.PayGoal)) + " a month " + say.voice.Lower() + " said a new job must pay"
	}
	if j.TakeHome > 0 {
		f.Value += ", set beside the " + us.Format(money.USD(j.TakeHome)) + " " + say.voice.Lower() + " take home today"
	}
	f.Value += "."
	f.Origin = lowerFirst(j.Salary.Note)
	switch {
	case j.Salary.Source != nil:
		f.Source = &SourceRef{Label: j.Salary.Source.Publisher + ": " + j.Salary.Source.Title, URL: "/sources#" + j.Salary.Source.Anchor()}
	case j.Salary.Cite != nil:
		f.Source = sourceRef(j.Salary.Cite)
	}
	return f
}

// keptAfter names what the line's net has had taken off: the platform fee
// and the contributions of the country the person works in, by name.
func keptAfter(got compare.Personal) string {
	if name := got.Country.ContributionsIn().Name; name != "" {
		return "fee and " + name
	}
	return "the platform fee"
}

// hoursText is a number of hours as people say it: "8", "12.5".
func hoursText(h float64) string {
	if h == math.Trunc(h) {
		return strconv.Itoa(int(h))
	}
	return strconv.FormatFloat(h, 'f', 1, 64)
}
