package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
)

// mix is how many of each kind of row a finished assessment brings. No
// usage figures exist yet: the defaults are our judgement, on the heavy
// side (a quarter of people drafting a canvas, a fifth comparing, one in
// seven planning; a third of visitors leaving a draft), and flags of
// `bench seed`.
type mix struct {
	canvases, comparisons, plans float64
	drafts, staleDrafts          float64
	draftTTL                     time.Duration
	// writersPerWindow clients post in each one-minute rate-limit window,
	// per finished assessment, for windows windows (an hour of them is
	// what the hourly sweep leaves at most): heavy for a site whose
	// people finish a few assessments a minute, on purpose.
	writersPerWindow float64
	windows          int
}

func defaultMix() mix {
	return mix{canvases: 0.25, comparisons: 0.20, plans: 0.15, drafts: 0.3, staleDrafts: 0.5,
		draftTTL: 30 * 24 * time.Hour, writersPerWindow: 0.01, windows: 60}
}

func (m mix) valid() error {
	for _, f := range []float64{m.canvases, m.comparisons, m.plans, m.drafts, m.writersPerWindow} {
		if f < 0 || f > 10 {
			return errors.New("each proportion must be between 0 and 10")
		}
	}
	if m.staleDrafts < 0 || m.staleDrafts > 1 || m.draftTTL <= 0 || m.windows < 0 {
		return errors.New("-stale-drafts must be between 0 and 1, -draft-ttl positive, -windows ≥ 0")
	}
	return nil
}

// templateLinks is how many of the stored assessments get a draft, a
// canvas, a comparison and a plan made through the store.
const templateLinks = 16

// seedTemplates makes templateLinks drafts, canvases, comparisons and
// plans through the store, as their handlers do, the last three linked
// to the first stored assessments (shareIDs); it reports how many of
// each it made.
func seedTemplates(ctx context.Context, st *store.Store, def questionnaire.Definition, rng *rand.Rand, shareIDs []string) (int, error) {
	made := min(templateLinks, len(shareIDs))
	for i := range made {
		answers, err := randomAnswers(def, rng)
		if err != nil {
			return 0, err
		}
		// A draft stops after one to three pages.
		draft := questionnaire.Answers{}
		for _, sec := range def.Sections[:1+rng.IntN(3)] {
			draft = draft.With(sec, answers)
		}
		_, hash := capability.NewSecret()
		if _, err := st.CreateAssessment(ctx, hash, capability.NewShareID(), def.Version, draft); err != nil {
			return 0, err
		}

		a, err := st.AssessmentByShareID(ctx, shareIDs[i])
		if err != nil || a.Result == nil || len(a.Result.Paths) < 2 {
			return 0, fmt.Errorf("template assessment %d: %v (or fewer than two paths)", i, err)
		}
		first, second := a.Result.Paths[0].ID, a.Result.Paths[1].ID

		c := templateCanvas(i, first)
		_, hash = capability.NewSecret()
		if _, err := st.CreateCanvas(ctx, hash, capability.NewShareID(), a.ShareID, first, c); err != nil {
			return 0, fmt.Errorf("template canvas: %w", err)
		}
		cmp, _ := compare.New([]string{first, second}, a.Answers)
		_, hash = capability.NewSecret()
		if err := st.CreateComparison(ctx, hash, capability.NewShareID(), a.ShareID, cmp); err != nil {
			return 0, fmt.Errorf("template comparison: %w", err)
		}
		now := time.Now()
		p := plan.New(first, now.AddDate(0, 0, rng.IntN(30)), a.Answers, plan.Summarize(*a.Result, first, now), capability.NewShareID())
		_, hash = capability.NewSecret()
		if err := st.CreatePlan(ctx, hash, capability.NewShareID(), a.ShareID, p); err != nil {
			return 0, fmt.Errorf("template plan: %w", err)
		}
	}
	return made, nil
}

// templateCanvas is a canvas filled as someone who means it would: every
// box, three pains, two dependencies.
func templateCanvas(i int, pathID string) canvas.Canvas {
	niches := []string{"small e-commerce stores", "independent bookshops", "dental practices", "local trades", "wedding photographers"}
	return canvas.Canvas{
		Title: "Descriptions that sell", Niche: niches[i%len(niches)],
		Pains: []canvas.PainPoint{
			{What: "No time to write listings", HowOften: "weekly", Severity: 4, Evidence: canvas.Observed},
			{What: "Listings read like everyone else's", HowOften: "daily", Severity: 3, Evidence: canvas.Observed},
			{What: "Photos without words do not rank", HowOften: "monthly", Severity: 2, Evidence: canvas.Observed},
		},
		Alternatives: "Writing them at night, or copying the supplier's text",
		ValueGet:     "Listings that are done, on time, in their own voice",
		ValueGive:    "A monthly fee and an hour of feedback",
		Price:        "£300 a month for up to 50 listings",
		Advantage:    "Eight years running an online shop",
		Channels:     "Shopify forums, two local business groups",
		Dependencies: []canvas.Dependency{
			{Platform: "Shopify", Mitigation: "own mailing list"},
			{Platform: "OpenAI", Mitigation: "a second model behind the same prompts"},
		},
		Commoditisation:  "The shop's own voice and sales data, which a chatbot does not have",
		HoursPerWeek:     8,
		RealProblem:      canvas.Yes,
		RealProblemWhy:   "Three shop owners said so unprompted",
		JustifiesTimeWhy: "Not yet known",
		PathID:           pathID,
	}
}

// copies describes one table's bulk copies: count rows, each a copy of a
// template row (the rows templates selects, taken in turn), with the
// columns in set computed instead of copied. Every other column the table
// has is copied as it is, so the copies follow the table's schema, and
// what the store writes into it, without naming its columns here.
type copies struct {
	table     string
	templates string // a WHERE clause over the table, choosing the templates
	count     int
	// set is SQL per column over g (the copy's number from 0), t (its
	// template row) and, when linked, p (the person it belongs to, a row
	// of people: id, share_id); a column the table lacks is skipped.
	set    map[string]string
	linked bool
}

// Columns every copy sets: fresh capabilities. An edit hash is the
// SHA-256 of 16 random bytes (the real one hashes 32), a share id is 16
// random bytes in unpadded base64url, as capability.NewShareID makes them.
const (
	freshEditHash = `sha256(uuid_send(gen_random_uuid()))`
	freshShareID  = `rtrim(translate(encode(uuid_send(gen_random_uuid()), 'base64'), '+/', '-_'), '=')`
)

// multiplyAll fills the database to n finished assessments with the
// other kinds in mix's proportions, by copying the rows the store made.
func multiplyAll(ctx context.Context, pool *pgxpool.Pool, n int, m mix) (string, error) {
	// What the store made already counts towards each total (fewer than
	// templateLinks documents when fewer assessments were stored).
	var finished, drafts, canvases, comparisons, plans int
	if err := pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE completed_at IS NOT NULL), count(*) FILTER (WHERE completed_at IS NULL),
		(SELECT count(*) FROM canvases), (SELECT count(*) FROM comparisons), (SELECT count(*) FROM plans) FROM assessments`).
		Scan(&finished, &drafts, &canvases, &comparisons, &plans); err != nil {
		return "", err
	}
	// A year of people, one every so many minutes, newest first.
	finishedAt := `now() - make_interval(mins => ((g * 7919) % 525600)::int)`
	ttlMinutes := int(m.draftTTL / time.Minute)
	staleEvery := 0 // every staleEvery-th draft is stale
	if m.staleDrafts > 0 {
		staleEvery = max(1, int(1/m.staleDrafts+0.5))
	}
	draftAt := fmt.Sprintf(`CASE WHEN %d > 0 AND g %% %d = 0
		THEN now() - make_interval(mins => %d + (g %% 43200)::int)
		ELSE now() - make_interval(mins => (g %% %d)::int) END`, staleEvery, max(staleEvery, 1), ttlMinutes, max(ttlMinutes-60, 1))
	documentAt := `now() - make_interval(mins => ((g * 104729) % 525600)::int)`
	documentCopy := func(table string, per float64, have int) copies {
		return copies{table: table, templates: "true", count: int(per*float64(n)) - have, linked: true, set: map[string]string{
			"edit_hash": freshEditHash, "share_id": freshShareID,
			"assessment_id": "p.id", "assessment_share_id": "p.share_id",
			"created_at": documentAt + ` - interval '1 hour'`, "updated_at": documentAt,
		}}
	}
	var out strings.Builder
	for _, c := range []copies{
		{table: "assessments", templates: "completed_at IS NOT NULL", count: n - finished, set: map[string]string{
			"edit_hash": freshEditHash, "share_id": freshShareID,
			"created_at": finishedAt + ` - interval '15 minutes'`, "updated_at": finishedAt, "completed_at": finishedAt,
		}},
		{table: "assessments", templates: "completed_at IS NULL", count: int(m.drafts*float64(n)) - drafts, set: map[string]string{
			"edit_hash": freshEditHash, "share_id": freshShareID,
			"created_at": draftAt, "updated_at": draftAt,
		}},
		documentCopy("canvases", m.canvases, canvases),
		documentCopy("comparisons", m.comparisons, comparisons),
		documentCopy("plans", m.plans, plans),
	} {
		took := time.Now()
		made, err := multiply(ctx, pool, c)
		if err != nil {
			return "", fmt.Errorf("copying %s: %w", c.table, err)
		}
		fmt.Fprintf(&out, "%s: %d copies of %s in %s\n", c.table, made, c.templates, time.Since(took).Round(time.Millisecond))
	}
	took := time.Now()
	windows, err := seedRateLimits(ctx, pool, int(m.writersPerWindow*float64(n)), m.windows)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(&out, "rate_limits: %d counters (%d windows) in %s", windows, m.windows, time.Since(took).Round(time.Millisecond))
	return out.String(), nil
}

// multiply inserts c.count copies of c's template rows in one statement.
func multiply(ctx context.Context, pool *pgxpool.Pool, c copies) (int64, error) {
	if c.count <= 0 {
		return 0, nil
	}
	tx, err := pool.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	cols, err := insertableColumns(ctx, tx, c.table)
	if err != nil {
		return 0, err
	}
	table := pgx.Identifier{c.table}.Sanitize()
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE templates ON COMMIT DROP AS
		SELECT row_number() OVER (ORDER BY id) - 1 AS template_no, * FROM `+table+` WHERE `+c.templates); err != nil {
		return 0, err
	}
	var templates, people int64
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM templates`).Scan(&templates); err != nil {
		return 0, err
	}
	if templates == 0 {
		return 0, fmt.Errorf("no template rows where %s", c.templates)
	}
	join := ""
	if c.linked {
		if _, err := tx.Exec(ctx, `CREATE TEMP TABLE people ON COMMIT DROP AS
			SELECT row_number() OVER (ORDER BY id) - 1 AS person_no, id, share_id FROM assessments WHERE completed_at IS NOT NULL`); err != nil {
			return 0, err
		}
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM people`).Scan(&people); err != nil {
			return 0, err
		}
		// Spread over the people; 7919 is prime, so consecutive copies
		// belong to people far apart.
		join = fmt.Sprintf(` JOIN people p ON p.person_no = (g * 7919) %% %d`, people)
	}
	names, values := make([]string, len(cols)), make([]string, len(cols))
	for i, col := range cols {
		names[i] = pgx.Identifier{col}.Sanitize()
		values[i] = "t." + names[i]
		if v, ok := c.set[col]; ok {
			values[i] = v
		}
	}
	tag, err := tx.Exec(ctx, fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s
		FROM generate_series(0::bigint, %d) g JOIN templates t ON t.template_no = g %% %d%s`,
		table, strings.Join(names, ", "), strings.Join(values, ", "), c.count-1, templates, join))
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), tx.Commit(ctx)
}

// insertableColumns are table's columns an INSERT may name: not dropped,
// not an identity, not generated; in the table's order.
func insertableColumns(ctx context.Context, tx pgx.Tx, table string) ([]string, error) {
	rows, err := tx.Query(ctx, `SELECT attname FROM pg_attribute
		WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attidentity = '' AND attgenerated = ''
		ORDER BY attnum`, table)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}

// seedRateLimits fills the write counters of windows one-minute windows
// up to now, writers clients in each, as many posts as the limit allows
// at most, and reports how many rows it stored.
func seedRateLimits(ctx context.Context, pool *pgxpool.Pool, writers, windows int) (int64, error) {
	if writers <= 0 || windows <= 0 {
		return 0, nil
	}
	tag, err := pool.Exec(ctx, `INSERT INTO rate_limits (window_start, client, hits)
		SELECT (floor(extract(epoch FROM now()) / 60) * 60)::bigint - 60 * w,
		       (random() * 9.2e18)::bigint, 1 + (random() * 20)::int
		FROM generate_series(0, $1 - 1) w, generate_series(1, $2) c
		ON CONFLICT DO NOTHING`, windows, writers)
	if err != nil {
		return 0, fmt.Errorf("rate limits: %w", err)
	}
	return tag.RowsAffected(), nil
}

// finishedShareIDs are every finished assessment's share id.
func finishedShareIDs(ctx context.Context, pool *pgxpool.Pool) ([]string, error) {
	rows, err := pool.Query(ctx, `SELECT share_id FROM assessments WHERE completed_at IS NOT NULL ORDER BY id`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}
