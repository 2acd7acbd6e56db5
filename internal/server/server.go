// Package server turns HTTP requests into pages: routing, middleware, forms
// and the handlers for each resource action.
package server

import (
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
)

// New builds the whole HTTP handler of the app from its dependencies.
func New(logger *slog.Logger, cfg config.Config, st *store.Store) http.Handler {
	r := chi.NewRouter()
	addRoutes(r, logger, cfg, st)
	return r
}
