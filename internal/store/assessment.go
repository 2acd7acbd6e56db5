package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
)

// Assessment is one stored questionnaire with its recommendation snapshot.
type Assessment struct {
	ID                   int64
	ShareID              string
	QuestionnaireVersion string
	Answers              questionnaire.Answers
	HideFreeText         bool
	// SetAside are the paths the owner said are not for them.
	SetAside []string
	// Finished is whether a recommendation snapshot is stored.
	Finished bool
	// Result is the snapshot itself, read only by the readers that say so
	// (most pages need only Finished); nil otherwise.
	Result *recommendation.Snapshot
	// CheckedIn is set on a self-assessment a plan's check-in made.
	CheckedIn   *CheckedIn
	CompletedAt *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// selectAssessment reads a row, with the snapshot as result ("NULL" to skip it).
func selectAssessment(result string) string {
	return `SELECT id, share_id, questionnaire_version, answers, hide_free_text, set_aside,
		result IS NOT NULL, ` + result + `, check_in, completed_at, created_at, updated_at
	FROM assessments `
}

func scanAssessment(row pgx.Row) (Assessment, error) {
	var (
		a   Assessment
		raw []byte
	)
	// The snapshot is scanned as plain bytes and decoded by decodeSnapshot:
	// pgx's own jsonb decoding (encoding/json) was the share page's largest
	// cost (docs/perf.md).
	err := row.Scan(&a.ID, &a.ShareID, &a.QuestionnaireVersion, &a.Answers, &a.HideFreeText, &a.SetAside,
		&a.Finished, &raw, &a.CheckedIn, &a.CompletedAt, &a.CreatedAt, &a.UpdatedAt)
	if err != nil {
		return Assessment{}, mapErr(err)
	}
	// The result is read with the answers as stored: a compact result
	// made from them keeps no copy of its own.
	a.Result, err = decodeSnapshot(a.ID, raw, a.Answers)
	// Answers given under an earlier questionnaire are read as answers to
	// the current one, here, once, so every page and every save sees one
	// version; the next save stores them as such.
	if up, ok := questionnaire.Upgrade(a.QuestionnaireVersion, a.Answers); ok {
		a.Answers, a.QuestionnaireVersion = up, questionnaire.Version
	}
	return a, err
}

// questions is the questionnaire a compact result is expanded against
// (recommendation.Decode scores its answers again), built once.
var questions = questionnaire.Default()

// decodeSnapshot reads assessment id's result column, in the compact form
// (recommendation.Stored, expanded with rowAnswers, the row's answers
// column as stored) or as a full snapshot of any model; nil stays nil.
// Every result, share and export view decodes one, and encoding/json
// made that a third of the share page's CPU (docs/perf.md): the
// encoding/json v2 prototype reads it in about a third of the time. Its
// defaults suit JSON we wrote ourselves: keys match exactly and invalid
// UTF-8 is an error.
func decodeSnapshot(id int64, raw []byte, rowAnswers questionnaire.Answers) (*recommendation.Snapshot, error) {
	if raw == nil {
		return nil, nil
	}
	snap, err := recommendation.Decode(raw, questions, rowAnswers)
	if err != nil {
		return nil, fmt.Errorf("assessment %d: decode snapshot: %w", id, err)
	}
	return &snap, nil
}

// encodeSnapshot is what to store of snap in a row whose answers column
// holds rowAnswers: the compact form (recommendation.Encode).
func encodeSnapshot(snap recommendation.Snapshot, rowAnswers questionnaire.Answers) ([]byte, error) {
	return recommendation.Encode(snap, questions, rowAnswers)
}

// CreateAssessment stores a new draft with the first page's answers.
func (s *Store) CreateAssessment(ctx context.Context, editHash []byte, shareID, questionnaireVersion string, answers questionnaire.Answers) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `
		INSERT INTO assessments (edit_hash, share_id, questionnaire_version, answers)
		VALUES ($1, $2, $3, $4)
		RETURNING id`, editHash, shareID, questionnaireVersion, answers).Scan(&id)
	return id, mapErr(err)
}

// AssessmentByEditHash finds an assessment by the hash of its edit secret,
// without its snapshot (Result stays nil; Finished tells whether there is one).
func (s *Store) AssessmentByEditHash(ctx context.Context, editHash []byte) (Assessment, error) {
	return scanAssessment(s.pool.QueryRow(ctx, selectAssessment("NULL::jsonb")+`WHERE edit_hash = $1`, editHash))
}

// AssessmentWithResultByEditHash is AssessmentByEditHash with the snapshot.
func (s *Store) AssessmentWithResultByEditHash(ctx context.Context, editHash []byte) (Assessment, error) {
	return scanAssessment(s.pool.QueryRow(ctx, selectAssessment("result")+`WHERE edit_hash = $1`, editHash))
}

// AssessmentByShareID finds an assessment, with its snapshot, by its
// current share id.
func (s *Store) AssessmentByShareID(ctx context.Context, shareID string) (Assessment, error) {
	return scanAssessment(s.pool.QueryRow(ctx, selectAssessment("result")+`WHERE share_id = $1`, shareID))
}

// SharedResult is what the share page reads of an assessment.
type SharedResult struct {
	ID           int64
	ShareID      string
	HideFreeText bool
	// Result is the snapshot, nil while the assessment is a draft or when
	// a stored page made it unnecessary (SharedResultWithPage).
	Result *recommendation.Snapshot
	// Answers are the row's answers as stored, which a result of scoring
	// model 1 may not carry itself.
	Answers questionnaire.Answers
}

// SharedResultByShareID reads the share page's data by current share id.
func (s *Store) SharedResultByShareID(ctx context.Context, shareID string) (SharedResult, error) {
	var (
		r   SharedResult
		raw []byte
	)
	err := s.pool.QueryRow(ctx, `SELECT id, share_id, hide_free_text, result, answers FROM assessments WHERE share_id = $1`, shareID).
		Scan(&r.ID, &r.ShareID, &r.HideFreeText, &raw, &r.Answers)
	if err != nil {
		return SharedResult{}, mapErr(err)
	}
	r.Result, err = decodeSnapshot(r.ID, raw, r.Answers)
	return r, err
}

// SaveAnswers replaces the answers of a draft or finished assessment. A
// finished one keeps its old snapshot until SaveResult replaces it: a
// compact one that shared the row's answers takes a copy of them first,
// in the same statement, since it was made from them and not the new
// ones.
//
// Answers are read, merged with one page and written back, so two tabs
// saving different pages could overwrite each other. seen is the UpdatedAt
// the caller read: if the row changed since, nothing is written and the
// error is ErrConflict, so the caller can read again and merge. A zero seen
// writes unconditionally.
func (s *Store) SaveAnswers(ctx context.Context, id int64, answers questionnaire.Answers, seen time.Time) error {
	return s.execUnchanged(ctx, id, seen, `
		UPDATE assessments
		SET result = CASE WHEN result ? 'v' AND NOT result ? 'answers' AND answers IS DISTINCT FROM $3::jsonb
		                  THEN result || jsonb_build_object('answers', answers) ELSE result END,
		    answers = $3, questionnaire_version = $4, updated_at = clock_timestamp()
		WHERE id = $1 AND ($2::timestamptz IS NULL OR updated_at = $2)`, answers, questionnaire.Version)
}

// Result is a finished recommendation to store: its snapshot is stored
// once, in the compact form (recommendation.Stored) where that gives it
// back exactly, whole otherwise.
type Result struct {
	ModelVersion string
	Snapshot     recommendation.Snapshot
	// SetAside are the paths the result ranks last at the owner's word.
	SetAside []string
}

// SaveResult stores the answers and the result made from them in one
// statement, so they can never disagree. seen works as for SaveAnswers.
func (s *Store) SaveResult(ctx context.Context, id int64, answers questionnaire.Answers, res Result, seen time.Time) error {
	stored, err := encodeSnapshot(res.Snapshot, answers)
	if err != nil {
		return fmt.Errorf("assessment %d: encode snapshot: %w", id, err)
	}
	return s.execUnchanged(ctx, id, seen, `
		UPDATE assessments
		SET answers = $3, model_version = $4, result = $5, set_aside = $6,
		    questionnaire_version = $7, completed_at = coalesce(completed_at, now()), updated_at = clock_timestamp()
		WHERE id = $1 AND ($2::timestamptz IS NULL OR updated_at = $2)`,
		answers, res.ModelVersion, string(stored), nonNil(res.SetAside), questionnaire.Version)
}

// execUnchanged runs an update guarded by updated_at = seen. When no row
// matched it tells a concurrent change (ErrConflict) from a deleted row
// (ErrNotFound); that costs a round trip only on the rare failure.
func (s *Store) execUnchanged(ctx context.Context, id int64, seen time.Time, sql string, args ...any) error {
	var since *time.Time
	if !seen.IsZero() {
		since = &seen
	}
	tag, err := s.pool.Exec(ctx, sql, append([]any{id, since}, args...)...)
	if err != nil {
		return mapErr(err)
	}
	if tag.RowsAffected() == 1 {
		return nil
	}
	var exists bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM assessments WHERE id = $1)`, id).Scan(&exists); err != nil {
		return mapErr(err)
	}
	if exists {
		return ErrConflict
	}
	return ErrNotFound
}

// ReplaceAssessmentShareID gives the assessment a new share id; the old
// share link stops working at once.
func (s *Store) ReplaceAssessmentShareID(ctx context.Context, id int64, shareID string) error {
	return s.exec(ctx, `UPDATE assessments SET share_id = $2, updated_at = now() WHERE id = $1`, id, shareID)
}

// SetAssessmentHideFreeText chooses whether the share view hides free text.
func (s *Store) SetAssessmentHideFreeText(ctx context.Context, id int64, hide bool) error {
	return s.exec(ctx, `UPDATE assessments SET hide_free_text = $2, updated_at = now() WHERE id = $1`, id, hide)
}

// DeleteAssessment removes the assessment for good, in one statement with
// everything made from its answers: the plans made from it, their
// check-in copies (and so on down), and every stored share page of those
// rows (migration 00013).
func (s *Store) DeleteAssessment(ctx context.Context, id int64) error {
	return s.exec(ctx, `DELETE FROM assessments WHERE id = $1`, id)
}

// exec runs a statement that must touch exactly one row.
func (s *Store) exec(ctx context.Context, sql string, args ...any) error {
	tag, err := s.pool.Exec(ctx, sql, args...)
	if err != nil {
		return mapErr(err)
	}
	if tag.RowsAffected() == 0 {
		return ErrNotFound
	}
	return nil
}

// nonNil stores an empty list as '{}' rather than NULL.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
