package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// validComparison is a valid comparison form: SEO consulting against a
// prompt-engineer job, 10 hours a week, $6,000 goal.
func validComparison() url.Values {
	return url.Values{
		"paths":                     {"seo-consulting", "prompt-engineer"},
		"goal_per_month":            {"6000"},
		"hustle.hours_per_week":     {"10"},
		"hustle.weeks_off_per_year": {"4"},
		"hustle.start_rate":         {"50"},
		"hustle.ramped_rate":        {"150"},
		"hustle.ramp_months":        {"12"},
		"hustle.billable_pct":       {"100"},
		"hustle.retainer_per_month": {"0"},
		"hustle.platform_fee_pct":   {"0"},
		"hustle.tax_pct":            {"0"},
		"hustle.upfront_cost":       {"500"},
		"hustle.monthly_cost":       {"0"},
		"job.salary_per_year":       {"175000"},
		"job.learning_months":       {"12"},
		"job.learning_cost":         {"0"},
		"job.tax_pct":               {"0"},
	}
}

var compareEditRE = regexp.MustCompile(`^/compare/([A-Za-z0-9_-]{43})\?saved=new$`)

func createComparison(t *testing.T, app *testkit.App, form url.Values) string {
	t.Helper()
	resp, body := post(t, app, "/comparisons", form)
	m := compareEditRE.FindStringSubmatch(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusSeeOther || m == nil {
		t.Fatalf("POST /comparisons = %d → %q\n%s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	return "/compare/" + m[1]
}

var goalMonthRE = regexp.MustCompile(`reaches the \$6,000 extra-income goal in month (\d+)`)

// TestComparisonProjectionArithmeticOnThePage checks the page against the
// model by hand: 10 h/week with 4 weeks off is 48/12 = 4 weeks, 40 hours a
// month. The goal of $6,000 needs $150/h; the rate climbs from $50 by
// $100/12 a month and reaches $150 in month 13. At 20 h/week (80 hours) it
// needs $75/h: 50 + 100×(n−1)/12 ≥ 75 first holds at n = 4.
func TestComparisonProjectionArithmeticOnThePage(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := createComparison(t, app, validComparison())
	_, body := get(t, app, base)
	if m := goalMonthRE.FindStringSubmatch(body); m == nil || m[1] != "13" {
		t.Errorf("goal month at 10 h/week = %v; want 13", m)
	}
	mustContain(t, "comparison", body, "pays back its $500 upfront cost by month 1",
		"Prompt engineer reaches the $6,000 monthly goal in month 13") // 175,000/12 = 14,583 from month 13

	form := validComparison()
	form.Set("hustle.hours_per_week", "20")
	if resp, _ := post(t, app, base, form); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	_, body = get(t, app, base)
	if m := goalMonthRE.FindStringSubmatch(body); m == nil || m[1] != "4" {
		t.Errorf("goal month at 20 h/week = %v; want 4", m)
	}
}

func TestComparisonBadInputKeepsValuesAndExplains(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	cases := []struct {
		name  string
		edit  func(url.Values)
		field string
		want  string
	}{
		{"words for hours", func(v url.Values) { v.Set("hustle.hours_per_week", "ten-ish") }, "hustle.hours_per_week", `value="ten-ish"`},
		{"too many hours", func(v url.Values) { v.Set("hustle.hours_per_week", "200") }, "hustle.hours_per_week", `value="200"`},
		{"negative salary", func(v url.Values) { v.Set("job.salary_per_year", "-5") }, "job.salary_per_year", `value="-5"`},
		{"NaN rate", func(v url.Values) { v.Set("hustle.start_rate", "NaN") }, "hustle.start_rate", `value="NaN"`},
		{"fractional months", func(v url.Values) { v.Set("hustle.ramp_months", "2.5") }, "hustle.ramp_months", `value="2.5"`},
		{"repeated key", func(v url.Values) { v["hustle.tax_pct"] = []string{"10", "20"} }, "hustle.tax_pct", `value="10"`},
		{"one path", func(v url.Values) { v["paths"] = []string{"seo-consulting"} }, "paths", "Choose two or three"},
		{"unknown path", func(v url.Values) { v.Add("paths", "'; DROP TABLE comparisons;--") }, "paths", "Choose paths from the list"},
		{"script in a number", func(v url.Values) { v.Set("hustle.upfront_cost", "<script>x</script>") }, "hustle.upfront_cost", `value="&lt;script&gt;x&lt;/script&gt;"`},
		{"invalid UTF-8", func(v url.Values) { v.Set("hustle.monthly_cost", "\xff\xfe") }, "hustle.monthly_cost", "as a number"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			form := validComparison()
			tc.edit(form)
			resp, body := post(t, app, "/comparisons", form)
			if resp.StatusCode != http.StatusUnprocessableEntity {
				t.Fatalf("status %d; want 422", resp.StatusCode)
			}
			mustContain(t, tc.name, body, "There is a problem", tc.want, `id="f-`+tc.field)
			if strings.Contains(body, "<script>x") {
				t.Error("unescaped script echoed")
			}
			if !strings.Contains(body, `value="175000"`) && tc.field != "job.salary_per_year" {
				t.Error("other typed values were lost")
			}
		})
	}
	if n := rowCount(t, app, "comparisons"); n != 0 {
		t.Errorf("%d comparisons stored from invalid forms", n)
	}
}

func TestComparisonLinksRegenerateExportAndDelete(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := createComparison(t, app, validComparison())
	shareRE := regexp.MustCompile(`href="https?://[^/"]+(/shared/comparison/[A-Za-z0-9_-]{22})"`)
	shareOf := func() string {
		_, body := get(t, app, base)
		m := shareRE.FindStringSubmatch(body)
		if m == nil {
			t.Fatal("no share link on the comparison page")
		}
		return m[1]
	}
	share := shareOf()
	resp, body := get(t, app, share)
	if resp.StatusCode != 200 || strings.Contains(body, "<form") {
		t.Fatalf("share view = %d, has a form: %v", resp.StatusCode, strings.Contains(body, "<form"))
	}
	mustContain(t, "share view", body, `property="og:title" content="SEO consulting vs Prompt engineer"`, "month 13")

	resp, js := get(t, app, base+"/export.json")
	if resp.StatusCode != http.StatusOK {
		t.Errorf("owner export = %d", resp.StatusCode)
	}
	var export struct {
		Comparison struct {
			Paths []string `json:"paths"`
		} `json:"comparison"`
	}
	if err := json.Unmarshal([]byte(js), &export); err != nil || len(export.Comparison.Paths) != 2 {
		t.Errorf("export: %v %+v", err, export)
	}

	post(t, app, base+"/share", nil)
	if resp, _ := get(t, app, share); resp.StatusCode != 404 {
		t.Errorf("old share link = %d after replacing it", resp.StatusCode)
	}
	newShare := shareOf()
	post(t, app, base+"/delete", nil)
	for _, p := range []string{base, base + "/export.json", newShare, newShare + "/export.json"} {
		if resp, _ := get(t, app, p); resp.StatusCode != 404 {
			t.Errorf("%s = %d after delete", p, resp.StatusCode)
		}
	}
	if n := rowCount(t, app, "comparisons"); n != 0 {
		t.Errorf("%d rows after delete", n)
	}
}

// TestComparisonFromResultInChromium: from an assessment result, open the
// comparison. The top side hustle's rate comes pre-filled from its own
// published source, so the projection runs at once (and a $6,000 goal is
// out of reach at 10 hours a week); enter other rates, change the hours per
// week, see the goal month move, share it.
func TestComparisonFromResultInChromium(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, map[string][]string{
		questionnaire.IncomeGoal: {"6000"}, questionnaire.HustleHours: {"10"},
		questionnaire.JobPayGoal: {""}, questionnaire.TakeHome: {""},
	})
	ctx := testkit.Browser(t)
	testkit.Run(t, ctx, chromedp.Navigate(app.URL+base+"/result"))
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`a.button[href^="/comparisons/new?assessment="]`)))
	summary := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(".projection-summary")))
	if !strings.Contains(summary, "Freelance social media management does not reach the $6,000") {
		t.Fatalf("before a rate is entered: %q; want the sourced rate projected, short of the goal", summary)
	}
	if rate := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS(`#f-hustle\.start_rate`))); rate != "22.42" {
		t.Fatalf("start rate %q: want the published 25th percentile, 22.42", rate)
	}
	testkit.CheckAxe(t, ctx, "new comparison from an assessment")

	// 40 hours a month at 100% billable with no fee or tax: the arithmetic of
	// TestComparisonProjectionArithmeticOnThePage.
	set := func(id, v string) chromedp.Action[chromedp.Void] {
		return chromedp.SetValue(chromedp.CSS("#f-"+strings.ReplaceAll(id, ".", "\\.")), v)
	}
	submit := func() {
		testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`section[aria-labelledby=change-heading] button[type=submit]`)))
	}
	testkit.Run(t, ctx, set("hustle.start_rate", "50"), set("hustle.ramped_rate", "150"), set("hustle.ramp_months", "12"),
		set("hustle.weeks_off_per_year", "4"), set("hustle.billable_pct", "100"),
		set("hustle.platform_fee_pct", "0"), set("hustle.tax_pct", "0"))
	submit()
	summary = testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(".projection-summary")))
	if m := goalMonthRE.FindStringSubmatch(summary); m == nil || m[1] != "13" {
		t.Fatalf("after entering $50→$150/h: %q; want the goal in month 13", summary)
	}

	testkit.Run(t, ctx, set("hustle.hours_per_week", "20"))
	submit()
	summary = testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(".projection-summary")))
	if m := goalMonthRE.FindStringSubmatch(summary); m == nil || m[1] != "4" {
		t.Fatalf("after 20 h/week: %q; want the goal in month 4", summary)
	}
	shareURL := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(`a.link-box[aria-describedby=share-label]`)))

	friend := testkit.Browser(t)
	if status := testkit.Submit(t, friend, chromedp.Navigate(shareURL)); status != 200 {
		t.Fatalf("share link = %d", status)
	}
	shared := testkit.Get(t, friend, chromedp.Text(chromedp.CSS(".projection-summary")))
	if m := goalMonthRE.FindStringSubmatch(shared); m == nil || m[1] != "4" {
		t.Errorf("share view: %q; want the saved goal month 4", shared)
	}
	if n := testkit.Get(t, friend, chromedp.Evaluate[int](`document.querySelectorAll('form').length`)); n != 0 {
		t.Errorf("share view has %d forms", n)
	}
}

func TestComparisonPagesPassQualityCheck(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	testkit.CheckPage(t, ctx, app.URL+"/comparisons/new")
	base := completeAssessment(t, app, nil)
	share := sharePathOf(t, app, base)
	testkit.CheckPage(t, ctx, app.URL+"/comparisons/new?assessment="+strings.TrimPrefix(share, "/r/")+"&path=ai-consulting")

	bad := validComparison()
	bad.Set("hustle.hours_per_week", "lots")
	_, body := post(t, app, "/comparisons", bad)
	testkit.CheckHTML(t, "comparison validation error", []byte(body))

	edit := createComparison(t, app, validComparison())
	testkit.CheckPage(t, ctx, app.URL+edit+"?saved=new")
	testkit.CheckPage(t, ctx, app.URL+edit+"/delete")
	_, page := get(t, app, edit)
	shareRE := regexp.MustCompile(`href="https?://[^/"]+(/shared/comparison/[A-Za-z0-9_-]{22})"`)
	m := shareRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no share link")
	}
	testkit.CheckPage(t, ctx, app.URL+m[1])

	// The validation error state in the browser, for axe.
	testkit.Run(t, ctx, chromedp.Navigate(app.URL+edit), chromedp.SetValue(chromedp.CSS("#f-hustle\\.hours_per_week"), "lots"))
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`section[aria-labelledby=change-heading] button[type=submit]`)))
	testkit.CheckAxe(t, ctx, "comparison validation error")
}

// TestComparisonOwnerSeesWhatTheLastActionDid: replacing the share link and
// saving each land on the owner's page with a notice saying so (the share
// notice used to be set but never shown, and ?done=saved never read).
func TestComparisonOwnerSeesWhatTheLastActionDid(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	edit := createComparison(t, app, validComparison())
	if _, body := get(t, app, edit); strings.Contains(body, "You have a new share link") || strings.Contains(body, "Your changes are saved") {
		t.Error("a plain visit shows an action's notice")
	}

	resp, _ := post(t, app, edit+"/share", nil)
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, edit+"?") {
		t.Fatalf("replacing the share link = %d to %q", resp.StatusCode, loc)
	}
	_, body := get(t, app, strings.SplitN(loc, "#", 2)[0])
	mustContain(t, "after replacing the share link", body, "You have a new share link. The old one no longer works.")

	form := validComparison()
	form.Set("goal_per_month", "7000")
	resp, _ = post(t, app, edit, form)
	loc = resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, edit+"?") {
		t.Fatalf("saving = %d to %q", resp.StatusCode, loc)
	}
	_, body = get(t, app, strings.SplitN(loc, "#", 2)[0])
	mustContain(t, "after saving", body, "Your changes are saved.", `value="7000"`)
}
