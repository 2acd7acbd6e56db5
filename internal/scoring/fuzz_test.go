package scoring

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
)

// FuzzScore gives every question the value fill, then applies raw as lines
// of "id=value" (repeated ids add values). Whatever the input, Score must
// not panic and every result invariant must hold. Seeds live in
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
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("result cannot be stored as JSON: %v", err)
		}
	})
}

// BenchmarkScore measures one full assessment: 3 tracks, every path, warnings.
func BenchmarkScore(b *testing.B) {
	def := questionnaire.Default()
	a := personas()[7].answers // Sarah: every warning path exercised
	b.ReportAllocs()
	for b.Loop() {
		Score(def, a)
	}
}
