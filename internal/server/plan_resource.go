package server

import (
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// planResource is the 90-day plans' share, delete and export actions
// (resource.go). The downloads date the steps from the plan's facts (def).
func planResource(st *store.Store, def questionnaire.Definition) resource[store.Plan] {
	return resource[store.Plan]{
		what: "plan", id: func(p store.Plan) int64 { return p.ID }, edit: web.PlanEditPath,
		replaceShareID: st.ReplacePlanShareID, delete: st.DeletePlan, goesWith: st.CheckInsOf,
		file: "crossroads-plan.json",
		export: func(p store.Plan, origin string) any {
			b := plan.Build(p.Data, planFacts(def, p), scoring.Owner)
			return planExport{
				exportHeader: ownerHeader("crossroads-plan", p.CreatedAt, p.UpdatedAt, origin+web.PlanViewPath(p.ShareID)),
				Plan:         p.Data, Steps: exportSteps(b, true),
			}
		},
		// What the share view shows: no notes.
		sharedExport: func(p store.Plan) any {
			b := plan.Build(p.Data, planFacts(def, p), scoring.Viewer)
			return planExport{
				exportHeader: sharedHeader("crossroads-shared-plan"), Plan: p.Data.Shared(), Steps: exportSteps(b, false),
			}
		},
	}
}

// planExport is the downloadable JSON copy of a plan: the stored document
// and its steps as the page dates them.
type planExport struct {
	exportHeader
	Plan  plan.Plan    `json:"plan"`
	Steps []exportStep `json:"steps"`
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
