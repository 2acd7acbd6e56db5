package store

import (
	"context"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// freeHoursQuestion is the questionnaire question (questionnaire.Default)
// whose answer is the weekly free time a linked canvas is checked against.
const freeHoursQuestion = questionnaire.HustleHours

// Canvas is one stored niche canvas, with what it needs from the assessment
// it started from.
type Canvas struct {
	ID      int64
	ShareID string
	// PathID is the catalog path the canvas started from; "" for none.
	PathID    string
	Data      canvas.Canvas
	CreatedAt time.Time
	UpdatedAt time.Time
	// Assessment is nil when the canvas was not started from an assessment
	// or that assessment has since been deleted.
	Assessment *LinkedAssessment
}

// LinkedAssessment is the little a canvas reads from its assessment.
type LinkedAssessment struct {
	// ShareID is the share id the canvas was linked through. The link only
	// holds while the assessment still has it, so replacing the share link
	// revokes the canvas's view of the assessment too.
	ShareID string
	// FreeHours is the answer to "how many hours a week could you give";
	// -1 when it is unanswered.
	FreeHours int
}

// canvasSelect reads a canvas and, through the LEFT JOIN, its assessment's
// share id and free hours in the same round trip. The join re-checks the
// share id the link was made through, so a replaced share link revokes it.
const (
	canvasColumns = `c.id, c.share_id, c.path_id, c.data, c.created_at, c.updated_at,
	       a.share_id, a.answers -> $2::text ->> 0`
	canvasFrom = `FROM canvases c
	LEFT JOIN assessments a ON a.id = c.assessment_id AND a.share_id = c.assessment_share_id`
	canvasSelect = `SELECT ` + canvasColumns + ` ` + canvasFrom
)

// scanCanvas scans canvasColumns, then extra.
func scanCanvas(row pgx.Row, extra ...any) (Canvas, error) {
	var (
		c        Canvas
		aShareID *string
		aHours   *string
	)
	err := row.Scan(append([]any{&c.ID, &c.ShareID, &c.PathID, &c.Data, &c.CreatedAt, &c.UpdatedAt, &aShareID, &aHours}, extra...)...)
	if err != nil {
		return Canvas{}, mapErr(err)
	}
	if aShareID != nil {
		c.Assessment = &LinkedAssessment{ShareID: *aShareID, FreeHours: freeHours(aHours)}
	}
	return c, nil
}

// freeHours reads the stored answer, which the questionnaire keeps as a
// whole number; anything else counts as unanswered rather than failing.
func freeHours(s *string) int {
	if s == nil {
		return -1
	}
	n, err := strconv.Atoi(*s)
	if err != nil || n < 0 {
		return -1
	}
	return n
}

// CreateCanvas stores a new canvas. assessmentShareID links it to the
// assessment with that share id; an unknown or empty one leaves it unlinked.
// The lookup is a subquery, so creating costs one round trip.
func (s *Store) CreateCanvas(ctx context.Context, editHash []byte, shareID, assessmentShareID, pathID string, data canvas.Canvas) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `
		WITH linked AS (SELECT id, share_id FROM assessments WHERE share_id = @assessment_share_id AND @assessment_share_id <> '')
		INSERT INTO canvases (edit_hash, share_id, assessment_id, assessment_share_id, path_id, data)
		VALUES (@edit_hash, @share_id, (SELECT id FROM linked), (SELECT share_id FROM linked), @path_id, @data)
		RETURNING id`, pgx.NamedArgs{
		"edit_hash":           editHash,
		"share_id":            shareID,
		"assessment_share_id": assessmentShareID,
		"path_id":             pathID,
		"data":                data,
	}).Scan(&id)
	return id, mapErr(err)
}

// CanvasByEditHash finds a canvas by the hash of its edit secret.
func (s *Store) CanvasByEditHash(ctx context.Context, editHash []byte) (Canvas, error) {
	return scanCanvas(s.pool.QueryRow(ctx, canvasSelect+` WHERE c.edit_hash = $1`, editHash, freeHoursQuestion))
}

// CanvasByShareID finds a canvas by its current share id.
func (s *Store) CanvasByShareID(ctx context.Context, shareID string) (Canvas, error) {
	return scanCanvas(s.pool.QueryRow(ctx, canvasSelect+` WHERE c.share_id = $1`, shareID, freeHoursQuestion))
}

// LinkedAssessmentByShareID reads what a new canvas needs from the
// assessment it starts from.
func (s *Store) LinkedAssessmentByShareID(ctx context.Context, shareID string) (LinkedAssessment, error) {
	var (
		a     LinkedAssessment
		hours *string
	)
	err := s.pool.QueryRow(ctx, `SELECT share_id, answers -> $2::text ->> 0 FROM assessments WHERE share_id = $1`,
		shareID, freeHoursQuestion).Scan(&a.ShareID, &hours)
	if err != nil {
		return LinkedAssessment{}, mapErr(err)
	}
	a.FreeHours = freeHours(hours)
	return a, nil
}

// SaveCanvas replaces the canvas's content.
func (s *Store) SaveCanvas(ctx context.Context, id int64, data canvas.Canvas) error {
	return s.exec(ctx, `UPDATE canvases SET data = $2, updated_at = now() WHERE id = $1`, id, data)
}

// ReplaceCanvasShareID gives the canvas a new share id; the old share link
// stops working at once.
func (s *Store) ReplaceCanvasShareID(ctx context.Context, id int64, shareID string) error {
	return s.exec(ctx, `UPDATE canvases SET share_id = $2, updated_at = now() WHERE id = $1`, id, shareID)
}

// DeleteCanvas removes the canvas for good.
func (s *Store) DeleteCanvas(ctx context.Context, id int64) error {
	return s.exec(ctx, `DELETE FROM canvases WHERE id = $1`, id)
}

// CanvasTests are one canvas's test cards.
type CanvasTests struct {
	CanvasID int64
	Tests    []canvas.TestCard
}

// PlanCanvasTests are the test cards of the canvases started for a plan's
// path from the assessment the plan follows (the canvases the plan page
// counts as started), for the plan's calendar. One round trip.
func (s *Store) PlanCanvasTests(ctx context.Context, planID int64) ([]CanvasTests, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT c.id, c.data -> 'tests'
		FROM plans p
		JOIN assessments a ON a.id = p.assessment_id AND a.share_id = p.assessment_share_id
		JOIN canvases c ON c.assessment_id = a.id AND c.assessment_share_id = a.share_id AND c.path_id = p.data ->> 'path_id'
		WHERE p.id = $1 AND jsonb_typeof(c.data -> 'tests') = 'array'
		ORDER BY c.id`, planID)
	if err != nil {
		return nil, mapErr(err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (CanvasTests, error) {
		var c CanvasTests
		err := row.Scan(&c.CanvasID, &c.Tests)
		return c, err
	})
	return out, mapErr(err)
}
