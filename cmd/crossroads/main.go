// Command crossroads serves the Crossroads web app, or migrates its database.
//
//	crossroads          serve on ADDR (applies pending migrations first)
//	crossroads migrate  apply pending migrations and exit
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/server"
	"github.com/crossroads/crossroads/internal/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "crossroads:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	cfg, err := config.Load(getenv)
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stdout, &slog.HandlerOptions{Level: cfg.LogLevel}))

	command := "serve"
	if len(args) > 0 {
		command = args[0]
	}
	switch command {
	case "migrate":
		return store.Migrate(ctx, cfg.DatabaseURL, logger)
	case "serve":
		if set := config.ApplyGCDefaults(getenv); len(set) > 0 {
			logger.Info("garbage collector defaults", "set", set)
		}
		return serve(ctx, cfg, logger, stdout)
	default:
		return fmt.Errorf("unknown command %q (want serve or migrate)", command)
	}
}

func serve(ctx context.Context, cfg config.Config, logger *slog.Logger, stdout io.Writer) error {
	if err := migrateWithRetry(ctx, cfg.DatabaseURL, logger); err != nil {
		return err
	}
	pool, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()

	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           server.New(logger, cfg, store.New(pool)),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	// stdout only tells a person where to look; serving does not depend on it.
	_, _ = fmt.Fprintf(stdout, "Crossroads is ready at %s\n", displayURL(ln.Addr()))

	if cfg.DebugAddr != "" {
		stopDebug, err := serveDebug(cfg.DebugAddr, logger, stdout)
		if err != nil {
			_ = ln.Close() // never served; the debug listener's error is the one to report
			return err
		}
		defer stopDebug()
	}

	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	sweepCtx, stopSweeping := context.WithCancel(ctx)
	defer stopSweeping()
	go sweepDrafts(sweepCtx, store.New(pool), cfg, logger)

	select {
	case err := <-serveErr:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down; letting in-flight requests finish", "timeout", cfg.ShutdownTimeout)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-serveErr; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}

// serveDebug serves pprof on addr, which config.Load has checked is a
// loopback address. Its own mux keeps the profiles off the app's router; the
// pprof package also registers them on http.DefaultServeMux, which nothing serves.
func serveDebug(addr string, logger *slog.Logger, stdout io.Writer) (stop func(), err error) {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on DEBUG_ADDR %s: %w", addr, err)
	}
	// No WriteTimeout: a CPU profile or trace streams for as long as asked.
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second,
		ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	go func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			logger.Warn("debug listener stopped", "err", err)
		}
	}()
	_, _ = fmt.Fprintf(stdout, "pprof profiles at http://%s/debug/pprof/\n", ln.Addr())
	return func() { _ = srv.Close() }, nil // at exit: nothing left to tell anyone
}

// sweepDrafts deletes expired drafts now and then at every interval until
// ctx ends. Several instances may run it; the store makes sure only one
// sweeps at a time.
func sweepDrafts(ctx context.Context, st *store.Store, cfg config.Config, logger *slog.Logger) {
	t := time.NewTicker(cfg.CleanupInterval)
	defer t.Stop()
	for {
		n, swept, err := st.DeleteStaleDrafts(ctx, cfg.DraftTTL)
		switch {
		case err != nil && ctx.Err() == nil:
			logger.Warn("draft sweep failed; will retry", "err", err)
		case swept && n > 0:
			logger.Info("expired unfinished drafts deleted", "count", n, "older_than", cfg.DraftTTL)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// migrateWithRetry waits a little for a database that is still starting, so
// `make run` and orchestrators need no exact start-up ordering.
func migrateWithRetry(ctx context.Context, databaseURL string, logger *slog.Logger) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := store.Migrate(ctx, databaseURL, logger)
		if err == nil || time.Now().After(deadline) || ctx.Err() != nil {
			return err
		}
		logger.Warn("database not ready; retrying migrations", "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// displayURL turns a listen address into a URL a person can click.
func displayURL(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok || tcp.IP.IsUnspecified() {
		port := 0
		if ok {
			port = tcp.Port
		}
		return fmt.Sprintf("http://localhost:%d/", port)
	}
	return "http://" + tcp.String() + "/"
}
