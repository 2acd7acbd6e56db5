package web

import "github.com/crossroads/crossroads/internal/canvas"

// CanvasEditor is the view model of the canvas form: a new canvas, or the
// owner's private edit page.
type CanvasEditor struct {
	// Heading is the page's h1: the canvas title, or a generic one.
	Heading string
	// New is set before the canvas exists (GET /canvases/new, or a failed
	// first save); the form then creates it.
	New    bool
	Action string
	// Hidden carries the assessment and path a new canvas starts from
	// through its first save.
	Hidden []HiddenInput
	Errors []FieldError
	Form   CanvasFields
	// Hints are what the sources say about a box, for a canvas started from
	// a path; keyed like CanvasFinding boxes ("dependencies", "commoditisation").
	Hints map[string]CanvasHint
	Start *CanvasStart
	// StartProblem explains why a link to start from a path was ignored.
	StartProblem string
	Check        CanvasCheck
	// Unjudged is set while nothing is written: the page then shows no
	// self-check at all.
	Unjudged bool
	// Board is the read-only copy that print uses.
	Board CanvasBoard
	// Owner holds the sharing and data controls, and the notices of the
	// last action; nil on a new canvas.
	Owner *OwnerControls
	// Created confirms the first save, with the private link to bookmark.
	Created bool
	// NotSaved says the database was down: what is shown was not stored.
	NotSaved   bool
	HowItWorks CanvasHowItWorks
}

// HiddenInput is one hidden form value.
type HiddenInput struct {
	Name, Value string
}

// CanvasFields are the form's controls, in canvas order.
type CanvasFields struct {
	Title, Niche Field
	Pains        []CanvasPainRow
	// PainsError is an error about the list as a whole (too many rows).
	PainsError string
	// CanAddPain is false once the list is full.
	CanAddPain                 bool
	Alternatives               Field
	ValueGet, ValueGive, Price Field
	Advantage, Channels        Field
	Dependencies               []CanvasDependencyRow
	DependenciesError          string
	CanAddDependency           bool
	Commoditisation            Field
	Hours                      Field
	Questions                  []CanvasQuestionRow
}

// CanvasPainRow is one repeatable pain-point row.
type CanvasPainRow struct {
	// N counts from 1, as people do.
	N int
	// Box is the row's self-check box ("pains.0").
	Box                                string
	What, HowOften, Severity, Evidence Field
	// RemoveOp is the value of the row's remove button ("remove-pain-0").
	RemoveOp string
}

// CanvasDependencyRow is one repeatable platform-dependency row.
type CanvasDependencyRow struct {
	N                              int
	Box                            string
	Platform, Mitigation, Evidence Field
	RemoveOp                       string
}

// CanvasQuestionRow is one of the article's three questions.
type CanvasQuestionRow struct {
	Box         string
	Answer, Why Field
}

// CanvasHint is what the sources say about one box of a path's canvas.
type CanvasHint struct {
	Text   string
	Source *SourceRef
}

// CanvasStart is the path (and assessment) a canvas started from.
type CanvasStart struct {
	PathName, PathSummary string
	// AssessmentURL is the assessment's share view; "" when not linked.
	AssessmentURL string
}

// CanvasFinding is one self-check finding as a page shows it.
type CanvasFinding struct {
	// Warn marks a warning rather than a tip; the page says so in words too.
	Warn    bool
	Message string
}

// CanvasCheck is the self-check as a page shows it.
type CanvasCheck struct {
	Readiness int
	Breakdown []CanvasItem
	Riskiest  *CanvasRisk
	// Groups summarise the findings per box, in canvas order.
	Groups []CanvasFindingGroup
	// ByBox holds each finding under its box ("niche", "pains.1", …).
	ByBox map[string][]CanvasFinding
}

// CanvasItem is one line of the readiness breakdown.
type CanvasItem struct {
	Label       string
	Points, Max int
}

// CanvasRisk is the riskiest assumption.
type CanvasRisk struct {
	// Summary is the user's own words for the claim.
	Summary string
	Why     string
	// Box is the top-level box it belongs to ("pains"), for a link to it.
	Box      string
	BoxLabel string
}

// CanvasFindingGroup counts the findings of one top-level box.
type CanvasFindingGroup struct {
	Box, Label     string
	Warnings, Tips int
}

// CanvasBoard is the canvas laid out read-only on one page.
type CanvasBoard struct {
	Title, Niche    string
	PathName        string
	Pains           []CanvasBoardPain
	Alternatives    string
	ValueGet        string
	ValueGive       string
	Price           string
	Advantage       string
	Channels        string
	Dependencies    []CanvasBoardDependency
	Commoditisation string
	// Hours is "8 hours a week", or "" when not set.
	Hours     string
	Questions []CanvasBoardQuestion
}

// CanvasBoardPain is one pain point on the board.
type CanvasBoardPain struct {
	N                                  int
	Box                                string
	What, HowOften, Severity, Evidence string
}

// CanvasBoardDependency is one platform dependency on the board.
type CanvasBoardDependency struct {
	N                              int
	Box                            string
	Platform, Mitigation, Evidence string
}

// CanvasBoardQuestion is one of the three questions on the board.
type CanvasBoardQuestion struct {
	Box, Text, Answer, Why string
}

// CanvasHowItWorks explains the self-check from the rules the code applies.
type CanvasHowItWorks struct {
	Weights []CanvasWeight
	Rules   []CanvasRule
}

// CanvasWeight is one readiness item and how it is scored.
type CanvasWeight struct {
	Label, How string
	Max        int
}

// CanvasRule is one self-check rule.
type CanvasRule struct {
	BoxLabel, Description string
	// Basis is the article's sentence the rule rests on; "" for none.
	Basis string
}

func editorTitle(e CanvasEditor) string {
	if len(e.Errors) > 0 {
		return "Error: " + e.Heading
	}
	return e.Heading
}

// findingsIn returns the findings of box, for showing them next to it.
func (c CanvasCheck) findingsIn(box string) []CanvasFinding {
	return c.ByBox[box]
}

// hintFor returns what the sources say about box, or nil.
func (e CanvasEditor) hintFor(box string) *CanvasHint {
	h, ok := e.Hints[box]
	if !ok {
		return nil
	}
	return &h
}

func findingLabel(f CanvasFinding) string {
	if f.Warn {
		return "Warning"
	}
	return "Tip"
}

func findingClass(f CanvasFinding) string {
	if f.Warn {
		return "finding warn"
	}
	return "finding tip"
}

// groupCounts says "2 warnings, 1 tip" in words, never by colour alone.
func groupCounts(g CanvasFindingGroup) string {
	s := ""
	if g.Warnings > 0 {
		s = plural(g.Warnings, "warning", "warnings")
	}
	if g.Tips > 0 {
		if s != "" {
			s += ", "
		}
		s += plural(g.Tips, "tip", "tips")
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

func orNone(s string) string {
	if s == "" {
		return "Not filled in yet."
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "not said"
	}
	return s
}

// CanvasBoardModel is the view model of a saved canvas shown as a board:
// every box at once, the guide that leads (what to do first, or what is
// strong and what is next), the test cards, and the full self-check one
// click away. The owner and the share view use it in their own voice.
type CanvasBoardModel struct {
	Heading     string
	Description string
	// Owner is set on the owner's page: box forms, test forms and the
	// owner panel; a share view has none of them.
	Owner    bool
	PathName string
	// AssessmentURL is the assessment the canvas follows (owner only).
	AssessmentURL string
	Boxes         []CanvasTile
	Guide         CanvasGuide
	Tests         []CanvasTestTile
	// Check is the full self-check; shown only once there is content.
	Check      CanvasCheck
	HowItWorks CanvasHowItWorks
	// EditAllURL is the one-page editor of every box (owner only); WalkURL
	// starts the "fill it in order" walk.
	EditAllURL, WalkURL string
	Controls            *OwnerControls
	Created             bool
	StartProblem        string
	ExportURL           string
	Social              *Social
}

// CanvasTile is one box on the board.
type CanvasTile struct {
	ID, Title string
	// Text is the box's content in a few lines, or "" when empty (the
	// page then shows Prompt).
	Text, Prompt string
	// Evidence is the weakest evidence of the box's claims in words, ""
	// for a box without claims; EvidenceLevel names it for the style.
	Evidence, EvidenceLevel string
	// EditURL is the box's own form (owner only).
	EditURL string
}

// CanvasGuide is what the board leads with.
type CanvasGuide struct {
	Fresh bool
	// Start links the boxes to fill first on a fresh canvas.
	Start []CanvasGuideLink
	// Strengths are what is already strong, in words.
	Strengths []string
	// Next are the one or two things to do next.
	Next []CanvasGuideLink
	// TestRiskiest asks for a test of the riskiest assumption: its words
	// and the link to plan it (owner only; "" in a share view).
	TestRiskiest    string
	TestRiskiestURL string
}

// CanvasGuideLink is one thing to do, with where to do it ("" in a share view).
type CanvasGuideLink struct {
	Text, URL, Box string
}

// CanvasTestTile is one test card as the board lists it.
type CanvasTestTile struct {
	ID       int
	Claim    string // "Pain point 1"
	Belief   string
	Test     string
	PassMark string
	Due      string
	Status   string // "Planned", "Passed", …
	Learning *CanvasLearningView
	// URL is the card's page (owner only).
	URL string
}

// CanvasLearningView is a recorded result.
type CanvasLearningView struct {
	Seen, Means, Decision, On string
}

// CanvasBoxModel is one box's own short form.
type CanvasBoxModel struct {
	Heading string
	Box     canvas.BoxID
	// Basis is the article's sentence the box rests on ("" for none).
	Basis  string
	Hint   *CanvasHint
	Action string
	Hidden []HiddenInput
	Errors []FieldError
	Form   CanvasFields
	// Step and Steps count the walk ("Step 2 of 10"); 0 outside a walk.
	Step, Steps int
	// SkipURL goes to the next box of the walk without saving.
	SkipURL  string
	BoardURL string
	// PlanTests links each saved claim of the box to a new test card.
	PlanTests []CanvasGuideLink
	NotSaved  bool
}

// CanvasStartModel is the short first step of a new canvas: its title and
// niche, and the path it starts from.
type CanvasStartModel struct {
	Errors       []FieldError
	Title, Niche Field
	Start        *CanvasStart
	// StartingPoint says what a path pre-fills, labelled as a starting point.
	StartingPoint []string
	Hidden        []HiddenInput
	StartProblem  string
	NotSaved      bool
}

// CanvasTestModel is the form that plans a test card, or one card's page
// with the form that records its result.
type CanvasTestModel struct {
	Heading  string
	Claim    string // "Pain point 1: …"
	Action   string
	Errors   []FieldError
	Hidden   []HiddenInput
	BoardURL string
	// Planning: the card's fields, pre-filled from our suggestion.
	Planning                                   bool
	Suggested                                  bool
	Belief, Kind, Test, Measure, PassMark, Due Field
	// Recording: the card as planned and the learning form.
	Card                           *CanvasTestTile
	Seen, Means, Decision, Outcome Field
	// RemoveAction removes the card (recording only).
	RemoveAction string
	NotSaved     bool
}

// boardAnchors makes the self-check link to the board's boxes.
const boardAnchors = "board:"

// checkHref is where the self-check links a finding's box: the form's row
// or box (prefix + box), or on the board the box it belongs to.
func checkHref(prefix, box string) string {
	if prefix == boardAnchors {
		return "#box-" + string(canvas.BoxOf(box))
	}
	return "#" + prefix + box
}
