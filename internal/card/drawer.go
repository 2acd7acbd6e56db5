package card

import (
	"context"
	"errors"
	"sync"
	"time"
)

// ErrBusy is Draw's answer when as many cards as the drawer queues are
// already waiting: the caller should come back later (a 503 with
// Retry-After), not wait in an ever longer line.
var ErrBusy = errors.New("card drawer busy")

// drawTimeout bounds one draw, its database reads included.
const drawTimeout = 5 * time.Second

// Drawer bounds the drawing of cards, ~13 ms of CPU and ~3.8 MB of image
// buffers each: at most concurrent at once, at most queued more waiting
// for a turn, and ErrBusy beyond that, so a flood of cache misses costs a
// bounded share of the CPU and a bounded heap instead of both cores and
// hundreds of MB. Concurrent requests for one card share one draw (an
// unfurler and a chat app fetching a fresh link together cost one), and a
// draw nobody waits for any more (every requester hung up) is abandoned
// before it starts, or at its next look at its context.
type Drawer struct {
	turns     chan struct{} // a token per running draw
	maxFlight int           // running plus waiting

	mu      sync.Mutex
	flights map[string]*flight
}

// flight is one card being drawn (or waiting to be), with everyone
// waiting for it.
type flight struct {
	done    chan struct{}
	png     []byte
	err     error
	waiters int
	cancel  context.CancelFunc
}

// NewDrawer draws at most concurrent cards at once with at most queued
// more waiting; both are at least 1 and 0.
func NewDrawer(concurrent, queued int) *Drawer {
	concurrent = max(concurrent, 1)
	return &Drawer{
		turns:     make(chan struct{}, concurrent),
		maxFlight: concurrent + max(queued, 0),
		flights:   map[string]*flight{},
	}
}

// Draw returns the card under key, drawn by draw, which runs with a
// context of its own: it outlives the caller that started it while anyone
// else waits for the same key, and ends when the last of them hangs up.
// It returns ErrBusy when the drawer is full, or ctx's error when the
// caller hangs up first. The returned bytes are shared: callers must not
// modify them.
func (d *Drawer) Draw(ctx context.Context, key string, draw func(ctx context.Context) ([]byte, error)) ([]byte, error) {
	d.mu.Lock()
	f, ok := d.flights[key]
	if !ok || f.waiters == 0 { // none, or one abandoned by all its waiters
		if len(d.flights) >= d.maxFlight && !ok {
			d.mu.Unlock()
			return nil, ErrBusy
		}
		drawCtx, cancel := context.WithTimeout(context.Background(), drawTimeout)
		f = &flight{done: make(chan struct{}), cancel: cancel}
		d.flights[key] = f
		go d.run(drawCtx, key, f, draw)
	}
	f.waiters++
	d.mu.Unlock()

	select {
	case <-f.done:
		return f.png, f.err
	case <-ctx.Done():
		d.mu.Lock()
		f.waiters--
		if f.waiters == 0 {
			f.cancel() // nobody left to send the card to
		}
		d.mu.Unlock()
		return nil, ctx.Err()
	}
}

// run waits for a turn, draws and hands the card to the flight's waiters.
func (d *Drawer) run(ctx context.Context, key string, f *flight, draw func(ctx context.Context) ([]byte, error)) {
	defer f.cancel()
	select {
	case d.turns <- struct{}{}:
		if err := ctx.Err(); err != nil { // abandoned as the turn came
			f.err = err
		} else {
			f.png, f.err = draw(ctx)
		}
		<-d.turns
	case <-ctx.Done():
		f.err = ctx.Err()
	}
	d.mu.Lock()
	if d.flights[key] == f { // not replaced after being abandoned
		delete(d.flights, key)
	}
	d.mu.Unlock()
	close(f.done)
}

// Waiting is how many cards are being drawn or waiting for a turn.
func (d *Drawer) Waiting() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.flights)
}

// waitersOf is how many callers wait for key's card (for tests).
func (d *Drawer) waitersOf(key string) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	if f, ok := d.flights[key]; ok {
		return f.waiters
	}
	return 0
}
