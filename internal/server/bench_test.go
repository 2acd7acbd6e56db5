package server

import (
	"context"
	"io"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/questionnaire/questionnairetest"
	"github.com/crossroads/crossroads/internal/store"
)

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkResultPage builds the share view of a real recommendation and
// renders it, as the share view does after a miss (its database read and
// decodeSnapshot), before storing it.
func BenchmarkResultPage(b *testing.B) {
	def := questionnaire.Default()
	answers := questionnairetest.CompleteAnswers(b, def)
	snap := scoreAnswers(def, answers, nil)
	view := assessmentShared(nil, def) // only its page, which reads nothing
	res := store.SharedResult{ShareID: "AAAAAAAAAAAAAAAAAAAAAA", Result: &snap}
	links := shareLinks{URL: "https://crossroads.example/r/AAAAAAAAAAAAAAAAAAAAAA", Card: "https://crossroads.example/r/AAAAAAAAAAAAAAAAAAAAAA/card/x.png"}
	render := func(w io.Writer) error {
		return view.page(res, links).Render(context.Background(), w)
	}
	var cw countingWriter
	if err := render(&cw); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(cw.n)
	b.ReportAllocs()
	for b.Loop() {
		if err := render(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cw.n), "page-bytes")
}
