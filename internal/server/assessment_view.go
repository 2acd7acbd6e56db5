package server

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/web"
)

// topPathCount is how many paths the result explains in full.
const topPathCount = recommendation.Explained

// resultView builds the result page's view model. editBase is the private
// path prefix ("" for the share view, which then hides edit links). For the
// share view, answers are already what it may show (sharedAnswers);
// hideFreeText leaves the hidden questions out of the list as well.
func resultView(def questionnaire.Definition, snap recommendation.Snapshot, answers questionnaire.Answers, hideFreeText bool, editBase string) web.Result {
	v := web.Result{ModelVersion: snap.ModelVersion, FreeTextHidden: hideFreeText}
	for _, t := range snap.Tracks {
		v.Tracks = append(v.Tracks, web.TrackFit{Track: string(t.Track), Label: t.Label, Score: t.Score, Contributions: readingOrder(t.Contributions)})
	}
	if len(v.Tracks) > 0 {
		v.Top = v.Tracks[0]
	}
	shown := map[recommendation.Warning]bool{} // at the top of the page
	for _, w := range snap.Warnings {
		shown[recommendation.Warning{Kind: w.Kind, Title: w.Title, Detail: w.Detail}] = true
	}
	for i, p := range snap.Paths {
		v.AllPaths = append(v.AllPaths, web.Bar{Label: p.Name, Value: p.Score, Track: string(p.Track)})
		if i < topPathCount {
			v.TopPaths = append(v.TopPaths, pathResult(i+1, p, shown))
		}
	}
	v.Warnings = webWarnings(snap.Warnings)
	v.Answers = answerGroups(def, answers, hideFreeText, editBase)
	return v
}

// pathResult builds one path card. Warnings already shown at the top of the
// page (keyed without their source) are not repeated on every card.
func pathResult(rank int, p recommendation.PathFit, shown map[recommendation.Warning]bool) web.PathResult {
	var own []recommendation.Warning
	for _, w := range p.Warnings {
		if !shown[recommendation.Warning{Kind: w.Kind, Title: w.Title, Detail: w.Detail}] {
			own = append(own, w)
		}
	}
	pr := web.PathResult{
		ID: p.ID, Name: p.Name, Track: string(p.Track), TrackLbl: p.Track.Label(),
		Score: p.Score, Rank: rank,
		Why: readingOrder(p.Contributions), Warnings: webWarnings(own),
		Plan7: p.Plan.Days7, Plan30: p.Plan.Days30, Plan90: p.Plan.Days90,
	}
	// What the catalog said when the result was made; results stored before
	// snapshots carried it fall back to today's catalog.
	facts := p.Facts
	if facts == nil {
		if cp, ok := catalog.ByID(p.ID); ok {
			facts = &recommendation.PathFacts{Summary: cp.Summary, Mode: cp.Mode, Income: cp.Income}
		}
	}
	if facts != nil {
		pr.Summary = facts.Summary
		pr.Mode = facts.Mode.Label()
		pr.Income = incomeText(facts.Income)
		pr.IncomeSource = sourceRef(facts.Income.Cite)
	}
	return pr
}

// incomeText states a path's income as the sources give it, or says they give none.
func incomeText(in catalog.Income) string {
	if !in.Known {
		return in.Note
	}
	high := web.Money(in.High)
	if in.OpenEnded {
		high += "+"
	}
	s := web.Money(in.Low) + "–" + high + " per " + in.Unit
	if in.Low == in.High && !in.OpenEnded {
		s = web.Money(in.Low) + " per " + in.Unit
	}
	if in.Note != "" {
		s += ". " + in.Note
	}
	return s
}

// readingOrder lists reasons for reading: the base first (every score
// starts there), then the rest by how far they moved the score.
func readingOrder(cs []recommendation.Contribution) []web.Contribution {
	out := make([]web.Contribution, len(cs))
	for i, c := range cs {
		out[i] = web.Contribution{Label: c.Label, Points: c.Points}
	}
	if len(out) > 1 {
		slices.SortStableFunc(out[1:], func(a, b web.Contribution) int { return abs(b.Points) - abs(a.Points) })
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func webWarnings(ws []recommendation.Warning) []web.Warning {
	out := make([]web.Warning, len(ws))
	for i, w := range ws {
		out[i] = web.Warning{Title: w.Title, Detail: w.Detail, Source: sourceRef(w.Cite)}
	}
	return out
}

// answerGroups lists every answer under its page title, with option labels
// in place of stored values.
func answerGroups(def questionnaire.Definition, answers questionnaire.Answers, hideFreeText bool, editBase string) []web.AnswerGroup {
	var groups []web.AnswerGroup
	for i, s := range def.Sections {
		g := web.AnswerGroup{Title: s.Title}
		if editBase != "" {
			g.EditURL = editBase + "/step/" + strconv.Itoa(i+1)
		}
		for _, q := range s.Questions {
			if q.FreeText && hideFreeText {
				continue
			}
			g.Lines = append(g.Lines, web.AnswerLine{Question: q.Prompt, Answer: answerText(q, answers[q.ID])})
		}
		groups = append(groups, g)
	}
	return groups
}

func answerText(q questionnaire.Question, values []string) string {
	if len(values) == 0 {
		return "Not answered"
	}
	switch q.Kind {
	case questionnaire.Single, questionnaire.Multi:
		labels := make([]string, 0, len(values))
		for _, v := range values {
			if l, ok := q.OptionLabel(v); ok {
				labels = append(labels, l)
			} else {
				labels = append(labels, v)
			}
		}
		return strings.Join(labels, "; ")
	case questionnaire.Scale:
		return values[0] + " of " + strconv.Itoa(q.Max) + " (1 = " + q.LowLabel + ", " + strconv.Itoa(q.Max) + " = " + q.HighLabel + ")"
	case questionnaire.Number:
		return values[0] + " " + q.Unit
	}
	return values[0]
}

// socialMeta is the link preview of a share page: the top path and the track
// fits, never anything the person wrote.
func socialMeta(snap recommendation.Snapshot, url string) *web.Social {
	title := "Crossroads result"
	if len(snap.Paths) > 0 {
		title = "Best fit: " + snap.Paths[0].Name
	}
	parts := make([]string, 0, len(snap.Tracks))
	for _, t := range snap.Tracks {
		parts = append(parts, t.Label+" "+strconv.Itoa(t.Score)+"/100")
	}
	return &web.Social{Title: title, Description: "Track fit: " + strings.Join(parts, " · ") + ".", URL: url}
}
