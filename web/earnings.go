package web

import (
	"math"

	"golang.org/x/text/currency"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
)

// The words for money figures, shared by every page that shows a path's
// income line (path pages, the result, the comparison).

func perUnit(unit string) string {
	switch unit {
	case catalog.PerHour:
		return " an hour"
	case catalog.PerMonth:
		return " a month"
	case catalog.PerYear:
		return " a year"
	case catalog.PerDay:
		return " a day"
	}
	return ""
}

// FigureAmount states a public figure's value: "$136,620 a year",
// "$88,922–$146,926 a year", "Rates reaching $250 an hour" (the source's word).
func FigureAmount(f catalog.Figure) string {
	switch f.Measure {
	case catalog.Range:
		return Money(f.Low) + "–" + Money(f.High) + perUnit(f.Unit)
	case catalog.TopRate:
		return "Rates reaching " + Money(f.High) + perUnit(f.Unit)
	}
	return Money(f.Low) + perUnit(f.Unit)
}

// MeasureLabel names what kind of figure it is, in a word or two.
func MeasureLabel(m catalog.Measure) string {
	switch m {
	case catalog.Median:
		return "median"
	case catalog.Range:
		return "range"
	case catalog.TopRate:
		return "top rate, not typical"
	}
	return string(m)
}

// ArticleAmount states the articles' own figure in brief, "" when they give none.
func ArticleAmount(in catalog.Income) string {
	if !in.Known {
		return ""
	}
	high := Money(in.High)
	if in.OpenEnded {
		high += "+"
	}
	return Money(in.Low) + "–" + high + perUnit(in.Unit)
}

// RateAmount states a published rate in the currency it was published in,
// never converted: "$102 an hour", "£576 a day", "$22.42–$41.05 an hour".
func RateAmount(f catalog.RateFigure) string {
	unit, err := currency.ParseISO(f.Currency)
	if err != nil {
		unit = currency.USD
	}
	at := func(v float64) string {
		if v != math.Trunc(v) { // an hourly wage table's cents matter
			return money.US.FormatCents(money.Amount{Value: v, Currency: unit})
		}
		return money.US.Format(money.Amount{Value: v, Currency: unit})
	}
	if f.Low != f.High {
		return at(f.Low) + "–" + at(f.High) + perUnit(f.Unit)
	}
	return at(f.Low) + perUnit(f.Unit)
}
