package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// Comparison is a stored side-by-side comparison. When it started from an
// assessment, that assessment's answers and share id come with it, read in
// the same query.
type Comparison struct {
	ID                int64
	ShareID           string
	Data              compare.Comparison
	CreatedAt         time.Time
	UpdatedAt         time.Time
	AssessmentAnswers questionnaire.Answers // nil when not linked
	AssessmentShareID *string
}

// comparisonSelect re-checks the share id the link was made through, so a
// replaced share link stops the comparison reading the assessment's answers.
const (
	comparisonColumns = `c.id, c.share_id, c.data, c.created_at, c.updated_at, a.answers, a.share_id`
	comparisonFrom    = `FROM comparisons c
	LEFT JOIN assessments a ON a.id = c.assessment_id AND a.share_id = c.assessment_share_id`
	comparisonSelect = `SELECT ` + comparisonColumns + ` ` + comparisonFrom
)

// scanComparison scans comparisonColumns, then extra.
func scanComparison(row pgx.Row, extra ...any) (Comparison, error) {
	var c Comparison
	err := row.Scan(append([]any{&c.ID, &c.ShareID, &c.Data, &c.CreatedAt, &c.UpdatedAt, &c.AssessmentAnswers, &c.AssessmentShareID}, extra...)...)
	return c, mapErr(err)
}

// CreateComparison stores a new comparison, optionally linked to the
// assessment with the given share id (ignored when it does not exist).
func (s *Store) CreateComparison(ctx context.Context, editHash []byte, shareID, assessmentShareID string, data compare.Comparison) error {
	_, err := s.pool.Exec(ctx, `
		WITH linked AS (SELECT id, share_id FROM assessments WHERE share_id = $3 AND $3 <> '')
		INSERT INTO comparisons (edit_hash, share_id, assessment_id, assessment_share_id, data)
		VALUES ($1, $2, (SELECT id FROM linked), (SELECT share_id FROM linked), $4)`,
		editHash, shareID, assessmentShareID, data)
	return mapErr(err)
}

// ComparisonByEditHash finds a comparison by the hash of its edit secret.
func (s *Store) ComparisonByEditHash(ctx context.Context, editHash []byte) (Comparison, error) {
	return scanComparison(s.pool.QueryRow(ctx, comparisonSelect+` WHERE c.edit_hash = $1`, editHash))
}

// ComparisonByShareID finds a comparison by its current share id.
func (s *Store) ComparisonByShareID(ctx context.Context, shareID string) (Comparison, error) {
	return scanComparison(s.pool.QueryRow(ctx, comparisonSelect+` WHERE c.share_id = $1`, shareID))
}

// SaveComparison replaces the comparison's content.
func (s *Store) SaveComparison(ctx context.Context, id int64, data compare.Comparison) error {
	return s.exec(ctx, `UPDATE comparisons SET data = $2, updated_at = now() WHERE id = $1`, id, data)
}

// ReplaceComparisonShareID gives the comparison a new share id; the old
// share link stops working at once.
func (s *Store) ReplaceComparisonShareID(ctx context.Context, id int64, shareID string) error {
	return s.exec(ctx, `UPDATE comparisons SET share_id = $2, updated_at = now() WHERE id = $1`, id, shareID)
}

// DeleteComparison removes the comparison for good.
func (s *Store) DeleteComparison(ctx context.Context, id int64) error {
	return s.exec(ctx, `DELETE FROM comparisons WHERE id = $1`, id)
}
