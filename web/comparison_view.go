package web

import (
	"strconv"
	"strings"
	"sync"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// footnotes numbers citations in order of first use.
type footnotes struct {
	byAnchor map[string]int
	list     []Footnote
}

func (f *footnotes) cite(c *catalog.Citation) int {
	if c == nil {
		return 0
	}
	key := c.Anchor() + "\x00" + c.Quote
	if n, ok := f.byAnchor[key]; ok {
		return n
	}
	ref := sourceRef(c)
	if ref == nil {
		return 0
	}
	if f.byAnchor == nil {
		f.byAnchor = map[string]int{}
	}
	n := len(f.list) + 1
	f.byAnchor[key] = n
	f.list = append(f.list, Footnote{N: n, Label: ref.Label, URL: ref.URL, Quote: c.Quote})
	return n
}

// skillQuestions maps each catalog skill to the question that rates it.
// scoring.Model builds a fresh copy of the whole model, so this is derived
// once rather than on every comparison page.
var skillQuestions = sync.OnceValue(func() map[catalog.Skill]string {
	m := map[catalog.Skill]string{}
	for _, s := range scoring.Model().Skills.Questions {
		m[s.Skill] = s.Question
	}
	return m
})

// ComparisonTitle names the paths compared: "A vs B".
func ComparisonTitle(s compare.Comparison) string {
	paths := s.CatalogPaths()
	if len(paths) == 0 {
		return "Compare paths"
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = p.Name
	}
	return strings.Join(names, " vs ")
}

// ComparisonViewOf builds the side-by-side table and the projection for a
// state; answers (nil without an assessment) weight the axes and show gaps.
// voice says whose ratings the gaps are: the owner's ("you") or, on the
// share view, the person who shared it ("they").
func ComparisonViewOf(s compare.Comparison, answers questionnaire.Answers, voice scoring.Voice) ComparisonView {
	paths := s.CatalogPaths()
	v := ComparisonView{Title: ComparisonTitle(s), Weighted: answers != nil}
	weights := compare.Weights(answers)
	for _, w := range weights {
		prefer := "lower"
		if w.PreferHigh {
			prefer = "higher"
		}
		v.Weights = append(v.Weights, CompareWeight{Label: w.Label, Prefer: prefer, Why: w.Why, Points: w.Points})
	}
	var fn footnotes
	gaps := skillQuestions()

	skillRow := CompareRow{Label: "Skills needed"}
	modeRow := CompareRow{Label: "Side hustle or full-time"}
	incomeRow := CompareRow{Label: "Income"}
	hoursRow := CompareRow{Label: "Hours per week"}
	for _, p := range paths {
		o := compare.Score(p, weights)
		col := CompareColumn{Name: p.Name, Track: string(p.Track), TrackLbl: p.Track.Label(), Score: o.Score}
		for _, b := range o.Breakdown {
			col.Breakdown = append(col.Breakdown, Contribution{
				Label: b.Label + " " + strconv.Itoa(b.Level) + "/5 (worth " + strconv.Itoa(b.Max) + ")", Points: b.Points})
		}
		v.Columns = append(v.Columns, col)

		cell := CompareCell{Path: p.Name}
		found := compare.Gaps(p, answers, gaps)
		cell.Short = skillsShort(found)
		for _, g := range found {
			line := g.Skill.Label() + ": needs " + strconv.Itoa(g.Need) + "/5"
			if g.Rating > 0 {
				line += ", " + voice.Lower() + " " + strconv.Itoa(g.Rating) + "/5"
				if g.Gap > 0 {
					line += " (gap " + strconv.Itoa(g.Gap) + ")"
				}
			}
			cell.Lines = append(cell.Lines, line)
		}
		skillRow.Cells = append(skillRow.Cells, cell)
		modeRow.Cells = append(modeRow.Cells, CompareCell{Path: p.Name, Text: p.Mode.Label()})
		incomeRow.Cells = append(incomeRow.Cells, CompareCell{Path: p.Name, Short: incomeShort(p.Income), Text: p.Income.Note, Foot: fn.cite(p.Income.Cite)})
		hoursRow.Cells = append(hoursRow.Cells, CompareCell{Path: p.Name, Short: hoursShort(p.HoursPerWeek), Text: p.HoursPerWeek.Text, Foot: fn.cite(p.HoursPerWeek.Cite)})
	}
	v.Rows = append(v.Rows, modeRow, skillRow)
	for _, axis := range catalog.Axes() {
		row := CompareRow{Label: axis.Label}
		for _, p := range paths {
			r, _ := p.Rating(axis.ID)
			row.Cells = append(row.Cells, CompareCell{
				Path: p.Name, Level: levelText(r.Level, axis), Text: r.Text, Foot: fn.cite(r.Cite),
			})
		}
		v.Rows = append(v.Rows, row)
		if axis.ID == "time-to-first-income" {
			v.Rows = append(v.Rows, incomeRow, hoursRow)
		}
	}
	v.Footnotes = fn.list
	v.Projection = projectionView(s)
	v.Verdict = comparisonVerdict(s, answers, voice)
	return v
}

// skillsShort counts the skills a path needs and the gaps among them, for
// the table's first look; each skill's line is one click away.
func skillsShort(gaps []compare.SkillGap) string {
	if len(gaps) == 0 {
		return ""
	}
	short := strconv.Itoa(len(gaps)) + " skills"
	if len(gaps) == 1 {
		short = "1 skill"
	}
	n := 0
	for _, g := range gaps {
		if g.Gap > 0 {
			n++
		}
	}
	switch {
	case n == 1:
		short += ", 1 gap"
	case n > 1:
		short += ", " + strconv.Itoa(n) + " gaps"
	}
	return short
}

// incomeShort is the articles' income figure in brief, for the table's
// first look; the note behind it is one click away.
func incomeShort(in catalog.Income) string {
	if amount := ArticleAmount(in); amount != "" {
		return amount
	}
	return "No figure"
}

// hoursShort is the weekly hours the sources give, in brief.
func hoursShort(h catalog.Hours) string {
	if !h.Known {
		return "No weekly figure"
	}
	if h.Low == h.High {
		return strconv.Itoa(h.Low) + " hours"
	}
	return strconv.Itoa(h.Low) + "–" + strconv.Itoa(h.High) + " hours"
}

func levelText(level int, a catalog.Axis) string {
	if level < 1 || level > 5 {
		return ""
	}
	word := ""
	switch {
	case level <= 2:
		word = a.LowMeans
	case level >= 4:
		word = a.HighMeans
	default:
		word = "in between"
	}
	return strconv.Itoa(level) + "/5 · " + word
}

// projectionView runs the projection for the chosen side hustle and job.
func projectionView(s compare.Comparison) *ProjectionView {
	in := s.Projection()
	hp, _ := s.HustlePath()
	jp, _ := s.JobPath()
	pv := &ProjectionView{}
	// A side hustle with no rate has nothing to project yet: no source gives
	// one for most paths, so the person is asked rather than given another
	// path's figure.
	if h := in.Hustle; h != nil && h.StartRate == 0 && h.RampedRate == 0 && h.RetainerPerMonth == 0 {
		pv.Summary = append(pv.Summary, hp.Name+": enter the hourly rate expected to see its projection; no source gives one for it.")
		in.Hustle = nil
	}
	if in.Hustle == nil && in.Job == nil {
		if len(pv.Summary) == 0 {
			return nil
		}
		return pv
	}
	res := projection.Project(in)
	amount := amountsIn(s.Country())
	pv.Chart = LineChart{Title: "Net income per month for 24 months", Goal: s.Goal, Amount: amount}
	if res.Hustle != nil {
		pv.HustleName = hp.Name
		pv.Summary = append(pv.Summary, milestones(hp.Name, *res.Hustle, s.Goal, "extra-income goal", res.Months, amount)...)
		pv.Chart.Series = append(pv.Chart.Series, Series{Label: hp.Name + " (solid line)", Class: "stroke-hustle", Values: nets(*res.Hustle)})
	} else {
		pv.Chart.Goal = 0 // the goal line belongs to the side hustle
	}
	if res.Job != nil {
		pv.JobName = jp.Name
		if s.JobGoal > 0 {
			pv.Summary = append(pv.Summary, milestones(jp.Name, *res.Job, s.JobGoal, "pay goal (before tax)", res.Months, amount)...)
		} else {
			pv.Summary = append(pv.Summary, milestones(jp.Name, *res.Job, s.Goal, "monthly goal", res.Months, amount)...)
		}
		if line := againstTakeHome(jp.Name, *res.Job, s.TakeHome, amount); line != "" {
			pv.Summary = append(pv.Summary, line)
		}
		pv.Chart.Series = append(pv.Chart.Series, Series{Label: jp.Name + " (dashed line)", Class: "stroke-job", Values: nets(*res.Job)})
	}
	for i := range res.Months {
		row := ProjectionRow{Month: i + 1}
		if res.Hustle != nil {
			row.Hustle, row.HustleCum = amount(res.Hustle.Months[i].Net), amount(res.Hustle.Months[i].Cumulative)
		}
		if res.Job != nil {
			row.Job, row.JobCum = amount(res.Job.Months[i].Net), amount(res.Job.Months[i].Cumulative)
		}
		pv.Rows = append(pv.Rows, row)
	}
	return pv
}

// againstTakeHome sets a job's pay after tax, once it is paid, against the
// take-home pay given for today.
func againstTakeHome(name string, s projection.Series, takeHome float64, Money func(float64) string) string {
	if takeHome <= 0 || len(s.Months) == 0 {
		return ""
	}
	net := s.Months[len(s.Months)-1].Net
	switch diff := net - takeHome; {
	case net == 0:
		return ""
	case diff >= 0.5:
		return name + " pays " + Money(net) + " a month after the tax rate entered: " + Money(diff) + " more than the " + Money(takeHome) + " taken home today."
	case diff <= -0.5:
		return name + " pays " + Money(net) + " a month after the tax rate entered: " + Money(-diff) + " less than the " + Money(takeHome) + " taken home today."
	}
	return name + " pays about the " + Money(takeHome) + " taken home today, after the tax rate entered."
}

func nets(s projection.Series) []float64 {
	out := make([]float64, len(s.Months))
	for i, m := range s.Months {
		out[i] = m.Net
	}
	return out
}

// milestones says in words when a path reaches its goal and pays back.
func milestones(name string, s projection.Series, goal float64, what string, horizon int, Money func(float64) string) []string {
	var out []string
	h := strconv.Itoa(horizon)
	switch {
	case goal <= 0:
		out = append(out, name+": set a goal to see when it is reached.")
	case s.GoalMonth > 0:
		out = append(out, name+" reaches the "+Money(goal)+" "+what+" in month "+strconv.Itoa(s.GoalMonth)+".")
	default:
		out = append(out, name+" does not reach the "+Money(goal)+" "+what+" within "+h+" months.")
	}
	if s.Start < 0 {
		if s.PaybackMonth > 0 {
			out = append(out, name+" pays back its "+Money(-s.Start)+" upfront cost by month "+strconv.Itoa(s.PaybackMonth)+".")
		} else {
			out = append(out, name+" does not pay back its "+Money(-s.Start)+" upfront cost within "+h+" months.")
		}
	}
	return out
}

// ComparisonFormView is the editable form: every value as typed (or as
// stored), each default labelled with where it came from.
func ComparisonFormView(action string, s compare.Comparison, typed, errs map[string]string, d compare.Prefill, assessmentShareID string) (ComparisonForm, []FieldError) {
	f := ComparisonForm{Action: action, AssessmentShareID: assessmentShareID}
	var summary []FieldError

	f.Paths = Field{Name: "paths", Label: "Paths to compare (choose two or three)", Error: errs["paths"],
		Hint: "The first side hustle and the first full-time role you choose get an income projection."}
	chosen := map[string]bool{}
	for _, id := range s.Paths {
		chosen[id] = true
	}
	var names []string
	for _, p := range catalog.All() {
		f.Paths.Choices = append(f.Paths.Choices, Choice{Value: p.ID, Label: p.Name + " (" + p.Track.Label() + ")", Checked: chosen[p.ID]})
		if chosen[p.ID] {
			names = append(names, p.Name)
		}
	}
	f.PathsChosen = strings.Join(names, ", ")
	if f.Paths.Error != "" {
		f.PathsOpen = true
		summary = append(summary, FieldError{Target: f.Paths.FirstInputID(), Message: f.Paths.Error})
	}

	country := s.Country()
	// Each choice names its currency, so the field needs no hint (and the
	// page stays under its weight budget).
	f.Country = Field{Name: "country", Label: "Where you work", Error: errs["country"]}
	for _, c := range money.Countries {
		f.Country.Choices = append(f.Country.Choices, Choice{Value: string(c), Label: countryLabel(c), Checked: c == country})
	}
	f.CountryChosen = countryLabel(country)
	f.HasDayJob = s.Hustle.HasDayJob
	if f.Country.Error != "" {
		f.CountryOpen = true
		summary = append(summary, FieldError{Target: f.Country.FirstInputID(), Message: f.Country.Error})
	}

	hp, hasHustle := s.HustlePath()
	jp, hasJob := s.JobPath()
	for _, in := range compare.Inputs() {
		value, ok := typed[in.Key]
		if !ok {
			value = FormatAmount(in.Value(s))
		}
		def := d.For(in.Key)
		hint, more := hintFor(def)
		if value != FormatAmount(def.Value) && def.From != "" && !def.Ask {
			// The hint speaks of the default; say the value shown is not it.
			hint = "Yours; the default is " + FormatAmount(def.Value) + " (" + strings.ToLower(strings.TrimSuffix(hint, ".")) + ")."
		}
		fld := CompareInput{Field: Field{Name: in.Key, Label: in.Label, Value: value, Suffix: in.UnitIn(country), Error: errs[in.Key], Hint: hint}, More: more}
		changed := value != FormatAmount(def.Value)
		open := fld.Error != "" || changed
		// A figure no source gives is named in the section's summary rather
		// than opening it: the money line above already says it is missing.
		var needs []string
		if def.Ask && !changed {
			needs = []string{strings.ToLower(in.Label)}
		}
		switch in.Group {
		case compare.GroupGoal:
			f.Goal = fld
		case compare.GroupHustle:
			f.Hustle = append(f.Hustle, fld)
			f.HustleOpen = f.HustleOpen || open
			f.HustleChanged += btoi(changed)
			f.HustleNeeds = append(f.HustleNeeds, needs...)
		case compare.GroupJob:
			f.Job = append(f.Job, fld)
			f.JobOpen = f.JobOpen || open
			f.JobChanged += btoi(changed)
			f.JobNeeds = append(f.JobNeeds, needs...)
		}
		if fld.Error != "" {
			summary = append(summary, FieldError{Target: fld.ID(), Message: fld.Error})
		}
	}
	// Both groups are always shown, so values survive a change of paths.
	f.HustleTitle = "Side hustle (projected when you choose one)"
	if hasHustle {
		f.HustleTitle = "Side hustle: " + hp.Name
	}
	f.JobTitle = "Job (projected when you choose a full-time role)"
	if hasJob {
		f.JobTitle = "Job: " + jp.Name
	}
	return f, summary
}

// countryLabel names where someone works with its currency, as the
// questionnaire's choice does: "United Kingdom (pounds)".
func countryLabel(c money.Country) string {
	if c == money.Elsewhere {
		return "Somewhere else (US dollars)"
	}
	return strings.TrimPrefix(c.Name(), "the ") + " (" + c.CurrencyName() + ")"
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ChangedNote says how many of a section's values differ from the
// defaults, and which inputs wait for the person's own figure.
func ChangedNote(n int, needs []string) string {
	note := strconv.Itoa(n) + " values changed"
	switch n {
	case 0:
		note = "as pre-filled"
	case 1:
		note = "1 value changed"
	}
	if len(needs) > 0 {
		note += "; needs your " + strings.Join(needs, ", ")
	}
	return note
}

// hintFor says where a default comes from, in the vocabulary every page
// uses: the article's claim, a public source, our judgement or the answer
// given (the hint, read with the field), then the why and its source
// (more, behind a disclosure, so the form stays short).
func hintFor(d compare.Default) (hint, more string) {
	if d.From == "" {
		return d.Note, ""
	}
	if d.Ask { // no source and no judgement of ours: the figure is the person's
		return "Your figure.", d.Note
	}
	more = d.Note
	if ref := sourceRef(d.Cite); ref != nil {
		more += " Source: " + ref.Label + "."
	}
	if d.Source != nil {
		more += " Source: " + d.Source.Publisher + ", “" + d.Source.Title + "”."
	}
	return d.From.Label() + ".", strings.TrimSpace(more)
}

// AssumptionLines lists every input behind a projection, for the share view,
// which has no form to show them in, each with where it comes from: the
// default's provenance while it is unchanged, else the owner's own entry.
func AssumptionLines(s compare.Comparison, answers questionnaire.Answers) []AnswerLine {
	var out []AnswerLine
	for _, in := range LabelledInputs(s, answers) {
		out = append(out, AnswerLine{Question: in.Label, Answer: FormatAmount(in.Value) + " " + in.Unit + " (" + in.ProvenanceLabel + ")"})
	}
	return out
}

// ComparisonEditor is the comparison page with its form, for a new
// comparison (action "/comparisons") or its owner: the comparison of s
// weighted by answers (nil without an assessment), every value as typed
// (typed; nil shows s) and a message per field in errs.
func ComparisonEditor(action string, s compare.Comparison, typed, errs map[string]string, answers questionnaire.Answers, assessmentShareID string) ComparisonView {
	v := ComparisonViewOf(s, answers, scoring.Owner)
	if len(errs) > 0 {
		v.Projection = nil // a projection of invalid inputs would mislead
		if v.Verdict != nil {
			v.Verdict.Money = nil
		}
	}
	v.Form = new(ComparisonForm)
	*v.Form, v.Errors = ComparisonFormView(action, s, typed, errs, compare.Defaults(s.CatalogPaths(), answers), assessmentShareID)
	return v
}

// ComparisonShareDescription is the share link's preview text: it never
// carries the owner's own figures, such as their goal.
const ComparisonShareDescription = "Side by side on the same axes, with a source for every figure and a month-by-month income projection."

// ComparisonCard names the paths compared and nothing the owner typed or
// earns: no bars, as the comparison's figures are the owner's own.
func ComparisonCard(title string) card.Card {
	return card.Card{Headline: title, Subtitle: "Side by side, a source for every figure, 24 months projected"}
}
