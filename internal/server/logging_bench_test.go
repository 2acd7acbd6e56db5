package server

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/logsink"
	"github.com/crossroads/crossroads/internal/store"
)

// discardWriter is a ResponseWriter that keeps nothing, so the benchmark
// measures the middleware chain rather than a recorder.
type discardWriter struct{ h http.Header }

func (d *discardWriter) Header() http.Header         { return d.h }
func (d *discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (d *discardWriter) WriteHeader(int)             {}

// BenchmarkRequestLogging is the whole middleware chain (request id,
// logging, metrics, security headers, …) around GET /healthz, whose
// handler does almost nothing, with the request log off (LOG_LEVEL=warn),
// written line by line to a file or a pipe as the server did
// (TextHandler on stdout), and through logsink to the same. Compare CPU
// time rather than ns/op when the machine is busy (docs/perf.md).
func BenchmarkRequestLogging(b *testing.B) {
	file := func(b *testing.B) *os.File {
		f, err := os.Create(filepath.Join(b.TempDir(), "server.log"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = f.Close() })
		return f
	}
	// pipe is stdout as a log shipper (journald, a container runtime)
	// reads it: a pipe, drained as fast as lines arrive.
	pipe := func(b *testing.B) *os.File {
		r, w, err := os.Pipe()
		if err != nil {
			b.Fatal(err)
		}
		drained := make(chan struct{})
		go func() { _, _ = io.Copy(io.Discard, r); close(drained) }()
		b.Cleanup(func() { _ = w.Close(); <-drained; _ = r.Close() })
		return w
	}
	for _, bc := range []struct {
		name   string
		logger func(b *testing.B) *slog.Logger
	}{
		{"warn", func(b *testing.B) *slog.Logger {
			return slog.New(slog.NewTextHandler(file(b), &slog.HandlerOptions{Level: slog.LevelWarn}))
		}},
		{"info-per-line", func(b *testing.B) *slog.Logger {
			return slog.New(slog.NewTextHandler(file(b), nil))
		}},
		{"info-logsink", func(b *testing.B) *slog.Logger {
			return batched(b, file(b))
		}},
		{"info-per-line-pipe", func(b *testing.B) *slog.Logger {
			return slog.New(slog.NewTextHandler(pipe(b), nil))
		}},
		{"info-logsink-pipe", func(b *testing.B) *slog.Logger {
			return batched(b, pipe(b))
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			h, err := New(bc.logger(b), config.Config{}, store.New(nil))
			if err != nil {
				b.Fatal(err)
			}
			req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
			w := &discardWriter{h: http.Header{}}
			b.ReportAllocs()
			for b.Loop() {
				clear(w.h)
				h.ServeHTTP(w, req)
			}
		})
	}
}

// batched is the server's logger (cmd/crossroads) at info level into out.
func batched(b *testing.B, out io.Writer) *slog.Logger {
	w := logsink.New(out, logsink.DefaultSize, logsink.DefaultInterval)
	b.Cleanup(func() { _ = w.Close() })
	return logsink.TextLogger(w, slog.LevelInfo)
}
