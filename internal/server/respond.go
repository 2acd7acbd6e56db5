package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// responder renders pages and the friendly error pages, and logs failures.
type responder struct {
	logger *slog.Logger
}

// render writes c with status, or the friendly 500 when c fails.
func (rs *responder) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	if err := writePage(w, r, status, c); err != nil && r.Context().Err() == nil {
		rs.logger.Error("render failed", "err", err, "request_id", middleware.GetReqID(r.Context()))
		rs.errorPage(w, r, http.StatusInternalServerError)
	}
}

// errorPage renders the friendly page for status.
func (rs *responder) errorPage(w http.ResponseWriter, r *http.Request, status int) {
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "30")
	}
	w.Header().Set("Cache-Control", "no-store")
	if err := writePage(w, r, status, web.Error(web.ErrorPageFor(status))); err != nil && r.Context().Err() == nil {
		http.Error(w, http.StatusText(status), status)
	}
}

// writePage renders c into a buffer first, so a component that fails
// half-way writes nothing rather than half a page with a 200, and the page
// goes out with its Content-Length instead of chunked.
func writePage(w http.ResponseWriter, r *http.Request, status int, c templ.Component) error {
	buf := templ.GetBuffer()
	defer templ.ReleaseBuffer(buf)
	if err := c.Render(r.Context(), buf); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes()) // like http.Error: nothing left to do if the client went away
	return nil
}

func (rs *responder) notFound(w http.ResponseWriter, r *http.Request) {
	rs.errorPage(w, r, http.StatusNotFound)
}

func (rs *responder) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	rs.errorPage(w, r, http.StatusMethodNotAllowed)
}

// fail maps an error from below to the right friendly page: missing rows are
// 404s, an unreachable database is a 503, anything else a logged 500.
func (rs *responder) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		// The client went away; nobody is left to read an answer.
		rs.logger.Debug("client gone", "request_id", middleware.GetReqID(r.Context()))
	case errors.Is(err, store.ErrNotFound):
		rs.errorPage(w, r, http.StatusNotFound)
	case unavailable(err):
		rs.logger.Warn("database unavailable", "err", err, "request_id", middleware.GetReqID(r.Context()))
		rs.errorPage(w, r, http.StatusServiceUnavailable)
	default:
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			rs.errorPage(w, r, http.StatusRequestEntityTooLarge)
			return
		}
		rs.logger.Error("request failed", "err", err, "request_id", middleware.GetReqID(r.Context()))
		rs.errorPage(w, r, http.StatusInternalServerError)
	}
}

// unavailable reports whether err means the database could not be reached
// (or not in time): a 503, after which a page can keep what was typed.
func unavailable(err error) bool {
	return errors.Is(err, store.ErrUnavailable) || errors.Is(err, context.DeadlineExceeded)
}

// formError answers a body that could not be parsed: too large is a 413,
// anything else (a malformed encoding) a 400.
func (rs *responder) formError(w http.ResponseWriter, r *http.Request, err error) {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		rs.errorPage(w, r, http.StatusRequestEntityTooLarge)
		return
	}
	rs.errorPage(w, r, http.StatusBadRequest)
}

// noStore keeps private pages out of every cache, so a shared computer or a
// proxy never keeps someone's plan.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}
