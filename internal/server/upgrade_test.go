package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestAnAssessmentFromTheEarlierQuestionnaireStaysReadableAndRescorable:
// a result finished under questionnaire q-2026.11 and scoring model 1 still
// shows, says it was made with the earlier model, and is scored again with
// the current model and questionnaire as soon as its owner saves a page,
// without being asked the new questions (they are optional).
func TestAnAssessmentFromTheEarlierQuestionnaireStaysReadableAndRescorable(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := context.Background()
	def := questionnaire.Default()

	old := questionnaire.Answers{}
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			if q.Required {
				old[q.ID] = validAnswer(q)
			}
		}
	}
	old[questionnaire.DayJob] = []string{"switch"}
	old[questionnaire.IncomeGoal] = []string{"9000"}
	v1 := map[string]any{
		"model_version": "crossroads-score/1", "questionnaire_version": "q-2026.11",
		"tracks": []map[string]any{{"track": "marketing", "label": "Digital-marketing side hustle", "score": 61,
			"contributions": []map[string]any{{"label": "Base", "points": 50}, {"label": "Loves variety: 80%", "points": 11}}}},
		"paths": []map[string]any{{"id": "copywriting", "name": "Copywriting", "track": "marketing", "score": 63,
			"contributions": []map[string]any{{"label": "Base: Digital-marketing side hustle fit 61 × 60%", "points": 37}, {"label": "Copywriting and storytelling 3/5, path needs 5/5", "points": 26}},
			"warnings":      []any{}, "plan": map[string]any{"days_7": []string{"Pick a specific audience."}, "days_30": []string{"Land a first client."}, "days_90": []string{"Build a portfolio."}}}},
		"warnings": []any{},
	}
	snap, _ := json.Marshal(v1)
	secret, hash := capability.NewSecret()
	answers, _ := json.Marshal(old)
	if _, err := app.Pool.Exec(ctx, `INSERT INTO assessments (edit_hash, share_id, questionnaire_version, answers, model_version, result, completed_at)
		VALUES ($1, $2, 'q-2026.11', $3, 'crossroads-score/1', $4, now())`, hash, capability.NewShareID(), answers, snap); err != nil {
		t.Fatal(err)
	}
	base := "/a/" + secret

	resp, body := get(t, app, base+"/result")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "Best fit: Copywriting") || !strings.Contains(body, "crossroads-score/1, an earlier version") {
		t.Fatalf("old result = %d; want it shown with its model named as earlier", resp.StatusCode)
	}
	if !strings.Contains(body, "Copywriting and storytelling 3/5, path needs 5/5") {
		t.Error("the old result does not show its own reasons")
	}

	// Saving any page scores it again, under the current versions.
	form := sectionForm(def.Sections[2], nil)
	if resp, _ := post(t, app, base+"/step/3", form); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("saving a page of the old assessment = %d; want 303", resp.StatusCode)
	}
	var model, version, jobGoal string
	if err := app.Pool.QueryRow(ctx, `SELECT model_version, questionnaire_version, coalesce(answers->'job-pay-goal'->>0, '') FROM assessments`).
		Scan(&model, &version, &jobGoal); err != nil {
		t.Fatal(err)
	}
	if model != scoring.ModelVersion || version != questionnaire.Version || jobGoal != "9000" {
		t.Errorf("after a save: model %s, questionnaire %s, job pay goal %q; want %s, %s and the old goal carried over",
			model, version, jobGoal, scoring.ModelVersion, questionnaire.Version)
	}
	resp, body = get(t, app, base+"/result")
	if resp.StatusCode != http.StatusOK || strings.Contains(body, "an earlier version") {
		t.Errorf("re-scored result = %d, still marked as from the earlier model: %v", resp.StatusCode, strings.Contains(body, "an earlier version"))
	}
}
