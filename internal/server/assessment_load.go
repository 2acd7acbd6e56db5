package server

import (
	"context"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

// loadOwnAssessment resolves the private edit secret in the URL with read
// (st.AssessmentByEditHash, or st.AssessmentWithResultByEditHash for the
// pages that show the snapshot), writing the friendly 404 or 503 itself
// when it cannot. A malformed secret never reaches the database.
func loadOwnAssessment(rs *responder, read func(context.Context, []byte) (store.Assessment, error), w http.ResponseWriter, r *http.Request) (store.Assessment, string, bool) {
	secret, ok := urlSecret(rs, w, r)
	if !ok {
		return store.Assessment{}, "", false
	}
	a, err := read(r.Context(), capability.Hash(secret))
	if err != nil {
		rs.fail(w, r, err)
		return store.Assessment{}, "", false
	}
	return a, secret, true
}
