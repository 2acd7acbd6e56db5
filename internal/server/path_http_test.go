package server_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/testkit"
)

// mainText splits a page's <main> into its own words (prose) and the words
// it quotes or names from a source (blockquote, q, cite), so tests can tell
// what the page says from what it cites.
func mainText(t *testing.T, page string) (prose, quoted string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var own, cited strings.Builder
	var walk func(n *html.Node, inMain, inQuote bool)
	walk = func(n *html.Node, inMain, inQuote bool) {
		if n.Type == html.ElementNode {
			inMain = inMain || n.Data == "main"
			inQuote = inQuote || n.Data == "blockquote" || n.Data == "q" || n.Data == "cite"
		}
		if n.Type == html.TextNode && inMain {
			if inQuote {
				cited.WriteString(n.Data + " ")
			} else {
				own.WriteString(n.Data + " ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inMain, inQuote)
		}
	}
	walk(doc, false, false)
	if own.Len() == 0 {
		t.Fatal("page has no <main> text")
	}
	return own.String(), cited.String()
}

var (
	secondPersonRe = regexp.MustCompile(`(?i)\b(you|your|yours|you’re|you're)\b`)
	dollarsRe      = regexp.MustCompile(`\$([0-9][0-9,]*[0-9]|[0-9])`)
)

// checkPublicPage: a path page is public, so its own words never address
// the reader; the articles' quotes keep their wording.
func checkPublicPage(t *testing.T, where, page string) {
	t.Helper()
	prose, _ := mainText(t, page)
	if m := secondPersonRe.FindString(prose); m != "" {
		i := strings.Index(prose, m)
		t.Errorf("%s speaks to the reader (%q) in its own words: …%s…", where, m, prose[max(0, i-60):min(len(prose), i+60)])
	}
}

// TestEveryPathPage: each path's page answers, with zero database round
// trips, what the work is, what it earns (with provenance), asks, risks and
// plan, and every dollar figure it states is one its quoted sources state.
func TestEveryPathPage(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	withFigure := 0
	for _, p := range catalog.All() {
		before := app.Queries.Count()
		resp, page := get(t, app, "/paths/"+p.ID)
		if n := app.Queries.Count() - before; n != 0 {
			t.Errorf("%s: %d database round trips; a catalog page needs none", p.ID, n)
		}
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET /paths/%s = %d", p.ID, resp.StatusCode)
		}
		if len(page) > maxPageBytes {
			t.Errorf("%s weighs %d bytes; budget %d", p.ID, len(page), maxPageBytes)
		}
		checkPublicPage(t, p.ID, page)
		// A side hustle's table of what its rate brings at a few hours is
		// worked out, not quoted: its figures must be the projection's
		// (checked here), and the quote check below reads the rest.
		page = checkWorkedTable(t, p, page)
		prose, quoted := mainText(t, page)
		earns := "What it earns"
		if p.Mode == catalog.SideHustle {
			earns = "What it bills"
		}
		for _, want := range []string{p.Name, "What the work is", "Skills it needs", earns,
			"What it asks of a person", "Weekly hours", "Learning curve", "Upfront investment", "Time to first income",
			"Risks", "Platform dependency", "Commoditisation risk", "Volatility", "7 days", "30 days", "90 days",
			catalog.FromArticle.Label(), catalog.FromUs.Label(), p.Plan.Days90[0]} {
			if !strings.Contains(prose, want) {
				t.Errorf("%s: page lacks %q", p.ID, want)
			}
		}
		e := catalog.EarningsOf(p)
		if f, ok := e.Nearest(); ok {
			withFigure++
			for _, want := range []string{catalog.FromPublicSource.Label(), f.Source.Publisher, f.Period, f.Closeness.Label(), f.Occupation} {
				if !strings.Contains(prose, want) {
					t.Errorf("%s: the public figure is shown without %q", p.ID, want)
				}
			}
			if !strings.Contains(quoted, f.Quote) || !strings.Contains(page, `href="`+f.Source.URL+`"`) {
				t.Errorf("%s: the public figure lacks its verbatim words or its link", p.ID)
			}
		} else if !strings.Contains(prose, "No public figure") || !strings.Contains(prose, e.NoFigure) {
			t.Errorf("%s: no public figure, and the page does not say so", p.ID)
		}
		// No number without its source: every dollar amount in the page's
		// own words must appear in a quote it shows.
		for _, m := range dollarsRe.FindAllStringSubmatch(prose, -1) {
			if !strings.Contains(quoted, m[1]) {
				t.Errorf("%s states $%s, which no quote on the page contains", p.ID, m[1])
			}
		}
		canvas := strings.Contains(page, `href="/canvases/new?path=`+p.ID+`"`)
		if canvas != (p.Mode == catalog.SideHustle) {
			t.Errorf("%s (%s): canvas link shown = %v; want it for side hustles only", p.ID, p.Mode, canvas)
		}
		if !strings.Contains(page, `href="/comparisons/new?path=`+p.ID+`"`) {
			t.Errorf("%s: no link to compare it", p.ID)
		}
	}
	if withFigure < 10 {
		t.Errorf("%d path pages show a public figure; want at least 10", withFigure)
	}
}

var workedTableRe = regexp.MustCompile(`(?s)<table class="bill-hours" data-worked>.*?</table>`)

// checkWorkedTable checks a side hustle's hours table against the
// projection (compare.PathAtHours at 8, 12 and 20 hours, whose agreement
// with the comparison and the personal line compare's tests pin) and
// returns the page without it; a job's page must have none.
func checkWorkedTable(t *testing.T, p catalog.Path, page string) string {
	t.Helper()
	table := workedTableRe.FindString(page)
	at, ok := compare.PathAtHours(p, 8, 12, 20)
	if ok != (table != "") {
		t.Errorf("%s: hours table shown = %v; want it for every side hustle with a rate (%v)", p.ID, table != "", ok)
		return page
	}
	if !ok {
		return page
	}
	us := func(v float64) string { return money.US.Format(money.USD(v)) }
	for _, row := range at.Rows {
		for _, want := range []string{us(row.Net), us(row.PerHourWorked), us(row.GrossLow)} {
			if !strings.Contains(table, ">"+want+"<") && !strings.Contains(table, ">"+want+"–") {
				t.Errorf("%s: the hours table lacks the projection's %s at %v hours", p.ID, want, row.HoursPerWeek)
			}
		}
	}
	return strings.Replace(page, table, "", 1)
}

func TestPathPageSaysWhereArticleAndPublicFigureDisagree(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	_, page := get(t, app, "/paths/prompt-engineer")
	prose, _ := mainText(t, page)
	for _, want := range []string{"$175,000–$300,000 a year", "$132,270 a year", "$136,620 a year", "They disagree", "Proxy"} {
		if !strings.Contains(prose, want) {
			t.Errorf("prompt engineer page lacks %q", want)
		}
	}
	// The disagreement comes before the figures, so a phone reader meets it first.
	if strings.Index(prose, "They disagree") > strings.Index(prose, "$132,270 a year") {
		t.Error("the disagreement follows the figures; it should lead")
	}
	_, page = get(t, app, "/paths/seo-consulting")
	prose, _ = mainText(t, page)
	if !strings.Contains(prose, "$50–$150+ an hour") || !strings.Contains(prose, "No public figure") || strings.Contains(prose, "disagree") {
		t.Error("SEO: want the article's rates, “No public figure”, and no disagreement to report")
	}
}

func TestPathList(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	before := app.Queries.Count()
	resp, page := get(t, app, "/paths")
	if n := app.Queries.Count() - before; resp.StatusCode != http.StatusOK || n != 0 {
		t.Fatalf("GET /paths = %d with %d round trips; want 200 and none", resp.StatusCode, n)
	}
	checkPublicPage(t, "/paths", page)
	prose, _ := mainText(t, page)
	last := -1
	for _, tr := range catalog.Tracks() {
		i := strings.Index(prose, tr.Label())
		if i < 0 || i < last {
			t.Errorf("track %s out of order", tr)
		}
		last = i
	}
	for _, p := range catalog.All() {
		if !strings.Contains(page, `href="/paths/`+p.ID+`"`) {
			t.Errorf("/paths does not link to %s", p.ID)
		}
	}
	// Each path's card carries its brief income line: the nearest public
	// figure with its year, or "No public figure".
	cards := strings.Split(page, `<li class="card">`)[1:]
	if len(cards) != len(catalog.All()) {
		t.Fatalf("/paths has %d cards; want one per path (%d)", len(cards), len(catalog.All()))
	}
	for _, p := range catalog.All() {
		card := ""
		for _, c := range cards {
			if strings.Contains(c, `href="/paths/`+p.ID+`"`) {
				card = c
			}
		}
		// A side hustle's line is its rate, never a salary; a job's its
		// yearly pay.
		if p.Mode == catalog.SideHustle {
			r, _, ok := catalog.RateOf(p.ID)
			if ok && (!strings.Contains(card, r.Source.Period) || !strings.Contains(card, r.Closeness.Label())) ||
				ok == strings.Contains(card, "No published rate") || strings.Contains(card, " a year") {
				t.Errorf("/paths card for side hustle %s: want its rate with year and closeness, or “No published rate”: %q", p.ID, card)
			}
			continue
		}
		f, ok := catalog.EarningsOf(p).Nearest()
		if ok && !strings.Contains(card, f.Period) || ok == strings.Contains(card, "No public figure") {
			t.Errorf("/paths card for %s: want the public figure's year or “No public figure”: %q", p.ID, card)
		}
	}
	_, home := get(t, app, "/")
	if strings.Count(home, `href="/paths"`) < 2 {
		t.Error("the home page should link to /paths from the nav and from its own text")
	}
}

func TestUnknownPathIDIsAFriendly404(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	for _, path := range []string{"/paths/no-such-path", "/paths/SEO-CONSULTING", "/paths/seo-consulting/extra"} {
		resp, page := get(t, app, path)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d; want 404", path, resp.StatusCode)
			continue
		}
		if path == "/paths/no-such-path" {
			if !strings.Contains(page, "We do not know that path") || !strings.Contains(page, `href="/paths/seo-consulting"`) {
				t.Errorf("the 404 for an unknown path should say so and list the paths there are")
			}
			if resp.Header.Get("Cache-Control") != "no-store" {
				t.Errorf("the 404 is cacheable: %q", resp.Header.Get("Cache-Control"))
			}
		}
	}
}

// TestSourcesListEveryPublicFigure: every public figure a page can show has
// its publisher, title, link, year and verbatim words on /sources.
func TestSourcesListEveryPublicFigure(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	_, page := get(t, app, "/sources")
	prose, quoted := mainText(t, page)
	for _, s := range catalog.PublicSources() {
		if !strings.Contains(page, `id="`+s.Anchor()+`"`) || !strings.Contains(page, `href="`+s.URL+`"`) ||
			!strings.Contains(prose, s.Title) || !strings.Contains(prose, s.Publisher) {
			t.Errorf("/sources lacks public source %s with its anchor, link, title and publisher", s.ID)
		}
	}
	for _, p := range catalog.All() {
		for _, f := range catalog.EarningsOf(p).Figures {
			if !strings.Contains(quoted, f.Quote) || !strings.Contains(prose, f.Period) {
				t.Errorf("/sources lacks %s's figure %q with its year", p.ID, f.Quote)
			}
		}
	}
	if !strings.Contains(prose, "Public figures") {
		t.Error("/sources has no Public figures section")
	}
}
