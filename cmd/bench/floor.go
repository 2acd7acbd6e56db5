package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/httpcache"
	"github.com/crossroads/crossroads/internal/store"
)

// floor serves GET /r/{id} with the least work the share page could ever
// do: check the id's shape, run the same single-row read through the same
// store and pool settings, and write a fixed body as large as the real page
// (or, with -stored-build or -stored-build-of, the page's own stored
// bytes: storedFloor).
// The share page's requests/s as a share of the floor's is how much our own
// code (routing, middleware, decoding, view building, rendering) costs.
func floor(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("floor", flag.ContinueOnError)
	dbURL := fs.String("database-url", "", "the seeded database (required)")
	addr := fs.String("addr", "127.0.0.1:8098", "loopback address to listen on")
	bodyBytes := fs.Int("body-bytes", 20000, "size of the fixed body; use the share page's size (with a build too, written after the stored page's read)")
	storedBuild := fs.String("stored-build", "", "serve each page's stored bytes, as stored by this build (a server's BuildID and BASE_URL), instead of a fixed body")
	storedBuildOf := fs.String("stored-build-of", "", "serve the stored pages of the build that stored this share id's page (a running server's), instead of -stored-build")
	headersFrom := fs.String("headers-from", "", "a running server's share page URL (loopback): send its response's header fields too, to measure what they cost")
	debugAddr := fs.String("debug-addr", "", "loopback address for pprof profiles (none by default), to profile the floor as the server is profiled")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbURL == "" || (*bodyBytes < 1 && *storedBuild == "" && *storedBuildOf == "") {
		return errors.New("need -database-url, and -body-bytes ≥ 1, -stored-build or -stored-build-of")
	}
	if host, _, err := net.SplitHostPort(*addr); err != nil || !isLoopback(host) {
		return fmt.Errorf("-addr %q must be a loopback address such as 127.0.0.1:8098", *addr)
	}
	config.ApplyGCDefaults(os.Getenv) // as the server does
	pool, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	st := store.New(pool)
	if *storedBuildOf != "" {
		// The server's build is its BuildID and BASE_URL (sharePages'
		// edition); reading it back from a page it stored needs neither.
		err := pool.QueryRow(ctx, `SELECT build FROM share_renders WHERE kind = $1 AND share_id = $2`,
			store.KindAssessment, *storedBuildOf).Scan(storedBuild)
		if err != nil {
			return fmt.Errorf("the build that stored share %s…'s page: %w", (*storedBuildOf)[:min(4, len(*storedBuildOf))], err)
		}
	}

	var extra http.Header
	if *headersFrom != "" {
		if extra, err = headersOf(ctx, *headersFrom); err != nil {
			return err
		}
	}

	// A build alone serves the stored pages; with -body-bytes too, the
	// fixed body after the same read.
	fixed := *storedBuild == ""
	fs.Visit(func(f *flag.Flag) { fixed = fixed || f.Name == "body-bytes" })
	page, serving := fixedFloor(st, *bodyBytes, *storedBuild), fmt.Sprintf("body %d bytes", *bodyBytes)
	if !fixed {
		page, serving = storedFloor(st, *storedBuild, extra), fmt.Sprintf("stored pages of build %q, with %d more header fields", *storedBuild, len(extra))
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /r/{id}", page)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok\n") })

	if *debugAddr != "" {
		if err := serveProfiles(*debugAddr); err != nil {
			return err
		}
	}
	srv := &http.Server{Addr: *addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(stdout, "floor listening on http://%s/ (%s)\n", ln.Addr(), serving); err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

// fixedFloor runs the share page's read and writes a fixed body of
// bodyBytes, the size of a real page. With a build (-stored-build or
// -stored-build-of) the read is the one a stored share page makes
// (store.SharedResultWithPage, the snapshot left unread on a hit); without
// one every read is a miss and decodes the stored result.
func fixedFloor(st *store.Store, bodyBytes int, build string) http.HandlerFunc {
	body := []byte("<!DOCTYPE html>" + strings.Repeat("x", max(bodyBytes-15, 0)))
	contentLength := strconv.Itoa(len(body))
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		if !capability.ValidShareID(id) {
			http.NotFound(w, r)
			return
		}
		a, page, err := st.SharedResultWithPage(r.Context(), id, build)
		switch {
		case errors.Is(err, store.ErrNotFound) || (err == nil && !page.Fresh() && a.Result == nil):
			http.NotFound(w, r)
			return
		case err != nil:
			http.Error(w, "database unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Length", contentLength) // as the server's pages do
		_, _ = w.Write(body)                            // nothing left to do if the client went away
	}
}

// storedFloor is the floor issue 17 is judged against: read the page's
// stored bytes by share id (store.SharedResultWithPage, the one query a
// stored share page makes), stored in gzip form only and decompressed for
// a client that does not take it, and write them with their length. No
// routing, middleware, ETag or logging. extra are more header fields to
// send with every page (headersOf), assigned as they are: the least the
// server could do to send the same.
func storedFloor(st *store.Store, build string, extra http.Header) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		if !capability.ValidShareID(id) {
			http.NotFound(w, r)
			return
		}
		_, page, err := st.SharedResultWithPage(r.Context(), id, build)
		switch {
		case errors.Is(err, store.ErrNotFound) || (err == nil && !page.Fresh()):
			http.NotFound(w, r)
			return
		case err != nil:
			http.Error(w, "database unavailable", http.StatusServiceUnavailable)
			return
		}
		h := w.Header()
		for k, v := range extra {
			h[k] = v
		}
		body := page.Gzip
		if httpcache.AcceptsGzip(r.Header.Values("Accept-Encoding")) {
			h.Set("Content-Encoding", "gzip")
		} else if body, err = httpcache.Gunzip(page.Gzip); err != nil {
			http.Error(w, "stored page unreadable", http.StatusInternalServerError)
			return
		}
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body) // nothing left to do if the client went away
	}
}

// serveProfiles serves pprof on addr, a loopback address, on its own mux
// and server, off the floor's: the floor's handler stays bare.
func serveProfiles(addr string) error {
	if host, _, err := net.SplitHostPort(addr); err != nil || !isLoopback(host) {
		return fmt.Errorf("-debug-addr %q must be a loopback address", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index) // heap, allocs, …
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }() // ends with the process
	return nil
}

// headersOf fetches a share page from a running server as a browser would
// (with gzip) and keeps its response's header fields, less those the floor
// sets itself (or net/http does): the security headers, the cache headers,
// Vary and X-Robots-Tag. Each value's capacity is its length, so no
// response can append into what the others share.
func headersOf(ctx context.Context, pageURL string) (http.Header, error) {
	u, err := url.Parse(pageURL)
	if err != nil || !isLoopback(u.Hostname()) {
		return nil, fmt.Errorf("-headers-from %q must be a loopback URL", pageURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pageURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := (&http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableCompression: true}}).Do(req)
	if err != nil {
		return nil, err
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("-headers-from: %s", resp.Status)
	}
	h := http.Header{}
	for k, v := range resp.Header {
		switch k {
		case "Date", "Content-Length", "Content-Encoding", "Content-Type":
		default:
			h[k] = slices.Clip(slices.Clone(v))
		}
	}
	return h, nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
