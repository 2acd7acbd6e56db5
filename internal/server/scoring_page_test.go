package server_test

import (
	"html"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestScoringPageShowsTheModelTheCodeUses checks the page against the same
// model data Score reads: the version, every factor with its points, each
// labelled as our judgement, every must-have, warning and number of ours,
// and our reading of every path.
func TestScoringPageShowsTheModelTheCodeUses(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	resp, body := get(t, app, "/how-scoring-works")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	text := html.UnescapeString(body)
	m := scoring.Model()
	def := questionnaire.Default()
	mustContain(t, "scoring page", text, m.Version)
	rules := strings.Split(text, `<li class="rule">`)[1:]
	if len(rules) < len(m.Factors) {
		t.Fatalf("%d rules on the page, the model has %d factors", len(rules), len(m.Factors))
	}
	for i, f := range m.Factors {
		q, _ := def.Question(f.Question)
		rule := rules[i]
		points := "±" + strconv.FormatFloat(f.Points, 'f', -1, 64) + " points"
		if !strings.Contains(rule, q.Prompt) || !strings.Contains(rule, points) || !strings.Contains(rule, f.Why) {
			t.Errorf("factor %s: the page does not show its question, its %s and its reason", f.Question, points)
		}
		if strings.Count(rule, "Our judgement") < 2 {
			t.Errorf("factor %s: its points and reason are not labelled as our judgement", f.Question)
		}
		if f.Cite != nil && !strings.Contains(rule, f.Cite.Quote) {
			t.Errorf("factor %s: the article passage it rests on is missing", f.Question)
		}
	}
	for _, mh := range m.MustHaves {
		mustContain(t, "scoring page", text, mh.When)
	}
	for _, w := range m.Warnings {
		mustContain(t, "scoring page", text, w.Title)
	}
	for _, j := range m.Judgements() {
		mustContain(t, "scoring page", text, j.Why)
	}
	for _, p := range catalog.All() {
		mustContain(t, "scoring page", text, p.Fit.LeanWhy)
	}
	for _, u := range m.Unscored {
		q, _ := def.Question(u.Question)
		mustContain(t, "scoring page", text, q.Prompt)
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
	for _, f := range scoring.Model().Factors {
		if f.Cite != nil {
			cites = append(cites, *f.Cite)
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
