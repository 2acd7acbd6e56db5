package server

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

func comparisonEditPath(secret string) string   { return "/compare/" + secret }
func comparisonSharePath(shareID string) string { return "/shared/comparison/" + shareID }

// loadOwnComparison resolves the private edit secret, writing the friendly
// 404 or 503 itself when it cannot.
func loadOwnComparison(rs *responder, st *store.Store, w http.ResponseWriter, r *http.Request) (store.Comparison, string, bool) {
	secret := chi.URLParam(r, "secret")
	if !capability.ValidSecret(secret) {
		rs.notFound(w, r)
		return store.Comparison{}, "", false
	}
	c, err := st.ComparisonByEditHash(r.Context(), capability.Hash(secret))
	if err != nil {
		rs.fail(w, r, err)
		return store.Comparison{}, "", false
	}
	return c, secret, true
}

// loadSharedComparison resolves a share id.
func loadSharedComparison(rs *responder, st *store.Store, w http.ResponseWriter, r *http.Request) (store.Comparison, bool) {
	id := chi.URLParam(r, "id")
	if !capability.ValidShareID(id) {
		rs.notFound(w, r)
		return store.Comparison{}, false
	}
	c, err := st.ComparisonByShareID(r.Context(), id)
	if err != nil {
		rs.fail(w, r, err)
		return store.Comparison{}, false
	}
	return c, true
}

func decodeComparisonState(c store.Comparison) (comparisonState, error) {
	var s comparisonState
	if err := json.Unmarshal(c.Data, &s); err != nil {
		return s, fmt.Errorf("comparison %d: decode: %w", c.ID, err)
	}
	return s, nil
}
