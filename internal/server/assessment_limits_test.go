package server_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestStoredAnswersStayWithinTheirLimits posts every kind of oversized or
// malformed value (a 200 KB answer, 200 KB of digits, thousands of repeated
// choices, a number far out of range) to every question of every page of a
// finished assessment, pressing "Back" and "Save and continue" in turn.
// Each comes back to be fixed with what was typed, and what is stored stays
// within the questions' limits: the answers no larger than the longest
// valid ones, the whole row (snapshot included) small.
func TestStoredAnswersStayWithinTheirLimits(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	def := questionnaire.Default()
	base := completeAssessment(t, app, nil)

	// The longest answers the questionnaire accepts, as stored JSON, give
	// or take the quoting.
	largest := 2
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			largest += len(q.ID) + 8
			switch q.Kind {
			case questionnaire.Text:
				largest += 4 * q.MaxLen
			case questionnaire.Multi:
				for _, o := range q.Options {
					largest += len(o.Value) + 4
				}
			default:
				largest += 24
			}
		}
	}
	const maxRowBytes = 64 << 10

	huge := strings.Repeat("x", 200_000)
	for si, sec := range def.Sections {
		step := base + "/step/" + strconv.Itoa(si+1)
		for _, q := range sec.Questions {
			choice := "1"
			if len(q.Options) > 0 {
				choice = q.Options[len(q.Options)-1].Value
			}
			repeated := make([]string, 0, 8000)
			for i := range 8000 {
				if i%2 == 0 {
					repeated = append(repeated, choice)
				} else {
					repeated = append(repeated, "no-such-option-"+strconv.Itoa(i%7))
				}
			}
			for i, values := range [][]string{{huge}, {strings.Repeat("9", 200_000)}, repeated, {"-99999999999"}, {huge[:3000], huge[:3000]}} {
				form := sectionForm(sec, map[string][]string{q.ID: values})
				if i%2 == 1 {
					form.Set("action", "back")
				}
				resp, body := post(t, app, step, form)
				if resp.StatusCode >= 500 || resp.StatusCode == http.StatusRequestEntityTooLarge {
					t.Fatalf("%s %s (payload %d): %d", step, q.ID, i, resp.StatusCode)
				}
				// Choices have no field to show a value in; what is typed is.
				typed := q.Kind == questionnaire.Text || q.Kind == questionnaire.Number
				if typed && resp.StatusCode == http.StatusUnprocessableEntity && len(values) == 1 && len(values[0]) > 1000 &&
					!strings.Contains(body, values[0]) {
					t.Errorf("%s %s (payload %d): the page to fix it does not show what was typed", step, q.ID, i)
				}
				var answersBytes, rowBytes int
				if err := app.Pool.QueryRow(context.Background(),
					`SELECT octet_length(answers::text), pg_column_size(a.*) FROM assessments a`).Scan(&answersBytes, &rowBytes); err != nil {
					t.Fatal(err)
				}
				if answersBytes > largest || rowBytes > maxRowBytes {
					t.Fatalf("after %s %s (payload %d) the answers take %d bytes (the longest valid ones %d) and the row %d (limit %d)",
						step, q.ID, i, answersBytes, largest, rowBytes, maxRowBytes)
				}
			}
		}
	}
	// Every answer stored is one the questionnaire accepts.
	a, err := app.Store.AssessmentByEditHash(context.Background(), capability.Hash(strings.TrimPrefix(base, "/a/")))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			if _, msg := q.Validate(a.Answers[q.ID]); msg != "" && len(a.Answers[q.ID]) > 0 {
				t.Errorf("%s stored as %.80q, which does not validate: %s", q.ID, a.Answers[q.ID], msg)
			}
		}
	}
}
