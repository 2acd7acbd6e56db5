package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/catalog"
)

// CanvasBoardState is what a board is built from: the stored canvas, the
// path and assessment it follows, and, for its owner, the private secret
// and the owner panel ("" and nil build the share view).
type CanvasBoardState struct {
	Canvas     canvas.Canvas
	PathID     string
	Assessment *LinkedAssessment
	Secret     string
	Controls   *OwnerControls
	Created    bool
	ExportURL  string
}

// CanvasBoardView builds the board in the owner's voice (s.Secret set) or
// the share view's third person. A fresh canvas gets where to start and no
// score: nothing has been judged yet.
func CanvasBoardView(s CanvasBoardState, how CanvasHowItWorks) CanvasBoardModel {
	c := s.Canvas
	path, _ := catalog.ByID(s.PathID)
	rep := canvas.Check(c, LinkedFreeHours(s.Assessment))
	owner := s.Secret != ""
	p := CanvasBoardModel{
		Heading:     canvasShareTitle(c),
		Description: canvasDescription(c, rep),
		Owner:       owner,
		PathName:    path.Name,
		Check:       canvasCheckView(rep),
		HowItWorks:  how,
		Controls:    s.Controls,
		Created:     s.Created,
		ExportURL:   s.ExportURL,
	}
	if owner {
		p.EditAllURL = CanvasEditAllPath(s.Secret)
		p.WalkURL = CanvasBoxPath(s.Secret, canvas.BoxNiche) + CanvasWalkQuery
		if s.Assessment != nil {
			p.AssessmentURL = AssessmentViewPath(s.Assessment.ShareID)
		}
	}
	for _, b := range canvas.Boxes() {
		t := CanvasTile{ID: string(b.ID), Title: b.Title, Prompt: b.Prompt, Text: canvasTileText(c, b.ID)}
		if e, ok := c.Evidence(b.ID); ok {
			t.Evidence, t.EvidenceLevel = "Evidence: "+canvasEvidenceLabel(e), string(e)
		}
		if owner {
			t.EditURL = CanvasBoxPath(s.Secret, b.ID)
		} else {
			t.Prompt = "Not filled in yet." // the prompts ask the owner
		}
		p.Boxes = append(p.Boxes, t)
	}
	p.Guide = canvasGuideView(canvas.GuideFor(c, rep), rep, s.Secret)
	for _, t := range c.Tests {
		p.Tests = append(p.Tests, canvasTestTile(t, s.Secret))
	}
	return p
}

// canvasDescription is the page's meta description: never the owner's
// words, and no score for a canvas nobody has written on yet.
func canvasDescription(c canvas.Canvas, rep canvas.Report) string {
	if c.Fresh() {
		return "A niche canvas on Crossroads, not filled in yet."
	}
	return "Readiness " + strconv.Itoa(rep.Readiness) + " out of 100 on the Crossroads niche canvas self-check."
}

// canvasTileText is a box's content in a few short lines, "" when empty.
func canvasTileText(c canvas.Canvas, id canvas.BoxID) string {
	d := func(s string) string { return strings.TrimSpace(canvasDisplay(s)) }
	var lines []string
	add := func(label, s string) {
		if s = d(s); s != "" {
			lines = append(lines, label+s)
		}
	}
	switch id {
	case canvas.BoxNiche:
		add("", c.Niche)
	case canvas.BoxPains:
		for _, p := range c.Pains {
			if p.Blank() {
				continue
			}
			line := orNone(d(p.What))
			if p.Severity >= canvas.MinSeverity && p.Severity <= canvas.MaxSeverity {
				line += " (" + strconv.Itoa(p.Severity) + " of " + strconv.Itoa(canvas.MaxSeverity) + ")"
			}
			lines = append(lines, "• "+line)
		}
	case canvas.BoxAlternatives:
		add("", c.Alternatives)
	case canvas.BoxValue:
		add("They get: ", c.ValueGet)
		add("They give: ", c.ValueGive)
		add("Price: ", c.Price)
	case canvas.BoxAdvantage:
		add("", c.Advantage)
	case canvas.BoxChannels:
		add("", c.Channels)
	case canvas.BoxDependencies:
		for _, dep := range c.Dependencies {
			if dep.Blank() {
				continue
			}
			plan := d(dep.Mitigation)
			if plan == "" {
				plan = "none yet"
			}
			lines = append(lines, "• "+orNone(d(dep.Platform))+"; plan B: "+plan)
		}
	case canvas.BoxCommoditisation:
		add("", c.Commoditisation)
	case canvas.BoxHours:
		if c.HoursPerWeek > 0 {
			lines = append(lines, strconv.Itoa(c.HoursPerWeek)+" hours a week")
		}
	case canvas.BoxQuestions:
		if c.Filled(canvas.BoxQuestions) {
			for _, q := range canvas.Questions() {
				a, _, _ := c.Answer(q.Key)
				lines = append(lines, q.Text+" "+canvasAnswerLabel(a))
			}
		}
	}
	return strings.Join(lines, "\n")
}

// canvasGuideView words the guide for the owner (links to the forms) or
// for a share view (no links, third person in the template).
func canvasGuideView(g canvas.Guide, rep canvas.Report, secret string) CanvasGuide {
	v := CanvasGuide{Fresh: g.Fresh}
	link := func(box canvas.BoxID) string {
		if secret == "" {
			return ""
		}
		return CanvasBoxPath(secret, box)
	}
	for _, b := range g.Start {
		v.Start = append(v.Start, CanvasGuideLink{Text: b.Title, URL: link(b.ID), Box: b.Prompt})
	}
	for _, it := range g.Strengths {
		v.Strengths = append(v.Strengths, it.Label)
	}
	if g.TestRiskiest && rep.Riskiest != nil {
		v.TestRiskiest = canvasBoxLabel(rep.Riskiest.Box) + ": " + strings.TrimSpace(canvasDisplay(rep.Riskiest.Summary))
		if secret != "" {
			v.TestRiskiestURL = CanvasNewTestPath(secret, rep.Riskiest.Box)
		}
	}
	for _, f := range g.Next {
		v.Next = append(v.Next, CanvasGuideLink{Text: f.Message, URL: link(canvas.BoxOf(f.Box)), Box: canvasBoxLabel(f.Box)})
	}
	return v
}

// canvasTestTile is a card as the board lists it.
func canvasTestTile(t canvas.TestCard, secret string) CanvasTestTile {
	d := canvasDisplay
	tile := CanvasTestTile{ID: t.ID, Claim: canvasBoxLabel(t.Claim), Belief: d(t.Belief), Test: d(t.Test),
		PassMark: d(t.PassMark), Due: d(t.Due), Status: "Planned"}
	if t.Claim == "" {
		tile.Claim = "A claim since removed"
	}
	if l := t.Learning; l != nil {
		tile.Status = canvasOutcomeLabel(l.Outcome)
		tile.Learning = &CanvasLearningView{Seen: d(l.Seen), Means: d(l.Means), Decision: d(l.Decision), On: d(l.On)}
	}
	if secret != "" {
		tile.URL = CanvasTestPath(secret, t.ID)
	}
	return tile
}

func canvasOutcomeLabel(o canvas.Outcome) string {
	switch o {
	case canvas.Passed:
		return "Passed"
	case canvas.Failed:
		return "Failed"
	case canvas.Unclear:
		return "Unclear"
	}
	return "Recorded"
}

// CanvasBoxState is what one box's form is built from.
type CanvasBoxState struct {
	Secret string
	Box    canvas.Box
	// In is the whole canvas as form values: the stored canvas with the
	// box's values as typed.
	In   CanvasInput
	Errs map[string]string
	Walk bool
	// Saved is the stored canvas, for the "plan a test" links of its claims.
	Saved      canvas.Canvas
	PathID     string
	Assessment *LinkedAssessment
	NotSaved   bool
}

// CanvasBoxView builds one box's short form, with the article's sentence
// beside it and, in a walk, which step it is.
func CanvasBoxView(s CanvasBoxState) CanvasBoxModel {
	hintText, hints := canvasStartHints(s.PathID, s.Assessment)
	errs := map[string]string{}
	for k, m := range s.Errs {
		if canvas.BoxOf(k) == s.Box.ID {
			errs[k] = m
		}
	}
	form, summary := canvasFields(s.In, errs, hintText)
	p := CanvasBoxModel{
		Heading:  s.Box.Title,
		Box:      s.Box.ID,
		Basis:    s.Box.Basis,
		Action:   CanvasBoxPath(s.Secret, s.Box.ID),
		Errors:   summary,
		Form:     form,
		BoardURL: CanvasEditPath(s.Secret),
		NotSaved: s.NotSaved,
	}
	if h, ok := hints[string(s.Box.ID)]; ok {
		p.Hint = &h
	}
	if s.Walk {
		boxes := canvas.Boxes()
		i := slices.IndexFunc(boxes, func(b canvas.Box) bool { return b.ID == s.Box.ID })
		p.Step, p.Steps = i+1, len(boxes)
		p.Hidden = append(p.Hidden, HiddenInput{Name: "walk", Value: "1"})
		p.SkipURL = CanvasAfterBox(s.Secret, s.Box.ID, true, false)
	}
	for _, claim := range s.Saved.Claims() {
		if canvas.BoxOf(claim) == s.Box.ID {
			p.PlanTests = append(p.PlanTests, CanvasGuideLink{Text: "Plan a test of " + canvasLowerFirst(canvasBoxLabel(claim)), URL: CanvasNewTestPath(s.Secret, claim)})
		}
	}
	return p
}

// CanvasAfterBox is where a box's form leads once saved (saved) or
// skipped: in a walk, the next box's form, and the board after the last.
func CanvasAfterBox(secret string, box canvas.BoxID, walk, saved bool) string {
	board := CanvasEditPath(secret)
	if saved {
		board += AfterSaved
	}
	if !walk {
		return board
	}
	boxes := canvas.Boxes()
	i := slices.IndexFunc(boxes, func(b canvas.Box) bool { return b.ID == box })
	if i < 0 || i+1 >= len(boxes) {
		return board
	}
	return CanvasBoxPath(secret, boxes[i+1].ID) + CanvasWalkQuery
}

// CanvasBoxAgain is the box's own form again after a row was added or
// removed, keeping the walk and landing on the row.
func CanvasBoxAgain(secret string, box canvas.BoxID, walk bool, fragment string) string {
	u := CanvasBoxPath(secret, box)
	if walk {
		u += CanvasWalkQuery
	}
	return u + fragment
}

// WithBox is in with box's values replaced by those of from: the input
// counterpart of canvas.SetBox, so a rejected value is shown as typed.
func (in CanvasInput) WithBox(box canvas.BoxID, from CanvasInput) CanvasInput {
	switch box {
	case canvas.BoxNiche:
		in.Title, in.Niche = from.Title, from.Niche
	case canvas.BoxPains:
		in.Pains = from.Pains
	case canvas.BoxAlternatives:
		in.Alternatives = from.Alternatives
	case canvas.BoxValue:
		in.ValueGet, in.ValueGive, in.Price = from.ValueGet, from.ValueGive, from.Price
	case canvas.BoxAdvantage:
		in.Advantage = from.Advantage
	case canvas.BoxChannels:
		in.Channels = from.Channels
	case canvas.BoxDependencies:
		in.Dependencies = from.Dependencies
	case canvas.BoxCommoditisation:
		in.Commoditisation = from.Commoditisation
	case canvas.BoxHours:
		in.Hours = from.Hours
	case canvas.BoxQuestions:
		in.Answers, in.Whys = from.Answers, from.Whys
	}
	return in
}

// BoxErrors keeps the messages that belong to box: a box's form answers
// only for its own fields.
func BoxErrors(box canvas.BoxID, errs map[string]string) map[string]string {
	out := map[string]string{}
	for k, m := range errs {
		if canvas.BoxOf(k) == box {
			out[k] = m
		}
	}
	return out
}

// IsSave reports whether the op is a plain save rather than adding or
// removing a row.
func (op CanvasOp) IsSave() bool { return op.kind == "save" }

// canvasStartHints are a path's and an assessment's words for the form:
// replaced field hints, and what the sources say about some boxes.
func canvasStartHints(pathID string, a *LinkedAssessment) (canvasHintText, map[string]CanvasHint) {
	text := canvasHintText{}
	var boxes map[string]CanvasHint
	if path, ok := catalog.ByID(pathID); ok {
		boxes = canvasPathHints(path)
		text["niche"] = "You start from “" + path.Name + "”. Which one kind of customer will you serve? Name an industry, a role, a size or a place, such as “small e-commerce stores” or “local dentist offices”."
	}
	if a != nil && a.FreeHours >= 0 {
		text["hours"] = "Delivery, sales and admin together, as a whole number. Your assessment says you have " +
			strconv.Itoa(a.FreeHours) + " hours a week free."
	}
	return text, boxes
}

// CanvasStartState is the short first step of a new canvas.
type CanvasStartState struct {
	In         CanvasInput
	Errs       map[string]string
	PathID     string
	Assessment *LinkedAssessment
	// AssessmentShareID is carried through the form so the canvas is linked.
	AssessmentShareID string
	StartProblem      string
	NotSaved          bool
}

// CanvasStartView builds the first step: the title and the niche, and
// what a path pre-fills, labelled as a starting point and carried as
// hidden values so creation works without JavaScript.
func CanvasStartView(s CanvasStartState) CanvasStartModel {
	hintText, _ := canvasStartHints(s.PathID, s.Assessment)
	form, summary := canvasFields(CanvasInput{Title: s.In.Title, Niche: s.In.Niche}, BoxErrors(canvas.BoxNiche, s.Errs), hintText)
	p := CanvasStartModel{Errors: summary, Title: form.Title, Niche: form.Niche, StartProblem: s.StartProblem, NotSaved: s.NotSaved,
		Hidden: []HiddenInput{{Name: "step", Value: "start"}}}
	path, hasPath := catalog.ByID(s.PathID)
	if hasPath || s.Assessment != nil {
		p.Start = &CanvasStart{}
	}
	if hasPath {
		p.Start.PathName, p.Start.PathSummary = path.Name, path.Summary
		p.Hidden = append(p.Hidden, HiddenInput{Name: "path", Value: path.ID})
	}
	if s.Assessment != nil {
		p.Start.AssessmentURL = AssessmentViewPath(s.Assessment.ShareID)
	}
	if s.AssessmentShareID != "" {
		p.Hidden = append(p.Hidden, HiddenInput{Name: "assessment", Value: s.AssessmentShareID})
	}
	for i, d := range s.In.Dependencies {
		k := "dependencies." + strconv.Itoa(i) + "."
		p.Hidden = append(p.Hidden, HiddenInput{Name: k + "platform", Value: canvasDisplay(d.Platform)},
			HiddenInput{Name: k + "mitigation", Value: canvasDisplay(d.Mitigation)})
		p.StartingPoint = append(p.StartingPoint, "Platform dependencies: “"+canvasDisplay(d.Platform)+"”, for you to name and give a plan B.")
	}
	return p
}

// CanvasStartErrors reports whether a new canvas's errors can all be shown
// on the short first step, which has only the niche box's fields.
func CanvasStartErrors(errs map[string]string) bool {
	return len(BoxErrors(canvas.BoxNiche, errs)) == len(errs)
}

// DecodeCanvasTest reads a test card's form.
func DecodeCanvasTest(v url.Values) canvas.TestCard {
	return canvas.TestCard{
		Claim: canvasFormText(v, "claim"), Belief: canvasFormText(v, "belief"), Kind: canvas.TestKind(canvasFormText(v, "kind")),
		Test: canvasFormText(v, "test"), Measure: canvasFormText(v, "measure"), PassMark: canvasFormText(v, "pass_mark"),
		Due: canvasFormText(v, "due"),
	}
}

// DecodeCanvasLearning reads a learning card's form, dated today.
func DecodeCanvasLearning(v url.Values, now time.Time) canvas.Learning {
	return canvas.Learning{
		Seen: canvasFormText(v, "seen"), Means: canvasFormText(v, "means"), Decision: canvasFormText(v, "decision"),
		Outcome: canvas.Outcome(canvasFormText(v, "outcome")), On: now.UTC().Format(time.DateOnly),
	}
}

// CanvasSuggestedTest is the card the plan form starts from for the claim
// at claim: our suggestion, and false for a claim the canvas does not have.
func CanvasSuggestedTest(c canvas.Canvas, claim string) (canvas.TestCard, bool) {
	if _, ok := c.ClaimEvidence(claim); !ok {
		return canvas.TestCard{}, false
	}
	sg, ok := canvas.Suggest(claim)
	if !ok {
		return canvas.TestCard{}, false
	}
	return canvas.TestCard{Claim: claim, Belief: sg.Belief, Kind: sg.Kind, Test: sg.Test, Measure: sg.Measure, PassMark: sg.PassMark}, true
}

// CanvasPlanTestView is the form that plans card t for its claim;
// suggested labels the values as ours.
func CanvasPlanTestView(secret string, c canvas.Canvas, t canvas.TestCard, errs map[string]string, suggested bool) CanvasTestModel {
	fb := canvasFieldBuilder(errs)
	kinds := make([][2]string, 0, len(canvas.TestKinds()))
	for _, k := range canvas.TestKinds() {
		kinds = append(kinds, [2]string{string(k), k.Label()})
	}
	p := CanvasTestModel{
		Heading:   "Plan a test",
		Claim:     canvasClaimLine(c, t.Claim),
		Action:    CanvasTestsPath(secret),
		BoardURL:  CanvasEditPath(secret),
		Planning:  true,
		Suggested: suggested,
		Hidden:    []HiddenInput{{Name: "claim", Value: canvasDisplay(t.Claim)}},
		Belief:    fb.field(Field{Name: "belief", Label: "We believe…", Value: t.Belief, Rows: 3}),
		Kind:      fb.choice(Field{Name: "kind", Label: "The cheapest test"}, string(t.Kind), kinds),
		Test:      fb.field(Field{Name: "test", Label: "To verify that, we will…", Value: t.Test, Rows: 3}),
		Measure:   fb.field(Field{Name: "measure", Label: "And measure…", Value: t.Measure, Rows: 2}),
		PassMark:  fb.field(Field{Name: "pass_mark", Label: "We are right if…", Value: t.PassMark}),
		Due: fb.field(Field{Name: "due", Label: "Do it by (optional)", Value: t.Due,
			Hint: "Year-month-day, for example 2027-01-31."}),
	}
	fb.rest("claim", "f-belief")
	p.Errors = fb.summary
	return p
}

// CanvasRecordTestView is card t's page with the form that records what
// the test showed, l as typed.
func CanvasRecordTestView(secret string, c canvas.Canvas, t canvas.TestCard, l canvas.Learning, errs map[string]string) CanvasTestModel {
	fb := canvasFieldBuilder(errs)
	outcomes := [][2]string{}
	for _, o := range canvas.Outcomes() {
		outcomes = append(outcomes, [2]string{string(o), canvasOutcomeLabel(o)})
	}
	tile := canvasTestTile(t, secret)
	p := CanvasTestModel{
		Heading:      "Test of " + canvasLowerFirst(tile.Claim),
		Claim:        canvasClaimLine(c, t.Claim),
		Action:       CanvasTestPath(secret, t.ID),
		RemoveAction: CanvasTestRemovePath(secret, t.ID),
		BoardURL:     CanvasEditPath(secret),
		Card:         &tile,
		Seen:         fb.field(Field{Name: "seen", Label: "We observed…", Value: l.Seen, Rows: 3}),
		Means:        fb.field(Field{Name: "means", Label: "From that we learned…", Value: l.Means, Rows: 2}),
		Decision:     fb.field(Field{Name: "decision", Label: "Therefore, we will…", Value: l.Decision, Rows: 2}),
		Outcome: fb.choice(Field{Name: "outcome", Label: "Did it pass?",
			Hint: "A passed conversation test marks the claim observed; a passed landing page or paid pilot marks it validated."}, string(l.Outcome), outcomes),
	}
	fb.rest("", "f-seen")
	p.Errors = fb.summary
	return p
}

// canvasClaimLine names a claim and quotes its words.
func canvasClaimLine(c canvas.Canvas, claim string) string {
	label := canvasBoxLabel(claim)
	kind, idx, _ := strings.Cut(claim, ".")
	n, err := strconv.Atoi(idx)
	if err != nil || n < 0 {
		return label
	}
	switch {
	case kind == "pains" && n < len(c.Pains):
		return label + ": " + canvasDisplay(c.Pains[n].What)
	case kind == "dependencies" && n < len(c.Dependencies):
		return label + ": " + canvasDisplay(c.Dependencies[n].Platform)
	}
	return label
}

// fieldBuilder fills fields with their messages and collects the summary.
type fieldBuilder struct {
	errs    map[string]string
	used    map[string]bool
	summary []FieldError
}

func canvasFieldBuilder(errs map[string]string) *fieldBuilder {
	return &fieldBuilder{errs: errs, used: map[string]bool{}}
}

func (b *fieldBuilder) field(f Field) Field {
	f.Value = canvasDisplay(f.Value)
	if m, ok := b.errs[f.Name]; ok {
		f.Error = m
		b.used[f.Name] = true
		b.summary = append(b.summary, FieldError{Target: f.FirstInputID(), Message: m})
	}
	return f
}

func (b *fieldBuilder) choice(f Field, value string, choices [][2]string) Field {
	for _, c := range choices {
		f.Choices = append(f.Choices, Choice{Value: c[0], Label: c[1], Checked: c[0] == value})
	}
	return b.field(f)
}

// rest puts the messages without a control of their own (key, such as the
// claim, which the form carries hidden) first in the summary, linked to target.
func (b *fieldBuilder) rest(key, target string) {
	if m, ok := b.errs[key]; ok && key != "" && !b.used[key] {
		b.summary = append([]FieldError{{Target: target, Message: m}}, b.summary...)
	}
}
