package server

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/store"
)

// The capability layer. Every resource (assessment, canvas, comparison,
// plan) is one stored document behind two links: a private edit secret and
// a read-only share id. One middleware per route group resolves the link in
// the URL, reads the document with the resource's loader, answers a link
// that cannot exist or no longer does with the friendly 404 (a malformed
// one never reaches the database) and an unreachable or slow database with
// the friendly 503, and hands the handlers the typed document. Handlers never
// read their own document and never map those errors again.
//
// Nothing behind an edit link is ever cached: a private page must not stay
// on a shared computer's disk. The share views themselves are the one
// exception: they resolve their link in the same read that finds their
// stored rendering (handleSharedView in share_stored.go, which answers
// 404 and 503 the same way), and are sent "max-age=0, must-revalidate"
// with an ETag, so a replaced or deleted link still stops working on the
// next view; their exports use view below and are never cached.

// editKey and viewKey are the context keys of the document behind each
// kind of link, one key type per document type.
type (
	editKey[T any] struct{}
	viewKey[T any] struct{}
)

// editing is the document behind the edit link in the URL.
type editing[T any] struct {
	secret string
	doc    T
	// outage is why the document could not be read (store.IsUnavailable),
	// on the form routes only (editForm); the document is then zero.
	outage error
}

// edit resolves the {secret} of the group's routes with read, answering
// 404 and 503 itself.
func edit[T any](rs *responder, read func(context.Context, []byte) (T, error)) func(http.Handler) http.Handler {
	return editLayer(rs, read, false)
}

// editForm is edit for the routes that save a form: when the database
// cannot be read the handler runs all the same, with the outage
// (formOwner), so that it can show back everything that was typed.
func editForm[T any](rs *responder, read func(context.Context, []byte) (T, error)) func(http.Handler) http.Handler {
	return editLayer(rs, read, true)
}

func editLayer[T any](rs *responder, read func(context.Context, []byte) (T, error), keepForm bool) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "no-store")
			secret := chi.URLParam(r, "secret")
			if !capability.ValidSecret(secret) {
				rs.notFound(w, r)
				return
			}
			doc, err := read(r.Context(), capability.Hash(secret))
			e := editing[T]{secret: secret, doc: doc}
			switch {
			case err == nil:
			case keepForm && store.IsUnavailable(err):
				e.outage = err
			default:
				rs.fail(w, r, err)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), editKey[T]{}, e)))
		})
	}
}

// owner is the document edit found, and the secret it was found by.
func owner[T any](r *http.Request) (T, string) {
	e := r.Context().Value(editKey[T]{}).(editing[T])
	return e.doc, e.secret
}

// formOwner is owner for the routes behind editForm; err is the outage
// that kept the document from being read.
func formOwner[T any](r *http.Request) (doc T, secret string, err error) {
	e := r.Context().Value(editKey[T]{}).(editing[T])
	return e.doc, e.secret, e.outage
}

// view resolves the {id} of the group's read-only routes with read,
// answering 404 and 503 itself.
func view[T any](rs *responder, read func(context.Context, string) (T, error)) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "no-store")
			id := chi.URLParam(r, "id")
			if !capability.ValidShareID(id) {
				rs.notFound(w, r)
				return
			}
			doc, err := read(r.Context(), id)
			if err != nil {
				rs.fail(w, r, err)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), viewKey[T]{}, doc)))
		})
	}
}

// viewed is the document view found.
func viewed[T any](r *http.Request) T {
	return r.Context().Value(viewKey[T]{}).(T)
}
