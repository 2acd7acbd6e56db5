package server_test

import (
	"net/url"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"github.com/crossroads/crossroads/internal/testkit"
)

// A test card planned on a canvas started for the plan's path, from the
// assessment the plan follows, joins the plan's calendar on its due date,
// named by its claim and never by its words; a card with a result and a
// canvas for another path do not.
func TestCanvasTestCardsJoinThePlanCalendar(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	share := strings.TrimPrefix(sharePathOf(t, app, base), "/r/")
	plan := createPlan(t, app, base, "seo-consulting", todayISO())

	canvasFor := func(path string) string {
		form := canvasFilledForm()
		form.Set("assessment", share)
		form.Set("path", path)
		return canvasCreate(t, app, form)
	}
	card := func(edit, claim, due string) {
		resp, body := post(t, app, edit+"/tests", url.Values{"claim": {claim}, "belief": {"Shops lose sales to unlisted stock"},
			"kind": {"conversations"}, "test": {"Ask five shop owners"}, "pass_mark": {"Three of five"}, "due": {due}})
		if resp.StatusCode != 303 {
			t.Fatalf("planning a test on %s = %d\n%s", edit, resp.StatusCode, body)
		}
	}
	seo := canvasFor("seo-consulting")
	card(seo, "pains.0", "2027-03-01")
	card(seo, "dependencies.0", "2027-03-08")
	post(t, app, seo+"/tests/2", url.Values{"seen": {"Done"}, "decision": {"Go on"}, "outcome": {"passed"}})
	card(canvasFor("copywriting"), "pains.0", "2027-04-01")

	_, body := get(t, app, plan+"/calendar.ics")
	cal, err := ics.ParseCalendar(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var tests []string
	for _, e := range cal.Events() {
		if s := e.GetProperty(ics.ComponentPropertySummary); s != nil && strings.HasPrefix(s.Value, "Niche canvas:") {
			start := e.GetProperty(ics.ComponentPropertyDtStart)
			tests = append(tests, s.Value+" @ "+start.Value)
		}
	}
	if len(tests) != 1 || tests[0] != "Niche canvas: run the test of pain point 1 @ 20270301" {
		t.Errorf("canvas tests in the plan calendar: %q; want only the SEO canvas's open card, on its due date", tests)
	}
	if strings.Contains(body, "unlisted stock") || strings.Contains(body, "/canvas/") {
		t.Error("the calendar carries the card's words or the canvas's private link")
	}
}
