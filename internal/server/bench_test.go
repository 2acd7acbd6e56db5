package server

import (
	"context"
	"io"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/questionnaire/questionnairetest"
	"github.com/crossroads/crossroads/web"
)

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkResultPage builds the share view of a real recommendation and
// renders it, as handleAssessmentShared does after its database read and
// decodeSnapshot.
func BenchmarkResultPage(b *testing.B) {
	def := questionnaire.Default()
	answers := questionnairetest.CompleteAnswers(b, def)
	snap := scoreAnswers(def, answers, nil)
	render := func(w io.Writer) error {
		v := resultView(def, snap, sharedAnswers(def, resultAnswers(nil, snap), false), false, "")
		v.ExportURL = "/r/AAAAAAAAAAAAAAAAAAAAAA/export.json"
		v.Social = socialMeta(snap, "http://127.0.0.1/r/AAAAAAAAAAAAAAAAAAAAAA")
		return web.ResultPage(v).Render(context.Background(), w)
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
