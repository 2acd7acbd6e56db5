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
