package server

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/httpcache"
	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/web"
)

// shareCards draws each share link's Open Graph card once per content
// version and serves it as immutable bytes.
type shareCards struct {
	renderer *card.Renderer
	cache    *card.Cache
	edition  string
}

func newShareCards(m *metrics.Metrics, edition string) (*shareCards, error) {
	renderer, err := card.NewRenderer()
	if err != nil {
		return nil, err
	}
	cache, err := card.NewCache(card.DefaultCacheEntries, m.Cache("cards"))
	if err != nil {
		return nil, err
	}
	return &shareCards{renderer: renderer, cache: cache, edition: edition}, nil
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

// serve writes the card of the share's current content version. A token
// from an older version (an unfurler holding an old page) is sent on to
// the current card rather than answered with a card that no longer
// matches its URL; content draws the card on a cache miss.
func (c *shareCards) serve(rs *responder, w http.ResponseWriter, r *http.Request, sharePath, kind, shareID, version, token string, content func() (card.Card, error)) {
	etag := c.etag(kind, shareID, version)
	if token != strings.Trim(etag, `"`) {
		w.Header().Set("Cache-Control", "no-cache")
		http.Redirect(w, r, c.cardPath(sharePath, kind, shareID, version), http.StatusSeeOther)
		return
	}
	png, err := c.cache.Get(etag, func() ([]byte, error) {
		cc, err := content()
		if err != nil {
			return nil, err
		}
		return c.renderer.Render(cc)
	})
	if err != nil {
		rs.fail(w, r, err)
		return
	}
	httpcache.Serve(w, r, httpcache.Body{ContentType: "image/png", CacheControl: httpcache.Immutable, ETag: etag, Identity: png})
}

// withCard adds a card to a page's link preview. url is absolute when
// BASE_URL is set (storedOrigin), else a path.
func withCard(s *web.Social, url string, cc card.Card) {
	s.Image, s.ImageWidth, s.ImageHeight, s.ImageAlt = url, card.Width, card.Height, cc.Alt()
}

// assessmentCard is what an assessment's card shows: the best fit and its
// fit word, and the three track fits as bars.
func assessmentCard(snap recommendation.Snapshot) card.Card {
	var cc card.Card
	if len(snap.Paths) > 0 {
		best := snap.Paths[0]
		cc.Headline = "Best fit: " + best.Name
		if best.Fit != "" {
			cc.Headline += " · " + best.Fit
		}
		cc.Subtitle = "Score " + strconv.Itoa(best.Score) + " out of 100 from a published scoring model"
	}
	for _, t := range snap.Tracks {
		cc.Bars = append(cc.Bars, card.Bar{Label: t.Label, Value: t.Score, Track: string(t.Track)})
	}
	return cc
}
