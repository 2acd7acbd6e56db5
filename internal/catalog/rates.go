package catalog

// Freelance rates: what a side-hustle path bills an hour, from the nearest
// public survey or official table, for the personal money line ("at your
// hours, about $A–$B a month"). A yearly salary is never a side hustle's
// earnings; these are hourly figures, each with its page, its words, the
// year it describes and how close its work is to the path.
//
// Every row comes from shared/sources/public-figures.md ("Freelance rates"
// and "Beyond the US") and was re-read with the project's search tool on
// 2026-12-07 before it was relied on. Rows the file marks secondary (a press
// report of a survey whose own page was not stored) carry ReportedBy, and
// pages must say "reported by" beside them.

// Average is a mean the source reports: not a median, not a range.
const Average Measure = "average"

// Where a rate was measured; a page never converts it.
const (
	InUS = "us"
	InUK = "uk"
)

// PerDay is a day rate's unit.
const PerDay = "day"

// RateFigure is one published rate.
type RateFigure struct {
	Figure
	// ReportedBy names the publisher of a secondary report ("" for the
	// survey's or agency's own page).
	ReportedBy string
	// Where says where the figure was measured: InUS or InUK.
	Where string
	// Currency is the ISO code the figure is published in.
	Currency string
}

// HoursPerDay is how many hours we read a published day rate as covering,
// to plan by the hour: our assumption, as no day-rate page says.
const HoursPerDay = 8

// Rate is a side-hustle path's hourly rate to plan with.
type Rate struct {
	// Low, Typical and High are an hour's rate in the source's currency
	// (Source.Currency). Where the source publishes a spread (percentiles)
	// Low and High are its 25th and 75th; otherwise all three are the one
	// published figure, a day rate divided by HoursPerDay.
	Low, Typical, High float64
	// Source is the figure behind Typical (and the spread).
	Source    RateFigure
	Closeness Closeness
	// Note is our remark on reading the figure for this path.
	Note string
	// Retainer is a published monthly fee per client, where one exists.
	Retainer *RateFigure
	// Beside are other published rates that help read this one: another
	// year's survey, agencies' rates, the rates abroad.
	Beside []RateFigure
}

// Spread reports whether the source gives a low and a high, not one figure.
func (r Rate) Spread() bool { return r.Low != r.High }

// RateOf returns a side-hustle path's planning rate, or false with the
// reason no published rate fits (a product, which earns revenue, not a fee).
func RateOf(pathID string) (Rate, string, bool) {
	r, ok := rates[pathID]
	if !ok {
		return Rate{}, noRate[pathID], false
	}
	r.Beside = append([]RateFigure(nil), r.Beside...)
	return r, "", true
}

// RateIn returns the planning rate for someone who works in where (InUS or
// InUK): a figure measured there where one exists, so it is in their own
// currency, else the US rate, in US dollars (the caller must not compare it
// with amounts in another currency). The bool is false, with the reason,
// for a path no published rate fits.
func RateIn(pathID, where string) (Rate, string, bool) {
	if where == InUK {
		if r, ok := ukRates[pathID]; ok {
			r.Beside = append([]RateFigure(nil), r.Beside...)
			return r, "", true
		}
	}
	return RateOf(pathID)
}

// RateSources returns every page a rate cites, for the sources page.
func RateSources() []PublicSource {
	return []PublicSource{brightLocal2020(), brightLocal2019(), upworkFIA2019(), blsOESPublicRelations2020(),
		payoneer2022().Source, ipseQ3of2024(), proCopywriters2020().Source}
}

// The pages.

func brightLocal2020() PublicSource {
	return PublicSource{ID: "brightlocal-local-search-industry-survey-2020", Publisher: "BrightLocal",
		Title: "Local Search Industry Survey 2020",
		URL:   "https://www.brightlocal.com/research/local-search-industry-survey-2020/",
		Note:  "A survey of 475 local marketers, most in the US; pay questions counted US, UK, Canadian and Australian answers only."}
}

func brightLocal2019() PublicSource {
	return PublicSource{ID: "brightlocal-local-search-industry-survey-2019", Publisher: "BrightLocal",
		Title: "Local Search Industry Survey 2019",
		URL:   "https://www.brightlocal.com/research/local-search-industry-survey/",
		Note:  "A survey of 650 local marketers; the same address now shows a later edition."}
}

func upworkFIA2019() PublicSource {
	return PublicSource{ID: "upwork-freelancing-in-america-2019", Publisher: "Upwork and Freelancers Union",
		Title: "Freelancing in America: 2019 (press release)",
		URL:   "https://www.upwork.com/press/releases/freelancing-in-america-2019",
		Note:  "A survey of over 6,000 US workers by a freelance marketplace and a freelancers’ union."}
}

func blsOESPublicRelations2020() PublicSource {
	return PublicSource{ID: "bls-oes-public-relations-specialists-2020", Publisher: "US Bureau of Labor Statistics",
		Title: "Occupational Employment and Wages, May 2020: 27-3031 Public Relations Specialists",
		URL:   "https://www.bls.gov/oes/2020/may/oes273031.htm",
		Note:  "Employees’ wages; the occupation “may specialize in using social media”."}
}

func ipseQ3of2024() PublicSource {
	return PublicSource{ID: "ipse-freelancer-confidence-index-q3-2024", Publisher: "IPSE",
		Title: "Freelancer Confidence Index Q3 2024",
		URL:   "https://ipse.co.uk/campaigns/confidence-index/freelancer-confidence-index-q3-2024",
		Note:  "The UK’s association of highly skilled freelancers, of every trade."}
}

// The figures.

func brightLocalFreelancers() RateFigure {
	return RateFigure{Where: InUS, Currency: "USD", Figure: Figure{Source: brightLocal2020(), Measure: Average, Low: 102, High: 102, Unit: PerHour,
		Occupation: "Freelance local SEO marketers", Year: 2020, Period: "2020",
		Quote: "In 2020, agencies bill an average of $127 per hour, compared to $102 for freelancers"}}
}

func brightLocalAgencies() RateFigure {
	f := brightLocalFreelancers()
	f.Low, f.High, f.Occupation = 127, 127, "Local SEO agencies"
	return f
}

func brightLocal2019Rate() RateFigure {
	return RateFigure{Where: InUS, Currency: "USD", Figure: Figure{Source: brightLocal2019(), Measure: Average, Low: 119, High: 119, Unit: PerHour,
		Occupation: "Freelance and agency local SEOs", Year: 2019, Period: "2018–19",
		Quote: "Freelance and Agency SEOs bill their clients an average of $119 per hour"}}
}

func brightLocalRetainer() RateFigure {
	return RateFigure{Where: InUS, Currency: "USD", Figure: Figure{Source: brightLocal2019(), Measure: Average, Low: 1779, High: 1779, Unit: PerMonth,
		Occupation: "Freelance and agency local SEOs, per client", Year: 2019, Period: "2018–19",
		Quote: "Agencies and freelancers are paid an average $1,779 per client each month"}}
}

func skilledFreelancersMedian() RateFigure {
	return RateFigure{Where: InUS, Currency: "USD", Figure: Figure{Source: upworkFIA2019(), Measure: Median, Low: 28, High: 28, Unit: PerHour,
		Occupation: "US freelancers doing skilled services (programming, marketing, IT, business consulting)", Year: 2019, Period: "2019",
		Quote: "Freelancers doing skilled services earn a median rate of $28 an hour, earning more per hour than 70 percent of workers in the overall U.S. economy."}}
}

func publicRelationsWages() RateFigure {
	return RateFigure{Where: InUS, Currency: "USD", Figure: Figure{Source: blsOESPublicRelations2020(), Measure: Range, Low: 22.42, High: 41.05, Unit: PerHour,
		Occupation: "Public relations specialists (employees)", Year: 2020, Period: "May 2020",
		Quote:   "Hourly Wage / $ 17.00 / $ 22.42 / $ 30.20 / $ 41.05 / $ 56.83",
		Reading: "The page’s percentile row: 10%, 25%, median, 75%, 90%. We plan with the median, $30.20, between the 25th and 75th percentiles."}}
}

func writersHourly() RateFigure {
	return RateFigure{Where: InUS, Currency: "USD", Figure: Figure{Source: blsWriters(), Measure: Median, Low: 29.89, High: 29.89, Unit: PerHour,
		Occupation: "Writers and authors", Year: 2018, Period: "May 2018",
		Quote: "2018 Median Pay $62,170 per year $29.89 per hour"}}
}

func payoneer2022() RateFigure {
	return RateFigure{Where: InUS, Currency: "USD", ReportedBy: "People Matters Global",
		Figure: Figure{Source: PublicSource{ID: "payoneer-freelancer-income-report-2022", Publisher: "Payoneer",
			Title: "Freelancer Income Report 2022, as reported by People Matters Global",
			URL:   "https://peoplemattersglobal.com/amp-compensation-benefits-freelancers-are-earning-more-since-the-pandemic-started-payoneer-study-32613",
			Note:  "A press report of the survey; the survey’s own page was not available to re-read."},
			Measure: Average, Low: 44, High: 44, Unit: PerHour,
			Occupation: "Freelancers of every trade in North America", Year: 2022, Period: "2022",
			Quote: "North America and Europe, where the average hourly pay for freelancers is US$44 and US$31 respectively"}}
}

func ipseDayRate() RateFigure {
	return RateFigure{Where: InUK, Currency: "GBP", Figure: Figure{Source: ipseQ3of2024(), Measure: Average, Low: 576, High: 576, Unit: PerDay,
		Occupation: "Highly skilled UK freelancers of every trade", Year: 2024, Period: "Q3 2024",
		Quote: "average day rates for the last three months standing at £576"}}
}

func proCopywriters2020() RateFigure {
	return RateFigure{Where: InUK, Currency: "GBP", ReportedBy: "Katie Lingo",
		Figure: Figure{Source: PublicSource{ID: "procopywriters-survey-2020", Publisher: "ProCopywriters",
			Title: "The ProCopywriters Survey 2020, as reported by Katie Lingo",
			URL:   "https://www.katielingo.co.uk/the-procopywriters-report-2020-what-have-we-learned/",
			Note:  "A copywriter’s report of the survey; the survey’s own page was not available to re-read."},
			Measure: Average, Low: 379, High: 379, Unit: PerDay,
			Occupation: "UK copywriters", Year: 2020, Period: "2020",
			Quote: "The average day rate for copywriters has risen by 9%, from £349 to £379."}}
}

// rates is every side-hustle path's planning rate, by path ID. The
// closeness and notes are our judgement; the numbers are the pages'.
var rates = ratesByID()

func ratesByID() map[string]Rate {
	one := func(f RateFigure, c Closeness, note string, beside ...RateFigure) Rate {
		return Rate{Low: f.Low, Typical: f.Low, High: f.High, Source: f, Closeness: c, Note: note, Beside: beside}
	}
	baseline := func(note string) Rate {
		return one(skilledFreelancersMedian(), Proxy, note, payoneer2022(), ipseDayRate())
	}
	writing := func(c Closeness, note string) Rate {
		return one(writersHourly(), c, note, skilledFreelancersMedian(), payoneer2022(), proCopywriters2020())
	}
	pr := publicRelationsWages()
	return map[string]Rate{
		"social-media-management": {Low: pr.Low, Typical: 30.20, High: pr.High, Source: pr, Closeness: Proxy,
			Note:   "Employees’ hourly wages in the occupation that covers social media work; a freelancer sets a rate, and pays for time between clients.",
			Beside: []RateFigure{skilledFreelancersMedian(), payoneer2022(), ipseDayRate()}},
		"seo-consulting": func() Rate {
			r := one(brightLocalFreelancers(), SameWork, "Local SEO freelancers’ average bill rate: established freelancers, not beginners.",
				brightLocalAgencies(), brightLocal2019Rate(), ipseDayRate())
			retainer := brightLocalRetainer()
			r.Retainer = &retainer
			return r
		}(),
		"email-marketing": baseline("No survey we could read gives email-marketing rates; this is the median of skilled US freelancers of every kind, marketing among them."),
		"paid-ads":        baseline("No survey we could read gives ad-management rates (fees are often a share of ad spend); this is the median of skilled US freelancers of every kind."),
		"copywriting":     writing(SameWork, "The hourly median of writers and authors, copywriters among them, from an older edition."),
		"ai-copywriting":  writing(CloseWork, "Writers’ hourly median; what AI-assisted copy earns is not published."),
		"ai-content-creation": writing(CloseWork,
			"Writers’ hourly median; content drafted with AI tools is one part of that work."),
		"ai-consulting":      baseline("No survey we could read gives AI consultants’ rates; this is the median of skilled US freelancers, business consulting among them."),
		"ai-market-research": baseline("No survey we could read gives rates for AI-assisted market research; this is the median of skilled US freelancers of every kind."),
		"custom-chatbots":    baseline("No survey we could read gives chatbot builders’ rates; this is the median of skilled US freelancers, programming among them."),
		"custom-models":      baseline("No survey we could read gives rates for custom models; this is the median of skilled US freelancers, programming among them. Upwork says data scientists’ rates reach $250 an hour: the top, not the typical."),
	}
}

// ukRates are the planning rates measured in the United Kingdom, in
// pounds, by path ID: day rates read as HoursPerDay hours. The writing
// paths have copywriters' own survey; every other path has only IPSE's
// average for highly skilled freelancers of every trade, a proxy that runs
// high for someone starting out (IPSE's members are mostly established
// contractors), and its note says so.
var ukRates = func() map[string]Rate {
	hourly := func(f RateFigure, c Closeness, note string, beside ...RateFigure) Rate {
		h := f.Low / HoursPerDay
		return Rate{Low: h, Typical: h, High: f.High / HoursPerDay, Source: f, Closeness: c, Note: note, Beside: beside}
	}
	writing := func(c Closeness, note string) Rate {
		return hourly(proCopywriters2020(), c, note, ipseDayRate(), writersHourly())
	}
	trades := func(us RateFigure) Rate {
		return hourly(ipseDayRate(), Proxy, "No UK survey we could read gives this work’s rates; this is the average day rate of highly skilled UK freelancers of every trade, mostly established contractors: expect to start below it.", us)
	}
	out := map[string]Rate{
		"copywriting":         writing(SameWork, "UK copywriters’ average day rate."),
		"ai-copywriting":      writing(CloseWork, "UK copywriters’ average day rate; what AI-assisted copy earns is not published."),
		"ai-content-creation": writing(CloseWork, "UK copywriters’ average day rate; content drafted with AI tools is one part of that work."),
	}
	for id, r := range rates {
		if _, ok := out[id]; !ok {
			out[id] = trades(r.Source)
		}
	}
	return out
}()

// noRate says why a side-hustle path has no rate at all.
var noRate = map[string]string{
	"ai-micro-saas": "A product earns what its customers pay, not an hourly fee, and no source we could read gives a micro-SaaS’s prices or customer numbers.",
}
