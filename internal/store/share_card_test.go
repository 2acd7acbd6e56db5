package store_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

func cardsStored(t *testing.T, db, shareID string) int {
	t.Helper()
	var n int
	if err := rawPool(t, db).QueryRow(context.Background(), "SELECT count(*) FROM share_cards WHERE share_id = $1", shareID).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestShareCardsAreStoredPerVersionAndGoWithTheirDocument: for every kind,
// a card drawn by one instance is what another reads, in one statement and
// without the document; a card of an older version is never stored or
// served; an edit and a delete take the card out of the database.
func TestShareCardsAreStoredPerVersionAndGoWithTheirDocument(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := testkit.NewDatabase(t)
	one, other := newInstance(t, db), newInstance(t, db)

	type kindCase struct {
		kind    string
		shareID string
		edit    func() error
		remove  func() error
	}
	aID, aShare := finished(t, one.st)
	cases := []kindCase{{
		kind: store.KindAssessment, shareID: aShare,
		edit:   func() error { return one.st.SetAssessmentHideFreeText(ctx, aID, true) },
		remove: func() error { return one.st.DeleteAssessment(ctx, aID) },
	}}
	for _, k := range otherShareKinds() {
		_, linked := finished(t, one.st)
		id := k.create(t, one.st, linked)
		cases = append(cases, kindCase{
			kind: k.kind, shareID: id,
			edit:   func() error { rowID, err := k.rowID(one.st, id); return errors.Join(err, k.edit(one.st, rowID)) },
			remove: func() error { rowID, err := k.rowID(one.st, id); return errors.Join(err, k.remove(one.st, ctx, rowID)) },
		})
	}
	for _, c := range cases {
		t.Run(c.kind, func(t *testing.T) {
			miss, err := one.st.ShareCard(ctx, c.kind, c.shareID, "build-1")
			if err != nil || miss.PNG != nil || miss.Version == "" {
				t.Fatalf("card read before any draw = %+v, %v; want a miss with the version", miss, err)
			}
			if stored, err := one.st.PutShareCard(ctx, c.kind, c.shareID, "not-the-version", "build-1", []byte("old")); err != nil || stored {
				t.Errorf("storing a card of another version = %v, %v; want it dropped", stored, err)
			}
			png := []byte("\x89PNG " + c.kind)
			if stored, err := one.st.PutShareCard(ctx, c.kind, c.shareID, miss.Version, "build-1", png); err != nil || !stored {
				t.Fatalf("PutShareCard = %v, %v", stored, err)
			}
			before := other.queries.Count()
			hit, err := other.st.ShareCard(ctx, c.kind, c.shareID, "build-1")
			if err != nil || !bytes.Equal(hit.PNG, png) || hit.Version != miss.Version {
				t.Errorf("another instance's card read = %q %q, %v; want the stored card", hit.PNG, hit.Version, err)
			}
			if n := other.queries.Count() - before; n != 1 {
				t.Errorf("a card read took %d statements; want 1", n)
			}
			if b, _ := other.st.ShareCard(ctx, c.kind, c.shareID, "build-2"); b.PNG != nil {
				t.Error("another build read this build's card; want a miss")
			}

			if err := c.edit(); err != nil {
				t.Fatal(err)
			}
			after, err := one.st.ShareCard(ctx, c.kind, c.shareID, "build-1")
			if err != nil || after.PNG != nil || after.Version == miss.Version {
				t.Errorf("after an edit the card read = %q %q, %v; want a miss under a new version", after.PNG, after.Version, err)
			}
			if n := cardsStored(t, db, c.shareID); n != 0 {
				t.Errorf("after an edit %d cards of it are kept; want 0", n)
			}
			if stored, err := one.st.PutShareCard(ctx, c.kind, c.shareID, after.Version, "build-1", png); err != nil || !stored {
				t.Fatalf("PutShareCard after the edit = %v, %v", stored, err)
			}
			if err := c.remove(); err != nil {
				t.Fatal(err)
			}
			if _, err := one.st.ShareCard(ctx, c.kind, c.shareID, "build-1"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("card read after delete = %v; want ErrNotFound", err)
			}
			if n := cardsStored(t, db, c.shareID); n != 0 {
				t.Errorf("after the delete %d cards of it are kept; want 0 (its title would outlive it)", n)
			}
			if stored, err := one.st.PutShareCard(ctx, c.kind, c.shareID, after.Version, "build-1", png); err != nil || stored {
				t.Errorf("storing a card of a deleted share = %v, %v; want it dropped", stored, err)
			}
		})
	}
}

func TestShareCardOfADraftOrUnknownIDIsNotFound(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := store.New(testkit.NewPool(t))
	_, hash := capability.NewSecret()
	draft := capability.NewShareID()
	if _, err := st.CreateAssessment(ctx, hash, draft, "q", map[string][]string{"a": {"1"}}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{draft, capability.NewShareID()} {
		if _, err := st.ShareCard(ctx, store.KindAssessment, id, "b"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("card read of %s = %v; want ErrNotFound", id, err)
		}
	}
	if _, err := st.ShareCard(ctx, "nonsense", draft, "b"); err == nil || errors.Is(err, store.ErrNotFound) {
		t.Errorf("card read of an unknown kind = %v; want a plain error", err)
	}
}
