package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/url"
	"strconv"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/web"
)

// benchAnswers is one complete, valid assessment: every page passes the
// questionnaire's own validation, free text included.
func benchAnswers(tb testing.TB, def questionnaire.Definition) questionnaire.Answers {
	tb.Helper()
	answers := questionnaire.Answers{}
	for _, sec := range def.Sections {
		form := url.Values{}
		for i, q := range sec.Questions {
			switch q.Kind {
			case questionnaire.Scale:
				form[q.ID] = []string{strconv.Itoa(q.Min + (i+2)%(q.Max-q.Min+1))}
			case questionnaire.Number:
				form[q.ID] = []string{strconv.Itoa(q.Min + (q.Max-q.Min)/8)}
			case questionnaire.Single:
				form[q.ID] = []string{q.Options[i%len(q.Options)].Value}
			case questionnaire.Multi:
				form[q.ID] = []string{q.Options[0].Value, q.Options[len(q.Options)-1].Value}
			default:
				form[q.ID] = []string{"Ten years in hospital logistics and scheduling"}
			}
		}
		page, errs := sec.Validate(form)
		if len(errs) > 0 {
			tb.Fatalf("page %s: %v", sec.ID, errs)
		}
		answers = answers.With(sec, page)
	}
	if !def.Complete(answers) {
		tb.Fatal("bench answers are incomplete")
	}
	return answers
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkResultPage builds the share view of a real recommendation and
// renders it, as handleAssessmentShared does after its database read and
// decodeSnapshot.
func BenchmarkResultPage(b *testing.B) {
	def := questionnaire.Default()
	answers := benchAnswers(b, def)
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

// storedJSON is snap as PostgreSQL's jsonb hands it back: no HTML escaping,
// a space after every colon and comma.
func storedJSON(tb testing.TB, snap recommendation.Snapshot) []byte {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(snap); err != nil {
		tb.Fatal(err)
	}
	var out []byte
	inString, escaped := false, false
	for _, c := range bytes.TrimSpace(buf.Bytes()) {
		out = append(out, c)
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ':' || c == ','):
			out = append(out, ' ')
		}
	}
	return out
}

// BenchmarkDecodeSnapshot reads a stored recommendation back, the share
// page's other per-request cost: the full snapshot with encoding/json (as
// the app first did) and with decodeSnapshot, and the page-sized snapshot
// the share page now reads.
func BenchmarkDecodeSnapshot(b *testing.B) {
	def := questionnaire.Default()
	snap := scoreAnswers(def, benchAnswers(b, def), nil)
	full, page := storedJSON(b, snap), storedJSON(b, snap.Page())
	for _, bc := range []struct {
		name   string
		raw    []byte
		decode func([]byte) error
	}{
		{"encoding-json", full, func(raw []byte) error { var s recommendation.Snapshot; return json.Unmarshal(raw, &s) }},
		{"decodeSnapshot", full, func(raw []byte) error { _, err := decodeSnapshot(1, raw); return err }},
		{"decodeSnapshot-page", page, func(raw []byte) error { _, err := decodeSnapshot(1, raw); return err }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.raw)))
			b.ReportAllocs()
			for b.Loop() {
				if err := bc.decode(bc.raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
