package server_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// waitTitle waits until the page title starts with prefix: the sign that a
// form submission has landed on the next page.
func waitTitle(prefix string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.title.startsWith(`+strconv.Quote(prefix)+`)`))
		return err
	})
}

// fillSection answers one page the way a person would: clicking radios and
// checkboxes, typing into text fields.
func fillSection(s questionnaire.Section, overrides map[string]string) []chromedp.Action[chromedp.Void] {
	var steps []chromedp.Action[chromedp.Void]
	for _, q := range s.Questions {
		id := "#f-" + q.ID
		switch q.Kind {
		case questionnaire.Scale:
			steps = append(steps, chromedp.Click(chromedp.CSS(id+"-2")))
		case questionnaire.Single, questionnaire.Multi:
			steps = append(steps, chromedp.Click(chromedp.CSS(id+"-0")))
		default:
			v, ok := overrides[q.ID]
			if !ok {
				v = validAnswer(q)[0]
			}
			steps = append(steps, chromedp.SendKeys(chromedp.CSS(id), v)) // fresh pages start empty
		}
	}
	return steps
}

func next() chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.CSS(`button[name=action][value=next]`))
}

// TestQuestionnaireFlowInChromium walks the whole questionnaire as a person
// would — with one validation error and one Back — reaches the result,
// opens the share link in a fresh browser, replaces it, then deletes.
func TestQuestionnaireFlowInChromium(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	ctx := testkit.Browser(t)

	// Page 1 with a mistake: hours typed as words.
	testkit.Run(t, ctx, chromedp.Navigate(app.URL+"/assessments/new"), waitTitle("Step 1 of 6"))
	testkit.Run(t, ctx, fillSection(def.Sections[0], map[string]string{questionnaire.HustleHours: "twelve"})...)
	testkit.Submit(t, ctx, next())
	testkit.Run(t, ctx, waitTitle("Error: Step 1 of 6"))
	summary := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS("#error-summary")))
	if !strings.Contains(summary, "hours") {
		t.Errorf("error summary %q does not name the hours field", summary)
	}
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS("#f-hustle-hours"))); v != "twelve" {
		t.Errorf("typed value not kept: %q", v)
	}
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS("#f-runway"))); v != "10" {
		t.Errorf("other values lost after the error: runway = %q", v)
	}
	testkit.CheckAxe(t, ctx, "validation error state")

	// Fix it; page 2 hands out the private link.
	testkit.Run(t, ctx, chromedp.SetValue(chromedp.CSS("#f-hustle-hours"), "12"))
	testkit.Submit(t, ctx, next())
	testkit.Run(t, ctx, waitTitle("Step 2 of 6"))
	editURL := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(".notice.ok a.link-box")))
	if !strings.Contains(editURL, "/a/") {
		t.Fatalf("no private link after page 1: %q", editURL)
	}

	// Page 2, then Back from page 3: page 2's answers are still there.
	testkit.Run(t, ctx, fillSection(def.Sections[1], map[string]string{questionnaire.DomainName: "Dental clinics"})...)
	testkit.Submit(t, ctx, next())
	testkit.Run(t, ctx, waitTitle("Step 3 of 6"))
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`button[value=back]`)))
	testkit.Run(t, ctx, waitTitle("Step 2 of 6"))
	if v := testkit.Get(t, ctx, chromedp.Value(chromedp.CSS("#f-domain-name"))); v != "Dental clinics" {
		t.Errorf("after Back, domain = %q; want the typed answer", v)
	}
	if !testkit.Get(t, ctx, chromedp.Evaluate[bool](`document.getElementById('f-skill-writing-2').checked`)) {
		t.Error("after Back, the chosen rating is not checked")
	}

	for i := 1; i < len(def.Sections); i++ {
		if i > 1 {
			testkit.Run(t, ctx, fillSection(def.Sections[i], nil)...)
		}
		want := "Step " + strconv.Itoa(i+2) + " of 6"
		if i == len(def.Sections)-1 {
			want = "Best fit: "
		}
		testkit.Submit(t, ctx, next())
		testkit.Run(t, ctx, waitTitle(want))
	}
	ownerHeading := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS("h1")))
	shareURL := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(`a.link-box[aria-describedby=share-label]`)))

	// A friend opens the share link in a browser of their own.
	friend := testkit.Browser(t)
	testkit.Run(t, friend, chromedp.Navigate(shareURL), waitTitle("Best fit: "))
	if h := testkit.Get(t, friend, chromedp.Text(chromedp.CSS("h1"))); h != ownerHeading {
		t.Errorf("share view shows %q; owner sees %q", h, ownerHeading)
	}
	if n := testkit.Get(t, friend, chromedp.Evaluate[int](`document.querySelectorAll('form').length`)); n != 0 {
		t.Errorf("the share view has %d forms; want read-only", n)
	}

	// Replace the share link: the friend's copy stops working.
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`form[action$="/share"] button`)))
	newShare := testkit.Get(t, ctx, chromedp.Text(chromedp.CSS(`a.link-box[aria-describedby=share-label]`)))
	if newShare == shareURL {
		t.Fatal("share link did not change")
	}
	if status := testkit.Submit(t, friend, chromedp.Navigate(shareURL)); status != 404 {
		t.Errorf("old share link = %d; want 404", status)
	}

	// Delete after confirming: every link is dead and the row is gone.
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`a.button.danger`)))
	testkit.Run(t, ctx, waitTitle("Delete this assessment?"))
	testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(`button.danger`)))
	testkit.Run(t, ctx, waitTitle("Deleted"))
	for _, u := range []string{editURL, newShare} {
		if status := testkit.Submit(t, friend, chromedp.Navigate(u)); status != 404 {
			t.Errorf("%s after delete = %d; want 404", u, status)
		}
		testkit.Run(t, friend, waitTitle("We could not find that page"))
	}
	if n := rowCount(t, app, "assessments"); n != 0 {
		t.Errorf("%d rows left after delete", n)
	}
}
