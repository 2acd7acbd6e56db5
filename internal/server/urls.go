package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/web"
)

// origin is the public scheme://host for absolute links (share links, Open
// Graph). BASE_URL wins; otherwise the request's own host is used.
func origin(cfg config.Config, r *http.Request) string {
	if cfg.BaseURL != "" {
		return cfg.BaseURL
	}
	scheme := "http"
	if r.TLS != nil || cfg.TLS {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// done is the notice the action that redirected here asks the page to show
// (its ?done= value, read by web.NewOwnerControls). Canvases spell their
// notices ?saved=1 and ?shared=1.
func done(r *http.Request) string {
	q := r.URL.Query()
	switch {
	case q.Has("done"):
		return q.Get("done")
	case q.Get("saved") == "1":
		return web.DoneSaved
	case q.Get("shared") == "1":
		return web.DoneShare
	}
	return ""
}
