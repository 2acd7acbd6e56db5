package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"log/slog"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver goose runs on
	"github.com/pressly/goose/v3"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/questionnaire/questionnairetest"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/recommendation/recommendationtest"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
	"github.com/crossroads/crossroads/migrations"
)

// TestMigration14KeepsWhatWasStored: a result and a share page stored
// before migration 00014 (with the page-sized copy and the uncompressed
// page beside the gzip form) read the same after it, the gzip form is
// still served, and the migration goes down and up again.
func TestMigration14KeepsWhatWasStored(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := testkit.NewDatabase(t)
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = db.Close() }()
	provider, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := provider.DownTo(ctx, 13); err != nil {
		t.Fatalf("down to 13: %v", err)
	}

	def := questionnaire.Default()
	answers := questionnairetest.CompleteAnswers(t, def)
	snap := recommendation.Build(scoring.Score(def, answers), def.Version)
	snap.Answers = answers.Clone()
	full, _ := json.Marshal(snap)
	page, _ := json.Marshal(recommendationtest.PageOf(snap))
	shareID := capability.NewShareID()
	_, hash := capability.NewSecret()
	if _, err := db.ExecContext(ctx, `INSERT INTO assessments (edit_hash, share_id, questionnaire_version, answers, model_version, result, result_page, completed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, now())`, hash, shareID, def.Version, mustMarshal(t, answers), snap.ModelVersion, full, page); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO share_renders (kind, share_id, version, build, html, html_gzip)
		SELECT 'assessment', $1, `+"(extract(epoch FROM updated_at) * 1000000)::bigint::text"+`, 'b', 'page', 'gzip page' FROM assessments`, shareID); err != nil {
		t.Fatal(err)
	}

	if err := store.Migrate(ctx, url, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatalf("up: %v", err)
	}
	pool := rawPool(t, url)
	st := store.New(pool)
	res, stored, err := st.SharedResultWithPage(ctx, shareID, "b")
	if err != nil || !bytes.Equal(stored.Gzip, []byte("gzip page")) {
		t.Fatalf("stored page after 00014: %+v %v; want the gzip form kept", stored, err)
	}
	_ = res
	r, err := st.SharedResultByShareID(ctx, shareID)
	got, _ := json.Marshal(r.Result)
	if err != nil || r.Result == nil || !bytes.Equal(got, full) {
		t.Errorf("result after 00014: %v; want the full snapshot as stored", err)
	}

	if _, err := provider.DownTo(ctx, 13); err != nil {
		t.Fatalf("down again: %v", err)
	}
	if _, err := provider.Up(ctx); err != nil {
		t.Fatalf("up again: %v", err)
	}
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
