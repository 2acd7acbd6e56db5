package web

import "strconv"

// ComparisonView is the comparison page, for its owner or a viewer.
type ComparisonView struct {
	Title string
	// Verdict is the answer first: who comes out ahead, and the money.
	Verdict *CompareVerdict
	Columns []CompareColumn
	Rows    []CompareRow
	// Weighted is true when an assessment's answers weight the axes.
	Weighted   bool
	Weights    []CompareWeight
	Footnotes  []Footnote
	Projection *ProjectionView
	// Assumptions list the projection's inputs on the share view.
	Assumptions []AnswerLine
	Form        *ComparisonForm // nil on the share view
	Errors      []FieldError
	NotSaved    bool
	// AssessmentURL links back to the assessment it started from.
	AssessmentURL string
	JustCreated   bool
	EditURL       string
	Owner         *OwnerControls
	ExportURL     string
	Social        *Social
}

// CompareColumn is one path being compared.
type CompareColumn struct {
	Name, Track, TrackLbl string
	Score                 int
	Breakdown             []Contribution
}

// CompareRow is one axis across the paths.
type CompareRow struct {
	Label string
	Cells []CompareCell
}

// CompareCell is one path's value on one axis.
type CompareCell struct {
	// Path names the path, for phones, where each axis is a block of its own.
	Path  string
	Level string // "4/5 · steep"; "" when the axis has no rating
	// Short is the value in brief ("$50–$150+ an hour") where Text explains
	// it at length; Level or Short heads a disclosure of Text.
	Short string
	Text  string
	Lines []string // extra lines, e.g. skill gaps
	Foot  int      // footnote number; 0 for none
}

// CompareWeight explains one axis's weight.
type CompareWeight struct {
	Label, Prefer, Why string
	Points             int
}

// Footnote is one numbered source.
type Footnote struct {
	N                 int
	Label, URL, Quote string
}

// Summary is what a cell shows before its explanation is opened.
func (c CompareCell) Summary() string {
	if c.Level != "" {
		return c.Level
	}
	return c.Short
}

// PathsClass sizes the phone layout's columns to the number of paths.
func (v ComparisonView) PathsClass() string { return "compare paths-" + strconv.Itoa(len(v.Columns)) }

// FootID is the footnote's anchor.
func (f Footnote) FootID() string { return "fn-" + strconv.Itoa(f.N) }

func footHref(n int) string { return "#fn-" + strconv.Itoa(n) }

// ProjectionView is the income projection.
type ProjectionView struct {
	HustleName, JobName string
	Summary             []string
	Rows                []ProjectionRow
	Chart               LineChart
}

// ProjectionRow is one month of the projection table.
type ProjectionRow struct {
	Month       int
	Hustle, Job string
	HustleCum   string
	JobCum      string
}

// CompareInput is one projection input: its field, with where its default
// comes from in brief as the hint, and More, the why and the source.
type CompareInput struct {
	Field
	More string
}

// ComparisonForm is the editable part of the comparison page.
type ComparisonForm struct {
	Action string
	Paths  Field
	// PathsChosen names the chosen paths, for the folded choice's summary.
	PathsChosen string
	// Country is where the person works: the currency of every amount.
	Country                Field
	CountryChosen          string
	CountryOpen, HasDayJob bool
	Goal                   CompareInput
	HustleTitle            string
	Hustle                 []CompareInput
	JobTitle               string
	Job                    []CompareInput
	AssessmentShareID      string
	// The sections open by themselves only when something in them needs a
	// look: an error, or a value that differs from its default. Changed
	// counts the values that differ.
	PathsOpen, HustleOpen, JobOpen bool
	HustleChanged, JobChanged      int
	// HustleNeeds and JobNeeds name the inputs no source fills, still empty.
	HustleNeeds, JobNeeds []string
}
