package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
)

// floor serves GET /r/{id} with the least work the share page could ever
// do: check the id's shape, run the same single-row read through the same
// store and pool settings, and write a fixed body as large as the real page.
// The share page's requests/s as a share of the floor's is how much our own
// code (routing, middleware, decoding, view building, rendering) costs.
func floor(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("floor", flag.ContinueOnError)
	dbURL := fs.String("database-url", "", "the seeded database (required)")
	addr := fs.String("addr", "127.0.0.1:8098", "loopback address to listen on")
	bodyBytes := fs.Int("body-bytes", 20000, "size of the fixed body; use the share page's size")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbURL == "" || *bodyBytes < 1 {
		return errors.New("need -database-url and -body-bytes ≥ 1")
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

	body := []byte("<!DOCTYPE html>" + strings.Repeat("x", max(*bodyBytes-15, 0)))
	contentLength := strconv.Itoa(len(body))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /r/{id}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		if !capability.ValidShareID(id) {
			http.NotFound(w, r)
			return
		}
		a, err := st.SharedResultByShareID(r.Context(), id)
		switch {
		case errors.Is(err, store.ErrNotFound) || (err == nil && a.Page == nil):
			http.NotFound(w, r)
			return
		case err != nil:
			http.Error(w, "database unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Length", contentLength) // as the server's pages do
		_, _ = w.Write(body)                            // nothing left to do if the client went away
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok\n") })

	srv := &http.Server{Addr: *addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(stdout, "floor listening on http://%s/ (body %d bytes)\n", ln.Addr(), len(body)); err != nil {
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

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
