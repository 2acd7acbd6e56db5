package server

import (
	"net/http"
	"strconv"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/web"
)

// handleScoringPage renders the "How scoring works" page from the model's
// own data. It never changes while the process runs, so it is built once.
func handleScoringPage(rs *responder, def questionnaire.Definition) http.HandlerFunc {
	doc := scoringDoc(scoring.Model(), def)
	return func(w http.ResponseWriter, r *http.Request) {
		rs.render(w, r, http.StatusOK, web.ScoringPage(doc))
	}
}

func scoringDoc(m scoring.ModelDoc, def questionnaire.Definition) web.ScoringDoc {
	prompt := func(id string) string {
		if q, ok := def.Question(id); ok {
			return "“" + q.Prompt + "”"
		}
		return id
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	pct := func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" }

	dimName := map[string]string{}
	d := web.ScoringDoc{Version: m.Version, Neutral: m.Neutral}
	for _, dim := range m.Dimensions {
		dimName[dim.ID] = dim.Name
		sd := web.ScoringDimension{Name: dim.Name, Description: dim.Description}
		for _, in := range dim.Inputs {
			sd.Inputs = append(sd.Inputs, web.ScoringInput{Question: prompt(in.Question), Weight: pct(in.Weight), How: in.How})
		}
		d.Dimensions = append(d.Dimensions, sd)
	}
	for _, tm := range m.Tracks {
		st := web.ScoringTrack{Label: tm.Track.Label(), Base: num(tm.Base)}
		if tm.Combination != nil {
			st.Combined = tm.Combination.Text
			st.Source = sourceRef(&tm.Combination.Cite)
		}
		for _, c := range tm.Criteria {
			label := dimName[c.Dimension]
			if c.Invert {
				label += " (counted backwards)"
			}
			st.Criteria = append(st.Criteria, web.ScoringCriterion{
				Label: c.Label, Dimension: label, Points: num(c.Points), Quote: c.Cite.Quote, Source: sourceRef(&c.Cite),
			})
		}
		d.Tracks = append(d.Tracks, st)
	}
	d.PathText = m.Paths.Text
	d.PathSource = sourceRef(&m.Paths.Cite)
	d.Steps = []string{
		"Your answers become profile traits between 0 and 1; a 1–5 rating of 1 counts 0 and 5 counts 1.",
		"Each criterion the sources name for a track adds up to its points when the trait is strong and takes them away when it is weak. The digital-marketing and AI-job fits start at " + num(m.Tracks[0].Base) + ".",
		"The AI-powered side hustle starts from your stronger fit and moves with the weaker one: both profiles strong puts it first.",
		"A path's fit is " + pct(m.Paths.TrackShare) + " of its track's fit plus up to " + num(m.Paths.SkillPoints) + " points for how well your skills meet its needs. Every score is the sum of the reasons shown with it.",
	}
	for _, w := range m.Warnings {
		d.Warnings = append(d.Warnings, web.ScoringWarning{Title: w.Title, When: w.When, Why: w.Why, Source: sourceRef(w.Cite)})
	}
	for _, u := range m.Unscored {
		d.Unscored = append(d.Unscored, web.AnswerLine{Question: prompt(u.Question), Answer: u.Why})
	}
	return d
}

// modelCitations lists every citation the scoring model rests on.
func modelCitations(m scoring.ModelDoc) []catalog.Citation {
	var out []catalog.Citation
	for _, tm := range m.Tracks {
		for _, c := range tm.Criteria {
			out = append(out, c.Cite)
		}
		if tm.Combination != nil {
			out = append(out, tm.Combination.Cite)
		}
	}
	out = append(out, m.Paths.Cite)
	for _, w := range m.Warnings {
		if w.Cite != nil {
			out = append(out, *w.Cite)
		}
	}
	return out
}
