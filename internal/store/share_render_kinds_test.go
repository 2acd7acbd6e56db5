package store_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// shareKind is one of the kinds besides the assessment, as its share page
// sees it: create one linked to an assessment, read it with its stored
// page, and change it as the owner can.
type shareKind struct {
	kind   string
	create func(t *testing.T, st *store.Store, assessmentShareID string) (shareID string)
	read   func(st *store.Store, shareID, build string) (store.StoredPage, error)
	// rowID finds the row a share id names; edit and remove act on it.
	rowID  func(st *store.Store, shareID string) (int64, error)
	edit   func(st *store.Store, id int64) error
	remove func(st *store.Store, ctx context.Context, id int64) error
}

// on finds the row behind shareID and does act to it, failing the test
// if either fails.
func (k shareKind) on(t *testing.T, st *store.Store, shareID string, act func(id int64) error) {
	t.Helper()
	id, err := k.rowID(st, shareID)
	if err == nil {
		err = act(id)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func otherShareKinds() []shareKind {
	ctx := context.Background()
	return []shareKind{
		{
			kind: store.KindCanvas,
			create: func(t *testing.T, st *store.Store, a string) string {
				_, hash := capability.NewSecret()
				id := capability.NewShareID()
				if _, err := st.CreateCanvas(ctx, hash, id, a, "ai-micro-saas", canvas.Canvas{Niche: "first"}); err != nil {
					t.Fatal(err)
				}
				return id
			},
			read: func(st *store.Store, id, build string) (store.StoredPage, error) {
				_, p, err := st.CanvasByShareIDWithPage(ctx, id, build)
				return p, err
			},
			rowID: func(st *store.Store, id string) (int64, error) {
				c, err := st.CanvasByShareID(ctx, id)
				return c.ID, err
			},
			edit:   func(st *store.Store, id int64) error { return st.SaveCanvas(ctx, id, canvas.Canvas{Niche: "second"}) },
			remove: (*store.Store).DeleteCanvas,
		},
		{
			kind: store.KindComparison,
			create: func(t *testing.T, st *store.Store, a string) string {
				_, hash := capability.NewSecret()
				id := capability.NewShareID()
				if err := st.CreateComparison(ctx, hash, id, a, compare.Comparison{Paths: []string{"a", "b"}}); err != nil {
					t.Fatal(err)
				}
				return id
			},
			read: func(st *store.Store, id, build string) (store.StoredPage, error) {
				_, p, err := st.ComparisonByShareIDWithPage(ctx, id, build)
				return p, err
			},
			rowID: func(st *store.Store, id string) (int64, error) {
				c, err := st.ComparisonByShareID(ctx, id)
				return c.ID, err
			},
			edit: func(st *store.Store, id int64) error {
				return st.SaveComparison(ctx, id, compare.Comparison{Paths: []string{"b", "c"}})
			},
			remove: (*store.Store).DeleteComparison,
		},
		{
			kind: store.KindPlan,
			create: func(t *testing.T, st *store.Store, a string) string {
				_, hash := capability.NewSecret()
				id := capability.NewShareID()
				if err := st.CreatePlan(ctx, hash, id, a, plan.Plan{PathID: "ai-micro-saas", Start: "2026-12-07"}); err != nil {
					t.Fatal(err)
				}
				return id
			},
			read: func(st *store.Store, id, build string) (store.StoredPage, error) {
				_, p, err := st.PlanByShareIDWithPage(ctx, id, build)
				return p, err
			},
			rowID: func(st *store.Store, id string) (int64, error) {
				p, err := st.PlanByShareID(ctx, id)
				return p.ID, err
			},
			edit:   func(st *store.Store, id int64) error { return st.SetPlanStart(ctx, id, "2026-12-14") },
			remove: (*store.Store).DeletePlan,
		},
	}
}

// TestEveryKindsSharePageIsStoredAndFollowsItsChanges: for canvases,
// comparisons and plans, a page stored by one instance is what another
// reads, in one statement; the owner's edit, a change to the linked
// assessment, revoking the assessment's link and deleting each give a
// new version (or a 404), and the stale bytes leave the database.
func TestEveryKindsSharePageIsStoredAndFollowsItsChanges(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, k := range otherShareKinds() {
		t.Run(k.kind, func(t *testing.T) {
			t.Parallel()
			db := testkit.NewDatabase(t)
			one, two := newInstance(t, db), newInstance(t, db)
			const build = "build-1"
			aID, aShare := finished(t, one.st)
			shareID := k.create(t, one.st, aShare)

			// store puts a rendering of what a read finds now, and checks the
			// other instance then serves exactly it in one statement.
			storeNow := func(step string) store.StoredPage {
				t.Helper()
				miss, err := k.read(one.st, shareID, build)
				if err != nil || miss.Fresh() || miss.Version == "" {
					t.Fatalf("%s: first read %+v %v; want a miss with a version", step, miss, err)
				}
				gz := []byte("gz " + step)
				ok, err := one.st.PutShareRender(ctx, store.ShareRender{Kind: k.kind, ShareID: shareID, Version: miss.Version,
					Build: build, Gzip: gz})
				if err != nil || !ok {
					t.Fatalf("%s: PutShareRender = %v, %v", step, ok, err)
				}
				before := two.queries.Count()
				hit, err := k.read(two.st, shareID, build)
				if n := two.queries.Count() - before; n != 1 {
					t.Errorf("%s: a stored read took %d statements", step, n)
				}
				if err != nil || !bytes.Equal(hit.Gzip, gz) || hit.Version != miss.Version {
					t.Fatalf("%s: the other instance read %+v %v", step, hit, err)
				}
				if other, _ := k.read(two.st, shareID, "build-2"); other.Fresh() {
					t.Errorf("%s: another build's bytes were served", step)
				}
				return hit
			}
			changed := func(step string, old store.StoredPage) {
				t.Helper()
				p, err := k.read(two.st, shareID, build)
				if err != nil || p.Fresh() || p.Version == old.Version {
					t.Errorf("after %s: %+v %v; want a miss under a new version", step, p, err)
				}
				if n := rendersStored(t, db); n != 0 {
					t.Errorf("after %s %d stale renderings are left", step, n)
				}
			}

			old := storeNow("created")
			k.on(t, one.st, shareID, func(id int64) error { return k.edit(one.st, id) })
			changed("the owner's edit", old)

			old = storeNow("edited")
			if err := one.st.SetAssessmentHideFreeText(ctx, aID, true); err != nil {
				t.Fatal(err)
			}
			// The assessment's triggers forget only its own rendering; this
			// kind's stale one stays until overwritten, and is never served.
			if p, _ := k.read(two.st, shareID, build); p.Fresh() || p.Version == old.Version {
				t.Errorf("a change to the linked assessment kept the version: %+v", p)
			}

			old = storeNow("linked changed")
			if err := one.st.ReplaceAssessmentShareID(ctx, aID, capability.NewShareID()); err != nil {
				t.Fatal(err)
			}
			if p, _ := k.read(two.st, shareID, build); p.Fresh() || p.Version == old.Version {
				t.Errorf("revoking the assessment's link kept the version: %+v", p)
			}

			storeNow("unlinked")
			k.on(t, one.st, shareID, func(id int64) error { return k.remove(one.st, ctx, id) })
			if _, err := k.read(two.st, shareID, build); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("a deleted share reads %v, want ErrNotFound", err)
			}
			if n := rendersStored(t, db); n != 0 {
				t.Errorf("a deleted share left %d renderings", n)
			}
		})
	}
}
