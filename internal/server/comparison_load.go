package server

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

func comparisonEditPath(secret string) string   { return "/compare/" + secret }
func comparisonSharePath(shareID string) string { return "/shared/comparison/" + shareID }

// loadOwnComparison resolves the private edit secret and decodes the stored
// comparison, writing the friendly 404, 503 or 500 itself when it cannot.
func loadOwnComparison(rs *responder, st *store.Store, w http.ResponseWriter, r *http.Request) (store.Comparison, comparisonState, string, bool) {
	secret, ok := urlSecret(rs, w, r)
	if !ok {
		return store.Comparison{}, comparisonState{}, "", false
	}
	c, s, err := decodedComparison(st.ComparisonByEditHash(r.Context(), capability.Hash(secret)))
	if err != nil {
		rs.fail(w, r, err)
		return store.Comparison{}, comparisonState{}, "", false
	}
	return c, s, secret, true
}

// loadSharedComparison resolves a share id and decodes the comparison.
func loadSharedComparison(rs *responder, st *store.Store, w http.ResponseWriter, r *http.Request) (store.Comparison, comparisonState, bool) {
	id, ok := sharedID(rs, w, r)
	if !ok {
		return store.Comparison{}, comparisonState{}, false
	}
	c, s, err := decodedComparison(st.ComparisonByShareID(r.Context(), id))
	if err != nil {
		rs.fail(w, r, err)
		return store.Comparison{}, comparisonState{}, false
	}
	return c, s, true
}

func decodedComparison(c store.Comparison, err error) (store.Comparison, comparisonState, error) {
	var s comparisonState
	if err != nil {
		return c, s, err
	}
	if err := json.Unmarshal(c.Data, &s); err != nil {
		return c, s, fmt.Errorf("comparison %d: decode: %w", c.ID, err)
	}
	return c, s, nil
}
