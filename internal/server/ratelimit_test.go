package server_test

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/config"
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
// reach a write is neither refused with a misleading 429 nor failed by the
// limiter; it goes on to the handler, which answers as it would anyway.
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
		t.Errorf("writes let through unchecked = %q; want 4", got)
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
// long as the limiter's own timeout, then goes through with a warning
// (fail open): it is saved, not lost to the request's deadline.
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
	if err := stuck.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if _, page := get(t, app, cmp); !strings.Contains(page, `value="123457"`) {
		t.Error("the save that went through past the stuck counter was not stored")
	}
	if got := metricValue(app.ScrapeMetrics(t), "crossroads_rate_limit_failed_open_total"); got != "1" {
		t.Errorf("writes let through unchecked = %q; want 1", got)
	}
}
