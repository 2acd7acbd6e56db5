package server_test

import (
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestAssessmentPagesPassQualityCheck runs axe-core (WCAG 2.2 A/AA) and the
// Nu HTML Checker over every state of the questionnaire and its result.
func TestAssessmentPagesPassQualityCheck(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	ctx := testkit.Browser(t)

	testkit.CheckPage(t, ctx, app.URL+"/assessments/new")

	// Validation error state: the served HTML, and the page in the browser.
	bad := sectionForm(def.Sections[0], map[string][]string{questionnaire.HustleHours: {"lots"}, questionnaire.Runway: {"-3"}})
	bad.Del(questionnaire.DayJob)
	_, body := post(t, app, "/assessments", bad)
	testkit.CheckHTML(t, "validation error", []byte(body))
	testkit.Run(t, ctx, chromedp.Navigate(app.URL+"/assessments/new"), chromedp.SendKeys(chromedp.CSS("#f-hustle-hours"), "lots"))
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`button[value=next]`)))
	testkit.CheckAxe(t, ctx, "validation error")

	base := completeAssessment(t, app, map[string][]string{questionnaire.DomainName: {"Dental clinics"}, questionnaire.GoalThreeYears: {"Run a small agency"}})
	share := sharePathOf(t, app, base)
	for i := range def.Sections {
		testkit.CheckPage(t, ctx, app.URL+base+"/step/"+string(rune('1'+i)))
	}
	testkit.CheckPage(t, ctx, app.URL+base+"/step/2?saved=new") // the "bookmark this link" notice
	testkit.CheckPage(t, ctx, app.URL+base+"/result")
	testkit.CheckPage(t, ctx, app.URL+base+"/result?done=share")
	testkit.CheckPage(t, ctx, app.URL+share)
	post(t, app, base+"/visibility", url.Values{"hide_free_text": {"yes"}})
	testkit.CheckPage(t, ctx, app.URL+share)
	testkit.CheckPage(t, ctx, app.URL+base+"/result?done=visibility")
	testkit.CheckPage(t, ctx, app.URL+base+"/delete")

	_, deleted := post(t, app, base+"/delete", nil)
	testkit.CheckHTML(t, "deleted page", []byte(deleted))
	testkit.CheckPage(t, ctx, app.URL+"/sources")
}
