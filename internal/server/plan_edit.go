package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanEdit is the owner's plan page. One round trip.
func handlePlanEdit(rs *responder, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, secret := owner[store.Plan](r)
		rs.render(w, r, http.StatusOK, web.PlanPage(ownerPlanView(r, cfg, def, p, secret)))
	}
}

// ownerPlanView unpacks the stored plan p and the request's notices into
// the owner's plan page, as of today.
func ownerPlanView(r *http.Request, cfg config.Config, def questionnaire.Definition, p store.Plan, secret string) web.PlanView {
	o := web.OwnerPlan{
		Built: plan.Build(p.Data, planFacts(def, p), scoring.Owner), Plan: p.Data,
		Origin: origin(cfg, r), Secret: secret, ShareID: p.ShareID,
		Done: r.URL.Query().Get("done"), DoneStep: r.URL.Query().Get("step"),
		JustCreated: justCreated(r),
	}
	if a := p.Assessment; a != nil {
		o.AssessmentShareID, o.Result = a.ShareID, a.Result
	}
	return web.OwnerPlanView(o, today())
}
