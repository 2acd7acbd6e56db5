package server_test

import (
	"html"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestScoringPageShowsTheModelTheCodeUses checks the page against the same
// model data Score reads: version, every criterion with its points, every warning.
func TestScoringPageShowsTheModelTheCodeUses(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	resp, body := get(t, app, "/how-scoring-works")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	text := html.UnescapeString(body)
	m := scoring.Model()
	mustContain(t, "scoring page", text, m.Version)
	for _, tr := range m.Tracks {
		for _, c := range tr.Criteria {
			row := c.Label + "</th>"
			i := strings.Index(text, row)
			if i < 0 {
				t.Errorf("criterion %q missing", c.Label)
				continue
			}
			points := strconv.FormatFloat(c.Points, 'f', -1, 64)
			if !strings.Contains(text[i:min(len(text), i+600)], `<td class="num">`+points+`</td>`) {
				t.Errorf("criterion %q does not show its %s points", c.Label, points)
			}
		}
	}
	for _, w := range m.Warnings {
		mustContain(t, "scoring page", text, w.Title)
	}
	testkit.CheckPage(t, testkit.Browser(t), app.URL+"/how-scoring-works")
}

// TestEveryFootnoteLandsOnTheSourcesPage checks that each citation in the
// catalog and the model has its anchor and its quote on /sources.
func TestEveryFootnoteLandsOnTheSourcesPage(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	_, body := get(t, app, "/sources")
	text := html.UnescapeString(body)
	var cites []catalog.Citation
	for _, p := range catalog.All() {
		cites = append(cites, p.Citations()...)
	}
	for _, tr := range scoring.Model().Tracks {
		for _, c := range tr.Criteria {
			cites = append(cites, c.Cite)
		}
	}
	for _, c := range cites {
		if !strings.Contains(text, `id="`+c.Anchor()+`"`) {
			t.Errorf("no anchor %q on /sources", c.Anchor())
		}
		if !strings.Contains(text, c.Quote) {
			t.Errorf("quote %q missing from /sources", c.Quote)
		}
	}
}
