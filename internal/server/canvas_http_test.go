package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

func TestCanvasCreateGivesAPrivateEditLink(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	edit := canvasCreate(t, app, canvasFilledForm())

	resp, body := get(t, app, edit+"?saved=new")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("edit page = %d", resp.StatusCode)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("edit page Cache-Control = %q; want no-store", cc)
	}
	mustContain(t, "new canvas's board", body,
		"Bookmark this private link", edit, `name="robots" content="noindex`,
		">Listings that sell</h1>", "independent bookshops in Leeds",
		// Every box links to its own form.
		`href="`+edit+`/boxes/niche"`, `href="`+edit+`/boxes/questions"`,
		// The self-check, one click away: readiness, its breakdown, the
		// riskiest assumption and every finding under its box.
		`id="readiness-score"`, "How the readiness score adds up", "A specific niche",
		"Riskiest assumption", "Relying on A hosted language model",
		"Name where the first customers will be reached", "building houses on rented land",
		"How the self-check works",
	)
	// The one-page editor of every box is still there for those who want it.
	_, body = get(t, app, edit+"/edit")
	mustContain(t, "one-page editor", body, `value="Listings that sell"`, "independent bookshops in Leeds")
	var data canvas.Canvas
	if err := app.Pool.QueryRow(context.Background(), `SELECT data FROM canvases`).Scan(&data); err != nil {
		t.Fatal(err)
	}
	if data.Niche != "independent bookshops in Leeds" || data.HoursPerWeek != 6 || len(data.Pains) != 1 || data.Pains[0].Severity != 4 || data.RealProblem != canvas.Yes {
		t.Errorf("stored canvas = %+v", data)
	}
	// The dependency row has a platform but no plan B: it is kept (and flagged).
	if len(data.Dependencies) != 1 || data.Dependencies[0].Platform != "A hosted language model" {
		t.Errorf("stored dependencies = %+v", data.Dependencies)
	}
}

func TestCanvasRowsAreAddedAndRemovedWithoutJavaScript(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	form := url.Values{"pains.0.what": {"First pain"}, "op": {"add-pain"}}
	resp, _ := post(t, app, "/canvases", form)
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasSuffix(loc, "?saved=new#f-pains.1.what") {
		t.Fatalf("add-pain on a new canvas = %d → %q; want 303 to the new row", resp.StatusCode, loc)
	}
	edit := canvasEditRE.FindStringSubmatch(resp.Header.Get("Location"))[1]
	_, body := get(t, app, edit+"/edit")
	mustContain(t, "edit page after adding a row", body, `name="pains.1.what"`, ">First pain</textarea>", `value="remove-pain-1"`)

	// Each button saves everything typed, then changes the rows.
	resp, _ = post(t, app, edit, url.Values{
		"pains.0.what": {"First pain"}, "pains.1.what": {"Second pain"},
		"dependencies.0.platform": {"Etsy"}, "op": {"add-dependency"},
	})
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasSuffix(loc, "?done=saved#f-dependencies.1.platform") {
		t.Fatalf("add-dependency = %d → %q", resp.StatusCode, loc)
	}
	resp, _ = post(t, app, edit, url.Values{
		"pains.0.what": {"First pain"}, "pains.1.what": {"Second pain, edited"},
		"dependencies.0.platform": {"Etsy"}, "dependencies.1.platform": {"Instagram"}, "op": {"remove-pain-0"},
	})
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasSuffix(loc, "?done=saved#box-pains") {
		t.Fatalf("remove-pain-0 = %d → %q", resp.StatusCode, loc)
	}
	var data canvas.Canvas
	if err := app.Pool.QueryRow(context.Background(), `SELECT data FROM canvases`).Scan(&data); err != nil {
		t.Fatal(err)
	}
	if len(data.Pains) != 1 || data.Pains[0].What != "Second pain, edited" || len(data.Dependencies) != 2 || data.Dependencies[1].Platform != "Instagram" {
		t.Errorf("after removing pain point 1: %+v / %+v", data.Pains, data.Dependencies)
	}

	// A plain save tidies away rows left blank.
	post(t, app, edit, url.Values{
		"pains.0.what": {"Second pain, edited"}, "pains.1.what": {""}, "pains.1.evidence": {"observed"},
		"dependencies.0.platform": {"Etsy"}, "dependencies.1.platform": {" "}, "op": {"save"},
	})
	if err := app.Pool.QueryRow(context.Background(), `SELECT data FROM canvases`).Scan(&data); err != nil {
		t.Fatal(err)
	}
	if len(data.Pains) != 1 || len(data.Dependencies) != 1 {
		t.Errorf("blank rows survived a save: %+v / %+v", data.Pains, data.Dependencies)
	}
}

func TestCanvasValidationKeepsEveryTypedValueAndSavesNothing(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	edit := canvasCreate(t, app, canvasFilledForm())

	form := canvasFilledForm()
	form.Set("niche", "a niche nobody will see saved")
	form.Set("hours_per_week", "ten")
	form.Set("pains.0.severity", "7")
	resp, body := post(t, app, edit, form)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("invalid save = %d; want 422", resp.StatusCode)
	}
	mustContain(t, "422 page", body,
		"<title>Error: Listings that sell", `class="error-summary"`,
		`<a href="#f-hours_per_week">Enter the hours per week as a whole number`,
		`<a href="#f-pains.0.severity-0">Rate pain point 1 from 1 (mild) to 5 (severe)`,
		`id="f-hours_per_week-error"`, `aria-invalid="true"`,
		`value="ten"`, `value="a niche nobody will see saved"`, ">New stock sits unlisted for weeks</textarea>",
	)
	var niche string
	if err := app.Pool.QueryRow(context.Background(), `SELECT data->>'niche' FROM canvases`).Scan(&niche); err != nil || niche != "independent bookshops in Leeds" {
		t.Errorf("stored niche after a rejected save = %q (%v); want it unchanged", niche, err)
	}
}

func TestCanvasShareLinkCanBeReplaced(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	edit := canvasCreate(t, app, canvasFilledForm())
	oldShare := canvasSharePathOf(t, app, edit)
	if resp, _ := get(t, app, oldShare); resp.StatusCode != http.StatusOK {
		t.Fatalf("share view = %d", resp.StatusCode)
	}
	resp, _ := post(t, app, edit+"/share", nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != edit+"?done=share#sharing" {
		t.Fatalf("replace share link = %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if _, body := get(t, app, edit+"?done=share"); !strings.Contains(body, "You have a new share link") {
		t.Error("no confirmation after replacing the share link")
	}
	for _, path := range []string{oldShare, oldShare + "/export.json"} {
		if resp, body := get(t, app, path); resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "We could not find that page") {
			t.Errorf("%s after replacing = %d; want the friendly 404", path, resp.StatusCode)
		}
	}
	newShare := canvasSharePathOf(t, app, edit)
	if resp, _ := get(t, app, newShare); newShare == oldShare || resp.StatusCode != http.StatusOK {
		t.Errorf("new share link %s = %d", newShare, resp.StatusCode)
	}
}

func TestCanvasDeleteRemovesEverything(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	edit := canvasCreate(t, app, canvasFilledForm())
	keep := canvasCreate(t, app, url.Values{"title": {"Someone else's"}})
	share := canvasSharePathOf(t, app, edit)

	resp, body := get(t, app, edit+"/delete")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `action="`+edit+`/delete"`) {
		t.Fatalf("delete confirmation = %d", resp.StatusCode)
	}
	if rowCount(t, app, "canvases") != 2 {
		t.Fatal("the confirmation page deleted something")
	}
	resp, body = post(t, app, edit+"/delete", nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "Your canvas was deleted") {
		t.Fatalf("delete = %d", resp.StatusCode)
	}
	for _, path := range []string{edit, edit + "/delete", edit + "/export.json", share, share + "/export.json"} {
		if resp, body := get(t, app, path); resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "We could not find that page") {
			t.Errorf("GET %s after delete = %d; want the friendly 404", path, resp.StatusCode)
		}
	}
	for _, path := range []string{edit, edit + "/share", edit + "/delete"} {
		if resp, _ := post(t, app, path, canvasFilledForm()); resp.StatusCode != http.StatusNotFound {
			t.Errorf("POST %s after delete = %d; want 404", path, resp.StatusCode)
		}
	}
	if n := rowCount(t, app, "canvases"); n != 1 {
		t.Errorf("%d canvas rows after deleting one of two; want 1", n)
	}
	if resp, _ := get(t, app, keep); resp.StatusCode != http.StatusOK {
		t.Error("deleting one canvas broke another")
	}
}

func TestCanvasScriptIsEscaped(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	const script = `<script>alert("x")</script>`
	form := canvasFilledForm()
	form.Set("title", script)
	form.Set("niche", script)
	form.Set("pains.0.what", script)
	form.Set("dependencies.0.platform", script)
	form.Set("real_problem_why", script)
	edit := canvasCreate(t, app, form)
	share := canvasSharePathOf(t, app, edit)
	for _, path := range []string{edit, share} {
		_, body := get(t, app, path)
		if strings.Contains(body, "<script>") {
			t.Errorf("%s contains a raw <script> tag", path)
		}
		if !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("%s does not show the typed text escaped", path)
		}
	}
}

func TestCanvasShareViewIsReadOnlyWithLinkPreview(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	assessment := canvasLinkedAssessmentFor(t, app, "10")
	form := canvasFilledForm()
	form.Set("assessment", assessment)
	share := canvasSharePathOf(t, app, canvasCreate(t, app, form))
	resp, body := get(t, app, share)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("share view = %d", resp.StatusCode)
	}
	mustContain(t, "share view", body,
		`<meta property="og:title" content="Listings that sell">`,
		`<meta property="og:description" content="Readiness `,
		`<meta name="twitter:card" content="summary_large_image">`,
		`<meta property="og:image" content="`+share+`/card/`,
		`<meta property="og:image:alt" content="Crossroads. Listings that sell.`,
		"read-only copy", "New stock sits unlisted for weeks", "Riskiest assumption",
	)
	// No form, no way to the edit link, and no link to the owner's assessment.
	rest := strings.ReplaceAll(body, "/shared/canvas/", "")
	for _, forbidden := range []string{"<form", "<input", "<textarea", "/canvas/", "/r/" + assessment} {
		if strings.Contains(rest, forbidden) {
			t.Errorf("the share view contains %q", forbidden)
		}
	}
	_, desc, _ := strings.Cut(body, `<meta name="description" content="`)
	desc, _, _ = strings.Cut(desc, `"`)
	if strings.Contains(desc, "bookshop") || strings.Contains(desc, "Leeds") {
		t.Errorf("the preview description leaks the owner's words: %q", desc)
	}

	// Untitled: the preview falls back to the niche, then to a generic name.
	untitled := canvasSharePathOf(t, app, canvasCreate(t, app, url.Values{"niche": {"wedding planners"}}))
	if _, body := get(t, app, untitled); !strings.Contains(body, `og:title" content="wedding planners"`) {
		t.Error("an untitled canvas does not preview with its niche")
	}
	empty := canvasSharePathOf(t, app, canvasCreate(t, app, nil))
	if _, body := get(t, app, empty); !strings.Contains(body, `og:title" content="A niche canvas"`) {
		t.Error("an empty canvas does not preview with a generic title")
	}
}

func TestCanvasStartsFromAnAssessmentPath(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	assessment := canvasLinkedAssessmentFor(t, app, "5")
	newURL := "/canvases/new?assessment=" + assessment + "&path=ai-micro-saas"
	resp, body := get(t, app, newURL)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d", newURL, resp.StatusCode)
	}
	mustContain(t, "prefilled new canvas", body,
		"AI micro-SaaS for a niche", `href="/r/`+assessment+`"`,
		`name="assessment" value="`+assessment+`"`, `name="path" value="ai-micro-saas"`,
		// The path's known risks: a dependency row and what the sources say.
		`name="dependencies.0.platform" value="The AI platforms and models it runs on (name them)"`,
		"A starting point from the path", "Which one kind of customer will you serve?",
	)

	form := canvasFilledForm()
	form.Set("assessment", assessment)
	form.Set("path", "ai-micro-saas")
	form.Set("hours_per_week", "12")
	edit := canvasCreate(t, app, form)
	_, body = get(t, app, edit)
	mustContain(t, "edit page of a canvas from a path", body,
		`href="/r/`+assessment+`"`, "AI micro-SaaS for a niche",
		"needs 12 hours a week but the linked assessment has 5 free",
	)
	// What the sources say about the path, and the assessment's hours,
	// sit beside the boxes they are about.
	_, body = get(t, app, edit+"/boxes/dependencies")
	mustContain(t, "dependencies box of a canvas from a path", body,
		"What the sources say about this path", "building houses on rented land", "/sources#")
	_, body = get(t, app, edit+"/boxes/hours")
	mustContain(t, "hours box of a canvas from a path", body, "Your assessment says you have 5 hours a week free.")
	var pathID string
	var linked bool
	if err := app.Pool.QueryRow(context.Background(), `SELECT path_id, assessment_id IS NOT NULL FROM canvases`).Scan(&pathID, &linked); err != nil {
		t.Fatal(err)
	}
	if pathID != "ai-micro-saas" || !linked {
		t.Errorf("stored path_id = %q, linked = %v", pathID, linked)
	}

	// Links that point nowhere start a blank, unlinked canvas and say why.
	for _, q := range []string{
		"?path=no-such-path", "?assessment=" + strings.Repeat("A", 22), "?assessment=not-a-share-id&path=%00",
	} {
		resp, body := get(t, app, "/canvases/new"+q)
		if resp.StatusCode != http.StatusOK || !strings.Contains(body, `class="notice warn no-print"`) || strings.Contains(body, `name="assessment"`) {
			t.Errorf("GET /canvases/new%s = %d; want a blank canvas with a notice", q, resp.StatusCode)
		}
	}
}

func TestCanvasExportsAreJSONDownloads(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	assessment := canvasLinkedAssessmentFor(t, app, "8")
	form := canvasFilledForm()
	form.Set("assessment", assessment)
	form.Set("path", "custom-chatbots")
	edit := canvasCreate(t, app, form)
	share := canvasSharePathOf(t, app, edit)

	type export struct {
		Kind               string `json:"kind"`
		CreatedAt          string `json:"created_at"`
		ShareURL           string `json:"share_url"`
		AssessmentShareURL string `json:"assessment_share_url"`
		Path               *struct{ ID string }
		Canvas             canvas.Canvas `json:"canvas"`
		SelfCheck          canvas.Report `json:"self_check"`
	}
	read := func(path string) export {
		t.Helper()
		resp, body := get(t, app, path)
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
			!strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("GET %s = %d %q %q", path, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
		}
		var e export
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			t.Fatal(err)
		}
		return e
	}

	own := read(edit + "/export.json")
	if own.Kind != "crossroads-canvas" || own.CreatedAt == "" || !strings.HasSuffix(own.ShareURL, share) ||
		!strings.HasSuffix(own.AssessmentShareURL, "/r/"+assessment) || own.Path == nil || own.Path.ID != "custom-chatbots" {
		t.Errorf("owner export is missing something: %+v", own)
	}
	if own.Canvas.Niche != "independent bookshops in Leeds" || own.SelfCheck.Readiness == 0 || len(own.SelfCheck.Breakdown) == 0 || own.SelfCheck.Riskiest == nil {
		t.Errorf("owner export canvas/self-check: %+v", own)
	}

	shared := read(share + "/export.json")
	if shared.Kind != "crossroads-shared-canvas" || shared.CreatedAt != "" || shared.ShareURL != "" || shared.AssessmentShareURL != "" {
		t.Errorf("the shared export carries owner-only data: %+v", shared)
	}
	if shared.Canvas.Niche != own.Canvas.Niche || shared.SelfCheck.Readiness != own.SelfCheck.Readiness {
		t.Errorf("the shared export differs from what the share view shows: %+v", shared)
	}
}

// TestCanvasBadInputNeverFails throws malformed, oversized and hostile forms
// at both the create and the save handler: each gets a clear 4xx (or is
// read as a person would have meant it), never a 5xx.
func TestCanvasBadInputNeverFails(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	edit := canvasCreate(t, app, canvasFilledForm())
	form := func(kv ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Add(kv[i], kv[i+1])
		}
		return v.Encode()
	}
	const formType = "application/x-www-form-urlencoded"
	var manyPains []string
	for i := range canvas.MaxPains + 1 {
		manyPains = append(manyPains, "pains."+strconv.Itoa(i)+".what", "pain")
	}
	cases := []struct {
		name, contentType, body string
		want                    int
		says                    string // in the body, when set
	}{
		{"empty body is an empty draft", formType, "", http.StatusSeeOther, ""},
		{"long field within the body limit", formType, form("niche", strings.Repeat("x", 5000)), 422, "Shorten the niche to 200 characters or fewer (it has 5,000)"},
		{"very long box within the body limit", formType, form("alternatives", strings.Repeat("é", 20000)), 422, "Shorten the current alternatives to 2,000 characters"},
		{"body over 256 KB", formType, form("advantage", strings.Repeat("x", 300<<10)), http.StatusRequestEntityTooLarge, "That was too much text"},
		{"invalid UTF-8", formType, "title=%FF%FEabc&niche=ok", 422, "could not be read"},
		{"NUL byte", formType, form("channels", "a\x00b"), 422, "invisible control characters"},
		{"severity as words", formType, form("pains.0.what", "x", "pains.0.severity", "very bad"), 422, "Rate pain point 1 from 1 (mild) to 5 (severe)"},
		{"severity as a fraction", formType, form("pains.0.severity", "3.5"), 422, "Rate pain point 1"},
		{"severity out of range", formType, form("pains.0.severity", "99"), 422, "Rate pain point 1"},
		{"severity overflowing int", formType, form("pains.0.severity", "99999999999999999999999"), 422, "Rate pain point 1"},
		{"unknown evidence", formType, form("pains.0.what", "x", "pains.0.evidence", "hearsay"), 422, "Mark the evidence for pain point 1"},
		{"unknown dependency evidence", formType, form("dependencies.0.platform", "x", "dependencies.0.evidence", "1"), 422, "Mark the evidence for dependency 1"},
		{"hours as words", formType, form("hours_per_week", "ten"), 422, "whole number from 0 to 80"},
		{"negative hours", formType, form("hours_per_week", "-3"), 422, "Enter hours per week from 0 to 80"},
		{"too many hours", formType, form("hours_per_week", "81"), 422, "Enter hours per week from 0 to 80"},
		{"unknown answer", formType, form("aligned", "maybe"), 422, "Answer yes, no or unsure"},
		{"too many pain points", formType, form(manyPains...), 422, "List at most 10 pain points"},
		{"repeated keys count once", formType, form("niche", "wedding planners", "niche", strings.Repeat("x", 5000), "hours_per_week", "5", "hours_per_week", "ten"), http.StatusSeeOther, ""},
		{"odd row keys are ignored", formType, form("pains.x.what", "a", "pains.-1.what", "b", "pains.99999.what", "c", "pains.0.colour", "d", "pains..what", "e"), http.StatusSeeOther, ""},
		{"gaps in row numbers close up", formType, form("pains.7.what", "only row", "dependencies.3.platform", "Etsy"), http.StatusSeeOther, ""},
		{"unknown op is a save", formType, form("op", "drop-table", "niche", "x"), http.StatusSeeOther, ""},
		{"remove a row that is not there", formType, form("op", "remove-pain-9999", "pains.0.what", "x"), http.StatusSeeOther, ""},
		{"negative row to remove", formType, form("op", "remove-dependency--1"), http.StatusSeeOther, ""},
		{"malformed encoding", formType, "title=%zz&niche=%", http.StatusBadRequest, "That request did not make sense"},
		{"semicolon separators", formType, "title=a;niche=b", http.StatusBadRequest, "That request did not make sense"},
		{"JSON instead of a form", "application/json", `{"title": 3}`, http.StatusSeeOther, ""},
		{"multipart instead of a form", "multipart/form-data; boundary=x", "--x--", http.StatusSeeOther, ""},
	}
	for _, path := range []string{"/canvases", edit} {
		for _, tc := range cases {
			want := tc.want
			resp, body := canvasDo(t, app, http.MethodPost, path, tc.contentType, tc.body)
			if resp.StatusCode != want {
				t.Errorf("POST %s, %s = %d; want %d", path, tc.name, resp.StatusCode, want)
			}
			if resp.StatusCode >= 500 {
				t.Errorf("POST %s, %s: server error %d", path, tc.name, resp.StatusCode)
			}
			if tc.says != "" && !strings.Contains(body, tc.says) {
				t.Errorf("POST %s, %s: the page does not say %q", path, tc.name, tc.says)
			}
			if !utf8.ValidString(body) {
				t.Errorf("POST %s, %s: the page is not valid UTF-8", path, tc.name)
			}
		}
	}

	// Unknown, malformed and deleted capability links are friendly 404s.
	secret, shareID := strings.Repeat("A", 43), strings.Repeat("B", 22)
	for _, path := range []string{
		"/canvas/short", "/canvas/" + secret, "/canvas/" + secret + "/delete", "/canvas/" + secret + "/export.json",
		"/canvas/" + strings.Repeat("!", 43), "/canvas/" + secret + "/nope",
		"/shared/canvas/nope", "/shared/canvas/" + shareID, "/shared/canvas/" + shareID + "/export.json",
	} {
		if resp, body := get(t, app, path); resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "We could not find that page") {
			t.Errorf("GET %s = %d; want the friendly 404", path, resp.StatusCode)
		}
	}
	for _, path := range []string{"/canvas/" + secret, "/canvas/" + secret + "/share", "/canvas/" + secret + "/delete", "/canvas/short"} {
		if resp, _ := post(t, app, path, canvasFilledForm()); resp.StatusCode != http.StatusNotFound {
			t.Errorf("POST %s = %d; want 404", path, resp.StatusCode)
		}
	}
}

// TestCanvasCreateKeepsTypedTextWhenTheDatabaseIsDown: a failed save shows
// everything typed again with a "not saved" warning, instead of losing it.
func TestCanvasCreateKeepsTypedTextWhenTheDatabaseIsDown(t *testing.T) {
	t.Parallel()
	pool, err := store.Open(context.Background(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=1")
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	srv := httptest.NewServer(newHandler(t, slog.New(slog.NewTextHandler(io.Discard, nil)), store.New(pool)))
	defer srv.Close()
	app := &testkit.App{URL: srv.URL, Client: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
	resp, body := post(t, app, "/canvases", canvasFilledForm())
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("create with the database down = %d; want 503", resp.StatusCode)
	}
	mustContain(t, "503 canvas page", body, "Not saved — try again", `value="independent bookshops in Leeds"`, ">New stock sits unlisted for weeks</textarea>")
}
