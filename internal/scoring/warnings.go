package scoring

import (
	"github.com/crossroads/crossroads/internal/numfmt"

	"strconv"

	"github.com/crossroads/crossroads/internal/catalog"
)

// facts are the raw answers the warnings look at; ok flags say whether each
// was answered validly, and a warning never fires on a missing answer.
type facts struct {
	dayHours, hustleHours int
	dayOK, hustleOK       bool
	dayJob                string
	goal, runway          int
	goalOK, runwayOK      bool
	platforms, riskTol    int
	platformsOK, riskOK   bool
	domain                int
	domainOK              bool
	change                string
}

func (in answers) facts() facts {
	var f facts
	f.dayHours, f.dayOK = in.whole("dayjob-hours")
	f.hustleHours, f.hustleOK = in.whole("hustle-hours")
	f.dayJob, _ = in.choice("day-job")
	f.goal, f.goalOK = in.whole("income-goal")
	f.runway, f.runwayOK = in.whole("runway")
	f.platforms, f.platformsOK = in.whole("risk-platforms")
	f.riskTol, f.riskOK = in.whole("risk-tolerance")
	f.domain, f.domainOK = in.whole("skill-domain")
	f.change, _ = in.choice("risk-change")
	return f
}

// week returns the total working week, when both parts are known.
func (f facts) week() (int, bool) {
	return f.dayHours + f.hustleHours, f.dayOK && f.hustleOK
}

func (f facts) overworked() bool {
	total, ok := f.week()
	return ok && total >= model.Thresholds.BurnoutHours
}

// shortRunway reports a user who would live on savings while switching.
func (f facts) shortRunway() bool {
	leaving := f.dayJob == "switch" || f.dayJob == "none"
	return leaving && f.runwayOK && f.runway < model.Thresholds.RunwayMonths
}

// rule returns the documented rule for a warning kind, so titles and
// citations come from the same data as the "How scoring works" page.
func rule(kind string) WarningRule {
	for _, r := range model.Warnings {
		if r.Kind == kind {
			return r
		}
	}
	return WarningRule{Kind: kind}
}

func warn(kind, title, detail string) Warning {
	r := rule(kind)
	if title == "" {
		title = r.Title
	}
	var c *catalog.Citation
	if r.Cite != nil {
		cc := *r.Cite
		c = &cc
	}
	return Warning{Kind: kind, Title: title, Detail: detail, Cite: c}
}

// warnings holds what one Score call's warnings share: the burnout and
// runway warnings, and the notes on the user's own answers that the path
// risks append to the path's sourced text.
type warnings struct {
	burnout, runway                       *Warning
	platformNote, commodityNote, hypeNote string
}

func newWarnings(f facts) warnings {
	th := model.Thresholds
	var ws warnings
	if f.overworked() {
		w := burnout(f)
		ws.burnout = &w
	}
	if f.shortRunway() {
		w := warn(KindRunway, "",
			"You would rely on savings that cover "+strconv.Itoa(f.runway)+" months. Generative-AI roles have a higher entry bar and often need a significant upfront investment in education, and the sources give no timeline for landing one. Consider keeping your income while you build the skills.")
		ws.runway = &w
	}
	if f.platformsOK && f.platforms <= th.UneasyAtMost {
		ws.platformNote = " You rated your comfort with platforms you don’t control " + strconv.Itoa(f.platforms) + "/5."
	}
	if f.domainOK && f.domain <= th.UneasyAtMost {
		ws.commodityNote = " You rated your domain expertise " + strconv.Itoa(f.domain) + "/5; the first article names it as the lasting advantage."
	}
	if f.change == "avoid" {
		ws.hypeNote = " You said you would rather choose work that changes slowly."
	}
	return ws
}

// global returns the warnings about the user's situation and top track.
func (ws warnings) global(f facts, top catalog.Track) []Warning {
	th := model.Thresholds
	var out []Warning
	if ws.burnout != nil {
		out = append(out, *ws.burnout)
	}
	if top == catalog.AIJob && ws.runway != nil {
		out = append(out, *ws.runway)
	}
	if top == catalog.Hybrid && f.platformsOK && f.platforms <= th.UneasyAtMost {
		out = append(out, warn(KindRentedLand, "Your top track builds on rented land",
			"You rated your comfort with platforms you don’t control "+strconv.Itoa(f.platforms)+"/5, yet AI-powered side hustles depend on AI platforms and technologies whose prices and rules can change. Choose a path where you could switch tools, and keep a plan B."))
	}
	if top == catalog.Hybrid && f.domainOK && f.domain <= th.UneasyAtMost {
		out = append(out, warn(KindCommoditisation, "Little domain expertise to defend against commoditisation",
			"You rated your domain expertise "+strconv.Itoa(f.domain)+"/5. The first article says the lasting advantage is not the AI tools but the domain expertise and business understanding you bring; without it, what you sell is easy to copy."))
	}
	if top == catalog.AIJob && ((f.riskOK && f.riskTol <= th.UneasyAtMost) || f.change == "avoid") {
		out = append(out, warn(KindHypeCycle, "A volatile market for someone who wants certainty",
			"Your answers say you prefer certainty or slow change. Generative-AI demand is white-hot but tied to the hype cycle and tech investment, and a technique that is cutting-edge today could be obsolete in 18 months."))
	}
	return out
}

func burnout(f facts) Warning {
	th := model.Thresholds
	total, _ := f.week()
	title := "A " + strconv.Itoa(total) + "-hour week risks burnout"
	detail := "Your day job (" + strconv.Itoa(f.dayHours) + " hours) plus " + strconv.Itoa(f.hustleHours) +
		" hours for a new path makes " + strconv.Itoa(total) + " hours a week. "
	switch {
	case total == th.SourceHours:
		detail += "That is the " + strconv.Itoa(th.SourceHours) + "-hour week at which Sarah, in the first article, saw her main job performance slip."
	case total > th.SourceHours:
		detail += "That is more than the " + strconv.Itoa(th.SourceHours) + "-hour weeks at which Sarah, in the first article, saw her main job performance slip."
	default:
		detail += "In the first article, Sarah’s side hustle grew to " + strconv.Itoa(th.SourceHours) + "-hour weeks and her main job performance slipped; plan your hours before you get there."
	}
	return warn(KindBurnout, title, detail)
}

// forPath returns the risks of one path, tailored to the answers. A risk's
// detail is the path's own sourced text for that axis, so a copywriting
// warning says what the sources say about copywriting.
func (ws warnings) forPath(p catalog.Path, f facts) []Warning {
	var out []Warning
	if p.Mode == catalog.SideHustle && ws.burnout != nil {
		out = append(out, *ws.burnout)
	}
	if w, ok := incomeGoal(p, f); ok {
		out = append(out, w)
	}
	if p.Mode == catalog.FullTime && ws.runway != nil {
		out = append(out, *ws.runway)
	}
	if p.HasRisk(catalog.RiskRentedLand) {
		out = append(out, pathRisk(KindRentedLand, p.PlatformDependency, ws.platformNote))
	}
	if p.HasRisk(catalog.RiskCommoditisation) {
		out = append(out, pathRisk(KindCommoditisation, p.Commoditisation, ws.commodityNote))
	}
	if p.HasRisk(catalog.RiskHypeCycle) {
		out = append(out, pathRisk(KindHypeCycle, p.Volatility, ws.hypeNote))
	}
	return out
}

// pathRisk builds a risk warning from the path's rating on the matching axis.
func pathRisk(kind string, r catalog.Rated, note string) Warning {
	w := warn(kind, "", r.Text+note)
	if r.Cite != nil {
		c := *r.Cite
		w.Cite = &c
	}
	return w
}

// incomeGoal compares the monthly goal with a path's published range, in
// monthly terms: hourly rates × weekly hours × weeks per month, yearly
// salaries ÷ 12.
func incomeGoal(p catalog.Path, f facts) (Warning, bool) {
	in := p.Income
	if !in.Known || !f.goalOK || f.goal <= 0 {
		return Warning{}, false
	}
	goal := float64(f.goal)
	top := numfmt.Dollars(in.High)
	if in.OpenEnded {
		top += "+"
	}
	var low, high float64
	var basis string
	switch in.Unit {
	case catalog.PerHour:
		if !f.hustleOK {
			return Warning{}, false
		}
		monthlyHours := float64(f.hustleHours) * model.Thresholds.WeeksPerMonth
		low, high = in.Low*monthlyHours, in.High*monthlyHours
		basis = strconv.Itoa(f.hustleHours) + " hours a week"
		if f.hustleHours == 0 {
			return incomeWarning(p, "No hours for an hourly income",
				"You have 0 hours a week for a new path, so an hourly rate cannot reach your goal of "+numfmt.Dollars(goal)+" a month."), true
		}
		if goal > high {
			return incomeWarning(p, "Your income goal is above this path’s published range",
				"Your goal is "+numfmt.Dollars(goal)+" a month. Even at "+top+" an hour, the top of the published range, "+basis+
					" brings about "+numfmt.Dollars(high)+" a month, before fees and tax and only if every hour is billed."), true
		}
		if goal > low {
			return incomeWarning(p, "Your income goal needs more than the starting rate",
				"At the "+numfmt.Dollars(in.Low)+"-an-hour starting rate, "+basis+" brings about "+numfmt.Dollars(low)+
					" a month. Your goal of "+numfmt.Dollars(goal)+" needs about "+numfmt.Dollars(goal/monthlyHours)+" an hour, which comes with a track record of results."), true
		}
	case catalog.PerMonth, catalog.PerYear:
		low, high = in.Low, in.High
		if in.Unit == catalog.PerYear {
			low, high = low/12, high/12
		}
		if goal > high {
			return incomeWarning(p, "Your income goal is above this path’s published range",
				"Your goal is "+numfmt.Dollars(goal)+" a month; the top of the published range, "+rangeText(in)+", is about "+numfmt.Dollars(high)+" a month."), true
		}
		if goal > low {
			return incomeWarning(p, "Your income goal is above the bottom of the range",
				"Your goal of "+numfmt.Dollars(goal)+" a month is above the bottom of the published range, "+rangeText(in)+" (about "+numfmt.Dollars(low)+" a month): expect to need experience to reach it."), true
		}
	}
	return Warning{}, false
}

func incomeWarning(p catalog.Path, title, detail string) Warning {
	w := warn(KindIncomeGoal, title, detail)
	if p.Income.Cite != nil {
		c := *p.Income.Cite
		w.Cite = &c
	}
	return w
}

func rangeText(in catalog.Income) string {
	s := numfmt.Dollars(in.Low) + "–" + numfmt.Dollars(in.High)
	if in.OpenEnded {
		s += "+"
	}
	return s + " a " + in.Unit
}
