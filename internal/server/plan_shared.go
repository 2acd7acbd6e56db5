package server

import (
	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/catalog"
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
			v.Social = links.social(v.Title,
				"Personal steps for the first 90 days, paced to the hours available: "+v.Progress.Text, planCard(v, p.Data.PathID))
			return web.PlanPage(v)
		},
		card: func(p store.SharedPlan) card.Card { return planCard(view(p), p.Data.PathID) },
	}
}

// planCard is the plan's title and how far it has come, as a bar in its
// path's track colour.
func planCard(v web.PlanView, pathID string) card.Card {
	cc := card.Card{Headline: v.Title, Subtitle: v.Progress.Text}
	if v.Progress.Total > 0 {
		path, _ := catalog.ByID(pathID)
		cc.Bars = []card.Bar{{Label: "Steps done, in %", Value: 100 * v.Progress.Done / v.Progress.Total, Track: string(path.Track)}}
	}
	return cc
}
