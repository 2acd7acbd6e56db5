package logsink_test

import (
	"bytes"
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/logsink"
)

// slogLine is what slog's text handler writes for the same record.
func slogLine(t time.Time, level slog.Level, msg, key, value string, n int, d time.Duration) string {
	var buf bytes.Buffer
	h := slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})
	r := slog.NewRecord(t, level, msg, 0)
	r.AddAttrs(slog.String(key, value), slog.Int("n", n), slog.Duration("took", d))
	_ = h.Handle(context.Background(), r)
	return buf.String()
}

func ourLine(t time.Time, level slog.Level, msg, key, value string, n int, d time.Duration) string {
	l := logsink.NewLine(t, level, msg).String(key, value).Int("n", n).Duration("took", d)
	defer l.Free()
	return string(l.Bytes())
}

// TestLineMatchesSlogTextHandler: a Line is byte for byte what slog's text
// handler writes, so nobody reading or grepping the log can tell which
// wrote it, including values that must be quoted.
func TestLineMatchesSlogTextHandler(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 12, 8, 0, 5, 9, 120_999_999, time.UTC)
	for _, tc := range []struct {
		name, key, value string
		at               time.Time
		d                time.Duration
	}{
		{"a route pattern", "route", "/a/{secret}/step/{n}", at, 1234567 * time.Nanosecond},
		{"a request id", "request_id", "host-1/AbCdEf-000042", at.Add(-120 * time.Millisecond), 0},
		{"empty", "route", "", at, time.Second},
		{"a space", "route", "not found", at, time.Hour},
		{"an equals sign", "k", "a=b", at, -time.Millisecond},
		{"a quote and a backslash", "k", `a"b\c`, at, 5},
		{"a backslash alone", "k", `a\b`, at, 5},
		{"a control character", "k", "a\nb\x7f", at, 5},
		{"invalid UTF-8", "k", "a\xffb", at, 5},
		{"non-ASCII", "k", "café", at, 5},
		{"a non-breaking space", "k", "a\u00a0b", at, 5},
		{"a key to quote", "a key", "v", at, 5},
		{"another zone", "k", "v", at.In(time.FixedZone("", 5*3600+1800)), 5},
		{"a whole second", "k", "v", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, level := range []slog.Level{slog.LevelInfo, slog.LevelWarn, slog.LevelError, slog.LevelDebug} {
				want := slogLine(tc.at, level, "request", tc.key, tc.value, 42, tc.d)
				if got := ourLine(tc.at, level, "request", tc.key, tc.value, 42, tc.d); got != want {
					t.Errorf("level %s:\n got %q\nwant %q", level, got, want)
				}
			}
		})
	}
}

func FuzzLineMatchesSlogTextHandler(f *testing.F) {
	f.Add("route", "/r/{id}", "request", int64(1_765_152_309_120_999_999), 42, int64(1234567))
	f.Add("k", "a \"b\" = c", "a msg", int64(0), -1, int64(-5))
	f.Fuzz(func(t *testing.T, key, value, msg string, unixNano int64, n int, d int64) {
		at := time.Unix(0, unixNano).UTC()
		if y := at.Year(); y < 0 || y >= 10000 {
			t.Skip() // slog's own formatting is outside RFC 3339 there
		}
		want := slogLine(at, slog.LevelInfo, msg, key, value, n, time.Duration(d))
		if got := ourLine(at, slog.LevelInfo, msg, key, value, n, time.Duration(d)); got != want {
			t.Errorf("got %q\nwant %q", got, want)
		}
	})
}

// TestTextLoggerTakesLines: the server's logger writes Lines into its
// sink, flushing a warning at once like a record; a logger with
// attributes added refuses them, since its records carry more.
func TestTextLoggerTakesLines(t *testing.T) {
	t.Parallel()
	var out output
	w := logsink.New(&out, 1<<10, time.Hour)
	defer func() { _ = w.Close() }()
	logger := logsink.TextLogger(w, slog.LevelInfo)
	lw, ok := logger.Handler().(logsink.LineWriter)
	if !ok {
		t.Fatal("TextLogger's handler is not a LineWriter")
	}
	at := time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC)
	if !lw.WriteLine(logsink.NewLine(at, slog.LevelInfo, "request").String("route", "/r/{id}")) {
		t.Fatal("TextLogger's handler refused a line")
	}
	if out.count() != 0 {
		t.Fatalf("an info line was written at once: %q", out.text())
	}
	if !lw.WriteLine(logsink.NewLine(at, slog.LevelWarn, "slow")) {
		t.Fatal("TextLogger's handler refused a warning line")
	}
	want := "time=2026-12-08T00:00:00.000Z level=INFO msg=request route=/r/{id}\n" +
		"time=2026-12-08T00:00:00.000Z level=WARN msg=slow\n"
	if got := out.text(); got != want {
		t.Fatalf("a warning line did not flush what came before it:\n got %q\nwant %q", got, want)
	}

	derived, ok := logger.With("instance", "b").Handler().(logsink.LineWriter)
	line := logsink.NewLine(at, slog.LevelInfo, "request")
	defer line.Free()
	if ok && derived.WriteLine(line) {
		t.Fatal("a logger with attributes added took a line without them")
	}
}

// BenchmarkRequestLine is the request log's line at info level into the
// server's sink (discarded), through slog's text handler and as a Line.
func BenchmarkRequestLine(b *testing.B) {
	w := logsink.New(discard{}, logsink.DefaultSize, logsink.DefaultInterval)
	b.Cleanup(func() { _ = w.Close() })
	logger := logsink.TextLogger(w, slog.LevelInfo)
	ctx := context.Background()
	start := time.Now()
	b.Run("slog", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			logger.LogAttrs(ctx, slog.LevelInfo, "request",
				slog.String("method", "GET"), slog.String("route", "/r/{id}"), slog.Int("status", 200),
				slog.Int("bytes", 5120), slog.Duration("duration", time.Since(start)),
				slog.String("request_id", "host-1/AbCdEf-000042"))
		}
	})
	b.Run("line", func(b *testing.B) {
		lw := logger.Handler().(logsink.LineWriter)
		b.ReportAllocs()
		for b.Loop() {
			now := time.Now()
			lw.WriteLine(logsink.NewLine(now, slog.LevelInfo, "request").
				String("method", "GET").String("route", "/r/{id}").Int("status", 200).
				Int("bytes", 5120).Duration("duration", now.Sub(start)).
				String("request_id", "host-1/AbCdEf-000042"))
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
