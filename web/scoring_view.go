package web

import (
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// propertyWords says in words which side of a path a factor weighs.
var propertyWords = map[scoring.Property]string{
	scoring.PropCraft:       "how close the path sits to the marketing end of the work (1 − lean)",
	scoring.PropPeopleWork:  "the marketing end (+) against the technical end (−) of the work",
	scoring.PropTechnical:   "the technical end (+) against the marketing end (−) of the work",
	scoring.PropFlexibility: "the path's flexibility rating",
	scoring.PropEarning:     "the path's earning potential",
	scoring.PropLearning:    "the path's learning curve",
	scoring.PropSteadiness:  "how steady the path is (its volatility rating, reversed)",
	scoring.PropVolatility:  "the path's volatility rating",
	scoring.PropSpeed:       "how soon the path pays (its time-to-first-income rating, reversed)",
	scoring.PropPlatforms:   "the path's platform dependency",
	scoring.PropPace:        "how fast the path's tools change (its future-proofing rating, reversed)",
	scoring.PropExposure:    "the path's commoditisation risk above 3/5",
	scoring.PropToolUse:     "how much of the path's work runs on AI tools",
	scoring.PropLeads:       "whether the path can lead there",
	scoring.PropHours:       "our estimate of the path's weekly hours",
	scoring.PropUpfront:     "the path's upfront investment",
	scoring.PropSlowPay:     "the path's time to first income",
	scoring.PropMode:        "whether the path is a side hustle or a full-time role",
}

func ScoringDocOf(m scoring.ModelDoc, def questionnaire.Definition) ScoringDoc {
	prompt := func(id string) string {
		if q, ok := def.Question(id); ok {
			return q.Prompt
		}
		return id
	}
	d := ScoringDoc{
		Version: m.Version,
		Neutral: m.Neutral,
		Steps: []string{
			"Every path starts at " + itoa(int(m.Base)) + ", less up to " + itoa(int(m.BarrierPoints)) + " for what it asks of anyone before the first income.",
			"Each skill the path needs adds or takes away points, up to " + itoa(int(m.Skills.Points)) + " in all, by how far your rating meets the need.",
			"Every other answer you give moves the path up or down, weighed against the path's own ratings: hours against the hours it needs, budget against its upfront investment, unease about platforms against its platform dependency, and so on.",
			"A path that breaks a must-have you stated loses " + itoa(int(m.ClashPoints)) + " points and ranks after every path that does not.",
			"A track's fit is the fit of its best path, so the best path and the best track always agree. A score is the sum of the reasons shown with it.",
		},
		Barrier: ScoringRule{Text: m.BarrierWhy, Quote: m.BarrierCite.Quote, Source: sourceRef(&m.BarrierCite)},
		Skills:  ScoringRule{Text: m.Skills.Text, Quote: m.Skills.Cite.Quote, Source: sourceRef(&m.Skills.Cite)},
		Clash:   m.ClashWhy,
		Close:   m.Close.Why + " Fit words: " + fitWords(m.FitWords) + ".",
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
				sf.Undecided += " " + q.Unit
			}
		}
		if f.Cite != nil {
			sf.Quote, sf.Source = f.Cite.Quote, sourceRef(f.Cite)
		}
		d.Factors = append(d.Factors, sf)
	}
	for _, mh := range m.MustHaves {
		d.Must = append(d.Must, ScoringMustHave{Name: "You need " + mh.Name, When: mh.When, Rule: mh.Rule, Why: mh.Why, Source: sourceRef(mh.Cite)})
	}
	for _, p := range catalog.All() {
		d.Paths = append(d.Paths, scoringPath(p, m))
	}
	for _, w := range m.Warnings {
		d.Warnings = append(d.Warnings, ScoringWarning{Title: w.Title, When: w.When, Why: w.Why, Source: sourceRef(w.Cite)})
	}
	for _, j := range m.Judgements() {
		d.Judgements = append(d.Judgements, ScoringJudgement{What: j.What, Value: j.Value, Why: j.Why})
	}
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

func fitWords(ws []scoring.FitWord) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Word+" from "+itoa(w.From))
	}
	return strings.Join(out, ", ")
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
