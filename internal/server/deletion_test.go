package server_test

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

var checkInCopyRE = regexp.MustCompile(`^(/a/[A-Za-z0-9_-]{43})/step/1\?saved=new$`)

// checkInOver posts a plan's check-in and returns its copy's edit base.
func checkInOver(t *testing.T, app *testkit.App, planEdit string) string {
	t.Helper()
	resp, _ := post(t, app, planEdit+"/check-in", nil)
	m := checkInCopyRE.FindStringSubmatch(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusSeeOther || m == nil {
		t.Fatalf("check-in = %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	return m[1]
}

// rowsHolding counts, over every table of the app's schema, the rows with
// marker anywhere in them: in any text, JSON or array column (the row as
// text), or in the bytes of a bytea column (a stored page, decompressed).
func rowsHolding(t *testing.T, app *testkit.App, marker string) map[string]int {
	t.Helper()
	ctx := context.Background()
	found := map[string]int{}
	tables, err := app.Pool.Query(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tables.Next() {
		var name string
		if err := tables.Scan(&name); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	if err := tables.Err(); err != nil {
		t.Fatal(err)
	}
	if len(names) < 6 {
		t.Fatalf("found only the tables %v", names)
	}
	for _, table := range names {
		cols, err := app.Pool.Query(ctx, `SELECT column_name FROM information_schema.columns
			WHERE table_schema = 'public' AND table_name = $1 AND data_type = 'bytea'`, table)
		if err != nil {
			t.Fatal(err)
		}
		sel := `SELECT t::text LIKE '%' || $1 || '%'`
		var byteCols int
		for cols.Next() {
			var col string
			if err := cols.Scan(&col); err != nil {
				t.Fatal(err)
			}
			sel += `, t.` + col
			byteCols++
		}
		if err := cols.Err(); err != nil {
			t.Fatal(err)
		}
		rows, err := app.Pool.Query(ctx, sel+` FROM `+table+` t`, marker)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var inText bool
			values := make([][]byte, byteCols)
			dest := []any{&inText}
			for i := range values {
				dest = append(dest, &values[i])
			}
			if err := rows.Scan(dest...); err != nil {
				t.Fatal(err)
			}
			holds := inText
			for _, v := range values {
				holds = holds || bytes.Contains(readable(t, v), []byte(marker))
			}
			if holds {
				n++
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			found[table] = n
		}
	}
	return found
}

// readable is a bytea value as its reader sees it: a stored page is kept
// gzip-compressed, and its text is only there once decompressed.
func readable(t *testing.T, v []byte) []byte {
	t.Helper()
	if !bytes.HasPrefix(v, []byte{0x1f, 0x8b}) {
		return v
	}
	return gunzip(t, v)
}

// TestDeletingAnAssessmentLeavesNoCopyOfItsAnswers: an assessment with a
// plan made from it, two check-ins of that plan and a comparison following
// it, every share page viewed (so stored): once the owner deletes it, no
// row of any table holds its answers, and no stored page is left.
func TestDeletingAnAssessmentLeavesNoCopyOfItsAnswers(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	const marker = "Zebracorn orchards by the sea"
	base := completeAssessment(t, app, map[string][]string{questionnaire.GoalThreeYears: {marker}})
	share := sharePathOf(t, app, base)
	pl := createPlan(t, app, base, "ml-engineer-generative", "")
	copies := []string{checkInOver(t, app, pl), checkInOver(t, app, pl)}
	cmpForm := validComparison()
	cmpForm.Set("assessment", strings.TrimPrefix(share, "/r/"))
	cmp := createComparison(t, app, cmpForm)

	views := []string{share, planShareOf(t, app, pl), shareLinkOn(t, app, cmp, "/shared/comparison/")}
	for _, c := range copies {
		views = append(views, sharePathOf(t, app, c))
	}
	for _, v := range views {
		if resp, _ := get(t, app, v); resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s = %d", v, resp.StatusCode)
		}
	}
	// Both delete pages say what goes with the deletion before it happens.
	if _, page := get(t, app, base+"/delete"); !strings.Contains(page, "The plan made from it is deleted too, with its check-ins.") {
		t.Errorf("the assessment's delete page does not say its plan goes too")
	}
	if _, page := get(t, app, pl+"/delete"); !strings.Contains(page, "The 2 results its check-ins made are deleted too.") {
		t.Errorf("the plan's delete page does not say its check-ins' results go too")
	}
	if _, page := get(t, app, copies[0]+"/delete"); strings.Contains(page, "deleted too") {
		t.Errorf("a check-in's result has no plan made from it, yet its delete page says something goes with it")
	}
	before := rowsHolding(t, app, marker)
	if before["assessments"] != 3 || before["share_renders"] == 0 {
		t.Fatalf("before the deletion the answers are in %v; want the assessment, its two copies and stored pages", before)
	}

	if resp, _ := post(t, app, base+"/delete", url.Values{}); resp.StatusCode != http.StatusOK {
		t.Fatalf("delete = %d", resp.StatusCode)
	}
	if after := rowsHolding(t, app, marker); len(after) > 0 {
		t.Errorf("after the deletion the answers are still in %v", after)
	}
	for _, table := range []string{"assessments", "plans", "share_renders"} {
		if n := rowCount(t, app, table); n != 0 {
			t.Errorf("%d rows left in %s", n, table)
		}
	}
	if n := rowCount(t, app, "comparisons"); n != 1 {
		t.Error("the comparison that followed the assessment was deleted; it is its owner's")
	}
	for _, gone := range append([]string{pl, base}, copies...) {
		if resp, _ := get(t, app, gone); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s after the deletion = %d; want 404", gone, resp.StatusCode)
		}
	}
}
