package web

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
)

// runnersUp is how many paths after the best fit the result shows as cards.
const runnersUp = recommendation.Explained - 1

// ResultView builds the result page's view model for its audience: the
// owner (scoring.Owner) reads "you" and gets links to change each answer
// under editBase, the private path prefix; the share view (scoring.Viewer)
// speaks about the owner in the third person, names the questions in
// neutral words and has no edit links. For the share view, answers are
// already what it may show (sharedAnswers); hideFreeText leaves the hidden
// questions out of the list as well.
func ResultView(def questionnaire.Definition, snap recommendation.Snapshot, answers questionnaire.Answers, audience scoring.Voice, hideFreeText bool, editBase string) Result {
	say := reasons{def: def, answers: answers, voice: audience, model: snap.ModelVersion}
	v := Result{ModelVersion: snap.ModelVersion, FreeTextHidden: hideFreeText, Possessive: audience.Possessive}
	for _, t := range snap.Tracks {
		v.Tracks = append(v.Tracks, TrackFit{Track: string(t.Track), Label: t.Label, Score: t.Score, BestPath: t.BestPath,
			Clashes: t.Clashes > 0, Contributions: say.readingOrder(t.Contributions)})
	}
	shown := map[recommendation.Warning]bool{} // at the top of the page
	for _, w := range snap.Warnings {
		shown[recommendation.Warning{Kind: w.Kind, Title: w.Title, Detail: w.Detail}] = true
	}
	aside := setAside(snap)
	for i, p := range snap.Paths {
		bar := Bar{Label: p.Name, Value: p.Score, Track: string(p.Track)}
		if aside[p.ID] {
			bar.Note = "set aside"
		}
		v.AllPaths = append(v.AllPaths, bar)
		switch {
		case aside[p.ID]:
			v.SetAside = append(v.SetAside, SetAside{ID: p.ID, Name: p.Name, Score: p.Score})
		case i == 0:
			v.Best = say.path(1, p, shown)
		case len(v.Next) < runnersUp && i < recommendation.Explained:
			v.Next = append(v.Next, say.path(i+1, p, shown))
		}
	}
	if len(snap.Paths) > 0 {
		v.Lead = snap.Paths[0].Track.Label()
	}
	v.Close, v.Outscored = say.closeCall(snap)
	if o := snap.Overruled; o != nil {
		v.Outscored = scoring.OverruledText(*o, def, audience)
		v.Overruled = &Overruled{MustHaves: o.MustHaves}
	}
	for _, l := range snap.TrackLines {
		v.TrackLines = append(v.TrackLines, TrackLineView{Text: scoring.TrackLineText(l, def, answers, audience), Source: sourceRef(l.Cite)})
	}
	for _, id := range snap.MustHaves {
		v.MustHaves = append(v.MustHaves, scoring.MustHaveName(id, say.voice))
	}
	v.Warnings = say.warnings(snap.Warnings)
	v.Answers = answerGroups(def, answers, audience, hideFreeText, editBase)
	return v
}

// setAside is the set of paths a snapshot ranks last because the owner said
// they are not for them.
func setAside(snap recommendation.Snapshot) map[string]bool {
	m := map[string]bool{}
	for _, id := range snap.SetAside {
		m[id] = true
	}
	return m
}

// reasons words a result for its reader: the owner reads "you", anyone
// with the share link "they".
type reasons struct {
	def     questionnaire.Definition
	answers questionnaire.Answers
	voice   scoring.Voice
	model   string // the scoring model the result was made with
}

// text is one contribution in words. Results of scoring model 1 carry their
// own label; later ones are worded from the answers they were made from.
func (say reasons) text(c recommendation.Contribution) string {
	if c.Factor == "" {
		return c.Label
	}
	return scoring.Reason(c.Scoring(), say.def, say.answers, say.voice)
}

// readingOrder lists reasons for reading: the base first (every score
// starts there), then the rest by how far they moved the score.
func (say reasons) readingOrder(cs []recommendation.Contribution) []Contribution {
	out := make([]Contribution, len(cs))
	for i, c := range cs {
		out[i] = Contribution{Label: say.text(c), Points: c.Points}
	}
	if len(out) > 1 {
		slices.SortStableFunc(out[1:], func(a, b Contribution) int { return abs(b.Points) - abs(a.Points) })
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// why is the best one or two reasons a path fits, in the reader's terms:
// its largest contributions from an answer (not the start or the barrier).
// A path that breaks a must-have says so first.
func (say reasons) why(p recommendation.PathFit) []string {
	var out []string
	if len(p.Clashes) > 0 {
		names := make([]string, len(p.Clashes))
		for i, id := range p.Clashes {
			names[i] = scoring.MustHaveName(id, say.voice)
		}
		out = append(out, "It breaks a must-have ("+strings.Join(names, "; ")+"), like every path left; it is the best of them.")
	}
	cs := slices.Clone(p.Contributions)
	slices.SortStableFunc(cs, func(a, b recommendation.Contribution) int { return b.Points - a.Points })
	for _, c := range cs {
		if len(out) == 2 {
			break
		}
		if !c.IsFitReason(say.answers) {
			continue
		}
		out = append(out, say.text(c))
	}
	return out
}

// path builds one ranked path's view. Warnings already shown at the top of
// the page (keyed without their source) are not repeated on every card.
func (say reasons) path(rank int, p recommendation.PathFit, shown map[recommendation.Warning]bool) PathResult {
	var own []recommendation.Warning
	for _, w := range p.Warnings {
		if !shown[recommendation.Warning{Kind: w.Kind, Title: w.Title, Detail: w.Detail}] {
			own = append(own, w)
		}
	}
	fit := p.Fit
	if fit == "" {
		fit = scoring.FitWordForModel(say.model, p.Score)
	}
	pr := PathResult{
		ID: p.ID, Name: p.Name, Track: string(p.Track), TrackLbl: p.Track.Label(), TrackShort: p.Track.Short(),
		Score: p.Score, Rank: rank, FitWord: fit, FitClass: fitClass(fit),
		Why: say.why(p), Reasons: say.readingOrder(p.Contributions), Warnings: say.warnings(own),
		Plan7: p.Plan.Days7, Plan30: p.Plan.Days30, Plan90: p.Plan.Days90,
		PathURL: "/paths/" + p.ID,
	}
	for _, id := range p.Clashes {
		pr.Clashes = append(pr.Clashes, scoring.MustHaveName(id, say.voice))
	}
	if len(p.Plan.Days7) > 0 {
		pr.ThisWeek = p.Plan.Days7[0]
	}
	// What the catalog said when the result was made; results stored before
	// snapshots carried it fall back to today's catalog.
	facts := p.Facts
	if facts == nil || facts.Hours == 0 {
		if cp, ok := catalog.ByID(p.ID); ok {
			today := recommendation.FactsOf(cp)
			if facts != nil {
				today.Summary, today.Mode, today.Income = facts.Summary, facts.Mode, facts.Income
			}
			facts = today
		}
	}
	if facts != nil {
		pr.Summary = facts.Summary
		pr.Mode = facts.Mode.Label()
		pr.Earns = earnsFact(p.ID, facts.Income)
		if cp, ok := catalog.ByID(p.ID); ok {
			pr.Earns = say.moneyLine(cp)
		}
		pr.Asks = []Fact{asksFact(*facts)}
	}
	return pr
}

func fitClass(word string) string {
	switch word {
	case "Strong fit":
		return "fit-strong"
	case "Good fit":
		return "fit-good"
	case "Fair fit":
		return "fit-fair"
	}
	return "fit-weak"
}

// earnsFact is what a path earns, in one line: the nearest public figure
// with its source, year and how close its occupation is, then the article's
// own claim marked as the article's (as the result was made), or "no
// public figure".
func earnsFact(pathID string, article catalog.Income) Fact {
	f := Fact{Label: "What it earns"}
	claim := ""
	if amount := ArticleAmount(article); amount != "" {
		claim = "The article’s claim: " + amount + "."
	}
	cp, ok := catalog.ByID(pathID)
	if !ok {
		f.Value = strings.TrimSpace(catalog.NoPublicFigure + ". " + claim)
		return f
	}
	e := catalog.EarningsOf(cp)
	near, ok := e.Nearest()
	if !ok {
		f.Value = catalog.NoPublicFigure + "."
		if claim != "" {
			f.Value += " " + claim
			f.Source = sourceRef(article.Cite)
		}
		return f
	}
	f.Value = FigureAmount(near.Figure) + ", " + MeasureLabel(near.Measure) + " for " + lowerFirst(near.Occupation) +
		" (" + near.Source.Publisher + ", " + near.Period + ")."
	if claim != "" {
		f.Value += " " + claim
	}
	f.Origin = "public source; " + strings.ToLower(near.Closeness.Label())
	f.Source = &SourceRef{Label: near.Source.Publisher + ": " + near.Source.Title, URL: "/sources#" + near.Source.Anchor()}
	return f
}

// lowerFirst lower-cases the first letter of an occupation for use
// mid-sentence ("Software developers" → "software developers").
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || (s[1] >= 'A' && s[1] <= 'Z') {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// Words for the 1–5 ratings of what a path asks. They are our reading of
// the ratings, which are our reading of the sources: the sources give no
// durations or costs, and the page says so beside each.
var (
	upfrontWords  = [...]string{"", "minimal", "a little", "some", "a lot of", "significant"}
	learningWords = [...]string{"", "days", "weeks", "a few months", "many months", "a year or more"}
	incomeWords   = [...]string{"", "within weeks", "within a few months", "in several months", "in most of a year", "a year or more away"}
)

func word(words [6]string, level int) string {
	if level < 1 || level > 5 {
		return "unknown"
	}
	return words[level]
}

// asksFact is what a path asks of a person, in one line: weekly hours,
// money up front, learning and time to the first income.
func asksFact(f recommendation.PathFacts) Fact {
	hours := "About " + strconv.Itoa(f.Hours) + " hours a week"
	if f.Mode == catalog.FullTime {
		hours = "Full-time once hired, after about " + strconv.Itoa(f.Hours) + " hours a week of study"
	}
	return Fact{Label: "What it asks",
		Value: hours + " · " + word(upfrontWords, f.UpfrontInvestment) + " money up front · " +
			word(learningWords, f.LearningCurve) + " to learn · income " + word(incomeWords, f.TimeToFirstIncome),
		Origin: "our estimate and reading"}
}

// closeCall says when the top two are a close call or a tie and what would
// tip it, and names a path that would lead but for a must-have.
func (say reasons) closeCall(snap recommendation.Snapshot) (*CloseCall, string) {
	c := snap.Close
	if c == nil || len(snap.Paths) < 2 {
		return nil, ""
	}
	names := map[string]recommendation.PathFit{}
	for _, p := range snap.Paths {
		names[p.ID] = p
	}
	var outscored string
	if o, ok := names[c.Outscored]; ok {
		clashes := make([]string, len(o.Clashes))
		for i, id := range o.Clashes {
			clashes[i] = scoring.MustHaveName(id, say.voice)
		}
		outscored = o.Name + " would score higher on everything else, but it breaks " + say.voice.Of() + " must-have: " + strings.Join(clashes, "; ") + "."
	}
	runner := snap.Paths[1]
	var cc *CloseCall
	switch c.Kind {
	case scoring.Tie:
		cc = &CloseCall{Text: tieText(snap.Paths, snap.SetAside), Note: scoring.TieBreakText(snap.TieBreak(), snap.ModelVersion)}
	case scoring.CloseCall:
		pts := "points"
		if c.Gap == 1 {
			pts = "point"
		}
		cc = &CloseCall{Text: "A close call: " + runner.Name + " is " + strconv.Itoa(c.Gap) + " " + pts + " behind."}
	default:
		return nil, outscored
	}
	for _, t := range c.Tips {
		cc.Tips = append(cc.Tips, scoring.TipText(t, say.def, say.answers, say.voice, runner.Name))
	}
	return cc, outscored
}

// tieText names every path tied with the best, not only the runner-up:
// paths ranked in a row with the best's score, as many broken must-haves
// and not set aside (a set-aside path ranks last, but could follow a run
// of equal scores that reaches the end of the paths in play).
func tieText(ranked []recommendation.PathFit, setAside []string) string {
	best := ranked[0]
	var tied []string
	for _, p := range ranked[1:] {
		if p.Score != best.Score || len(p.Clashes) != len(best.Clashes) || slices.Contains(setAside, p.ID) {
			break
		}
		tied = append(tied, p.Name)
	}
	score := strconv.Itoa(best.Score)
	switch len(tied) {
	case 0: // the model saw a tie the snapshot does not show; say no more than it does
		return "A tie at " + score + "."
	case 1:
		return "A tie with " + tied[0] + ", also " + score + "."
	}
	return "A " + strconv.Itoa(len(tied)+1) + "-way tie: " + strings.Join(tied[:len(tied)-1], ", ") + " and " + tied[len(tied)-1] + " also score " + score + "."
}

// warnings are written for the owner, or about them on the share view
// (results of scoring model 1 have only the owner's text).
func (say reasons) warnings(ws []recommendation.Warning) []Warning {
	out := make([]Warning, len(ws))
	for i, w := range ws {
		title, detail := w.Title, w.Detail
		if say.voice == scoring.Viewer {
			if w.AboutTitle != "" {
				title = w.AboutTitle
			}
			if w.About != "" {
				detail = w.About
			}
		}
		out[i] = Warning{Title: title, Detail: detail, Source: sourceRef(w.Cite)}
	}
	return out
}

// answerGroups lists every answer under its page title, with option labels
// in place of stored values, and (for the owner) a link to change each.
func answerGroups(def questionnaire.Definition, answers questionnaire.Answers, audience scoring.Voice, hideFreeText bool, editBase string) []AnswerGroup {
	owner := audience == scoring.Owner
	var groups []AnswerGroup
	for i, s := range def.Sections {
		// The owner reads the questions as they were asked; the share view
		// names them in neutral words.
		g := AnswerGroup{Title: s.Summary()}
		if owner {
			g.Title, g.EditURL = s.Title, editBase+"/step/"+strconv.Itoa(i+1)
		}
		for _, q := range s.Questions {
			if q.FreeText && hideFreeText {
				continue
			}
			line := AnswerLine{Question: q.Summary(), Answer: answerText(q, answers)}
			if owner {
				line.Question = q.Prompt
			}
			if g.EditURL != "" {
				line.ChangeURL = g.EditURL + "#" + fieldAnchor(q)
			}
			g.Lines = append(g.Lines, line)
		}
		groups = append(groups, g)
	}
	return groups
}

// fieldAnchor is the id of a question's first input on its step page.
func fieldAnchor(q questionnaire.Question) string {
	switch q.Kind {
	case questionnaire.Scale, questionnaire.Single, questionnaire.Multi:
		return "f-" + q.ID + "-0"
	}
	return "f-" + q.ID
}

func answerText(q questionnaire.Question, answers questionnaire.Answers) string {
	values := answers[q.ID]
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
		if n, err := strconv.ParseFloat(values[0], 64); err == nil && q.InCurrency {
			c := money.ParseCountry(answers.Get(questionnaire.Country))
			return c.Format(c.In(n))
		}
		return values[0] + " " + q.UnitFor(answers)
	}
	return values[0]
}

// SocialMeta is the link preview of a share page: the best path and the
// track fits, never anything the person wrote.
func SocialMeta(snap recommendation.Snapshot) *Social {
	title := "Crossroads result"
	if len(snap.Paths) > 0 {
		p := snap.Paths[0]
		title = "Best fit: " + p.Name
		if p.Fit != "" {
			title += " (" + p.Fit + ")"
		}
	}
	parts := make([]string, 0, len(snap.Tracks))
	for _, t := range snap.Tracks {
		parts = append(parts, t.Label+" "+strconv.Itoa(t.Score)+"/100")
	}
	return &Social{Title: title, Description: "Track fit: " + strings.Join(parts, " · ") + "."}
}

// OwnerResult is what the owner's result page is made from, unpacked from
// the stored assessment by the handler.
type OwnerResult struct {
	Snap recommendation.Snapshot
	// Answers are those the result was made from; Current the answers as
	// they are now, which may be newer or incomplete.
	Answers, Current questionnaire.Answers
	// Origin is the public scheme://host; Secret and ShareID the
	// assessment's private and share ids.
	Origin, Secret, ShareID string
	HideFreeText            bool
	// Done is the page's ?done= notice.
	Done string
	// CheckIn, when set, is the plan check-in that made this result.
	CheckIn *CheckIn
	// Lifted are the must-haves lifted for this view: Snap was scored
	// without them, and nothing was saved.
	Lifted []string
}

// CheckIn is a plan's check-in as the result it made shows it.
type CheckIn struct {
	PathID   string
	Baseline plan.Summary
	At       time.Time
}

// OwnerResultView is the owner's result page, with the sharing, export and
// delete controls and the moves for each path.
func OwnerResultView(def questionnaire.Definition, o OwnerResult) Result {
	base := AssessmentEditPath(o.Secret)
	v := ResultView(def, o.Snap, o.Answers, scoring.Owner, false, base)
	v.OlderModel = o.Snap.ModelVersion != scoring.ModelVersion
	if next := def.FirstIncomplete(o.Current); next < len(def.Sections) {
		v.IncompleteURL = AssessmentStepPath(o.Secret, next+1) + "?check=1"
	}
	v.Owner = NewOwnerControls("assessment", o.Origin, base, AssessmentViewPath(o.ShareID), o.Done)
	v.Owner.VisibilityURL = base + "/visibility"
	v.Owner.HideFreeText = o.HideFreeText
	v.Owner.PathSetAside = o.Done == "aside"
	v.Owner.PathBroughtBack = o.Done == "back"
	ownPathLinks(&v.Best, base, o.ShareID)
	for i := range v.Next {
		ownPathLinks(&v.Next[i], base, o.ShareID)
	}
	for i := range v.SetAside {
		v.SetAside[i].BringBackURL = base + "/set-aside/" + v.SetAside[i].ID + "/undo"
	}
	v.Owner.CompareURL = "/comparisons/new?assessment=" + o.ShareID
	result := AssessmentResultPath(o.Secret)
	if v.Overruled != nil {
		v.Overruled.LiftURL = result + "?lift=" + strings.Join(v.Overruled.MustHaves, ",")
	}
	if len(o.Lifted) > 0 {
		for _, id := range o.Lifted {
			v.Lifted = append(v.Lifted, scoring.MustHaveName(id, scoring.Owner))
		}
		v.KeepURL = result
	}
	if c := o.CheckIn; c != nil && len(c.Baseline.Paths) > 0 {
		v.CheckIn = checkInChanges(*c, o.Snap)
	}
	return v
}

// ownPathLinks gives the owner's page its moves for a path: make it a
// 90-day plan, start a canvas (side hustles) or a comparison from it, or
// set it aside.
func ownPathLinks(p *PathResult, base, shareID string) {
	q := "?assessment=" + shareID + "&path=" + p.ID
	p.PlanURL = "/plans/new" + q
	p.CompareURL = "/comparisons/new" + q
	if cp, ok := catalog.ByID(p.ID); ok && cp.Mode == catalog.SideHustle {
		p.CanvasURL = "/canvases/new" + q
	}
	p.SetAsideURL = base + "/set-aside/" + p.ID
}

// checkInChanges says, on the result a plan's check-in made, what changed
// since the result the plan followed before, and where the plan is: the
// person finishing a check-in lands here, and only they hold the plan's
// private link (this page cannot make one).
func checkInChanges(c CheckIn, snap recommendation.Snapshot) *PlanChanges {
	name := c.PathID
	if p, ok := catalog.ByID(c.PathID); ok {
		name = p.Name
	}
	return &PlanChanges{
		Since: "your previous result",
		Lines: plan.ChangesSince(c.Baseline, snap, c.PathID),
		Note: "You made this self-assessment by checking in on your plan for " + name + " on " + LongDate(c.At) +
			". The plan then moved to this result and kept its progress; open it from its private link to see what is due this week.",
	}
}

// ResultCard is what a result's 1200×630 preview card shows: the best fit
// and its fit word, and the three track fits as bars.
func ResultCard(snap recommendation.Snapshot) card.Card {
	var cc card.Card
	if len(snap.Paths) > 0 {
		best := snap.Paths[0]
		fit := best.Fit
		if fit == "" {
			fit = scoring.FitWordForModel(snap.ModelVersion, best.Score)
		}
		cc.Headline = "Best fit: " + best.Name + " · " + fit
		cc.Subtitle = "Score " + strconv.Itoa(best.Score) + " out of 100 from a published scoring model"
	}
	for _, t := range snap.Tracks {
		cc.Bars = append(cc.Bars, card.Bar{Label: t.Label, Value: t.Score, Track: string(t.Track)})
	}
	return cc
}
