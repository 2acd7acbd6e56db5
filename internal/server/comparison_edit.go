package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleComparisonEdit is the owner's comparison page. One round trip.
func handleComparisonEdit(rs *responder, cfg config.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, secret := owner[store.Comparison](r)
		edit := web.ComparisonEditPath(secret)
		v := web.ComparisonEditor(edit, c.Data, nil, nil, c.AssessmentAnswers, "")
		if c.AssessmentShareID != nil {
			v.AssessmentURL = web.AssessmentViewPath(*c.AssessmentShareID)
		}
		v.EditURL = origin(cfg, r) + edit
		v.JustCreated = justCreated(r)
		v.Owner = web.NewOwnerControls("comparison", origin(cfg, r), edit, web.ComparisonViewPath(c.ShareID), done(r))
		rs.render(w, r, http.StatusOK, web.ComparisonPage(v))
	}
}
