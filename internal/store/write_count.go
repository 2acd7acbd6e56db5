package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// WriteCount is one write to count against a client's limit in the same
// round trip as the read of the document it writes to. A form post to an
// edit link reads the document, then writes it: counting the write on its
// own would make that three round trips, one over every page's budget.
type WriteCount struct {
	client int64
	limit  int
	window int64
	wait   time.Duration
	// sent is set once a read has carried the count; allowed and err are
	// what it found.
	sent    bool
	allowed bool
	err     error
}

type writeCountKey struct{}

// CountWriteWithRead returns ctx carrying a count of one write by client
// against limit writes per window, as CountWrite would make. The next read
// of a document by its edit hash made with that context sends the count
// and the read to PostgreSQL in one batch; Verdict then says what the
// count found. Only those reads carry it, never a write, so the count
// always comes before anything is written. The batch gets at most wait,
// so a stuck counter cannot hold the request; it is one transaction, so
// when the count fails the read does too, and is made again on its own
// (the limit fails open).
func CountWriteWithRead(ctx context.Context, client string, limit int, window, wait time.Duration) (context.Context, *WriteCount) {
	c := &WriteCount{client: clientKey(client), limit: limit, window: int64(window / time.Second), wait: wait}
	return context.WithValue(ctx, writeCountKey{}, c), c
}

// CountedApart records that the write was counted on its own (CountWrite)
// because no read carried it, so no later read on the context counts it
// again.
func (c *WriteCount) CountedApart() { c.sent = true }

// Verdict reports whether a read carried the count (sent) and, if so,
// whether the write is within the limit. An error means the counters
// could not be reached; the read was then made again without them.
func (c *WriteCount) Verdict() (sent, allowed bool, err error) {
	return c.sent, c.allowed, c.err
}

// editRead runs the single-row read of a document by its edit hash,
// carrying the write count ctx holds, if any is still to be sent, in one
// batch: the count first, so it is in place before the handler writes.
func (s *Store) editRead(ctx context.Context, sql string, args ...any) pgx.Row {
	c, _ := ctx.Value(writeCountKey{}).(*WriteCount)
	if c == nil || c.sent {
		return s.pool.QueryRow(ctx, sql, args...)
	}
	c.sent = true
	b := &pgx.Batch{}
	b.Queue(countWriteSQL, c.client, c.window, c.limit)
	b.Queue(sql, args...)
	// A deadline of its own, not a lock_timeout: a counter table locked by
	// a stuck writer holds even the statement's preparation, before any
	// setting in the batch would run.
	bctx, cancel := context.WithTimeout(ctx, c.wait)
	return countedRow{s: s, ctx: ctx, sql: sql, args: args, results: s.pool.SendBatch(bctx, b), count: c, cancel: cancel}
}

// countedRow is the read's row from a batch that counted a write first.
type countedRow struct {
	s       *Store
	ctx     context.Context
	sql     string
	args    []any
	results pgx.BatchResults
	count   *WriteCount
	cancel  context.CancelFunc
}

func (r countedRow) Scan(dest ...any) error {
	defer r.cancel()
	var hits int
	r.count.allowed, r.count.err = countVerdict(r.results.QueryRow().Scan(&hits))
	err := r.results.QueryRow().Scan(dest...)
	if cerr := r.results.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if r.count.err != nil && r.ctx.Err() == nil {
		// The batch is one transaction, so the failed count failed the
		// read too. The limit fails open: read again, on its own.
		return r.s.pool.QueryRow(r.ctx, r.sql, r.args...).Scan(dest...)
	}
	return err
}
