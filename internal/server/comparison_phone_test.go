package server_test

import (
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/testkit"
)

// phonePage is what a 390 × 844 phone shows of a comparison page.
type phonePage struct {
	ScrollWidth  float64 `json:"scrollWidth"`
	Height       float64 `json:"height"`
	Verdict      string  `json:"verdict"`
	VerdictEnd   float64 `json:"verdictEnd"` // bottom of the verdict's first sentence
	Money        string  `json:"money"`      // the first money line with a monthly amount
	MoneyEnd     float64 `json:"moneyEnd"`
	TableDisplay string  `json:"tableDisplay"`
	// Overflowing lists elements in the table that scroll sideways.
	Overflowing []string `json:"overflowing"`
	// Blocks lists, per axis, the path names visible inside the viewport.
	Blocks []axisBlock `json:"blocks"`
}

type axisBlock struct {
	Axis  string   `json:"axis"`
	Names []string `json:"names"`
}

// measurePhone reads the page as laid out: the verdict and the first
// monthly amount with where they end, every element of the side-by-side
// area wider than its box, and the path names each axis block shows
// inside the viewport's width.
const measurePhone = `(() => {
	const money = [...document.querySelectorAll('.money-lines li')].find(li => /[$][0-9,]+ a month/.test(li.textContent));
	const first = document.querySelector('.verdict p');
	const overflowing = [];
	document.querySelectorAll('section[aria-labelledby=side-heading] *').forEach(el => {
		if (el.scrollWidth > el.clientWidth && getComputedStyle(el).display !== 'inline') overflowing.push(el.tagName + '.' + el.className + ': ' + el.scrollWidth + ' > ' + el.clientWidth);
	});
	const blocks = [...document.querySelectorAll('table.compare tbody tr')].map(tr => ({
		axis: tr.querySelector('th').textContent.trim(),
		names: [...tr.querySelectorAll('.cell-path')].filter(s => {
			const b = s.getBoundingClientRect();
			return b.width > 0 && b.left >= 0 && b.right <= window.innerWidth;
		}).map(s => s.textContent.trim()),
	}));
	return {
		scrollWidth: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight,
		verdict: first ? first.textContent.trim() : '', verdictEnd: first ? first.getBoundingClientRect().bottom + window.scrollY : 1e9,
		money: money ? money.textContent.trim() : '', moneyEnd: money ? money.getBoundingClientRect().bottom + window.scrollY : 1e9,
		tableDisplay: getComputedStyle(document.querySelector('table.compare')).display,
		overflowing, blocks,
	};
})()`

// makeComparison opens a new comparison (from an assessment when query
// names one), keeps the pre-filled inputs and the paths chosen (all paths
// in add checked too, and only the first keep of them), saves it and
// returns the owner's page, the share view and the compared paths' names.
func makeComparison(t *testing.T, ctx context.Context, app *testkit.App, query string, add []string, keep int) (owner, share string, names []string) {
	t.Helper()
	want, _ := json.Marshal(append([]string{}, add...))
	testkit.Run(t, ctx, viewport(390), chromedp.Navigate(app.URL+"/comparisons/new"+query))
	testkit.Get(t, ctx, chromedp.Evaluate[bool](`(() => {
		const boxes = [...document.querySelectorAll('input[name=paths]')];
		boxes.forEach(i => i.checked = i.checked || `+string(want)+`.includes(i.value));
		boxes.filter(i => i.checked).slice(`+strconv.Itoa(keep)+`).forEach(i => i.checked = false);
		return true;
	})()`))
	if status := testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`section[aria-labelledby=change-heading] button[type=submit]`))); status != 200 {
		t.Fatalf("saving the comparison = %d", status)
	}
	owner = testkit.Get(t, ctx, chromedp.Evaluate[string](`location.pathname`))
	share = testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(`a.link-box[aria-describedby=share-label]`)))
	names = testkit.Get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('table.compare thead th')].map(th => th.firstChild.textContent.trim())`))
	if len(names) != keep {
		t.Fatalf("compared %v; want %d paths", names, keep)
	}
	return app.URL + owner, share, names
}

var monthlyAmount = regexp.MustCompile(`\$[0-9,]+ a month`)

// TestComparisonAnswersFirstAndFitsAPhone: for two and three paths, linked
// to an assessment and not, the owner's page and the share view at
// 390 × 844 say on the first screen which path comes out ahead (or that it
// is close) in the right voice and a monthly amount; nothing in the side by
// side scrolls sideways; every axis block shows every compared path's name
// inside the screen; the page stays under 6,000 px; at 1,280 px the table
// is a table.
func TestComparisonAnswersFirstAndFitsAPhone(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	assessment := strings.TrimPrefix(sharePathOf(t, app, completeAssessment(t, app, nil)), "/r/")
	cases := []struct {
		name, query string
		add         []string
		keep        int
		owner, them string // how the verdict opens for the owner and on the share view
	}{
		{"two paths, not linked", "", nil, 2, "Weighing every axis the same, ", "Weighing every axis the same, "},
		{"three paths, not linked", "", []string{"ai-consulting"}, 3, "Weighing every axis the same, ", "Weighing every axis the same, "},
		// From an assessment: its best path on each track, less the last
		// for two, so the projected side hustle and job keep their defaults.
		{"two paths, linked", "?assessment=" + assessment, nil, 2, "On your answers, ", "On the owner's answers, "},
		{"three paths, linked", "?assessment=" + assessment, nil, 3, "On your answers, ", "On the owner's answers, "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := testkit.Browser(t)
			owner, share, names := makeComparison(t, ctx, app, tc.query, tc.add, tc.keep)
			for _, page := range []struct{ who, url, opens string }{{"owner", owner, tc.owner}, {"share", share, tc.them}} {
				testkit.Run(t, ctx, viewport(390), chromedp.Navigate(page.url))
				m := testkit.Get(t, ctx, chromedp.Evaluate[phonePage](measurePhone))
				t.Logf("%s at 390 px: %.0f px tall", page.who, m.Height)
				// CROSSROADS_SCREENSHOTS names a folder to keep each phone page in, to look at.
				if dir := os.Getenv("CROSSROADS_SCREENSHOTS"); dir != "" {
					png := testkit.Get(t, ctx, chromedp.FullScreenshot(100))
					_ = os.WriteFile(dir+"/"+strings.ReplaceAll(tc.name, " ", "")+"-"+page.who+"-390.png", png, 0o644)
				}
				if !strings.HasPrefix(m.Verdict, page.opens) || !strings.Contains(m.Verdict, "comes out ahead") && !strings.Contains(m.Verdict, "close call") {
					t.Errorf("%s: verdict %q; want it to open %q and name who comes out ahead or call it close", page.who, m.Verdict, page.opens)
				}
				if page.who == "share" && secondPerson.MatchString(m.Verdict) {
					t.Errorf("share view's verdict speaks to its reader: %q", m.Verdict)
				}
				if m.VerdictEnd > 844 || m.MoneyEnd > 844 || !monthlyAmount.MatchString(m.Money) {
					t.Errorf("%s: first screen ends at 844 px; verdict ends at %.0f, money line %q at %.0f", page.who, m.VerdictEnd, m.Money, m.MoneyEnd)
				}
				if m.ScrollWidth != 390 || len(m.Overflowing) > 0 {
					t.Errorf("%s: page %.0f px wide; scrolling sideways: %v", page.who, m.ScrollWidth, m.Overflowing)
				}
				if len(m.Blocks) < 10 {
					t.Errorf("%s: %d axis blocks", page.who, len(m.Blocks))
				}
				for _, b := range m.Blocks {
					if strings.Join(b.Names, "|") != strings.Join(names, "|") {
						t.Errorf("%s: axis %q shows %v inside the screen; want %v", page.who, b.Axis, b.Names, names)
					}
				}
				if m.Height > 6000 {
					t.Errorf("%s: %.0f px tall at 390 px; want at most 6,000", page.who, m.Height)
				}
				testkit.Run(t, ctx, viewport(1280), chromedp.Navigate(page.url))
				wide := testkit.Get(t, ctx, chromedp.Evaluate[phonePage](measurePhone))
				t.Logf("%s at 1280 px: %.0f px tall", page.who, wide.Height)
				if wide.TableDisplay != "table" || len(wide.Blocks[0].Names) != 0 {
					t.Errorf("%s at 1,280 px: table shown as %q, names in cells %v; want the plain table", page.who, wide.TableDisplay, wide.Blocks[0].Names)
				}
			}
		})
	}
}
