package money

import "math"

// Source is the public page a contribution rule comes from, with its words.
type Source struct {
	Publisher, Title, Quote, Year, URL string
}

// Contributions is a country's charge on self-employment profit, on top of
// income tax (which differs by bracket everywhere, so the person's own
// income-tax rate stays their input).
type Contributions struct {
	// Name is what a line says its net is after ("Class 4 National
	// Insurance"); "" where no rule is known.
	Name string
	// Rule says the rule in a sentence, for a page's assumptions list.
	Rule   string
	Source Source
	// Ours says what we assumed where the page leaves it open; "" if nothing.
	Ours string
	// annual is the charge on a year's profit.
	annual func(profit float64, hasDayJob bool) float64
}

// Annual is the charge on a year's self-employment profit. A day job
// matters in Canada only, where it has already used the basic exemption.
func (c Contributions) Annual(profit float64, hasDayJob bool) float64 {
	if c.annual == nil || !(profit > 0) || math.IsInf(profit, 1) {
		return 0
	}
	return c.annual(profit, hasDayJob)
}

// Known reports whether the country has a rule we can cite.
func (c Contributions) Known() bool { return c.annual != nil }

// The cited pages (../shared/sources/public-figures.md).
var (
	irsSource = Source{
		Publisher: "IRS", Title: "Understanding Taxes, Module 14 glossary",
		Quote: "The self-employment tax rate is 15.3 percent of self-employment profit.",
		Year:  "no date on the page",
		URL:   "https://apps.irs.gov/app/understandingTaxes/hows/tax_tutorials/mod14/tt_mod14_glossary.jsp?backPage=tt_mod14_01.jsp",
	}
	ukSource = Source{
		Publisher: "GOV.UK", Title: "Self-employed National Insurance rates",
		Quote: "If your profits are more than £12,570 a year, you must pay Class 4 contributions. For tax year 2024 to 2025 you'll pay: 6% on profits between £12,570 and £50,270, 2% on profits over £50,270",
		Year:  "2024–25",
		URL:   "https://gov.uk/self-employed-national-insurance-rates",
	}
	canadaSource = Source{
		Publisher: "Canada Revenue Agency", Title: "CPP contribution rates, maximums and exemptions",
		Quote: "2025 $71,300 $3,500 $67,800 5.95 $4,034.10 $8,068.20 (maximum pensionable earnings, basic exemption, maximum contributory earnings, employee and employer rate %, maximum employee contribution, maximum self-employed contribution)",
		Year:  "2025",
		URL:   "https://canada.ca/en/revenue-agency/services/tax/businesses/topics/payroll/payroll-deductions-contributions/canada-pension-plan-cpp/cpp-contribution-rates-maximums-exemptions.htm",
	}
	australiaSource = Source{
		Publisher: "Service Tasmania (Tasmanian Government)", Title: "Use the Medicare levy calculator",
		Quote: "The levy is usually 2% of your taxable income. You pay this in addition to the tax you already pay on your taxable income.",
		Year:  "current when read (2026)",
		URL:   "https://www.service.tas.gov.au/services/health/medicare/use-the-medicare-levy-calculator",
	}
)

// The figures of each rule, as the pages print them.
const (
	usRate = 0.153

	ukLower, ukUpper    = 12_570.0, 50_270.0
	ukMainRate, ukAbove = 0.06, 0.02

	cppMaxPensionable = 71_300.0
	cppExemption      = 3_500.0
	cppSelfRate       = 2 * 0.0595 // the self-employed pay both halves
	cppMaxSelf        = 8_068.20

	medicareLevy = 0.02
)

// ContributionsIn is c's rule; Elsewhere has none.
func (c Country) ContributionsIn() Contributions {
	switch ParseCountry(string(c)) {
	case UK:
		return Contributions{
			Name:   "Class 4 National Insurance",
			Rule:   "Class 4 National Insurance: 6% of yearly profit between £12,570 and £50,270, 2% above",
			Source: ukSource,
			annual: func(p float64, _ bool) float64 {
				return ukMainRate*(min(p, ukUpper)-min(p, ukLower)) + ukAbove*max(p-ukUpper, 0)
			},
		}
	case Canada:
		return Contributions{
			Name: "CPP contributions",
			Rule: "CPP for the self-employed: 11.9% (both halves of 5.95%) of earnings up to $71,300 a year, at most $8,068.20",
			Ours: "A day job's CPP has already used the $3,500 basic exemption, so side-hustle earnings pay from the first dollar; " +
				"without one, the first $3,500 is exempt. We do not net off what the day job already paid toward the maximum.",
			Source: canadaSource,
			annual: func(p float64, dayJob bool) float64 {
				base := min(p, cppMaxPensionable)
				if !dayJob {
					base = max(base-cppExemption, 0)
				}
				return min(base*cppSelfRate, cppMaxSelf)
			},
		}
	case Australia:
		return Contributions{
			Name:   "the Medicare levy",
			Rule:   "No separate self-employment tax; the 2% Medicare levy applies to the extra taxable income",
			Source: australiaSource,
			annual: func(p float64, _ bool) float64 { return p * medicareLevy },
		}
	case Elsewhere:
		return Contributions{Rule: "We know no rule for where you work: only your own tax rate is taken off"}
	}
	return Contributions{
		Name:   "self-employment tax",
		Rule:   "US self-employment tax: 15.3% of self-employment profit",
		Source: irsSource,
		annual: func(p float64, _ bool) float64 { return p * usRate },
	}
}

// Monthly is the charge on each month's profit as if every month of the
// year were like it: the yearly rule on twelve times the month, spread
// evenly. Bands and caps then apply at the yearly level they are written
// for, and a month reads the same wherever it falls in a tax year, which
// is what a "once established, a month" figure needs. Over a year whose
// months differ (a ramp) the total is an estimate of the rule's, and pages
// say so.
func (c Contributions) Monthly(profits []float64, hasDayJob bool) []float64 {
	out := make([]float64, len(profits))
	for i, p := range profits {
		out[i] = c.Annual(12*p, hasDayJob) / 12
	}
	return out
}
