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
	"runtime/debug"
	"syscall"
	"time"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/logsink"
	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/server"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/sweep"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil {
		_, _ = fmt.Fprintln(os.Stderr, "crossroads:", err) // the exit status says the rest
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	cfg, err := config.Load(getenv)
	if err != nil {
		return err
	}
	// One line per request at info level, batched: a write system call per
	// line was most of what the request log cost (docs/perf.md). Warnings
	// and errors go out at once; the rest within logsink.DefaultInterval.
	logs := logsink.New(stdout, logsink.DefaultSize, logsink.DefaultInterval)
	defer func() { _ = logs.Close() }()
	logger := logsink.TextLogger(logs, cfg.LogLevel)

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
		cfg.BuildID = config.BuildID(debug.ReadBuildInfo, os.Executable)
		return serve(ctx, cfg, logger, logs)
	default:
		return fmt.Errorf("unknown command %q (want serve or migrate)", command)
	}
}

// serve runs the server until ctx ends. Its messages to a person (where it
// listens) go through the log's buffer, so they stay in order with the
// log, and are flushed at once.
func serve(ctx context.Context, cfg config.Config, logger *slog.Logger, stdout *logsink.Writer) error {
	if err := migrateWithRetry(ctx, cfg.DatabaseURL, logger); err != nil {
		return err
	}
	pool, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	st := store.New(pool)
	// The write limit counts on a pool of its own, so page views that fill
	// the main one cannot hold the counts up.
	countPool, err := store.Open(ctx, cfg.DatabaseURL, store.WriteCountPool)
	if err != nil {
		return err
	}
	defer countPool.Close()
	m := metrics.New()
	if err := m.Register(metrics.PoolCollector(pool)); err != nil {
		return err
	}
	readiness := &server.Readiness{}
	handler, err := server.New(logger, cfg, st, server.WithMetrics(m), server.WithReadiness(readiness),
		server.WithWriteCounts(store.New(countPool)))
	if err != nil {
		return err
	}

	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           handler,
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
		stopDebug, at, err := servePrivate("DEBUG_ADDR", cfg.DebugAddr, debugMux(m), logger)
		if err != nil {
			_ = ln.Close() // never served; the debug listener's error is the one to report
			return err
		}
		defer stopDebug()
		_, _ = fmt.Fprintf(stdout, "pprof profiles at http://%s/debug/pprof/ and metrics at http://%[1]s/metrics\n", at)
	}
	if cfg.MetricsAddr != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", m.Handler())
		mux.Handle("/readyz", server.ReadyzHandler(logger, st, readiness)) // with its reason, unlike the app's
		stopMetrics, at, err := servePrivate("METRICS_ADDR", cfg.MetricsAddr, mux, logger)
		if err != nil {
			_ = ln.Close() // never served; the metrics listener's error is the one to report
			return err
		}
		defer stopMetrics()
		_, _ = fmt.Fprintf(stdout, "metrics at http://%s/metrics\n", at)
	}

	_ = stdout.Flush()
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	sweepCtx, stopSweeping := context.WithCancel(ctx)
	defer stopSweeping()
	sw := sweep.Sweeper{Store: st, Logger: logger, Metrics: m, DraftTTL: cfg.DraftTTL, Window: config.WriteLimitWindow}
	go sweep.Every(sweepCtx, cfg.CleanupInterval, sw.Drafts)
	go sweep.Every(sweepCtx, cfg.CleanupInterval, sw.OrphanSharePages)
	if cfg.WriteLimit > 0 {
		go sweep.Every(sweepCtx, config.WriteLimitWindow, sw.RateLimitWindows)
	}

	select {
	case err := <-serveErr:
		return err
	case <-ctx.Done():
	}
	// Not ready from now on; keep serving for the drain delay so load
	// balancers polling /readyz move traffic away before the listener closes.
	readiness.Drain()
	if cfg.DrainDelay > 0 {
		logger.Info("draining: /readyz answers 503 before the listener closes", "delay", cfg.DrainDelay)
		time.Sleep(cfg.DrainDelay)
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

// debugMux serves pprof and the metrics. Its own mux keeps the profiles off
// the app's router; the pprof package also registers them on
// http.DefaultServeMux, which nothing serves.
func debugMux(m *metrics.Metrics) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	mux.Handle("/metrics", m.Handler())
	return mux
}

// servePrivate serves mux on addr, a listener apart from the app's, until
// stop is called. Config has checked the address (DEBUG_ADDR is loopback).
func servePrivate(name, addr string, mux *http.ServeMux, logger *slog.Logger) (stop func(), at net.Addr, err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("listen on %s %s: %w", name, addr, err)
	}
	// No WriteTimeout: a CPU profile or trace streams for as long as asked.
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second,
		ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	go func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			logger.Warn("private listener stopped", "name", name, "err", err)
		}
	}()
	return func() { _ = srv.Close() }, ln.Addr(), nil // at exit: nothing left to tell anyone
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
