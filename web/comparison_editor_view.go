package web

import (
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// ComparisonEditor is the comparison page with its form, for a new
// comparison (action "/comparisons") or its owner: the comparison of s
// weighted by answers (nil without an assessment), every value as typed
// (typed; nil shows s) and a message per field in errs.
func ComparisonEditor(action string, s compare.Comparison, typed, errs map[string]string, answers questionnaire.Answers, assessmentShareID string) ComparisonView {
	v := ComparisonViewOf(s, answers, scoring.Owner)
	if len(errs) > 0 {
		v.Projection = nil // a projection of invalid inputs would mislead
	}
	v.Form = new(ComparisonForm)
	*v.Form, v.Errors = ComparisonFormView(action, s, typed, errs, compare.Defaults(s.CatalogPaths(), answers), assessmentShareID)
	return v
}
