package scoring

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
)

// FuzzScore gives every question the value fill, then applies raw as lines
// of "id=value" (repeated ids add values). Whatever the input, Score must
// not panic and every result invariant must hold, including one story
// across the headline, the lead and the ranking. Seeds live in
// testdata/fuzz/FuzzScore.
func FuzzScore(f *testing.F) {
	def := questionnaire.Default()
	f.Fuzz(func(t *testing.T, fill, raw string) {
		a := questionnaire.Answers{}
		for _, q := range questions(def) {
			a[q.ID] = []string{fill}
		}
		for _, line := range strings.Split(raw, "\n") {
			k, v, _ := strings.Cut(line, "=")
			a[k] = append(a[k], v)
		}
		r := Score(def, a)
		checkResult(t, r)
		for _, pf := range r.Paths[:3] {
			for _, c := range pf.Contributions {
				if Reason(c, def, a, Viewer) == "" {
					t.Fatalf("no reason for %+v", c)
				}
			}
		}
		for _, l := range r.TrackLines {
			if TrackLineText(l, def, a, Viewer) == "" {
				t.Fatalf("no words for track line %+v", l)
			}
		}
		// Lifting every veto sets nothing aside for a must-have.
		lifted := ScoreWith(def, a, Options{Lift: []string{MustSteadyIncome, MustOwnPlatforms, MustKeepJob}})
		checkResult(t, lifted)
		if len(lifted.MustHaves) != 0 || lifted.Overruled != nil {
			t.Fatalf("lifted every veto, still must-haves %v, overruled %+v", lifted.MustHaves, lifted.Overruled)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("result cannot be stored as JSON: %v", err)
		}
	})
}

// BenchmarkScore measures one full assessment: every path, its breakdown
// and warnings. Sarah's answers exercise the most warnings; the undecided
// answers are a close call, so they include the search for tips.
func BenchmarkScore(b *testing.B) {
	def := questionnaire.Default()
	for _, bm := range []struct {
		name string
		a    questionnaire.Answers
	}{{"sarah", personas()[7].answers}, {"undecided-close-call", undecided()}} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Score(def, bm.a)
			}
		})
	}
}
