package server

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/klauspost/compress/gzhttp"
	"github.com/klauspost/compress/gzip"

	"github.com/crossroads/crossroads/internal/logsink"
)

// requestLogger writes one line per request. It logs the route pattern, never
// the raw path, because paths carry capability secrets: the same label the
// metrics count it under (routePattern), so a refused post is logged under
// the route it aimed at. With the server's
// logger (logsink.TextLogger) the line is encoded without slog, the same
// bytes for less CPU (logsink.Line); any other logger gets a slog record.
func requestLogger(logger *slog.Logger, routes chi.Routes) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
			next.ServeHTTP(ww, r)
			if !logger.Enabled(r.Context(), slog.LevelInfo) {
				return
			}
			route := routePattern(r, routes)
			status := ww.Status()
			if status == 0 {
				status = http.StatusOK
			}
			end := time.Now()
			if lw, ok := logger.Handler().(logsink.LineWriter); ok {
				line := logsink.NewLine(end, slog.LevelInfo, "request").
					String("method", r.Method).
					String("route", route).
					Int("status", status).
					Int("bytes", ww.BytesWritten()).
					Duration("duration", end.Sub(start)).
					String("request_id", middleware.GetReqID(r.Context()))
				if lw.WriteLine(line) {
					return
				}
				line.Free()
			}
			logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method),
				slog.String("route", route),
				slog.Int("status", status),
				slog.Int("bytes", ww.BytesWritten()),
				slog.Duration("duration", end.Sub(start)),
				slog.String("request_id", middleware.GetReqID(r.Context())),
			)
		})
	}
}

// recoverer turns a panic into a logged, friendly 500 page.
func recoverer(rs *responder) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				v := recover()
				if v == nil {
					return
				}
				if v == http.ErrAbortHandler {
					panic(v)
				}
				rs.logger.Error("panic", "panic", fmt.Sprint(v), "stack", string(debug.Stack()),
					"request_id", middleware.GetReqID(r.Context()))
				rs.errorPage(w, r, http.StatusInternalServerError)
			}()
			next.ServeHTTP(w, r)
		})
	}
}

// contentSecurityPolicy allows only our own stylesheet and scripts; nothing
// inline, nothing from elsewhere, no framing. connect-src 'self' lets a
// page read its own origin's files (crawlers' tools, such as Lighthouse,
// fetch robots.txt from inside the page); no script of ours fetches.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// securityHeaders sets strict headers on every response. No page is ever
// framed, and no URL (some carry secrets) is sent onwards as a Referer.
//
// The values are built once: each request assigns the same value slices
// (canonical keys, no per-request allocation). Each has no room to grow,
// so a handler's Add to one of these fields copies it instead of writing
// into what every other request shares; Set and Del replace the request's
// own map entry.
func securityHeaders(tls bool) func(http.Handler) http.Handler {
	fields := []headerField{
		{"Content-Security-Policy", fixedValue(contentSecurityPolicy)},
		{"X-Content-Type-Options", fixedValue("nosniff")},
		{"Referrer-Policy", fixedValue("no-referrer")},
		{"X-Frame-Options", fixedValue("DENY")},
		{"Permissions-Policy", fixedValue("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")},
		{"Cross-Origin-Opener-Policy", fixedValue("same-origin")},
	}
	if tls {
		fields = append(fields, headerField{"Strict-Transport-Security", fixedValue("max-age=63072000; includeSubDomains")})
	}
	for _, f := range fields {
		if f.key != http.CanonicalHeaderKey(f.key) {
			panic("securityHeaders: " + f.key + " is not canonical") // a typo here, caught by every test
		}
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			for _, f := range fields {
				h[f.key] = f.value
			}
			next.ServeHTTP(w, r)
		})
	}
}

// headerField is one header field securityHeaders sets, key canonical.
type headerField struct {
	key   string
	value []string
}

// fixedValue is a header value shared by every response: a slice whose
// capacity is its length, so appending to it copies.
func fixedValue(v string) []string { return []string{v}[:1:1] }

// crossOriginProtection rejects cross-site unsafe requests with a friendly 403.
func crossOriginProtection(rs *responder) func(http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rs.errorPage(w, r, http.StatusForbidden)
	}))
	return cop.Handler
}

// limitBody bounds how much of a request body any handler can read.
func limitBody(n int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.ContentLength > n {
				w.Header().Set("Connection", "close")
			}
			r.Body = http.MaxBytesReader(w, r.Body, n)
			next.ServeHTTP(w, r)
		})
	}
}

// compress gzips HTML, CSS and JSON. gzhttp takes a pooled writer only once
// a response is big enough to be worth it, instead of holding one for the
// whole request (through the database wait, ~1 MB each with chi's Compress:
// 136 MB at 64 connections, docs/perf.md). BestSpeed: the pages are small,
// and CPU is the share page's bottleneck.
func compress() (func(http.Handler) http.Handler, error) {
	wrap, err := gzhttp.NewWrapper(
		gzhttp.MinSize(1024),
		gzhttp.CompressionLevel(gzip.BestSpeed),
		gzhttp.ContentTypes([]string{"text/html", "text/css", "application/json"}),
		gzhttp.SuffixETag("-gzip"),
		// gzip only: stored share pages keep a gzip form, and a client taking
		// only zstd would get their identity bytes compressed here under an
		// ETag that never matches its If-None-Match again.
		gzhttp.EnableZstd(false),
	)
	if err != nil {
		return nil, err
	}
	return func(next http.Handler) http.Handler { return wrap(next) }, nil
}
