package server

import (
	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// planShared is the read-only share view: the steps and progress in the
// third person, never the private notes. Rendered once per content
// version, which includes the day (store.SharedPlan.Today), as the page
// says what is due this week.
func planShared(st *store.Store, def questionnaire.Definition) sharedView[store.SharedPlan] {
	view := func(p store.SharedPlan) web.PlanView {
		b := plan.Build(p.Data.Shared(), planFacts(def, p.Plan), scoring.Viewer)
		v := web.PlanViewOf(b, scoring.Viewer, p.Today)
		v.ExportURL = web.ExportPath(web.PlanViewPath(p.ShareID))
		return v
	}
	return sharedView[store.SharedPlan]{
		kind: store.KindPlan,
		read: st.PlanByShareIDWithPage,
		path: web.PlanViewPath,
		page: func(p store.SharedPlan, links shareLinks) templ.Component {
			v := view(p)
			// The preview names the path and the progress, never anything typed.
			v.Social = links.social(v.Title, web.PlanShareDescription(v), web.PlanCard(v, p.Data.PathID))
			return web.PlanPage(v)
		},
		card: func(p store.SharedPlan) card.Card { return web.PlanCard(view(p), p.Data.PathID) },
	}
}
