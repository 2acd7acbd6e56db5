package server_test

import (
	"context"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/testkit"
)

// widths are the screens every page must fit: a small phone, a common
// phone, a tablet and a laptop.
var widths = []int64{320, 390, 768, 1280}

// layoutReport is what the browser measures on one page.
type layoutReport struct {
	ScrollWidth float64  `json:"scrollWidth"`
	Height      float64  `json:"height"`
	Problems    []string `json:"problems"`
}

// measureLayout opens every disclosure (so hidden content is measured too,
// as print shows it) unless closed is set, and reports the page width, its
// height and every chart label that is clipped or, at minFont > 0, drawn
// smaller than minFont CSS pixels.
const measureLayout = `((openAll, minFont) => {
	if (openAll) document.querySelectorAll('details').forEach(d => d.open = true);
	const problems = [];
	document.querySelectorAll('svg').forEach(svg => {
		const box = svg.getBoundingClientRect();
		if (box.width === 0) return;
		const ctm = svg.getScreenCTM();
		const scale = ctm ? ctm.a : 1;
		svg.querySelectorAll('text').forEach(t => {
			const b = t.getBoundingClientRect();
			if (b.width === 0) return;
			if (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1)
				problems.push('clipped: ' + t.textContent.trim());
			const size = parseFloat(getComputedStyle(t).fontSize) * scale;
			if (minFont > 0 && size < minFont) problems.push('tiny (' + size.toFixed(1) + 'px): ' + t.textContent.trim());
		});
	});
	return {scrollWidth: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight, problems};
})`

func measure(t *testing.T, ctx context.Context, openAll bool, minFont int) layoutReport {
	t.Helper()
	open := "false"
	if openAll {
		open = "true"
	}
	return testkit.Get(t, ctx, chromedp.Evaluate[layoutReport](measureLayout+"("+open+", "+strconv.Itoa(minFont)+")"))
}

// viewport sets the window a page is laid out in; phones and tablets get
// mobile emulation, so a page that overflows shows it in scrollWidth.
func viewport(w int64) chromedp.Action[chromedp.Void] {
	if w < 1000 {
		return chromedp.EmulateViewport(w, 844, chromedp.EmulateMobile, chromedp.EmulatePortrait)
	}
	return chromedp.EmulateViewport(w, 900)
}

func printMedia(on bool) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		media := ""
		if on {
			media = "print"
		}
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	})
}

// everyPage builds one of each page and state a person can reach, and
// returns their paths with a name for each.
func everyPage(t *testing.T, app *testkit.App) map[string]string {
	t.Helper()
	base := completeAssessment(t, app, undecidedForm())
	share := sharePathOf(t, app, base)
	shareID := strings.TrimPrefix(share, "/r/")
	draft := draftAssessment(t, app)
	cmp := createComparison(t, app, validComparison())
	cv := canvasCreate(t, app, canvasFilledForm())
	pl := createPlan(t, app, base, "ai-consulting", "")
	return map[string]string{
		"home": "/", "sources": "/sources", "scoring": "/how-scoring-works",
		"questionnaire start":       "/assessments/new",
		"questionnaire with errors": draft + "/step/2?check=1",
		"result":                    base + "/result",
		"result share":              share,
		"delete confirmation":       base + "/delete",
		"comparison start":          "/comparisons/new?assessment=" + shareID,
		"comparison":                cmp,
		"comparison share":          shareLinkOn(t, app, cmp, "/shared/comparison/"),
		"canvas start":              "/canvases/new?assessment=" + shareID + "&path=social-media-management",
		"canvas":                    cv,
		"canvas share":              canvasSharePathOf(t, app, cv),
		"plan start":                "/plans/new?assessment=" + shareID + "&path=ml-engineer-generative",
		"plan":                      pl,
		"plan share":                planShareOf(t, app, pl),
		"not found":                 "/no/such/page",
	}
}

// undecidedForm is every answer at its undecided value: a close call, so
// the result shows its tie and tips.
func undecidedForm() map[string][]string {
	return map[string][]string(scoring.Undecided())
}

// draftAssessment starts an assessment and leaves page 2 unanswered.
func draftAssessment(t *testing.T, app *testkit.App) string {
	t.Helper()
	def := questionnaire.Default()
	resp, _ := post(t, app, "/assessments", sectionForm(def.Sections[0], nil))
	return strings.TrimSuffix(resp.Header.Get("Location"), "/step/2?saved=new")
}

// TestEveryPageFitsEveryScreen: no page scrolls sideways at 320, 390, 768 or
// 1280 px, with its disclosures closed or open, and on paper; no chart label
// is clipped anywhere, or drawn under 12 px on a 390 px phone or wider.
func TestEveryPageFitsEveryScreen(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	pages := everyPage(t, app)
	for name, path := range pages {
		t.Run(name, func(t *testing.T) {
			ctx := testkit.Browser(t) // a tab of its own, with its own time limit
			for _, w := range widths {
				testkit.Run(t, ctx, viewport(w), printMedia(false), chromedp.Navigate(app.URL+path))
				minFont := 0
				if w >= 390 {
					minFont = 12
				}
				for _, open := range []bool{false, true} {
					r := measure(t, ctx, open, minFont)
					if r.ScrollWidth > float64(w) {
						t.Errorf("%s at %d px (disclosures open %v) is %.0f px wide: it scrolls sideways", name, w, open, r.ScrollWidth)
					}
					for _, p := range r.Problems {
						t.Errorf("%s at %d px: chart label %s", name, w, p)
					}
				}
			}
		})
	}
	// On paper (US Letter at 96 dpi) every disclosure's content prints and
	// nothing runs off the page.
	ctx := testkit.Browser(t)
	for _, name := range []string{"result", "result share", "comparison share", "canvas share", "plan share"} {
		testkit.Run(t, ctx, chromedp.EmulateViewport(816, 1056), printMedia(true), chromedp.Navigate(app.URL+pages[name]))
		r := measure(t, ctx, false, 0)
		if r.ScrollWidth > 816 {
			t.Errorf("%s prints %.0f px wide on an 816 px page", name, r.ScrollWidth)
		}
		hidden := testkit.Get(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('details:not([open])')]
			.filter(d => d.getBoundingClientRect().height > 0)
			.flatMap(d => [...d.children].filter(e => e.tagName !== 'SUMMARY' && e.getBoundingClientRect().height === 0)).length`))
		if hidden > 0 {
			t.Errorf("%s in print hides %d disclosed parts", name, hidden)
		}
	}
	testkit.Run(t, ctx, printMedia(false))
}

// TestResultFirstScreenAnswersTheQuestion: on a 390 × 844 phone the first
// screen shows the best fit with its fit word, why, what it earns, what it
// asks, this week's step and, for a close call, the runner-up and what
// would tip it; the whole page stays under 6,000 px with its disclosures
// closed.
func TestResultFirstScreenAnswersTheQuestion(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	// The undecided person in the US, and a writer in the UK with 12 hours
	// a week, whose money line is in pounds.
	british := undecidedForm()
	british["country"], british["hustle-hours"], british["skill-writing"] = []string{"uk"}, []string{"12"}, []string{"5"}
	var pages []string
	currency := map[string]string{}
	for _, person := range []struct {
		form map[string][]string
		sign string
	}{{undecidedForm(), "$"}, {british, "£"}} {
		base, sign := completeAssessment(t, app, person.form), person.sign
		for _, path := range []string{base + "/result", sharePathOf(t, app, base)} {
			pages, currency[path] = append(pages, path), sign
		}
	}
	for _, path := range pages {
		testkit.Run(t, ctx, viewport(390), chromedp.Navigate(app.URL+path))
		if money := testkit.Get(t, ctx, chromedp.Evaluate[string](`document.querySelector('.best .key-facts .summary-row dd')?.textContent ?? ''`)); !strings.Contains(money, currency[path]) {
			t.Errorf("%s: the money line %q is not in the person's currency (%s)", path, money, currency[path])
		}
		type box struct {
			Name   string  `json:"name"`
			Top    float64 `json:"top"`
			Bottom float64 `json:"bottom"`
		}
		boxes := testkit.Get(t, ctx, chromedp.Evaluate[[]box](`(() => {
			const out = [];
			const add = (name, el) => { if (el) { const r = el.getBoundingClientRect(); out.push({name, top: r.top + scrollY, bottom: r.bottom + scrollY}); } };
			add('best fit', document.querySelector('h1#best-heading'));
			add('fit word', document.querySelector('.best .fit-word'));
			add('why', document.querySelector('.best .why'));
			// "What it earns you" / "them", or "What it pays" for a job.
			document.querySelectorAll('.best .key-facts .summary-row').forEach(row => add(row.querySelector('dt').textContent.trim().replace(/^What it (earns (you|them)|pays)$/, 'What it earns'), row));
			add('close call', document.querySelector('.best .close-call'));
			add('tip', document.querySelector('.best .close-call p + p'));
			return out;
		})()`))
		found := map[string]box{}
		for _, b := range boxes {
			found[b.Name] = b
		}
		for _, name := range []string{"best fit", "fit word", "why", "What it earns", "What it asks", "This week"} {
			b, ok := found[name]
			if !ok || b.Bottom > 844 {
				t.Errorf("%s: %q is not on the first 390 × 844 screen: %+v", path, name, b)
			}
		}
		for _, name := range []string{"close call", "tip"} {
			if b, ok := found[name]; !ok || b.Top > 844-20 {
				t.Errorf("%s: the close call's %q does not start on the first screen: %+v", path, name, b)
			}
		}
		if r := measure(t, ctx, false, 12); r.Height > 6000 {
			t.Errorf("%s is %.0f px tall at 390 px with its disclosures closed; budget 6,000", path, r.Height)
		}
	}
}

var secondPerson = regexp.MustCompile(`(?i)\b(you|your|yours|yourself|you’re|you're|you’d|you'd|you’ve)\b`)

// TestShareViewsSpeakInTheThirdPerson: someone reading a share link is not
// the owner, so no share view speaks to them as if they were.
func TestShareViewsSpeakInTheThirdPerson(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	base := completeAssessment(t, app, map[string][]string{"day-job": {"keep"}, "risk-platforms": {"1"}, "dayjob-hours": {"45"}, "hustle-hours": {"15"}})
	pages := everyPage(t, app)
	// A plan whose answers put conditional steps in (a day job, few hours,
	// a low rating), with a private note that must not show.
	pl := createPlan(t, app, base, "custom-chatbots", "")
	_, page := get(t, app, pl)
	post(t, app, stepForms(page)[0][1], url.Values{"status": {"done"}, "note": {"You wrote this note"}})
	// A comparison made from the assessment, so its skill gaps show ratings.
	form := validComparison()
	form.Set("assessment", strings.TrimPrefix(sharePathOf(t, app, base), "/r/"))
	linked := shareLinkOn(t, app, createComparison(t, app, form), "/shared/comparison/")
	for _, path := range []string{sharePathOf(t, app, base), pages["result share"], pages["comparison share"], linked, pages["canvas share"],
		pages["plan share"], planShareOf(t, app, pl)} {
		testkit.Run(t, ctx, viewport(1280), chromedp.Navigate(app.URL+path))
		// Quotations (an article's words, a question as it was asked) and
		// citations are someone else's voice; the page's own must not say "you".
		text := testkit.Get(t, ctx, chromedp.Evaluate[string](`(document.querySelectorAll('details').forEach(d => d.open = true),
			document.querySelectorAll('q, blockquote, cite').forEach(e => e.remove()), document.body.innerText)`))
		for _, line := range strings.Split(text, "\n") {
			if secondPerson.MatchString(line) {
				t.Errorf("%s speaks to the reader: %q", path, strings.TrimSpace(line))
			}
		}
	}
}

// TestNotForMeWorksWithoutJavaScript: with scripts off, "Not for me" on the
// best fit puts the next path first and lists the one set aside, and
// "Bring it back" restores it; the share view follows.
func TestNotForMeWorksWithoutJavaScript(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := testkit.Browser(t)
	base := completeAssessment(t, app, undecidedForm())
	share := sharePathOf(t, app, base)
	testkit.Run(t, ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}), chromedp.Navigate(app.URL+base+"/result"))
	first := textOf(t, ctx, "h1#best-heading")
	second := textOf(t, ctx, ".path-card h3")
	if status := testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS(".best form.inline button"))); status != 200 {
		t.Fatalf("Not for me → %d", status)
	}
	if got := textOf(t, ctx, "h1#best-heading"); !strings.Contains(second, strings.TrimPrefix(got, "Best fit: ")) {
		t.Errorf("after Not for me the best fit is %q; want the runner-up, %q", got, second)
	}
	if aside := textOf(t, ctx, "ul.set-aside"); !strings.Contains(aside, strings.TrimPrefix(first, "Best fit: ")) {
		t.Errorf("set-aside list %q does not name %q", aside, first)
	}
	_, shared := get(t, app, share)
	if !strings.Contains(shared, "Set aside as not for them") || strings.Contains(between(shared, `id="best-heading">`, "</h1>"), strings.TrimPrefix(first, "Best fit: ")) {
		t.Error("the share view does not show the path set aside")
	}
	if status := testkit.Submit(t, ctx, chromedp.Click(chromedp.CSS("ul.set-aside button"))); status != 200 {
		t.Fatalf("Bring it back → %d", status)
	}
	if got := textOf(t, ctx, "h1#best-heading"); got != first {
		t.Errorf("after Bring it back the best fit is %q; want %q again", got, first)
	}
}

func textOf(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return strings.TrimSpace(testkit.Get(t, ctx, chromedp.Evaluate[string](`(document.querySelector(`+"`"+sel+"`"+`) || {textContent: ''}).textContent`)))
}

// TestNotForMeRejectsAnUnknownPath: a made-up path id is a 404, never a 500
// or a silent change.
func TestNotForMeRejectsAnUnknownPath(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	resp, _ := post(t, app, base+"/set-aside/no-such-path", url.Values{})
	if resp.StatusCode != 404 {
		t.Errorf("set aside an unknown path = %d; want 404", resp.StatusCode)
	}
	resp, _ = post(t, app, "/a/"+strings.Repeat("x", 43)+"/set-aside/copywriting", url.Values{})
	if resp.StatusCode != 404 {
		t.Errorf("set aside on an unknown assessment = %d; want 404", resp.StatusCode)
	}
}
