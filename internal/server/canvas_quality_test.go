package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestCanvasPagesPassQualityCheck runs axe-core (WCAG 2.2 A/AA) and the Nu
// HTML Checker on every state a canvas page can be in.
func TestCanvasPagesPassQualityCheck(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	assessment := canvasLinkedAssessmentFor(t, app, "4")

	testkit.CheckPage(t, ctx, app.URL+"/canvases/new")
	testkit.CheckPage(t, ctx, app.URL+"/canvases/new?path=ai-micro-saas&assessment="+assessment)
	testkit.CheckPage(t, ctx, app.URL+"/canvases/new?path=no-such-path&assessment=nope")

	// An edit page with findings in most boxes, linked to an assessment and
	// a path, just created (the "bookmark this" notice is on).
	form := canvasFilledForm()
	form.Set("path", "ai-micro-saas")
	form.Set("assessment", assessment)
	form.Set("hours_per_week", "9") // over the assessment's 4 free hours
	form.Set("pains.1.what", "Returns because the text and photos disagree")
	form.Set("dependencies.1.platform", "Instagram")
	form.Set("dependencies.1.mitigation", "A mailing list of our own")
	form.Set("justifies_time", "no")
	form.Set("aligned", "unsure")
	edit := canvasCreate(t, app, form)
	testkit.CheckPage(t, ctx, app.URL+edit+"?saved=new")
	testkit.CheckPage(t, ctx, app.URL+edit+"?done=saved")
	testkit.CheckPage(t, ctx, app.URL+edit+"?done=share")
	share := canvasSharePathOf(t, app, edit)
	testkit.CheckPage(t, ctx, app.URL+share)

	// A blank canvas: every box has a finding and nothing to show.
	blank := canvasCreate(t, app, url.Values{})
	testkit.CheckPage(t, ctx, app.URL+blank)
	testkit.CheckPage(t, ctx, app.URL+canvasSharePathOf(t, app, blank))

	// The 422 state, as served to a plain HTTP client, for the HTML checker…
	bad := canvasFilledForm()
	bad.Set("hours_per_week", "ten")
	bad.Set("pains.0.severity", "very")
	bad.Set("dependencies.0.evidence", "hearsay")
	bad.Set("niche", strings.Repeat("n", 250))
	bad.Set("title", "bad \xff bytes \x00 here")
	for _, path := range []string{"/canvases", edit} {
		resp, body := post(t, app, path, bad)
		if resp.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("POST %s with bad input = %d; want 422", path, resp.StatusCode)
		}
		testkit.CheckHTML(t, "422 from POST "+path, []byte(body))
	}

	// …and as a person produces it in the browser, for axe.
	testkit.Run(t, ctx,
		chromedp.Navigate(app.URL+edit+"/edit"),
		chromedp.Clear(chromedp.CSS(canvasField("hours_per_week"))),
		chromedp.SendKeys(chromedp.CSS(canvasField("hours_per_week")), "ten"),
	)
	if status := canvasSubmit(t, ctx, `button[name=op][value=save]`); status != http.StatusUnprocessableEntity {
		t.Fatalf("saving “ten” hours in the browser answered %d; want 422", status)
	}
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS(canvasField("hours_per_week")))); v != "ten" {
		t.Errorf("the rejected value came back as %q; want it kept as typed", v)
	}
	testkit.CheckAxe(t, ctx, "422 canvas edit page in the browser")

	// Delete: the confirmation page, then the deleted page.
	testkit.CheckPage(t, ctx, app.URL+edit+"/delete") // leaves the browser there
	if status := canvasSubmit(t, ctx, `main form button[type=submit]`); status != http.StatusOK {
		t.Fatalf("deleting in the browser answered %d", status)
	}
	testkit.CheckAxe(t, ctx, "deleted page")
	resp, body := post(t, app, blank+"/delete", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST delete = %d", resp.StatusCode)
	}
	testkit.CheckHTML(t, "deleted page", []byte(body))
}

// TestCanvasBoardPagesPassQualityCheck runs the same checks on the board's
// own pages: every box's form (in the walk too), the one-page editor,
// planning a test, its card, and each form's 422.
func TestCanvasBoardPagesPassQualityCheck(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	form := canvasFilledForm()
	form.Set("path", "ai-micro-saas")
	form.Set("pains.1.what", "Returns because the text and photos disagree")
	edit := canvasCreate(t, app, form)
	share := canvasSharePathOf(t, app, edit)

	// A tab of their own: each tab has a time limit, and these are many.
	boxes := testkit.Browser(t)
	for _, b := range canvas.Boxes() {
		testkit.CheckPage(t, boxes, app.URL+edit+"/boxes/"+string(b.ID))
	}
	testkit.CheckPage(t, boxes, app.URL+edit+"/boxes/pains?walk=1")
	testkit.CheckPage(t, ctx, app.URL+edit+"/edit")
	testkit.CheckPage(t, ctx, app.URL+edit+"/tests/new?claim=pains.0")
	if resp, body := post(t, app, edit+"/tests", url.Values{"claim": {"pains.0"}, "belief": {"b"}, "kind": {"conversations"}, "test": {"t"}, "pass_mark": {"p"}, "due": {"2027-01-31"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("planning a test = %d\n%s", resp.StatusCode, body)
	}
	testkit.CheckPage(t, ctx, app.URL+edit+"/tests/1")
	testkit.CheckPage(t, ctx, app.URL+edit+"?done=saved")
	testkit.CheckPage(t, ctx, app.URL+share)
	for path, form := range map[string]url.Values{
		edit + "/boxes/pains": {"pains.0.what": {"x"}, "pains.0.severity": {"very"}, "pains.0.evidence": {"hearsay"}},
		edit + "/boxes/hours": {"hours_per_week": {"ten"}},
		edit + "/tests":       {"claim": {"pains.0"}, "kind": {"nope"}, "due": {"soon"}},
		edit + "/tests/1":     {"seen": {"s"}, "outcome": {"maybe"}},
		"/canvases":           {"step": {"start"}, "title": {strings.Repeat("t", 250)}},
	} {
		resp, body := post(t, app, path, form)
		if resp.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("POST %s with bad input = %d; want 422", path, resp.StatusCode)
		}
		testkit.CheckHTML(t, "422 from POST "+path, []byte(body))
	}
	testkit.Run(t, ctx, chromedp.Navigate(app.URL+edit+"/tests/1"))
	if status := canvasSubmit(t, ctx, `main form button[type=submit]`); status != http.StatusUnprocessableEntity {
		t.Fatalf("an empty learning card in the browser answered %d; want 422", status)
	}
	testkit.CheckAxe(t, ctx, "422 learning card in the browser")

}
