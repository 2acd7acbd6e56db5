package server

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/web"
)

// handleFavicon serves /favicon.ico, which browsers request on their own.
func handleFavicon() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ico := web.FaviconICO()
		w.Header().Set("Content-Type", "image/x-icon")
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.Header().Set("Content-Length", strconv.Itoa(len(ico)))
		_, _ = w.Write(ico) // nothing left to do if the client went away
	}
}

// handleRobots allows crawling everything and points at the sitemap. Share
// and private pages are not disallowed on purpose: a crawler must fetch them
// to see their noindex (meta tag and X-Robots-Tag header); a disallowed URL
// can still be indexed from a link, without its content.
//
// The sitemap is named only under BASE_URL: a Sitemap line must be an
// absolute URL (crawlers and Lighthouse's robots.txt audit refuse a path),
// and the request's Host, which the client chooses, must never be one, as
// a shared cache would then hand it to everyone for an hour.
func handleRobots(cfg config.Config) http.HandlerFunc {
	body := "User-agent: *\nAllow: /\n"
	if origin := storedOrigin(cfg); origin != "" {
		body += "\nSitemap: " + origin + "/sitemap.xml\n"
	}
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age=3600")
		_, _ = w.Write([]byte(body))
	}
}

// publicPages are the pages a search engine may list: everything that is
// the same for every visitor.
func publicPages() []string {
	pages := []string{"/", "/assessments/new", "/canvases/new", "/comparisons/new", "/how-scoring-works", "/sources"}
	for _, p := range catalog.All() {
		pages = append(pages, "/paths/"+p.ID)
	}
	return append(pages, "/paths")
}

// handleSitemap lists the public pages, under BASE_URL or as paths alone
// (never under the request's Host; see handleRobots).
func handleSitemap(cfg config.Config) http.HandlerFunc {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	base := storedOrigin(cfg)
	for _, p := range publicPages() {
		b.WriteString("  <url><loc>" + base + p + "</loc></url>\n")
	}
	b.WriteString("</urlset>\n")
	body := []byte(b.String())
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/xml; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age=3600")
		_, _ = w.Write(body)
	}
}

// noIndex keeps share and private pages out of search results, for
// crawlers that read headers as well as those that read the page.
func noIndex(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Robots-Tag", "noindex, nofollow")
		next.ServeHTTP(w, r)
	})
}
