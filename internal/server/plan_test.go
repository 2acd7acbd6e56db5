package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

var planEditRE = regexp.MustCompile(`^/plan/([A-Za-z0-9_-]{43})\?saved=new$`)

// todayISO is the day the server counts plans from.
func todayISO() string { return time.Now().UTC().Format("2006-01-02") }

// createPlan makes a plan for pathID from the finished assessment at base
// and returns its private path ("/plan/<secret>").
func createPlan(t *testing.T, app *testkit.App, base, pathID, start string) string {
	t.Helper()
	share := strings.TrimPrefix(sharePathOf(t, app, base), "/r/")
	resp, body := post(t, app, "/plans", url.Values{"assessment": {share}, "path": {pathID}, "start": {start}})
	m := planEditRE.FindStringSubmatch(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusSeeOther || m == nil {
		t.Fatalf("POST /plans = %d → %q\n%s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	return "/plan/" + m[1]
}

func planShareOf(t *testing.T, app *testkit.App, edit string) string {
	t.Helper()
	return shareLinkOn(t, app, edit, "/shared/plan/")
}

// stepFormRE finds every step form on an owner's page, with its step id.
var stepFormRE = regexp.MustCompile(`action="(/plan/[A-Za-z0-9_-]{43}/steps/([a-z0-9-]+))"`)

func stepForms(body string) [][]string { return stepFormRE.FindAllStringSubmatch(body, -1) }

// TestPlanOverHTTP walks a plan through its life: the preview, saving it,
// the owner's page, ticking a step with a note, the share view without the
// note, the exports, replacing the share link and deleting.
func TestPlanOverHTTP(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, map[string][]string{questionnaire.SkillProgramming: {"1"}, questionnaire.HustleHours: {"8"}})
	share := strings.TrimPrefix(sharePathOf(t, app, base), "/r/")

	_, result := get(t, app, base+"/result")
	mustContain(t, "result page", result, `href="/plans/new?assessment=`+share+`&amp;path=`, ">Make this my plan</a>")
	if n := strings.Count(result, "/plans/new?assessment="); n < 3 {
		t.Errorf("%d “Make this my plan” links; want one on the best fit and every runner-up", n)
	}

	resp, preview := get(t, app, "/plans/new?assessment="+share+"&path=ml-engineer-generative")
	if resp.StatusCode != 200 || rowCount(t, app, "plans") != 0 {
		t.Fatalf("preview = %d with %d plans stored", resp.StatusCode, rowCount(t, app, "plans"))
	}
	mustContain(t, "preview", preview, `type="date"`, `value="`+todayISO()+`"`, "Make this my plan",
		"Set up Python", "You rated programming (Python) 1/5", "After day 90, at this pace", "Paced at 8 hours a week")

	edit := createPlan(t, app, base, "ml-engineer-generative", "")
	_, page := get(t, app, edit+"?saved=new")
	mustContain(t, "owner page", page, "Your plan is saved.", "Due this week", `id="check-in"`, "calendar.ics",
		"Starts "+time.Now().UTC().Format("Mon 2 Jan 2006"), "Private note", "0 of ")
	forms := stepForms(page)
	if len(forms) < 8 {
		t.Fatalf("%d step forms on the owner's page", len(forms))
	}
	first := forms[0]
	resp, _ = post(t, app, first[1], url.Values{"status": {"done"}, "note": {"Booked the course: evenings only"}})
	if resp.StatusCode != http.StatusSeeOther || !strings.HasSuffix(resp.Header.Get("Location"), "#step-"+first[2]) {
		t.Fatalf("tick = %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	_, page = get(t, app, strings.SplitN(resp.Header.Get("Location"), "#", 2)[0])
	mustContain(t, "after the tick", page, "1 of ", "Saved: Done.", "Booked the course: evenings only", "Back to to do")

	sharePath := planShareOf(t, app, edit)
	resp, shared := get(t, app, sharePath)
	if resp.StatusCode != 200 || strings.Contains(shared, "<form") {
		t.Fatalf("share view = %d, has a form: %v", resp.StatusCode, strings.Contains(shared, "<form"))
	}
	mustContain(t, "share view", shared, "A 90-day plan: Machine learning engineer", `property="og:title" content="A 90-day plan: Machine learning engineer (generative models)"`,
		"1 of ", "They rated programming (Python) 1/5")
	for _, private := range []string{"Booked the course", `"/plan/`, "/a/", share} {
		if strings.Contains(shared, private) {
			t.Errorf("the share view shows %q", private)
		}
	}
	_, sharedJSON := get(t, app, sharePath+"/export.json")
	if strings.Contains(sharedJSON, "Booked the course") || strings.Contains(sharedJSON, "skill-programming") || !strings.Contains(sharedJSON, `"status": "done"`) {
		t.Errorf("shared export leaks or lacks progress:\n%.400s", sharedJSON)
	}
	resp, ownJSON := get(t, app, edit+"/export.json")
	var export struct {
		Plan struct {
			PathID string `json:"path_id"`
		} `json:"plan"`
		Steps []struct {
			ID, Note string
		} `json:"steps"`
	}
	if err := json.Unmarshal([]byte(ownJSON), &export); err != nil || resp.StatusCode != 200 || export.Plan.PathID != "ml-engineer-generative" || !strings.Contains(ownJSON, "Booked the course") {
		t.Errorf("owner export: %v %+v", err, export.Plan)
	}

	resp, cal := get(t, app, edit+"/calendar.ics")
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || ct != "text/calendar; charset=utf-8" || !strings.Contains(resp.Header.Get("Content-Disposition"), ".ics") {
		t.Errorf("calendar = %d, %q, %q", resp.StatusCode, ct, resp.Header.Get("Content-Disposition"))
	}
	if strings.Contains(cal, "Booked the course") || strings.Contains(cal, "/plan/") {
		t.Error("the calendar carries a private note or the private link")
	}

	post(t, app, edit+"/share", nil)
	if resp, _ := get(t, app, sharePath); resp.StatusCode != 404 {
		t.Errorf("old share link = %d after replacing it", resp.StatusCode)
	}
	newShare := planShareOf(t, app, edit)
	if resp, _ := get(t, app, edit+"/delete"); resp.StatusCode != 200 {
		t.Errorf("delete confirmation = %d", resp.StatusCode)
	}
	post(t, app, edit+"/delete", nil)
	for _, p := range []string{edit, edit + "/export.json", edit + "/calendar.ics", newShare, newShare + "/export.json"} {
		if resp, _ := get(t, app, p); resp.StatusCode != 404 {
			t.Errorf("%s = %d after delete", p, resp.StatusCode)
		}
	}
	if n := rowCount(t, app, "plans"); n != 0 {
		t.Errorf("%d plans after delete", n)
	}
	if resp, _ := get(t, app, base+"/result"); resp.StatusCode != 200 {
		t.Errorf("deleting the plan touched its assessment: %d", resp.StatusCode)
	}
}

// TestPlanHostileInputGetsFriendlyErrors: made-up ids, tampered hidden
// fields, bad dates, oversized notes, unknown statuses and cross-site
// posts all get a friendly answer with what was typed, never a 500.
func TestPlanHostileInputGetsFriendlyErrors(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	share := strings.TrimPrefix(sharePathOf(t, app, base), "/r/")
	draft := sharePathOfDraft(t, app)
	form := func(over url.Values) url.Values {
		v := url.Values{"assessment": {share}, "path": {"seo-consulting"}, "start": {todayISO()}}
		for k, x := range over {
			v[k] = x
		}
		return v
	}
	for _, tc := range []struct {
		name   string
		form   url.Values
		status int
		want   []string
	}{
		{"malformed share id", form(url.Values{"assessment": {"../../etc"}}), 404, nil},
		{"unknown share id", form(url.Values{"assessment": {strings.Repeat("A", 22)}}), 404, nil},
		{"unfinished assessment", form(url.Values{"assessment": {draft}}), 404, nil},
		{"unknown path", form(url.Values{"path": {"'; DROP TABLE plans;--"}}), 404, nil},
		{"impossible date", form(url.Values{"start": {"2026-02-30"}}), 422, []string{"There is a problem", `value="2026-02-30"`, `type="text"`, "year-month-day"}},
		{"words for a date", form(url.Values{"start": {"next <b>tuesday</b>"}}), 422, []string{`value="next &lt;b&gt;tuesday&lt;/b&gt;"`, "year-month-day"}},
		{"far future", form(url.Values{"start": {"2099-01-01"}}), 422, []string{`value="2099-01-01"`, "within a year of today"}},
		{"two dates", form(url.Values{"start": {todayISO(), todayISO()}}), 422, []string{"Enter one start date"}},
		{"oversized date", form(url.Values{"start": {strings.Repeat("9", 5000)}}), 422, []string{"year-month-day"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := post(t, app, "/plans", tc.form)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d; want %d\n%.300s", resp.StatusCode, tc.status, body)
			}
			mustContain(t, tc.name, body, tc.want...)
			if strings.Contains(body, "<b>tuesday") {
				t.Error("unescaped markup echoed")
			}
		})
	}
	for _, path := range []string{"/plans/new?assessment=" + share + "&path=nope", "/plans/new?assessment=short&path=copywriting", "/plans/new", "/plans/new?assessment=" + draft + "&path=copywriting"} {
		if resp, _ := get(t, app, path); resp.StatusCode != 404 {
			t.Errorf("GET %s = %d; want 404", path, resp.StatusCode)
		}
	}
	if n := rowCount(t, app, "plans"); n != 0 {
		t.Fatalf("%d plans stored from bad forms", n)
	}

	edit := createPlan(t, app, base, "seo-consulting", "")
	_, page := get(t, app, edit)
	step := stepForms(page)[0][1]
	long := strings.Repeat("ten chars ", 101) + "THE END"
	for _, tc := range []struct {
		name   string
		path   string
		form   url.Values
		status int
		want   []string
	}{
		{"unknown step", edit + "/steps/no-such-step", url.Values{"status": {"done"}}, 404, nil},
		{"step of another path", edit + "/steps/python-ml", url.Values{"status": {"done"}}, 404, nil},
		{"made-up status", step, url.Values{"status": {"nuked"}}, 422, []string{"There is a problem", "Choose one of the buttons"}},
		{"two statuses", step, url.Values{"status": {"done", "skipped"}}, 422, []string{"Choose one of the buttons"}},
		{"oversized note", step, url.Values{"status": {"done"}, "note": {long}}, 422, []string{"The note is 1017 characters long", "THE END</textarea>"}},
		{"unknown plan", "/plan/" + strings.Repeat("x", 43) + "/steps/niche", url.Values{"status": {"done"}}, 404, nil},
		{"malformed plan link", "/plan/abc/steps/niche", url.Values{"status": {"done"}}, 404, nil},
		{"bad start date", edit, url.Values{"start": {"31/12/2026"}}, 422, []string{`value="31/12/2026"`, "year-month-day"}},
		{"check-in of an unknown plan", "/plan/" + strings.Repeat("y", 43) + "/check-in", nil, 404, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := post(t, app, tc.path, tc.form)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d; want %d\n%.300s", resp.StatusCode, tc.status, body)
			}
			mustContain(t, tc.name, body, tc.want...)
		})
	}
	// A note with characters PostgreSQL cannot store in JSON is cleaned, not a 500.
	resp, _ := post(t, app, step, url.Values{"status": {"done"}, "note": {"nul\x00 and \xff bytes\r\nsecond line"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("note with control bytes = %d", resp.StatusCode)
	}
	if _, page = get(t, app, edit); !strings.Contains(page, "nul and \uFFFD bytes\nsecond line") {
		t.Error("the cleaned note is not shown")
	}
	for _, path := range []string{step, edit, edit + "/check-in", edit + "/share", edit + "/delete", "/plans"} {
		req := newRequest(t, app, http.MethodPost, path, strings.NewReader("status=done"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		req.Header.Set("Origin", "https://evil.example")
		if resp, body := do(t, app, req); resp.StatusCode != http.StatusForbidden || !strings.Contains(body, "came from somewhere else") {
			t.Errorf("cross-site POST %s = %d; want the friendly 403", path, resp.StatusCode)
		}
	}
	if _, page = get(t, app, edit); strings.Count(page, "Back to to do") != 1 {
		t.Error("a rejected post changed the plan")
	}
}

// sharePathOfDraft is the share id of an assessment with a page missing,
// read from the database (a draft's owner sees no share link yet).
func sharePathOfDraft(t *testing.T, app *testkit.App) string {
	t.Helper()
	draftAssessment(t, app)
	var id string
	if err := app.Pool.QueryRow(context.Background(), `SELECT share_id FROM assessments WHERE result IS NULL LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

// TestFewHoursStretchThePlanOnThePage: the same path at 4 and 20 hours a
// week: the last step before the check-in falls weeks later at 4.
func TestFewHoursStretchThePlanOnThePage(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	start := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, 5)
	checkIn := start.AddDate(0, 0, 89) // day 90 is the check-in's, at any pace
	lastDue := func(hours string) time.Time {
		base := completeAssessment(t, app, map[string][]string{questionnaire.HustleHours: {hours}})
		_, page := get(t, app, createPlan(t, app, base, "seo-consulting", start.Format("2006-01-02")))
		var last time.Time
		for _, m := range regexp.MustCompile(`datetime="(\d{4}-\d\d-\d\d)"`).FindAllStringSubmatch(page, -1) {
			d, _ := time.Parse("2006-01-02", m[1])
			if d.After(last) && !d.Equal(checkIn) {
				last = d
			}
		}
		return last
	}
	slow, fast := lastDue("4"), lastDue("20")
	if slow.Sub(fast) < 4*7*24*time.Hour {
		t.Errorf("at 4 h/week the last step is due %s, at 20 %s; want weeks later", slow.Format("2006-01-02"), fast.Format("2006-01-02"))
	}
}

// TestCheckInShowsWhatChangedAndKeepsProgress: checking in opens the
// questionnaire of a copy with every answer filled in; answering with a
// stronger programming rating changes the result, and the plan then says
// what changed, still has its ticked step, and drops the learning step the
// new rating covers. The assessment first shared is left as it was.
func TestCheckInShowsWhatChangedAndKeepsProgress(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	base := completeAssessment(t, app, map[string][]string{questionnaire.SkillProgramming: {"1"}, questionnaire.SkillMaths: {"2"}})
	origShare := sharePathOf(t, app, base)
	_, origBefore := get(t, app, origShare)
	edit := createPlan(t, app, base, "ml-engineer-generative", "")
	_, page := get(t, app, edit)
	if strings.Contains(page, "What changed since") {
		t.Error("a new plan already says what changed")
	}
	tick := ""
	for _, f := range stepForms(page) {
		if f[2] == "architectures" {
			tick = f[1]
		}
	}
	if resp, _ := post(t, app, tick, url.Values{"status": {"done"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("tick = %d", resp.StatusCode)
	}
	mustContain(t, "before the check-in", page, "Set up Python")

	resp, _ := post(t, app, edit+"/check-in", nil)
	loc := resp.Header.Get("Location")
	m := regexp.MustCompile(`^(/a/[A-Za-z0-9_-]{43})/step/1\?saved=new$`).FindStringSubmatch(loc)
	if resp.StatusCode != http.StatusSeeOther || m == nil {
		t.Fatalf("check-in = %d → %q", resp.StatusCode, loc)
	}
	copyBase := m[1]
	if copyBase == base {
		t.Fatal("the check-in edits the original assessment")
	}
	_, step2 := get(t, app, copyBase+"/step/2")
	mustContain(t, "the copy's skills page", step2, `value="1" checked`)
	if _, copyPage := get(t, app, copyBase+"/step/1?saved=new"); !strings.Contains(copyPage, "Bookmark this private link") {
		t.Error("the copy's first page does not hand out its private link")
	}
	over := map[string][]string{questionnaire.SkillProgramming: {"5"}, questionnaire.SkillMaths: {"5"}}
	for i := 1; i < len(def.Sections); i++ {
		if resp, body := post(t, app, copyBase+"/step/"+strconv.Itoa(i+1), sectionForm(def.Sections[i], over)); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("copy step %d = %d\n%.300s", i+1, resp.StatusCode, body)
		}
	}

	// The new result says what changed too, and where the plan went:
	// the person finishing a check-in lands there, not on the plan.
	_, copyResult := get(t, app, copyBase+"/result")
	mustContain(t, "the check-in's result", copyResult, "What changed since your previous result",
		"The plan’s path, Machine learning engineer (generative models):",
		"You made this self-assessment by checking in on your plan for Machine learning engineer (generative models) on "+time.Now().UTC().Format("Mon 2 Jan 2006"))
	if _, r := get(t, app, base+"/result"); strings.Contains(r, "What changed since") {
		t.Error("the first result, made before any check-in, says what changed")
	}

	_, page = get(t, app, edit)
	mustContain(t, "after the check-in", page, "What changed since the last check-in on "+time.Now().UTC().Format("Mon 2 Jan 2006"),
		"The plan’s path, Machine learning engineer (generative models):", "1 of ")
	if strings.Contains(page, "Set up Python") && !strings.Contains(between(page, "Left out", "</details>"), "Set up Python") {
		t.Error("after a 5/5 programming rating the plan still asks to set up Python")
	}
	if _, origAfter := get(t, app, origShare); between(origAfter, `id="best-heading">`, "</h1>") != between(origBefore, `id="best-heading">`, "</h1>") ||
		!strings.Contains(origAfter, "Programming") {
		t.Error("the assessment first shared changed")
	}
}

// TestPlanFlowInChromium: from the result, "Make this my plan", save it,
// tick the first step, reload (still ticked), see the progress on the
// share view in a fresh browser, and read the calendar with the iCalendar
// library: one event per remaining step, on the dates the page shows.
func TestPlanFlowInChromium(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, map[string][]string{questionnaire.HustleHours: {"6"}})
	ctx := testkit.Browser(t)
	testkit.Run(t, ctx, chromedp.Navigate(app.URL+base+"/result"))
	if status := testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`.best a.button[href^="/plans/new?"]`))); status != 200 {
		t.Fatalf("Make this my plan → %d", status)
	}
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS("#f-start"))); v != todayISO() {
		t.Errorf("the start date is %q; want today, %s", v, todayISO())
	}
	testkit.CheckAxe(t, ctx, "plan preview")
	if status := testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`form[action="/plans"] button[type=submit]`))); status != 200 {
		t.Fatalf("saving the plan → %d", status)
	}
	edit := testkit.Get(t, ctx, chromedp.Location())
	if !strings.Contains(edit, "/plan/") || !strings.Contains(textOf(t, ctx, "main"), "Your plan is saved.") {
		t.Fatalf("after saving: %s", edit)
	}
	firstID := strings.TrimPrefix(testkit.Get(t, ctx, chromedp.Evaluate[string](`document.querySelector('li.plan-step').id`)), "step-")
	if status := testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`#step-`+firstID+` button[value=done]`))); status != 200 {
		t.Fatalf("Mark done → %d", status)
	}
	testkit.Run(t, ctx, chromedp.Reload())
	if got := textOf(t, ctx, "#step-"+firstID+" .step-status"); got != "Done" {
		t.Errorf("after reload the ticked step reads %q", got)
	}
	progress := textOf(t, ctx, ".plan-progress span")
	if !strings.HasPrefix(progress, "1 of ") {
		t.Errorf("progress after one tick: %q", progress)
	}
	type due struct {
		ID   string `json:"id"`
		Date string `json:"date"`
	}
	remaining := testkit.Get(t, ctx, chromedp.Evaluate[[]due](`[...document.querySelectorAll('li.plan-step.status-todo')].map(li => ({id: li.id.slice(5), date: li.querySelector('time').getAttribute('datetime')}))`))
	shareURL := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(`a.link-box[aria-describedby=share-label]`)))

	friend := testkit.Browser(t)
	if status := testkit.Submit(t, friend, chromedp.Navigate(shareURL)); status != 200 {
		t.Fatalf("share link = %d", status)
	}
	if got := textOf(t, friend, ".plan-progress span"); got != progress {
		t.Errorf("share view progress %q; owner's %q", got, progress)
	}
	if got := textOf(t, friend, "#step-"+firstID+" .step-status"); got != "Done" {
		t.Errorf("share view shows the ticked step as %q", got)
	}
	if n := testkit.Get(t, friend, chromedp.Evaluate[int](`document.querySelectorAll('form').length`)); n != 0 {
		t.Errorf("share view has %d forms", n)
	}

	u, err := url.Parse(edit)
	if err != nil {
		t.Fatal(err)
	}
	resp, body := get(t, app, u.Path+"/calendar.ics")
	if resp.StatusCode != 200 {
		t.Fatalf("calendar = %d", resp.StatusCode)
	}
	cal, err := ics.ParseCalendar(strings.NewReader(body))
	if err != nil {
		t.Fatalf("the calendar does not parse: %v", err)
	}
	events := cal.Events()
	if len(events) != len(remaining) {
		t.Fatalf("%d events for %d steps still to do", len(events), len(remaining))
	}
	uids := map[string]bool{}
	for i, e := range events {
		start, err := e.GetAllDayStartAt()
		if err != nil {
			t.Fatal(err)
		}
		end, _ := e.GetAllDayEndAt()
		if got := start.Format("2006-01-02"); got != remaining[i].Date || !end.Equal(start.AddDate(0, 0, 1)) {
			t.Errorf("event %d (%s) on %s–%s; the page says %s", i, e.Id(), got, end.Format("2006-01-02"), remaining[i].Date)
		}
		if !strings.Contains(e.Id(), remaining[i].ID) || uids[e.Id()] {
			t.Errorf("event UID %q for step %s", e.Id(), remaining[i].ID)
		}
		uids[e.Id()] = true
		if strings.Contains(e.Id(), firstID+"@") {
			t.Error("the done step is in the calendar")
		}
	}
	// Downloading again gives the same UIDs, so a re-import updates.
	_, again := get(t, app, u.Path+"/calendar.ics")
	cal2, _ := ics.ParseCalendar(strings.NewReader(again))
	var ids2 []string
	for _, e := range cal2.Events() {
		ids2 = append(ids2, e.Id())
	}
	var ids1 []string
	for _, e := range events {
		ids1 = append(ids1, e.Id())
	}
	if !slices.Equal(ids1, ids2) {
		t.Errorf("UIDs changed between downloads:\n%v\n%v", ids1, ids2)
	}
}

// TestPlanPagesPassQualityCheck: the preview, the owner's page with a
// note and a bad date, the share view, the delete confirmation and the
// result a check-in made pass axe-core and the Nu HTML Checker.
func TestPlanPagesPassQualityCheck(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	base := completeAssessment(t, app, nil)
	share := strings.TrimPrefix(sharePathOf(t, app, base), "/r/")
	testkit.CheckPage(t, ctx, app.URL+"/plans/new?assessment="+share+"&path=custom-chatbots")
	edit := createPlan(t, app, base, "custom-chatbots", "")
	_, page := get(t, app, edit)
	post(t, app, stepForms(page)[0][1], url.Values{"status": {"skipped"}, "note": {"Not this week"}})
	testkit.CheckPage(t, ctx, app.URL+edit+"?saved=new")
	testkit.CheckPage(t, ctx, app.URL+edit+"/delete")
	testkit.CheckPage(t, ctx, app.URL+planShareOf(t, app, edit))
	_, bad := post(t, app, edit, url.Values{"start": {"soon"}})
	testkit.CheckHTML(t, "plan with a bad start date", []byte(bad))
	_, bad = post(t, app, stepForms(page)[1][1], url.Values{"status": {"done"}, "note": {strings.Repeat("x", 1200)}})
	testkit.CheckHTML(t, "plan with an oversized note", []byte(bad))
	_, bad = post(t, app, "/plans", url.Values{"assessment": {share}, "path": {"custom-chatbots"}, "start": {"2026-13-01"}})
	testkit.CheckHTML(t, "plan preview with a bad date", []byte(bad))
	resp, _ := post(t, app, edit+"/check-in", nil)
	testkit.CheckPage(t, ctx, app.URL+strings.Replace(resp.Header.Get("Location"), "/step/1?saved=new", "/result", 1))
}
