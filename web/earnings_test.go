package web

import (
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
)

func TestFigureAmount(t *testing.T) {
	for _, c := range []struct {
		f    catalog.Figure
		want string
	}{
		{catalog.Figure{Measure: catalog.Median, Low: 136620, High: 136620, Unit: catalog.PerYear}, "$136,620 a year"},
		{catalog.Figure{Measure: catalog.Range, Low: 88922, High: 146926, Unit: catalog.PerYear}, "$88,922–$146,926 a year"},
		{catalog.Figure{Measure: catalog.TopRate, Low: 250, High: 250, Unit: catalog.PerHour}, "Rates reaching $250 an hour"},
	} {
		if got := FigureAmount(c.f); got != c.want {
			t.Errorf("FigureAmount(%+v) = %q; want %q", c.f, got, c.want)
		}
	}
}

func TestArticleAmount(t *testing.T) {
	for _, c := range []struct {
		in   catalog.Income
		want string
	}{
		{catalog.Income{}, ""},
		{catalog.Income{Known: true, Low: 50, High: 150, OpenEnded: true, Unit: catalog.PerHour}, "$50–$150+ an hour"},
		{catalog.Income{Known: true, Low: 175000, High: 300000, Unit: catalog.PerYear}, "$175,000–$300,000 a year"},
		{catalog.Income{Known: true, Low: 3000, High: 5000, Unit: catalog.PerMonth}, "$3,000–$5,000 a month"},
	} {
		if got := ArticleAmount(c.in); got != c.want {
			t.Errorf("ArticleAmount(%+v) = %q; want %q", c.in, got, c.want)
		}
	}
}
