package server

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleCanvasView is the read-only share view: the canvas and its
// self-check, with link-preview tags that give away nothing but the title
// and the readiness score. It does not link to the assessment the canvas
// came from: sharing an idea should not share the person's assessment.
func handleCanvasView(rs *responder, cfg config.Config) http.HandlerFunc {
	how := canvasHowItWorksView()
	return func(w http.ResponseWriter, r *http.Request) {
		c := viewed[store.Canvas](r)
		path, _ := catalog.ByID(c.PathID)
		rep := canvas.Check(c.Data, linkedFreeHours(c.Assessment))
		heading := canvasShareTitle(c.Data)
		description := "Readiness " + strconv.Itoa(rep.Readiness) + " out of 100 on the Crossroads niche canvas self-check."
		rs.render(w, r, http.StatusOK, web.CanvasSharePage(web.CanvasShare{
			Heading:     heading,
			Description: description,
			Board:       canvasBoardView(c.Data, path.Name),
			Check:       canvasCheckView(rep),
			HowItWorks:  how,
			ExportURL:   exportPath(canvasViewPath(c.ShareID)),
			Social: &web.Social{
				Title:       heading,
				Description: description,
				URL:         origin(cfg, r) + canvasViewPath(c.ShareID),
			},
		}))
	}
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
