package logsink_test

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/logsink"
)

// output records each write the sink makes, as a pipe would see them.
type output struct {
	mu     sync.Mutex
	writes []string
	fail   error
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fail != nil {
		return 0, o.fail
	}
	o.writes = append(o.writes, string(p))
	return len(p), nil
}

func (o *output) text() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return strings.Join(o.writes, "")
}

func (o *output) count() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.writes)
}

func TestLinesWaitForAFlushAndKeepTheirOrder(t *testing.T) {
	t.Parallel()
	out := &output{}
	w := logsink.New(out, 1024, time.Hour)
	defer func() { _ = w.Close() }()
	for i := range 5 {
		_, _ = fmt.Fprintf(w, "line %d\n", i)
	}
	if out.count() != 0 {
		t.Fatalf("lines were written before a flush: %q", out.writes)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, want := out.text(), "line 0\nline 1\nline 2\nline 3\nline 4\n"; got != want || out.count() != 1 {
		t.Errorf("after Flush: %d writes %q, want one write %q", out.count(), got, want)
	}
}

func TestTheTimerFlushes(t *testing.T) {
	t.Parallel()
	out := &output{}
	w := logsink.New(out, 1024, 5*time.Millisecond)
	defer func() { _ = w.Close() }()
	_, _ = fmt.Fprintln(w, "request")
	deadline := time.Now().Add(5 * time.Second)
	for out.text() != "request\n" {
		if time.Now().After(deadline) {
			t.Fatal("a line was never flushed by the timer")
		}
		time.Sleep(time.Millisecond)
	}
}

func TestAFullBufferFlushesWholeLines(t *testing.T) {
	t.Parallel()
	out := &output{}
	w := logsink.New(out, 100, time.Hour)
	line := strings.Repeat("x", 39) + "\n" // 40 bytes: two fit, a third does not
	for range 5 {
		_, _ = w.Write([]byte(line))
	}
	huge := strings.Repeat("y", 250) + "\n"
	_, _ = w.Write([]byte(huge))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := out.text(); got != strings.Repeat(line, 5)+huge {
		t.Fatalf("lost or reordered output: %q", got)
	}
	for i, write := range out.writes {
		if !strings.HasSuffix(write, "\n") || (len(write) > 100 && write != huge) {
			t.Errorf("write %d splits a line or overfills the buffer: %q", i, write)
		}
	}
	if out.count() != 4 { // 2+2 lines, then the fifth flushed before the huge one, then the huge one
		t.Errorf("%d writes for 6 lines in a 100-byte buffer, want 4", out.count())
	}
}

func TestConcurrentLinesAreAllWrittenWhole(t *testing.T) {
	t.Parallel()
	out := &output{}
	w := logsink.New(out, 4096, time.Millisecond)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 500 {
				_, _ = fmt.Fprintf(w, "goroutine=%d line=%d end\n", g, i)
			}
		})
	}
	wg.Wait()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.text(), "\n"), "\n")
	seen := map[string]bool{}
	for _, l := range lines {
		if !strings.HasPrefix(l, "goroutine=") || !strings.HasSuffix(l, " end") || seen[l] {
			t.Fatalf("a broken or repeated line: %q", l)
		}
		seen[l] = true
	}
	if len(seen) != 8*500 {
		t.Errorf("%d lines written, want %d", len(seen), 8*500)
	}
}

func TestWarningsAreWrittenAtOnce(t *testing.T) {
	t.Parallel()
	out := &output{}
	w := logsink.New(out, 4096, time.Hour)
	defer func() { _ = w.Close() }()
	logger := logsink.TextLogger(w, slog.LevelInfo).With("instance", "one")
	logger.Info("request", "route", "/r/{id}")
	if out.count() != 0 {
		t.Fatal("an info line was written at once")
	}
	logger.WithGroup("db").Warn("database unavailable")
	got := out.text()
	if !strings.Contains(got, "msg=request") || !strings.Contains(got, "msg=\"database unavailable\"") || !strings.Contains(got, "instance=one") {
		t.Errorf("after a warning the output is %q; want both lines, in order", got)
	}
}

func TestAFailingOutputNeverFailsTheLogger(t *testing.T) {
	t.Parallel()
	broken := errors.New("disk full")
	out := &output{fail: broken}
	w := logsink.New(out, 16, time.Hour)
	if n, err := w.Write([]byte("a line longer than the buffer\n")); err != nil || n != 30 {
		t.Errorf("Write = %d, %v; a logger must not fail its caller", n, err)
	}
	if err := w.Close(); !errors.Is(err, broken) {
		t.Errorf("Close = %v, want the output's error", err)
	}
}

// BenchmarkWrite is one request line into the buffer.
func BenchmarkWrite(b *testing.B) {
	var sink bytes.Buffer
	w := logsink.New(&sink, logsink.DefaultSize, logsink.DefaultInterval)
	defer func() { _ = w.Close() }()
	line := []byte(`time=2026-11-21T07:10:48.123Z level=INFO msg=request method=GET route=/r/{id} status=200 bytes=23104 duration=412.5µs request_id=host/abc-000123` + "\n")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = w.Write(line)
	}
}

// blockingOutput holds every write until released, like a terminal or a
// log shipper that has stopped reading.
type blockingOutput struct {
	output
	release chan struct{}
}

func (b *blockingOutput) Write(p []byte) (int, error) {
	<-b.release
	return b.output.Write(p)
}

func TestASlowOutputDoesNotHoldUpLogging(t *testing.T) {
	t.Parallel()
	out := &blockingOutput{release: make(chan struct{})}
	w := logsink.New(out, 1024, time.Hour)
	_, _ = fmt.Fprintln(w, "first batch")
	flushed := make(chan struct{})
	go func() { _ = w.Flush(); close(flushed) }() // stuck in the output's Write
	time.Sleep(10 * time.Millisecond)

	logged := make(chan struct{})
	go func() {
		for i := range 10 {
			_, _ = fmt.Fprintf(w, "request %d\n", i)
		}
		close(logged)
	}()
	select {
	case <-logged:
	case <-time.After(5 * time.Second):
		t.Fatal("logging waited for a slow output although the buffer had room")
	}
	close(out.release)
	<-flushed
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := out.text(); !strings.HasPrefix(got, "first batch\nrequest 0\n") || !strings.HasSuffix(got, "request 9\n") {
		t.Errorf("output %q", got)
	}
}
