package server

import (
	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// comparisonShared is the read-only share view, rendered once per content
// version (sharePages). It speaks of the person who shared it in the third
// person.
func comparisonShared(st *store.Store) sharedView[store.Comparison] {
	return sharedView[store.Comparison]{
		kind: store.KindComparison,
		read: st.ComparisonByShareIDWithPage,
		path: web.ComparisonViewPath,
		page: func(c store.Comparison, links shareLinks) templ.Component {
			v := web.ComparisonViewOf(c.Data, c.AssessmentAnswers, scoring.Viewer)
			v.ExportURL = web.ExportPath(web.ComparisonViewPath(c.ShareID))
			v.Assumptions = web.AssumptionLines(c.Data, c.AssessmentAnswers)
			// The preview never carries the owner's own figures, such as their goal.
			v.Social = links.social(v.Title, web.ComparisonShareDescription, web.ComparisonCard(v.Title))
			return web.ComparisonPage(v)
		},
		card: func(c store.Comparison) card.Card {
			return web.ComparisonCard(web.ComparisonTitle(c.Data))
		},
	}
}
