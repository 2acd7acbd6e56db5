package web_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/web"
)

var (
	billsSectionRe = regexp.MustCompile(`(?s)<section aria-labelledby="bills-heading">.*?</section>`)
	billRowRe      = regexp.MustCompile(`<tr><th scope="row">([^<]*)</th><td class="num">([^<]*)</td><td class="num">([^<]*)</td><td class="num">([^<]*)</td></tr>`)
	// yearlyRe is a sum of money stated as a year's: a salary.
	yearlyRe = regexp.MustCompile(`(?i)[$£][0-9][0-9,.]*\s*(a|per|each)\s+year|annual|salar`)
)

// sideHustles is every side-hustle and hybrid path: the pages that bill.
func sideHustles(t *testing.T) []catalog.Path {
	t.Helper()
	var out []catalog.Path
	for _, p := range catalog.All() {
		if p.Mode == catalog.SideHustle {
			out = append(out, p)
		}
	}
	if len(out) < 10 {
		t.Fatalf("only %d side hustles in the catalog", len(out))
	}
	return out
}

// engineMonth is the established month of a side hustle at hours a week,
// projected here from a comparison of the path as the comparison page and
// the personal line build it (US, no income-tax guess), not through the
// page's own helper.
func engineMonth(t *testing.T, p catalog.Path, hours float64) (projection.Month, int, float64) {
	t.Helper()
	c, _ := compare.New([]string{p.ID}, nil)
	c.Hustle.HoursPerWeek, c.Hustle.TaxPct, c.Hustle.Country = hours, 0, string(money.US)
	res := projection.Project(c.Projection())
	month := c.Hustle.RampMonths + 1
	return res.Hustle.Months[month-1], month, hours * res.Hustle.WeeksPerMonth
}

// Every side hustle's page works its rate out at 8, 12 and 20 hours a
// week: three different rows, each the projection engine's to the dollar.
func TestPathPageBillsAtThreeHoursFromTheEngine(t *testing.T) {
	t.Parallel()
	us := func(v float64) string { return money.US.Format(money.USD(v)) }
	for _, p := range sideHustles(t) {
		page := render(t, web.PathPage(web.PathDetailView(p)))
		section := billsSectionRe.FindString(page)
		if section == "" {
			t.Errorf("%s: no “What it bills” section", p.ID)
			continue
		}
		if strings.Index(page, `id="bills-heading"`) > strings.Index(page, `id="earns-heading"`) {
			t.Errorf("%s: “What it bills” comes after the yearly figures; it should lead", p.ID)
		}
		if !strings.Contains(section, `href="/comparisons/new?path=`+p.ID+`"`) {
			t.Errorf("%s: no link to a comparison of it", p.ID)
		}
		r, why, ok := catalog.RateOf(p.ID)
		rows := billRowRe.FindAllStringSubmatch(section, -1)
		if !ok {
			if why == "" || !strings.Contains(text(section), why) || len(rows) != 0 {
				t.Errorf("%s: no published rate, and the page does not say why (or shows a table anyway)", p.ID)
			}
			continue
		}
		if len(rows) != 3 {
			t.Fatalf("%s: %d rows in the hours table; want 8, 12 and 20 hours", p.ID, len(rows))
		}
		seen := map[string]bool{}
		for i, hours := range []float64{8, 12, 20} {
			m, month, worked := engineMonth(t, p, hours)
			gross := us(m.Gross)
			if r.Spread() {
				gross = us(m.Hours*r.Low+m.Retainer) + "–" + us(m.Hours*r.High+m.Retainer)
			}
			want := []string{strconv.Itoa(int(hours)), gross, us(m.Net), us(m.Net / worked)}
			got := rows[i][1:]
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%s at %v h: page row %q; the engine says %q", p.ID, hours, got, want)
			}
			if !strings.Contains(section, "from month "+strconv.Itoa(month)) {
				t.Errorf("%s: the table does not say it starts in month %d", p.ID, month)
			}
			if seen[got[1]+got[2]] {
				t.Errorf("%s: %v h bills and keeps what fewer hours do: %q", p.ID, hours, got)
			}
			seen[got[1]+got[2]] = true
		}
		for _, want := range []string{"Ours, not sourced: 70% of the hours billed", "12 months to get established",
			"5% platform fee", "US self-employment tax", "US figures, in US dollars"} {
			if !strings.Contains(text(section), want) {
				t.Errorf("%s: the table's assumptions lack %q", p.ID, want)
			}
		}
	}
}

// The rate section states a rate, never a salary, with its provenance;
// a press report of a survey says "reported by" whoever reported it.
func TestPathPageRateSectionNeverShowsASalary(t *testing.T) {
	t.Parallel()
	for _, p := range sideHustles(t) {
		page := render(t, web.PathPage(web.PathDetailView(p)))
		section := billsSectionRe.FindString(page)
		own := text(section)
		if m := yearlyRe.FindString(own); m != "" {
			t.Errorf("%s: the rate section presents a yearly figure as the side hustle's earnings: %q", p.ID, m)
		}
		for _, f := range catalog.EarningsOf(p).Figures {
			if f.Unit == catalog.PerYear && strings.Contains(own, web.FigureAmount(f.Figure)) {
				t.Errorf("%s: the rate section shows the salary %s", p.ID, web.FigureAmount(f.Figure))
			}
		}
		r, _, ok := catalog.RateOf(p.ID)
		if !ok {
			continue
		}
		figures := append([]catalog.RateFigure{r.Source}, r.Beside...)
		if r.Retainer != nil {
			figures = append(figures, *r.Retainer)
		}
		for _, f := range figures {
			if !strings.Contains(own, web.RateAmount(f)) || !strings.Contains(section, `href="/sources#`+f.Source.Anchor()+`"`) ||
				!strings.Contains(section, f.Quote) {
				t.Errorf("%s: %s (%s) shown without its amount, its sources link or its words", p.ID, f.Source.ID, web.RateAmount(f))
			}
			if f.ReportedBy != "" && !strings.Contains(own, "reported by "+f.ReportedBy) {
				t.Errorf("%s: %s is a secondary report; the page must say “reported by %s”", p.ID, f.Source.ID, f.ReportedBy)
			}
			if f.Where == catalog.InUK && !strings.Contains(own, web.RateAmount(f)+" ("+web.MeasureLabel(f.Measure)+")") {
				t.Errorf("%s: a UK rate must stay in pounds: %s", p.ID, web.RateAmount(f))
			}
		}
		for _, want := range []string{r.Source.Source.Publisher, r.Source.Period, r.Closeness.Label(), r.Closeness.Explain(), r.Note} {
			if !strings.Contains(own, want) {
				t.Errorf("%s: the planning rate is shown without %q", p.ID, want)
			}
		}
		// The yearly public figures stay, under a heading that says whose pay they are.
		for _, f := range catalog.EarningsOf(p).Figures {
			if f.Unit == catalog.PerYear && (!strings.Contains(text(page), web.FigureAmount(f.Figure)) ||
				!strings.Contains(text(page), "Employees’ full-time pay in the nearest occupation") ||
				!strings.Contains(text(page), "Not what this side hustle earns: a yearly figure here is what an employee is paid for a full-time year")) {
				t.Errorf("%s: the yearly figure %s is gone, or not marked as employees' full-time pay", p.ID, web.FigureAmount(f.Figure))
			}
		}
	}
}

// A full-time path keeps its yearly pay as what it earns, with no rate.
func TestJobPathPageKeepsYearlyPay(t *testing.T) {
	t.Parallel()
	for _, p := range catalog.All() {
		if p.Mode != catalog.FullTime {
			continue
		}
		page := render(t, web.PathPage(web.PathDetailView(p)))
		if billsSectionRe.MatchString(page) || !strings.Contains(text(page), "What it earns") {
			t.Errorf("%s: a job shows a rate section, or lacks “What it earns”", p.ID)
		}
	}
}

// On /paths a side hustle's line is its rate, a job's its yearly pay.
func TestPathIndexShowsRatesForSideHustles(t *testing.T) {
	t.Parallel()
	v := web.PathIndexView()
	for _, g := range v.Tracks {
		for _, s := range g.Paths {
			id := strings.TrimPrefix(s.URL, "/paths/")
			p, _ := catalog.ByID(id)
			r, _, ok := catalog.RateOf(id)
			switch {
			case p.Mode == catalog.SideHustle && ok:
				if s.Rate != web.RateAmount(r.Source) || !strings.Contains(s.RateDetail, r.Source.Period) ||
					!strings.Contains(s.RateDetail, r.Closeness.Label()) || s.Public != "" {
					t.Errorf("%s: index line %q (%q), public %q; want its rate", id, s.Rate, s.RateDetail, s.Public)
				}
				if r.Source.ReportedBy != "" && !strings.Contains(s.RateDetail, "reported by") {
					t.Errorf("%s: a secondary rate without “reported by”: %q", id, s.RateDetail)
				}
			case p.Mode == catalog.SideHustle:
				if !s.NoRate || s.Public != "" {
					t.Errorf("%s: no rate, yet the index shows %q", id, s.Public)
				}
			default:
				if s.Rate != "" || s.SideHustle {
					t.Errorf("%s: a job shows a rate %q", id, s.Rate)
				}
			}
		}
	}
	page := strings.Join(strings.Fields(text(render(t, web.PathListPage(v)))), " ")
	if !strings.Contains(page, "Rate: $28 an hour (Upwork and Freelancers Union, 2019 · Proxy)") {
		t.Errorf("/paths lacks a side hustle's rate line in brief")
	}
}
