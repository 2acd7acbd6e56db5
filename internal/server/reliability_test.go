package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestDatabaseOutageAnswers503AndRecovers stops PostgreSQL under a running
// app, expects friendly 503s that keep posted values, then starts it again
// and expects the same app (no restart) to work.
func TestDatabaseOutageAnswers503AndRecovers(t *testing.T) {
	t.Parallel()
	cluster := testkit.StartCluster(t)
	app := testkit.StartAppOn(t, cluster.URL, config.Config{})
	def := questionnaire.Default()
	base := completeAssessment(t, app, nil)
	share := sharePathOf(t, app, base)
	_, before := get(t, app, share)
	canvasEdit := canvasCreate(t, app, canvasFilledForm())

	cluster.Stop()

	for _, path := range []string{share, base + "/result", base + "/step/2", "/comparisons/new"} {
		resp, body := get(t, app, path)
		if path == "/comparisons/new" {
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s needs no database; got %d", path, resp.StatusCode)
			}
			continue
		}
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" ||
			!strings.Contains(body, "briefly unavailable") {
			t.Errorf("%s with the database down = %d; want the friendly 503 with Retry-After", path, resp.StatusCode)
		}
	}
	if resp, _ := get(t, app, "/readyz"); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("readyz with the database down = %d; want 503", resp.StatusCode)
	}
	if resp, _ := get(t, app, "/healthz"); resp.StatusCode != http.StatusOK {
		t.Errorf("healthz (the process is up) with the database down = %d; want 200", resp.StatusCode)
	}
	if resp, _ := get(t, app, "/"); resp.StatusCode != http.StatusOK {
		t.Errorf("the landing page needs no database; got %d", resp.StatusCode)
	}

	// A posted page comes back with what was typed and "not saved".
	form := sectionForm(def.Sections[1], map[string][]string{questionnaire.DomainName: {"Orthodontists in Leeds"}})
	resp, body := post(t, app, base+"/step/2", form)
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("saving a page with the database down = %d; want 503", resp.StatusCode)
	}
	mustContain(t, "step posted during the outage", body, "Not saved", "Orthodontists in Leeds</textarea>")
	resp, body = post(t, app, "/assessments", sectionForm(def.Sections[0], map[string][]string{questionnaire.IncomeGoal: {"4321"}}))
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("starting an assessment with the database down = %d; want 503", resp.StatusCode)
	}
	mustContain(t, "first page posted during the outage", body, "Not saved", `value="4321"`)
	resp, body = post(t, app, "/comparisons", validComparison())
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("saving a comparison with the database down = %d; want 503", resp.StatusCode)
	}
	mustContain(t, "comparison posted during the outage", body, "Not saved", `value="175000"`)
	canvasForm := canvasFilledForm()
	canvasForm.Set("niche", "Independent bookshops in York")
	resp, body = post(t, app, canvasEdit, canvasForm)
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("saving a canvas with the database down = %d; want 503", resp.StatusCode)
	}
	mustContain(t, "canvas saved during the outage", body, "Not saved", `value="Independent bookshops in York"`)

	cluster.Start()

	deadline := time.Now().Add(20 * time.Second)
	for {
		if resp, _ := get(t, app, "/readyz"); resp.StatusCode == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the app did not recover within 20s of PostgreSQL coming back")
		}
		time.Sleep(100 * time.Millisecond)
	}
	resp, after := get(t, app, share)
	if resp.StatusCode != http.StatusOK || between(after, `id="best-heading">`, "</h1>") != between(before, `id="best-heading">`, "</h1>") || between(before, `id="best-heading">`, "</h1>") == "" {
		t.Errorf("after recovery the share page = %d", resp.StatusCode)
	}
	if resp, _ := post(t, app, base+"/step/2", form); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("after recovery, saving = %d; want 303", resp.StatusCode)
	}
}

// TestTwoInstancesServeEachOthersLinks runs two app instances on one
// database: links made on one work on the other, because no state lives in
// the process.
func TestTwoInstancesServeEachOthersLinks(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	a := testkit.StartAppOn(t, db, config.Config{})
	b := testkit.StartAppOn(t, db, config.Config{})
	def := questionnaire.Default()

	base := completeAssessment(t, a, nil)
	share := sharePathOf(t, a, base)
	_, onA := get(t, a, share)
	resp, onB := get(t, b, share)
	if resp.StatusCode != 200 || between(onA, `id="best-heading">`, "</h1>") != between(onB, `id="best-heading">`, "</h1>") || between(onA, `id="best-heading">`, "</h1>") == "" {
		t.Errorf("instance B serves A's share link with %d", resp.StatusCode)
	}
	if resp, _ := post(t, b, base+"/step/3", sectionForm(def.Sections[2], nil)); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("instance B saving A's edit link = %d", resp.StatusCode)
	}
	edit := createComparison(t, b, validComparison())
	if resp, _ := get(t, a, edit); resp.StatusCode != 200 {
		t.Errorf("instance A opening B's comparison = %d", resp.StatusCode)
	}
	if resp, _ := post(t, a, base+"/delete", nil); resp.StatusCode != 200 {
		t.Fatalf("delete on A = %d", resp.StatusCode)
	}
	if resp, _ := get(t, b, share); resp.StatusCode != 404 {
		t.Errorf("B still serves a share link A deleted: %d", resp.StatusCode)
	}
}

func TestWritesAreRateLimitedPerClient(t *testing.T) {
	t.Parallel()
	app := testkit.StartAppOn(t, testkit.NewDatabase(t), config.Config{WriteLimit: 3})
	invalid := url.Values{questionnaire.HustleHours: {"x"}}
	for i := range 3 {
		if resp, _ := post(t, app, "/assessments", invalid); resp.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("post %d = %d; want 422", i+1, resp.StatusCode)
		}
	}
	resp, body := post(t, app, "/assessments", invalid)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" || !strings.Contains(body, "Slow down") {
		t.Errorf("4th post = %d (Retry-After %q); want the friendly 429", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if resp, _ := get(t, app, "/assessments/new"); resp.StatusCode != 200 {
		t.Errorf("reading is limited too: %d", resp.StatusCode)
	}
	// A forged proxy header does not buy a fresh budget when no proxy is trusted.
	req := newRequest(t, app, http.MethodPost, "/assessments", strings.NewReader(invalid.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-For", "198.51.100.99")
	if resp, _ := do(t, app, req); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("forged X-Forwarded-For bypassed the limit: %d", resp.StatusCode)
	}
}

func TestTrustedProxyHeaderIdentifiesClients(t *testing.T) {
	t.Parallel()
	app := testkit.StartAppOn(t, testkit.NewDatabase(t), config.Config{WriteLimit: 2, TrustedProxyHeader: "X-Forwarded-For"})
	send := func(ip string) int {
		req := newRequest(t, app, http.MethodPost, "/assessments", strings.NewReader("hustle-hours=x"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		// The client may prepend anything; our proxy appends the real address last.
		req.Header.Set("X-Forwarded-For", "10.9.9.9, "+ip)
		resp, _ := do(t, app, req)
		return resp.StatusCode
	}
	send("203.0.113.7")
	send("203.0.113.7")
	if got := send("203.0.113.7"); got != http.StatusTooManyRequests {
		t.Errorf("third post from one client = %d; want 429", got)
	}
	if got := send("203.0.113.8"); got != http.StatusUnprocessableEntity {
		t.Errorf("another client behind the same proxy = %d; want its own budget (422)", got)
	}
}

func TestOversizedBodyIsAFriendly413(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	huge := url.Values{questionnaire.DomainName: {strings.Repeat("a", 300<<10)}}
	for _, path := range []string{"/assessments", "/comparisons"} {
		resp, body := post(t, app, path, huge)
		if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(body, "too much text") {
			t.Errorf("%s with a 300 KB body = %d; want the friendly 413", path, resp.StatusCode)
		}
	}
}

// TestQuestionnaireBadInputBattery throws hostile and broken input at every
// questionnaire page: each answer is a 4xx with a message, never a 5xx, and
// nothing comes back unescaped.
func TestQuestionnaireBadInputBattery(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	base := completeAssessment(t, app, nil)
	attacks := []string{
		strings.Repeat("x", 5000),
		"\xff\xfe\xfd",
		"<script>alert(1)</script>",
		"'); DROP TABLE assessments; --",
		"1 OR 1=1",
		"-1",
		"99999999999999999999999",
		"",
	}
	for si, sec := range def.Sections {
		for _, q := range sec.Questions {
			for _, attack := range attacks {
				form := sectionForm(sec, map[string][]string{q.ID: {attack}})
				path := base + "/step/" + string(rune('1'+si))
				resp, body := post(t, app, path, form)
				if resp.StatusCode >= 500 {
					t.Fatalf("%s %s=%q: %d", path, q.ID, attack, resp.StatusCode)
				}
				if strings.Contains(body, "<script>alert(1)") {
					t.Errorf("%s %s: script echoed unescaped", path, q.ID)
				}
				if resp.StatusCode == http.StatusUnprocessableEntity && !strings.Contains(body, `id="f-`+q.ID) {
					t.Errorf("%s %s=%q: 422 without the field", path, q.ID, attack)
				}
			}
			// Repeated keys and wrong kinds.
			form := sectionForm(sec, map[string][]string{q.ID: {"1", "2", "banana"}})
			if resp, _ := post(t, app, base+"/step/"+string(rune('1'+si)), form); resp.StatusCode >= 500 {
				t.Errorf("repeated %s: %d", q.ID, resp.StatusCode)
			}
		}
		// A page with nothing at all: required answers are reported, not stored as errors.
		resp, body := post(t, app, base+"/step/"+string(rune('1'+si)), url.Values{"action": {"next"}})
		if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "There is a problem") {
			t.Errorf("empty page %d = %d; want 422 with a summary", si+1, resp.StatusCode)
		}
	}
	if n := rowCount(t, app, "assessments"); n != 1 {
		t.Errorf("assessments table after the battery: %d rows", n)
	}
	for _, path := range []string{
		"/a/%00", "/a/" + strings.Repeat("%ff", 43), "/r/../../etc/passwd", "/r/%3Cscript%3E", "/a/x/step/-1",
		base + "/step/0", base + "/step/7", base + "/step/one", "/shared/comparison/nope", "/compare/nope",
	} {
		resp, body := get(t, app, path)
		if resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "could not find") {
			t.Errorf("%s = %d; want the friendly 404", path, resp.StatusCode)
		}
	}
	if resp, _ := post(t, app, base+"/visibility", url.Values{"hide_free_text": {"maybe"}}); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("visibility=maybe = %d; want 400", resp.StatusCode)
	}
}
