package server

import (
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// comparisonResource is the side-by-side comparisons' share, delete and export
// actions (resource.go).
func comparisonResource(st *store.Store) resource[store.Comparison] {
	return resource[store.Comparison]{
		what: "comparison", id: func(c store.Comparison) int64 { return c.ID }, edit: web.ComparisonEditPath,
		replaceShareID: st.ReplaceComparisonShareID, delete: st.DeleteComparison,
		file: "crossroads-comparison.json",
		export: func(c store.Comparison, origin string) any {
			return comparisonExport{
				exportHeader: ownerHeader("crossroads-comparison", c.CreatedAt, c.UpdatedAt, origin+web.ComparisonViewPath(c.ShareID)),
				Comparison:   c.Data,
				Inputs:       web.LabelledInputs(c.Data, c.AssessmentAnswers),
			}
		},
		sharedExport: func(c store.Comparison) any {
			return comparisonExport{
				exportHeader: sharedHeader("crossroads-shared-comparison"), Comparison: c.Data,
				Inputs: web.LabelledInputs(c.Data, c.AssessmentAnswers),
			}
		},
	}
}

// comparisonExport is the downloadable JSON copy of a comparison.
type comparisonExport struct {
	exportHeader
	Comparison compare.Comparison `json:"comparison"`
	// Inputs are the projection's inputs, each labelled with where its
	// value comes from, as the pages label them.
	Inputs []web.LabelledInput `json:"inputs"`
}
