package server_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"image/png"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/httpcache"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

const testBaseURL = "https://crossroads.example"

// twoInstances are two app instances of one build on one database, as in
// production behind a load balancer.
func twoInstances(t *testing.T, baseURL string) (one, two *testkit.App) {
	t.Helper()
	db := testkit.NewDatabase(t)
	cfg := testkit.DefaultConfig(t, db)
	cfg.BuildID, cfg.BaseURL = "test-build", baseURL
	return testkit.StartAppOn(t, db, cfg), testkit.StartAppOn(t, db, cfg)
}

// sharedKind is one kind of share view: how to make one through the app,
// and how its owner changes and deletes it.
type sharedKind struct {
	name string
	// make returns the share path of a new one, made through the app on
	// top of the finished assessment at base.
	make func(t *testing.T, app *testkit.App, base string) string
	// rowID finds the row a share id names; change and remove act on it.
	rowID  func(st *store.Store, shareID string) (int64, error)
	change func(st *store.Store, id int64) error
	remove func(st *store.Store, ctx context.Context, id int64) error
}

var ctx = context.Background()

// changeIn and removeIn act on the row behind shareID as its owner would.
func (k sharedKind) changeIn(t *testing.T, st *store.Store, shareID string) {
	t.Helper()
	id, err := k.rowID(st, shareID)
	if err == nil {
		err = k.change(st, id)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func (k sharedKind) removeIn(t *testing.T, st *store.Store, shareID string) {
	t.Helper()
	id, err := k.rowID(st, shareID)
	if err == nil {
		err = k.remove(st, ctx, id)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func sharedKinds() []sharedKind {
	return []sharedKind{
		{
			name: "assessment",
			make: func(t *testing.T, app *testkit.App, base string) string { return sharePathOf(t, app, base) },
			rowID: func(st *store.Store, id string) (int64, error) {
				a, err := st.AssessmentByShareID(ctx, id)
				return a.ID, err
			},
			change: func(st *store.Store, id int64) error { return st.SetAssessmentHideFreeText(ctx, id, true) },
			remove: (*store.Store).DeleteAssessment,
		},
		{
			name: "canvas",
			make: func(t *testing.T, app *testkit.App, base string) string {
				form := canvasFilledForm()
				form.Set("assessment", strings.TrimPrefix(sharePathOf(t, app, base), "/r/"))
				return canvasSharePathOf(t, app, canvasCreate(t, app, form))
			},
			rowID: func(st *store.Store, id string) (int64, error) {
				c, err := st.CanvasByShareID(ctx, id)
				return c.ID, err
			},
			change: func(st *store.Store, id int64) error {
				return st.SaveCanvas(ctx, id, canvas.Canvas{Title: "A renamed canvas"})
			},
			remove: (*store.Store).DeleteCanvas,
		},
		{
			name: "comparison",
			make: func(t *testing.T, app *testkit.App, base string) string {
				form := validComparison()
				form.Set("assessment", strings.TrimPrefix(sharePathOf(t, app, base), "/r/"))
				return shareLinkOn(t, app, createComparison(t, app, form), "/shared/comparison/")
			},
			rowID: func(st *store.Store, id string) (int64, error) {
				c, err := st.ComparisonByShareID(ctx, id)
				return c.ID, err
			},
			change: func(st *store.Store, id int64) error {
				return st.SaveComparison(ctx, id, compare.Comparison{Paths: []string{"seo-consulting", "ai-micro-saas"}})
			},
			remove: (*store.Store).DeleteComparison,
		},
		{
			name: "plan",
			make: func(t *testing.T, app *testkit.App, base string) string {
				return planShareOf(t, app, createPlan(t, app, base, "seo-consulting", todayISO()))
			},
			rowID: func(st *store.Store, id string) (int64, error) {
				p, err := st.PlanByShareID(ctx, id)
				return p.ID, err
			},
			change: func(st *store.Store, id int64) error { return st.SetPlanStart(ctx, id, "2027-01-04") },
			remove: (*store.Store).DeletePlan,
		},
	}
}

func shareIDOf(path string) string { return path[strings.LastIndex(path, "/")+1:] }

type fetched struct {
	status int
	header http.Header
	body   []byte // as sent, still compressed if Content-Encoding says so
}

// fetch sends a GET without the transport's own gzip handling, so the
// test sees exactly the bytes sent.
func fetch(t *testing.T, url string, header map[string]string) fetched {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return fetched{resp.StatusCode, resp.Header, body}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestEveryShareViewIsStoredOnceAndServedByEveryInstance: each kind's
// share page is rendered by the instance that first serves it, then served
// by the other as stored bytes in one statement, in gzip form to browsers,
// 304 on a repeat view, naming BASE_URL (never the request's Host) and a
// 1200×630 card any instance draws.
func TestEveryShareViewIsStoredOnceAndServedByEveryInstance(t *testing.T) {
	t.Parallel()
	one, two := twoInstances(t, testBaseURL)
	base := completeAssessment(t, one, nil)
	for _, k := range sharedKinds() {
		t.Run(k.name, func(t *testing.T) {
			path := k.make(t, one, base)
			first := fetch(t, one.URL+path, nil)
			if first.status != 200 || !bytes.HasPrefix(bytes.ToLower(first.body), []byte("<!doctype html>")) {
				t.Fatalf("first view: %d %.200s", first.status, first.body)
			}
			for h, want := range map[string]string{
				"Cache-Control":  httpcache.SharePage,
				"Content-Length": strconv.Itoa(len(first.body)),
				"Vary":           "Accept-Encoding",
			} {
				if got := first.header.Get(h); got != want {
					t.Errorf("%s = %q, want %q", h, got, want)
				}
			}
			etag := first.header.Get("Etag")
			if !strings.HasPrefix(etag, `"`) {
				t.Fatalf("no strong ETag: %q", etag)
			}

			before := two.Queries.Count()
			again := fetch(t, two.URL+path, nil)
			if n := two.Queries.Count() - before; n != 1 {
				t.Errorf("a stored page took %d statements on the other instance, want 1", n)
			}
			if !bytes.Equal(again.body, first.body) || again.header.Get("Etag") != etag {
				t.Error("the other instance served a different page or tag")
			}

			gz := fetch(t, two.URL+path, map[string]string{"Accept-Encoding": "gzip, deflate, br, zstd"})
			if gz.header.Get("Content-Encoding") != "gzip" || gz.header.Get("Content-Length") != strconv.Itoa(len(gz.body)) {
				t.Fatalf("gzip view: Content-Encoding %q, Content-Length %q for %d bytes", gz.header.Get("Content-Encoding"), gz.header.Get("Content-Length"), len(gz.body))
			}
			if !bytes.Equal(gunzip(t, gz.body), first.body) {
				t.Error("the gzip form is not the page")
			}
			for _, tc := range []struct{ url, inm, ae string }{{one.URL, etag, ""}, {two.URL, gz.header.Get("Etag"), "gzip"}} {
				nm := fetch(t, tc.url+path, map[string]string{"If-None-Match": tc.inm, "Accept-Encoding": tc.ae})
				if nm.status != http.StatusNotModified || len(nm.body) != 0 {
					t.Errorf("repeat view: %d with %d bytes, want 304 and no body", nm.status, len(nm.body))
				}
			}

			if bytes.Contains(first.body, []byte("127.0.0.1")) || !bytes.Contains(first.body, []byte(`<meta property="og:url" content="`+testBaseURL+path+`">`)) {
				t.Error("the stored page's og:url is not BASE_URL's, or it names the request's host")
			}
			for _, tag := range []string{`og:image:width" content="1200"`, `og:image:height" content="630"`, `twitter:card" content="summary_large_image"`, `og:image:alt" content="Crossroads. `} {
				if !bytes.Contains(first.body, []byte(tag)) {
					t.Errorf("page lacks %s", tag)
				}
			}
			cardPath := cardPathOf(t, first.body, path)
			c := fetch(t, two.URL+cardPath, nil)
			if c.status != 200 || c.header.Get("Content-Type") != "image/png" || c.header.Get("Cache-Control") != cardCacheControl {
				t.Fatalf("card: %d %v", c.status, c.header)
			}
			if dir := os.Getenv("CROSSROADS_CARD_DIR"); dir != "" { // to look at it
				_ = os.WriteFile(filepath.Join(dir, k.name+"-card.png"), c.body, 0o644)
			}
			if img, err := png.DecodeConfig(bytes.NewReader(c.body)); err != nil || img.Width != 1200 || img.Height != 630 {
				t.Errorf("card is not a 1200×630 PNG: %+v %v", img, err)
			}
		})
	}
}

// TestEveryShareViewChangesWhenTheOwnerChangesIt: after the owner's change
// the other instance serves a new page under a new tag (the old tag gets
// 200, not 304), the old card URL leads to the new card, and after
// deleting, page and card are gone on every instance.
func TestEveryShareViewChangesWhenTheOwnerChangesIt(t *testing.T) {
	t.Parallel()
	one, two := twoInstances(t, "")
	for _, k := range sharedKinds() {
		t.Run(k.name, func(t *testing.T) {
			base := completeAssessment(t, one, map[string][]string{questionnaire.DomainName: {"Ten years in hospital logistics"}})
			path := k.make(t, one, base)
			shown := fetch(t, two.URL+path, nil) // stored by instance two
			oldCard := cardPathOf(t, shown.body, path)

			k.changeIn(t, one.Store, shareIDOf(path))
			changed := fetch(t, two.URL+path, map[string]string{"If-None-Match": shown.header.Get("Etag")})
			if changed.status != 200 || changed.header.Get("Etag") == shown.header.Get("Etag") || bytes.Equal(changed.body, shown.body) {
				t.Errorf("after the change: %d, new tag %v, new page %v", changed.status,
					changed.header.Get("Etag") != shown.header.Get("Etag"), !bytes.Equal(changed.body, shown.body))
			}
			newCard := cardPathOf(t, changed.body, path)
			if old := fetch(t, one.URL+oldCard, nil); old.status != http.StatusSeeOther || old.header.Get("Location") != newCard {
				t.Errorf("old card URL: %d to %q, want 303 to %s", old.status, old.header.Get("Location"), newCard)
			}

			k.removeIn(t, one.Store, shareIDOf(path))
			for _, p := range []string{path, newCard} {
				if gone := fetch(t, two.URL+p, nil); gone.status != http.StatusNotFound {
					t.Errorf("after deleting, %s answers %d, want 404", p, gone.status)
				}
			}
		})
	}
}

// TestHidingFreeTextOrReplacingTheLinkReachesEveryInstance: the two
// visibility changes of an assessment take effect on the instance that
// stored the page at once.
func TestHidingFreeTextOrReplacingTheLinkReachesEveryInstance(t *testing.T) {
	t.Parallel()
	one, two := twoInstances(t, "")
	const told = "Ten years in hospital logistics"
	base := completeAssessment(t, one, map[string][]string{questionnaire.DomainName: {told}})
	path := sharePathOf(t, one, base)
	if shown := fetch(t, two.URL+path, nil); !bytes.Contains(shown.body, []byte(told)) {
		t.Fatal("the page does not show the free text to begin with")
	}
	a, err := one.Store.AssessmentByShareID(ctx, shareIDOf(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := one.Store.SetAssessmentHideFreeText(ctx, a.ID, true); err != nil {
		t.Fatal(err)
	}
	if hidden := fetch(t, two.URL+path, nil); hidden.status != 200 || bytes.Contains(hidden.body, []byte(told)) {
		t.Errorf("after hiding free text: %d, still shown %v", hidden.status, bytes.Contains(hidden.body, []byte(told)))
	}
	if err := one.Store.ReplaceAssessmentShareID(ctx, a.ID, capability.NewShareID()); err != nil {
		t.Fatal(err)
	}
	if old := fetch(t, two.URL+path, nil); old.status != http.StatusNotFound {
		t.Errorf("the replaced link answers %d, want 404", old.status)
	}
}

// Without BASE_URL a stored page carries no origin at all: og:url is left
// out and the card is named by its path, whatever Host the request sent.
func TestStoredSharePageWithoutBaseURLHasNoHost(t *testing.T) {
	t.Parallel()
	one, _ := twoInstances(t, "")
	base := completeAssessment(t, one, nil)
	for _, k := range sharedKinds() {
		path := k.make(t, one, base)
		page := fetch(t, one.URL+path, map[string]string{"Host": "attacker.example"})
		if page.status != 200 || bytes.Contains(page.body, []byte("attacker.example")) || bytes.Contains(page.body, []byte("og:url")) {
			t.Errorf("%s: %d; the page names the request's Host or an og:url", k.name, page.status)
		}
		if !bytes.Contains(page.body, []byte(`<meta property="og:image" content="`+path+`/card/`)) {
			t.Errorf("%s: no page-relative og:image", k.name)
		}
	}
}

// cardCacheControl is how long any cache may keep a card: minutes, not a
// year, as it shows a title that must not outlive its document for long.
const cardCacheControl = "public, max-age=300"

// TestShareCardIsDrawnOnceStoredAndCachedForMinutes: a card is drawn once
// in all, by the first instance asked, and stored: repeat fetches on any
// instance read it back (one statement, no draw) and get the same bytes; a
// repeat with the tag is a 304.
func TestShareCardIsDrawnOnceStoredAndCachedForMinutes(t *testing.T) {
	t.Parallel()
	app, two := twoInstances(t, testBaseURL)
	path := sharePathOf(t, app, completeAssessment(t, app, nil))
	page := fetch(t, app.URL+path, nil)
	if !bytes.Contains(page.body, []byte(`og:image:alt" content="Crossroads. Best fit: `)) {
		t.Error("the card's text alternative does not name the best fit")
	}
	cardPath := cardPathOf(t, page.body, path)
	c := fetch(t, app.URL+cardPath, nil)
	if cc := c.header.Get("Cache-Control"); c.status != 200 || cc != cardCacheControl {
		t.Errorf("card %d with Cache-Control %q; want 200 with %q", c.status, cc, cardCacheControl)
	}
	if again := fetch(t, app.URL+cardPath, nil); !bytes.Equal(again.body, c.body) {
		t.Error("the card changed between fetches")
	}
	if nm := fetch(t, app.URL+cardPath, map[string]string{"If-None-Match": c.header.Get("Etag")}); nm.status != 304 || len(nm.body) != 0 {
		t.Errorf("repeat card fetch: %d with %d bytes", nm.status, len(nm.body))
	}
	metricsText := app.ScrapeMetrics(t)
	if !strings.Contains(metricsText, `crossroads_cache_misses_total{cache="cards"} 1`) || !strings.Contains(metricsText, `crossroads_cache_hits_total{cache="cards"} 2`) {
		t.Errorf("card cache counts:\n%s", grepLines(metricsText, "cache"))
	}
	before := two.Queries.Count()
	if other := fetch(t, two.URL+cardPath, nil); other.status != 200 || !bytes.Equal(other.body, c.body) {
		t.Errorf("the other instance's card: %d, same bytes %v", other.status, bytes.Equal(other.body, c.body))
	}
	if n := two.Queries.Count() - before; n != 1 {
		t.Errorf("the other instance took %d statements for a stored card; want 1", n)
	}
	if m := two.ScrapeMetrics(t); strings.Contains(m, `crossroads_cache_misses_total{cache="cards"} 1`) {
		t.Error("the other instance drew the card again; want it read from the database")
	}
	for _, bad := range []string{path + "/card/nope", path + "/card/.png", "/r/short/card/x.png"} {
		if r := fetch(t, app.URL+bad, nil); r.status != http.StatusNotFound {
			t.Errorf("%s answers %d, want 404", bad, r.status)
		}
	}
}

// cardPathOf finds the card's path in a page's og:image, absolute or not.
func cardPathOf(t *testing.T, page []byte, sharePath string) string {
	t.Helper()
	re := regexp.MustCompile(`<meta property="og:image" content="(?:` + regexp.QuoteMeta(testBaseURL) + `)?(` + regexp.QuoteMeta(sharePath) + `/card/[A-Za-z0-9_-]+\.png)">`)
	m := re.FindSubmatch(page)
	if m == nil {
		t.Fatalf("no og:image card on %s", sharePath)
	}
	return string(m[1])
}

func grepLines(text, word string) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, word) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}
