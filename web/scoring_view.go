package web

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// propertyWords says in words which side of a path a factor weighs.
var propertyWords = map[scoring.Property]string{
	scoring.PropCraft:       "how near it sits to the marketing end of the work (1 − lean)",
	scoring.PropPeopleWork:  "the marketing end (+) against the technical end (−) of the work",
	scoring.PropTechnical:   "the technical end (+) against the marketing end (−) of the work",
	scoring.PropFlexibility: "its flexibility rating",
	scoring.PropEarning:     "its earning potential",
	scoring.PropLearning:    "its learning curve",
	scoring.PropSteadiness:  "its steadiness (volatility, reversed)",
	scoring.PropVolatility:  "its volatility rating",
	scoring.PropSpeed:       "how soon it pays (time to first income, reversed)",
	scoring.PropPlatforms:   "its platform dependency",
	scoring.PropPace:        "how fast its tools change (future-proofing, reversed)",
	scoring.PropExposure:    "its commoditisation risk above 3/5",
	scoring.PropToolUse:     "how much of its work runs on AI tools",
	scoring.PropLeads:       "whether it can lead there",
	scoring.PropHours:       "our estimate of its weekly hours",
	scoring.PropUpfront:     "its upfront investment",
	scoring.PropSlowPay:     "its time to first income",
	scoring.PropMode:        "whether it is a side hustle or a full-time role",
}

// ScoringDocOf builds the "How scoring works" page from the model's own
// data: every number on it is read from m, so the page cannot drift from
// what Score does.
func ScoringDocOf(m scoring.ModelDoc, def questionnaire.Definition) ScoringDoc {
	prompt := func(id string) string {
		if q, ok := def.Question(id); ok {
			return q.Prompt
		}
		return id
	}
	d := ScoringDoc{
		Version:  m.Version,
		Articles: articlesNamed(),
		Neutral:  m.Neutral,
		Steps:    scoringSteps(m),
		Barrier:  ScoringRule{Text: m.BarrierWhy, Quote: m.BarrierCite.Quote, Source: articleRef(&m.BarrierCite)},
		Skills:   ScoringRule{Text: m.Skills.Text, Quote: m.Skills.Cite.Quote, Source: articleRef(&m.Skills.Cite)},
		Vetoes:   m.ClashWhy,
		Costs:    m.CostWhy,
		Fields:   scoringFields(m, def),
		Scale:    scoringScale(m),
		Bands:    fitBands(m.FitWords),
		BandsWhy: m.FitWhy,
		Close:    m.Close.Why,
	}
	for _, f := range m.Factors {
		sf := ScoringFactor{Question: prompt(f.Question), Against: propertyWords[f.Against],
			Points: "±" + strconv.FormatFloat(f.Points, 'f', -1, 64), Why: f.Why}
		if f.Option != "" {
			q, _ := def.Question(f.Question)
			sf.Option, _ = q.OptionLabel(f.Option)
			sf.Undecided = "not chosen"
		} else if q, ok := def.Question(f.Question); ok {
			sf.Undecided = f.Neutral
			if label, ok := q.OptionLabel(f.Neutral); ok {
				sf.Undecided = label
			} else if q.Kind == questionnaire.Number {
				sf.Undecided += " " + q.UnitFor(nil)
			}
		}
		if f.Cite != nil {
			sf.Quote, sf.Source = f.Cite.Quote, articleRef(f.Cite)
		}
		d.Factors = append(d.Factors, sf)
	}
	for _, mh := range m.MustHaves {
		sm := ScoringMustHave{Name: "You need " + mh.Name, When: mh.When, Rule: mh.Rule, Why: mh.Why, Source: articleRef(mh.Cite)}
		if mh.Moderate != "" {
			sm.Cost = strings.TrimSuffix(mh.Moderate, ".") + ", up to " + points(mh.CostPoints) + " points."
		}
		d.Must = append(d.Must, sm)
	}
	for _, p := range catalog.All() {
		d.Paths = append(d.Paths, scoringPath(p, m))
	}
	for _, w := range m.Warnings {
		d.Warnings = append(d.Warnings, ScoringWarning{Title: w.Title, When: w.When, Why: w.Why, Source: articleRef(w.Cite)})
	}
	d.Judgements = scoringJudgements(m)
	for _, u := range m.Unscored {
		d.Unscored = append(d.Unscored, AnswerLine{Question: prompt(u.Question), Answer: u.Why})
	}
	if r := scoring.Score(def, scoring.Undecided()); len(r.Paths) > 0 {
		if p, ok := catalog.ByID(r.Paths[0].PathID); ok {
			d.Undecided = "Someone who gives every question its undecided answer gets " + p.Name + " first (" +
				itoa(r.Paths[0].Score) + "): a low-barrier path of the kind the second article recommends to anyone who wants to start earning."
		}
	}
	return d
}

// scoringSteps is the model in a few sentences, each number read from m.
func scoringSteps(m scoring.ModelDoc) []string {
	steps := []string{
		"Every path starts at " + points(m.Base) + ", less up to " + points(m.BarrierPoints) + " for what it asks of anyone before the first income.",
		"Each skill the path needs adds or takes away points, up to " + points(m.Skills.Points) + " in all, by how far your rating meets the need.",
		"Every other answer moves the path up or down, weighed against its own ratings: hours against the hours it needs, budget against its upfront investment, and so on.",
	}
	if fp := fieldPoints(m); fp > 0 {
		steps = append(steps, "A path whose work is in the field you know well gains up to "+points(fp)+" points for deep domain expertise.")
	}
	veto := "A path that breaks a must-have you stated firmly ranks after every path that breaks fewer"
	if m.ClashPoints > 0 {
		veto += " and loses " + points(m.ClashPoints) + " points."
	} else {
		veto += ", and keeps its score."
	}
	if c := mostCost(m); c > 0 {
		veto += " A moderate answer is no veto: it costs a path up to " + points(c) + " points, by how much the path rests on the thing."
	}
	return append(steps, veto,
		"The sum is put on one scale worked out from the model's own bounds: the start becomes "+oneDecimal(m.Scale.Base)+
			" and every other reason is multiplied by "+twoDecimals(m.Scale.Multiplier)+", so no score is ever held to 0 or 100.",
		"A track's fit is the fit of its best path, so the best path and the best track always agree. A score is the sum of the reasons shown with it.")
}

// scoringScale works the scale through from the model's own bounds.
func scoringScale(m scoring.ModelDoc) ScoringScale {
	s := m.Scale
	up, down := oneDecimal(s.Up), oneDecimal(s.Down)
	// Three decimals, so the worked sum for the start comes out as shown.
	k := strconv.FormatFloat(s.Multiplier, 'f', 3, 64)
	return ScoringScale{
		Text: "Over every path and every possible set of answers, the reasons after the start add up to at most +" + up +
			" and at least −" + down + ". So every reason is multiplied by 100 ÷ (" + up + " + " + down + ") ≈ " + k +
			", and the start is " + k + " × " + down + " ≈ " + oneDecimal(s.Base) +
			": the worst answers for the worst path score 0, the best for the best path 100, and the rest fall between.",
		Why: s.Why,
	}
}

// scoringFields lists which paths each field lifts, quoting each article
// passage once.
func scoringFields(m scoring.ModelDoc, def questionnaire.Definition) ScoringFields {
	out := ScoringFields{Why: m.FieldWhy}
	q, _ := def.Question(questionnaire.DomainField)
	quoted := map[string]bool{}
	for _, fm := range m.Fields {
		label, ok := q.OptionLabel(string(fm.Field))
		if !ok {
			label = string(fm.Field)
		}
		var names []string
		for _, id := range fm.Paths {
			if p, ok := catalog.ByID(id); ok {
				names = append(names, p.Name)
			}
		}
		row := ScoringField{Field: label, Paths: strings.Join(names, ", "), Why: fm.Why, Source: articleRef(fm.Cite)}
		if row.Paths == "" {
			row.Paths = "No path"
		}
		// A passage is quoted and linked once, on the first field that rests on it.
		if fm.Cite != nil && quoted[fm.Cite.Quote] {
			row.Source = nil
		} else if fm.Cite != nil {
			row.Quote, quoted[fm.Cite.Quote] = fm.Cite.Quote, true
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// fitBands names the scores each fit word covers: "58–64".
func fitBands(ws []scoring.FitWord) []ScoringBand {
	ws = slices.Clone(ws)
	slices.SortFunc(ws, func(a, b scoring.FitWord) int { return b.From - a.From })
	out := make([]ScoringBand, 0, len(ws))
	top := 100
	for _, w := range ws {
		out = append(out, ScoringBand{Word: w.Word, Scores: itoa(w.From) + "–" + itoa(top)})
		top = w.From - 1
	}
	return out
}

// scoringJudgements lists every number of ours. Where a section of the page
// already gives a judgement's reason, the list links to it instead of
// repeating it; the field match's list of paths is left to its section too.
func scoringJudgements(m scoring.ModelDoc) []ScoringJudgement {
	type section struct{ anchor, label string }
	shown := map[string]section{
		m.BarrierWhy: {"#barrier", "section 1"},
		m.FieldWhy:   {"#field", "section 4"},
		m.ClashWhy:   {"#must-haves", "section 5"},
		m.Scale.Why:  {"#scale", "section 6"},
		m.FitWhy:     {"#close-calls", "section 7"},
		m.Close.Why:  {"#close-calls", "section 7"},
	}
	var out []ScoringJudgement
	for _, j := range m.Judgements() {
		sj := ScoringJudgement{What: j.What, Value: j.Value, Why: j.Why}
		if s, ok := shown[j.Why]; ok {
			sj.Why, sj.See, sj.SeeLabel = "", s.anchor, s.label
			if j.Why == m.FieldWhy {
				sj.Value = "the paths each field lifts"
			}
		}
		out = append(out, sj)
	}
	return out
}

// articleOrder names the two articles as the model's own texts do.
var articleOrder = []struct {
	id   catalog.SourceID
	name string
}{{catalog.SideHustles, "First article"}, {catalog.MarketingVsAI, "Second article"}}

// articleRef links a citation on this page, naming its article as the
// model's texts do ("the first article"), since the page cites the two
// articles some fifty times and the lead says which is which.
func articleRef(c *catalog.Citation) *SourceRef {
	r := sourceRef(c)
	if r == nil {
		return nil
	}
	for _, a := range articleOrder {
		if c.Source == a.id {
			if _, sec, ok := c.Resolve(); ok {
				r.Label = a.name + " — " + sec.Title
			}
		}
	}
	return r
}

// articlesNamed says which article is the first and which the second.
func articlesNamed() string {
	var names []string
	for _, a := range articleOrder {
		if src, ok := catalog.SourceByID(a.id); ok {
			names = append(names, "the "+strings.ToLower(a.name)+" "+shortSourceTitle(src))
		}
	}
	return strings.Join(names, ", ")
}

// saysOurs reports whether a text already names itself our judgement.
func saysOurs(text string) bool { return strings.Contains(strings.ToLower(text), "our judgement") }

func fieldPoints(m scoring.ModelDoc) float64 {
	for _, f := range m.Factors {
		if f.Kind == scoring.FieldMatch {
			return f.Points
		}
	}
	return 0
}

func mostCost(m scoring.ModelDoc) float64 {
	var most float64
	for _, mh := range m.MustHaves {
		most = max(most, mh.CostPoints)
	}
	return most
}

func points(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func oneDecimal(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

func twoDecimals(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

func scoringPath(p catalog.Path, m scoring.ModelDoc) ScoringPath {
	var skills []string
	for _, n := range p.Skills {
		skills = append(skills, string(n.Skill)+" "+itoa(n.Level))
	}
	var leads []string
	for _, f := range m.Factors {
		if f.Option != "" && p.Fit.LeadsTo(catalog.Outcome(f.Option)) {
			leads = append(leads, f.Short)
		}
	}
	sp := ScoringPath{
		Name: p.Name, Track: p.Track.Label(), Skills: strings.Join(skills, ", "),
		Lean: strconv.FormatFloat(p.Fit.Lean, 'f', -1, 64), LeanWhy: p.Fit.LeanWhy,
		Hours:   itoa(p.Fit.Hours),
		Earning: itoa(p.Fit.Earning.Level),
		Leads:   strings.Join(leads, "; "),
		ToolUse: strconv.Itoa(int(p.Fit.ToolUse*100+0.5)) + "%",
	}
	var clashes []string
	for _, mh := range m.MustHaves {
		if scoring.Breaks(p, mh.ID) {
			clashes = append(clashes, mh.Name)
		}
	}
	sp.Clashes = strings.Join(clashes, "; ")
	return sp
}

// modelCitations lists every citation the scoring model rests on.
func modelCitations(m scoring.ModelDoc) []catalog.Citation {
	out := []catalog.Citation{m.BarrierCite, m.Skills.Cite}
	for _, f := range m.Factors {
		if f.Cite != nil {
			out = append(out, *f.Cite)
		}
	}
	for _, p := range m.Profiles {
		out = append(out, p.Cite)
	}
	for _, mh := range m.MustHaves {
		if mh.Cite != nil {
			out = append(out, *mh.Cite)
		}
	}
	for _, w := range m.Warnings {
		if w.Cite != nil {
			out = append(out, *w.Cite)
		}
	}
	for _, p := range catalog.All() {
		if p.Fit.Earning.Cite != nil {
			out = append(out, *p.Fit.Earning.Cite)
		}
	}
	return out
}
