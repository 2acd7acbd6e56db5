package server_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestDatabaseTimeoutKeepsWhatWasTyped: when the database is there but too
// slow (here every table is locked and the app's statements time out after
// 300 ms), every form answers 503 with what was typed and "not saved", like
// an outage, and pages answer the friendly 503; nothing is a 500. Once the
// lock is gone the same forms save.
func TestDatabaseTimeoutKeepsWhatWasTyped(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	// Unknown URL parameters become PostgreSQL settings of every connection.
	app := testkit.StartAppOn(t, db+"&statement_timeout=300", testkit.DefaultConfig(t, db))
	def := questionnaire.Default()
	base := completeAssessment(t, app, nil)
	share := sharePathOf(t, app, base)
	cmp := createComparison(t, app, validComparison())
	cv := canvasCreate(t, app, canvasFilledForm())

	ctx := context.Background()
	locker, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = locker.Close(ctx) }()
	tx, err := locker.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `LOCK TABLE assessments, comparisons, canvases IN ACCESS EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}

	step := sectionForm(def.Sections[1], map[string][]string{questionnaire.DomainName: {"Orthodontists in Leeds"}})
	first := sectionForm(def.Sections[0], map[string][]string{questionnaire.IncomeGoal: {"4321"}})
	comparison := validComparison()
	comparison.Set("job.salary_per_year", "123456")
	canvasForm := canvasFilledForm()
	canvasForm.Set("niche", "Independent bookshops in York")
	forms := []struct {
		what, path string
		form       map[string][]string
		typed      string
	}{
		{"an assessment page", base + "/step/2", step, "Orthodontists in Leeds</textarea>"},
		{"a new assessment", "/assessments", first, `value="4321"`},
		{"a comparison", cmp, comparison, `value="123456"`},
		{"a new comparison", "/comparisons", comparison, `value="123456"`},
		{"a canvas", cv, canvasForm, `value="Independent bookshops in York"`},
		{"a new canvas", "/canvases", canvasForm, `value="Independent bookshops in York"`},
	}
	for _, f := range forms {
		resp, body := post(t, app, f.path, f.form)
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
			t.Errorf("saving %s while the database times out = %d; want 503 with Retry-After", f.what, resp.StatusCode)
		}
		mustContain(t, "saving "+f.what+" while the database times out", body, "Not saved", f.typed)
	}
	for _, path := range []string{share, base + "/result", cmp, cv} {
		if resp, body := get(t, app, path); resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("GET %s while the database times out = %d; want the friendly 503", path, resp.StatusCode)
		} else {
			mustContain(t, path, body, "briefly unavailable")
		}
	}

	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	for _, f := range forms {
		if resp, _ := post(t, app, f.path, f.form); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("saving %s once the lock is gone = %d; want 303", f.what, resp.StatusCode)
		}
	}
}
