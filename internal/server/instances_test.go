package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/sweep"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestTwoInstancesStoreEverySubmissionOnce: people finishing assessments at
// the same time, each page landing on the other instance (round robin),
// are all stored exactly once, with no 5xx, and each share link opens on
// the instance that did not make it.
func TestTwoInstancesStoreEverySubmissionOnce(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	apps := []*testkit.App{testkit.StartAppOn(t, db, config.Config{}), testkit.StartAppOn(t, db, config.Config{})}
	def := questionnaire.Default()
	const people = 12
	errs := make(chan error, people)
	var wg sync.WaitGroup
	for p := range people {
		wg.Go(func() { errs <- submitAcross(apps, p, def) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	var finished int
	if err := apps[0].Pool.QueryRow(context.Background(),
		`SELECT count(*) FROM assessments WHERE completed_at IS NOT NULL`).Scan(&finished); err != nil {
		t.Fatal(err)
	}
	if total := rowCount(t, apps[0], "assessments"); finished != people || total != people {
		t.Errorf("%d assessments stored, %d finished; want exactly %d of each", total, finished, people)
	}
	for i, app := range apps {
		if strings.Contains(app.ScrapeMetrics(t), `status="5`) {
			t.Errorf("instance %d answered a 5xx", i+1)
		}
	}
}

// submitAcross walks one person's six pages, page i on instance (p+i) mod
// 2, then opens the share link from the result page on the other instance.
// It reports instead of failing, as it runs outside the test goroutine.
func submitAcross(apps []*testkit.App, p int, def questionnaire.Definition) error {
	send := func(app *testkit.App, method, path string, form url.Values) (*http.Response, string, error) {
		req, err := http.NewRequest(method, app.URL+path, strings.NewReader(form.Encode()))
		if err != nil {
			return nil, "", err
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		resp, err := app.Client.Do(req)
		if err != nil {
			return nil, "", err
		}
		defer func() { _ = resp.Body.Close() }()
		b, err := io.ReadAll(resp.Body)
		return resp, string(b), err
	}
	path := "/assessments"
	for i, sec := range def.Sections {
		resp, _, err := send(apps[(p+i)%2], http.MethodPost, path, sectionForm(sec, nil))
		if err != nil {
			return err
		}
		if resp.StatusCode != http.StatusSeeOther {
			return fmt.Errorf("person %d page %d: %d; want 303", p, i+1, resp.StatusCode)
		}
		path = strings.TrimSuffix(resp.Header.Get("Location"), "?saved=new")
	}
	maker := apps[(p+len(def.Sections))%2]
	resp, body, err := send(maker, http.MethodGet, path, nil)
	if err != nil || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("person %d result page: %v %v", p, resp.StatusCode, err)
	}
	m := shareURLRE.FindStringSubmatch(body)
	if m == nil {
		return fmt.Errorf("person %d: no share link on the result page", p)
	}
	resp, _, err = send(apps[(p+len(def.Sections)+1)%2], http.MethodGet, m[1], nil)
	if err != nil || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("person %d: share link on the other instance: %v %v", p, resp.StatusCode, err)
	}
	return nil
}

// TestDraftSweeperRunsOnOneInstanceAtATime: while instance A's sweep is
// under way (its delete held up by a lock the test takes), instance B's
// sweep skips instead of waiting or deleting, and every expired draft is
// deleted once, by A.
func TestDraftSweeperRunsOnOneInstanceAtATime(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	a := testkit.StartAppOn(t, db, config.Config{})
	b := testkit.StartAppOn(t, db, config.Config{})
	ctx := context.Background()
	const expired = 3
	for range expired {
		_, hash := capability.NewSecret()
		if _, err := a.Pool.Exec(ctx, `INSERT INTO assessments (edit_hash, share_id, questionnaire_version, updated_at)
			VALUES ($1, $2, 'q', now() - interval '31 days')`, hash, capability.NewShareID()); err != nil {
			t.Fatal(err)
		}
	}
	sweeper := func(app *testkit.App) sweep.Sweeper {
		return sweep.Sweeper{Store: app.Store, Logger: discardLogger(), Metrics: app.Metrics, DraftTTL: 30 * 24 * time.Hour}
	}

	blocker, err := a.Pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = blocker.Rollback(ctx) }()
	if _, err := blocker.Exec(ctx, `LOCK TABLE assessments IN SHARE MODE`); err != nil {
		t.Fatal(err)
	}
	aDone := make(chan struct{})
	go func() { defer close(aDone); sweeper(a).Drafts(ctx) }()
	waitForBlockedQuery(t, a)

	// A holds the sweep lock: B must skip at once. Were B to wait for the
	// table instead, its deadline fails the pass and the metrics say so.
	bCtx, cancel := context.WithTimeout(ctx, 2*time.Second)
	sweeper(b).Drafts(bCtx)
	cancel()
	select {
	case <-aDone:
		t.Fatal("A's sweep finished while its delete should be blocked")
	default:
	}
	if err := blocker.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	<-aDone

	am, bm := a.ScrapeMetrics(t), b.ScrapeMetrics(t)
	for _, c := range []struct{ text, series, want string }{
		{am, `crossroads_sweeps_total{job="drafts",outcome="swept"}`, "1"},
		{am, "crossroads_drafts_swept_total", fmt.Sprint(expired)},
		{bm, `crossroads_sweeps_total{job="drafts",outcome="skipped"}`, "1"},
		{bm, "crossroads_drafts_swept_total", "0"},
	} {
		if got := metricValue(c.text, c.series); got != c.want {
			t.Errorf("%s = %q; want %s", c.series, got, c.want)
		}
	}
	if n := rowCount(t, a, "assessments"); n != 0 {
		t.Errorf("%d expired drafts left", n)
	}
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// waitForBlockedQuery returns once a statement of app's waits on a lock.
func waitForBlockedQuery(t *testing.T, app *testkit.App) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var waiting int
		if err := app.Pool.QueryRow(context.Background(),
			`SELECT count(*) FROM pg_locks WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		if waiting > 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the sweep never reached its delete")
}
