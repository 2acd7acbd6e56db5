package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestSaveAnswersRefusesAStaleRead: a save based on an old read must not
// overwrite a newer one; the caller gets ErrConflict and can merge again.
func TestSaveAnswersRefusesAStaleRead(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	_, hash := capability.NewSecret()
	id, err := st.CreateAssessment(ctx, hash, capability.NewShareID(), "q", map[string][]string{"a": {"1"}})
	if err != nil {
		t.Fatal(err)
	}
	first, _ := st.AssessmentByEditHash(ctx, hash)
	second := first // another tab read the same row

	if err := st.SaveAnswers(ctx, id, map[string][]string{"a": {"1"}, "b": {"tab one"}}, first.UpdatedAt); err != nil {
		t.Fatalf("first save: %v", err)
	}
	err = st.SaveAnswers(ctx, id, map[string][]string{"a": {"1"}, "c": {"tab two"}}, second.UpdatedAt)
	if !errors.Is(err, store.ErrConflict) {
		t.Fatalf("stale save = %v; want ErrConflict", err)
	}
	now, _ := st.AssessmentByEditHash(ctx, hash)
	if now.Answers["b"][0] != "tab one" || now.Answers["c"] != nil {
		t.Errorf("answers after the refused save: %v", now.Answers)
	}
	if err := st.SaveResult(ctx, id, now.Answers, store.Result{ModelVersion: "m"}, second.UpdatedAt); !errors.Is(err, store.ErrConflict) {
		t.Errorf("stale SaveResult = %v; want ErrConflict", err)
	}
	if err := st.DeleteAssessment(ctx, id); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveAnswers(ctx, id, now.Answers, now.UpdatedAt); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("save after delete = %v; want ErrNotFound", err)
	}
	if err := st.SaveAnswers(ctx, id, now.Answers, time.Time{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unconditional save after delete = %v; want ErrNotFound", err)
	}
}

// TestSharedResultReadsThePageSizedSnapshot: the share page reads the page
// snapshot SaveResult stored; a result finished before pages were stored
// falls back to the full snapshot and the row's answers; a draft has none.
func TestSharedResultReadsThePageSizedSnapshot(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := testkit.NewPool(t)
	st := store.New(pool)
	answers := map[string][]string{"q": {"1"}}
	create := func() (int64, string) {
		t.Helper()
		_, hash := capability.NewSecret()
		share := capability.NewShareID()
		id, err := st.CreateAssessment(ctx, hash, share, "q", answers)
		if err != nil {
			t.Fatal(err)
		}
		return id, share
	}

	draftID, draftShare := create()
	if r, err := st.SharedResultByShareID(ctx, draftShare); err != nil || r.ID != draftID || r.Page != nil {
		t.Errorf("draft: %+v, %v; want its id and no page", r, err)
	}

	id, share := create()
	res := store.Result{ModelVersion: "m", Snapshot: recommendation.Snapshot{ModelVersion: "full"}, Page: recommendation.Snapshot{ModelVersion: "page"}}
	if err := st.SaveResult(ctx, id, answers, res, time.Time{}); err != nil {
		t.Fatal(err)
	}
	r, err := st.SharedResultByShareID(ctx, share)
	if err != nil || r.ID != id || r.ShareID != share || r.Page == nil || r.Page.ModelVersion != "page" || r.Answers != nil {
		t.Errorf("finished: %+v (page %+v), %v; want the page snapshot and no separate answers", r, r.Page, err)
	}

	// As a row finished before migration 00005 looks.
	if _, err := pool.Exec(ctx, `UPDATE assessments SET result_page = NULL WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	r, err = st.SharedResultByShareID(ctx, share)
	if err != nil || r.Page == nil || r.Page.ModelVersion != "full" || r.Answers["q"][0] != "1" {
		t.Errorf("older row: %+v (page %+v), %v; want the full snapshot and the answers", r, r.Page, err)
	}

	if _, err := st.SharedResultByShareID(ctx, capability.NewShareID()); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown share id: %v; want ErrNotFound", err)
	}
}

// TestOwnerReadsSkipTheSnapshotUnlessAsked: most owner pages only need to
// know whether a result exists; the snapshot is read only on request.
func TestOwnerReadsSkipTheSnapshotUnlessAsked(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	_, hash := capability.NewSecret()
	id, err := st.CreateAssessment(ctx, hash, capability.NewShareID(), "q", map[string][]string{"q": {"1"}})
	if err != nil {
		t.Fatal(err)
	}
	if a, err := st.AssessmentByEditHash(ctx, hash); err != nil || a.Finished || a.Result != nil {
		t.Errorf("draft: finished %v, result %+v, %v; want neither", a.Finished, a.Result, err)
	}
	res := store.Result{ModelVersion: "m", Snapshot: recommendation.Snapshot{ModelVersion: "full"}, Page: recommendation.Snapshot{ModelVersion: "page"}}
	if err := st.SaveResult(ctx, id, map[string][]string{"q": {"1"}}, res, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if a, err := st.AssessmentByEditHash(ctx, hash); err != nil || !a.Finished || a.Result != nil {
		t.Errorf("finished, light read: finished %v, result %+v, %v; want finished and no snapshot", a.Finished, a.Result, err)
	}
	if a, err := st.AssessmentWithResultByEditHash(ctx, hash); err != nil || !a.Finished || a.Result == nil || a.Result.ModelVersion != "full" {
		t.Errorf("finished, full read: finished %v, result %+v, %v; want the full snapshot", a.Finished, a.Result, err)
	}
}

// TestAnswersFromAnEarlierQuestionnaireAreReadAsCurrent: an assessment
// saved under q-2026.11 reads back under the current version with its
// answers upgraded, and the next save stores the current version.
func TestAnswersFromAnEarlierQuestionnaireAreReadAsCurrent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := testkit.NewPool(t)
	st := store.New(pool)
	_, hash := capability.NewSecret()
	old := questionnaire.Answers{questionnaire.IncomeGoal: {"6000"}, questionnaire.DayJob: {"switch"}}
	id, err := st.CreateAssessment(ctx, hash, capability.NewShareID(), "q-2026.11", old)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.AssessmentByEditHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if a.QuestionnaireVersion != questionnaire.Version || a.Answers.Get(questionnaire.JobPayGoal) != "6000" {
		t.Fatalf("read as %s with answers %v; want %s with the goal carried to the job's pay", a.QuestionnaireVersion, a.Answers, questionnaire.Version)
	}
	if err := st.SaveAnswers(ctx, id, a.Answers, a.UpdatedAt); err != nil {
		t.Fatal(err)
	}
	var stored string
	if err := pool.QueryRow(ctx, `SELECT questionnaire_version FROM assessments WHERE id = $1`, id).Scan(&stored); err != nil || stored != questionnaire.Version {
		t.Errorf("stored version after a save = %q (%v); want %q", stored, err, questionnaire.Version)
	}
}
