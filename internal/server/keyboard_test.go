package server_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/crossroads/crossroads/internal/testkit"
)

// TestFirstPageWithTheKeyboardOnly: the skip link comes first, and the whole
// first questionnaire page can be answered and saved with keys alone.
func TestFirstPageWithTheKeyboardOnly(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	active := func() string {
		return testkit.Get(t, ctx, chromedp.Evaluate[string](`document.activeElement.id || document.activeElement.className`))
	}
	testkit.Run(t, ctx, chromedp.Navigate(app.URL+"/assessments/new"), chromedp.KeyEvent(kb.Tab))
	if a := active(); a != "skip-link" {
		t.Fatalf("first Tab focuses %q; want the skip link", a)
	}
	testkit.Run(t, ctx, chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Tab))
	if a := active(); a != "f-country-0" {
		t.Fatalf("after skipping, Tab focuses %q; want the first question", a)
	}
	// where you work (the arrow key moves to and picks the United Kingdom),
	// hours, day-job hours, then the day-job radios (Space picks the focused one),
	// the extra-income goal, two optional pay questions left empty, runway, budget.
	testkit.Run(t, ctx,
		chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Tab),
		chromedp.KeyEvent("12"), chromedp.KeyEvent(kb.Tab),
		chromedp.KeyEvent("40"), chromedp.KeyEvent(kb.Tab),
		chromedp.KeyEvent(" "), chromedp.KeyEvent(kb.Tab),
		chromedp.KeyEvent("3000"), chromedp.KeyEvent(kb.Tab),
		chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab), // the two optional pay questions stay empty
		chromedp.KeyEvent("6"), chromedp.KeyEvent(kb.Tab),
		chromedp.KeyEvent("500"), chromedp.KeyEvent(kb.Tab),
	)
	if got := testkit.Get(t, ctx, chromedp.Evaluate[string](`document.activeElement.textContent`)); got != "Save and continue" {
		t.Fatalf("after the last field, focus is on %q; want the save button", got)
	}
	status := testkit.Submit(t, ctx, chromedp.KeyEvent(kb.Enter))
	title := testkit.Get(t, ctx, chromedp.Title())
	if status != 200 || !strings.HasPrefix(title, "Step 2 of 6") {
		t.Fatalf("keyboard submit landed on %q (%d); want step 2", title, status)
	}
}
