package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/capability"
)

// urlSecret is the private edit secret in the URL, or false after writing
// the friendly 404 for one that cannot exist, which never reaches the
// database.
func urlSecret(rs *responder, w http.ResponseWriter, r *http.Request) (string, bool) {
	secret := chi.URLParam(r, "secret")
	if !capability.ValidSecret(secret) {
		rs.notFound(w, r)
		return "", false
	}
	return secret, true
}

// sharedID is the share id in the URL, or false after writing the friendly
// 404 for one that cannot exist, which never reaches the database.
func sharedID(rs *responder, w http.ResponseWriter, r *http.Request) (string, bool) {
	id := chi.URLParam(r, "id")
	if !capability.ValidShareID(id) {
		rs.notFound(w, r)
		return "", false
	}
	return id, true
}
