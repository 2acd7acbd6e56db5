// Package sweep runs the periodic clean-ups every instance takes part in:
// expired drafts, finished rate-limit windows and orphaned stored share
// pages. Each pass takes an
// advisory lock in the store, so with N instances on one database one of
// them does the work and the others skip that pass.
package sweep

import (
	"context"
	"log/slog"
	"time"

	"github.com/crossroads/crossroads/internal/metrics"
	"github.com/crossroads/crossroads/internal/store"
)

// Sweeper holds what the passes need.
type Sweeper struct {
	Store   *store.Store
	Logger  *slog.Logger
	Metrics *metrics.Metrics
	// DraftTTL is how long an untouched unfinished assessment is kept.
	DraftTTL time.Duration
	// Window is the rate-limit window whose finished predecessors are cleared.
	Window time.Duration
}

// Every runs pass now and then at every interval until ctx ends.
func Every(ctx context.Context, interval time.Duration, pass func(context.Context)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		pass(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Drafts deletes expired drafts once, unless another instance is at it.
func (s Sweeper) Drafts(ctx context.Context) {
	n, swept, err := s.Store.DeleteStaleDrafts(ctx, s.DraftTTL)
	s.Metrics.DraftSweep(s.outcome(ctx, "draft sweep", swept, err), n)
	if swept && n > 0 {
		s.Logger.Info("expired unfinished drafts deleted", "count", n, "older_than", s.DraftTTL)
	}
}

// RateLimitWindows deletes counters no limit can read any more, once,
// unless another instance is at it.
func (s Sweeper) RateLimitWindows(ctx context.Context) {
	n, swept, err := s.Store.DeleteOldRateLimitWindows(ctx, s.Window)
	s.Metrics.RateLimitWindowSweep(s.outcome(ctx, "rate-limit window sweep", swept, err), n)
}

// OrphanSharePages deletes stored share pages whose row is gone, once,
// unless another instance is at it. Deletion takes a row's page with it;
// this catches any that escaped (stored before the insert locked its row).
func (s Sweeper) OrphanSharePages(ctx context.Context) {
	n, swept, err := s.Store.DeleteOrphanShareRenders(ctx)
	s.Metrics.OrphanSharePageSweep(s.outcome(ctx, "orphaned share page sweep", swept, err), n)
	if swept && n > 0 {
		s.Logger.Info("orphaned stored share pages deleted", "count", n)
	}
}

// outcome names what a pass did and logs a failure, which the next pass
// retries; a pass cut short by shutdown is not a failure worth a warning.
func (s Sweeper) outcome(ctx context.Context, what string, swept bool, err error) string {
	switch {
	case err != nil:
		if ctx.Err() == nil {
			s.Logger.Warn(what+" failed; will retry", "err", err)
		}
		return metrics.Failed
	case swept:
		return metrics.Swept
	default:
		return metrics.Skipped
	}
}
