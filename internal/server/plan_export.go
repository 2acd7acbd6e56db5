package server

import (
	"github.com/crossroads/crossroads/web"
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
)

// planExport is the downloadable JSON copy of a plan: the stored document
// and its steps as the page dates them.
type planExport struct {
	Kind       string       `json:"kind"`
	ExportedAt time.Time    `json:"exported_at"`
	CreatedAt  *time.Time   `json:"created_at,omitempty"`
	UpdatedAt  *time.Time   `json:"updated_at,omitempty"`
	ShareURL   string       `json:"share_url,omitempty"`
	Plan       plan.Plan    `json:"plan"`
	Steps      []exportStep `json:"steps"`
}

type exportStep struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Why    string      `json:"why"`
	Due    string      `json:"due"`
	Hours  int         `json:"hours_our_estimate"`
	Status plan.Status `json:"status"`
	Note   string      `json:"note,omitempty"`
}

func exportSteps(b plan.Built, notes bool) []exportStep {
	out := make([]exportStep, 0, len(b.Steps))
	for _, d := range b.Steps {
		s := exportStep{ID: d.ID, Text: d.Text, Why: d.Why, Due: d.Due.Format(plan.DateLayout), Hours: d.Effort, Status: d.Status}
		if notes {
			s.Note = d.Progress.Note
		}
		out = append(out, s)
	}
	return out
}

// handlePlanExport downloads everything stored about the plan.
func handlePlanExport(rs *responder, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, _ := owner[store.Plan](r)
		b := plan.Build(p.Data, planFacts(def, p), scoring.Owner)
		rs.writeJSONDownload(w, r, "crossroads-plan.json", planExport{
			Kind: "crossroads-plan", ExportedAt: time.Now().UTC(), CreatedAt: &p.CreatedAt, UpdatedAt: &p.UpdatedAt,
			ShareURL: origin(cfg, r) + web.PlanViewPath(p.ShareID), Plan: p.Data, Steps: exportSteps(b, true),
		})
	}
}

// handlePlanSharedExport downloads what the share view shows: no notes.
func handlePlanSharedExport(rs *responder, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := viewed[store.Plan](r)
		b := plan.Build(p.Data, planFacts(def, p), scoring.Viewer)
		rs.writeJSONDownload(w, r, "crossroads-plan.json", planExport{
			Kind: "crossroads-shared-plan", ExportedAt: time.Now().UTC(), Plan: p.Data.Shared(), Steps: exportSteps(b, false),
		})
	}
}
