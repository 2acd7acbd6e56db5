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
// assessments made by the real scoring path, with drafts, canvases,
// comparisons, plans and rate-limit counters in mix's proportions. The
// first -keep go through store.CreateAssessment and store.SaveResult
// exactly as the handlers do, and their edit secrets are written out
// (only hashes are stored, so this is the only chance to remember them);
// the rest are copies of those rows made in SQL (multiply.go), whatever
// columns the tables have, so the seed stores what the store stores.
func seed(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	dbURL := fs.String("database-url", "", "database to drop, recreate and fill (required; never 'postgres')")
	n := fs.Int("n", 10000, "completed assessments to store")
	keep := fs.Int("keep", 256, "how many of them keep a known edit secret")
	out := fs.String("out", ".data/bench", "folder for share_ids.txt, secrets.txt and step2.body")
	seedVal := fs.Uint64("seed", 1, "random seed, so runs store the same kind of people")
	mix := defaultMix()
	fs.Float64Var(&mix.canvases, "canvases", mix.canvases, "canvases per finished assessment")
	fs.Float64Var(&mix.comparisons, "comparisons", mix.comparisons, "comparisons per finished assessment")
	fs.Float64Var(&mix.plans, "plans", mix.plans, "plans per finished assessment")
	fs.Float64Var(&mix.drafts, "drafts", mix.drafts, "unfinished assessments per finished one")
	fs.Float64Var(&mix.staleDrafts, "stale-drafts", mix.staleDrafts, "share of the drafts untouched for longer than -draft-ttl")
	fs.DurationVar(&mix.draftTTL, "draft-ttl", mix.draftTTL, "the server's DRAFT_TTL, which stale drafts are older than")
	fs.Float64Var(&mix.writersPerWindow, "writers", mix.writersPerWindow, "clients posting in each rate-limit window, per finished assessment")
	fs.IntVar(&mix.windows, "windows", mix.windows, "rate-limit windows kept (the sweep clears finished ones every CLEANUP_INTERVAL, an hour)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbURL == "" || *n < 1 || *keep < 1 || *keep > *n {
		return errors.New("need -database-url, -n ≥ 1 and 1 ≤ -keep ≤ -n")
	}
	if err := mix.valid(); err != nil {
		return err
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
		res := store.Result{ModelVersion: snap.ModelVersion, Snapshot: snap}
		if err := st.SaveResult(ctx, id, answers, res, time.Time{}); err != nil {
			return err
		}
		secrets = append(secrets, secret)
		shareIDs = append(shareIDs, shareID)
	}

	stored := time.Since(start)
	// The other kinds, a few through the store as their handlers make
	// them, linked to the assessments above; then every table is
	// multiplied in SQL (multiply.go) to n people in mix's proportions.
	templates, err := seedTemplates(ctx, st, def, rng, shareIDs)
	if err != nil {
		return err
	}
	counts, err := multiplyAll(ctx, pool, *n, mix)
	if err != nil {
		return err
	}
	if _, err := pool.Exec(ctx, "VACUUM ANALYZE"); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	shareIDs, err = finishedShareIDs(ctx, pool)
	if err != nil {
		return err
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
	var version string
	if err := pool.QueryRow(ctx, "SELECT current_setting('server_version')").Scan(&version); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "seeded %d completed assessments (%d through the store in %s, with %d drafts, canvases, comparisons and plans; the rest multiplied in SQL) in %s\n%s\npostgres: %s\n",
		len(shareIDs), *keep, stored.Round(time.Millisecond), templates, time.Since(start).Round(time.Millisecond), counts, version)
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
