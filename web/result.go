package web

// Contribution is one readable reason a score moved: "Client contact 5/5: +12".
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

// TrackFit is a track's 0–100 fit and what moved it.
type TrackFit struct {
	Track, Label  string
	Score         int
	Contributions []Contribution
}

// PathResult is one ranked path on the result page.
type PathResult struct {
	ID, Name        string
	Track, TrackLbl string
	Summary         string
	Score           int
	Rank            int
	Mode            string
	Income          string
	IncomeSource    *SourceRef
	Why             []Contribution
	Warnings        []Warning
	Plan7           []string
	Plan30          []string
	Plan90          []string
	// Links to start a canvas or comparison from this path ("" hides them).
	CanvasURL, CompareURL string
}

// AnswerLine is one question and the answer given, for the summary.
type AnswerLine struct {
	Question, Answer string
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
	Top          TrackFit
	Tracks       []TrackFit
	TopPaths     []PathResult
	AllPaths     []Bar
	Warnings     []Warning
	ModelVersion string
	Answers      []AnswerGroup
	// FreeTextHidden says free-text answers were left out of this view.
	FreeTextHidden bool
	// OlderModel says the result was made by an earlier scoring model.
	OlderModel bool
	// IncompleteURL, on the owner's page, points at the page whose answers
	// were changed into an incomplete state since this result was made.
	IncompleteURL string
	// Owner is set on the private result page only.
	Owner *OwnerControls
	// ExportURL downloads a JSON copy of what this page shows.
	ExportURL string
	Social    *Social
}

// TrackBars turns the track fits into chart bars.
func TrackBars(ts []TrackFit) []Bar {
	bars := make([]Bar, len(ts))
	for i, t := range ts {
		bars[i] = Bar{Label: t.Label, Value: t.Score, Track: t.Track}
	}
	return bars
}

// topWhy keeps the largest contributions, which is what "why" needs.
func topWhy(cs []Contribution, n int) []Contribution {
	if len(cs) <= n {
		return cs
	}
	return cs[:n]
}
