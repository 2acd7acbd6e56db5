package catalog_test

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/numfmt"
)

func TestProvenanceVocabulary(t *testing.T) {
	labels, explains := map[string]bool{}, map[string]bool{}
	for _, p := range catalog.Provenances() {
		if !p.Valid() {
			t.Errorf("%q listed but not valid", p)
		}
		if p.Label() == string(p) || p.Label() == "" || labels[p.Label()] {
			t.Errorf("%q: missing or repeated label %q", p, p.Label())
		}
		if p.Explain() == "" || explains[p.Explain()] {
			t.Errorf("%q: missing or repeated explanation", p)
		}
		labels[p.Label()], explains[p.Explain()] = true, true
		// Labels and explanations appear on public and share pages, so
		// they must not address the reader.
		for _, text := range []string{p.Label(), p.Explain()} {
			if secondPerson(text) {
				t.Errorf("%q speaks to the reader: %q", p, text)
			}
		}
	}
	if len(labels) != 4 {
		t.Errorf("want the four kinds (article, public source, ours, answer), got %d", len(labels))
	}
	if catalog.Provenance("rumour").Valid() {
		t.Error("an unknown provenance is valid")
	}
}

func secondPerson(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if w == "you" || w == "your" || w == "yours" {
			return true
		}
	}
	return false
}

func TestClosenessLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range catalog.Closenesses() {
		if c.Label() == string(c) || c.Explain() == "" || seen[c.Label()] {
			t.Errorf("closeness %q lacks a distinct label or explanation", c)
		}
		seen[c.Label()] = true
	}
}

// TestEveryFigureIsCited: a figure reaches a page only with its publisher,
// page title, link, the year it refers to, a closeness label and the
// source's own words — and those words contain the number shown.
func TestEveryFigureIsCited(t *testing.T) {
	known := map[catalog.Closeness]bool{catalog.SameWork: true, catalog.CloseWork: true, catalog.Proxy: true}
	for _, p := range catalog.All() {
		for i, f := range catalog.EarningsOf(p).Figures {
			where := p.ID + " figure " + strconv.Itoa(i)
			checkFigure(t, where, f.Figure)
			if !known[f.Closeness] {
				t.Errorf("%s: closeness %q is not same work, close or proxy", where, f.Closeness)
			}
			if secondPerson(f.Note) {
				t.Errorf("%s: note speaks to the reader: %q", where, f.Note)
			}
		}
	}
	for i, f := range catalog.PublicFigures() {
		checkFigure(t, "PublicFigures()["+strconv.Itoa(i)+"]", f)
	}
	for _, f := range catalog.PublicFacts() {
		checkSource(t, "fact", f.Source)
		switch {
		case f.Quote == "":
			t.Errorf("fact from %s: no quote", f.Source.ID)
		case f.Year == 0 && (f.Read < 2026 || !strings.Contains(f.Source.Note, "no date")):
			t.Errorf("fact %q: no year, and neither when it was read nor a note that the page is undated", f.Quote)
		case f.Year != 0 && !strings.Contains(f.Quote, strconv.Itoa(f.Year)):
			t.Errorf("fact %q: the quote does not state its year %d", f.Quote, f.Year)
		}
	}
}

func checkFigure(t *testing.T, where string, f catalog.Figure) {
	t.Helper()
	checkSource(t, where, f.Source)
	if f.Year < 2000 || f.Year > 2030 || !strings.Contains(f.Period, strconv.Itoa(f.Year)) {
		t.Errorf("%s: year %d / period %q: want a plausible year that the period states", where, f.Year, f.Period)
	}
	if f.Occupation == "" || f.Quote == "" {
		t.Errorf("%s: no occupation or verbatim words", where)
	}
	if f.Unit != catalog.PerYear && f.Unit != catalog.PerHour {
		t.Errorf("%s: unit %q", where, f.Unit)
	}
	if f.Low <= 0 || f.High < f.Low || f.Low != math.Trunc(f.Low) || f.High != math.Trunc(f.High) {
		t.Errorf("%s: values %v–%v must be whole, positive and in order", where, f.Low, f.High)
	}
	switch f.Measure {
	case catalog.Median, catalog.TopRate:
		if f.Low != f.High {
			t.Errorf("%s: a %s is one value, got %v–%v", where, f.Measure, f.Low, f.High)
		}
	case catalog.Range:
		if f.Low == f.High {
			t.Errorf("%s: a range needs two values", where)
		}
	default:
		t.Errorf("%s: measure %q", where, f.Measure)
	}
	// The page prints the values with thousands separators; the source's
	// words must contain them, so no number is shown that it does not state.
	for _, v := range []float64{f.Low, f.High} {
		if n := numfmt.Thousands(int64(v)); !strings.Contains(f.Quote, n) {
			t.Errorf("%s: the quote does not state %s: %q", where, n, f.Quote)
		}
	}
}

func checkSource(t *testing.T, where string, s catalog.PublicSource) {
	t.Helper()
	u, err := url.Parse(s.URL)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		t.Errorf("%s: source %q needs an https link, got %q", where, s.ID, s.URL)
	}
	if s.Publisher == "" || s.Title == "" || !slugRe.MatchString(s.ID) {
		t.Errorf("%s: source %+v lacks a publisher, title or slug", where, s)
	}
}

func TestPublicSourcesAreDistinctAndComplete(t *testing.T) {
	ids := map[string]catalog.PublicSource{}
	for _, s := range catalog.PublicSources() {
		if _, dup := ids[s.ID]; dup {
			t.Errorf("public source %q twice", s.ID)
		}
		ids[s.ID] = s
	}
	// Every figure on a path cites a listed source, word for word, so the
	// sources page can show them all.
	for _, p := range catalog.All() {
		e := catalog.EarningsOf(p)
		for _, f := range e.Figures {
			if ids[f.Source.ID] != f.Source {
				t.Errorf("%s cites %q, which PublicSources does not list as it is", p.ID, f.Source.ID)
			}
			if !containsFigure(catalog.PublicFigures(), f.Figure) {
				t.Errorf("%s shows a figure PublicFigures does not list: %q", p.ID, f.Quote)
			}
		}
		for _, c := range e.Context {
			if ids[c.Source.ID] != c.Source {
				t.Errorf("%s context cites unlisted %q", p.ID, c.Source.ID)
			}
		}
	}
}

func containsFigure(fs []catalog.Figure, f catalog.Figure) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

// TestEveryPathHasAnIncomeLine: the bar — 16 of 16 paths say
// something about income with its provenance, at least 10 with a public
// figure and its year.
func TestEveryPathHasAnIncomeLine(t *testing.T) {
	withFigure := 0
	all := catalog.All()
	for _, p := range all {
		e := catalog.EarningsOf(p)
		if e.PathID != p.ID {
			t.Errorf("%s: earnings for %q", p.ID, e.PathID)
		}
		if e.ArticleText() == "" {
			t.Errorf("%s: no article line", p.ID)
		}
		if strings.Contains(e.ArticleText(), "The sources give no figure") {
			t.Errorf("%s: article line says “the sources”, ambiguous beside public sources: %q", p.ID, e.ArticleText())
		}
		if e.HasPublicFigure() {
			withFigure++
			if e.NoFigure != "" {
				t.Errorf("%s: has a figure and says there is none", p.ID)
			}
			n, _ := e.Nearest()
			for _, f := range e.Figures[1:] {
				if rank(f.Closeness) < rank(n.Closeness) {
					t.Errorf("%s: a %s figure listed after the %s one; nearest must come first", p.ID, f.Closeness, n.Closeness)
				}
			}
		} else if e.NoFigure == "" {
			t.Errorf("%s: no public figure and no reason", p.ID)
		}
	}
	if len(all) != 16 {
		t.Errorf("the issue counts 16 paths; the catalog has %d", len(all))
	}
	if withFigure < 10 {
		t.Errorf("%d of %d paths have a public figure; want at least 10", withFigure, len(all))
	}
}

func rank(c catalog.Closeness) int {
	for i, x := range catalog.Closenesses() {
		if x == c {
			return i
		}
	}
	return -1
}

// TestDisagreementsAreSaid: where the article states a yearly figure and a
// public median falls outside it, the page must say the two disagree and
// give both numbers; the research roles, whose article claim is "even
// higher" than the prompt engineer's range, must too.
func TestDisagreementsAreSaid(t *testing.T) {
	for _, p := range catalog.All() {
		e := catalog.EarningsOf(p)
		outside := false
		for _, f := range e.Figures {
			if e.Article.Known && e.Article.Unit == f.Unit && (f.High < e.Article.Low || f.Low > e.Article.High) {
				outside = true
				if !strings.Contains(e.Disagreement, numfmt.Dollars(f.Low)) {
					t.Errorf("%s: the disagreement does not name the public figure %s: %q", p.ID, numfmt.Dollars(f.Low), e.Disagreement)
				}
			}
		}
		if outside && !strings.Contains(e.Disagreement, numfmt.Dollars(e.Article.Low)) {
			t.Errorf("%s: the disagreement does not name the article's figure: %q", p.ID, e.Disagreement)
		}
		if (outside || p.ID == "ml-engineer-generative" || p.ID == "ai-research-scientist") && !strings.Contains(e.Disagreement, "disagree") {
			t.Errorf("%s: article and public figure disagree, and the line does not say so: %q", p.ID, e.Disagreement)
		}
		if e.Disagreement != "" && !e.HasPublicFigure() {
			t.Errorf("%s: a disagreement with no public figure to disagree with", p.ID)
		}
	}
	e := earningsByID(t, "prompt-engineer")
	if !strings.Contains(e.Disagreement, "$175,000") || !strings.Contains(e.Disagreement, "$132,270") {
		t.Errorf("prompt engineer must set $175,000–$300,000 against the BLS medians: %q", e.Disagreement)
	}
}

func TestPathsWithoutAFittingRowSaySo(t *testing.T) {
	for _, id := range []string{"ai-ethics-specialist", "social-media-management", "seo-consulting", "paid-ads"} {
		if e := earningsByID(t, id); e.HasPublicFigure() {
			t.Errorf("%s: public-figures.md has no confirmed row for it, yet it shows %q", id, e.Figures[0].Quote)
		}
	}
	if e := earningsByID(t, "copywriting"); e.Figures[0].Closeness != catalog.SameWork || e.Figures[0].Low != 62170 {
		t.Errorf("copywriting's nearest figure = %+v; want the writers' median as the same work", e.Figures[0])
	}
}

func TestEarningsAreCopies(t *testing.T) {
	e := earningsByID(t, "custom-models")
	e.Figures[0].Quote = "changed"
	e.Article.Note = "changed"
	if again := earningsByID(t, "custom-models"); again.Figures[0].Quote == "changed" || again.Article.Note == "changed" {
		t.Error("EarningsOf shares state between calls")
	}
}

func earningsByID(t *testing.T, id string) catalog.Earnings {
	t.Helper()
	p, ok := catalog.ByID(id)
	if !ok {
		t.Fatalf("no path %q", id)
	}
	return catalog.EarningsOf(p)
}
