package store_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/questionnaire/questionnairetest"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
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

// TestResultIsStoredOnceAndCompact: a current-model result is stored in
// the compact form, without a copy of the row's answers, and every reader
// gets the snapshot back exactly; a later edit of the answers keeps the
// result's own; a result of an earlier model is stored and read whole; a
// draft has none.
func TestResultIsStoredOnceAndCompact(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := testkit.NewPool(t)
	st := store.New(pool)
	def := questionnaire.Default()
	answers := questionnairetest.CompleteAnswers(t, def)
	create := func() (int64, string, []byte) {
		t.Helper()
		_, hash := capability.NewSecret()
		share := capability.NewShareID()
		id, err := st.CreateAssessment(ctx, hash, share, def.Version, answers)
		if err != nil {
			t.Fatal(err)
		}
		return id, share, hash
	}
	same := func(a, b recommendation.Snapshot) bool {
		x, err1 := jsonv2.Marshal(a, jsonv2.Deterministic(true))
		y, err2 := jsonv2.Marshal(b, jsonv2.Deterministic(true))
		return err1 == nil && err2 == nil && bytes.Equal(x, y)
	}
	column := func(id int64) (text string, size int) {
		t.Helper()
		if err := pool.QueryRow(ctx, `SELECT result::text, pg_column_size(result) FROM assessments WHERE id = $1`, id).Scan(&text, &size); err != nil {
			t.Fatal(err)
		}
		return text, size
	}

	draftID, draftShare, _ := create()
	if r, err := st.SharedResultByShareID(ctx, draftShare); err != nil || r.ID != draftID || r.Result != nil {
		t.Errorf("draft: %+v, %v; want its id and no result", r, err)
	}

	id, share, hash := create()
	snap := recommendation.Build(scoring.Score(def, answers), def.Version)
	snap.Answers = answers.Clone()
	if err := st.SaveResult(ctx, id, answers, store.Result{ModelVersion: snap.ModelVersion, Snapshot: snap}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	text, size := column(id)
	if !strings.HasPrefix(text, `{"v": 1`) || strings.Contains(text, `"answers"`) || strings.Contains(text, snap.Paths[0].Plan.Days7[0]) {
		t.Errorf("stored result %.200s…; want the compact form, without the answers or the catalog's plan", text)
	}
	if size > 4000 {
		t.Errorf("stored result takes %d bytes; want under 4,000", size)
	}
	r, err := st.SharedResultByShareID(ctx, share)
	if err != nil || r.Result == nil || !same(*r.Result, snap) {
		t.Errorf("share read: %v; want the snapshot as it was made", err)
	}
	a, err := st.AssessmentWithResultByEditHash(ctx, hash)
	if err != nil || a.Result == nil || !same(*a.Result, snap) {
		t.Errorf("owner read: %v; want the snapshot as it was made", err)
	}

	// The owner changes an answer: the result keeps the ones it was made from.
	edited := answers.Clone()
	edited[questionnaire.HustleHours] = []string{"3"}
	if err := st.SaveAnswers(ctx, id, edited, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if text, _ := column(id); !strings.Contains(text, `"answers"`) {
		t.Error("the result took no copy of the answers it was made from")
	}
	a, err = st.AssessmentWithResultByEditHash(ctx, hash)
	if err != nil || a.Result == nil || !same(*a.Result, snap) || a.Answers.Get(questionnaire.HustleHours) != "3" {
		t.Errorf("after an edit: %v; want the result as made and the new answers beside it", err)
	}

	// An earlier model's result is stored whole and read as it was.
	oldID, oldShare, _ := create()
	old := snap
	old.ModelVersion = "crossroads-score/2"
	if err := st.SaveResult(ctx, oldID, answers, store.Result{ModelVersion: old.ModelVersion, Snapshot: old}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if text, _ := column(oldID); strings.HasPrefix(text, `{"v"`) {
		t.Error("an earlier model's result was compacted")
	}
	if r, err := st.SharedResultByShareID(ctx, oldShare); err != nil || r.Result == nil || !same(*r.Result, old) || r.Answers.Get(questionnaire.HustleHours) == "" {
		t.Errorf("earlier model: %v; want the full snapshot and the row's answers", err)
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
	res := store.Result{ModelVersion: "m", Snapshot: recommendation.Snapshot{ModelVersion: "full"}}
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
