package server

import (
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// canvasEditorState is everything a canvas form page is built from, for a
// new canvas or the owner's edit page.
type canvasEditorState struct {
	in   canvasInput
	errs map[string]string
	// pathID is a known catalog path the canvas starts from, or "".
	pathID string
	// assessment is the linked assessment, when it could be read.
	assessment *store.LinkedAssessment
	// assessmentShareID is carried in a new canvas's form, so its first
	// save links it; unused once the canvas exists.
	assessmentShareID string
	startProblem      string

	// secret and owner (the owner panel and its notices) are set once the
	// canvas exists.
	secret string
	owner  *web.OwnerControls

	created, notSaved bool
}

// canvasEditorView turns the state into the page's view model.
func canvasEditorView(s canvasEditorState, how web.CanvasHowItWorks) web.CanvasEditor {
	c, _ := s.in.toCanvas()
	c.PathID = s.pathID
	path, hasPath := catalog.ByID(s.pathID)

	hintText := canvasHintText{}
	e := web.CanvasEditor{
		New:          s.secret == "",
		Check:        canvasCheckView(canvas.Check(c, linkedFreeHours(s.assessment))),
		Board:        canvasBoardView(c, path.Name),
		StartProblem: s.startProblem,
		Created:      s.created,
		NotSaved:     s.notSaved,
		HowItWorks:   how,
	}
	if hasPath || s.assessment != nil {
		e.Start = &web.CanvasStart{}
	}
	if hasPath {
		e.Start.PathName, e.Start.PathSummary = path.Name, path.Summary
		e.Hints = canvasPathHints(path)
		hintText["niche"] = "You start from “" + path.Name + "”. Which one kind of customer will you serve? Name an industry, a role, a size or a place, such as “small e-commerce stores” or “local dentist offices”."
	}
	if s.assessment != nil {
		e.Start.AssessmentURL = web.AssessmentViewPath(s.assessment.ShareID)
		if s.assessment.FreeHours >= 0 {
			hintText["hours"] = "Delivery, sales and admin together, as a whole number. Your assessment says you have " +
				strconv.Itoa(s.assessment.FreeHours) + " hours a week free."
		}
	}
	e.Form, e.Errors = canvasFields(s.in, s.errs, hintText)

	if e.New {
		e.Heading = "Sketch a niche canvas"
		e.Action = "/canvases"
		if s.assessmentShareID != "" {
			e.Hidden = append(e.Hidden, web.HiddenInput{Name: "assessment", Value: s.assessmentShareID})
		}
		if hasPath {
			e.Hidden = append(e.Hidden, web.HiddenInput{Name: "path", Value: path.ID})
		}
		return e
	}
	e.Heading = "Your niche canvas"
	if t := strings.TrimSpace(canvasDisplay(c.Title)); t != "" {
		e.Heading = t
	}
	e.Action = web.CanvasEditPath(s.secret)
	e.Owner = s.owner
	return e
}

// canvasPathHints are what the sources say about a path's platform
// dependency, commoditisation and hours, shown beside those boxes.
func canvasPathHints(p catalog.Path) map[string]web.CanvasHint {
	h := map[string]web.CanvasHint{}
	add := func(box, text string, cite *catalog.Citation) {
		if text != "" {
			h[box] = web.CanvasHint{Text: text, Source: sourceRef(cite)}
		}
	}
	add("dependencies", p.PlatformDependency.Text, p.PlatformDependency.Cite)
	add("commoditisation", p.Commoditisation.Text, p.Commoditisation.Cite)
	add("hours", p.HoursPerWeek.Text, p.HoursPerWeek.Cite)
	return h
}

// canvasPrefill is the starting canvas for a path: its name as the title
// and, when the path runs on platforms the user does not control, a
// dependency row so the self-check asks for a plan B straight away.
func canvasPrefill(p catalog.Path) canvasInput {
	in := canvasInput{Title: p.Name}
	if p.HasRisk(catalog.RiskRentedLand) {
		in.Dependencies = []dependencyInput{{Platform: "The AI platforms and models it runs on (name them)"}}
	}
	return in
}

// canvasCheckView shows a self-check report. The riskiest assumption's
// summary is the user's own text, so it is made safe to display.
func canvasCheckView(rep canvas.Report) web.CanvasCheck {
	v := web.CanvasCheck{Readiness: rep.Readiness, ByBox: map[string][]web.CanvasFinding{}}
	for _, it := range rep.Breakdown {
		v.Breakdown = append(v.Breakdown, web.CanvasItem{Label: it.Label, Points: it.Points, Max: it.Max})
	}
	index := map[string]int{}
	for _, f := range rep.Findings {
		warn := f.Severity == canvas.Warn
		v.ByBox[f.Box] = append(v.ByBox[f.Box], web.CanvasFinding{Warn: warn, Message: f.Message})
		i, ok := index[f.Box]
		if !ok {
			i = len(v.Groups)
			index[f.Box] = i
			v.Groups = append(v.Groups, web.CanvasFindingGroup{Box: f.Box, Label: canvasBoxLabel(f.Box)})
		}
		if warn {
			v.Groups[i].Warnings++
		} else {
			v.Groups[i].Tips++
		}
	}
	if r := rep.Riskiest; r != nil {
		v.Riskiest = &web.CanvasRisk{
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
func canvasBoardView(c canvas.Canvas, pathName string) web.CanvasBoard {
	d := canvasDisplay
	b := web.CanvasBoard{
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
		b.Pains = append(b.Pains, web.CanvasBoardPain{
			N: i + 1, Box: "pains." + strconv.Itoa(i),
			What: d(p.What), HowOften: d(p.HowOften), Severity: sev, Evidence: canvasEvidenceLabel(p.Evidence),
		})
	}
	for i, dep := range c.Dependencies {
		if dep.Blank() {
			continue
		}
		b.Dependencies = append(b.Dependencies, web.CanvasBoardDependency{
			N: i + 1, Box: "dependencies." + strconv.Itoa(i),
			Platform: d(dep.Platform), Mitigation: d(dep.Mitigation), Evidence: canvasEvidenceLabel(dep.Evidence),
		})
	}
	if c.HoursPerWeek > 0 {
		b.Hours = strconv.Itoa(c.HoursPerWeek) + " hours a week"
	}
	for _, q := range canvas.Questions() {
		a, why, _ := c.Answer(q.Key)
		b.Questions = append(b.Questions, web.CanvasBoardQuestion{Box: q.Box, Text: q.Text, Answer: canvasAnswerLabel(a), Why: d(why)})
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

// canvasHowItWorksView explains the self-check from the rules and weights
// the code itself applies, so the explanation cannot drift from it.
func canvasHowItWorksView() web.CanvasHowItWorks {
	var h web.CanvasHowItWorks
	for _, w := range canvas.ReadinessModel() {
		h.Weights = append(h.Weights, web.CanvasWeight{Label: w.Label, How: w.How, Max: w.Max})
	}
	prev := ""
	for _, r := range canvas.Rules() {
		rule := web.CanvasRule{BoxLabel: canvasBoxLabel(r.Box), Description: r.Description}
		// Neighbouring rules often rest on the same sentence; quote it once.
		if r.Basis != prev {
			rule.Basis = r.Basis
		}
		prev = r.Basis
		h.Rules = append(h.Rules, rule)
	}
	return h
}

// linkedFreeHours is the weekly free time from the linked assessment, or
// -1 (unknown) for a canvas started without one.
func linkedFreeHours(linked *store.LinkedAssessment) int {
	if linked == nil {
		return -1
	}
	return linked.FreeHours
}
