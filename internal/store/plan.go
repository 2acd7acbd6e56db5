package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
)

// Plan is one stored 90-day plan, with what it reads of the assessment it
// follows, in the same round trip.
type Plan struct {
	ID        int64
	ShareID   string
	Data      plan.Plan
	CreatedAt time.Time
	UpdatedAt time.Time
	// Assessment is nil when the plan no longer follows one: the
	// assessment was deleted or its share link replaced.
	Assessment *PlanAssessment
}

// PlanAssessment is what a plan reads of the assessment it follows.
type PlanAssessment struct {
	// ShareID is the share id the plan follows it through.
	ShareID      string
	Answers      questionnaire.Answers
	SetAside     []string
	HideFreeText bool
	// Result is the assessment's full snapshot, read by PlanByEditHash
	// only (the owner's page says what changed); nil otherwise or while
	// the assessment has none.
	Result *recommendation.Snapshot
	// CanvasStarted says a canvas for the plan's path was started from
	// the same assessment.
	CanvasStarted bool
}

// planSelect reads a plan and, through the LEFT JOIN, the assessment it
// follows, re-checking the share id it follows it through, so a replaced
// share link revokes the plan's view. result is the snapshot column to
// read ("NULL::jsonb" to skip it).
func planSelect(result string) string {
	return `SELECT ` + planColumns(result) + ` ` + planFrom
}

func planColumns(result string) string {
	return `p.id, p.share_id, p.data, p.created_at, p.updated_at,
	       a.id, a.share_id, a.answers, a.set_aside, a.hide_free_text, ` + result + `, ` + planCanvasStarted
}

// planCanvasStarted says whether a canvas for the plan's path was started
// from the assessment the plan follows.
const planCanvasStarted = `EXISTS (SELECT 1 FROM canvases c
	               WHERE c.assessment_id = a.id AND c.assessment_share_id = a.share_id AND c.path_id = p.data->>'path_id')`

const planFrom = `FROM plans p
	LEFT JOIN assessments a ON a.id = p.assessment_id AND a.share_id = p.assessment_share_id`

// scanPlan scans planColumns, then extra.
func scanPlan(row pgx.Row, extra ...any) (Plan, error) {
	var (
		p      Plan
		aID    *int64
		link   PlanAssessment
		share  *string
		aside  []string
		hide   *bool
		raw    []byte
		canvas bool
	)
	err := row.Scan(append([]any{&p.ID, &p.ShareID, &p.Data, &p.CreatedAt, &p.UpdatedAt,
		&aID, &share, &link.Answers, &aside, &hide, &raw, &canvas}, extra...)...)
	if err != nil {
		return Plan{}, mapErr(err)
	}
	if p.Data.Progress == nil {
		p.Data.Progress = map[string]plan.Progress{}
	}
	if aID == nil {
		return p, nil
	}
	link.ShareID, link.SetAside, link.HideFreeText, link.CanvasStarted = *share, aside, hide != nil && *hide, canvas
	link.Result, err = decodeSnapshot(*aID, raw, link.Answers)
	p.Assessment = &link
	return p, err
}

// CreatePlan stores a new plan following the assessment with the given
// share id (left unlinked when it no longer exists). The plan is made from
// that assessment (plans.made_from) and is deleted with it: it holds its
// answers. An assessment deleted meanwhile is ErrNotFound.
func (s *Store) CreatePlan(ctx context.Context, editHash []byte, shareID, assessmentShareID string, data plan.Plan) error {
	_, err := s.pool.Exec(ctx, `
		WITH linked AS (SELECT id, share_id FROM assessments WHERE share_id = $3 AND $3 <> '')
		INSERT INTO plans (edit_hash, share_id, assessment_id, assessment_share_id, made_from, data)
		VALUES ($1, $2, (SELECT id FROM linked), (SELECT share_id FROM linked), (SELECT id FROM linked), $4)`,
		editHash, shareID, assessmentShareID, data)
	return mapDeleted(err)
}

// PlanByEditHash finds a plan by the hash of its edit secret, with the
// full snapshot of the assessment it follows.
func (s *Store) PlanByEditHash(ctx context.Context, editHash []byte) (Plan, error) {
	return scanPlan(s.pool.QueryRow(ctx, planSelect("a.result")+` WHERE p.edit_hash = $1`, editHash))
}

// PlanByShareID finds a plan by its current share id; the share view
// needs no snapshot.
func (s *Store) PlanByShareID(ctx context.Context, shareID string) (Plan, error) {
	return scanPlan(s.pool.QueryRow(ctx, planSelect("NULL::jsonb")+` WHERE p.share_id = $1`, shareID))
}

// SetPlanStep records what the owner did with one step. Only that step's
// entry changes, in the statement itself, so two tabs ticking different
// steps never undo each other.
func (s *Store) SetPlanStep(ctx context.Context, id int64, stepID string, progress plan.Progress) error {
	return s.exec(ctx, `
		UPDATE plans
		SET data = data || jsonb_build_object('progress', CASE WHEN jsonb_typeof(data->'progress') = 'object' THEN data->'progress' ELSE '{}'::jsonb END
		                                                || jsonb_build_object($2::text, $3::jsonb)),
		    updated_at = now()
		WHERE id = $1`, id, stepID, progress)
}

// SetPlanStart moves the plan's start date; its progress is untouched.
func (s *Store) SetPlanStart(ctx context.Context, id int64, start string) error {
	return s.exec(ctx, `UPDATE plans SET data = data || jsonb_build_object('start', $2::text), updated_at = now() WHERE id = $1`, id, start)
}

// CheckIn is a copy of the assessment a plan follows, for the owner to
// answer again: the answers filled in, and the snapshot when they are
// complete (nil keeps the copy a draft).
type CheckIn struct {
	EditHash             []byte
	ShareID              string
	QuestionnaireVersion string
	Answers              questionnaire.Answers
	HideFreeText         bool
	SetAside             []string
	Result               *Result
	// Baseline is the plan's new summary to compare against, and Inputs
	// the answers its steps now read. PathID is the plan's path.
	PathID   string
	Baseline plan.Summary
	Inputs   questionnaire.Answers
	At       time.Time
}

// CheckedIn is what a plan's check-in leaves on the self-assessment it
// makes: the plan's path and the result the plan followed until then, for
// the new result to say what changed.
type CheckedIn struct {
	PathID   string       `json:"path_id"`
	Baseline plan.Summary `json:"baseline"`
	// At is when the check-in was made (the baseline may be older, when
	// the plan had no newer result to take it from).
	At time.Time `json:"at"`
}

// CheckInPlan stores the copy and makes the plan follow it, in one
// statement: the plan keeps its progress and gains a baseline and a
// check-in date. The copy belongs to the plan (assessments.check_in_of)
// and is deleted with it; a plan deleted meanwhile is ErrNotFound, and no
// copy is left behind.
func (s *Store) CheckInPlan(ctx context.Context, id int64, c CheckIn) error {
	var modelVersion, result *string
	if c.Result != nil {
		stored, err := encodeSnapshot(c.Result.Snapshot, c.Answers)
		if err != nil {
			return fmt.Errorf("check-in of plan %d: encode snapshot: %w", id, err)
		}
		modelVersion, result = &c.Result.ModelVersion, new(string(stored))
	}
	err := s.exec(ctx, `
		WITH copy AS (
			INSERT INTO assessments (edit_hash, share_id, questionnaire_version, answers, hide_free_text, set_aside,
			                         model_version, result, check_in, check_in_of, completed_at)
			VALUES (@edit_hash, @share_id, @version, @answers, @hide, @aside, @model, @result::jsonb, @check_in, @id,
			        CASE WHEN @result::jsonb IS NULL THEN NULL ELSE now() END)
			RETURNING id, share_id)
		UPDATE plans p
		SET assessment_id = copy.id, assessment_share_id = copy.share_id,
		    data = p.data || jsonb_build_object('baseline', @baseline::jsonb, 'answers', @inputs::jsonb,
		                                        'check_ins', CASE WHEN jsonb_typeof(p.data->'check_ins') = 'array' THEN p.data->'check_ins' ELSE '[]'::jsonb END
		                                                     || to_jsonb(@at::timestamptz)),
		    updated_at = now()
		FROM copy WHERE p.id = @id`,
		pgx.NamedArgs{"id": id, "edit_hash": c.EditHash, "share_id": c.ShareID, "version": c.QuestionnaireVersion,
			"answers": c.Answers, "hide": c.HideFreeText, "aside": nonNil(c.SetAside), "model": modelVersion,
			"result": result, "baseline": c.Baseline, "inputs": c.Inputs, "at": c.At,
			"check_in": CheckedIn{PathID: c.PathID, Baseline: c.Baseline, At: c.At}})
	return mapDeleted(err)
}

// ReplacePlanShareID gives the plan a new share id; the old share link
// stops working at once.
func (s *Store) ReplacePlanShareID(ctx context.Context, id int64, shareID string) error {
	return s.exec(ctx, `UPDATE plans SET share_id = $2, updated_at = now() WHERE id = $1`, id, shareID)
}

// DeletePlan removes the plan for good, with the assessments its
// check-ins copied (and what was made from those) and their stored share
// pages, in one statement; the assessment it was made from stays.
func (s *Store) DeletePlan(ctx context.Context, id int64) error {
	return s.exec(ctx, `DELETE FROM plans WHERE id = $1`, id)
}
