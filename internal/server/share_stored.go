package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/klauspost/compress/gzip"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/httpcache"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// sharePages serves share pages rendered once (docs/perf.md, "Stored share
// pages"): the stored bytes while the row's content version and this
// build are the ones they were rendered from, else a fresh rendering,
// stored for the next view on any instance.
//
// A share handler reads the row with its store read (one round trip,
// e.g. store.SharedResultWithPage with edition), then calls serveStored
// on a hit or renderAndServe on a miss. Pages are stored in gzip form
// only (migration 00014).
type sharePages struct {
	st *store.Store
	// edition is everything besides the row that decides a page's bytes:
	// the build, and the origin written into og:url and og:image.
	edition string
	// gzipWriters are reused: a BestCompression writer is ~1 MB, and a
	// burst of misses after a deploy would otherwise allocate one each.
	gzipWriters sync.Pool
}

func newSharePages(st *store.Store, cfg config.Config) *sharePages {
	return &sharePages{st: st, edition: cfg.BuildID + " " + storedOrigin(cfg)}
}

// storedOrigin is the origin a stored page's absolute URLs (og:url,
// og:image) start with: BASE_URL, never the request's Host, which the
// client chooses and which would then be served to everyone. Without
// BASE_URL (development) stored pages leave og:url out and name the card
// by its path.
func storedOrigin(cfg config.Config) string { return cfg.BaseURL }

// wantsGzip is whether r takes the stored gzip form as it is.
func wantsGzip(r *http.Request) bool {
	return httpcache.AcceptsGzip(r.Header.Values("Accept-Encoding"))
}

// etag is the strong tag of a share page's identity form: equal on every
// instance running this build, new when the row's content version changes.
func (p *sharePages) etag(kind, shareID, version string) string {
	return httpcache.ETag(kind, shareID, version, p.edition)
}

// serveStored writes a fresh stored page (page.Fresh()): its gzip bytes as
// stored to a client that takes gzip (httpcache.Serve sends them past the
// compress middleware), decompressed for the rare one that does not. A
// stored page that does not decompress is the friendly 500.
func (p *sharePages) serveStored(rs *responder, w http.ResponseWriter, r *http.Request, kind, shareID string, page store.StoredPage) {
	b := p.body(kind, shareID, page.Version)
	if wantsGzip(r) {
		b.Gzip = page.Gzip
		httpcache.Serve(w, r, b)
		return
	}
	html, err := httpcache.Gunzip(page.Gzip)
	if err != nil {
		rs.renderFailed(w, r, fmt.Errorf("stored %s page %s: %w", kind, shareID, err))
		return
	}
	b.Identity = html
	httpcache.Serve(w, r, b)
}

func (p *sharePages) body(kind, shareID, version string) httpcache.Body {
	return httpcache.Body{
		ContentType:  "text/html; charset=utf-8",
		CacheControl: httpcache.SharePage,
		ETag:         p.etag(kind, shareID, version),
		Negotiated:   true,
	}
}

// renderAndServe renders c after a miss, stores it under the version the
// read found, and serves it. A page that cannot be stored is still served
// (the next view tries again); one that cannot be rendered is the friendly
// 500.
func (p *sharePages) renderAndServe(rs *responder, w http.ResponseWriter, r *http.Request, kind, shareID, version string, c templ.Component) {
	html, err := renderBytes(r.Context(), c)
	if err != nil {
		rs.renderFailed(w, r, err)
		return
	}
	gz := p.gzip(html)
	_, err = p.st.PutShareRender(r.Context(), store.ShareRender{
		Kind: kind, ShareID: shareID, Version: version, Build: p.edition, Gzip: gz,
	})
	if err != nil && r.Context().Err() == nil {
		rs.logger.Warn("storing a share page failed; served it anyway", "kind", kind, "err", err,
			"request_id", middleware.GetReqID(r.Context()))
	}
	b := p.body(kind, shareID, version)
	b.Identity, b.Gzip = html, gz
	httpcache.Serve(w, r, b)
}

// gzip compresses a page once, as tightly as gzip goes: it is served many
// times (6.5 KB instead of 7.6 KB at BestSpeed for a 29.6 KB share page;
// docs/perf.md).
func (p *sharePages) gzip(html []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(html) / 3)
	zw, _ := p.gzipWriters.Get().(*gzip.Writer)
	if zw == nil {
		zw, _ = gzip.NewWriterLevel(&out, gzip.BestCompression) // a constant, valid level
	} else {
		zw.Reset(&out)
	}
	_, _ = zw.Write(html) // writes to a bytes.Buffer do not fail
	_ = zw.Close()
	p.gzipWriters.Put(zw)
	return out.Bytes()
}

// renderBytes renders c into a fresh slice (writePage's pooled buffer is
// returned to the pool, and a stored page outlives the request).
func renderBytes(ctx context.Context, c templ.Component) ([]byte, error) {
	buf := templ.GetBuffer()
	defer templ.ReleaseBuffer(buf)
	if err := c.Render(ctx, buf); err != nil {
		return nil, err
	}
	return bytes.Clone(buf.Bytes()), nil
}

// sharedView is one kind's share view, served through sharePages and with
// a card from shareCards: how to read it, where it lives, what its page
// and its card show.
type sharedView[T any] struct {
	kind string
	// read is the kind's one-round-trip share read (e.g.
	// store.SharedResultWithPage).
	read func(ctx context.Context, shareID, build string) (T, store.StoredPage, error)
	path func(shareID string) string
	page func(doc T, links shareLinks) templ.Component
	card func(doc T) card.Card
}

// shareLinks are the absolute addresses a share page names itself and its
// card by, from BASE_URL (storedOrigin): URL is empty without it, which
// leaves og:url out, and Card is then a path.
type shareLinks struct{ URL, Card string }

// social is a page's link preview with its card.
func (l shareLinks) social(title, description string, cc card.Card) *web.Social {
	s := &web.Social{Title: title, Description: description, URL: l.URL}
	withCard(s, l.Card, cc)
	return s
}

// handleSharedView serves v's share page: the stored bytes when fresh,
// else rendered, stored and served. One round trip on a hit, two on a
// miss (the read, then the store).
func handleSharedView[T any](rs *responder, pages *sharePages, cards *shareCards, cfg config.Config, v sharedView[T]) http.HandlerFunc {
	origin := storedOrigin(cfg)
	return func(w http.ResponseWriter, r *http.Request) {
		id := chi.URLParam(r, "id")
		if !capability.ValidShareID(id) {
			rs.notFound(w, r)
			return
		}
		doc, stored, err := v.read(r.Context(), id, pages.edition)
		if err != nil {
			rs.fail(w, r, err)
			return
		}
		if stored.Fresh() {
			pages.serveStored(rs, w, r, v.kind, id, stored)
			return
		}
		path := v.path(id)
		links := shareLinks{Card: origin + cards.cardPath(path, v.kind, id, stored.Version)}
		if origin != "" {
			links.URL = origin + path
		}
		pages.renderAndServe(rs, w, r, v.kind, id, stored.Version, v.page(doc, links))
	}
}

// handleSharedCard serves v's card: one read (store.ShareCard, the
// version and the stored card, not the document) when the card is stored,
// else a read of the whole document, a draw and a store, bounded by
// shareCards.
func handleSharedCard[T any](rs *responder, cards *shareCards, v sharedView[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := chi.URLParam(r, "id")
		token, isPNG := strings.CutSuffix(chi.URLParam(r, "file"), ".png")
		if !capability.ValidShareID(id) || !isPNG || token == "" {
			rs.notFound(w, r)
			return
		}
		if !cards.misses.mayMiss(cards.clients.of(r)) {
			refuseCard(w, http.StatusTooManyRequests, cardMissRetry)
			return
		}
		stored, err := cards.read(r.Context(), v.kind, id)
		switch {
		case errors.Is(err, card.ErrBusy):
			refuseCard(w, http.StatusServiceUnavailable, cardBusyRetry)
			return
		case err != nil && r.Context().Err() != nil:
			return // the client hung up; nobody is left to answer
		case err != nil:
			rs.fail(w, r, err)
			return
		}
		cards.serve(rs, w, r, v.path(id), v.kind, id, stored, token, func(ctx context.Context) (card.Card, error) {
			return drawFromFullRead(ctx, v, id, stored.Version)
		})
	}
}

// drawFromFullRead reads the document whole to draw its card, which must
// show the version its URL names: a change in between is a 503 (the next
// try is sent on to the new card). ctx is the draw's (card.Drawer), which
// ends when nobody waits for the card any more.
func drawFromFullRead[T any](ctx context.Context, v sharedView[T], id, version string) (card.Card, error) {
	doc, now, err := v.read(ctx, id, "") // no build has "": the whole row, no stored page
	if err != nil {
		return card.Card{}, err
	}
	if now.Version != version {
		return card.Card{}, fmt.Errorf("the share changed while its card was drawn: %w", store.ErrUnavailable)
	}
	return v.card(doc), nil
}

// routeSharedView hangs v's page at pattern (ending in {id}) and its card
// under it.
func routeSharedView[T any](r chi.Router, pattern string, rs *responder, pages *sharePages, cards *shareCards, cfg config.Config, v sharedView[T]) {
	r.Get(pattern, handleSharedView(rs, pages, cards, cfg, v))
	r.Get(pattern+"/card/{file}", handleSharedCard(rs, cards, v))
}
