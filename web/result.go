package web

// Contribution is one readable reason a score moved, with its points.
type Contribution struct {
	Label  string
	Points int
}

// SourceRef points a claim at the section of the source it came from.
type SourceRef struct {
	Label string // "marketing-vs-ai — Income Potential and Market Demand"
	URL   string // "/sources#…"
}

// Warning is an honest caution attached to a result or a path.
type Warning struct {
	Title, Detail string
	Source        *SourceRef
}

// TrackFit is a track's 0–100 fit: the fit of its best path.
type TrackFit struct {
	Track, Label string
	Score        int
	BestPath     string
	// Clashes says the track's best path breaks a must-have.
	Clashes bool
	// Contributions are a scoring-model-1 track's own reasons.
	Contributions []Contribution
}

// Fact is one line of a summary list: what a path earns, asks, and so on,
// with where the statement comes from.
type Fact struct {
	Label, Value string
	// Origin says whose statement it is: "the article", "our estimate"…
	Origin string
	Source *SourceRef
}

// PathResult is one ranked path on the result page.
type PathResult struct {
	ID, Name        string
	Track, TrackLbl string
	TrackShort      string
	Summary, Mode   string
	Score, Rank     int
	FitWord         string
	FitClass        string // "fit-strong", "fit-good", "fit-fair", "fit-weak"
	// Why is the best one or two reasons in the reader's terms.
	Why []string
	// Reasons is every contribution, which add up to Score.
	Reasons []Contribution
	Earns   Fact
	Asks    []Fact
	// ThisWeek is the first step of the 7-day plan.
	ThisWeek string
	// Clashes names the must-haves the path breaks.
	Clashes  []string
	Warnings []Warning
	Plan7    []string
	Plan30   []string
	Plan90   []string
	// Links: the path's page, and (owner only) making it a 90-day plan,
	// starting a canvas or a comparison from it, or setting it aside (""
	// hides each).
	PathURL, PlanURL, CanvasURL, CompareURL, SetAsideURL string
}

// CloseCall says the top two are close, and what would tip it.
type CloseCall struct {
	Text string
	// Note says why the first of a tie is listed first.
	Note string
	Tips []string
}

// SetAside is a path the owner said is not for them.
type SetAside struct {
	ID, Name string
	// BringBackURL restores it (owner only).
	BringBackURL string
	Score        int
}

// AnswerLine is one question and the answer given, for the summary.
type AnswerLine struct {
	Question, Answer string
	// ChangeURL lets the owner change this answer ("" on the share view).
	ChangeURL string
}

// AnswerGroup is one questionnaire page's answers.
type AnswerGroup struct {
	Title string
	// EditURL lets the owner change this page ("" on the share view).
	EditURL string
	Lines   []AnswerLine
}

// Result is the view model of a recommendation, for the owner or a viewer.
type Result struct {
	// Best is the best fit, answered on the first screen.
	Best PathResult
	// Lead places the best fit: "A digital-marketing side hustle".
	Lead string
	// Close is set when the top two are a close call or a tie.
	Close *CloseCall
	// Outscored is one sentence about a path that would lead but for a
	// must-have it breaks ("" when there is none).
	Outscored string
	// Overruled is set when a must-have set aside the path that would lead;
	// the owner's page offers to lift it (LiftURL, set by the handler).
	Overruled *Overruled
	// Lifted names the must-haves lifted for this view of the ranking: it
	// is shown, not saved.
	Lifted []string
	// KeepURL leads back to the saved ranking from a lifted view.
	KeepURL string
	// TrackLines say, one per track, why it ranks where it does.
	TrackLines []TrackLineView
	// MustHaves names what the person said they need, in the reader's voice.
	MustHaves []string
	Warnings  []Warning
	// Next are the runners-up, as compact cards.
	Next     []PathResult
	SetAside []SetAside
	Tracks   []TrackFit
	AllPaths []Bar
	Answers  []AnswerGroup
	// Voice words for headings: "Your" / "Their".
	Possessive string

	ModelVersion string
	// FreeTextHidden says free-text answers were left out of this view.
	FreeTextHidden bool
	// OlderModel says the result was made by an earlier scoring model.
	OlderModel bool
	// IncompleteURL, on the owner's page, points at the page whose answers
	// were changed into an incomplete state since this result was made.
	IncompleteURL string
	// CheckIn, on the owner's page of a result a plan's check-in made,
	// says what changed since the result the plan followed before.
	CheckIn *PlanChanges
	// Owner is set on the private result page only.
	Owner *OwnerControls
	// ExportURL downloads a JSON copy of what this page shows.
	ExportURL string
	Social    *Social
}

// Overruled is the must-have behind a better fit set aside.
type Overruled struct {
	MustHaves []string
	// LiftURL, on the owner's page, shows the ranking without them.
	LiftURL string
}

// TrackLineView is one track's line with the source it rests on.
type TrackLineView struct {
	Text   string
	Source *SourceRef
}

// TrackBars turns the track fits into chart bars.
func TrackBars(ts []TrackFit) []Bar {
	bars := make([]Bar, len(ts))
	for i, t := range ts {
		bars[i] = Bar{Label: t.Label, Value: t.Score, Track: t.Track}
	}
	return bars
}
