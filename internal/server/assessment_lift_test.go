package server_test

import (
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/testkit"
)

var liftLinkRE = regexp.MustCompile(`href="(/a/[^"]+/result\?lift=[^"]+)"`)

// A must-have that sets aside the path that would fit best is named under
// the best fit, and one link shows the ranking without it; nothing is
// saved, and the share view offers no such link.
func TestLiftingAMustHaveShowsTheRankingWithoutIt(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, map[string][]string{
		"skill-programming": {"5"}, "skill-domain": {"5"}, "domain-field": {"ecommerce"},
		"style-contact": {"2"}, "skill-client": {"2"}, "goal-outcomes": {"own-business"}, "risk-platforms": {"1"},
		"skill-prompting": {"4"}, "skill-writing": {"3"}, "ai-tools": {"daily"}, "style-variety": {"2"},
		"style-abstraction": {"4"}, "day-job": {"keep"}, "hustle-hours": {"12"},
	})
	_, saved := get(t, app, base+"/result")
	if !strings.Contains(saved, "would fit you best") || !strings.Contains(saved, "rented land") {
		t.Fatalf("the result does not name the better fit a must-have set aside:\n%s", firstScreen(saved))
	}
	m := liftLinkRE.FindStringSubmatch(saved)
	if m == nil {
		t.Fatal("no link to see the ranking without the must-have")
	}
	resp, lifted := get(t, app, html.UnescapeString(m[1]))
	if resp.StatusCode != http.StatusOK || !strings.Contains(lifted, "ranking without your must-have") || !strings.Contains(lifted, "It is not saved") {
		t.Fatalf("lifted view = %d:\n%s", resp.StatusCode, firstScreen(lifted))
	}
	if bestOf(lifted) == bestOf(saved) || strings.Contains(lifted, "would fit you best") {
		t.Errorf("lifting the must-have left the best fit at %q", bestOf(lifted))
	}
	if _, again := get(t, app, base+"/result"); bestOf(again) != bestOf(saved) {
		t.Errorf("the lifted view was saved: the result now leads with %q, not %q", bestOf(again), bestOf(saved))
	}
	if _, bogus := get(t, app, base+"/result?lift=%3Cscript%3E,steady-income-x"); bestOf(bogus) != bestOf(saved) || strings.Contains(bogus, "<script>") {
		t.Errorf("an unknown must-have changed the ranking or was echoed")
	}
	_, shared := get(t, app, sharePathOf(t, app, base))
	if !strings.Contains(shared, "would fit them best") || liftLinkRE.MatchString(shared) || strings.Contains(shared, "?lift=") {
		t.Errorf("share view: the better fit in the third person, and no lift link:\n%s", firstScreen(shared))
	}
}

var bestRE = regexp.MustCompile(`<h1 id="best-heading">([^<]+)</h1>`)

func bestOf(page string) string {
	if m := bestRE.FindStringSubmatch(page); m != nil {
		return m[1]
	}
	return ""
}

func firstScreen(page string) string {
	if i := strings.Index(page, `id="next-heading"`); i > 0 {
		return page[:i]
	}
	return page
}
