package store_test

import (
	"context"
	"testing"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestComparisonLinkIsRevokedWithTheShareLink: a comparison started from an
// assessment's share link reads its answers only while that link is live.
func TestComparisonLinkIsRevokedWithTheShareLink(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	_, aHash := capability.NewSecret()
	aShare := capability.NewShareID()
	aID, err := st.CreateAssessment(ctx, aHash, aShare, "test", questionnaire.Answers{questionnaire.GoalStability: {"5"}})
	if err != nil {
		t.Fatal(err)
	}
	_, hash := capability.NewSecret()
	if err := st.CreateComparison(ctx, hash, capability.NewShareID(), aShare, compare.Comparison{Paths: []string{"a", "b"}}); err != nil {
		t.Fatal(err)
	}
	c, err := st.ComparisonByEditHash(ctx, hash)
	if err != nil || c.AssessmentAnswers[questionnaire.GoalStability][0] != "5" || c.AssessmentShareID == nil || *c.AssessmentShareID != aShare {
		t.Fatalf("linked comparison = %+v, %v", c, err)
	}
	if err := st.ReplaceAssessmentShareID(ctx, aID, capability.NewShareID()); err != nil {
		t.Fatal(err)
	}
	c, err = st.ComparisonByEditHash(ctx, hash)
	if err != nil || c.AssessmentAnswers != nil || c.AssessmentShareID != nil {
		t.Errorf("after the share link was replaced the comparison still reads the assessment: %+v, %v", c, err)
	}
}
