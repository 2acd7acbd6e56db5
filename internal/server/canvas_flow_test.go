package server_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/crossroads/crossroads/internal/testkit"
)

// TestCanvasFlowInChromium sketches a canvas as a person would: typing,
// clicking radios, adding a second pain point without JavaScript doing any
// of the work, watching the self-check react, then opening the share link
// in a fresh browser where nothing can be edited.
func TestCanvasFlowInChromium(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)

	testkit.Run(t, ctx, chromedp.Navigate(app.URL+"/canvases/new"))
	if got := canvasReadiness(t, ctx); got != 0 {
		t.Errorf("a blank canvas has readiness %d; want 0", got)
	}

	// The first pain point, typed and clicked like a person.
	testkit.Run(t, ctx,
		chromedp.SendKeys(chromedp.CSS(canvasField("title")), "Listings that sell"),
		chromedp.SendKeys(chromedp.CSS(canvasField("pains.0.what")), "New stock sits unlisted for weeks"),
		chromedp.SendKeys(chromedp.CSS(canvasField("pains.0.how_often")), "every delivery"),
		chromedp.Click(chromedp.CSS(canvasRadio("pains.0.severity", "4"))),
		chromedp.Click(chromedp.CSS(canvasRadio("pains.0.evidence", "observed"))),
	)
	// "Add a pain point" creates the canvas, keeps what was typed, and
	// lands on the private edit link with a new, empty row.
	if status := canvasSubmit(t, ctx, `button[name=op][value=add-pain]`); status != 200 {
		t.Fatalf("after adding a pain point the page answered %d", status)
	}
	loc := testkit.Get(t, ctx, chromedp.Location())
	if !strings.Contains(loc, "/canvas/") || !strings.Contains(loc, "saved=new") {
		t.Fatalf("adding a row on a new canvas went to %s; want its private edit link", loc)
	}
	if body := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS("main"))); !strings.Contains(body, "Bookmark this private link") {
		t.Error("a new canvas shows no “bookmark this private link” notice")
	}
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS(canvasField("pains.0.what")))); v != "New stock sits unlisted for weeks" {
		t.Errorf("pain point 1 after adding a row = %q; the typed text was lost", v)
	}
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS(canvasField("pains.1.what")))); v != "" {
		t.Errorf("the new pain point row is not empty: %q", v)
	}

	// The second pain point, then "Save canvas".
	testkit.Run(t, ctx,
		chromedp.SendKeys(chromedp.CSS(canvasField("pains.1.what")), "Returns because the text and photos disagree"),
		chromedp.SendKeys(chromedp.CSS(canvasField("pains.1.how_often")), "weekly"),
		chromedp.Click(chromedp.CSS(canvasRadio("pains.1.severity", "3"))),
	)
	if status := canvasSubmit(t, ctx, `button[name=op][value=save]`); status != 200 {
		t.Fatalf("saving answered %d", status)
	}
	for i, want := range []string{"New stock sits unlisted for weeks", "Returns because the text and photos disagree"} {
		if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS(canvasField("pains."+strconv.Itoa(i)+".what")))); v != want {
			t.Errorf("pain point %d after saving = %q; want %q", i+1, v, want)
		}
	}
	before := canvasReadiness(t, ctx)
	if !canvasNicheFlagged(t, ctx) {
		t.Fatal("the self-check does not flag the empty niche")
	}

	// Filling the niche box and pressing Enter in it saves (Enter must hit
	// "Save canvas", never a remove button); the finding goes away and
	// readiness rises by the niche's 15 points.
	if _, err := chromedp.RunResponse(ctx, chromedp.SendKeys(chromedp.CSS(canvasField("niche")), "independent bookshops in Leeds"+kb.Enter)); err != nil {
		t.Fatal(err)
	}
	if canvasNicheFlagged(t, ctx) {
		t.Error("the niche finding is still shown after naming a specific niche")
	}
	if after := canvasReadiness(t, ctx); after != before+15 {
		t.Errorf("readiness went from %d to %d after filling the niche; want +15", before, after)
	}
	if n := testkit.Get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('fieldset.canvas-row > legend').length`)); n != 3 {
		t.Errorf("%d repeatable rows after saving; want 2 pain points and 1 dependency row", n)
	}

	shareURL := testkit.Get(t, ctx, chromedp.TextContent(chromedp.CSS(`#sharing a.link-box`)))
	if !strings.Contains(shareURL, "/shared/canvas/") {
		t.Fatalf("share link %q", shareURL)
	}

	// A different person: a fresh browser context with no cookies or history.
	viewer := testkit.Browser(t)
	testkit.Run(t, viewer, chromedp.Navigate(shareURL))
	main := testkit.Get(t, viewer, chromedp.Text(chromedp.CSS("main")))
	for _, want := range []string{"Listings that sell", "independent bookshops in Leeds", "New stock sits unlisted for weeks", "Returns because the text and photos disagree", "Readiness"} {
		if !strings.Contains(main, want) {
			t.Errorf("the share view does not show %q", want)
		}
	}
	if n := testkit.Get(t, viewer, chromedp.Evaluate[int](`document.querySelectorAll('main form, main input, main textarea, main select, main button').length`)); n != 0 {
		t.Errorf("the share view has %d form controls; want none", n)
	}
}

// canvasReadiness reads the readiness score the page shows.
func canvasReadiness(t *testing.T, ctx context.Context) int {
	t.Helper()
	s := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS("#readiness-score")))
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		t.Fatalf("readiness %q: %v", s, err)
	}
	return n
}

// canvasNicheFlagged reports whether the niche box shows a finding.
func canvasNicheFlagged(t *testing.T, ctx context.Context) bool {
	t.Helper()
	return testkit.Get(t, ctx, chromedp.Evaluate[bool](`document.querySelector('#box-niche .findings') !== null`))
}
