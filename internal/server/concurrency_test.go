package server_test

import (
	"context"
	"net/http"
	"sync"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestPagesSavedAtOnceAreAllKept saves every page of one assessment at the
// same moment, as several open tabs might: no page's answers may be lost,
// and the stored result must be made from the final answers.
func TestPagesSavedAtOnceAreAllKept(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	base := completeAssessment(t, app, nil)
	changes := map[string][]string{
		questionnaire.Budget: {"777"}, questionnaire.DomainName: {"Concurrent clinics"}, questionnaire.StyleContact: {"1"},
		questionnaire.GoalThreeYears: {"Concurrent agency"}, questionnaire.AITools: {"never"}, questionnaire.RiskChange: {"avoid"},
	}
	for round := range 3 {
		var wg sync.WaitGroup
		for i, sec := range def.Sections {
			wg.Add(1)
			go func() {
				defer wg.Done()
				resp, _ := post(t, app, base+"/step/"+string(rune('1'+i)), sectionForm(sec, changes))
				if resp.StatusCode != http.StatusSeeOther {
					t.Errorf("round %d page %d = %d", round, i+1, resp.StatusCode)
				}
			}()
		}
		wg.Wait()
	}
	var answers map[string][]string
	var shareID string
	err := app.Pool.QueryRow(context.Background(), `SELECT answers, share_id FROM assessments`).Scan(&answers, &shareID)
	if err != nil {
		t.Fatal(err)
	}
	// The result as the app reads it: a compact one shares the row's answers.
	a, err := store.New(app.Pool).AssessmentByShareID(context.Background(), shareID)
	if err != nil || a.Result == nil {
		t.Fatalf("reading the result: %v", err)
	}
	snapshot := a.Result.Answers
	for q, want := range changes {
		if got := answers[q]; len(got) == 0 || got[0] != want[0] {
			t.Errorf("%s = %v after concurrent saves; want %v", q, got, want)
		}
		if got := snapshot[q]; len(got) == 0 || got[0] != want[0] {
			t.Errorf("result made from %s = %v; want the final %v", q, got, want)
		}
	}
}
