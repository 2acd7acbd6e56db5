package web

import (
	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/catalog"
)

// PlanShareDescription is the share link's preview text: the path and the
// progress, never anything typed.
func PlanShareDescription(v PlanView) string {
	return "Personal steps for the first 90 days, paced to the hours available: " + v.Progress.Text
}

// PlanCard is the plan's title and how far it has come, as a bar in its
// path's track colour.
func PlanCard(v PlanView, pathID string) card.Card {
	cc := card.Card{Headline: v.Title, Subtitle: v.Progress.Text}
	if v.Progress.Total > 0 {
		path, _ := catalog.ByID(pathID)
		cc.Bars = []card.Bar{{Label: "Steps done, in %", Value: 100 * v.Progress.Done / v.Progress.Total, Track: string(path.Track)}}
	}
	return cc
}
