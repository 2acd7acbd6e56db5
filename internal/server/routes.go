package server

import (
	"log/slog"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// maxBodyBytes bounds every request body; the largest form (a full canvas)
// is far below it.
const maxBodyBytes = 256 << 10

// addRoutes is the app's whole URL table.
func addRoutes(r chi.Router, logger *slog.Logger, cfg config.Config, st *store.Store) {
	rs := &responder{logger: logger}

	r.Use(middleware.RequestID)
	r.Use(requestLogger(logger))
	r.Use(recoverer(rs))
	r.Use(securityHeaders(cfg.TLS))
	r.Use(crossOriginProtection(rs))
	r.Use(limitBody(maxBodyBytes))
	r.Use(middleware.Timeout(30 * time.Second))

	r.NotFound(rs.notFound)
	r.MethodNotAllowed(rs.methodNotAllowed)

	r.Handle("/static/*", web.StaticHandler())
	r.Get("/healthz", handleHealthz(st))
	r.Get("/", handleHome(rs))
}
