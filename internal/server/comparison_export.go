package server

import (
	"github.com/crossroads/crossroads/web"
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
)

// comparisonExport is the downloadable JSON copy of a comparison.
type comparisonExport struct {
	Kind       string             `json:"kind"`
	ExportedAt time.Time          `json:"exported_at"`
	CreatedAt  *time.Time         `json:"created_at,omitempty"`
	UpdatedAt  *time.Time         `json:"updated_at,omitempty"`
	ShareURL   string             `json:"share_url,omitempty"`
	Comparison compare.Comparison `json:"comparison"`
	// Inputs are the projection's inputs, each labelled with where its
	// value comes from, as the pages label them.
	Inputs []web.LabelledInput `json:"inputs"`
}

// handleComparisonExport downloads everything stored about the comparison.
func handleComparisonExport(rs *responder, cfg config.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, _ := owner[store.Comparison](r)
		rs.writeJSONDownload(w, r, "crossroads-comparison.json", comparisonExport{
			Kind: "crossroads-comparison", ExportedAt: time.Now().UTC(), CreatedAt: &c.CreatedAt, UpdatedAt: &c.UpdatedAt,
			ShareURL: origin(cfg, r) + web.ComparisonViewPath(c.ShareID), Comparison: c.Data,
			Inputs: web.LabelledInputs(c.Data, c.AssessmentAnswers),
		})
	}
}

// handleComparisonSharedExport downloads what the share view shows.
func handleComparisonSharedExport(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := viewed[store.Comparison](r)
		rs.writeJSONDownload(w, r, "crossroads-comparison.json", comparisonExport{
			Kind: "crossroads-shared-comparison", ExportedAt: time.Now().UTC(), Comparison: c.Data,
			Inputs: web.LabelledInputs(c.Data, c.AssessmentAnswers),
		})
	}
}
