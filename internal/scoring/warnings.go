package scoring

import (
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/numfmt"
)

// Voice is who a sentence speaks about: the owner reads "you", anyone with
// the share link reads "they". Sentences are built for each voice from the
// same data; singular "they" takes the same verbs as "you".
type Voice struct {
	Subject    string // "You" / "They"
	subject    string // "you" / "they"
	Possessive string // "Your" / "Their"
	possessive string // "your" / "their"
	object     string // "you" / "them"
}

// The two voices.
var (
	Owner  = Voice{"You", "you", "Your", "your", "you"}
	Viewer = Voice{"They", "they", "Their", "their", "them"}
)

// Lower is the subject in the middle of a sentence: "you" / "they".
func (v Voice) Lower() string { return v.subject }

// Of is the possessive in the middle of a sentence: "your" / "their".
func (v Voice) Of() string { return v.possessive }

// Object is the reader as an object: "you" / "them".
func (v Voice) Object() string { return v.object }

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

// warn builds a warning from its detail in both voices: owner for the
// owner, viewer for the share view. Its citation points at the model's own
// read-only data.
func warn(kind, title string, detail [2]string) Warning {
	r := rule(kind)
	if title == "" {
		title = r.Title
	}
	return Warning{Kind: kind, Title: title, Detail: detail[0], About: detail[1], Cite: r.Cite}
}

// both writes a sentence for each voice: the owner's, then the viewer's.
func both(sentence func(Voice) string) [2]string { return [2]string{sentence(Owner), sentence(Viewer)} }

// same is a sentence that names nobody, so both voices read it alike.
func same(sentence string) [2]string { return [2]string{sentence, sentence} }

// warnings holds what one Score call's warnings share: the warnings about
// the person's week and savings, and the notes on their own answers that
// the path risks append to the path's sourced text, in both voices.
type warnings struct {
	f                                   *facts
	burnout, runway                     *Warning
	platformNote, commodity, slowChange bool
	platformText, commodityText         [2]string
	slowText                            [2]string
	hoursHave, invest                   [2]string
}

func newWarnings(f *facts) warnings {
	th := model.Thresholds
	ws := warnings{f: f}
	day, hustle := f.num[sDayJobHours], f.num[sHustle]
	if f.ok[sDayJobHours] && f.ok[sHustle] && day+hustle >= th.BurnoutHours {
		w := burnout(day, hustle)
		ws.burnout = &w
	}
	leaving := f.choice[sDayJob] == "switch" || f.choice[sDayJob] == "none"
	if leaving && f.ok[sDayJob] && f.ok[sRunway] && f.num[sRunway] < th.RunwayWarnMonths {
		months := strconv.Itoa(f.num[sRunway])
		w := warn(KindRunway, "", both(func(v Voice) string {
			return v.Subject + " would rely on savings that cover " + months + " months. Generative-AI roles have a higher entry bar and often need a significant upfront investment in education, and the sources give no timeline for landing one. Keeping an income while building the skills is the safer order."
		}))
		ws.runway = &w
	}
	if ws.platformNote = f.ok[sPlatforms] && f.num[sPlatforms] <= th.UneasyAtMost; ws.platformNote {
		n := strconv.Itoa(f.num[sPlatforms])
		ws.platformText = both(func(v Voice) string {
			return " " + v.Subject + " rated " + v.possessive + " comfort with platforms " + v.subject + " don’t control " + n + "/5."
		})
	}
	if ws.commodity = f.ok[sDomain] && f.num[sDomain] <= th.UneasyAtMost; ws.commodity {
		n := strconv.Itoa(f.num[sDomain])
		ws.commodityText = both(func(v Voice) string {
			return " " + v.Subject + " rated " + v.possessive + " domain expertise " + n + "/5; the first article names it as the lasting advantage."
		})
	}
	ws.slowChange = (f.ok[sRiskChange] && f.choice[sRiskChange] == "avoid") ||
		(f.ok[sRiskTol] && f.num[sRiskTol] <= th.UneasyAtMost)
	if ws.slowChange {
		ws.slowText = both(func(v Voice) string {
			return " " + v.Possessive + " answers say " + v.subject + " prefer certainty or slow change."
		})
	}
	if f.ok[sBudget] {
		amount := f.amount(float64(f.num[sBudget]))
		ws.invest = both(func(v Voice) string { return v.Subject + " can invest " + amount + " up front. " })
	}
	if f.ok[sHustle] {
		h := strconv.Itoa(f.num[sHustle])
		ws.hoursHave = both(func(v Voice) string {
			return v.Subject + " can give " + h + " hours a week; by our estimate this path needs about "
		})
	}
	return ws
}

// global returns the warnings about the person's situation and best path.
func (ws warnings) global(top *catalog.Path) []Warning {
	th := model.Thresholds
	f := ws.f
	var out []Warning
	if ws.burnout != nil {
		out = append(out, *ws.burnout)
	}
	if top.Mode == catalog.FullTime && ws.runway != nil {
		out = append(out, *ws.runway)
	}
	if top.PlatformDependency.Level >= th.HighRating && ws.platformNote {
		n := strconv.Itoa(f.num[sPlatforms])
		out = append(out, warn(KindRentedLand, "The best fit builds on rented land", both(func(v Voice) string {
			return v.Subject + " rated " + v.possessive + " comfort with platforms " + v.subject + " don’t control " + n + "/5, yet " + top.Name + " depends on platforms and technologies whose prices and rules can change. A path where the tools could be switched, and a plan B, soften that."
		})))
	}
	if top.Commoditisation.Level >= th.HighRating && ws.commodity {
		n := strconv.Itoa(f.num[sDomain])
		out = append(out, warn(KindCommoditisation, "Little domain expertise to defend against commoditisation", both(func(v Voice) string {
			return v.Subject + " rated " + v.possessive + " domain expertise " + n + "/5. The first article says the lasting advantage is not the AI tools but the domain expertise and business understanding brought to the table; without it, what is sold is easy to copy."
		})))
	}
	if top.Volatility.Level >= th.HighRating && ws.slowChange {
		out = append(out, warn(KindHypeCycle, "A volatile path for someone who prefers certainty", both(func(v Voice) string {
			return v.Possessive + " answers say " + v.subject + " prefer certainty or slow change. " + top.Volatility.Text
		})))
	}
	return out
}

func burnout(day, hustle int) Warning {
	th := model.Thresholds
	total := day + hustle
	title := "A " + strconv.Itoa(total) + "-hour week risks burnout"
	return warn(KindBurnout, title, both(func(v Voice) string {
		d := v.Possessive + " day job (" + strconv.Itoa(day) + " hours) plus " + strconv.Itoa(hustle) +
			" hours for a new path makes " + strconv.Itoa(total) + " hours a week. "
		switch {
		case total == th.SourceHours:
			d += "That is the " + strconv.Itoa(th.SourceHours) + "-hour week at which Sarah, in the first article, saw her main job performance slip."
		case total > th.SourceHours:
			d += "That is more than the " + strconv.Itoa(th.SourceHours) + "-hour weeks at which Sarah, in the first article, saw her main job performance slip."
		default:
			d += "In the first article, Sarah’s side hustle grew to " + strconv.Itoa(th.SourceHours) + "-hour weeks and her main job performance slipped; the hours are worth planning before they get there."
		}
		return d
	}))
}

// forPath appends to out the warnings of one path, tailored to the answers. A risk
// warning's detail is the path's own sourced text for that axis, so a
// copywriting warning says what the sources say about copywriting.
func (ws warnings) forPath(out []Warning, p *catalog.Path, f *facts, clashes []string) []Warning {
	th := model.Thresholds
	for _, id := range clashes {
		out = append(out, clashWarning(p, id, f))
	}
	if p.Mode == catalog.SideHustle && ws.burnout != nil {
		out = append(out, *ws.burnout)
	}
	if f.ok[sHustle] && f.num[sHustle] < p.Fit.Hours {
		tail := strconv.Itoa(p.Fit.Hours) + " to keep moving (the sources give no weekly figure)."
		out = append(out, warn(KindHours, "", [2]string{ws.hoursHave[0] + tail, ws.hoursHave[1] + tail}))
	}
	if f.ok[sBudget] && f.num[sBudget] < th.BudgetEnough && p.UpfrontInvestment.Level >= th.HighRating {
		text := p.UpfrontInvestment.Text
		out = append(out, warn(KindBudget, "", [2]string{ws.invest[0] + text, ws.invest[1] + text}))
	}
	if w, ok := incomeGoal(p, f); ok {
		out = append(out, w)
	}
	if p.Mode == catalog.FullTime && ws.runway != nil {
		out = append(out, *ws.runway)
	}
	if p.PlatformDependency.Level >= th.HighRating {
		out = append(out, pathRisk(KindRentedLand, p.PlatformDependency, ws.platformNote, ws.platformText))
	}
	if p.Commoditisation.Level >= th.HighRating {
		out = append(out, pathRisk(KindCommoditisation, p.Commoditisation, ws.commodity, ws.commodityText))
	}
	if p.Volatility.Level >= th.HighRating {
		out = append(out, pathRisk(KindHypeCycle, p.Volatility, ws.slowChange, ws.slowText))
	}
	return out
}

// clashWarning says which must-have a path breaks, in the person's terms.
func clashWarning(p *catalog.Path, id string, f *facts) Warning {
	var mh MustHave
	for _, m := range model.MustHaves {
		if m.ID == id {
			mh = m
		}
	}
	var detail func(Voice) string
	switch id {
	case MustSteadyIncome:
		stab, tol := strconv.Itoa(f.num[sStability]), strconv.Itoa(f.num[sRiskTol])
		lvl := strconv.Itoa(p.Volatility.Level)
		detail = func(v Voice) string {
			return v.Subject + " rated a stable income " + stab + "/5 and comfort with swings " + tol + "/5; this path is rated " + lvl + "/5 for volatility. " + p.Volatility.Text
		}
	case MustOwnPlatforms:
		n, lvl := strconv.Itoa(f.num[sPlatforms]), strconv.Itoa(p.PlatformDependency.Level)
		detail = func(v Voice) string {
			return v.Subject + " rated " + v.possessive + " comfort with platforms " + v.subject + " don’t control " + n + "/5; this path is rated " + lvl + "/5 for platform dependency. " + p.PlatformDependency.Text
		}
	default: // MustKeepJob
		detail = func(v Voice) string {
			return v.Subject + " want to keep " + v.possessive + " day job; this is a full-time role. " + p.Flexibility.Text
		}
	}
	w := warn(KindClash, "Breaks a must-have: "+mustName(mh, Owner), both(detail))
	w.AboutTitle = "Breaks a must-have: " + mustName(mh, Viewer)
	w.Cite = mh.Cite
	return w
}

// mustName is a must-have's name in a voice: "keeping your day job".
func mustName(mh MustHave, v Voice) string {
	switch mh.ID {
	case MustOwnPlatforms:
		return "not depending on platforms " + v.subject + " don’t control"
	case MustKeepJob:
		return "keeping " + v.possessive + " day job"
	}
	return mh.Name
}

// pathRisk builds a risk warning from the path's rating on the matching
// axis, with the person's own answer added when it makes the risk theirs.
func pathRisk(kind string, r catalog.Rated, personal bool, note [2]string) Warning {
	w := warn(kind, "", same(r.Text))
	if personal {
		w.Detail, w.About = r.Text+note[0], r.Text+note[1]
	}
	if r.Cite != nil {
		w.Cite = r.Cite
	}
	return w
}

// incomeGoal compares the monthly goal with a path's published range, in
// monthly terms: hourly rates × weekly hours × weeks per month, yearly
// salaries ÷ 12.
//
// A side hustle is measured against the extra a month the person wants; a
// full-time role against the pay a new job must reach, when they gave one.
func incomeGoal(p *catalog.Path, f *facts) (Warning, bool) {
	in := p.Income
	goalSlot := sIncomeGoal
	if p.Mode == catalog.FullTime {
		goalSlot = sJobPayGoal
	}
	goalN := f.num[goalSlot]
	if !f.ok[goalSlot] || goalN <= 0 || !f.inUSDollars() {
		return Warning{}, false
	}
	if !in.Known {
		return publicPayWarning(p, float64(goalN))
	}
	goal := float64(goalN)
	top := numfmt.Dollars(in.High)
	if in.OpenEnded {
		top += "+"
	}
	g := numfmt.Dollars(goal)
	switch in.Unit {
	case catalog.PerHour:
		if !f.ok[sHustle] {
			return Warning{}, false
		}
		hours := f.num[sHustle]
		monthlyHours := float64(hours) * model.Thresholds.WeeksPerMonth
		low, high := in.Low*monthlyHours, in.High*monthlyHours
		basis := strconv.Itoa(hours) + " hours a week"
		if hours == 0 {
			return incomeWarning(p, "No hours for an hourly income", both(func(v Voice) string {
				return v.Subject + " have 0 hours a week for a new path, so an hourly rate cannot reach the goal of " + g + " a month."
			})), true
		}
		if goal > high {
			return incomeWarning(p, "The income goal is above this path’s published range", same(
				"The goal is "+g+" a month. Even at "+top+" an hour, the top of the published range, "+basis+
					" brings about "+numfmt.Dollars(high)+" a month, before fees and tax and only if every hour is billed.")), true
		}
		if goal > low {
			return incomeWarning(p, "The income goal needs more than the starting rate", same(
				"At the "+numfmt.Dollars(in.Low)+"-an-hour starting rate, "+basis+" brings about "+numfmt.Dollars(low)+
					" a month. The goal of "+g+" needs about "+numfmt.Dollars(goal/monthlyHours)+" an hour, which comes with a track record of results.")), true
		}
	case catalog.PerMonth, catalog.PerYear:
		low, high := in.Low, in.High
		if in.Unit == catalog.PerYear {
			low, high = low/12, high/12
		}
		if goal > high {
			return incomeWarning(p, "The income goal is above this path’s published range", same(
				"The goal is "+g+" a month; the top of the published range, "+rangeText(in)+", is about "+numfmt.Dollars(high)+" a month.")), true
		}
		if goal > low {
			return incomeWarning(p, "The income goal is above the bottom of the range", same(
				"The goal of "+g+" a month is above the bottom of the published range, "+rangeText(in)+" (about "+numfmt.Dollars(low)+" a month): expect to need experience to reach it.")), true
		}
	}
	return Warning{}, false
}

func incomeWarning(p *catalog.Path, title string, detail [2]string) Warning {
	w := warn(KindIncomeGoal, title, detail)
	w.Cite = p.Income.Cite
	return w
}

func rangeText(in catalog.Income) string {
	s := numfmt.Dollars(in.Low) + "–" + numfmt.Dollars(in.High)
	if in.OpenEnded {
		s += "+"
	}
	return s + " a " + in.Unit
}

// MustHaveName names a must-have in a voice: "keeping your day job" for
// the owner, "keeping their day job" on the share view.
func MustHaveName(id string, v Voice) string {
	for _, mh := range model.MustHaves {
		if mh.ID == id {
			return mustName(mh, v)
		}
	}
	return id
}

// publicPayWarning compares the pay a new job must reach with the median
// pay of the nearest occupation a public source measures, for a full-time
// role the articles give no figure for.
func publicPayWarning(p *catalog.Path, goal float64) (Warning, bool) {
	if p.Mode != catalog.FullTime {
		return Warning{}, false
	}
	near, ok := catalog.EarningsOf(*p).Nearest()
	if !ok || near.Measure != catalog.Median || near.Unit != catalog.PerYear || goal <= near.Low/12 {
		return Warning{}, false
	}
	monthly := numfmt.Dollars(near.Low / 12)
	detail := "The pay a new job must reach, " + numfmt.Dollars(goal) + " a month, is above the median pay of " +
		strings.ToLower(near.Occupation[:1]) + near.Occupation[1:] + " (" + near.Source.Publisher + ", " + near.Period + "), about " +
		monthly + " a month: more than half of them earn less. " + near.Closeness.Explain()
	return Warning{Kind: KindIncomeGoal, Title: "The job’s pay goal is above the public median", Detail: detail, About: detail}, true
}
