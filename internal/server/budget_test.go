package server_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// Budgets from the design: a page costs at most two database round trips,
// a form post three (the write limit's count, the read of the document it
// changes, its write), and a page weighs under 50 KB before compression (15 KB gzipped), a KB being
// 1,000 bytes, the stricter reading, as make bench reports it. A JSON
// download is not a page: it is someone's whole data, indented for reading,
// with every path's reasons and warnings, so it has a bound of its own.
const (
	maxQueriesPerPage = 2
	maxQueriesPerPost = 3
	maxPageBytes      = 50_000
	maxGzipBytes      = 15_000
	maxDownloadBytes  = 128 << 10
)

// TestEveryPageKeepsItsBudget requests every page and form of the app once,
// counting the statements it sends to PostgreSQL and the bytes it weighs.
func TestEveryPageKeepsItsBudget(t *testing.T) {
	t.Parallel()
	// The write limit is on (and out of reach), so posts pay for it.
	dbURL := testkit.NewDatabase(t)
	cfg := testkit.DefaultConfig(t, dbURL)
	cfg.WriteLimit = 1_000_000
	app := testkit.StartAppOn(t, dbURL, cfg)
	def := questionnaire.Default()

	base := completeAssessment(t, app, map[string][]string{questionnaire.GoalThreeYears: {strings.Repeat("A long answer. ", 30)}})
	share := sharePathOf(t, app, base)
	shareID := strings.TrimPrefix(share, "/r/")
	cmp := createComparison(t, app, validComparison())
	cmpShare := shareLinkOn(t, app, cmp, "/shared/comparison/")
	cv := canvasCreate(t, app, canvasFilledForm())
	cvShare := canvasSharePathOf(t, app, cv)
	pl := createPlan(t, app, base, "ml-engineer-generative", "")
	plShare := planShareOf(t, app, pl)
	_, plPage := get(t, app, pl)
	plStep := stepForms(plPage)[0][1]

	gets := []string{
		"/", "/sources", "/how-scoring-works", "/assessments/new", "/no/such/page",
		"/paths", "/paths/prompt-engineer", "/paths/custom-models", "/paths/no-such-path",
		base, base + "/step/1", base + "/step/6", base + "/result", base + "/delete", base + "/export.json",
		share, share + "/export.json",
		"/comparisons/new", "/comparisons/new?assessment=" + shareID, cmp, cmp + "/delete", cmp + "/export.json", cmpShare,
		"/canvases/new", "/canvases/new?assessment=" + shareID + "&path=ai-consulting", cv, cv + "/delete", cv + "/export.json", cvShare,
		"/plans/new?assessment=" + shareID + "&path=ml-engineer-generative", pl, pl + "?done=step&step=python-basics", pl + "/delete",
		pl + "/export.json", pl + "/calendar.ics", plShare, plShare + "/export.json",
	}
	for _, path := range gets {
		before := app.Queries.Count()
		resp, body := get(t, app, path)
		if n := app.Queries.Count() - before; n > maxQueriesPerPage {
			t.Errorf("GET %s: %d database round trips; budget %d", path, n, maxQueriesPerPage)
		}
		if resp.StatusCode >= 500 {
			t.Errorf("GET %s: %d", path, resp.StatusCode)
		}
		limit := maxPageBytes
		if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			limit = maxDownloadBytes
		}
		if len(body) > limit {
			t.Errorf("GET %s weighs %d bytes; budget %d", path, len(body), limit)
		}
		if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			checkContentLength(t, app, path)
		}
		// Bodies under 1 KB (redirects) are not worth compressing.
		if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") && len(body) >= 1024 {
			if z := gzipSize(t, app, path); z > maxGzipBytes {
				t.Errorf("GET %s weighs %d bytes gzipped; budget %d", path, z, maxGzipBytes)
			}
		}
	}

	posts := []struct {
		path string
		form url.Values
	}{
		{"/assessments", sectionForm(def.Sections[0], nil)},
		{base + "/step/2", sectionForm(def.Sections[1], nil)},
		{base + "/step/6", sectionForm(def.Sections[5], nil)},
		{base + "/step/3", url.Values{"action": {"back"}}},
		{base + "/step/3", url.Values{"action": {"next"}}},
		{base + "/visibility", url.Values{"hide_free_text": {"yes"}}},
		{base + "/share", nil},
		{"/comparisons", validComparison()},
		{cmp, validComparison()},
		{cmp, url.Values{"paths": {"seo-consulting"}}},
		{cmp + "/share", nil},
		{"/canvases", canvasFilledForm()},
		{cv, canvasFilledForm()},
		{cv + "/share", nil},
		{"/plans", url.Values{"assessment": {shareID}, "path": {"copywriting"}, "start": {""}}},
		{"/plans", url.Values{"assessment": {shareID}, "path": {"copywriting"}, "start": {"soon"}}},
		{plStep, url.Values{"status": {"done"}, "note": {"A note"}}},
		{plStep, url.Values{"status": {"done"}, "note": {strings.Repeat("x", 2000)}}},
		{pl, url.Values{"start": {"2026-13-40"}}},
		{pl, url.Values{"start": {""}}},
		{pl + "/share", nil},
		{pl + "/check-in", nil},
		{pl + "/delete", nil},
		{cmp + "/delete", nil},
		{cv + "/delete", nil},
		{base + "/delete", nil},
	}
	for _, p := range posts {
		before := app.Queries.Count()
		resp, _ := post(t, app, p.path, p.form)
		if n := app.Queries.Count() - before; n > maxQueriesPerPost {
			t.Errorf("POST %s: %d database round trips; budget %d", p.path, n, maxQueriesPerPost)
		}
		if resp.StatusCode >= 500 {
			t.Errorf("POST %s: %d", p.path, resp.StatusCode)
		}
	}

	// Within those round trips, every post was counted against the write
	// limit, once.
	var counted int
	if err := app.Pool.QueryRow(context.Background(), `SELECT coalesce(sum(hits), 0) FROM rate_limits`).Scan(&counted); err != nil {
		t.Fatal(err)
	}
	if sent := postsServed(t, app); counted != sent {
		t.Errorf("%d writes counted against the limit; the app served %d posts", counted, sent)
	}
}

// postsServed adds up the app's request counter over every POST route and
// status.
func postsServed(t *testing.T, app *testkit.App) int {
	t.Helper()
	n := 0
	for _, line := range strings.Split(app.ScrapeMetrics(t), "\n") {
		if !strings.HasPrefix(line, `crossroads_http_requests_total{method="POST"`) {
			continue
		}
		v, err := strconv.Atoi(line[strings.LastIndexByte(line, ' ')+1:])
		if err != nil {
			t.Fatalf("metric line %q: %v", line, err)
		}
		n += v
	}
	return n
}

func gzipSize(t *testing.T, app *testkit.App, path string) int {
	t.Helper()
	req := newRequest(t, app, http.MethodGet, path, nil)
	req.Header.Set("Accept-Encoding", "gzip") // set by hand, so the client does not decompress
	resp, b := do(t, app, req)
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("GET %s is not compressed", path)
	}
	return len(b)
}

// checkContentLength: pages are rendered whole before they are sent, so
// they go out with their length rather than chunked.
func checkContentLength(t *testing.T, app *testkit.App, path string) {
	t.Helper()
	req := newRequest(t, app, http.MethodGet, path, nil)
	req.Header.Set("Accept-Encoding", "identity") // set by hand: the client adds no gzip
	resp, b := do(t, app, req)
	if resp.ContentLength != int64(len(b)) || len(resp.TransferEncoding) > 0 {
		t.Errorf("GET %s: Content-Length %d, transfer encoding %v for a %d-byte page; want its length, not chunked",
			path, resp.ContentLength, resp.TransferEncoding, len(b))
	}
}

// shareLinkOn finds the share link with the given prefix on an owner's page.
func shareLinkOn(t *testing.T, app *testkit.App, page, prefix string) string {
	t.Helper()
	_, body := get(t, app, page)
	i := strings.Index(body, prefix)
	if i < 0 {
		t.Fatalf("no %s link on %s", prefix, page)
	}
	return body[i : i+len(prefix)+22]
}
