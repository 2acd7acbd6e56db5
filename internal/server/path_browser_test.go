package server_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/testkit"
)

// The browser tests here do not call t.Parallel: they run before the
// package's parallel tests start, so they add no contention for the shared
// Chromium to the other browser tests, whose tabs each have one deadline.

// pathPages is every page this feature adds, and the pages it changed.
func pathPages() []string {
	pages := []string{"/", "/paths", "/sources", "/paths/no-such-path"}
	for _, p := range catalog.All() {
		pages = append(pages, "/paths/"+p.ID)
	}
	return pages
}

// TestPathPagesPassQualityCheck runs axe-core (WCAG 2.2 A/AA) and the Nu
// HTML Checker over the path list, the path 404, the pages that now link to
// them and one path page of each shape (two figures and a disagreement,
// three figures, none, the article's rates only, a context fact); every
// other path page goes through the HTML checker.
func TestPathPagesPassQualityCheck(t *testing.T) {
	app := testkit.StartApp(t)
	// The HTML checker first: it starts the checker outside any browser
	// tab's deadline.
	for _, path := range pathPages() {
		_, page := get(t, app, path)
		testkit.CheckHTML(t, path, []byte(page))
	}
	browse := []string{"/", "/paths", "/sources", "/paths/no-such-path", "/paths/prompt-engineer",
		"/paths/custom-models", "/paths/ai-ethics-specialist", "/paths/seo-consulting", "/paths/copywriting"}
	// A tab per few pages: each tab's actions share one deadline.
	for len(browse) > 0 {
		n := min(3, len(browse))
		ctx := testkit.Browser(t)
		for _, path := range browse[:n] {
			testkit.CheckPage(t, ctx, app.URL+path)
		}
		browse = browse[n:]
	}
}

// TestPathPagesDoNotScrollSideways at the four widths the design names.
// Each page loads once and is measured at every width: reading scrollWidth
// after a viewport change lays the page out again at the new width.
func TestPathPagesDoNotScrollSideways(t *testing.T) {
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	for _, path := range pathPages() {
		testkit.Run(t, ctx, chromedp.EmulateViewport(1280, 844), chromedp.Navigate(app.URL+path))
		for _, width := range []int64{320, 390, 768, 1280} {
			testkit.Run(t, ctx, chromedp.EmulateViewport(width, 844))
			got := testkit.Get(t, ctx, chromedp.Evaluate[int64](`document.documentElement.scrollWidth`))
			if got > width {
				t.Errorf("%s at %d px is %d px wide: it scrolls sideways", path, width, got)
			}
		}
	}
}

// TestFromHomeToAPathAndOnward: a person finds the paths from the home
// page's nav, opens one, and starts a comparison and a canvas from it.
func TestFromHomeToAPathAndOnward(t *testing.T) {
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	p, _ := catalog.ByID("ai-micro-saas")

	testkit.Run(t, ctx, chromedp.Navigate(app.URL+"/"))
	if status := testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`nav[aria-label=Main] a[href="/paths"]`))); status != 200 {
		t.Fatalf("the Paths nav item answered %d", status)
	}
	if cur := testkit.Get(t, ctx, chromedp.Evaluate[string](`document.querySelector('nav[aria-label=Main] [aria-current=page]').textContent`)); cur != "Paths" {
		t.Errorf("on /paths the nav marks %q as current; want Paths", cur)
	}
	if n := testkit.Get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('main li.card').length`)); n != len(catalog.All()) {
		t.Errorf("/paths lists %d paths; want %d", n, len(catalog.All()))
	}

	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`main a[href="/paths/`+p.ID+`"]`)))
	if h1 := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(`h1`))); h1 != p.Name {
		t.Fatalf("the path link opened %q; want %q", h1, p.Name)
	}
	// Its income line: the article's silence beside the nearest public figure.
	earn := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(`.earnings`)))
	f, _ := catalog.EarningsOf(p).Nearest()
	for _, want := range []string{"The article’s claim", "Neither article gives a figure", "Public source", f.Period, f.Closeness.Label()} {
		if !strings.Contains(earn, want) {
			t.Errorf("the income line lacks %q: %q", want, earn)
		}
	}

	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`main a[href="/comparisons/new?path=`+p.ID+`"]`)))
	if title := testkit.Get(t, ctx, chromedp.Title()); !strings.Contains(title, p.Name) {
		t.Errorf("the comparison started from %s is %q; want the path in it", p.ID, title)
	}

	testkit.Run(t, ctx, chromedp.Navigate(app.URL+"/paths/"+p.ID))
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`main a[href="/canvases/new?path=`+p.ID+`"]`)))
	if body := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(`main`))); !strings.Contains(body, "This canvas starts from the path "+p.Name) {
		t.Errorf("the canvas started from %s does not say so", p.ID)
	}

	// A breadcrumb leads back to the path's track on the list.
	testkit.Run(t, ctx, chromedp.Navigate(app.URL+"/paths/"+p.ID))
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`nav[aria-label=Breadcrumb] a[href="/paths#track-`+string(p.Track)+`"]`)))
	if loc := testkit.Get(t, ctx, chromedp.Location()); !strings.HasSuffix(loc, "/paths#track-"+string(p.Track)) {
		t.Errorf("the breadcrumb led to %s", loc)
	}
	if top := testkit.Get(t, ctx, chromedp.Evaluate[float64](`document.getElementById('track-`+string(p.Track)+`').getBoundingClientRect().top`)); top < -1 || top > 200 {
		t.Errorf("the breadcrumb's track heading is at %s px; want it scrolled into view", strconv.FormatFloat(top, 'f', 0, 64))
	}
}
