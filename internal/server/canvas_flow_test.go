package server_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/testkit"
)

// noScript turns JavaScript off in the tab: every canvas form must work
// without it.
func noScript() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	})
}

// TestCanvasFlowInChromium sketches a canvas as a person would, with
// JavaScript off: the short first step, the board, one box's form (typing,
// clicking radios, adding a row), then a test of the riskiest assumption
// planned and its passed result recorded, after which the claim's evidence
// mark and the readiness move; last, the share link in a fresh browser,
// where nothing can be edited.
func TestCanvasFlowInChromium(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)

	testkit.Run(t, ctx, noScript(), chromedp.Navigate(app.URL+"/canvases/new"))
	if n := testkit.Get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#readiness-score, textarea').length`)); n != 0 {
		t.Errorf("the first step shows a score or the whole canvas (%d elements)", n)
	}
	testkit.Run(t, ctx,
		chromedp.SendKeys(chromedp.CSS(canvasField("title")), "Listings that sell"),
		chromedp.SendKeys(chromedp.CSS(canvasField("niche")), "independent bookshops in Leeds"),
	)
	if status := canvasSubmit(t, ctx, `button[name=next][value=board]`); status != 200 {
		t.Fatalf("starting the canvas answered %d", status)
	}
	loc := testkit.Get(t, ctx, chromedp.Location())
	if !strings.Contains(loc, "/canvas/") || !strings.Contains(loc, "saved=new") {
		t.Fatalf("starting a canvas went to %s; want its private board", loc)
	}
	if body := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS("main"))); !strings.Contains(body, "Bookmark this private link") {
		t.Error("a new canvas shows no “bookmark this private link” notice")
	}

	// The pains box's own form: one pain typed, a row added (which saves
	// and keeps it), a second typed, then Save back to the board.
	if status := canvasSubmit(t, ctx, `#box-pains a.tile-edit`); status != 200 {
		t.Fatalf("the pains box's form answered %d", status)
	}
	testkit.Run(t, ctx,
		chromedp.SendKeys(chromedp.CSS(canvasField("pains.0.what")), "New stock sits unlisted for weeks"),
		chromedp.SendKeys(chromedp.CSS(canvasField("pains.0.how_often")), "every delivery"),
		chromedp.Click(chromedp.CSS(canvasRadio("pains.0.severity", "4"))),
		chromedp.Click(chromedp.CSS(canvasRadio("pains.0.evidence", "assumption"))),
	)
	if status := canvasSubmit(t, ctx, `button[name=op][value=add-pain]`); status != 200 {
		t.Fatalf("adding a pain point answered %d", status)
	}
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS(canvasField("pains.0.what")))); v != "New stock sits unlisted for weeks" {
		t.Errorf("pain point 1 after adding a row = %q; the typed text was lost", v)
	}
	testkit.Run(t, ctx,
		chromedp.SendKeys(chromedp.CSS(canvasField("pains.1.what")), "Returns because the text and photos disagree"),
		chromedp.Click(chromedp.CSS(canvasRadio("pains.1.severity", "3"))),
		chromedp.Click(chromedp.CSS(canvasRadio("pains.1.evidence", "observed"))),
	)
	if status := canvasSubmit(t, ctx, `button[name=op][value=save]`); status != 200 {
		t.Fatalf("saving the pains box answered %d", status)
	}
	board := testkit.Get(t, ctx, chromedp.TextContent(chromedp.CSS(".board")))
	for _, want := range []string{"New stock sits unlisted for weeks", "Returns because the text and photos disagree"} {
		if !strings.Contains(board, want) {
			t.Errorf("the board does not show %q", want)
		}
	}
	if got := canvasEvidenceMark(t, ctx); got != "Evidence: assumption" {
		t.Errorf("pains evidence mark = %q; want the weakest, assumption", got)
	}
	before := canvasReadiness(t, ctx)

	// Plan a test of the riskiest assumption: our suggestion, changed to a
	// landing page, planned; then its passed result recorded.
	if status := canvasSubmit(t, ctx, `.next-test a.button`); status != 200 {
		t.Fatalf("Plan a test answered %d", status)
	}
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS(canvasField("test")))); !strings.Contains(v, "Talk to five people") {
		t.Errorf("the plan form is not pre-filled with our suggestion: %q", v)
	}
	testkit.Run(t, ctx, chromedp.Click(chromedp.CSS(canvasRadio("kind", "landing-page"))))
	if status := canvasSubmit(t, ctx, `main form button[type=submit]`); status != 200 {
		t.Fatalf("planning the test answered %d", status)
	}
	if s := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS("#tests"))); !strings.Contains(s, "Planned") {
		t.Errorf("the board's test cards say %q; want the card planned", s)
	}
	if status := canvasSubmit(t, ctx, `#tests a`); status != 200 {
		t.Fatalf("the test card's page answered %d", status)
	}
	testkit.Run(t, ctx,
		chromedp.SendKeys(chromedp.CSS(canvasField("seen")), "Seven sign-ups in a week"),
		chromedp.SendKeys(chromedp.CSS(canvasField("decision")), "Offer a paid pilot"),
		chromedp.Click(chromedp.CSS(canvasRadio("outcome", "passed"))),
	)
	if status := canvasSubmit(t, ctx, `main form button[type=submit]`); status != 200 {
		t.Fatalf("recording the result answered %d", status)
	}
	if got := canvasEvidenceMark(t, ctx); got != "Evidence: observed" {
		t.Errorf("pains evidence mark after a passed landing page = %q; want observed (pain 1 validated, pain 2 observed)", got)
	}
	if after := canvasReadiness(t, ctx); after <= before {
		t.Errorf("readiness went from %d to %d after validating the riskiest assumption; want it to rise", before, after)
	}

	shareURL := testkit.Get(t, ctx, chromedp.TextContent(chromedp.CSS(`#sharing a.link-box`)))
	viewer := testkit.Browser(t)
	testkit.Run(t, viewer, chromedp.Navigate(shareURL))
	main := testkit.Get(t, viewer, chromedp.TextContent(chromedp.CSS("main")))
	for _, want := range []string{"Listings that sell", "independent bookshops in Leeds", "New stock sits unlisted for weeks", "They observed: Seven sign-ups", "Passed"} {
		if !strings.Contains(main, want) {
			t.Errorf("the share view does not show %q", want)
		}
	}
	if n := testkit.Get(t, viewer, chromedp.Evaluate[int](`document.querySelectorAll('main form, main input, main textarea, main select, main button').length`)); n != 0 {
		t.Errorf("the share view has %d form controls; want none", n)
	}
}

// TestCanvasBoardFitsTheScreen: at 1,280×800 every box of a full board,
// the owner's and the share view, is on screen without scrolling; at 390
// px nothing scrolls sideways and no box is taller than the screen.
func TestCanvasBoardFitsTheScreen(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	form := canvasFilledForm()
	long := strings.Repeat("A long sentence about the niche and what it needs, ", 30)
	form.Set("niche", long[:190])
	for _, k := range []string{"alternatives", "value_get", "value_give", "advantage", "channels", "commoditisation", "real_problem_why"} {
		form.Set(k, long)
	}
	for i := range 10 {
		k := "pains." + strconv.Itoa(i) + "."
		form.Set(k+"what", long)
		form.Set(k+"severity", "3")
		form.Set("dependencies."+strconv.Itoa(i)+".platform", "Platform "+strconv.Itoa(i))
		form.Set("dependencies."+strconv.Itoa(i)+".mitigation", long)
	}
	edit := canvasCreate(t, app, form)
	share := canvasSharePathOf(t, app, edit)
	blank := canvasCreate(t, app, nil)

	type fit struct {
		Tiles      int     `json:"tiles"`
		Outside    int     `json:"outside"`
		Tallest    float64 `json:"tallest"`
		ScrollW    int     `json:"scrollW"`
		ViewportW  int     `json:"viewportW"`
		ViewportH  int     `json:"viewportH"`
		BoardFirst bool    `json:"boardFirst"`
	}
	const measure = `(() => {
		const tiles = [...document.querySelectorAll('.board .tile')];
		const vw = window.innerWidth, vh = window.innerHeight;
		return {
			tiles: tiles.length,
			outside: tiles.filter(e => { const r = e.getBoundingClientRect(); return r.top < 0 || r.left < 0 || r.bottom > vh || r.right > vw; }).length,
			tallest: Math.max(...tiles.map(e => e.getBoundingClientRect().height)),
			scrollW: document.documentElement.scrollWidth, viewportW: vw, viewportH: vh,
			boardFirst: window.scrollY === 0,
		};
	})()`
	for _, path := range []string{edit, share, blank} {
		ctx := testkit.Browser(t)
		testkit.Run(t, ctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(app.URL+path))
		got := testkit.Get(t, ctx, chromedp.Evaluate[fit](measure))
		if got.Tiles != 10 || got.Outside != 0 || !got.BoardFirst {
			t.Errorf("%s at 1280×800: %+v; want all ten boxes on screen without scrolling", path, got)
		}
		testkit.Run(t, ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulatePortrait), chromedp.Navigate(app.URL+path))
		got = testkit.Get(t, ctx, chromedp.Evaluate[fit](measure))
		if got.Tiles != 10 || got.ScrollW > got.ViewportW || got.Tallest > float64(got.ViewportH) {
			t.Errorf("%s at 390 px: %+v; want no sideways scroll and no box taller than the screen", path, got)
		}
	}
}

// canvasEvidenceMark reads the pains box's evidence mark.
func canvasEvidenceMark(t *testing.T, ctx context.Context) string {
	t.Helper()
	return strings.TrimSpace(testkit.Get(t, ctx, chromedp.TextContent(chromedp.CSS("#box-pains .evidence"))))
}

// canvasReadiness reads the readiness score of the full self-check (behind
// its one click, so read from the document rather than the screen).
func canvasReadiness(t *testing.T, ctx context.Context) int {
	t.Helper()
	s := testkit.Get(t, ctx, chromedp.TextContent(chromedp.CSS("#readiness-score")))
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		t.Fatalf("readiness %q: %v", s, err)
	}
	return n
}
