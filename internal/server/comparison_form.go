package server

import (
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// comparisonState is what a comparison stores: the chosen paths and every
// projection input. Its JSON is also part of the export.
type comparisonState struct {
	Paths  []string              `json:"paths"`
	Goal   float64               `json:"goal_per_month"`
	Hustle projection.SideHustle `json:"hustle"`
	Job    projection.Job        `json:"job"`
}

// numField is one number input of the comparison form.
type numField struct {
	key, label, unit, group string
	get                     func(*comparisonState) float64
	set                     func(*comparisonState, float64)
}

// Groups of projection inputs, shown as separate fieldsets.
const (
	groupGoal   = "goal"
	groupHustle = "hustle"
	groupJob    = "job"
)

// numFields lists the projection inputs; their keys match projection.Validate's.
var numFields = []numField{
	{"goal_per_month", "Monthly income goal, take-home", "US dollars a month", groupGoal,
		func(s *comparisonState) float64 { return s.Goal }, func(s *comparisonState, v float64) { s.Goal = v }},
	{"hustle.hours_per_week", "Hours a week", "hours", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.HoursPerWeek }, func(s *comparisonState, v float64) { s.Hustle.HoursPerWeek = v }},
	{"hustle.weeks_off_per_year", "Weeks off a year", "weeks", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.WeeksOffPerYear }, func(s *comparisonState, v float64) { s.Hustle.WeeksOffPerYear = v }},
	{"hustle.start_rate", "Starting hourly rate", "US dollars an hour", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.StartRate }, func(s *comparisonState, v float64) { s.Hustle.StartRate = v }},
	{"hustle.ramped_rate", "Hourly rate once established", "US dollars an hour", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.RampedRate }, func(s *comparisonState, v float64) { s.Hustle.RampedRate = v }},
	{"hustle.ramp_months", "Months to get established", "months", groupHustle,
		func(s *comparisonState) float64 { return float64(s.Hustle.RampMonths) }, func(s *comparisonState, v float64) { s.Hustle.RampMonths = int(v) }},
	{"hustle.retainer_per_month", "Monthly retainer once established", "US dollars a month", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.RetainerPerMonth }, func(s *comparisonState, v float64) { s.Hustle.RetainerPerMonth = v }},
	{"hustle.platform_fee_pct", "Platform fee", "percent", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.PlatformFeePct }, func(s *comparisonState, v float64) { s.Hustle.PlatformFeePct = v }},
	{"hustle.tax_pct", "Tax on profit", "percent", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.TaxPct }, func(s *comparisonState, v float64) { s.Hustle.TaxPct = v }},
	{"hustle.upfront_cost", "Upfront cost", "US dollars", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.UpfrontCost }, func(s *comparisonState, v float64) { s.Hustle.UpfrontCost = v }},
	{"hustle.monthly_cost", "Monthly tools and subscriptions", "US dollars a month", groupHustle,
		func(s *comparisonState) float64 { return s.Hustle.MonthlyCost }, func(s *comparisonState, v float64) { s.Hustle.MonthlyCost = v }},
	{"job.salary_per_year", "Yearly salary", "US dollars a year", groupJob,
		func(s *comparisonState) float64 { return s.Job.SalaryPerYear }, func(s *comparisonState, v float64) { s.Job.SalaryPerYear = v }},
	{"job.learning_months", "Months of learning before a hire", "months", groupJob,
		func(s *comparisonState) float64 { return float64(s.Job.LearningMonths) }, func(s *comparisonState, v float64) { s.Job.LearningMonths = int(v) }},
	{"job.learning_cost", "Cost of learning", "US dollars", groupJob,
		func(s *comparisonState) float64 { return s.Job.LearningCost }, func(s *comparisonState, v float64) { s.Job.LearningCost = v }},
	{"job.tax_pct", "Tax on salary", "percent", groupJob,
		func(s *comparisonState) float64 { return s.Job.TaxPct }, func(s *comparisonState, v float64) { s.Job.TaxPct = v }},
}

// wholeFields must be whole numbers.
var wholeFields = map[string]bool{"hustle.ramp_months": true, "job.learning_months": true}

// maxTyped bounds what we echo back of a number field.
const maxTyped = 40

// decodeComparison reads the comparison form. It returns the state, every
// value as typed (to show back), and a message per field that is wrong.
func decodeComparison(form url.Values) (comparisonState, map[string]string, map[string]string) {
	var s comparisonState
	typed := map[string]string{}
	errs := map[string]string{}

	seen := map[string]bool{}
	for _, id := range form["paths"] {
		if _, ok := catalog.ByID(id); !ok {
			errs["paths"] = "Choose paths from the list."
			continue
		}
		if !seen[id] {
			seen[id] = true
			s.Paths = append(s.Paths, id)
		}
	}
	if _, bad := errs["paths"]; !bad && (len(s.Paths) < compare.MinPaths || len(s.Paths) > compare.MaxPaths) {
		errs["paths"] = "Choose two or three paths to compare (you chose " + strconv.Itoa(len(s.Paths)) + ")."
	}

	for _, f := range numFields {
		values := form[f.key]
		raw := ""
		if len(values) > 0 {
			raw = values[0]
		}
		raw = strings.ToValidUTF8(raw, "\uFFFD")
		if utf8.RuneCountInString(raw) > maxTyped {
			raw = string([]rune(raw)[:maxTyped])
			errs[f.key] = "That is too long for a number. Enter something like 12 or 3500."
		}
		typed[f.key] = raw
		if len(values) > 1 {
			errs[f.key] = "Enter one value for " + strings.ToLower(f.label) + "."
			continue
		}
		if _, bad := errs[f.key]; bad {
			continue
		}
		v, ok := parseAmount(raw)
		switch {
		case !ok:
			errs[f.key] = "Enter " + strings.ToLower(f.label) + " as a number, like 12 or 3500 (" + f.unit + ")."
		case wholeFields[f.key] && v != math.Trunc(v):
			errs[f.key] = "Enter " + strings.ToLower(f.label) + " as a whole number of " + f.unit + "."
		default:
			f.set(&s, v)
		}
	}
	for k, msg := range projection.Validate(s.input()) {
		if _, already := errs[k]; !already && k != "input" && k != "months" {
			errs[k] = msg
		}
	}
	return s, typed, errs
}

// amountPattern is a plain number as people type money and counts: digits
// with optional thousands commas ("3,500") and decimals, a leading "$" or a
// trailing "%". "1,2" or "5%0" are not numbers, so they are refused rather
// than guessed at.
var amountPattern = regexp.MustCompile(`^\$?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*%?$`)

// parseAmount reads an amount; blank means 0.
func parseAmount(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	if !amountPattern.MatchString(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.Trim(strings.ReplaceAll(s, ",", ""), "$% "), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// hustlePath and jobPath are the paths the projection runs for: the first
// side hustle and the first full-time role among those chosen.
func (s comparisonState) hustlePath() (catalog.Path, bool) { return s.firstOfMode(catalog.SideHustle) }
func (s comparisonState) jobPath() (catalog.Path, bool)    { return s.firstOfMode(catalog.FullTime) }

func (s comparisonState) firstOfMode(m catalog.Mode) (catalog.Path, bool) {
	for _, id := range s.Paths {
		if p, ok := catalog.ByID(id); ok && p.Mode == m {
			return p, true
		}
	}
	return catalog.Path{}, false
}

// input is the projection input for the chosen paths.
func (s comparisonState) input() projection.Input {
	in := projection.Input{GoalPerMonth: s.Goal}
	if _, ok := s.hustlePath(); ok {
		h := s.Hustle
		in.Hustle = &h
	}
	if _, ok := s.jobPath(); ok {
		j := s.Job
		in.Job = &j
	}
	return in
}

// defaultComparison pre-fills a comparison of paths for a person whose
// answers may be nil.
func defaultComparison(paths []string, answers questionnaire.Answers) (comparisonState, compare.ProjectionDefaults) {
	d := compare.Defaults(catalogPaths(paths), answers)
	s := comparisonState{
		Paths: paths,
		Goal:  d.Goal.Value,
		Hustle: projection.SideHustle{
			HoursPerWeek: d.Hours.Value, WeeksOffPerYear: d.WeeksOff.Value,
			StartRate: d.StartRate.Value, RampedRate: d.Ramped.Value, RampMonths: int(d.RampMonths.Value),
			RetainerPerMonth: d.Retainer.Value, PlatformFeePct: d.FeePct.Value, TaxPct: d.TaxPct.Value,
			UpfrontCost: d.Upfront.Value, MonthlyCost: d.Monthly.Value,
		},
		Job: projection.Job{
			SalaryPerYear: d.Salary.Value, LearningMonths: int(d.LearningMonths.Value),
			LearningCost: d.LearningCost.Value, TaxPct: d.JobTaxPct.Value,
		},
	}
	return s, d
}

// defaultPaths picks what to compare: with an assessment, its best path on
// each track (with the requested path in place of its track's best); without
// one, the two paths the sources give figures for.
func defaultPaths(ranked []string, requested string) []string {
	if len(ranked) == 0 {
		out := []string{"seo-consulting", "prompt-engineer"}
		if requested != "" && !slices.Contains(out, requested) {
			if _, ok := catalog.ByID(requested); ok {
				out = append([]string{requested}, out...)[:compare.MaxPaths]
			}
		}
		return out
	}
	best := map[catalog.Track]string{}
	if p, ok := catalog.ByID(requested); ok {
		best[p.Track] = p.ID
	}
	for _, id := range ranked {
		if p, ok := catalog.ByID(id); ok && best[p.Track] == "" {
			best[p.Track] = id
		}
	}
	var out []string
	for _, t := range []catalog.Track{catalog.Marketing, catalog.AIJob, catalog.Hybrid} {
		if id := best[t]; id != "" {
			out = append(out, id)
		}
	}
	return out
}

// catalogPaths looks up catalog paths by id, skipping unknown ones.
func catalogPaths(ids []string) []catalog.Path {
	out := make([]catalog.Path, 0, len(ids))
	for _, id := range ids {
		if p, ok := catalog.ByID(id); ok {
			out = append(out, p)
		}
	}
	return out
}

// formatAmount shows a stored number the way a person would type it.
func formatAmount(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
