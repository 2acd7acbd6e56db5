package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

func TestFirstPageValidationKeepsEveryTypedValue(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	form := sectionForm(def.Sections[0], map[string][]string{
		questionnaire.HustleHours: {"about twelve"},
		questionnaire.Runway:      {"500"},
		questionnaire.Budget:      {"750"},
	})
	form.Del(questionnaire.DayJob)
	resp, body := post(t, app, "/assessments", form)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("invalid first page = %d; want 422", resp.StatusCode)
	}
	mustContain(t, "error page", body,
		"There is a problem", `href="#f-hustle-hours"`, `href="#f-runway"`, `href="#f-day-job-0"`,
		`value="about twelve"`, `value="500"`, `value="750"`, "<title>Error: ")
	if n := rowCount(t, app, "assessments"); n != 0 {
		t.Errorf("an invalid first page stored %d assessments; want none", n)
	}
}

func TestEditLinkResumesAtFirstUnansweredPage(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	resp, _ := post(t, app, "/assessments", sectionForm(def.Sections[0], nil))
	base := strings.TrimSuffix(resp.Header.Get("Location"), "/step/2?saved=new")
	post(t, app, base+"/step/2", sectionForm(def.Sections[1], nil))

	resp, _ = get(t, app, base)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != base+"/step/3" {
		t.Fatalf("edit link = %d → %q; want 303 → step 3", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, body := get(t, app, base+"/step/1")
	if resp.StatusCode != 200 || resp.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("step 1 = %d, Cache-Control %q; want 200 and no-store", resp.StatusCode, resp.Header.Get("Cache-Control"))
	}
	mustContain(t, "resumed step 1", body, `value="10"`, "Step 1 of 6")
}

func TestBackSavesEvenInvalidInput(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	resp, _ := post(t, app, "/assessments", sectionForm(def.Sections[0], nil))
	base := strings.TrimSuffix(resp.Header.Get("Location"), "/step/2?saved=new")
	form := url.Values{questionnaire.SkillWriting: {"4"}, questionnaire.DomainName: {"Dental clinics"}, "action": {"back"}}
	resp, _ = post(t, app, base+"/step/2", form)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != base+"/step/1" {
		t.Fatalf("Back = %d → %q; want 303 → step 1", resp.StatusCode, resp.Header.Get("Location"))
	}
	_, body := get(t, app, base+"/step/2")
	mustContain(t, "step 2 after Back", body, `>Dental clinics</textarea>`)
	if !strings.Contains(body, `id="f-skill-writing-3" name="skill-writing" value="4" checked`) {
		t.Error("the rating chosen before Back is not checked any more")
	}
}

func TestFinishedAssessmentStoresSnapshotAndShares(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	share := sharePathOf(t, app, base)

	var model string
	var paths int
	err := app.Pool.QueryRow(context.Background(),
		`SELECT model_version, jsonb_array_length(result->'paths') FROM assessments`).Scan(&model, &paths)
	if err != nil || model == "" || paths != len(catalog.All()) {
		t.Fatalf("stored result: model %q, %d paths, err %v; want every catalog path ranked", model, paths, err)
	}

	_, owner := get(t, app, base+"/result")
	resp, shared := get(t, app, share)
	if resp.StatusCode != 200 {
		t.Fatalf("share page = %d", resp.StatusCode)
	}
	ownerTitle := between(owner, `id="best-heading">`, "</h1>")
	if ownerTitle == "" || ownerTitle != between(shared, `id="best-heading">`, "</h1>") {
		t.Errorf("share page shows %q, owner sees %q", between(shared, `id="best-heading">`, "</h1>"), ownerTitle)
	}
	mustContain(t, "share page", shared, `property="og:title" content="Best fit: `, `property="og:description" content="Track fit: `)
	if strings.Contains(shared, "/a/") || strings.Contains(shared, "Replace the share link") {
		t.Error("the share page leaks the edit link or owner controls")
	}

	// The share JSON carries what the page shows.
	resp, js := get(t, app, share+"/export.json")
	var export struct {
		Result struct {
			Paths []struct{ Name string } `json:"paths"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(js), &export); err != nil || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Fatalf("share export: %v (%s)", err, resp.Header.Get("Content-Type"))
	}
	if len(export.Result.Paths) < 14 || !strings.Contains(ownerTitle, export.Result.Paths[0].Name) {
		t.Errorf("share export disagrees with the page: %d paths", len(export.Result.Paths))
	}
}

func TestChangingAnswersUpdatesTheSnapshot(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	base := completeAssessment(t, app, nil)
	var before string
	if err := app.Pool.QueryRow(context.Background(), `SELECT result::text FROM assessments`).Scan(&before); err != nil {
		t.Fatal(err)
	}

	// A different person on page 2: a strong programmer and mathematician.
	form := sectionForm(def.Sections[1], map[string][]string{questionnaire.SkillProgramming: {"5"}, questionnaire.SkillMaths: {"5"}, questionnaire.SkillWriting: {"1"}})
	if resp, _ := post(t, app, base+"/step/2", form); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("re-saving page 2 = %d", resp.StatusCode)
	}
	var after string
	if err := app.Pool.QueryRow(context.Background(), `SELECT result::text FROM assessments`).Scan(&after); err != nil {
		t.Fatal(err)
	}
	if after == before {
		t.Error("changing answers on a finished assessment did not update its snapshot")
	}
}

func TestScriptInFreeTextIsEscaped(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	attack := `<script>alert("x")</script>`
	base := completeAssessment(t, app, map[string][]string{questionnaire.DomainName: {attack}, questionnaire.GoalThreeYears: {attack}})
	share := sharePathOf(t, app, base)
	for _, path := range []string{base + "/result", share} {
		_, body := get(t, app, path)
		if strings.Contains(body, attack) || strings.Contains(body, "<script>alert") {
			t.Errorf("%s echoes the script unescaped", path)
		}
		mustContain(t, path, body, `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`)
	}
}

func TestShareCanHideFreeText(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	secretText := "my plan to leave Initech"
	base := completeAssessment(t, app, map[string][]string{questionnaire.GoalThreeYears: {secretText}})
	share := sharePathOf(t, app, base)
	if _, body := get(t, app, share); !strings.Contains(body, secretText) {
		t.Fatal("free text missing from the share view before hiding it")
	}
	resp, _ := post(t, app, base+"/visibility", url.Values{"hide_free_text": {"yes"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("visibility = %d", resp.StatusCode)
	}
	for _, path := range []string{share, share + "/export.json"} {
		if _, body := get(t, app, path); strings.Contains(body, secretText) {
			t.Errorf("%s still shows hidden free text", path)
		}
	}
	if _, body := get(t, app, base+"/result"); !strings.Contains(body, secretText) {
		t.Error("the owner no longer sees their own free text")
	}
}

func TestRegenerateAndDeleteRevokeLinks(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	oldShare := sharePathOf(t, app, base)
	if resp, _ := post(t, app, base+"/share", nil); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("regenerate = %d", resp.StatusCode)
	}
	if resp, _ := get(t, app, oldShare); resp.StatusCode != http.StatusNotFound {
		t.Errorf("old share link after regenerating = %d; want 404", resp.StatusCode)
	}
	newShare := sharePathOf(t, app, base)
	if resp, _ := get(t, app, newShare); newShare == oldShare || resp.StatusCode != 200 {
		t.Errorf("new share link %q = %d", newShare, resp.StatusCode)
	}

	if resp, body := post(t, app, base+"/delete", nil); resp.StatusCode != 200 || !strings.Contains(body, "was deleted") {
		t.Fatalf("delete = %d", resp.StatusCode)
	}
	for _, path := range []string{base, base + "/result", base + "/step/1", base + "/export.json", newShare, newShare + "/export.json"} {
		if resp, body := get(t, app, path); resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "We could not find that page") {
			t.Errorf("%s after delete = %d; want the friendly 404", path, resp.StatusCode)
		}
	}
	if n := rowCount(t, app, "assessments"); n != 0 {
		t.Errorf("%d assessment rows after delete; want 0", n)
	}
}

func TestOwnerExportHasEverything(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, map[string][]string{questionnaire.DomainName: {"Veterinary clinics"}})
	resp, body := get(t, app, base+"/export.json")
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("export = %d, %q", resp.StatusCode, resp.Header.Get("Content-Disposition"))
	}
	var out struct {
		Answers  map[string][]string `json:"answers"`
		ShareURL string              `json:"share_url"`
		Result   struct {
			ModelVersion string `json:"model_version"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatal(err)
	}
	if out.Answers[questionnaire.DomainName][0] != "Veterinary clinics" || out.Result.ModelVersion == "" || !strings.Contains(out.ShareURL, "/r/") {
		t.Errorf("export incomplete: %+v", out)
	}
}

func TestUnknownAndMalformedLinksAreFriendly404s(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	for _, path := range []string{
		"/a/short", "/a/" + strings.Repeat("A", 43), "/a/" + strings.Repeat("A", 43) + "/result",
		"/r/nope", "/r/" + strings.Repeat("B", 22), "/r/" + strings.Repeat("B", 22) + "/export.json",
		"/a/" + strings.Repeat("A", 43) + "/step/99",
	} {
		resp, body := get(t, app, path)
		if resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "We could not find that page") {
			t.Errorf("%s = %d; want the friendly 404", path, resp.StatusCode)
		}
	}
}

func between(s, start, end string) string {
	i := strings.Index(s, start)
	if i < 0 {
		return ""
	}
	s = s[i+len(start):]
	j := strings.Index(s, end)
	if j < 0 {
		return ""
	}
	return s[:j]
}

// TestSharedExportAllowsOnlyKnownQuestions: an answer stored under a key the
// questionnaire no longer has (say, a renamed free-text question) never
// reaches a share link.
func TestSharedExportAllowsOnlyKnownQuestions(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	share := sharePathOf(t, app, base)
	_, err := app.Pool.Exec(context.Background(), `
		UPDATE assessments SET
		  answers = answers || '{"old-free-text": ["my secret plan"]}',
		  result = CASE WHEN result ? 'answers' THEN jsonb_set(result, '{answers,old-free-text}', '["my secret plan"]') ELSE result END`)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{share, share + "/export.json"} {
		if _, body := get(t, app, path); strings.Contains(body, "my secret plan") {
			t.Errorf("%s shows an answer to an unknown question", path)
		}
	}
}

// TestResultSaysWhenAnswersNoLongerMatch: after an answer is changed into an
// invalid one (kept, as typed, by Back), the result stays the last complete
// one and the owner is told so.
func TestResultSaysWhenAnswersNoLongerMatch(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	base := completeAssessment(t, app, nil)
	form := sectionForm(def.Sections[0], map[string][]string{questionnaire.HustleHours: {"lots"}})
	form.Set("action", "back")
	post(t, app, base+"/step/1", form)
	_, body := get(t, app, base+"/result")
	mustContain(t, "result", body, "not complete yet", base+"/step/1?check=1")
	_, shared := get(t, app, sharePathOf(t, app, base))
	if strings.Contains(shared, "lots") {
		t.Error("the share view shows the unfinished edit instead of the answers the result was made from")
	}
}

// TestAFullStoredResultKeepsTheFactsItWasMadeWith: a result stored whole
// (before migration 00014, or one the compact form could not give back)
// shows the catalog facts frozen into it, even when the catalog has
// changed since.
func TestAFullStoredResultKeepsTheFactsItWasMadeWith(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	share := sharePathOf(t, app, base)
	snap := readResult(t, app, share)
	frozen := "Summary as the catalog read when this result was made"
	facts := *snap.Paths[0].Facts
	facts.Summary = frozen
	snap.Paths[0].Facts = &facts
	storeWhole(t, app, snap)
	for _, path := range []string{base + "/result", share} {
		if _, body := get(t, app, path); !strings.Contains(body, frozen) {
			t.Errorf("%s shows today's catalog instead of the frozen facts", path)
		}
	}
}

// TestSharePageIsTheSameFromTheCompactAndTheFullForm: a result as stored
// now (compact) and the same result stored whole, as before migration
// 00014, show exactly the same share and owner pages; the compact form is
// a small part of the whole.
func TestSharePageIsTheSameFromTheCompactAndTheFullForm(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, map[string][]string{questionnaire.GoalThreeYears: {"Run my own studio"}})
	share := sharePathOf(t, app, base)
	var compact int
	var form bool
	if err := app.Pool.QueryRow(context.Background(),
		`SELECT octet_length(result::text), result ? 'v' FROM assessments`).Scan(&compact, &form); err != nil {
		t.Fatal(err)
	}
	if !form {
		t.Fatal("the result was not stored in the compact form")
	}
	_, ownerCompact := get(t, app, base+"/result")
	resp, fromCompact := get(t, app, share)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("share page = %d", resp.StatusCode)
	}
	mustContain(t, "share page", fromCompact, "Run my own studio")
	snap := readResult(t, app, share)
	full := storeWhole(t, app, snap)
	if compact*4 > full {
		t.Errorf("compact result is %d bytes of the full %d; want under a quarter", compact, full)
	}
	if _, fromFull := get(t, app, share); fromFull != fromCompact {
		t.Errorf("share page from the full snapshot differs from the compact one's:\n%s", firstDifference(fromCompact, fromFull))
	}
	if _, ownerFull := get(t, app, base+"/result"); ownerFull != ownerCompact {
		t.Errorf("owner page from the full snapshot differs from the compact one's:\n%s", firstDifference(ownerCompact, ownerFull))
	}
}

// readResult reads the only assessment's result as the app does.
func readResult(t *testing.T, app *testkit.App, share string) recommendation.Snapshot {
	t.Helper()
	a, err := store.New(app.Pool).AssessmentByShareID(context.Background(), strings.TrimPrefix(share, "/r/"))
	if err != nil || a.Result == nil {
		t.Fatalf("reading the result: %v", err)
	}
	return *a.Result
}

// storeWhole stores snap as the only assessment's result in the full
// form, as results were stored before migration 00014, and returns its
// size as text.
func storeWhole(t *testing.T, app *testkit.App, snap recommendation.Snapshot) int {
	t.Helper()
	raw, err := json.Marshal(snap)
	if err != nil {
		t.Fatal(err)
	}
	var size int
	if err := app.Pool.QueryRow(context.Background(),
		`UPDATE assessments SET result = $1 RETURNING octet_length(result::text)`, string(raw)).Scan(&size); err != nil {
		t.Fatal(err)
	}
	return size
}

// firstDifference shows where two pages part, with some context.
func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(i-80, 0)
	return "…" + a[from:min(i+80, len(a))] + "\n  versus\n…" + b[from:min(i+80, len(b))]
}
