package server_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/recommendation/recommendationtest"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/testkit"
)

// updateStored rewrites the golden pages of testdata/stored from what the
// code renders now. The fixture rows themselves (*.row.json) are never
// rewritten: they are results as they were stored before issue 27.
var updateStored = flag.Bool("update-stored", false, "rewrite testdata/stored/*.html from the current code")

// storedRow is an assessments row as stored: the columns a result page
// reads, written with SQL exactly as found in the database.
type storedRow struct {
	Secret               string          `json:"secret"`
	ShareID              string          `json:"share_id"`
	QuestionnaireVersion string          `json:"questionnaire_version"`
	Answers              json.RawMessage `json:"answers"`
	ModelVersion         string          `json:"model_version"`
	SetAside             []string        `json:"set_aside"`
	Result               json.RawMessage `json:"result"`
	// ResultPage is the page-sized copy migration 00005 added (dropped by
	// 00014); null for a row finished before it existed.
	ResultPage json.RawMessage `json:"result_page,omitempty"`
}

// storedVersions are the fixtures: one row per stored form of a result.
var storedVersions = []string{
	"v1",               // scoring model 1, questionnaire q-2026.11, no page copy
	"v2",               // scoring model 2: factors without kinds, must-haves and a close call
	"v3",               // scoring model 3 with its page copy, as SaveResult stored it
	"v3-no-page",       // model 3, finished before the page copy existed
	"v3-must-haves",    // model 3 with must-haves, clashes, an overruled path and a set-aside path
	"v3-answers-moved", // model 3 whose answers were edited after it was finished
	"v3-warnings",      // model 3 with warnings of every kind on the explained paths and the result
}

// TestEveryStoredVersionRendersAsBefore: results as each version stored
// them show the same owner result page and share page, byte for byte, as
// they did when these pages were recorded (with the code before issue 27
// compacted the stored result), whatever form they are stored in now.
func TestEveryStoredVersionRendersAsBefore(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	ctx := context.Background()
	if os.Getenv("CROSSROADS_MAKE_STORED_FIXTURES") != "" {
		makeStoredFixtures(t)
	}
	var hasPageColumn bool
	if err := app.Pool.QueryRow(ctx, `SELECT EXISTS (SELECT FROM information_schema.columns
		WHERE table_name = 'assessments' AND column_name = 'result_page')`).Scan(&hasPageColumn); err != nil {
		t.Fatal(err)
	}
	for _, name := range storedVersions {
		raw, err := os.ReadFile(filepath.Join("testdata", "stored", name+".row.json"))
		if err != nil {
			t.Fatal(err)
		}
		var row storedRow
		if err := json.Unmarshal(raw, &row); err != nil {
			t.Fatal(err)
		}
		insertStoredRow(t, app, row, hasPageColumn)
		checkStoredPages(t, app, name, row)
		if row.ModelVersion != scoring.ModelVersion {
			continue
		}
		// The same result in the compact form it is stored in now, when
		// next finished: the same pages, byte for byte.
		var rowAnswers questionnaire.Answers
		if err := json.Unmarshal(row.Answers, &rowAnswers); err != nil {
			t.Fatal(err)
		}
		snap, err := recommendation.Decode(row.Result, questionnaire.Default(), rowAnswers)
		if err != nil {
			t.Fatal(err)
		}
		compact, ok := recommendation.Compact(snap, questionnaire.Default(), rowAnswers)
		if !ok {
			t.Fatalf("%s: Compact refused the result", name)
		}
		if _, err := app.Pool.Exec(ctx, `UPDATE assessments SET result = $2 WHERE share_id = $1`, row.ShareID, compact); err != nil {
			t.Fatal(err)
		}
		checkStoredPages(t, app, name+" (compact)", row)
	}
}

// checkStoredPages compares the fixture row's owner and share pages with
// their golden files.
func checkStoredPages(t *testing.T, app *testkit.App, name string, row storedRow) {
	t.Helper()
	fixture := strings.TrimSuffix(name, " (compact)")
	{
		pages := map[string]string{
			"owner": "/a/" + row.Secret + "/result",
			"share": "/r/" + row.ShareID,
		}
		for kind, path := range pages {
			golden := filepath.Join("testdata", "stored", fixture+"."+kind+".html")
			// The share page twice: rendered (a miss), then as stored (a hit),
			// each to a client without gzip and one with it.
			views := 1
			if kind == "share" {
				views = 2
			}
			var first []byte
			for range views {
				for _, gz := range []bool{false, true} {
					body := fetchPage(t, app, path, gz)
					if first == nil {
						first = body
						if *updateStored && fixture == name && rewrites(name) {
							if err := os.WriteFile(golden, body, 0o644); err != nil {
								t.Fatal(err)
							}
						}
						want, err := os.ReadFile(golden)
						if err != nil {
							t.Fatal(err)
						}
						if !bytes.Equal(body, want) {
							t.Errorf("%s %s page differs from %s:\n%s", name, kind, golden, firstDifference(string(want), string(body)))
						}
					} else if !bytes.Equal(body, first) {
						t.Errorf("%s %s page (gzip %v) differs from its first view:\n%s", name, kind, gz, firstDifference(string(first), string(body)))
					}
				}
			}
		}
	}
}

// rewrites reports whether -update-stored rewrites name's golden pages:
// all of them, or only the one CROSSROADS_MAKE_STORED_FIXTURES names.
func rewrites(name string) bool {
	only := os.Getenv("CROSSROADS_MAKE_STORED_FIXTURES")
	return only == "" || only == "1" || only == name
}

// fetchPage GETs path as a client that takes gzip or not, and returns the
// page as the client reads it (decompressed).
func fetchPage(t *testing.T, app *testkit.App, path string, gz bool) []byte {
	t.Helper()
	req := newRequest(t, app, http.MethodGet, path, nil)
	if gz {
		req.Header.Set("Accept-Encoding", "gzip")
	} else {
		req.Header.Set("Accept-Encoding", "identity")
	}
	resp, err := app.Client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d", path, resp.StatusCode)
	}
	var body io.Reader = resp.Body
	enc := resp.Header.Get("Content-Encoding")
	if gz != (enc == "gzip") {
		t.Fatalf("GET %s (gzip %v): Content-Encoding %q", path, gz, enc)
	}
	if enc == "gzip" {
		if strings.HasPrefix(path, "/r/") && resp.Header.Get("Content-Length") == "" { // a stored page
			t.Errorf("GET %s (gzip): no Content-Length", path)
		}
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		body = zr
	}
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatal(err)
	}
	// What differs from run to run and not with how the result is stored:
	// the test server's port, the card's token (from the build) and the
	// static files' content hashes (any change to the stylesheet).
	b = bytes.ReplaceAll(b, []byte(app.URL), []byte("http://origin"))
	b = staticHash.ReplaceAll(b, []byte("/static/$1.HASH.$2"))
	return cardToken.ReplaceAll(b, []byte("/card/TOKEN.png"))
}

var (
	cardToken  = regexp.MustCompile(`/card/[A-Za-z0-9_-]+\.png`)
	staticHash = regexp.MustCompile(`/static/([a-z]+)\.[0-9a-f]{8,}\.([a-z]+)`)
)

func insertStoredRow(t *testing.T, app *testkit.App, row storedRow, withPage bool) {
	t.Helper()
	sql := `INSERT INTO assessments (edit_hash, share_id, questionnaire_version, answers, model_version, set_aside, result, completed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, '2026-12-01T10:00:00Z')`
	sql = strings.Replace(sql, "completed_at)", "completed_at, created_at, updated_at)", 1)
	sql = strings.Replace(sql, "'2026-12-01T10:00:00Z')", "'2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')", 1)
	args := []any{capability.Hash(row.Secret), row.ShareID, row.QuestionnaireVersion, row.Answers, row.ModelVersion, nonNilStrings(row.SetAside), row.Result}
	if withPage {
		sql = `INSERT INTO assessments (edit_hash, share_id, questionnaire_version, answers, model_version, set_aside, result, completed_at, created_at, updated_at, result_page)
		VALUES ($1, $2, $3, $4, $5, $6, $7, '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z', $8)`
		var page any
		if len(row.ResultPage) > 0 && string(row.ResultPage) != "null" {
			page = row.ResultPage
		}
		args = append(args, page)
	}
	if _, err := app.Pool.Exec(context.Background(), sql, args...); err != nil {
		t.Fatal(err)
	}
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// makeStoredFixtures wrote the *.row.json fixtures once, with the code
// before issue 27 (CROSSROADS_MAKE_STORED_FIXTURES=1): each is what
// SaveResult (or, for v1 and v2, the model of the time) stored.
func makeStoredFixtures(t *testing.T) {
	def := questionnaire.Default()
	answers := func(over map[string][]string) questionnaire.Answers {
		a := questionnaire.Answers{}
		for _, s := range def.Sections {
			for _, q := range s.Questions {
				if q.Required {
					a[q.ID] = validAnswer(q)
				}
			}
		}
		for k, v := range over {
			a[k] = v
		}
		return a
	}
	n := 0
	only := os.Getenv("CROSSROADS_MAKE_STORED_FIXTURES") // "1" for all, or one fixture's name
	write := func(name string, row storedRow) {
		n++
		if only != "1" && only != name {
			return
		}
		row.Secret = fixedToken("secret-"+name, capability.SecretLen)
		row.ShareID = fixedToken("share-"+name, capability.ShareIDLen)
		b, err := json.Marshal(row)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("testdata", "stored", name+".row.json"), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	v3 := func(a questionnaire.Answers, setAside []string) (full, page recommendation.Snapshot) {
		snap := recommendation.Build(scoring.ScoreWith(def, a, scoring.Options{SetAside: setAside}), def.Version)
		snap.Answers = a.Clone()
		return snap, recommendationtest.PageOf(snap)
	}
	mustJSON := func(v any) json.RawMessage {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	// v1: the shape TestAnAssessmentFromTheEarlierQuestionnaireStaysReadableAndRescorable
	// stores, with three paths and a warning.
	old := answers(map[string][]string{questionnaire.DayJob: {"switch"}, questionnaire.IncomeGoal: {"9000"}})
	delete(old, questionnaire.JobPayGoal)
	v1 := map[string]any{
		"model_version": "crossroads-score/1", "questionnaire_version": "q-2026.11",
		"tracks": []map[string]any{
			{"track": "marketing", "label": "Digital-marketing side hustle", "score": 61,
				"contributions": []map[string]any{{"label": "Base", "points": 50}, {"label": "Loves variety: 80%", "points": 11}}},
			{"track": "ai-job", "label": "Generative-AI job", "score": 44,
				"contributions": []map[string]any{{"label": "Base", "points": 50}, {"label": "Programming 2/5", "points": -6}}},
		},
		"paths": []map[string]any{
			{"id": "copywriting", "name": "Copywriting", "track": "marketing", "score": 63,
				"contributions": []map[string]any{{"label": "Base: Digital-marketing side hustle fit 61 × 60%", "points": 37}, {"label": "Copywriting and storytelling 3/5, path needs 5/5", "points": 26}},
				"warnings":      []map[string]any{{"kind": "hours", "title": "Not enough hours", "detail": "You can give 10 hours a week; this path needs about 12."}},
				"plan":          map[string]any{"days_7": []string{"Pick a specific audience."}, "days_30": []string{"Land a first client."}, "days_90": []string{"Build a portfolio."}}},
			{"id": "ml-engineer", "name": "Machine-learning engineer", "track": "ai-job", "score": 44,
				"contributions": []map[string]any{{"label": "Base: Generative-AI job fit 44 × 60%", "points": 26}, {"label": "Programming 2/5, path needs 5/5", "points": 18}},
				"warnings":      []any{}, "plan": map[string]any{"days_7": []string{"Take a course."}, "days_30": []string{"Ship a model."}, "days_90": []string{"Apply."}}},
		},
		"warnings": []map[string]any{{"kind": "runway", "title": "Little runway", "detail": "Savings cover 10 months."}},
	}
	write("v1", storedRow{QuestionnaireVersion: "q-2026.11", Answers: mustJSON(old), ModelVersion: "crossroads-score/1", Result: mustJSON(v1)})

	// v2: model 2 stored contributions by factor without a kind, and no
	// costs, lifted must-haves, overruled path, track lines or tie-break rule.
	a2 := answers(map[string][]string{questionnaire.RiskPlatforms: {"1"}, questionnaire.GoalThreeYears: {"Run my own studio"}})
	full2, _ := v3(a2, nil)
	full2.ModelVersion = "crossroads-score/2"
	full2.Costs, full2.Lifted, full2.Overruled, full2.TrackLines = nil, nil, nil, nil
	if full2.Close != nil {
		full2.Close.TieBreak = ""
	}
	for i := range full2.Paths {
		for j := range full2.Paths[i].Contributions {
			full2.Paths[i].Contributions[j].Kind = scoring.PartNone
		}
	}
	write("v2", storedRow{QuestionnaireVersion: def.Version, Answers: mustJSON(a2), ModelVersion: full2.ModelVersion,
		Result: mustJSON(full2), ResultPage: mustJSON(recommendationtest.PageOf(full2))})

	a3 := answers(map[string][]string{questionnaire.GoalThreeYears: {"Run my own studio"}})
	full3, page3 := v3(a3, nil)
	write("v3", storedRow{QuestionnaireVersion: def.Version, Answers: mustJSON(a3), ModelVersion: full3.ModelVersion,
		Result: mustJSON(full3), ResultPage: mustJSON(page3)})
	write("v3-no-page", storedRow{QuestionnaireVersion: def.Version, Answers: mustJSON(a3), ModelVersion: full3.ModelVersion,
		Result: mustJSON(full3)})

	// The e-commerce developer of the scoring tests, very uneasy about
	// platforms: a better fit set aside by a must-have.
	am := answers(map[string][]string{"skill-programming": {"5"}, "skill-domain": {"5"}, "domain-field": {"ecommerce"},
		"style-contact": {"2"}, "skill-client": {"2"}, "goal-outcomes": {"own-business"}, "risk-platforms": {"1"},
		"skill-prompting": {"4"}, "skill-writing": {"3"}, "ai-tools": {"daily"}, "style-variety": {"2"},
		"style-abstraction": {"4"}, "day-job": {"keep"}, "hustle-hours": {"12"}})
	firstPaths := scoring.Score(def, am).Paths
	aside := []string{firstPaths[len(firstPaths)-1].PathID}
	fullM, pageM := v3(am, aside)
	if fullM.Overruled == nil || !slices.ContainsFunc(fullM.Paths, func(p recommendation.PathFit) bool { return len(p.Clashes) > 0 }) {
		t.Fatalf("must-haves fixture has no overruled path or clash: %+v", fullM.Overruled)
	}
	write("v3-must-haves", storedRow{QuestionnaireVersion: def.Version, Answers: mustJSON(am), ModelVersion: fullM.ModelVersion,
		SetAside: aside, Result: mustJSON(fullM), ResultPage: mustJSON(pageM)})

	edited := a3.Clone()
	edited[questionnaire.HustleHours] = []string{"19"}
	write("v3-answers-moved", storedRow{QuestionnaireVersion: def.Version, Answers: mustJSON(edited), ModelVersion: full3.ModelVersion,
		Result: mustJSON(full3), ResultPage: mustJSON(page3)})
	// Added after the others, from the same code (Build and SaveResult
	// were unchanged by issue 27): a result with warnings on its best
	// paths and about the person's week and savings.
	aw := answers(map[string][]string{"dayjob-hours": {"50"}, "hustle-hours": {"20"}, "day-job": {"switch"},
		"runway": {"1"}, "budget": {"0"}, "income-goal": {"20000"}, "job-pay-goal": {"30000"},
		"risk-platforms": {"1"}, "skill-domain": {"1"}, "risk-change": {"avoid"}, "risk-tolerance": {"1"}, "goal-stability": {"5"}})
	fullW, pageW := v3(aw, nil)
	write("v3-warnings", storedRow{QuestionnaireVersion: def.Version, Answers: mustJSON(aw), ModelVersion: fullW.ModelVersion,
		Result: mustJSON(fullW), ResultPage: mustJSON(pageW)})
	if n != len(storedVersions) {
		t.Fatalf("wrote %d fixtures for %d versions", n, len(storedVersions))
	}
}

// fixedToken is a well-formed capability token of length n, the same on
// every run, so the pages that show it are too.
func fixedToken(seed string, n int) string {
	sum := sha256.Sum256([]byte(seed))
	return base64.RawURLEncoding.EncodeToString(sum[:n*3/4])
}
