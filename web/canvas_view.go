package web

import (
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/catalog"
)

// LinkedAssessment is what a canvas may know of the assessment it follows:
// the share id it was linked through and the weekly hours free (-1 when
// unanswered).
type LinkedAssessment struct {
	ShareID   string
	FreeHours int
}

// CanvasEditorState is everything a canvas form page is built from, for a
// new canvas or the owner's edit page.
type CanvasEditorState struct {
	In   CanvasInput
	Errs map[string]string
	// PathID is a known catalog path the canvas starts from, or "".
	PathID string
	// Assessment is the linked assessment, when it could be read.
	Assessment *LinkedAssessment
	// AssessmentShareID is carried in a new canvas's form, so its first
	// save links it; unused once the canvas exists.
	AssessmentShareID string
	StartProblem      string

	// Secret and Owner (the owner panel and its notices) are set once the
	// canvas exists.
	Secret string
	Owner  *OwnerControls

	Created, NotSaved bool
}

// What a new canvas says when the link it was started from names a path or
// an assessment that is not there: it starts anyway, blank or unlinked.
const (
	CanvasUnknownPath       = "We do not know the path in that link, so this canvas starts blank."
	CanvasUnknownAssessment = "We could not find the assessment in that link (its share link may have been replaced), so this canvas will not be linked to it."
)

// CanvasEditorView turns the state into the page's view model.
func CanvasEditorView(s CanvasEditorState, how CanvasHowItWorks) CanvasEditor {
	c, _ := s.In.ToCanvas()
	c.PathID = s.PathID
	path, hasPath := catalog.ByID(s.PathID)

	hintText := canvasHintText{}
	e := CanvasEditor{
		New:          s.Secret == "",
		Check:        canvasCheckView(canvas.Check(c, LinkedFreeHours(s.Assessment))),
		Board:        canvasBoardView(c, path.Name),
		StartProblem: s.StartProblem,
		Created:      s.Created,
		NotSaved:     s.NotSaved,
		HowItWorks:   how,
	}
	// Nothing written yet: nothing to judge, so no score and no warnings.
	if c.Fresh() {
		e.Unjudged, e.Check = true, CanvasCheck{}
	}
	if hasPath || s.Assessment != nil {
		e.Start = &CanvasStart{}
	}
	if hasPath {
		e.Start.PathName, e.Start.PathSummary = path.Name, path.Summary
		e.Hints = canvasPathHints(path)
		hintText["niche"] = "You start from “" + path.Name + "”. Which one kind of customer will you serve? Name an industry, a role, a size or a place, such as “small e-commerce stores” or “local dentist offices”."
	}
	if s.Assessment != nil {
		e.Start.AssessmentURL = AssessmentViewPath(s.Assessment.ShareID)
		if s.Assessment.FreeHours >= 0 {
			hintText["hours"] = "Delivery, sales and admin together, as a whole number. Your assessment says you have " +
				strconv.Itoa(s.Assessment.FreeHours) + " hours a week free."
		}
	}
	e.Form, e.Errors = canvasFields(s.In, s.Errs, hintText)

	if e.New {
		e.Heading = "Sketch a niche canvas"
		e.Action = "/canvases"
		if s.AssessmentShareID != "" {
			e.Hidden = append(e.Hidden, HiddenInput{Name: "assessment", Value: s.AssessmentShareID})
		}
		if hasPath {
			e.Hidden = append(e.Hidden, HiddenInput{Name: "path", Value: path.ID})
		}
		return e
	}
	e.Heading = "Your niche canvas"
	if t := strings.TrimSpace(canvasDisplay(c.Title)); t != "" {
		e.Heading = t
	}
	e.Action = CanvasEditPath(s.Secret)
	e.Owner = s.Owner
	return e
}

// canvasPathHints are what the sources say about a path's platform
// dependency, commoditisation and hours, shown beside those boxes.
func canvasPathHints(p catalog.Path) map[string]CanvasHint {
	h := map[string]CanvasHint{}
	add := func(box, text string, cite *catalog.Citation) {
		if text != "" {
			h[box] = CanvasHint{Text: text, Source: sourceRef(cite)}
		}
	}
	add("dependencies", p.PlatformDependency.Text, p.PlatformDependency.Cite)
	add("commoditisation", p.Commoditisation.Text, p.Commoditisation.Cite)
	add("hours", p.HoursPerWeek.Text, p.HoursPerWeek.Cite)
	return h
}

// CanvasPrefill is the starting canvas for a path: its name as the title
// and, when the path runs on platforms the user does not control, a
// dependency row so the self-check asks for a plan B straight away.
func CanvasPrefill(p catalog.Path) CanvasInput {
	in := CanvasInput{Title: p.Name}
	if p.HasRisk(catalog.RiskRentedLand) {
		in.Dependencies = []CanvasDependencyInput{{Platform: "The AI platforms and models it runs on (name them)"}}
	}
	return in
}

// canvasCheckView shows a self-check report. The riskiest assumption's
// summary is the user's own text, so it is made safe to display.
func canvasCheckView(rep canvas.Report) CanvasCheck {
	v := CanvasCheck{Readiness: rep.Readiness, ByBox: map[string][]CanvasFinding{}}
	for _, it := range rep.Breakdown {
		v.Breakdown = append(v.Breakdown, CanvasItem{Label: it.Label, Points: it.Points, Max: it.Max})
	}
	index := map[string]int{}
	for _, f := range rep.Findings {
		warn := f.Severity == canvas.Warn
		v.ByBox[f.Box] = append(v.ByBox[f.Box], CanvasFinding{Warn: warn, Message: f.Message})
		i, ok := index[f.Box]
		if !ok {
			i = len(v.Groups)
			index[f.Box] = i
			v.Groups = append(v.Groups, CanvasFindingGroup{Box: f.Box, Label: canvasBoxLabel(f.Box)})
		}
		if warn {
			v.Groups[i].Warnings++
		} else {
			v.Groups[i].Tips++
		}
	}
	if r := rep.Riskiest; r != nil {
		v.Riskiest = &CanvasRisk{
			Summary:  canvasDisplay(r.Summary),
			Why:      r.Why,
			Box:      r.Box,
			BoxLabel: canvasLowerFirst(canvasBoxLabel(r.Box)),
		}
	}
	return v
}

// canvasLowerFirst fits a label into a sentence: "Go to pain point 2".
func canvasLowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// canvasBoxLabel names a self-check box as people read it.
func canvasBoxLabel(box string) string {
	top, row, hasRow := strings.Cut(box, ".")
	if hasRow {
		n, err := strconv.Atoi(row)
		switch {
		case top == "pains" && err == nil:
			return "Pain point " + strconv.Itoa(n+1)
		case top == "dependencies" && err == nil:
			return "Platform dependency " + strconv.Itoa(n+1)
		case top == "pains" && row == "N":
			return "Each pain point"
		case top == "dependencies" && row == "N":
			return "Each platform dependency"
		}
		for i, q := range canvas.Questions() {
			if q.Box == box {
				return "Question " + strconv.Itoa(i+1) + " of 3"
			}
		}
	}
	switch top {
	case "niche":
		return "Niche"
	case "pains":
		return "Pain points"
	case "alternatives":
		return "Current alternatives"
	case "value":
		return "Value exchange"
	case "advantage":
		return "Unfair advantage"
	case "channels":
		return "Channels"
	case "dependencies":
		return "Platform dependencies"
	case "commoditisation":
		return "Commoditisation risk"
	case "hours":
		return "Hours per week"
	case "questions":
		return "The three questions"
	}
	return box
}

// canvasBoardView lays a canvas out read-only. Rows left blank are
// skipped; the rest keep their position so they match the findings.
func canvasBoardView(c canvas.Canvas, pathName string) CanvasBoard {
	d := canvasDisplay
	b := CanvasBoard{
		Title: d(c.Title), Niche: d(c.Niche), PathName: pathName,
		Alternatives: d(c.Alternatives), ValueGet: d(c.ValueGet), ValueGive: d(c.ValueGive), Price: d(c.Price),
		Advantage: d(c.Advantage), Channels: d(c.Channels), Commoditisation: d(c.Commoditisation),
	}
	for i, p := range c.Pains {
		if p.Blank() {
			continue
		}
		sev := "not rated"
		if p.Severity >= canvas.MinSeverity && p.Severity <= canvas.MaxSeverity {
			sev = strconv.Itoa(p.Severity) + " of " + strconv.Itoa(canvas.MaxSeverity)
		}
		b.Pains = append(b.Pains, CanvasBoardPain{
			N: i + 1, Box: "pains." + strconv.Itoa(i),
			What: d(p.What), HowOften: d(p.HowOften), Severity: sev, Evidence: canvasEvidenceLabel(p.Evidence),
		})
	}
	for i, dep := range c.Dependencies {
		if dep.Blank() {
			continue
		}
		b.Dependencies = append(b.Dependencies, CanvasBoardDependency{
			N: i + 1, Box: "dependencies." + strconv.Itoa(i),
			Platform: d(dep.Platform), Mitigation: d(dep.Mitigation), Evidence: canvasEvidenceLabel(dep.Evidence),
		})
	}
	if c.HoursPerWeek > 0 {
		b.Hours = strconv.Itoa(c.HoursPerWeek) + " hours a week"
	}
	for _, q := range canvas.Questions() {
		a, why, _ := c.Answer(q.Key)
		b.Questions = append(b.Questions, CanvasBoardQuestion{Box: q.Box, Text: q.Text, Answer: canvasAnswerLabel(a), Why: d(why)})
	}
	return b
}

func canvasEvidenceLabel(e canvas.Evidence) string {
	switch e {
	case canvas.Observed:
		return "observed"
	case canvas.Validated:
		return "validated"
	case canvas.Assumption:
		return "assumption"
	}
	return "not marked (counts as an assumption)"
}

func canvasAnswerLabel(a canvas.Answer) string {
	switch a {
	case canvas.Yes:
		return "Yes."
	case canvas.No:
		return "No."
	case canvas.Unsure:
		return "Unsure."
	}
	return "Not answered yet."
}

// CanvasHowItWorksView explains the self-check from the rules and weights
// the code itself applies, so the explanation cannot drift from it.
func CanvasHowItWorksView() CanvasHowItWorks {
	var h CanvasHowItWorks
	for _, w := range canvas.ReadinessModel() {
		h.Weights = append(h.Weights, CanvasWeight{Label: w.Label, How: w.How, Max: w.Max})
	}
	prev := ""
	for _, r := range canvas.Rules() {
		rule := CanvasRule{BoxLabel: canvasBoxLabel(r.Box), Description: r.Description}
		// Neighbouring rules often rest on the same sentence; quote it once.
		if r.Basis != prev {
			rule.Basis = r.Basis
		}
		prev = r.Basis
		h.Rules = append(h.Rules, rule)
	}
	return h
}

// LinkedFreeHours is the weekly free time from the linked assessment, or
// -1 (unknown) for a canvas started without one.
func LinkedFreeHours(linked *LinkedAssessment) int {
	if linked == nil {
		return -1
	}
	return linked.FreeHours
}

// CanvasCard is the card of canvas c's share link: its title and, once
// there is something to check, its readiness.
func CanvasCard(c canvas.Canvas, pathID string, linked *LinkedAssessment) card.Card {
	k := canvasCard(canvasSharedParts(c, pathID, linked))
	if c.Fresh() {
		k.Subtitle, k.Bars = "A niche canvas, not filled in yet", nil
	}
	return k
}

// canvasSharedParts is what both the share page and its card show: the
// canvas's path, its self-check and its title.
func canvasSharedParts(c canvas.Canvas, pathID string, linked *LinkedAssessment) (catalog.Path, canvas.Report, string) {
	path, _ := catalog.ByID(pathID)
	return path, canvas.Check(c, LinkedFreeHours(linked)), canvasShareTitle(c)
}

// canvasCard is the canvas's title and its self-check readiness, in its
// path's track colour (neutral when it has no path).
func canvasCard(path catalog.Path, rep canvas.Report, title string) card.Card {
	subtitle := "Niche canvas, checked against the source articles"
	if path.Name != "" {
		subtitle = "Niche canvas for " + path.Name + ", checked against the source articles"
	}
	return card.Card{Headline: title, Subtitle: subtitle,
		Bars: []card.Bar{{Label: "Readiness, out of 100", Value: rep.Readiness, Track: string(path.Track)}}}
}

// canvasShareTitle is the canvas's title, else its niche, else a generic
// name: the only free text a link preview may carry.
func canvasShareTitle(c canvas.Canvas) string {
	for _, s := range []string{c.Title, c.Niche} {
		if t := strings.TrimSpace(canvasDisplay(s)); t != "" {
			return t
		}
	}
	return "A niche canvas"
}
