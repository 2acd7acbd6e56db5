package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
)

// Files seed writes into -out for the load scripts.
const (
	shareIDsFile = "share_ids.txt" // every seeded share id, one a line
	secretsFile  = "secrets.txt"   // the plaintext edit secrets that were kept, one a line
	step2File    = "step2.body"    // a valid page-2 form body (application/x-www-form-urlencoded)
)

// seed recreates the database, migrates it and stores n completed
// assessments made by the real scoring path. The first -keep go through
// store.CreateAssessment and store.SaveResult exactly as the handlers do,
// and their edit secrets are written out (only hashes are stored, so this
// is the only chance to remember them); the rest are copied in bulk.
func seed(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	dbURL := fs.String("database-url", "", "database to drop, recreate and fill (required; never 'postgres')")
	n := fs.Int("n", 10000, "completed assessments to store")
	keep := fs.Int("keep", 256, "how many of them keep a known edit secret")
	out := fs.String("out", ".data/bench", "folder for share_ids.txt, secrets.txt and step2.body")
	seedVal := fs.Uint64("seed", 1, "random seed, so runs store the same kind of people")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbURL == "" || *n < 1 || *keep < 1 || *keep > *n {
		return errors.New("need -database-url, -n ≥ 1 and 1 ≤ -keep ≤ -n")
	}
	start := time.Now()
	if err := store.RecreateScratchDatabase(ctx, *dbURL, "_bench"); err != nil {
		return fmt.Errorf("recreate database: %w", err)
	}
	if err := store.Migrate(ctx, *dbURL, slog.New(slog.DiscardHandler)); err != nil {
		return err
	}
	pool, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	st := store.New(pool)

	def := questionnaire.Default()
	rng := rand.New(rand.NewPCG(*seedVal, 0x5eed))
	shareIDs := make([]string, 0, *n)
	secrets := make([]string, 0, *keep)

	for range *keep {
		answers, err := randomAnswers(def, rng)
		if err != nil {
			return err
		}
		secret, hash := capability.NewSecret()
		shareID := capability.NewShareID()
		first := questionnaire.Answers{}.With(def.Sections[0], answers)
		id, err := st.CreateAssessment(ctx, hash, shareID, def.Version, first)
		if err != nil {
			return err
		}
		snap := snapshot(def, answers)
		res := store.Result{ModelVersion: snap.ModelVersion, Snapshot: snap, Page: snap.Page()}
		if err := st.SaveResult(ctx, id, answers, res, time.Time{}); err != nil {
			return err
		}
		secrets = append(secrets, secret)
		shareIDs = append(shareIDs, shareID)
	}

	// The bulk: the same answers, scoring and snapshot, written by COPY.
	// pgx encodes the jsonb columns with the same codec it uses for
	// SaveResult's parameters.
	rows := make([][]any, 0, *n-*keep)
	now := time.Now()
	for range *n - *keep {
		answers, err := randomAnswers(def, rng)
		if err != nil {
			return err
		}
		_, hash := capability.NewSecret()
		shareID := capability.NewShareID()
		snap := snapshot(def, answers)
		rows = append(rows, []any{hash, shareID, def.Version, map[string][]string(answers), snap.ModelVersion, snap, snap.Page(), now, now, now})
		shareIDs = append(shareIDs, shareID)
	}
	copied, err := pool.CopyFrom(ctx, pgx.Identifier{"assessments"},
		[]string{"edit_hash", "share_id", "questionnaire_version", "answers", "model_version", "result", "result_page", "completed_at", "created_at", "updated_at"},
		pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("copy assessments: %w", err)
	}
	if _, err := pool.Exec(ctx, "VACUUM ANALYZE assessments"); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}

	body, err := step2Body(def, rng)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for name, content := range map[string]string{
		shareIDsFile: strings.Join(shareIDs, "\n") + "\n",
		secretsFile:  strings.Join(secrets, "\n") + "\n",
		step2File:    body,
	} {
		if err := os.WriteFile(filepath.Join(*out, name), []byte(content), 0o600); err != nil {
			return err
		}
	}
	var size, version string
	if err := pool.QueryRow(ctx, "SELECT pg_size_pretty(pg_total_relation_size('assessments')), current_setting('server_version')").Scan(&size, &version); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "seeded %d completed assessments (%d through the store, %d by COPY; table %s) in %s\npostgres: %s\n",
		*keep+int(copied), *keep, copied, size, time.Since(start).Round(time.Millisecond), version)
	return err
}

// snapshot is what the server stores for complete answers (its
// scoreAnswers, which is unexported): the scored recommendation plus the
// answers it was made from.
func snapshot(def questionnaire.Definition, answers questionnaire.Answers) recommendation.Snapshot {
	snap := recommendation.Build(scoring.Score(def, answers), def.Version)
	snap.Answers = answers.Clone()
	return snap
}

// randomAnswers answers every page the way a person could, and checks each
// page with the questionnaire's own validation, as the handlers do.
func randomAnswers(def questionnaire.Definition, rng *rand.Rand) (questionnaire.Answers, error) {
	answers := questionnaire.Answers{}
	for _, sec := range def.Sections {
		form := url.Values{}
		for _, q := range sec.Questions {
			form[q.ID] = randomAnswer(q, rng)
		}
		page, errs := sec.Validate(form)
		if len(errs) > 0 {
			return nil, fmt.Errorf("generated page %q is invalid: %v", sec.ID, errs)
		}
		answers = answers.With(sec, page)
	}
	if !def.Complete(answers) {
		return nil, errors.New("generated answers are incomplete")
	}
	return answers, nil
}

var freeTexts = []string{
	"Bookkeeping for small independent cafés",
	"Ten years in hospital logistics and scheduling",
	"I want a second income that grows without taking every evening, and to know whether AI work suits me.",
	"Run a small agency for local trades: websites, reviews and ads, with AI doing the first drafts.",
	"Teaching secondary-school chemistry",
	"Move into a machine learning role at a company that ships real products, after two years of study.",
}

func randomAnswer(q questionnaire.Question, rng *rand.Rand) []string {
	switch q.Kind {
	case questionnaire.Scale:
		return []string{strconv.Itoa(q.Min + rng.IntN(q.Max-q.Min+1))}
	case questionnaire.Number:
		// Plausible people: the lower part of the allowed range.
		span := max((q.Max-q.Min)/4, 1)
		return []string{strconv.Itoa(q.Min + rng.IntN(span+1))}
	case questionnaire.Single:
		return []string{q.Options[rng.IntN(len(q.Options))].Value}
	case questionnaire.Multi:
		var vs []string
		for _, o := range q.Options {
			if rng.IntN(3) == 0 {
				vs = append(vs, o.Value)
			}
		}
		if len(vs) == 0 {
			vs = []string{q.Options[rng.IntN(len(q.Options))].Value}
		}
		return vs
	default:
		if rng.IntN(4) == 0 {
			return nil // optional free text is often left blank
		}
		t := freeTexts[rng.IntN(len(freeTexts))]
		if q.MaxLen > 0 && len([]rune(t)) > q.MaxLen {
			t = string([]rune(t)[:q.MaxLen])
		}
		return []string{t}
	}
}

// step2Body is a valid submission of page 2 pressing "Save and continue".
func step2Body(def questionnaire.Definition, rng *rand.Rand) (string, error) {
	sec := def.Sections[1]
	form := url.Values{"action": {"next"}}
	for _, q := range sec.Questions {
		form[q.ID] = randomAnswer(q, rng)
	}
	if _, errs := sec.Validate(form); len(errs) > 0 {
		return "", fmt.Errorf("page-2 body is invalid: %v", errs)
	}
	return form.Encode(), nil
}
