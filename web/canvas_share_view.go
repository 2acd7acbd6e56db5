package web

import (
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/catalog"
)

// CanvasShareView is the read-only share view of canvas c, made from path
// pathID, with the self-check as the owner sees it (linked, the assessment
// it follows, or nil), and the card its link preview shows. The caller adds
// the link preview tags (Social) from the card. It does not link to the
// assessment the canvas came from: sharing an idea should not share the
// person's assessment.
func CanvasShareView(c canvas.Canvas, pathID string, linked *LinkedAssessment, how CanvasHowItWorks, exportURL string) (CanvasShare, card.Card) {
	path, rep, heading := canvasSharedParts(c, pathID, linked)
	return CanvasShare{
		Heading:     heading,
		Description: "Readiness " + strconv.Itoa(rep.Readiness) + " out of 100 on the Crossroads niche canvas self-check.",
		Board:       canvasBoardView(c, path.Name),
		Check:       canvasCheckView(rep),
		HowItWorks:  how,
		ExportURL:   exportURL,
	}, canvasCard(path, rep, heading)
}

// CanvasCard is the card of canvas c's share link (see CanvasShareView).
func CanvasCard(c canvas.Canvas, pathID string, linked *LinkedAssessment) card.Card {
	return canvasCard(canvasSharedParts(c, pathID, linked))
}

// canvasSharedParts is what both the share page and its card show: the
// canvas's path, its self-check and its title.
func canvasSharedParts(c canvas.Canvas, pathID string, linked *LinkedAssessment) (catalog.Path, canvas.Report, string) {
	path, _ := catalog.ByID(pathID)
	return path, canvas.Check(c, LinkedFreeHours(linked)), canvasShareTitle(c)
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
