package server

import (
	"strconv"
	"strings"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// canvasShared is the read-only share view: the canvas and its
// self-check, with link-preview tags that give away nothing but the title
// and the readiness score. It does not link to the assessment the canvas
// came from: sharing an idea should not share the person's assessment.
// Rendered once per content version (sharePages).
func canvasShared(st *store.Store) sharedView[store.Canvas] {
	how := canvasHowItWorksView()
	return sharedView[store.Canvas]{
		kind: store.KindCanvas,
		read: st.CanvasByShareIDWithPage,
		path: web.CanvasViewPath,
		page: func(c store.Canvas, links shareLinks) templ.Component {
			path, rep, heading := canvasSharedParts(c)
			description := "Readiness " + strconv.Itoa(rep.Readiness) + " out of 100 on the Crossroads niche canvas self-check."
			return web.CanvasSharePage(web.CanvasShare{
				Heading:     heading,
				Description: description,
				Board:       canvasBoardView(c.Data, path.Name),
				Check:       canvasCheckView(rep),
				HowItWorks:  how,
				ExportURL:   web.ExportPath(web.CanvasViewPath(c.ShareID)),
				Social:      links.social(heading, description, canvasCard(path, rep, heading)),
			})
		},
		card: func(c store.Canvas) card.Card { return canvasCard(canvasSharedParts(c)) },
	}
}

// canvasSharedParts is what both the share page and its card show: the
// canvas's path, its self-check and its title.
func canvasSharedParts(c store.Canvas) (catalog.Path, canvas.Report, string) {
	path, _ := catalog.ByID(c.PathID)
	return path, canvas.Check(c.Data, linkedFreeHours(c.Assessment)), canvasShareTitle(c.Data)
}

// canvasCard is the canvas's title and its self-check readiness, in its
// path's track colour (neutral when it has no path).
func canvasCard(path catalog.Path, rep canvas.Report, title string) card.Card {
	subtitle := "Niche canvas, checked against the source articles"
	if path.Name != "" {
		subtitle = "Niche canvas for " + path.Name + ", checked against the source articles"
	}
	return card.Card{Headline: title, Subtitle: subtitle,
		Bars: []card.Bar{{Label: "Readiness, out of 100", Value: rep.Readiness, Track: string(path.Track)}}}
}

// canvasShareTitle is the canvas's title, else its niche, else a generic
// name: the only free text a link preview may carry.
func canvasShareTitle(c canvas.Canvas) string {
	for _, s := range []string{c.Title, c.Niche} {
		if t := strings.TrimSpace(canvasDisplay(s)); t != "" {
			return t
		}
	}
	return "A niche canvas"
}
