package server

import (
	"context"
	"errors"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/httpcache"
	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// cardCacheControl lets browsers and shared caches keep a card for five
// minutes. Its URL changes with its content, so it could be kept for
// ever, but a card shows the document's title: once the document is
// deleted or its link replaced, no cache should show it for long.
const cardCacheControl = "public, max-age=300"

// Card misses one client may cause: a burst of cardMissBurst, then one
// every cardMissEvery. A person sharing a link costs one miss, and an
// unfurler that serves many people from one address (a chat app's) about
// one per link shared; a loop over many cards from one address gets 429s.
const (
	cardMissBurst = 20
	cardMissEvery = 2 * time.Second
	// cardMissClients bounds the clients remembered (~200 bytes each); one
	// forgotten starts again with a full burst, which the drawer's own
	// bound still holds.
	cardMissClients = 10_000
	// cardMissRetry is the Retry-After of a client out of misses: the
	// time one more takes to come back.
	cardMissRetry = "2"
	// cardReadsAtOnce bounds an instance's card reads in flight, and
	// cardReadWait how long a request waits for one before a 503: a flood
	// of card requests, each a read, would otherwise take every pooled
	// connection (four by default) from the pages. The drawer reads on
	// one more at most.
	cardReadsAtOnce = 2
	cardReadWait    = 250 * time.Millisecond
	// cardDrawsPerSecond is how many cards each drawer starts a second at
	// most, after a burst of cardDrawBurst: ~13% of a core. Cards are
	// drawn once per share and build, so this is far above what people
	// sharing links need, and it keeps a flood of misses from taking a
	// core for itself on a small machine that PostgreSQL shares.
	cardDrawsPerSecond = 10
	cardDrawBurst      = 30
	// cardBusyRetry is the Retry-After of a card the drawer had no room
	// for: a few draws' time.
	cardBusyRetry = "2"
)

// shareCards draws each share link's Open Graph card once per content
// version and build, and stores it in PostgreSQL beside the stored page
// (store.PutShareCard), so every instance, before and after restarts,
// serves it with one read.
//
// Why PostgreSQL and not a larger in-memory cache: a card is ~20 KB, and
// an attacker can create shares at the write limit from as many addresses
// as they hold, so any cache bounded to fit the heap (256 cards was 5 MB)
// is outgrown, and a loop over more cards than it holds turns every
// request into a 13 ms, 3.8 MB draw. Stored, a card costs 20 KB of disk
// once per version (gone with its document), and a loop over any number
// of cards is a loop of reads, like the pages'. Drawing, the only costly
// part, is bounded by card.Drawer and by each client's budget of misses.
type shareCards struct {
	st       *store.Store
	renderer *card.Renderer
	drawer   *card.Drawer
	misses   *clientBudgets
	reads    chan struct{} // a token per card read in flight
	draws    *rate.Limiter
	clients  clientAddresses
	counts   metrics.Cache
	edition  string
}

func newShareCards(st *store.Store, m *metrics.Metrics, edition string, clients clientAddresses) (*shareCards, error) {
	renderer, err := card.NewRenderer()
	if err != nil {
		return nil, err
	}
	misses, err := newClientBudgets(cardMissClients, rate.Every(cardMissEvery), cardMissBurst)
	if err != nil {
		return nil, err
	}
	// Half the cores draw at most, so pages keep the other half whatever
	// the flood, and each only so many cards a second; a queue of a few
	// draws each absorbs a burst of new links.
	drawers := max(1, runtime.GOMAXPROCS(0)/2)
	return &shareCards{
		st: st, renderer: renderer, drawer: card.NewDrawer(drawers, 8*drawers), misses: misses, reads: make(chan struct{}, cardReadsAtOnce),
		draws:   rate.NewLimiter(rate.Limit(cardDrawsPerSecond*drawers), cardDrawBurst*drawers),
		clients: clients, counts: m.Cache("cards"), edition: edition,
	}, nil
}

// read is a card request's read (store.ShareCard) within the bound on
// card reads in flight; ErrBusy when no turn came within cardReadWait.
func (c *shareCards) read(ctx context.Context, kind, shareID string) (store.StoredCard, error) {
	wait := time.NewTimer(cardReadWait)
	defer wait.Stop()
	select {
	case c.reads <- struct{}{}:
	case <-wait.C:
		return store.StoredCard{}, card.ErrBusy
	case <-ctx.Done():
		return store.StoredCard{}, ctx.Err()
	}
	defer func() { <-c.reads }()
	return c.st.ShareCard(ctx, kind, shareID, c.edition)
}

// etag is a card's strong tag; its inside is the card's URL token
// (cardPath), so the URL changes exactly when the card does.
func (c *shareCards) etag(kind, shareID, version string) string {
	return httpcache.ETag("card", kind, shareID, version, c.edition)
}

// cardPath is where the card of the share at sharePath lives for one
// content version, e.g. /r/{id}/card/{token}.png.
func (c *shareCards) cardPath(sharePath, kind, shareID, version string) string {
	return sharePath + "/card/" + strings.Trim(c.etag(kind, shareID, version), `"`) + ".png"
}

// serve writes the card of the share's current content version (stored
// is what the card read found). A token from an older version (an
// unfurler holding an old page) is sent on to the current card rather
// than answered with a card that no longer matches its URL. A card not
// stored yet is drawn by content and stored, within the client's budget
// of misses (429 past it) and the drawer's room (503 past it).
func (c *shareCards) serve(rs *responder, w http.ResponseWriter, r *http.Request, sharePath, kind, shareID string, stored store.StoredCard, token string, content func(ctx context.Context) (card.Card, error)) {
	etag := c.etag(kind, shareID, stored.Version)
	if token != strings.Trim(etag, `"`) {
		w.Header().Set("Cache-Control", "no-cache")
		http.Redirect(w, r, c.cardPath(sharePath, kind, shareID, stored.Version), http.StatusSeeOther)
		return
	}
	png := stored.PNG
	if png != nil {
		c.counts.Hit()
	} else {
		c.counts.Miss()
		if !c.misses.allow(c.clients.of(r)) {
			refuseCard(w, http.StatusTooManyRequests, cardMissRetry)
			return
		}
		if !c.draws.Allow() {
			refuseCard(w, http.StatusServiceUnavailable, cardBusyRetry)
			return
		}
		var err error
		png, err = c.drawer.Draw(r.Context(), etag, func(ctx context.Context) ([]byte, error) {
			return c.draw(ctx, rs, kind, shareID, stored.Version, content)
		})
		switch {
		case r.Context().Err() != nil:
			return // the client hung up; nobody is left to answer
		case errors.Is(err, card.ErrBusy):
			refuseCard(w, http.StatusServiceUnavailable, cardBusyRetry)
			return
		case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
			rs.fail(w, r, store.ErrUnavailable) // the draw's own deadline: the friendly 503
			return
		case err != nil:
			rs.fail(w, r, err)
			return
		}
	}
	httpcache.Serve(w, r, httpcache.Body{ContentType: "image/png", CacheControl: cardCacheControl, ETag: etag, Identity: png})
}

// draw draws a card and stores it for every instance. A card that cannot
// be stored is still served (the next miss tries again).
func (c *shareCards) draw(ctx context.Context, rs *responder, kind, shareID, version string, content func(ctx context.Context) (card.Card, error)) ([]byte, error) {
	cc, err := content(ctx)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err // abandoned during the read: spare the drawing
	}
	png, err := c.renderer.Render(cc)
	if err != nil {
		return nil, err
	}
	if _, err := c.st.PutShareCard(ctx, kind, shareID, version, c.edition, png); err != nil && ctx.Err() == nil {
		rs.logger.Warn("storing a share card failed; served it anyway", "kind", kind, "err", err)
	}
	return png, nil
}

// refuseCard answers a card that is not drawn now (429 or 503) with the
// friendly words for status and when to come back. Plain text, written
// once: a flood is answered mostly with these, so each must cost next to
// nothing, and whoever opens an image's address reads text as well.
func refuseCard(w http.ResponseWriter, status int, retryAfter string) {
	body := cardRefusals[status]
	h := w.Header()
	h.Set("Retry-After", retryAfter)
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body) // nothing left to do if the client went away
}

// cardRefusals are refuseCard's bodies by status.
var cardRefusals = func() map[int][]byte {
	bodies := map[int][]byte{}
	for _, status := range []int{http.StatusTooManyRequests, http.StatusServiceUnavailable} {
		p := web.PreviewRefusedFor(status)
		bodies[status] = []byte(p.Title + "\n\n" + p.Message + "\n")
	}
	return bodies
}()

// clientBudgets is a token bucket per client address, for the most
// recently seen clients only, so a flood from many addresses cannot grow
// it without bound.
type clientBudgets struct {
	clients *lru.Cache[string, *rate.Limiter]
	every   rate.Limit
	burst   int
}

func newClientBudgets(maxClients int, every rate.Limit, burst int) (*clientBudgets, error) {
	clients, err := lru.New[string, *rate.Limiter](maxClients)
	if err != nil {
		return nil, err
	}
	return &clientBudgets{clients: clients, every: every, burst: burst}, nil
}

// mayMiss reports whether client has a token left, without spending it.
// A client out of misses is refused any card, stored or not, before its
// read: one looping over cards to draw them would otherwise still cost a
// database read a request.
func (b *clientBudgets) mayMiss(client string) bool {
	lim, ok := b.clients.Peek(client)
	return !ok || lim.Tokens() >= 1
}

// allow spends one of client's tokens, reporting false when none is left.
func (b *clientBudgets) allow(client string) bool {
	lim, ok := b.clients.Get(client)
	if !ok {
		lim = rate.NewLimiter(b.every, b.burst)
		if earlier, found, _ := b.clients.PeekOrAdd(client, lim); found {
			lim = earlier // another request of this client's added it first
		}
	}
	return lim.Allow()
}

// withCard adds a card to a page's link preview. url is absolute when
// BASE_URL is set (storedOrigin), else a path.
func withCard(s *web.Social, url string, cc card.Card) {
	s.Image, s.ImageWidth, s.ImageHeight, s.ImageAlt = url, card.Width, card.Height, cc.Alt()
}
