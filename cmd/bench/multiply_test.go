package main

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestMultiplyMakesPeopleTheServerCanServe: the SQL copies are rows the
// store reads back like its own (a share page's read, an edit link's),
// with capabilities of the right shape and all distinct, in the mix's
// proportions, linked to finished people, and with the stale drafts the
// sweep is timed on.
func TestMultiplyMakesPeopleTheServerCanServe(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := testkit.NewPool(t)
	st := store.New(pool)
	def := questionnaire.Default()
	rng := rand.New(rand.NewPCG(1, 2))
	var shareIDs []string
	for range templateLinks {
		answers, err := randomAnswers(def, rng)
		if err != nil {
			t.Fatal(err)
		}
		_, hash := capability.NewSecret()
		shareID := capability.NewShareID()
		id, err := st.CreateAssessment(ctx, hash, shareID, def.Version, questionnaire.Answers{}.With(def.Sections[0], answers))
		if err != nil {
			t.Fatal(err)
		}
		snap := snapshot(def, answers)
		if err := st.SaveResult(ctx, id, answers, store.Result{ModelVersion: snap.ModelVersion, Snapshot: snap}, time.Time{}); err != nil {
			t.Fatal(err)
		}
		shareIDs = append(shareIDs, shareID)
	}
	if _, err := seedTemplates(ctx, st, def, rng, shareIDs); err != nil {
		t.Fatal(err)
	}
	const n = 200
	m := defaultMix()
	if _, err := multiplyAll(ctx, pool, n, m); err != nil {
		t.Fatal(err)
	}

	ids, err := finishedShareIDs(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != n {
		t.Fatalf("%d finished assessments, want %d", len(ids), n)
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if !capability.ValidShareID(id) || seen[id] {
			t.Fatalf("share id %q is malformed or repeated", id)
		}
		seen[id] = true
	}
	copied, err := st.AssessmentByShareID(ctx, ids[len(ids)-1])
	if err != nil || !copied.Finished || copied.Result == nil || len(copied.Result.Paths) == 0 {
		t.Fatalf("a copied assessment does not read back as a finished one: %+v, %v", copied, err)
	}

	var drafts, stale, canvases, comparisons, plans, unlinked, hashes, rows int
	if err := pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM assessments WHERE completed_at IS NULL),
		(SELECT count(*) FROM assessments WHERE completed_at IS NULL AND updated_at < now() - make_interval(secs => $1)),
		(SELECT count(*) FROM canvases), (SELECT count(*) FROM comparisons), (SELECT count(*) FROM plans),
		(SELECT count(*) FROM (SELECT assessment_id, assessment_share_id FROM canvases UNION ALL SELECT assessment_id, assessment_share_id FROM comparisons
		                       UNION ALL SELECT assessment_id, assessment_share_id FROM plans) d
		 WHERE NOT EXISTS (SELECT FROM assessments a WHERE a.id = d.assessment_id AND a.share_id = d.assessment_share_id AND a.completed_at IS NOT NULL)),
		(SELECT count(DISTINCT edit_hash) FROM assessments), (SELECT count(*) FROM assessments)`, m.draftTTL.Seconds()).
		Scan(&drafts, &stale, &canvases, &comparisons, &plans, &unlinked, &hashes, &rows); err != nil {
		t.Fatal(err)
	}
	if drafts != int(m.drafts*n) || canvases != int(m.canvases*n) || comparisons != int(m.comparisons*n) || plans != int(m.plans*n) {
		t.Errorf("drafts %d, canvases %d, comparisons %d, plans %d: not the mix's proportions of %d", drafts, canvases, comparisons, plans, n)
	}
	if stale < drafts/3 || stale > drafts*2/3 {
		t.Errorf("%d of %d drafts are older than DRAFT_TTL, want about half", stale, drafts)
	}
	if unlinked != 0 {
		t.Errorf("%d canvases, comparisons or plans are not linked to a finished assessment", unlinked)
	}
	if hashes != rows {
		t.Errorf("%d distinct edit hashes over %d assessments", hashes, rows)
	}
}
