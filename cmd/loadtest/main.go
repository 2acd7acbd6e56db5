// Command loadtest submits N complete assessments concurrently against a
// running Crossroads server, then checks that exactly N were stored and that
// no request got a 5xx. `make loadtest` starts a server on a fresh database
// and runs it.
//
//	loadtest -url http://127.0.0.1:8089 -n 2000 -c 64 -database-url postgres://…
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

type tally struct {
	completed, serverErrors, otherFailures atomic.Int64
	firstFailure                           atomic.Value
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	base := fs.String("url", "http://127.0.0.1:8089", "server to load")
	n := fs.Int("n", 2000, "complete assessments to submit")
	c := fs.Int("c", 64, "concurrent clients")
	dbURL := fs.String("database-url", "", "the server's database, to count what was stored (required)")
	timeout := fs.Duration("timeout", 10*time.Minute, "give up after this long")
	recreate := fs.Bool("recreate-database", false, "drop and create the -database-url database, then exit (for a fresh, exact count)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *recreate {
		return store.RecreateScratchDatabase(context.Background(), *dbURL, "_loadtest")
	}
	if *dbURL == "" || *n < 1 || *c < 1 {
		return errors.New("need -database-url, -n ≥ 1 and -c ≥ 1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	before, err := countFinished(ctx, *dbURL)
	if err != nil {
		return err
	}
	client := &http.Client{
		Timeout:       30 * time.Second,
		Transport:     &http.Transport{MaxIdleConns: *c, MaxIdleConnsPerHost: *c},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	def := questionnaire.Default()
	var t tally
	jobs := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for w := range *c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), uint64(time.Now().UnixNano())))
			for range jobs {
				if err := submitOne(ctx, client, *base, def, rng, &t); err != nil {
					t.otherFailures.Add(1)
					t.firstFailure.CompareAndSwap(nil, err.Error())
				}
			}
		}()
	}
	for i := range *n {
		select {
		case jobs <- i:
		case <-ctx.Done():
		}
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)

	after, err := countFinished(context.Background(), *dbURL)
	if err != nil {
		return err
	}
	stored := after - before
	w := &reportWriter{w: stdout}
	w.printf("submitted %d complete assessments with %d clients in %s (%.0f assessments/s, %.0f requests/s)\n",
		*n, *c, elapsed.Round(time.Millisecond), float64(*n)/elapsed.Seconds(), float64(*n*len(def.Sections))/elapsed.Seconds())
	w.printf("stored: %d of %d\n", stored, *n)
	w.printf("5xx responses: %d\n", t.serverErrors.Load())
	if f := t.firstFailure.Load(); f != nil {
		w.printf("other failures: %d (first: %s)\n", t.otherFailures.Load(), f)
	}
	if stored != int64(*n) || t.serverErrors.Load() != 0 || t.otherFailures.Load() != 0 {
		return fmt.Errorf("FAIL: want exactly %d stored and no errors", *n)
	}
	w.printf("OK: every assessment stored, no 5xx\n")
	return w.err
}

// submitOne walks all six pages as a browser would and expects to land on
// the result.
func submitOne(ctx context.Context, client *http.Client, base string, def questionnaire.Definition, rng *rand.Rand, t *tally) error {
	path := "/assessments"
	for i, sec := range def.Sections {
		form := url.Values{"action": {"next"}}
		for _, q := range sec.Questions {
			form[q.ID] = answer(q, rng)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+path, strings.NewReader(form.Encode()))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		_, _ = io.Copy(io.Discard, resp.Body) // drained only so the connection is reused
		_ = resp.Body.Close()
		if resp.StatusCode >= 500 {
			t.serverErrors.Add(1)
			return fmt.Errorf("page %d: status %d", i+1, resp.StatusCode)
		}
		if resp.StatusCode != http.StatusSeeOther {
			return fmt.Errorf("page %d: status %d, want 303", i+1, resp.StatusCode)
		}
		path = resp.Header.Get("Location")
		if i == 0 {
			path = strings.TrimSuffix(path, "?saved=new")
		}
	}
	if !strings.HasSuffix(path, "/result") {
		return fmt.Errorf("finished on %q, want the result", path)
	}
	t.completed.Add(1)
	return nil
}

// answer is a random valid answer, so the server scores varied people.
func answer(q questionnaire.Question, rng *rand.Rand) []string {
	switch q.Kind {
	case questionnaire.Scale, questionnaire.Number:
		return []string{strconv.Itoa(q.Min + rng.IntN(q.Max-q.Min+1))}
	case questionnaire.Single, questionnaire.Multi:
		return []string{q.Options[rng.IntN(len(q.Options))].Value}
	default:
		return []string{"Load test answer " + strconv.Itoa(rng.IntN(1000))}
	}
}

func countFinished(ctx context.Context, dbURL string) (int64, error) {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return 0, fmt.Errorf("connect to count: %w", err)
	}
	defer func() { _ = conn.Close(ctx) }() // a read-only connection: nothing to lose
	var n int64
	err = conn.QueryRow(ctx, `SELECT count(*) FROM assessments WHERE completed_at IS NOT NULL AND result IS NOT NULL`).Scan(&n)
	return n, err
}

// reportWriter prints the report and keeps the first write error, so a
// report that could not be written fails the run instead of vanishing.
type reportWriter struct {
	w   io.Writer
	err error
}

func (r *reportWriter) printf(format string, args ...any) {
	if r.err == nil {
		_, r.err = fmt.Fprintf(r.w, format, args...)
	}
}
