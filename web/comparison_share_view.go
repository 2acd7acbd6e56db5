package web

import "github.com/crossroads/crossroads/internal/card"

// ComparisonShareDescription is the share link's preview text: it never
// carries the owner's own figures, such as their goal.
const ComparisonShareDescription = "Side by side on the same axes, with a source for every figure and a month-by-month income projection."

// ComparisonCard names the paths compared and nothing the owner typed or
// earns: no bars, as the comparison's figures are the owner's own.
func ComparisonCard(title string) card.Card {
	return card.Card{Headline: title, Subtitle: "Side by side, a source for every figure, 24 months projected"}
}
