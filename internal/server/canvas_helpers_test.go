package server_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// canvasDo sends a request with a raw body of the given type and reads the
// whole body.
func canvasDo(t *testing.T, app *testkit.App, method, path, contentType, body string) (*http.Response, string) {
	t.Helper()
	req := newRequest(t, app, method, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return do(t, app, req)
}

var canvasEditRE = regexp.MustCompile(`^(/canvas/[A-Za-z0-9_-]{43})\?saved=new(#.*)?$`)

// canvasCreate posts a new canvas and returns its private edit path.
func canvasCreate(t *testing.T, app *testkit.App, form url.Values) string {
	t.Helper()
	resp, body := post(t, app, "/canvases", form)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST /canvases = %d; want 303\n%s", resp.StatusCode, body)
	}
	m := canvasEditRE.FindStringSubmatch(resp.Header.Get("Location"))
	if m == nil {
		t.Fatalf("POST /canvases redirected to %q; want the private edit link", resp.Header.Get("Location"))
	}
	return m[1]
}

var canvasShareRE = regexp.MustCompile(`href="https?://[^/"]+(/shared/canvas/[A-Za-z0-9_-]{22})"`)

// canvasSharePathOf reads the share link from the owner's edit page.
func canvasSharePathOf(t *testing.T, app *testkit.App, edit string) string {
	t.Helper()
	resp, body := get(t, app, edit)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d", edit, resp.StatusCode)
	}
	m := canvasShareRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("the edit page shows no share link")
	}
	return m[1]
}

// canvasLinkedAssessmentFor stores an assessment that says hours are free and
// returns its share id; canvases only read its share id and that answer.
func canvasLinkedAssessmentFor(t *testing.T, app *testkit.App, hours string) string {
	t.Helper()
	_, hash := capability.NewSecret()
	share := capability.NewShareID()
	if _, err := app.Store.CreateAssessment(context.Background(), hash, share, "test", map[string][]string{questionnaire.HustleHours: {hours}}); err != nil {
		t.Fatal(err)
	}
	return share
}

// canvasFilledForm is a form with something in most boxes and gaps the
// self-check should flag (no channel, one unmitigated dependency).
func canvasFilledForm() url.Values {
	return url.Values{
		"title":                   {"Listings that sell"},
		"niche":                   {"independent bookshops in Leeds"},
		"pains.0.what":            {"New stock sits unlisted for weeks"},
		"pains.0.how_often":       {"every delivery"},
		"pains.0.severity":        {"4"},
		"pains.0.evidence":        {"observed"},
		"alternatives":            {"The owner types listings at night"},
		"value_get":               {"Listings written within a day"},
		"value_give":              {"A monthly fee"},
		"price":                   {"$150 a month"},
		"advantage":               {"Ten years running a bookshop"},
		"dependencies.0.platform": {"A hosted language model"},
		"commoditisation":         {"Relationships with local shops"},
		"hours_per_week":          {"6"},
		"real_problem":            {"yes"},
		"real_problem_why":        {"Three owners said so"},
		"op":                      {"save"},
	}
}

// canvasSubmit clicks a submit button and waits for the page it leads to,
// returning that page's HTTP status.
func canvasSubmit(t *testing.T, ctx context.Context, sel string) int64 {
	t.Helper()
	resp, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("submit %s: %v", sel, err)
	}
	if resp == nil {
		return 0
	}
	return resp.Status
}

// canvasField selects a form control by its name, since ids such as
// "f-pains.0.what" would need escaping in CSS.
func canvasField(name string) string { return `[name="` + name + `"]` }

// canvasRadio selects one radio button of a group.
func canvasRadio(name, value string) string {
	return `input[name="` + name + `"][value="` + value + `"]`
}
