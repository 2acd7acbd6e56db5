package store_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/questionnaire/questionnairetest"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
)

// storedJSON is snap as PostgreSQL's jsonb hands it back: no HTML escaping,
// a space after every colon and comma.
func storedJSON(tb testing.TB, snap any) []byte {
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

// BenchmarkDecodeSnapshot reads a stored recommendation back, the cost of
// a share page's miss and of the owner's result page: the full snapshot
// with encoding/json (as the app first did) and with decodeSnapshot (rows
// stored before migration 00014), and the compact form stored now, which
// decodeSnapshot expands by scoring the answers again. It lives here
// because the store decodes.
func BenchmarkDecodeSnapshot(b *testing.B) {
	def := questionnaire.Default()
	answers := questionnairetest.CompleteAnswers(b, def)
	snap := recommendation.Build(scoring.Score(def, answers), def.Version)
	snap.Answers = answers
	compact, ok := recommendation.Compact(snap, def, answers)
	if !ok {
		b.Fatal("Compact refused")
	}
	full, stored := storedJSON(b, snap), storedJSON(b, compact)
	for _, bc := range []struct {
		name   string
		raw    []byte
		decode func([]byte) error
	}{
		{"encoding-json", full, func(raw []byte) error { var s recommendation.Snapshot; return json.Unmarshal(raw, &s) }},
		{"decodeSnapshot", full, func(raw []byte) error { _, err := store.DecodeSnapshot(1, raw, answers); return err }},
		{"decodeSnapshot-compact", stored, func(raw []byte) error { _, err := store.DecodeSnapshot(1, raw, answers); return err }},
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
