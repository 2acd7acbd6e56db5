package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
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
	if err := st.SaveResult(ctx, id, now.Answers, "m", map[string]int{}, second.UpdatedAt); !errors.Is(err, store.ErrConflict) {
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
