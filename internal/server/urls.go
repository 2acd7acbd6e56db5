package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
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

// done is the notice the action that redirected here asks the owner's
// page to show: its ?done= value (read by web.NewOwnerControls).
func done(r *http.Request) string { return r.URL.Query().Get("done") }

// justCreated says the owner arrived from creating the resource
// (web.AfterCreated): the page asks them to bookmark its private link.
func justCreated(r *http.Request) bool { return r.URL.Query().Get("saved") == "new" }
