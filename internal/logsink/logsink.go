// Package logsink batches log output: lines are kept in memory and written
// out together, when the buffer fills, on a short timer and on Close,
// instead of one write system call per line. With one info line per
// request that call was most of what logging cost (docs/perf.md).
package logsink

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"
)

// Defaults for New: a line reaches the output within DefaultInterval, and
// at most DefaultSize bytes are held (some 300 request lines).
const (
	DefaultSize     = 64 << 10
	DefaultInterval = 200 * time.Millisecond
)

// Writer is an io.Writer for a slog handler. Each Write is one whole line
// (slog handlers write a record in one call) and is never split across
// two writes to the output, so lines from several processes sharing a
// pipe stay whole. Safe for concurrent use.
//
// The output is written outside the lock that Write takes: while a slow
// reader (a terminal, a busy log shipper) holds up one batch, requests
// keep logging into the other buffer and wait only once that fills too.
type Writer struct {
	mu  sync.Mutex // guards buf
	buf []byte

	flushing sync.Mutex // one batch goes out at a time, in order; guards spare, err
	spare    []byte
	err      error // the first write error, returned by Flush and Close

	out  io.Writer
	stop chan struct{}
	done chan struct{}
}

// New buffers up to size bytes for out and flushes them every interval
// until Close.
func New(out io.Writer, size int, interval time.Duration) *Writer {
	w := &Writer{out: out, buf: make([]byte, 0, size), spare: make([]byte, 0, size),
		stop: make(chan struct{}), done: make(chan struct{})}
	go w.flushEvery(interval)
	return w
}

func (w *Writer) flushEvery(interval time.Duration) {
	defer close(w.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-t.C:
			_ = w.Flush() // a failing output is reported by Close
		}
	}
}

// Write keeps p for the next flush, flushing first if p would not fit.
// A line larger than the whole buffer is written straight through, after
// what came before it. A logger must never fail the request that logs:
// errors are kept for Flush and Close, and the line is reported as taken.
func (w *Writer) Write(p []byte) (int, error) {
	for {
		w.mu.Lock()
		if len(w.buf)+len(p) <= cap(w.buf) {
			w.buf = append(w.buf, p...)
			w.mu.Unlock()
			return len(p), nil
		}
		empty := len(w.buf) == 0
		w.mu.Unlock()
		if empty { // too large for any buffer
			w.flushing.Lock()
			w.write(p)
			w.flushing.Unlock()
			return len(p), nil
		}
		_ = w.Flush()
	}
}

// Flush writes out what is buffered now.
func (w *Writer) Flush() error {
	w.flushing.Lock()
	defer w.flushing.Unlock()
	w.mu.Lock()
	batch := w.buf
	w.buf = w.spare[:0]
	w.mu.Unlock()
	if len(batch) > 0 {
		w.write(batch)
	}
	w.spare = batch[:0]
	return w.err
}

// write sends b to the output; w.flushing is held.
func (w *Writer) write(b []byte) {
	if _, err := w.out.Write(b); err != nil && w.err == nil {
		w.err = err
	}
}

// Close stops the timer and writes out the rest. The Writer must not be
// used afterwards.
func (w *Writer) Close() error {
	close(w.stop)
	<-w.done
	return w.Flush()
}

// TextLogger is the server's logger: text lines at level and above into
// w, batched, with a warning or an error and everything before it written
// out at once: an operator watching the log sees a failure when it
// happens, and a crash right after it cannot lose it.
// Its handler is a LineWriter: the request log's lines (Line) go into w
// as the text handler would have written them.
func TextLogger(w *Writer, level slog.Leveler) *slog.Logger {
	return slog.New(flushingHandler{Handler: slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}),
		level: slog.LevelWarn, w: w, takesLines: true})
}

type flushingHandler struct {
	slog.Handler
	level slog.Level
	w     *Writer
	// takesLines: Handler is a plain text handler into w (TextLogger's,
	// with no attributes or groups added), so a Line is what it would
	// write.
	takesLines bool
}

// WriteLine writes l as Handle would write its record.
func (h flushingHandler) WriteLine(l *Line) bool {
	if !h.takesLines {
		return false
	}
	_, _ = h.w.Write(l.Bytes()) // Writer.Write never fails
	if l.level >= h.level {
		_ = h.w.Flush()
	}
	l.Free()
	return true
}

func (h flushingHandler) Handle(ctx context.Context, r slog.Record) error {
	err := h.Handler.Handle(ctx, r)
	if r.Level >= h.level {
		_ = h.w.Flush()
	}
	return err
}

func (h flushingHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return flushingHandler{Handler: h.Handler.WithAttrs(attrs), level: h.level, w: h.w}
}

func (h flushingHandler) WithGroup(name string) slog.Handler {
	return flushingHandler{Handler: h.Handler.WithGroup(name), level: h.level, w: h.w}
}
