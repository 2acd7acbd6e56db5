package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
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
