package server

import (
	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// canvasShared is the read-only share view: the canvas and its
// self-check, with link-preview tags that give away nothing but the title
// and the readiness score. It does not link to the assessment the canvas
// came from: sharing an idea should not share the person's assessment.
// Rendered once per content version (sharePages).
func canvasShared(st *store.Store) sharedView[store.Canvas] {
	how := web.CanvasHowItWorksView()
	return sharedView[store.Canvas]{
		kind: store.KindCanvas,
		read: st.CanvasByShareIDWithPage,
		path: web.CanvasViewPath,
		page: func(c store.Canvas, links shareLinks) templ.Component {
			v := web.CanvasBoardView(web.CanvasBoardState{Canvas: c.Data, PathID: c.PathID, Assessment: (*web.LinkedAssessment)(c.Assessment),
				ExportURL: web.ExportPath(web.CanvasViewPath(c.ShareID))}, how)
			v.Social = links.social(v.Heading, v.Description, web.CanvasCard(c.Data, c.PathID, (*web.LinkedAssessment)(c.Assessment)))
			return web.CanvasBoardPage(v)
		},
		card: func(c store.Canvas) card.Card {
			return web.CanvasCard(c.Data, c.PathID, (*web.LinkedAssessment)(c.Assessment))
		},
	}
}
