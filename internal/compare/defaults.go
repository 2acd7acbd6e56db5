package compare

import (
	"strconv"
	"strings"

	"golang.org/x/text/currency"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/numfmt"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// Default is one pre-filled input with its provenance: where the number
// comes from, in the vocabulary every page uses (catalog.Provenance).
type Default struct {
	Value float64
	From  catalog.Provenance
	Note  string
	// Cite is the article passage a FromArticle default rests on.
	Cite *catalog.Citation
	// Source is the public page a FromPublicSource default comes from.
	Source *catalog.PublicSource
	// Ask says the sources give no number here: the person must enter their own.
	Ask bool
}

// Prefill is the default of every projection input for one set of paths
// and answers, and which of the paths the projection runs for.
type Prefill struct {
	HustlePath, JobPath string // "" when the comparison has none of that mode
	byKey               map[string]Default
}

// For is the default of the input with the given key (a zero Default for
// a key no input has).
func (p Prefill) For(key string) Default { return p.byKey[key] }

// The two paths the articles give figures for; without an assessment a
// comparison starts with them (see DefaultPaths).
const (
	referenceRatePath   = "seo-consulting"
	referenceSalaryPath = "prompt-engineer"
)

// basis is what a default is made from: the side hustle and the job the
// projection runs for (nil without one) and the person's answers.
type basis struct {
	hustle, job *catalog.Path
	answers     questionnaire.Answers
	// country is where the person works (the United States without
	// answers): every amount of the comparison is in its currency.
	country money.Country
}

// inUSDollars reports whether the comparison's amounts are in US dollars,
// the currency of the articles' figures and of every US source. Amounts in
// another currency never start from a US figure: that would convert it.
func (b basis) inUSDollars() bool { return b.country.Local(currency.USD) }

// usFigure names a US figure for someone who works elsewhere, in US
// dollars as published: "US$28 an hour".
func (b basis) usFigure(v float64, per string) string {
	return b.country.Format(money.USD(v)) + per
}

// CountryOf is where the person with answers works, and so the currency
// of a comparison made from them: the United States without answers.
func CountryOf(answers questionnaire.Answers) money.Country {
	return money.ParseCountry(answers.Get(questionnaire.Country))
}

// RateWhere is where catalog.RateIn looks for a rate measured in country.
func RateWhere(country money.Country) string {
	if country == money.UK {
		return catalog.InUK
	}
	return catalog.InUS
}

// RateLocal reports whether rate r is in the currency of someone in
// country, so it can be projected and set against their goal.
func RateLocal(r catalog.Rate, country money.Country) bool {
	cur, err := currency.ParseISO(r.Source.Currency)
	return err == nil && country.Local(cur)
}

// Defaults picks the side hustle and the job to project (the first of each
// mode among paths) and pre-fills every input.
func Defaults(paths []catalog.Path, answers questionnaire.Answers) Prefill {
	b := basis{answers: answers, country: CountryOf(answers)}
	for _, p := range paths {
		switch {
		case p.Mode == catalog.SideHustle && b.hustle == nil:
			b.hustle = &p
		case p.Mode == catalog.FullTime && b.job == nil:
			b.job = &p
		}
	}
	d := Prefill{byKey: make(map[string]Default, len(inputs))}
	if b.hustle != nil {
		d.HustlePath = b.hustle.ID
	}
	if b.job != nil {
		d.JobPath = b.job.ID
	}
	for _, in := range inputs {
		d.byKey[in.Key] = in.prefill(b)
	}
	return d
}

// ours is a starting value of our own choosing, labelled as such.
func ours(v float64, note string) Default {
	return Default{Value: v, From: catalog.FromUs, Note: note}
}

// oursOf is an input's prefill that is always the same value of ours.
func oursOf(v float64, note string) func(basis) Default {
	return func(basis) Default { return ours(v, note) }
}

// ask is an input no source fills: 0 until the person enters their own.
func ask(note string) Default {
	return Default{From: catalog.FromUs, Note: note, Ask: true}
}

// answerOr is the whole-number answer to question q, or the fallback.
func (b basis) answerOr(q string, fallback Default, answeredNote string) Default {
	if b.answers != nil {
		if n, err := strconv.Atoi(b.answers.Get(q)); err == nil && n >= 0 {
			return Default{Value: float64(n), From: catalog.FromAnswer, Note: answeredNote}
		}
	}
	return fallback
}

// rate is the side hustle's own hourly rate: to start, the article's
// starting figure where it gives one (SEO's "starting at $50"), else the
// low end of the path's published rate; once established, the published
// planning rate (catalog.RateOf). No other path's figure ever stands in:
// a path with no published rate (a product) asks the person. Without a
// side hustle there is nothing to pre-fill.
func (b basis) rate(ramped bool) Default {
	p := b.hustle
	if p == nil {
		return Default{}
	}
	if !ramped && p.Income.Known && p.Income.Unit == catalog.PerHour && b.inUSDollars() {
		return Default{Value: p.Income.Low, From: catalog.FromArticle, Cite: p.Income.Cite,
			Note: "The low end of the article’s range for this path, where a beginner starts."}
	}
	r, why, ok := catalog.RateIn(p.ID, RateWhere(b.country))
	if ok && !RateLocal(r, b.country) {
		return ask("The published rate for " + p.Name + " is a US figure, " + b.usFigure(r.Typical, " an hour") + " (" +
			r.Source.Source.Publisher + ", " + r.Source.Period + "), and we do not convert it. Enter what an hour would bring, in " +
			b.country.CurrencyName() + ".")
	}
	if !ok {
		if why == "" {
			why = "Neither article nor any public source we could check gives an hourly rate for " + p.Name + "."
		}
		if ramped {
			return ask(why + " Enter what an hour on " + p.Name + " would bring once established.")
		}
		return ask(why + " Enter what an hour on " + p.Name + " would bring at the start.")
	}
	v := r.Low
	if ramped {
		v = r.Typical
	}
	src := r.Source.Source
	note := RateNote(r, ramped)
	if b.inUSDollars() {
		note += articleBeside(*p)
	}
	return Default{Value: v, From: catalog.FromPublicSource, Source: &src, Note: note}
}

// RateNote says where a published rate comes from: what it measures, when,
// who reported it if it is a report of a survey, and how close its work is.
func RateNote(r catalog.Rate, ramped bool) string {
	f := r.Source
	what := f.Occupation + " (" + f.Source.Publisher + ", " + f.Period + ")"
	if f.ReportedBy != "" {
		what += ", reported by " + f.ReportedBy
	}
	var part string
	switch {
	case f.Unit == catalog.PerDay:
		return "A day rate of " + lowerFirst(what) + ", read as " + strconv.Itoa(catalog.HoursPerDay) + " hours (our assumption): " +
			strings.ToLower(r.Closeness.Label()) + ". " + r.Note
	case !r.Spread():
		part = "What " + lowerFirst(what) + " bill: "
	case ramped:
		part = "The median of " + lowerFirst(what) + ": "
	default:
		part = "The 25th percentile of " + lowerFirst(what) + ", a start below the median: "
	}
	return part + strings.ToLower(r.Closeness.Label()) + ". " + r.Note
}

// articleBeside sets the article's own hourly claim beside a public rate.
func articleBeside(p catalog.Path) string {
	if !p.Income.Known || p.Income.Unit != catalog.PerHour {
		return ""
	}
	top := numfmt.Dollars(p.Income.High)
	if p.Income.OpenEnded {
		top += "+"
	}
	return " The article says " + numfmt.Dollars(p.Income.Low) + " to " + top + " an hour, citing no survey."
}

// retainer is optional; the article names one figure, for SEO.
func (b basis) retainer() Default {
	if b.hustle != nil && b.hustle.ID == referenceRatePath && b.inUSDollars() {
		note := "Optional, on top of the hourly work. The article says SEO specialists can move to retainers of $3,000–$5,000 a month per client."
		if r, _, ok := catalog.RateOf(b.hustle.ID); ok && r.Retainer != nil {
			note += " " + r.Retainer.Source.Publisher + " found an average of " + numfmt.Dollars(r.Retainer.Low) + " per client a month (" + r.Retainer.Period + ")."
		}
		return Default{Value: 0, From: catalog.FromArticle, Cite: b.hustle.Income.Cite, Note: note}
	}
	return ours(0, "Optional: a monthly retainer from a client once established.")
}

// salary is the job's own figure: the low end of the article's range, or
// the nearest public median for its occupation (said how close it is), or
// nothing to go on, and then the person is asked. Without a job there is
// nothing to pre-fill.
func (b basis) salary() Default {
	p := b.job
	if p == nil {
		return Default{}
	}
	e := catalog.EarningsOf(*p)
	if !b.inUSDollars() {
		note := "No pay figure we have is in " + b.country.CurrencyName() + ": enter the salary you expect."
		if near, ok := e.Nearest(); ok && near.Unit == catalog.PerYear && near.Measure == catalog.Median {
			note = "The nearest public median, " + lowerFirst(near.Occupation) + " (" + near.Source.Publisher + ", " + near.Period + "), is a US figure, " +
				b.usFigure(near.Low, " a year") + ", and we do not convert it. Enter the salary you expect, in " + b.country.CurrencyName() + "."
		}
		return ask(note)
	}
	if p.Income.Known && p.Income.Unit == catalog.PerYear {
		d := Default{Value: p.Income.Low, From: catalog.FromArticle, Cite: p.Income.Cite,
			Note: "The low end of the article’s range for this role, which cites only “various industry reports”."}
		if near, ok := e.Nearest(); ok && near.Unit == catalog.PerYear {
			d.Note += " The nearest public median, " + near.Occupation + " (" + near.Source.Publisher + ", " + near.Period + "), is " +
				numfmt.Dollars(near.Low) + ": " + strings.ToLower(near.Closeness.Label()) + "."
		}
		return d
	}
	if near, ok := e.Nearest(); ok && near.Unit == catalog.PerYear && near.Measure == catalog.Median {
		src := near.Source
		return Default{Value: near.Low, From: catalog.FromPublicSource, Source: &src,
			Note: "Median pay of " + lowerFirst(near.Occupation) + " (" + src.Publisher + ", " + near.Period + "); " +
				strings.ToLower(near.Closeness.Label()) + ": " + near.Closeness.Explain()}
	}
	return ask("No source we could check gives a salary for " + p.Name + ": enter the one you expect.")
}

func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || (s[1] >= 'A' && s[1] <= 'Z') {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// selfEmploymentTax is the US self-employment tax on a side hustle's
// profit. Elsewhere the country's own contributions are taken off by their
// cited rule (Comparison.Hustle.Country), and this input is income tax only.
func selfEmploymentTax(b basis) Default {
	if b.country != money.US {
		rule := b.country.ContributionsIn()
		if !rule.Known() {
			return ours(0, "No self-employment rule we can cite for where you work: enter the tax on profit that applies there. At 0% the projection takes no tax off.")
		}
		return ours(0, rule.Rule+" The projection takes that off by rule ("+rule.Source.Publisher+", "+rule.Source.Year+"). Income tax comes on top and depends on the person’s situation: enter its rate here.")
	}
	f := catalog.IRSSelfEmploymentTax()
	return Default{Value: 15.3, From: catalog.FromPublicSource, Source: &f.Source,
		Note: "US only: the IRS says “" + f.Quote + "” Income tax comes on top, and the rate that applies depends on the person’s situation: enter the combined rate that applies."}
}

// platformFee is a marketplace's cut of what the client pays.
func platformFee(basis) Default {
	f := catalog.UpworkDirectContractsFee()
	return Default{Value: 5, From: catalog.FromPublicSource, Source: &f.Source,
		Note: "Upwork’s help says that without a Freelancer Plus membership Direct Contracts carry “the standard 5% fee”. Its marketplace fee is another matter our sources do not state; enter 0 for clients found directly."}
}

// billable is the share of a freelancer's hours that clients pay for.
func billable(basis) Default {
	return ours(70, "An assumption, not a sourced figure: part of every freelance week goes to finding clients, admin and unpaid revisions. Enter your own share.")
}
