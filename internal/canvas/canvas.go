package canvas

// Evidence says how far a claim on the canvas has been tested; "" means not
// marked and counts as an assumption.
type Evidence string

// Evidence levels, weakest first.
const (
	// Assumption is a claim nobody in the niche has confirmed yet.
	Assumption Evidence = "assumption"
	// Observed is a claim the user has seen hold: in conversations, forums or their own work.
	Observed Evidence = "observed"
	// Validated is a claim someone in the niche has backed by paying, signing up or committing time.
	Validated Evidence = "validated"
)

// Valid reports whether e is unset or one of the known levels.
func (e Evidence) Valid() bool {
	switch e {
	case "", Assumption, Observed, Validated:
		return true
	}
	return false
}

// level orders evidence so that anything unknown falls to the weakest.
func (e Evidence) level() int {
	switch e {
	case Observed:
		return 1
	case Validated:
		return 2
	}
	return 0
}

// Answer is the user's answer to one of the first article's three questions; "" means unanswered.
type Answer string

// Answers to the three questions.
const (
	Yes    Answer = "yes"
	No     Answer = "no"
	Unsure Answer = "unsure"
)

// Valid reports whether a is unanswered or one of the known answers.
func (a Answer) Valid() bool {
	switch a {
	case "", Yes, No, Unsure:
		return true
	}
	return false
}

// Input limits enforced by Validate. They bound storage and page size; they
// are not advice.
const (
	MaxBoxLen       = 2000 // characters in a free-text box
	MaxShortLen     = 200  // characters in a one-line field (title, niche, price, how often, platform, path)
	MaxPains        = 10
	MaxDependencies = 10
	MaxHoursPerWeek = 80
	MinSeverity     = 1
	MaxSeverity     = 5
)

// PainPoint is one problem the niche has, with how often and how badly it hurts.
type PainPoint struct {
	What     string   `json:"what"`
	HowOften string   `json:"how_often"`
	Severity int      `json:"severity"` // 1 (mild) to 5 (severe); 0 = not set
	Evidence Evidence `json:"evidence"`
}

// Blank reports whether the row was left empty, as forms with spare rows do.
func (p PainPoint) Blank() bool {
	return isEmpty(p.What) && isEmpty(p.HowOften) && p.Severity == 0
}

// severity is Severity read cautiously: 0 when not set or below range, at most MaxSeverity.
func (p PainPoint) severity() int {
	return min(max(p.Severity, 0), MaxSeverity)
}

// Dependency is a platform the idea runs on and the plan B if that platform changes.
type Dependency struct {
	Platform   string `json:"platform"`
	Mitigation string `json:"mitigation"`
	// Evidence is how sure the user is that the mitigation would work.
	Evidence Evidence `json:"evidence"`
}

// Blank reports whether the row was left empty.
func (d Dependency) Blank() bool {
	return isEmpty(d.Platform) && isEmpty(d.Mitigation)
}

// Canvas is one side-hustle idea on one page.
type Canvas struct {
	Title           string       `json:"title"`
	Niche           string       `json:"niche"`
	Pains           []PainPoint  `json:"pains"`
	Alternatives    string       `json:"alternatives"` // what the niche does today instead
	ValueGet        string       `json:"value_get"`    // what the customer gets
	ValueGive       string       `json:"value_give"`   // what the customer gives: money, time, data
	Price           string       `json:"price"`
	Advantage       string       `json:"advantage"` // the user's domain expertise
	Channels        string       `json:"channels"`
	Dependencies    []Dependency `json:"dependencies"`
	Commoditisation string       `json:"commoditisation"` // what stops anyone with a chatbot copying it
	HoursPerWeek    int          `json:"hours_per_week"`  // 0 = not set

	RealProblem      Answer `json:"real_problem"`
	JustifiesTime    Answer `json:"justifies_time"`
	Aligned          Answer `json:"aligned"`
	RealProblemWhy   string `json:"real_problem_why"`
	JustifiesTimeWhy string `json:"justifies_time_why"`
	AlignedWhy       string `json:"aligned_why"`

	PathID string `json:"path_id,omitempty"` // catalog path the canvas started from, if any

	// Tests are the cheap tests planned for its claims, with their results.
	Tests []TestCard `json:"tests,omitempty"`
}
