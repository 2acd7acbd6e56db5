// Command loadtest submits N complete assessments concurrently against one
// or more running Crossroads instances (requests round-robin over them),
// then checks that exactly N were stored, that no request got a 5xx and
// that every share link opened on an instance other than the one that
// showed it. With -rate-limit it also checks that one client's limit holds
// across the instances, with -stale-drafts that expired drafts are swept
// exactly once, and with -metrics-url that /metrics counts the load by
// route pattern and shows no secret. `make loadtest` starts the instances
// on a fresh database and runs it.
//
//	loadtest -url http://127.0.0.1:8089,http://127.0.0.1:8090 -n 2000 -c 64 -database-url postgres://…
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
	"path/filepath"
	"regexp"
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
	completed, serverErrors, otherFailures, sharedAcross atomic.Int64
	firstFailure                                         atomic.Value
}

func (t *tally) fail(err error) {
	t.otherFailures.Add(1)
	t.firstFailure.CompareAndSwap(nil, err.Error())
}

// expectOK counts a 5xx and reports any answer but 200.
func (t *tally) expectOK(resp *http.Response, what string) error {
	if resp.StatusCode == http.StatusOK {
		return nil
	}
	if resp.StatusCode >= 500 {
		t.serverErrors.Add(1)
	}
	return fmt.Errorf("%s: status %d", what, resp.StatusCode)
}

// load is one run's fixed inputs.
type load struct {
	client       *http.Client
	instances    []string
	next         atomic.Uint64 // round-robin position
	clientHeader string
	def          questionnaire.Definition

	secretsMu sync.Mutex
	secrets   []string // every capability handed out, to look for in /metrics
}

// pick is the next instance in round-robin order.
func (l *load) pick() int { return int(l.next.Add(1)-1) % len(l.instances) }

func (l *load) keep(secret string) {
	l.secretsMu.Lock()
	l.secrets = append(l.secrets, secret)
	l.secretsMu.Unlock()
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	urls := fs.String("url", "http://127.0.0.1:8089", "instances to load, comma-separated; requests go round-robin")
	metricsURLs := fs.String("metrics-url", "", "each instance's metrics listener, comma-separated, to scrape after the load")
	metricsDir := fs.String("metrics-dir", "", "if set, keep each instance's scrape there as metrics-instance-N.txt")
	n := fs.Int("n", 2000, "complete assessments to submit")
	c := fs.Int("c", 64, "concurrent clients")
	dbURL := fs.String("database-url", "", "the instances' database, to count what was stored (required)")
	clientHeader := fs.String("client-header", "", "header the instances trust for the client address (their TRUSTED_PROXY_HEADER); each assessment then comes from its own address")
	rateLimit := fs.Int("rate-limit", 0, "the instances' RATE_LIMIT_WRITES; above 0, one client sends that many writes plus one, spread over the instances, and exactly one must be refused")
	staleDrafts := fs.Int("stale-drafts", 0, "expired drafts to insert before the load; the instances' sweepers must delete each exactly once")
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
	if *rateLimit > 0 && *clientHeader == "" {
		return errors.New("-rate-limit needs -client-header, or the whole load shares one client's limit")
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	l := &load{
		client: &http.Client{
			Timeout:       30 * time.Second,
			Transport:     &http.Transport{MaxIdleConns: *c, MaxIdleConnsPerHost: *c},
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		instances:    strings.Split(*urls, ","),
		clientHeader: *clientHeader,
		def:          questionnaire.Default(),
	}
	conn, err := pgx.Connect(ctx, *dbURL)
	if err != nil {
		return fmt.Errorf("connect to count: %w", err)
	}
	defer func() { _ = conn.Close(context.Background()) }() // at exit; the report is written
	before, err := countFinished(ctx, conn)
	if err != nil {
		return err
	}
	if err := insertStaleDrafts(ctx, conn, *staleDrafts); err != nil {
		return err
	}

	var t tally
	jobs := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for w := range *c {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(w), uint64(time.Now().UnixNano())))
			for i := range jobs {
				if err := l.submitOne(ctx, i, rng, &t); err != nil {
					t.fail(err)
				}
			}
		})
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

	after, err := countFinished(context.Background(), conn)
	if err != nil {
		return err
	}
	stored := after - before
	ok := true
	check := func(good bool) {
		ok = ok && good
	}
	say(stdout, "instances: %d (%s), requests round-robin\n", len(l.instances), strings.Join(l.instances, ", "))
	say(stdout, "submitted %d complete assessments with %d clients in %s (%.0f assessments/s, %.0f requests/s)\n",
		*n, *c, elapsed.Round(time.Millisecond), float64(*n)/elapsed.Seconds(),
		float64(*n*(len(l.def.Sections)+2))/elapsed.Seconds())
	say(stdout, "stored: %d of %d\n", stored, *n)
	say(stdout, "5xx responses: %d\n", t.serverErrors.Load())
	say(stdout, "share links opened on another instance: %d of %d\n", t.sharedAcross.Load(), *n)
	if f := t.firstFailure.Load(); f != nil {
		say(stdout, "other failures: %d (first: %s)\n", t.otherFailures.Load(), f)
	}
	check(stored == int64(*n) && t.serverErrors.Load() == 0 && t.otherFailures.Load() == 0 && t.sharedAcross.Load() == int64(*n))

	if *rateLimit > 0 {
		check(l.probeRateLimit(ctx, stdout, *rateLimit))
	}
	if *staleDrafts > 0 {
		check(waitForSweep(ctx, stdout, conn, *staleDrafts))
	}
	if *metricsURLs != "" {
		scrapes, err := scrapeAll(strings.Split(*metricsURLs, ","))
		if err != nil {
			return err
		}
		for i, text := range scrapes {
			if *metricsDir == "" {
				break
			}
			if err := os.WriteFile(filepath.Join(*metricsDir, fmt.Sprintf("metrics-instance-%d.txt", i+1)), []byte(text), 0o644); err != nil {
				return err
			}
		}
		if *staleDrafts > 0 {
			check(reportSweeps(stdout, scrapes, *staleDrafts))
		}
		check(l.reportMetrics(stdout, scrapes))
	}
	if !ok {
		return fmt.Errorf("FAIL: want exactly %d stored, no 5xx, no failures and every check above met", *n)
	}
	say(stdout, "OK: every assessment stored once, no 5xx, every check met"+"\n")
	return nil
}

// shareURLRE finds the share link on the result page.
var shareURLRE = regexp.MustCompile(`href="https?://[^/"]+(/r/[A-Za-z0-9_-]{22})"`)

// submitOne walks all six pages as a browser would, each on the next
// instance, expects to land on the result, reads it and opens its share
// link on the instance after the one that showed it.
func (l *load) submitOne(ctx context.Context, i int, rng *rand.Rand, t *tally) error {
	client := clientAddr(i)
	path := "/assessments"
	for p, sec := range l.def.Sections {
		form := url.Values{"action": {"next"}}
		for _, q := range sec.Questions {
			form[q.ID] = answer(q, rng)
		}
		resp, _, err := l.send(ctx, l.pick(), http.MethodPost, path, client, form)
		if err != nil {
			return err
		}
		if resp.StatusCode >= 500 {
			t.serverErrors.Add(1)
			return fmt.Errorf("page %d: status %d", p+1, resp.StatusCode)
		}
		if resp.StatusCode != http.StatusSeeOther {
			return fmt.Errorf("page %d: status %d, want 303", p+1, resp.StatusCode)
		}
		path = resp.Header.Get("Location")
		if p == 0 {
			path = strings.TrimSuffix(path, "?saved=new")
			l.keep(strings.Split(strings.TrimPrefix(path, "/a/"), "/")[0])
		}
	}
	if !strings.HasSuffix(path, "/result") {
		return fmt.Errorf("finished on %q, want the result", path)
	}
	t.completed.Add(1)

	shown := l.pick()
	resp, body, err := l.send(ctx, shown, http.MethodGet, path, client, nil)
	if err != nil {
		return err
	}
	if err := t.expectOK(resp, "result page"); err != nil {
		return err
	}
	m := shareURLRE.FindStringSubmatch(body)
	if m == nil {
		return errors.New("result page shows no share link")
	}
	l.keep(strings.TrimPrefix(m[1], "/r/"))
	resp, _, err = l.send(ctx, (shown+1)%len(l.instances), http.MethodGet, m[1], client, nil)
	if err != nil {
		return err
	}
	if err := t.expectOK(resp, "share link on another instance"); err != nil {
		return err
	}
	t.sharedAcross.Add(1)
	return nil
}

// send makes one request to instance i as client and reads the whole body.
func (l *load) send(ctx context.Context, i int, method, path, client string, form url.Values) (*http.Response, string, error) {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequestWithContext(ctx, method, l.instances[i]+path, body)
	if err != nil {
		return nil, "", err
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if l.clientHeader != "" {
		req.Header.Set(l.clientHeader, client)
	}
	resp, err := l.client.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer func() { _ = resp.Body.Close() }() // read to the end; nothing more to learn
	b, err := io.ReadAll(resp.Body)
	return resp, string(b), err
}

// clientAddr is assessment i's made-up client address, from 198.18.0.0/15
// (set aside for benchmarks). It only ever appears in a header: no packet
// goes there.
func clientAddr(i int) string {
	return fmt.Sprintf("198.%d.%d.%d", 18+(i>>16)&1, (i>>8)&255, i&255)
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

func countFinished(ctx context.Context, conn *pgx.Conn) (int64, error) {
	var n int64
	err := conn.QueryRow(ctx, `SELECT count(*) FROM assessments WHERE completed_at IS NOT NULL AND result IS NOT NULL`).Scan(&n)
	return n, err
}

// say writes one line of the report. The report goes to a terminal or a
// log; if that write fails there is nobody left to tell.
func say(w io.Writer, format string, args ...any) { _, _ = fmt.Fprintf(w, format, args...) }
