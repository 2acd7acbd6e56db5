package web

import "strings"

// PathIndex is the /paths page: every path, grouped by track.
type PathIndex struct {
	Tracks []PathTrackGroup
	// FiguresShown counts the jobs with a public pay figure, RatesShown the
	// side hustles with a published rate, for the intro.
	FiguresShown, Jobs      int
	RatesShown, SideHustles int
	PathCount               int
}

// PathTrackGroup is one track and its paths.
type PathTrackGroup struct {
	Track, Label, Summary string
	Paths                 []PathSummary
}

// PathSummary is one path in the list.
type PathSummary struct {
	URL, Name, Summary, Mode string
	// Article is the articles' figure in brief ("$50–$150+ an hour"), "" when they give none.
	Article string
	// Public is the nearest public figure in brief, "" when none fits.
	Public       string
	PublicDetail string // "BLS, May 2018 · Same work"
	// SideHustle marks a side hustle, whose line is its published rate
	// ("$28 an hour", with RateDetail "Upwork and Freelancers Union, 2019 ·
	// Proxy"), never a yearly salary; NoRate says it has none.
	SideHustle       bool
	Rate, RateDetail string
	NoRate           bool
}

// PathDetail is one path's own page.
type PathDetail struct {
	ID, Name           string
	Track, TrackLabel  string
	TrackSummary, Mode string
	Summary            string
	Work               string // what the day-to-day work leans towards: our reading
	Skills             []PathSkill
	Earnings           EarningsView
	// Bills is a side hustle's published rate and what it brings at a few
	// weekly hours; nil for a full-time path, which shows yearly pay.
	Bills *PathBills
	// EarningsHeading heads the yearly public figures and the articles'
	// claim; EarningsIntro (side hustles only) says whose pay they are.
	EarningsHeading, EarningsIntro string
	Hours                          PathHours
	Asks, Ratings, Risks           []PathRating
	Plan7, Plan30, Plan90          []string
	CanvasURL, CompareURL          string
	ListURL, AssessmentURL         string
}

// PathSkill is one skill a path needs, at a level from 1 to 5 (our judgement).
type PathSkill struct {
	Label string
	Level int
}

// PathRating is one 1–5 rating (our reading) with what the articles say.
type PathRating struct {
	Label string
	Level string // "4/5 · steep"
	Text  string
	Quote string // the article's words; "" when it is silent
	// Source links to the quote on the sources page.
	Source *SourceRef
}

// PathHours is the weekly-hours estimate (ours) beside what the articles say.
type PathHours struct {
	Estimate int // hours a week
	Why      string
	Article  string
	Quote    string
	Source   *SourceRef
}

// EarningsView is a path's income line: the articles' claim, marked as
// theirs, beside the nearest public figures, each with its citation, or the
// plain statement that no public figure fits. The result page and the
// comparison render it with the same component.
type EarningsView struct {
	Article      ArticleClaim
	Figures      []PublicFigure
	NoFigure     string // why no public figure fits; "" when Figures is set
	Disagreement string
	Context      []PublicFact
}

// ArticleClaim is what the articles say a path earns.
type ArticleClaim struct {
	Amount string // "$175,000–$300,000 a year"; "" when they give no figure
	Text   string
	Quote  string
	Source *SourceRef
}

// PublicFigure is one public figure with everything needed to cite it.
type PublicFigure struct {
	Amount        string // "$136,620 a year"
	Measure       string // "Median", "Range", "Top rate"
	Occupation    string
	Closeness     string
	ClosenessWhy  string
	Publisher     string
	Title, URL    string
	Period        string
	Quote         string
	Reading, Note string
	// SourcesURL points at the figure on Crossroads' own sources page.
	SourcesURL string
}

// PublicFact is a public statement that helps read the figures.
type PublicFact struct {
	Quote, Publisher, Title, URL, Year string
	// Use says what the app does with it ("" for context).
	Use string
}

// PublicSourceDoc is one public source on the sources page, with the
// figures the app takes from it and the paths that use each.
type PublicSourceDoc struct {
	Anchor, Publisher, Title, URL, Note string
	Figures                             []PublicSourceFigure
	Facts                               []PublicFact
}

// PublicSourceFigure is one figure as the sources page lists it.
type PublicSourceFigure struct {
	Amount, Measure, Occupation, Period, Quote, Reading string
	// UsedBy names the paths that show it and how close each is.
	UsedBy []string
}

func joinComma(items []string) string { return strings.Join(items, "; ") }
