package web

import (
	"strconv"
	"strings"

	"golang.org/x/text/currency"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// CompareVerdict is the comparison's answer, first on the page: which path
// comes out ahead and why (Sentences), then what each path would bring
// (Money), in the comparison's path order.
type CompareVerdict struct {
	Sentences []string
	Money     []CompareMoney
}

// CompareMoney is one compared path's money line.
type CompareMoney struct {
	Path, Text string
}

// comparisonVerdict judges the compared paths for the person (answers nil:
// every axis weighs the same) and says what each would bring, from the
// comparison's own inputs so the words agree with its chart.
func comparisonVerdict(s compare.Comparison, answers questionnaire.Answers, voice scoring.Voice) *CompareVerdict {
	paths := s.CatalogPaths()
	judged, ok := compare.Judge(paths, answers)
	if !ok {
		return nil
	}
	return &CompareVerdict{
		Sentences: verdictSentences(judged, answers != nil, compare.CountryOf(answers), voice),
		Money:     comparisonMoney(s, answers, voice),
	}
}

// pathName is a catalog path's name by its id.
func pathName(id string) string {
	if p, ok := catalog.ByID(id); ok {
		return p.Name
	}
	return id
}

func pointsWord(n int) string {
	if n == 1 {
		return "1 point"
	}
	return strconv.Itoa(n) + " points"
}

// whose says what weighs the axes: the owner's answers ("your" to them,
// "the owner's" on the share view), or nothing, when every axis weighs the same.
func whose(linked bool, voice scoring.Voice) string {
	switch {
	case !linked:
		return "Weighing every axis the same"
	case voice == scoring.Owner:
		return "On your answers"
	}
	return "On the owner's answers"
}

// verdictSentences says who leads, by how much, on what, and what would
// change it: at most two sentences before the money lines.
func verdictSentences(v compare.Verdict, linked bool, country money.Country, voice scoring.Voice) []string {
	lead, next := v.Ranked[0], v.Ranked[1]
	ln, nn := pathName(lead.PathID), pathName(next.PathID)
	score := func(n int) string { return strconv.Itoa(n) + "/100" }
	var first string
	switch {
	case v.Margin == 0:
		first = whose(linked, voice) + ", it is a close call: " + ln + " and " + nn + " are level at " + score(lead.Score)
	case v.Close:
		first = whose(linked, voice) + ", it is a close call: " + ln + " leads " + nn + " by only " + pointsWord(v.Margin) +
			" (" + score(lead.Score) + " against " + score(next.Score) + ")"
	default:
		first = whose(linked, voice) + ", " + ln + " comes out ahead of " + nn + " by " + pointsWord(v.Margin) +
			" (" + score(lead.Score) + " against " + score(next.Score) + ")"
	}
	if len(v.Ranked) > 2 {
		third := v.Ranked[2]
		first += ", with " + pathName(third.PathID) + " at " + score(third.Score)
	}
	if len(v.Deciding) > 0 && v.Margin > 0 {
		var axes []string
		for i, d := range v.Deciding {
			gain := " (+" + strconv.Itoa(d.Points) + ")"
			if i == 0 {
				gain = " (+" + pointsWord(d.Points) + ")"
			}
			axes = append(axes, strings.ToLower(d.Label)+gain)
		}
		first += ", mostly on " + strings.Join(axes, " and ")
	}
	first += "."
	return []string{first, tipSentence(v, linked, country, voice)}
}

// tipSentence says what single answer would put another path ahead, in the
// question's own words, or that none would.
func tipSentence(v compare.Verdict, linked bool, country money.Country, voice scoring.Voice) string {
	if v.Tip == nil {
		if v.Close {
			return "No single changed answer would put another path ahead."
		}
		return "No single changed answer would change that."
	}
	t := v.Tip
	clause := tipClause(*t, country, voice)
	if linked {
		clause = "If " + clause + " instead"
	} else {
		clause = "If " + voice.Of() + " answers weighed the axes and " + clause
	}
	return clause + ", " + pathName(t.Leader) + " would come out ahead by " + pointsWord(t.Margin) +
		" (it weighs " + strings.ToLower(t.Label) + " " + tipDirection(*t) + ")."
}

// tipClause is the tip's answer as the question asked it: "you answered
// “Essential” to “Earning as much as possible”".
func tipClause(t compare.Tip, country money.Country, voice scoring.Voice) string {
	who := voice.Lower()
	q, ok := questionnaire.Default().Question(t.Question)
	if !ok {
		return who + " answered differently"
	}
	switch {
	case t.Question == questionnaire.Budget && t.Value == "0":
		return who + " had nothing to invest up front"
	case t.Question == questionnaire.Budget:
		n, _ := strconv.Atoi(t.Value)
		return who + " could invest " + country.Format(country.In(float64(n))) + " or more up front"
	}
	answer := t.Value
	switch q.Kind {
	case questionnaire.Scale:
		switch t.Value {
		case strconv.Itoa(q.Min):
			answer = q.LowLabel
		case strconv.Itoa(q.Max):
			answer = q.HighLabel
		}
	case questionnaire.Single:
		if label, ok := q.OptionLabel(t.Value); ok {
			answer = label
		}
	}
	return who + " answered “" + answer + "” to “" + q.Summary() + "”"
}

// tipDirection is whether the tip's answer weighs its axis more or less
// than the answers it changes.
func tipDirection(t compare.Tip) string {
	rule := compare.Rule{}
	for _, r := range compare.Rules() {
		if r.Question == t.Question {
			rule = r
		}
	}
	changed := questionnaire.Answers{t.Question: {t.Value}}
	base := questionnaire.Answers{}
	for _, w := range compare.Weights(changed) {
		if w.Axis == rule.Axis {
			for _, b := range compare.Weights(base) {
				if b.Axis == w.Axis && w.Points < b.Points {
					return "less"
				}
			}
		}
	}
	return "more"
}

// comparisonMoney is a money line for each compared path: the side hustle
// and the job the chart projects from the comparison's own inputs, any
// other path from its sourced defaults, said to be outside the chart.
// Amounts are in the comparison's currency (where its person works),
// written the reader's way ("US$" for a US comparison read in the UK); a
// path outside the chart is shown as its own money line says.
func comparisonMoney(s compare.Comparison, answers questionnaire.Answers, voice scoring.Voice) []CompareMoney {
	reader := s.Country()
	if answers != nil {
		reader = compare.CountryOf(answers)
	}
	usd := func(v float64) string { return reader.Format(s.Country().In(v)) }
	in := s.Projection()
	res := projection.Project(in)
	hp, hasHustle := s.HustlePath()
	jp, hasJob := s.JobPath()
	var out []CompareMoney
	for _, p := range s.CatalogPaths() {
		line := CompareMoney{Path: p.Name}
		switch {
		case hasHustle && p.ID == hp.ID:
			line.Text = hustleMoneyLine(s, res, usd, voice)
		case hasJob && p.ID == jp.ID:
			line.Text = jobMoneyLine(s, res, usd, voice)
			// Only a job without a salary, outside the US, names the US pay
			// (USSalary rebuilds the defaults from the answers).
			if s.Job.SalaryPerYear > 0 || s.Country().Local(currency.USD) {
				break
			}
			if us := compare.USSalary(p, answers); us != nil {
				line.Text = "no salary in " + reader.CurrencyName() + " is entered, so its pay is not projected; in the United States it is " +
					reader.Format(money.USD(us.Value)) + " a year (" + strings.ToLower(us.From.Label()) + "), in US dollars and not converted."
			}
		default:
			line.Text = defaultMoneyLine(compare.PersonalFor(p, answers))
		}
		out = append(out, line)
	}
	return out
}

func hustleMoneyLine(s compare.Comparison, res projection.Result, usd func(float64) string, voice scoring.Voice) string {
	h := s.Hustle
	if h.StartRate == 0 && h.RampedRate == 0 && h.RetainerPerMonth == 0 || res.Hustle == nil {
		return "no source gives a rate for it, so it is projected once an hourly rate is entered."
	}
	established := min(h.RampMonths+1, res.Months)
	m := res.Hustle.Months[established-1]
	text := "about " + usd(m.Net) + " a month at " + voice.Of() + " " + FormatAmount(h.HoursPerWeek) +
		" hours a week once established (month " + strconv.Itoa(established) + " on), after fees, costs and tax as entered"
	switch {
	case s.Goal <= 0:
	case res.Hustle.GoalMonth > 0:
		text += "; it reaches " + voice.Of() + " " + usd(s.Goal) + " goal in month " + strconv.Itoa(res.Hustle.GoalMonth)
	default:
		text += "; it does not reach " + voice.Of() + " " + usd(s.Goal) + " goal in " + strconv.Itoa(res.Months) + " months"
		if hours := compare.HoursForGoal(s, s.Goal, established); hours > 0 {
			text += ": that takes about " + FormatAmount(hours) + " hours a week"
		} else {
			text += ", even at " + strconv.Itoa(projection.MaxHoursPerWeek) + " hours a week"
		}
	}
	return text + "."
}

func jobMoneyLine(s compare.Comparison, res projection.Result, usd func(float64) string, voice scoring.Voice) string {
	if res.Job == nil || s.Job.SalaryPerYear <= 0 {
		return "no salary is entered, so its pay is not projected."
	}
	paid := s.Job.LearningMonths + 1
	if paid > res.Months {
		return "not paid within " + strconv.Itoa(res.Months) + " months: the learning takes longer."
	}
	m := res.Job.Months[paid-1]
	text := usd(m.Gross) + " a month before tax (" + usd(s.Job.SalaryPerYear) + " a year)"
	if paid > 1 {
		text += " from month " + strconv.Itoa(paid)
	}
	if goal := s.JobGoal; goal > 0 {
		if m.Gross >= goal {
			text += ", above the " + usd(goal) + " " + voice.Lower() + " said a new job must pay"
		} else {
			text += ", " + usd(goal-m.Gross) + " short of the " + usd(goal) + " " + voice.Lower() + " said a new job must pay"
		}
	}
	if s.TakeHome > 0 {
		text += "; " + usd(m.Net) + " after tax as entered, against the " + usd(s.TakeHome) + " " + voice.Lower() + " take home today"
	}
	return text + "."
}

// defaultMoneyLine is a path the chart does not project (the projection
// runs for the first side hustle and the first job chosen), from its
// sourced defaults.
func defaultMoneyLine(p compare.Personal) string {
	const notCharted = " (Not in the chart: it projects the first side hustle and the first job chosen.)"
	switch {
	case p.Hustle != nil && p.Hustle.HasRate && p.Hustle.Established > 0:
		h, usd := p.Hustle, hustleAmounts(p)
		return "about " + usd(h.Net) + " a month at " + FormatAmount(h.HoursPerWeek) + " hours a week from month " +
			strconv.Itoa(h.Established) + ", at its published planning rate and our default assumptions, before income tax." + notCharted
	case p.Job != nil && p.Job.Salary.Value > 0:
		usd := amountsIn(p.Country)
		return usd(p.Job.Salary.Value/12) + " a month before tax (" + usd(p.Job.Salary.Value) + " a year, " +
			strings.ToLower(p.Job.Salary.From.Label()) + ")." + notCharted
	}
	return "no published figure to project it from." + notCharted
}
