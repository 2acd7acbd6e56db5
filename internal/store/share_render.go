package store

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// Share kinds, the values of share_renders.kind (the triggers of
// migrations 00008 and 00010 name them too).
const (
	KindAssessment = "assessment"
	KindCanvas     = "canvas"
	KindComparison = "comparison"
	KindPlan       = "plan"
)

// ShareRender is one share page rendered once: its gzip form (the only
// one stored; the rare client without gzip gets it decompressed), the
// content version it was made from and the build that made it.
type ShareRender struct {
	Kind, ShareID string
	// Version is the content version the caller read with the row (a
	// StoredPage's Version); the page is stored only while the row still
	// has it.
	Version string
	// Build names the code and settings (BASE_URL) that rendered it; bytes
	// from another build are never served.
	Build string
	Gzip  []byte
}

// StoredPage is what a share read found out about a stored rendering.
type StoredPage struct {
	// Version is the row's content version now, stored bytes or not: the
	// page's ETag comes from it, and a rendering made after a miss is
	// stored under it.
	Version string
	// Gzip is the stored page, gzip-compressed, rendered from exactly
	// Version by the build the read named; nil when there is none (a miss).
	Gzip []byte
}

// Fresh reports whether the read found a rendering it can serve.
func (p StoredPage) Fresh() bool { return p.Gzip != nil }

// assessmentVersion is an assessment share page's content version, as SQL
// over its row "a": the row's last change, to the microsecond (every
// statement that changes a share page's inputs sets updated_at), and its
// visibility. Integer microseconds rather than timestamptz text, which
// would depend on each session's TimeZone and DateStyle.
var assessmentVersion = micros("a.updated_at") + ` ||
	CASE WHEN a.hide_free_text THEN '-hidden' ELSE '' END`

// micros is SQL for a timestamp column as integer microseconds in text.
func micros(column string) string {
	return `(extract(epoch FROM ` + column + `) * 1000000)::bigint::text`
}

// The other kinds' versions: the row's last change and that of the
// assessment it was made from (row "a", absent once the link is revoked),
// whose answers its share view reads. A plan's page is also dated (what
// is due this week) and shows whether a canvas was started, so both are
// part of its version.
var (
	linkedVersion     = `'-' || coalesce(` + micros("a.updated_at") + `, 'unlinked')`
	canvasVersion     = micros("c.updated_at") + ` || ` + linkedVersion
	comparisonVersion = micros("c.updated_at") + ` || ` + linkedVersion
	planVersion       = micros("p.updated_at") + ` || ` + linkedVersion + ` ||
	CASE WHEN ` + planCanvasStarted + ` THEN '-canvas' ELSE '' END || '-' || ` + planDay
)

// planDay is the day a plan's share page is dated by: today in UTC by the
// database's clock, which the page is then rendered with (Plan.Today).
const planDay = `to_char((now() AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD')`

// SharedResultWithPage is the assessment share page's only read: the row
// by share id, its content version, and the stored rendering of exactly
// that version by build, all in one round trip. On a hit the snapshot is
// left unread (nil Result), as it is not needed; on a miss the result is
// what SharedResultByShareID gives. A draft is ErrNotFound, like an
// unknown id.
func (s *Store) SharedResultWithPage(ctx context.Context, shareID, build string) (SharedResult, StoredPage, error) {
	var r SharedResult
	var p StoredPage
	var finished bool
	var raw []byte
	err := s.pool.QueryRow(ctx, assessmentWithPage, shareID, build).
		Scan(&r.ID, &r.ShareID, &r.HideFreeText, &finished, &raw, &r.Answers, &p.Version, &p.Gzip)
	if err != nil {
		return SharedResult{}, StoredPage{}, mapErr(err)
	}
	if !finished {
		return SharedResult{}, StoredPage{}, ErrNotFound
	}
	if r.Result, err = decodeSnapshot(r.ID, raw, r.Answers); err != nil {
		return SharedResult{}, StoredPage{}, err
	}
	return r, p, nil
}

// sourceRows says, per kind, how to find the row a share id ($2) names
// while it still has a content version ($3), so PutShareRender stores a
// page only while its row has the version it was rendered from. A kind's
// share read and its entry here must use the same version expression.
//
// Each locks its row FOR SHARE until the page is stored: a deletion or a
// new share link committed meanwhile makes the insert wait and then find
// no row (nothing stored), and one that comes after waits for the page and
// then removes it with its trigger. Without the lock, a page could be
// stored just after its row's trigger ran, and never be served or removed.
var sourceRows = map[string]string{
	KindAssessment: `FROM assessments a WHERE a.share_id = $2 AND ` + assessmentVersion + ` = $3 FOR SHARE OF a`,
	KindCanvas:     canvasFrom + ` WHERE c.share_id = $2 AND ` + canvasVersion + ` = $3 FOR SHARE OF c`,
	KindComparison: comparisonFrom + ` WHERE c.share_id = $2 AND ` + comparisonVersion + ` = $3 FOR SHARE OF c`,
	KindPlan:       planFrom + ` WHERE p.share_id = $2 AND ` + planVersion + ` = $3 FOR SHARE OF p`,
}

// shareRenderSweepLock is the advisory lock key that lets one instance at
// a time remove orphaned stored pages.
const shareRenderSweepLock = 7_245_003

// DeleteOrphanShareRenders removes stored share pages whose row is gone or
// has another share link: a page stored before migration 00013 made the
// insert lock its row, say. As with the draft sweep, one instance does it
// while the others skip (swept=false).
func (s *Store) DeleteOrphanShareRenders(ctx context.Context) (deleted int64, swept bool, err error) {
	return s.deleteExclusively(ctx, shareRenderSweepLock, `
		DELETE FROM share_renders sr
		WHERE NOT CASE sr.kind
			WHEN 'assessment' THEN EXISTS (SELECT FROM assessments WHERE share_id = sr.share_id)
			WHEN 'canvas' THEN EXISTS (SELECT FROM canvases WHERE share_id = sr.share_id)
			WHEN 'comparison' THEN EXISTS (SELECT FROM comparisons WHERE share_id = sr.share_id)
			WHEN 'plan' THEN EXISTS (SELECT FROM plans WHERE share_id = sr.share_id)
			ELSE false
		END`)
}

// PutShareRender stores r, replacing the kind and share id's previous
// rendering, if the row it was rendered from still has r.Version; it
// reports whether it stored it. A page rendered from a row that changed
// meanwhile (re-finished, hidden, its link replaced, deleted) is dropped
// rather than stored: the next view renders the new one.
func (s *Store) PutShareRender(ctx context.Context, r ShareRender) (bool, error) {
	source, ok := sourceRows[r.Kind]
	if !ok {
		return false, fmt.Errorf("share render: unknown kind %q", r.Kind)
	}
	tag, err := s.pool.Exec(ctx, `
		INSERT INTO share_renders AS sr (kind, share_id, version, build, html_gzip)
		SELECT $1, $2, $3, $4, $5 `+source+`
		ON CONFLICT (kind, share_id) DO UPDATE
		SET version = excluded.version, build = excluded.build,
		    html_gzip = excluded.html_gzip, rendered_at = now()`,
		r.Kind, r.ShareID, r.Version, r.Build, r.Gzip)
	if err != nil {
		return false, mapErr(err)
	}
	return tag.RowsAffected() == 1, nil
}

// withPage is a kind's share read: the row's columns, its content version,
// and the stored rendering of that version by build. alias is the row's
// alias in from; build is the parameter numbered buildParam.
func withPage(columns, from, alias, kind, version string, buildParam int) string {
	b := "$" + strconv.Itoa(buildParam)
	return `SELECT ` + columns + `, v.version, sr.html_gzip
		` + from + `
		CROSS JOIN LATERAL (SELECT ` + version + ` AS version) v
		LEFT JOIN share_renders sr
		       ON sr.kind = '` + kind + `' AND sr.share_id = ` + alias + `.share_id AND sr.version = v.version AND sr.build = ` + b + `
		WHERE ` + alias + `.share_id = $1`
}

var (
	// The assessment's CASEs keep PostgreSQL from detoasting what it will
	// not send: the result and answers on a hit.
	assessmentWithPage = withPage(`a.id, a.share_id, a.hide_free_text, a.result IS NOT NULL,
		CASE WHEN sr.share_id IS NULL THEN a.result END,
		CASE WHEN sr.share_id IS NULL THEN a.answers END`,
		`FROM assessments a`, "a", KindAssessment, assessmentVersion, 2)
	canvasWithPage     = withPage(canvasColumns, canvasFrom, "c", KindCanvas, canvasVersion, 3)
	comparisonWithPage = withPage(comparisonColumns, comparisonFrom, "c", KindComparison, comparisonVersion, 2)
	planWithPage       = withPage(planColumns("NULL::jsonb")+`, (now() AT TIME ZONE 'UTC')::date`, planFrom, "p", KindPlan, planVersion, 2)
)

// CanvasByShareIDWithPage is the canvas share page's only read (see
// SharedResultWithPage): the canvas by share id, the assessment it links
// to, its content version and the stored rendering, in one round trip.
func (s *Store) CanvasByShareIDWithPage(ctx context.Context, shareID, build string) (Canvas, StoredPage, error) {
	var p StoredPage
	c, err := scanCanvas(s.pool.QueryRow(ctx, canvasWithPage, shareID, freeHoursQuestion, build), &p.Version, &p.Gzip)
	if err != nil {
		return Canvas{}, StoredPage{}, err
	}
	return c, p, nil
}

// ComparisonByShareIDWithPage is the comparison share page's only read.
func (s *Store) ComparisonByShareIDWithPage(ctx context.Context, shareID, build string) (Comparison, StoredPage, error) {
	var p StoredPage
	c, err := scanComparison(s.pool.QueryRow(ctx, comparisonWithPage, shareID, build), &p.Version, &p.Gzip)
	if err != nil {
		return Comparison{}, StoredPage{}, err
	}
	return c, p, nil
}

// SharedPlan is a plan as its share page shows it: dated by the day the
// database says it is (in UTC), which is part of the page's version.
type SharedPlan struct {
	Plan
	Today time.Time
}

// PlanByShareIDWithPage is the plan share page's only read.
func (s *Store) PlanByShareIDWithPage(ctx context.Context, shareID, build string) (SharedPlan, StoredPage, error) {
	var (
		p     StoredPage
		today time.Time
	)
	pl, err := scanPlan(s.pool.QueryRow(ctx, planWithPage, shareID, build), &today, &p.Version, &p.Gzip)
	if err != nil {
		return SharedPlan{}, StoredPage{}, err
	}
	return SharedPlan{Plan: pl, Today: today}, p, nil
}
