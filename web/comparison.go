package web

import "strconv"

// ComparisonView is the comparison page, for its owner or a viewer.
type ComparisonView struct {
	Title   string
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
	Level string // "4/5 · steep"; "" when the axis has no rating
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

// ComparisonForm is the editable part of the comparison page.
type ComparisonForm struct {
	Action            string
	Paths             Field
	Goal              Field
	HustleTitle       string
	Hustle            []Field
	JobTitle          string
	Job               []Field
	AssessmentShareID string
}
