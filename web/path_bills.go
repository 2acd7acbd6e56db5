package web

import (
	"math"
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
)

// PathBillHours are the weekly hours a side-hustle page works its rate out
// at: a little, the middle and the most the questionnaire's audience of
// 10–20 spare hours has.
var PathBillHours = []float64{8, 12, 20}

// PathBills is a side hustle's "What it bills": the published rate it
// plans with, where it comes from, and what it brings at a few weekly
// hours, from the same projection as the personal line and the comparison.
type PathBills struct {
	// NoRate says why there is no rate (a product); nothing below is set then.
	NoRate string
	Rate   RateLine
	// Planned is the rate the table plans with, when the source gives a
	// spread: "$30.20 an hour, the median".
	Planned      string
	Closeness    string
	ClosenessWhy string
	Note         string // ours
	Retainer     *RateLine
	Beside       []RateLine
	// Rows are the table's lines (a month at each weekly hours), under
	// Caption.
	Caption string
	Rows    []PathBillRow
	// Assumed lists our assumptions; Fee and Tax are what the rows take
	// off, each with the page it rests on; KeptAt says at which rate a
	// spread's kept column is.
	Assumed  string
	Fee, Tax SourcedLine
	KeptAt   string
	// CompareURL opens a comparison of the path with these defaults.
	CompareURL string
}

// RateLine is one published rate with everything needed to cite it.
type RateLine struct {
	Amount, Measure, Occupation string
	Publisher, Title, URL       string
	Period                      string
	// Abroad is "a UK figure, in pounds" for a figure measured outside the US.
	Abroad       string
	Quote        string
	Reading      string
	SourcesURL   string
	ReportedNote string // "reported by X" or ""
}

// PathBillRow is the established month at one number of weekly hours.
type PathBillRow struct {
	Hours                      string
	Gross, Kept, PerHourWorked string
}

// SourcedLine is a phrase with the page it rests on.
type SourcedLine struct {
	Text, URL string
}

// pathBills is the "What it bills" of a side-hustle path; nil for a job.
func pathBills(p catalog.Path) *PathBills {
	if p.Mode != catalog.SideHustle {
		return nil
	}
	r, why, ok := catalog.RateOf(p.ID)
	if !ok {
		return &PathBills{NoRate: why, CompareURL: ComparisonNewPath(p.ID)}
	}
	at, ok := compare.PathAtHours(p, PathBillHours...)
	if !ok { // a path with a rate always projects; an empty table would mislead
		return nil
	}
	us := func(v float64) string { return money.US.Format(money.USD(v)) }
	b := &PathBills{
		Rate:      rateLine(r.Source),
		Closeness: r.Closeness.Label(), ClosenessWhy: r.Closeness.Explain(),
		Note:       r.Note,
		CompareURL: ComparisonNewPath(p.ID),
	}
	if r.Spread() {
		b.Planned = money.US.FormatCents(money.USD(r.Typical)) + " an hour, the " + typicalIs(r)
	}
	if r.Retainer != nil {
		ret := rateLine(*r.Retainer)
		b.Retainer = &ret
	}
	for _, f := range r.Beside {
		b.Beside = append(b.Beside, rateLine(f))
	}
	var hours []string
	for _, h := range PathBillHours {
		hours = append(hours, hoursText(h))
	}
	b.Caption = "A month at " + andList(hours) + " hours a week, from month " + strconv.Itoa(at.Established)
	for _, row := range at.Rows {
		gross := us(row.Gross)
		if r.Spread() {
			gross = us(row.GrossLow) + "–" + us(row.GrossHigh)
		}
		b.Rows = append(b.Rows, PathBillRow{Hours: hoursText(row.HoursPerWeek), Gross: gross, Kept: us(row.Net), PerHourWorked: us(row.PerHourWorked)})
	}
	a := at.Assumed
	b.Assumed = "Ours, not sourced: " + pct(a.BillablePct) + " of the hours billed (the rest goes to finding clients, admin and unpaid revisions), " +
		hoursText(a.WeeksOffPerYear) + " weeks off a year, and " + strconv.Itoa(a.RampMonths) +
		" months to get established, rising from a starting rate; the table shows month " + strconv.Itoa(at.Established) + " on."
	fee, tax := catalog.UpworkDirectContractsFee(), catalog.IRSSelfEmploymentTax()
	b.Fee = SourcedLine{Text: "a " + pct(a.PlatformFeePct) + " platform fee", URL: "/sources#" + fee.Source.Anchor()}
	b.Tax = SourcedLine{Text: "US self-employment tax, 15.3% of profit", URL: "/sources#" + tax.Source.Anchor()}
	if r.Spread() {
		b.KeptAt = ", at the planned rate"
	}
	return b
}

// typicalIs names the figure a spread's typical rate is.
func typicalIs(r catalog.Rate) string {
	if r.Source.Measure == catalog.Range {
		return "median, between the 25th and 75th percentiles"
	}
	return "typical figure"
}

func rateLine(f catalog.RateFigure) RateLine {
	l := RateLine{Amount: RateAmount(f), Measure: MeasureLabel(f.Measure), Occupation: f.Occupation,
		Publisher: f.Source.Publisher, Title: f.Source.Title, URL: f.Source.URL, Period: f.Period,
		Quote: f.Quote, Reading: f.Reading, SourcesURL: "/sources#" + f.Source.Anchor()}
	if f.ReportedBy != "" {
		l.ReportedNote = "reported by " + f.ReportedBy
	}
	if f.Where == catalog.InUK {
		l.Abroad = "a UK figure, in pounds"
	}
	return l
}

// Cite is the figure's origin in brief: "BrightLocal, 2020, reported by X".
func (l RateLine) Cite() string {
	s := l.Publisher + ", " + l.Period
	if l.ReportedNote != "" {
		s += ", " + l.ReportedNote
	}
	return s
}

// Brief is the figure in one line: "$127 an hour (average), local SEO
// agencies (BrightLocal, 2020)", with "reported by" and "a UK figure, in
// pounds" where they apply.
func (l RateLine) Brief() string {
	s := l.Amount + " (" + l.Measure + "), " + lowerFirst(l.Occupation) + " (" + l.Cite() + ")"
	if l.Abroad != "" {
		s += ": " + l.Abroad
	}
	return s
}

// pct is a percentage as people write it, to a tenth at most: "70%",
// "12.5%", and "2%" for 2.04.
func pct(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) + "%"
}

// earningsHeading heads a path's public pay figures. A job's are what it
// earns. A side hustle's are employees' full-time pay in the nearest
// occupation (or the top of another trade's rates), and the page says so,
// so that no reader takes a salary for what the side hustle brings.
func earningsHeading(p catalog.Path) (heading, intro string) {
	if p.Mode != catalog.SideHustle {
		return "What it earns", ""
	}
	var yearly, hourly bool
	for _, f := range catalog.EarningsOf(p).Figures {
		yearly = yearly || f.Unit == catalog.PerYear
		hourly = hourly || f.Unit == catalog.PerHour
	}
	heading = "The articles’ claim and public figures nearby"
	var not []string
	if yearly {
		heading = "Employees’ full-time pay in the nearest occupation"
		not = append(not, "a yearly figure here is what an employee is paid for a full-time year")
	}
	if hourly {
		not = append(not, "an hourly public figure here is another trade’s")
	}
	intro = "What the side hustle brings is its rate at the hours worked, under “What it bills” above."
	if len(not) > 0 {
		intro = "Not what this side hustle earns: " + strings.Join(not, ", and ") + ". " + intro
	}
	return heading, intro
}

// andList joins items as a sentence does: "8, 12 and 20".
func andList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
