package server_test

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// metricValue is the value on the line of text that starts with series
// (name and labels exactly as exposed), or "" when there is none.
func metricValue(text, series string) string {
	for _, line := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			return v
		}
	}
	return ""
}

// TestRateLimitHoldsAcrossInstances: with RATE_LIMIT_WRITES=5, six writes
// from one client spread over two instances get exactly one 429, the sixth,
// because both count in the same database.
func TestRateLimitHoldsAcrossInstances(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	cfg := config.Config{WriteLimit: 5}
	apps := []*testkit.App{testkit.StartAppOn(t, db, cfg), testkit.StartAppOn(t, db, cfg)}
	invalid := url.Values{"hustle-hours": {"x"}}
	var statuses []int
	for i := range 6 {
		resp, body := post(t, apps[i%2], "/assessments", invalid)
		statuses = append(statuses, resp.StatusCode)
		if resp.StatusCode == http.StatusTooManyRequests &&
			(resp.Header.Get("Retry-After") != "60" || !strings.Contains(body, "Slow down")) {
			t.Errorf("429 without the friendly page and Retry-After: 60 (got %q)", resp.Header.Get("Retry-After"))
		}
	}
	want := []int{422, 422, 422, 422, 422, 429}
	for i := range want {
		if statuses[i] != want[i] {
			t.Fatalf("six writes over two instances answered %v; want %v", statuses, want)
		}
	}
	onA, onB := apps[0].ScrapeMetrics(t), apps[1].ScrapeMetrics(t)
	a := metricValue(onA, "crossroads_rate_limit_rejections_total")
	b := metricValue(onB, "crossroads_rate_limit_rejections_total")
	if a != "0" || b != "1" {
		t.Errorf("rejections counted: instance A %q, B %q; want 0 and 1", a, b)
	}
	// Refused before routing, the write still counts under its route.
	if got := metricValue(onB, `crossroads_http_requests_total{method="POST",route="/assessments",status="429"}`); got != "1" {
		t.Errorf("the 429 under route /assessments = %q; want 1", got)
	}
}

// TestRateLimitFailsOpenWhenTheDatabaseIsDown: with the counters out of
// reach a write is not refused with a misleading 429; it goes on to the
// handler uncounted, which answers an invalid form as it would anyway and
// refuses to create anything (the friendly 503, everything typed kept).
func TestRateLimitFailsOpenWhenTheDatabaseIsDown(t *testing.T) {
	t.Parallel()
	cluster := testkit.StartCluster(t)
	app := testkit.StartAppOn(t, cluster.URL, config.Config{WriteLimit: 1})
	cluster.Stop()

	invalid := url.Values{"hustle-hours": {"x"}}
	for i := range 3 {
		if resp, _ := post(t, app, "/assessments", invalid); resp.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("invalid post %d with the counters unreachable = %d; want the form's own 422", i+1, resp.StatusCode)
		}
	}
	resp, body := post(t, app, "/comparisons", validComparison())
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("valid post with the database down = %d; want the friendly 503", resp.StatusCode)
	}
	mustContain(t, "comparison posted during the outage", body, "Not saved", `value="175000"`)
	if got := metricValue(app.ScrapeMetrics(t), "crossroads_rate_limit_failed_open_total"); got != "4" {
		t.Errorf("writes let through uncounted = %q; want 4", got)
	}
}

// TestEditLinkPostsAreLimitedToo: posts to an edit link count against the
// same limit, in the round trip that reads their document. With
// RATE_LIMIT_WRITES=5, six saves of one comparison over two instances get
// exactly one 429, the sixth, and what it posted is not saved.
func TestEditLinkPostsAreLimitedToo(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	cfg := config.Config{WriteLimit: 5}
	apps := []*testkit.App{testkit.StartAppOn(t, db, cfg), testkit.StartAppOn(t, db, cfg)}
	// Made on an instance without the limit, so it does not count.
	cmp := createComparison(t, testkit.StartAppOn(t, db, config.Config{}), validComparison())
	var statuses []int
	for i := range 6 {
		form := validComparison()
		form.Set("job.salary_per_year", strconv.Itoa(100_001+i))
		resp, body := post(t, apps[i%2], cmp, form)
		statuses = append(statuses, resp.StatusCode)
		if resp.StatusCode == http.StatusTooManyRequests && !strings.Contains(body, "Slow down") {
			t.Error("the edit link's 429 is not the friendly page")
		}
	}
	if want := []int{303, 303, 303, 303, 303, 429}; !slices.Equal(statuses, want) {
		t.Fatalf("six saves over two instances answered %v; want %v", statuses, want)
	}
	_, page := get(t, apps[0], cmp)
	if !strings.Contains(page, `value="100005"`) || strings.Contains(page, `value="100006"`) {
		t.Error("the comparison does not hold the fifth save, or holds the refused sixth")
	}
}

// TestEditLinkPostFailsOpenPastAStuckCounter: with the counters locked
// by a stuck writer, a save through an edit link waits for them only as
// long as the limiter's own deadline, then goes through with a warning:
// it is saved, not lost to the request's deadline. A post that would create
// a document is refused instead (the friendly 503, everything typed kept),
// so nobody can create without limit while the counters are out of reach.
func TestEditLinkPostFailsOpenPastAStuckCounter(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	app := testkit.StartAppOn(t, db, config.Config{WriteLimit: 5})
	cmp := createComparison(t, testkit.StartAppOn(t, db, config.Config{}), validComparison())

	ctx := context.Background()
	stuck, err := app.Pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = stuck.Rollback(ctx) }()
	if _, err := stuck.Exec(ctx, `LOCK TABLE rate_limits IN EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	form := validComparison()
	form.Set("job.salary_per_year", "123457")
	start := time.Now()
	resp, body := post(t, app, cmp, form)
	if took := time.Since(start); resp.StatusCode != http.StatusSeeOther || took > 10*time.Second {
		t.Fatalf("save past a stuck counter = %d after %s; want 303 after the limiter's timeout\n%.500s", resp.StatusCode, took, body)
	}
	form.Set("job.salary_per_year", "123458")
	resp, body = post(t, app, "/comparisons", form)
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("new comparison past a stuck counter = %d; want the friendly 503", resp.StatusCode)
	}
	mustContain(t, "new comparison past a stuck counter", body, "Not saved", `value="123458"`)
	if err := stuck.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if _, page := get(t, app, cmp); !strings.Contains(page, `value="123457"`) {
		t.Error("the save that went through past the stuck counter was not stored")
	}
	if n := rowCount(t, app, "comparisons"); n != 1 {
		t.Errorf("%d comparisons stored; want only the first (the uncounted create stored nothing)", n)
	}
	if got := metricValue(app.ScrapeMetrics(t), "crossroads_rate_limit_failed_open_total"); got != "2" {
		t.Errorf("writes let through uncounted = %q; want 2", got)
	}
}

// TestCreatePostsAreRefusedWhenNothingCanCount: with every connection of
// the count pool held past the limiter's deadline, each kind of document
// refuses to be created (the friendly 503, what was typed on the page, no
// row), a plan's check-in refuses to make its copy, and a post to an
// existing document still saves.
func TestCreatePostsAreRefusedWhenNothingCanCount(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	app := testkit.StartAppOn(t, db, config.Config{WriteLimit: 100})
	unlimited := testkit.StartAppOn(t, db, config.Config{})
	base := completeAssessment(t, unlimited, nil)
	shareID := strings.TrimPrefix(sharePathOf(t, unlimited, base), "/r/")
	cmp := createComparison(t, unlimited, validComparison())
	pl := createPlan(t, unlimited, base, "copywriting", "")

	ctx := context.Background()
	for range app.CountPool.Config().MaxConns {
		c, err := app.CountPool.Acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Release()
	}
	def := questionnaire.Default()
	goal := validComparison()
	goal.Set("goal_per_month", "6123")
	canvas := canvasFilledForm()
	creates := []struct {
		path  string
		form  url.Values
		typed string
		table string
	}{
		{"/assessments", sectionForm(def.Sections[0], nil), "", "assessments"},
		{"/comparisons", goal, `value="6123"`, "comparisons"},
		{"/canvases", canvas, canvas.Get("niche"), "canvases"},
		{"/plans", url.Values{"assessment": {shareID}, "path": {"copywriting"}, "start": {"2026-03-02"}}, `value="2026-03-02"`, "plans"},
	}
	for _, c := range creates {
		before := rowCount(t, app, c.table)
		resp, body := post(t, app, c.path, c.form)
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("POST %s with nothing to count it = %d; want the friendly 503", c.path, resp.StatusCode)
			continue
		}
		mustContain(t, "POST "+c.path+" uncounted", body, "Not saved", c.typed)
		if after := rowCount(t, app, c.table); after != before {
			t.Errorf("POST %s with nothing to count it stored a row in %s", c.path, c.table)
		}
	}
	// A check-in makes a new document too: a copy of the answers.
	before := rowCount(t, app, "assessments")
	if resp, _ := post(t, app, pl+"/check-in", nil); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("check-in with nothing to count it = %d; want the friendly 503", resp.StatusCode)
	}
	if rowCount(t, app, "assessments") != before {
		t.Error("a check-in with nothing to count it stored a copy")
	}
	form := validComparison()
	form.Set("job.salary_per_year", "123459")
	if resp, body := post(t, app, cmp, form); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("save of an existing comparison with nothing to count it = %d; want 303\n%.300s", resp.StatusCode, body)
	}
}

// TestWriteLimitCountsWhileThePoolIsSaturated: with every connection of the
// main pool busy with slow reads (a flood of page views), posts are still
// counted on the count pool: with RATE_LIMIT_WRITES=5 the sixth post gets
// the 429, and none gets a 5xx.
func TestWriteLimitCountsWhileThePoolIsSaturated(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	app := testkit.StartAppOn(t, db, config.Config{WriteLimit: 5})
	ctx := context.Background()
	conns := app.Pool.Config().MaxConns
	var wg sync.WaitGroup
	defer wg.Wait()
	for range conns {
		wg.Go(func() {
			if _, err := app.Pool.Exec(ctx, `SELECT pg_sleep(6)`); err != nil {
				t.Error(err)
			}
		})
	}
	for app.Pool.Stat().AcquiredConns() < conns {
		time.Sleep(10 * time.Millisecond)
	}
	invalid := url.Values{"hustle-hours": {"x"}}
	var statuses []int
	start := time.Now()
	for range 6 {
		resp, _ := post(t, app, "/assessments", invalid)
		statuses = append(statuses, resp.StatusCode)
	}
	if took := time.Since(start); took > 4*time.Second {
		t.Errorf("six posts took %s beside a saturated pool; the counts waited for it", took)
	}
	if app.Pool.Stat().AcquiredConns() < conns {
		t.Fatal("the main pool was not saturated for the whole test; make the slow reads slower")
	}
	if want := []int{422, 422, 422, 422, 422, 429}; !slices.Equal(statuses, want) {
		t.Errorf("six posts beside a saturated pool answered %v; want %v", statuses, want)
	}
	if got := metricValue(app.ScrapeMetrics(t), "crossroads_rate_limit_failed_open_total"); got != "0" {
		t.Errorf("writes let through uncounted = %q; want 0", got)
	}
}

// TestEveryPostRouteIsCounted walks the router's routes and posts once to
// each that takes a POST, with its parameters filled in: every post adds one
// to the write counts, so a route added tomorrow cannot escape the limit.
func TestEveryPostRouteIsCounted(t *testing.T) {
	t.Parallel()
	app := testkit.StartAppOn(t, testkit.NewDatabase(t), config.Config{WriteLimit: 1_000_000})
	router := newHandler(t, discardLogger(), app.Store).(chi.Routes)
	params := strings.NewReplacer("{secret}", validSecret(), "{id}", capability.NewShareID(),
		"{n}", "2", "{path}", "copywriting", "{step}", "python-basics")
	var routes []string
	if err := chi.Walk(router, func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		if method == http.MethodPost {
			routes = append(routes, route)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(routes) < 20 {
		t.Fatalf("found %d POST routes: %v; the walk missed some", len(routes), routes)
	}
	for _, route := range routes {
		before := writesCounted(t, app)
		resp, _ := post(t, app, params.Replace(route), nil)
		if after := writesCounted(t, app); after != before+1 {
			t.Errorf("POST %s (%d) added %d to the write counts; want 1", route, resp.StatusCode, after-before)
		}
	}
}

// validSecret is an edit secret of the right shape that opens nothing.
func validSecret() string {
	secret, _ := capability.NewSecret()
	return secret
}

// writesCounted is the sum of every client's write counts.
func writesCounted(t *testing.T, app *testkit.App) int {
	t.Helper()
	var n int
	if err := app.Pool.QueryRow(context.Background(), `SELECT coalesce(sum(hits), 0) FROM rate_limits`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
