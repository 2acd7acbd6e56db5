package card_test

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crossroads/crossroads/internal/card"
)

// gate is a draw that waits until released, counting how many run at once.
type gate struct {
	release          chan struct{}
	running, maxSeen atomic.Int32
	calls            atomic.Int32
	started          chan string
}

func newGate() *gate {
	return &gate{release: make(chan struct{}), started: make(chan string, 100)}
}

func (g *gate) draw(key string) func(context.Context) ([]byte, error) {
	return func(ctx context.Context) ([]byte, error) {
		g.calls.Add(1)
		n := g.running.Add(1)
		defer g.running.Add(-1)
		for {
			m := g.maxSeen.Load()
			if n <= m || g.maxSeen.CompareAndSwap(m, n) {
				break
			}
		}
		g.started <- key
		select {
		case <-g.release:
			return []byte("png " + key), nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

func TestDrawerDrawsAtMostConcurrentAtOnce(t *testing.T) {
	t.Parallel()
	d := card.NewDrawer(2, 20)
	g := newGate()
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() {
			key := strconv.Itoa(i)
			if b, err := d.Draw(context.Background(), key, g.draw(key)); err != nil || string(b) != "png "+key {
				t.Errorf("Draw(%s) = %q, %v", key, b, err)
			}
		})
	}
	<-g.started
	<-g.started
	time.Sleep(20 * time.Millisecond) // room for a third to start, if it could
	close(g.release)
	wg.Wait()
	if got := g.maxSeen.Load(); got != 2 {
		t.Errorf("at most %d draws ran at once; want exactly 2", got)
	}
}

func TestDrawerAnswersBusyBeyondItsQueue(t *testing.T) {
	t.Parallel()
	d := card.NewDrawer(1, 2)
	g := newGate()
	var wg sync.WaitGroup
	for i := range 3 { // one drawing, two waiting
		wg.Go(func() { _, _ = d.Draw(context.Background(), strconv.Itoa(i), g.draw(strconv.Itoa(i))) })
	}
	<-g.started
	for d.Waiting() < 3 {
		time.Sleep(time.Millisecond)
	}
	start := time.Now()
	if _, err := d.Draw(context.Background(), "one too many", g.draw("x")); !errors.Is(err, card.ErrBusy) {
		t.Errorf("a fourth card with a queue of two = %v; want ErrBusy", err)
	}
	if waited := time.Since(start); waited > 100*time.Millisecond {
		t.Errorf("ErrBusy came after %v; want it at once", waited)
	}
	// A card already in the queue is no new load: it joins its draw.
	joined := make(chan error, 1)
	go func() { _, err := d.Draw(context.Background(), "2", g.draw("2")); joined <- err }()
	close(g.release)
	wg.Wait()
	if err := <-joined; err != nil {
		t.Errorf("joining a queued card's draw = %v; want its card", err)
	}
}

func TestDrawerDrawsOneCardOnceForEveryoneWaiting(t *testing.T) {
	t.Parallel()
	d := card.NewDrawer(1, 0)
	g := newGate()
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			if b, err := d.Draw(context.Background(), "same", g.draw("same")); err != nil || string(b) != "png same" {
				t.Errorf("Draw = %q, %v", b, err)
			}
		})
	}
	<-g.started
	for card.WaitersOf(d, "same") != 20 { // every caller joined the one draw
		time.Sleep(time.Millisecond)
	}
	close(g.release)
	wg.Wait()
	if n := g.calls.Load(); n != 1 {
		t.Errorf("20 requests for one card drew it %d times; want once", n)
	}
}

// TestDrawerAbandonsADrawNobodyWaitsFor: a client that hangs up while its
// card waits for a turn costs no draw, and frees its place in the queue.
func TestDrawerAbandonsADrawNobodyWaitsFor(t *testing.T) {
	t.Parallel()
	d := card.NewDrawer(1, 1)
	g := newGate()
	first := make(chan error, 1)
	go func() { _, err := d.Draw(context.Background(), "first", g.draw("first")); first <- err }()
	<-g.started

	ctx, hangUp := context.WithCancel(context.Background())
	gone := make(chan error, 1)
	go func() { _, err := d.Draw(ctx, "queued", g.draw("queued")); gone <- err }()
	for d.Waiting() < 2 {
		time.Sleep(time.Millisecond)
	}
	hangUp()
	if err := <-gone; !errors.Is(err, context.Canceled) {
		t.Errorf("a caller that hung up got %v; want its own context's error", err)
	}
	for d.Waiting() > 1 {
		time.Sleep(time.Millisecond)
	}
	close(g.release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond)
	if n := g.calls.Load(); n != 1 {
		t.Errorf("%d draws ran; want only the first (the abandoned one never drawn)", n)
	}
	// A new request for the abandoned card draws it afresh.
	if b, err := d.Draw(context.Background(), "queued", g.draw("queued")); err != nil || string(b) != "png queued" {
		t.Errorf("the abandoned card asked for again = %q, %v; want it drawn", b, err)
	}
}

// TestDrawerAbandonsADrawInProgress: the draw's context ends with the last
// waiter, so its database reads stop too.
func TestDrawerAbandonsADrawInProgress(t *testing.T) {
	t.Parallel()
	d := card.NewDrawer(1, 0)
	var ended atomic.Bool
	started := make(chan struct{})
	ctx, hangUp := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, _ = d.Draw(ctx, "k", func(drawCtx context.Context) ([]byte, error) {
			close(started)
			<-drawCtx.Done()
			ended.Store(true)
			return nil, drawCtx.Err()
		})
	}()
	<-started
	hangUp()
	<-done
	deadline := time.Now().Add(time.Second)
	for !ended.Load() && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if !ended.Load() {
		t.Error("the draw's context did not end when its only waiter hung up")
	}
}
