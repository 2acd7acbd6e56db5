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
	if err := writePage(w, r, status, c); err != nil {
		rs.renderFailed(w, r, err)
	}
}

// renderFailed answers a page that could not be rendered with the friendly
// 500, unless the client went away.
func (rs *responder) renderFailed(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() == nil {
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
	case store.IsUnavailable(err):
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

// saveFailed answers a form whose read or write failed. When trying again
// can work (the database is down or too slow, store.IsUnavailable, or a save
// kept colliding with others, store.ErrConflict) it shows the form again,
// built by form, with everything typed and "not saved", as a 503 with
// Retry-After, so nothing typed is lost. Anything else is the friendly
// error page. It is every form's one way to say "not saved".
func (rs *responder) saveFailed(w http.ResponseWriter, r *http.Request, err error, form func() templ.Component) {
	if !store.IsUnavailable(err) && !errors.Is(err, store.ErrConflict) {
		rs.fail(w, r, err)
		return
	}
	rs.logger.Warn("form not saved", "err", err, "request_id", middleware.GetReqID(r.Context()))
	w.Header().Set("Retry-After", "30")
	rs.render(w, r, http.StatusServiceUnavailable, form())
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

// noStore keeps the pages that start a new resource out of every cache: a
// failed first save shows what was typed, which a shared computer must not
// keep. Pages behind a capability link get the same from the capability
// layer.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}
