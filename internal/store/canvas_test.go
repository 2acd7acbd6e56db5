package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

func newCanvasStore(t *testing.T) *store.Store {
	t.Helper()
	return store.New(testkit.NewPool(t))
}

func sampleCanvas() canvas.Canvas {
	return canvas.Canvas{
		Title:        "Descriptions that sell",
		Niche:        "small e-commerce stores",
		Pains:        []canvas.PainPoint{{What: "No time to write listings", HowOften: "weekly", Severity: 4, Evidence: canvas.Observed}},
		Dependencies: []canvas.Dependency{{Platform: "Shopify", Mitigation: "own mailing list"}},
		HoursPerWeek: 8,
		RealProblem:  canvas.Yes,
	}
}

func TestCanvasStoreRoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := newCanvasStore(t)
	secret, hash := capability.NewSecret()
	shareID := capability.NewShareID()
	data := sampleCanvas()
	id, err := st.CreateCanvas(ctx, hash, shareID, "", "ai-micro-saas", data)
	if err != nil {
		t.Fatal(err)
	}

	byHash, err := st.CanvasByEditHash(ctx, capability.Hash(secret))
	if err != nil {
		t.Fatal(err)
	}
	if byHash.ID != id || byHash.ShareID != shareID || byHash.PathID != "ai-micro-saas" || byHash.Assessment != nil {
		t.Errorf("CanvasByEditHash = %+v", byHash)
	}
	if byHash.Data.Niche != data.Niche || len(byHash.Data.Pains) != 1 || byHash.Data.Pains[0] != data.Pains[0] ||
		byHash.Data.Dependencies[0] != data.Dependencies[0] || byHash.Data.RealProblem != canvas.Yes {
		t.Errorf("data did not survive the round trip: %+v", byHash.Data)
	}
	byShare, err := st.CanvasByShareID(ctx, shareID)
	if err != nil || byShare.ID != id {
		t.Fatalf("CanvasByShareID = %+v, %v", byShare, err)
	}

	data.Niche = "independent bookshops"
	if err := st.SaveCanvas(ctx, id, data); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.CanvasByEditHash(ctx, hash); got.Data.Niche != "independent bookshops" || got.UpdatedAt.Before(got.CreatedAt) {
		t.Errorf("after save: %+v", got)
	}

	newShare := capability.NewShareID()
	if err := st.ReplaceCanvasShareID(ctx, id, newShare); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CanvasByShareID(ctx, shareID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("old share id after replace: err = %v; want ErrNotFound", err)
	}
	if _, err := st.CanvasByShareID(ctx, newShare); err != nil {
		t.Errorf("new share id: %v", err)
	}

	if err := st.DeleteCanvas(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CanvasByEditHash(ctx, hash); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("after delete: err = %v; want ErrNotFound", err)
	}
	for name, err := range map[string]error{
		"save":    st.SaveCanvas(ctx, id, data),
		"replace": st.ReplaceCanvasShareID(ctx, id, capability.NewShareID()),
		"delete":  st.DeleteCanvas(ctx, id),
	} {
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s after delete: err = %v; want ErrNotFound", name, err)
		}
	}
}

func TestCanvasStoreFollowsItsAssessment(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := newCanvasStore(t)
	_, aHash := capability.NewSecret()
	aShare := capability.NewShareID()
	aID, err := st.CreateAssessment(ctx, aHash, aShare, "test", map[string][]string{questionnaire.HustleHours: {"12"}, questionnaire.DomainName: {"Dentistry"}})
	if err != nil {
		t.Fatal(err)
	}
	_, hash := capability.NewSecret()
	if _, err := st.CreateCanvas(ctx, hash, capability.NewShareID(), aShare, "", sampleCanvas()); err != nil {
		t.Fatal(err)
	}
	c, err := st.CanvasByEditHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if c.Assessment == nil || c.Assessment.ShareID != aShare || c.Assessment.FreeHours != 12 {
		t.Fatalf("linked assessment = %+v; want share %s, 12 hours", c.Assessment, aShare)
	}
	if la, err := st.LinkedAssessmentByShareID(ctx, aShare); err != nil || la != *c.Assessment {
		t.Errorf("LinkedAssessmentByShareID = %+v, %v; want %+v", la, err, *c.Assessment)
	}

	// Changed answers are read live; a missing answer is -1.
	if err := st.SaveAnswers(ctx, aID, map[string][]string{questionnaire.DomainName: {"Dentistry"}}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	c, _ = st.CanvasByEditHash(ctx, hash)
	if c.Assessment == nil || c.Assessment.ShareID != aShare || c.Assessment.FreeHours != -1 {
		t.Errorf("after the answers changed: %+v; want share %s, -1 hours", c.Assessment, aShare)
	}

	// Replacing the share link revokes the link made through the old one:
	// whoever started the canvas from it no longer sees the assessment.
	if err := st.ReplaceAssessmentShareID(ctx, aID, capability.NewShareID()); err != nil {
		t.Fatal(err)
	}
	c, err = st.CanvasByEditHash(ctx, hash)
	if err != nil || c.Assessment != nil {
		t.Errorf("after the share link was replaced: %+v, %v; want the canvas, unlinked", c.Assessment, err)
	}

	// Deleting the assessment keeps the canvas and drops the link.
	if err := st.DeleteAssessment(ctx, aID); err != nil {
		t.Fatal(err)
	}
	c, err = st.CanvasByEditHash(ctx, hash)
	if err != nil || c.Assessment != nil {
		t.Errorf("after the assessment was deleted: %+v, %v; want the canvas, unlinked", c.Assessment, err)
	}
}

func TestCanvasStoreIgnoresAnUnknownAssessment(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := newCanvasStore(t)
	_, hash := capability.NewSecret()
	if _, err := st.CreateCanvas(ctx, hash, capability.NewShareID(), capability.NewShareID(), "", canvas.Canvas{}); err != nil {
		t.Fatal(err)
	}
	if c, err := st.CanvasByEditHash(ctx, hash); err != nil || c.Assessment != nil {
		t.Errorf("canvas from an unknown assessment = %+v, %v; want unlinked", c.Assessment, err)
	}
	if _, err := st.LinkedAssessmentByShareID(ctx, capability.NewShareID()); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("LinkedAssessmentByShareID(unknown) err = %v; want ErrNotFound", err)
	}
	if _, err := st.CreateCanvas(ctx, hash, capability.NewShareID(), "", "", canvas.Canvas{}); !errors.Is(err, store.ErrConflict) {
		t.Errorf("a second canvas with the same edit hash: err = %v; want ErrConflict", err)
	}
}
