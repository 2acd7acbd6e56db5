package card

import (
	"fmt"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/singleflight"

	"github.com/crossroads/crossroads/internal/metrics"
)

// Cache keeps rendered cards in memory, keyed by content version, so a
// card is drawn once per instance and version, never per request.
//
// Why memory and not PostgreSQL: a card is ~20 KB and ~13 ms to draw, and
// is fetched by link unfurlers a handful of times per share, which then
// keep it (it is served as immutable). Storing it would make every card
// fetch a database read of those 20 KB and every share a write, to save
// a 13 ms draw on the first fetch after each restart of each instance.
// The bound keeps memory flat: entries × ~20 KB (DefaultCacheEntries
// is about 5 MB).
type Cache struct {
	entries *lru.Cache[string, []byte]
	drawing singleflight.Group
	counts  metrics.Cache
}

// DefaultCacheEntries is a sensible bound for one instance.
const DefaultCacheEntries = 256

// NewCache keeps up to maxEntries cards, evicting the least recently
// used, and counts hits and misses in counts (metrics.Metrics.Cache).
func NewCache(maxEntries int, counts metrics.Cache) (*Cache, error) {
	entries, err := lru.New[string, []byte](maxEntries)
	if err != nil {
		return nil, fmt.Errorf("card cache: %w", err)
	}
	return &Cache{entries: entries, counts: counts}, nil
}

// Get returns the card stored under version, or makes it with make, keeps
// it and returns it. Concurrent misses for one version make it once: an
// unfurler and a chat app fetching a fresh link together cost one draw.
// version must name everything the card shows (kind, share id, content
// version, build), so a stale card is never found under a new version.
// The returned bytes are shared: callers must not modify them.
func (c *Cache) Get(version string, make func() ([]byte, error)) ([]byte, error) {
	if b, ok := c.entries.Get(version); ok {
		c.counts.Hit()
		return b, nil
	}
	c.counts.Miss()
	v, err, _ := c.drawing.Do(version, func() (any, error) {
		if b, ok := c.entries.Get(version); ok { // drawn by a caller that just finished
			return b, nil
		}
		b, err := make()
		if err != nil {
			return nil, err
		}
		c.entries.Add(version, b)
		return b, nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]byte), nil
}

// Len is how many cards are kept.
func (c *Cache) Len() int { return c.entries.Len() }
