package server_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// validAnswer is a plausible, valid answer to any question, so tests can
// walk the whole questionnaire without hard-coding it.
func validAnswer(q questionnaire.Question) []string {
	switch q.Kind {
	case questionnaire.Scale:
		return []string{strconv.Itoa((q.Min + q.Max) / 2)}
	case questionnaire.Single, questionnaire.Multi:
		return []string{q.Options[0].Value}
	case questionnaire.Number:
		return []string{strconv.Itoa(min(q.Max, max(q.Min, 10)))}
	default:
		return []string{"Retail logistics"}
	}
}

// sectionForm is a valid form for one page, with overrides applied.
func sectionForm(s questionnaire.Section, overrides map[string][]string) url.Values {
	v := url.Values{}
	for _, q := range s.Questions {
		if o, ok := overrides[q.ID]; ok {
			v[q.ID] = o
			continue
		}
		v[q.ID] = validAnswer(q)
	}
	v.Set("action", "next")
	return v
}

var editPathRE = regexp.MustCompile(`^/a/([A-Za-z0-9_-]{43})/step/2\?saved=new$`)

// completeAssessment walks every page over HTTP with valid answers (plus
// overrides) and returns the private edit base path ("/a/<secret>").
func completeAssessment(t *testing.T, app *testkit.App, overrides map[string][]string) string {
	t.Helper()
	def := questionnaire.Default()
	resp, body := post(t, app, "/assessments", sectionForm(def.Sections[0], overrides))
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST /assessments = %d; want 303\n%s", resp.StatusCode, body)
	}
	m := editPathRE.FindStringSubmatch(resp.Header.Get("Location"))
	if m == nil {
		t.Fatalf("unexpected redirect %q", resp.Header.Get("Location"))
	}
	base := "/a/" + m[1]
	for i := 1; i < len(def.Sections); i++ {
		resp, body := post(t, app, base+"/step/"+strconv.Itoa(i+1), sectionForm(def.Sections[i], overrides))
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("step %d = %d; want 303\n%s", i+1, resp.StatusCode, body)
		}
	}
	return base
}

var shareURLRE = regexp.MustCompile(`href="https?://[^/"]+(/r/[A-Za-z0-9_-]{22})"`)

// sharePathOf reads the share link from the owner's result page.
func sharePathOf(t *testing.T, app *testkit.App, base string) string {
	t.Helper()
	resp, body := get(t, app, base+"/result")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("result page = %d", resp.StatusCode)
	}
	m := shareURLRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("result page shows no share link")
	}
	return m[1]
}

func mustContain(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s does not contain %q", what, w)
		}
	}
}
