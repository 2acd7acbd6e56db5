package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// newLinkedPlan stores a finished assessment and a plan following it.
func newLinkedPlan(t *testing.T, st *store.Store) (aID int64, aShare string, hash []byte, p plan.Plan) {
	t.Helper()
	ctx := context.Background()
	def := questionnaire.Default()
	answers := scoring.Undecided()
	_, aHash := capability.NewSecret()
	aShare = capability.NewShareID()
	aID, err := st.CreateAssessment(ctx, aHash, aShare, def.Version, answers)
	if err != nil {
		t.Fatal(err)
	}
	snap := recommendation.Build(scoring.Score(def, answers), def.Version)
	if err := st.SaveResult(ctx, aID, answers, store.Result{ModelVersion: snap.ModelVersion, Snapshot: snap}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	_, hash = capability.NewSecret()
	p = plan.New("copywriting", time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC), answers, plan.Summarize(snap, "copywriting", time.Now()), "cal")
	if err := st.CreatePlan(ctx, hash, capability.NewShareID(), aShare, p); err != nil {
		t.Fatal(err)
	}
	return aID, aShare, hash, p
}

// TestPlanFollowsItsAssessmentUntilTheShareLinkIsReplaced: the owner's
// read has the assessment's answers and snapshot, the share view's the
// answers only, and a replaced assessment share link revokes both.
func TestPlanFollowsItsAssessmentUntilTheShareLinkIsReplaced(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	aID, aShare, hash, want := newLinkedPlan(t, st)
	p, err := st.PlanByEditHash(ctx, hash)
	if err != nil || p.Assessment == nil || p.Assessment.ShareID != aShare || p.Assessment.Result == nil || p.Data.PathID != "copywriting" {
		t.Fatalf("owner read = %+v, %v", p, err)
	}
	if p.Data.Baseline.Paths[0].ID != want.Baseline.Paths[0].ID || p.Data.Start != "2026-12-07" {
		t.Errorf("stored plan = %+v", p.Data)
	}
	shared, err := st.PlanByShareID(ctx, p.ShareID)
	if err != nil || shared.Assessment == nil || shared.Assessment.Result != nil || len(shared.Assessment.Answers) == 0 {
		t.Errorf("share read = %+v, %v", shared.Assessment, err)
	}
	if err := st.ReplaceAssessmentShareID(ctx, aID, capability.NewShareID()); err != nil {
		t.Fatal(err)
	}
	if p, err := st.PlanByEditHash(ctx, hash); err != nil || p.Assessment != nil {
		t.Errorf("after the share link was replaced the plan still reads the assessment: %+v, %v", p.Assessment, err)
	}
}

// TestPlanSeesACanvasStartedFromTheSameAssessment: a canvas for the plan's
// path, linked to the same assessment, counts as started.
func TestPlanSeesACanvasStartedFromTheSameAssessment(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	_, aShare, hash, _ := newLinkedPlan(t, st)
	if p, _ := st.PlanByEditHash(ctx, hash); p.Assessment.CanvasStarted {
		t.Fatal("a canvas counts as started before there is one")
	}
	_, cHash := capability.NewSecret()
	if _, err := st.CreateCanvas(ctx, cHash, capability.NewShareID(), aShare, "email-marketing", canvas.Canvas{}); err != nil {
		t.Fatal(err)
	}
	if p, _ := st.PlanByEditHash(ctx, hash); p.Assessment.CanvasStarted {
		t.Error("a canvas for another path counts")
	}
	_, cHash = capability.NewSecret()
	if _, err := st.CreateCanvas(ctx, cHash, capability.NewShareID(), aShare, "copywriting", canvas.Canvas{}); err != nil {
		t.Fatal(err)
	}
	if p, _ := st.PlanByEditHash(ctx, hash); !p.Assessment.CanvasStarted {
		t.Error("a canvas for the plan's path does not count")
	}
}

// TestTicksFromTwoTabsAreBothKept: steps set at the same moment from many
// requests all stay set, and a start date change keeps them.
func TestTicksFromTwoTabsAreBothKept(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	_, _, hash, _ := newLinkedPlan(t, st)
	p, err := st.PlanByEditHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	steps := plan.Steps("copywriting")
	var wg sync.WaitGroup
	for _, s := range steps {
		wg.Go(func() {
			if err := st.SetPlanStep(ctx, p.ID, s.ID, plan.Progress{Status: plan.Done, Note: "n " + s.ID}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if err := st.SetPlanStart(ctx, p.ID, "2027-01-04"); err != nil {
		t.Fatal(err)
	}
	p, err = st.PlanByEditHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		if p.Data.StatusOf(s.ID) != plan.Done || p.Data.Progress[s.ID].Note != "n "+s.ID {
			t.Errorf("step %s lost: %+v", s.ID, p.Data.Progress[s.ID])
		}
	}
	if p.Data.Start != "2027-01-04" {
		t.Errorf("start = %q", p.Data.Start)
	}
	if err := st.SetPlanStep(ctx, p.ID+1000, "niche", plan.Progress{Status: plan.Done}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a step of a missing plan: %v", err)
	}
}

// TestCheckInCopiesTheAssessmentAndKeepsTheProgress: checking in stores a
// finished copy the plan then follows, with a new baseline and date; the
// original assessment and the progress are untouched.
func TestCheckInCopiesTheAssessmentAndKeepsTheProgress(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	_, aShare, hash, _ := newLinkedPlan(t, st)
	p, _ := st.PlanByEditHash(ctx, hash)
	if err := st.SetPlanStep(ctx, p.ID, "niche", plan.Progress{Status: plan.Done}); err != nil {
		t.Fatal(err)
	}
	def := questionnaire.Default()
	answers := p.Assessment.Answers.Clone()
	snap := recommendation.Build(scoring.Score(def, answers), def.Version)
	secret, copyHash := capability.NewSecret()
	copyShare := capability.NewShareID()
	at := time.Date(2027, 1, 5, 10, 30, 0, 0, time.UTC)
	err := st.CheckInPlan(ctx, p.ID, store.CheckIn{EditHash: copyHash, ShareID: copyShare, QuestionnaireVersion: def.Version,
		Answers: answers, Result: &store.Result{ModelVersion: snap.ModelVersion, Snapshot: snap},
		PathID: "copywriting", Baseline: plan.Summarize(*p.Assessment.Result, "copywriting", at), Inputs: plan.Inputs(answers), At: at})
	if err != nil {
		t.Fatal(err)
	}
	p, err = st.PlanByEditHash(ctx, hash)
	if err != nil || p.Assessment == nil || p.Assessment.ShareID != copyShare || p.Assessment.Result == nil {
		t.Fatalf("after the check-in the plan follows %+v, %v", p.Assessment, err)
	}
	if p.Data.StatusOf("niche") != plan.Done || len(p.Data.CheckIns) != 1 || !p.Data.CheckIns[0].Equal(at) || !p.Data.Baseline.MadeAt.Equal(at) {
		t.Errorf("plan after the check-in: %+v", p.Data)
	}
	c, err := st.AssessmentByEditHash(ctx, capability.Hash(secret))
	if err != nil || !c.Finished || c.CompletedAt == nil || c.Answers.Get(questionnaire.HustleHours) != answers.Get(questionnaire.HustleHours) {
		t.Errorf("the copy: %+v, %v", c, err)
	}
	// The copy keeps what the plan followed, for its result to compare.
	if ci := c.CheckedIn; ci == nil || ci.PathID != "copywriting" || !ci.Baseline.MadeAt.Equal(at) || !ci.At.Equal(at) ||
		len(ci.Baseline.Paths) != len(p.Assessment.Result.Paths) {
		t.Errorf("the copy's check-in: %+v", ci)
	}
	if orig, err := st.AssessmentByShareID(ctx, aShare); err != nil || orig.ID == c.ID || orig.CheckedIn != nil {
		t.Errorf("the original: %+v, %v", orig, err)
	}
}
