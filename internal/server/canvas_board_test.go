package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/testkit"
)

// canvasStored reads the only canvas of the test's database.
func canvasStored(t *testing.T, app *testkit.App) canvas.Canvas {
	t.Helper()
	var data canvas.Canvas
	if err := app.Pool.QueryRow(context.Background(), `SELECT data FROM canvases`).Scan(&data); err != nil {
		t.Fatal(err)
	}
	return data
}

// wantRedirect checks a 303 and where it goes.
func wantRedirect(t *testing.T, what string, resp *http.Response, body, location string) {
	t.Helper()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != location {
		t.Fatalf("%s = %d → %q; want 303 → %q\n%s", what, resp.StatusCode, resp.Header.Get("Location"), location, body)
	}
}

func TestCanvasBoxSaveMergesOnlyItsBox(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	edit := canvasCreate(t, app, canvasFilledForm())
	before := canvasStored(t, app)

	resp, body := get(t, app, edit+"/boxes/channels")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("GET channels box = %d, Cache-Control %q", resp.StatusCode, resp.Header.Get("Cache-Control"))
	}
	mustContain(t, "channels box", body, `name="channels"`, "Back to the board")
	if strings.Contains(body, `name="niche"`) || strings.Contains(body, `name="hours_per_week"`) {
		t.Error("the channels box's form carries other boxes' fields")
	}

	// A field of another box in the post is ignored: a box saves only itself.
	resp, body = post(t, app, edit+"/boxes/channels", url.Values{"channels": {"The booksellers' newsletter"}, "niche": {"hijacked"}, "op": {"save"}})
	wantRedirect(t, "saving the channels box", resp, body, edit+"?done=saved")
	after := canvasStored(t, app)
	if after.Channels != "The booksellers' newsletter" {
		t.Errorf("channels = %q after saving its box", after.Channels)
	}
	after.Channels = before.Channels
	if a, b := canvasJSON(t, after), canvasJSON(t, before); a != b {
		t.Errorf("saving one box changed others:\nbefore %s\nafter  %s", b, a)
	}
	if _, body := get(t, app, edit+"?done=saved"); !strings.Contains(body, "Your changes are saved.") || !strings.Contains(body, "The booksellers&#39; newsletter") {
		t.Error("the board after a box save shows neither the notice nor the new text")
	}

	// An invalid value comes back with its message, as typed, nothing stored.
	resp, body = post(t, app, edit+"/boxes/hours", url.Values{"hours_per_week": {"ten"}, "op": {"save"}})
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("hours “ten” = %d; want 422", resp.StatusCode)
	}
	mustContain(t, "422 hours box", body, `value="ten"`, "Enter the hours per week as a whole number", `class="error-summary"`, "<title>Error: ")
	if got := canvasStored(t, app).HoursPerWeek; got != before.HoursPerWeek {
		t.Errorf("a rejected box save stored hours %d", got)
	}

	// Rows: adding one saves what was typed and comes back to the form.
	resp, body = post(t, app, edit+"/boxes/pains", url.Values{"pains.0.what": {"Unlisted stock"}, "op": {"add-pain"}})
	wantRedirect(t, "add-pain in the pains box", resp, body, edit+"/boxes/pains#f-pains.1.what")
	if got := canvasStored(t, app); len(got.Pains) != 2 || got.Pains[0].What != "Unlisted stock" || got.Niche != before.Niche {
		t.Errorf("after add-pain: %+v", got)
	}
}

func canvasJSON(t *testing.T, c canvas.Canvas) string {
	t.Helper()
	return strconv.Quote(strings.Join([]string{c.Title, c.Niche, c.Alternatives, c.ValueGet, c.ValueGive, c.Price, c.Advantage,
		c.Channels, c.Commoditisation, strconv.Itoa(c.HoursPerWeek), string(c.RealProblem), c.RealProblemWhy,
		strconv.Itoa(len(c.Pains)), strconv.Itoa(len(c.Dependencies))}, "|"))
}

func TestCanvasWalkGoesBoxByBox(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)

	// The short first step can start the walk: it was the niche box.
	resp, body := post(t, app, "/canvases", url.Values{"step": {"start"}, "title": {"Listings"}, "niche": {"bookshops in Leeds"}, "next": {"walk"}})
	if resp.StatusCode != http.StatusSeeOther || !strings.HasSuffix(resp.Header.Get("Location"), "/boxes/pains?walk=1") {
		t.Fatalf("start and walk = %d → %q\n%s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	edit := strings.TrimSuffix(resp.Header.Get("Location"), "/boxes/pains?walk=1")

	boxes := canvas.Boxes()
	for i, b := range boxes {
		_, page := get(t, app, edit+"/boxes/"+string(b.ID)+"?walk=1")
		mustContain(t, string(b.ID)+" in the walk", page, "Step "+strconv.Itoa(i+1)+" of "+strconv.Itoa(len(boxes)), `name="walk" value="1"`)
		want := edit + "?done=saved"
		if i+1 < len(boxes) {
			want = edit + "/boxes/" + string(boxes[i+1].ID) + "?walk=1"
		}
		form := url.Values{"walk": {"1"}, "op": {"save"}}
		if b.ID == canvas.BoxNiche {
			form.Set("title", "Listings")
			form.Set("niche", "bookshops in Leeds")
		}
		if b.ID == canvas.BoxChannels {
			form.Set("channels", "The association newsletter")
		}
		resp, body := post(t, app, edit+"/boxes/"+string(b.ID), form)
		wantRedirect(t, "saving "+string(b.ID)+" in the walk", resp, body, want)
	}
	if got := canvasStored(t, app); got.Niche != "bookshops in Leeds" || got.Channels != "The association newsletter" {
		t.Errorf("after the walk: %+v", got)
	}
	// Without the walk, a box goes back to the board.
	resp, body = post(t, app, edit+"/boxes/advantage", url.Values{"advantage": {"Ten years in the trade"}})
	wantRedirect(t, "saving a box outside the walk", resp, body, edit+"?done=saved")
}

func TestCanvasFreshBoardShowsWhereToStart(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	resp, body := get(t, app, "/canvases/new")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /canvases/new = %d", resp.StatusCode)
	}
	mustContain(t, "first step", body, `name="title"`, `name="niche"`, `name="step" value="start"`)
	if strings.Contains(body, `name="pains.0.what"`) || strings.Contains(body, "out of 100") {
		t.Error("the first step shows the whole canvas or a score")
	}
	// A name that is too long comes back on the first step, as typed.
	long := strings.Repeat("n", 250)
	resp, body = post(t, app, "/canvases", url.Values{"step": {"start"}, "title": {long}, "next": {"board"}})
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, `value="`+long+`"`) || strings.Contains(body, `name="pains.0.what"`) {
		t.Fatalf("too long a title on the first step = %d", resp.StatusCode)
	}
	if rowCount(t, app, "canvases") != 0 {
		t.Error("a rejected first step stored a canvas")
	}

	edit := canvasCreate(t, app, url.Values{"step": {"start"}, "title": {"Listings"}, "next": {"board"}})
	_, body = get(t, app, edit)
	mustContain(t, "fresh board", body, "Where to start", edit+"/boxes/niche", edit+"/boxes/pains", edit+"/boxes/value",
		"Who exactly is the customer?", "Fill it in order")
	share := canvasSharePathOf(t, app, edit)
	_, shared := get(t, app, share)
	for name, page := range map[string]string{"owner": body, "share": shared} {
		for _, bad := range []string{"out of 100", "Readiness", "Warning:"} {
			if strings.Contains(page, bad) {
				t.Errorf("the %s board of a fresh canvas shows %q", name, bad)
			}
		}
	}
}

func TestCanvasTestCardMovesTheClaimsEvidence(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	form := canvasFilledForm()
	form.Set("pains.0.evidence", "assumption")
	edit := canvasCreate(t, app, form)

	_, board := get(t, app, edit)
	mustContain(t, "board before a test", board, "Plan a test", "Evidence: assumption")

	resp, body := get(t, app, edit+"/tests/new?claim=pains.0")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("plan form = %d", resp.StatusCode)
	}
	mustContain(t, "plan form", body, "our suggestion", "Talk to five people in the niche", `name="claim" value="pains.0"`,
		"Pain point 1: New stock sits unlisted for weeks")

	// Bad values come back beside their fields, everything kept.
	bad := url.Values{"claim": {"pains.0"}, "belief": {""}, "kind": {"séance"}, "test": {"Ask around"}, "pass_mark": {"Three of five"}, "due": {"next Tuesday"}}
	resp, body = post(t, app, edit+"/tests", bad)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("bad test card = %d; want 422", resp.StatusCode)
	}
	mustContain(t, "422 test card", body, "Write what you believe.", "Choose the kind of test.", "Enter the date as year-month-day",
		`value="next Tuesday"`, ">Ask around</textarea>", `value="Three of five"`, `class="error-summary"`)
	if got := canvasStored(t, app); len(got.Tests) != 0 {
		t.Fatalf("a rejected card was stored: %+v", got.Tests)
	}

	good := url.Values{"claim": {"pains.0"}, "belief": {"Shops lose sales to unlisted stock"}, "kind": {"landing-page"},
		"test": {"A page offering next-day listings"}, "measure": {"Sign-ups"}, "pass_mark": {"Five sign-ups in two weeks"}, "due": {"2027-01-31"}}
	resp, body = post(t, app, edit+"/tests", good)
	wantRedirect(t, "planning a test", resp, body, edit+"?done=saved#tests")
	_, board = get(t, app, edit)
	mustContain(t, "board with a planned test", board, "Test cards", "Planned", "due 2027-01-31", edit+"/tests/1")

	resp, body = post(t, app, edit+"/tests/1", url.Values{"seen": {"Seven sign-ups"}, "outcome": {"maybe"}})
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("bad learning = %d; want 422", resp.StatusCode)
	}
	mustContain(t, "422 learning", body, ">Seven sign-ups</textarea>", "Write what you will do next.", "Say whether the test passed")

	resp, body = post(t, app, edit+"/tests/1", url.Values{"seen": {"Seven sign-ups"}, "means": {"They want it"}, "decision": {"Run a paid pilot"}, "outcome": {"passed"}})
	wantRedirect(t, "recording the result", resp, body, edit+"?done=saved#tests")
	got := canvasStored(t, app)
	if got.Pains[0].Evidence != canvas.Validated || got.Tests[0].Learning == nil || got.Tests[0].Learning.Outcome != canvas.Passed {
		t.Errorf("after a passed landing page: evidence %q, card %+v", got.Pains[0].Evidence, got.Tests[0])
	}
	_, board = get(t, app, edit)
	mustContain(t, "board after the result", board, "Evidence: validated", "Passed", "You observed: Seven sign-ups")

	share := canvasSharePathOf(t, app, edit)
	_, shared := get(t, app, share)
	mustContain(t, "share view", shared, "They believe: Shops lose sales", "They observed: Seven sign-ups", "Passed")
	for _, path := range []string{edit + "/export.json", share + "/export.json"} {
		_, export := get(t, app, path)
		var doc struct {
			Canvas canvas.Canvas `json:"canvas"`
		}
		if err := json.Unmarshal([]byte(export), &doc); err != nil {
			t.Fatal(err)
		}
		if ts := doc.Canvas.Tests; len(ts) != 1 || ts[0].Claim != "pains.0" || ts[0].Learning == nil || ts[0].Learning.Outcome != canvas.Passed {
			t.Errorf("%s exports test cards %+v", path, ts)
		}
	}

	// The card's page offers to remove it; removing it keeps the evidence
	// its passed test gave, and its page is then a 404.
	_, page := get(t, app, edit+"/tests/1")
	mustContain(t, "the card's page", page, `action="`+edit+`/tests/1/remove"`, "Remove this test card")
	resp, body = post(t, app, edit+"/tests/1/remove", url.Values{})
	wantRedirect(t, "removing the card", resp, body, edit+"?done=saved#tests")
	if got := canvasStored(t, app); len(got.Tests) != 0 || got.Pains[0].Evidence != canvas.Validated {
		t.Errorf("after removing the card: cards %+v, evidence %q", got.Tests, got.Pains[0].Evidence)
	}
	if resp, _ := get(t, app, edit+"/tests/1"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("the removed card's page = %d; want 404", resp.StatusCode)
	}
	if resp, _ := post(t, app, edit+"/tests/1/remove", url.Values{}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("removing it again = %d; want 404", resp.StatusCode)
	}
}

func TestCanvasNewFormsRefuseHostileInput(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	edit := canvasCreate(t, app, canvasFilledForm())
	post(t, app, edit+"/tests", url.Values{"claim": {"pains.0"}, "belief": {"b"}, "kind": {"conversations"}, "test": {"t"}, "pass_mark": {"p"}})

	for _, path := range []string{"/boxes/nope", "/boxes/", "/boxes/NICHE", "/tests/0", "/tests/2", "/tests/01", "/tests/abc", "/tests/new?claim=pains.7", "/tests/new?claim=niche", "/tests/new"} {
		if resp, _ := get(t, app, edit+path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d; want 404", path, resp.StatusCode)
		}
	}
	for _, path := range []string{"/boxes/nope", "/tests/2", "/tests/x"} {
		if resp, _ := post(t, app, edit+path, url.Values{"seen": {"x"}}); resp.StatusCode != http.StatusNotFound {
			t.Errorf("POST %s = %d; want 404", path, resp.StatusCode)
		}
	}
	// A wrong secret is a 404 too, on every new route.
	wrong := "/canvas/" + strings.Repeat("A", 43)
	for _, path := range []string{"/boxes/niche", "/tests", "/tests/1"} {
		if resp, _ := post(t, app, wrong+path, url.Values{}); resp.StatusCode != http.StatusNotFound {
			t.Errorf("POST %s on an unknown canvas = %d; want 404", path, resp.StatusCode)
		}
	}

	hostile := map[string]url.Values{
		"/boxes/niche":     {"title": {"bad \xff bytes \x00 here"}, "niche": {strings.Repeat("n", 5000)}},
		"/boxes/pains":     {"pains.0.what": {"a\x07b"}, "pains.0.severity": {"-3"}, "pains.0.evidence": {"<script>"}, "pains.9999.what": {"x"}},
		"/boxes/questions": {"real_problem": {"maybe"}, "aligned_why": {strings.Repeat("w", 3000)}},
		"/tests":           {"claim": {"pains.0"}, "belief": {strings.Repeat("b", 3000)}, "kind": {"conversations"}, "test": {"t\x00"}, "pass_mark": {"p"}, "due": {"2027-02-30"}},
		"/tests/1":         {"seen": {"s\x1b[31m"}, "means": {strings.Repeat("m", 3000)}, "decision": {"d"}, "outcome": {"passed"}},
	}
	for path, form := range hostile {
		resp, body := post(t, app, edit+path, form)
		if resp.StatusCode != http.StatusUnprocessableEntity {
			t.Errorf("hostile POST %s = %d; want 422", path, resp.StatusCode)
		}
		if !strings.Contains(body, `class="error-summary"`) || strings.Contains(body, "<script>") || !utf8Valid(body) {
			t.Errorf("hostile POST %s: no error summary, raw markup or invalid UTF-8 in the page", path)
		}
	}
	if got := canvasStored(t, app); got.Title != "Listings that sell" || got.Tests[0].Learning != nil {
		t.Errorf("hostile input was stored: %+v", got)
	}

	// Oversized bodies are a 413, cross-site posts a friendly 403.
	resp, _ := canvasDo(t, app, http.MethodPost, edit+"/boxes/niche", "application/x-www-form-urlencoded", "niche="+strings.Repeat("x", 300<<10))
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized box post = %d; want 413", resp.StatusCode)
	}
	for _, path := range []string{"/boxes/niche", "/tests", "/tests/1"} {
		req := newRequest(t, app, http.MethodPost, edit+path, strings.NewReader("niche=x"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		req.Header.Set("Origin", "https://evil.example")
		if resp, _ := do(t, app, req); resp.StatusCode != http.StatusForbidden {
			t.Errorf("cross-site POST %s = %d; want 403", path, resp.StatusCode)
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

// TestCanvasTestCardsSurviveEditing: saving the one-page editor keeps the
// test cards, and removing a row moves each card with its row, so a later
// result raises the right claim.
func TestCanvasTestCardsSurviveEditing(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	form := canvasFilledForm()
	form.Set("pains.1.what", "Returns because the text and photos disagree")
	edit := canvasCreate(t, app, form)
	post(t, app, edit+"/tests", url.Values{"claim": {"pains.1"}, "belief": {"b"}, "kind": {"conversations"}, "test": {"t"}, "pass_mark": {"p"}})

	full := canvasFilledForm()
	full.Set("pains.1.what", "Returns because the text and photos disagree")
	full.Set("channels", "A newsletter")
	if resp, body := post(t, app, edit, full); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("saving the one-page editor = %d\n%s", resp.StatusCode, body)
	}
	if got := canvasStored(t, app); len(got.Tests) != 1 || got.Tests[0].Claim != "pains.1" {
		t.Fatalf("after saving the one-page editor the cards are %+v; want the card kept", got.Tests)
	}

	box := url.Values{"pains.0.what": {"New stock sits unlisted for weeks"}, "pains.1.what": {"Returns because the text and photos disagree"}, "op": {"remove-pain-0"}}
	if resp, body := post(t, app, edit+"/boxes/pains", box); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("removing pain point 1 = %d\n%s", resp.StatusCode, body)
	}
	got := canvasStored(t, app)
	if len(got.Pains) != 1 || got.Tests[0].Claim != "pains.0" {
		t.Fatalf("after removing pain point 1: pains %+v, card on %q; want the card on its row, now pains.0", got.Pains, got.Tests[0].Claim)
	}
	post(t, app, edit+"/tests/1", url.Values{"seen": {"s"}, "decision": {"d"}, "outcome": {"passed"}})
	if got := canvasStored(t, app); got.Pains[0].Evidence != canvas.Observed {
		t.Errorf("the passed card raised evidence to %q on its row; want observed", got.Pains[0].Evidence)
	}
}
