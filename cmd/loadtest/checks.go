package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// probeRateLimit sends limit+1 invalid writes (answered 422 when allowed)
// from one fresh client, each to the next instance: exactly one, the last,
// must be refused, however many instances share the count.
func (l *load) probeRateLimit(ctx context.Context, stdout io.Writer, limit int) bool {
	const client = "198.19.255.254" // no assessment of the load uses it
	statuses := map[int]int{}
	lastRefused := false
	for i := range limit + 1 {
		resp, _, err := l.send(ctx, l.pick(), http.MethodPost, "/assessments", client, url.Values{"hustle-hours": {"x"}})
		if err != nil {
			say(stdout, "rate limit: write %d failed: %v\n", i+1, err)
			return false
		}
		statuses[resp.StatusCode]++
		lastRefused = resp.StatusCode == http.StatusTooManyRequests
	}
	say(stdout, "rate limit: %d writes from one client over %d instances: %d answered 422 (allowed), %d × 429\n",
		limit+1, len(l.instances), statuses[http.StatusUnprocessableEntity], statuses[http.StatusTooManyRequests])
	return lastRefused && statuses[http.StatusTooManyRequests] == 1 && statuses[http.StatusUnprocessableEntity] == limit
}

// insertStaleDrafts adds n unfinished assessments untouched for 31 days
// (past the default DRAFT_TTL), for the sweepers to find.
func insertStaleDrafts(ctx context.Context, conn *pgx.Conn, n int) error {
	if n == 0 {
		return nil
	}
	_, err := conn.Exec(ctx, `
		INSERT INTO assessments (edit_hash, share_id, questionnaire_version, updated_at)
		SELECT sha256(convert_to($1 || i, 'UTF8')), 'stale' || lpad(i::text, 17, '0'), 'loadtest', now() - interval '31 days'
		FROM generate_series(1, $2) AS i`, rand.Text(), n)
	if err != nil {
		return fmt.Errorf("insert stale drafts: %w", err)
	}
	return nil
}

// waitForSweep waits for the instances' sweepers to delete the n expired
// drafts.
func waitForSweep(ctx context.Context, stdout io.Writer, conn *pgx.Conn, n int) bool {
	deadline := time.Now().Add(10 * time.Second)
	for {
		var left int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM assessments WHERE questionnaire_version = 'loadtest'`).Scan(&left); err != nil {
			say(stdout, "drafts swept: cannot count: %v\n", err)
			return false
		}
		if left == 0 {
			return true
		}
		if time.Now().After(deadline) {
			say(stdout, "drafts swept: %d of %d expired drafts still there after 10 s\n", left, n)
			return false
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// reportSweeps checks that the instances' deletions add up to exactly the n
// expired drafts, and shows who swept and who skipped.
func reportSweeps(stdout io.Writer, scrapes []string, n int) bool {
	var total float64
	var per []string
	for i, s := range scrapes {
		d := sumSeries(s, "crossroads_drafts_swept_total", "")
		total += d
		per = append(per, fmt.Sprintf("instance %d deleted %.0f in %.0f passes and skipped %.0f while another held the lock",
			i+1, d, sumSeries(s, "crossroads_sweeps_total", `job="drafts",outcome="swept"`),
			sumSeries(s, "crossroads_sweeps_total", `job="drafts",outcome="skipped"`)))
	}
	say(stdout, "drafts swept: %.0f of %d expired drafts (%s)\n", total, n, strings.Join(per, "; "))
	return total == float64(n)
}

// scrapeAll reads each instance's /metrics.
func scrapeAll(urls []string) ([]string, error) {
	var out []string
	for _, u := range urls {
		resp, err := http.Get(u + "/metrics")
		if err != nil {
			return nil, fmt.Errorf("scrape %s: %w", u, err)
		}
		b, err := io.ReadAll(resp.Body)
		_ = resp.Body.Close() // the status was all it had to say
		if err != nil || resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("scrape %s: %d %v", u, resp.StatusCode, err)
		}
		out = append(out, string(b))
	}
	return out, nil
}

// sumSeries adds up the samples of metric name whose labels contain filter.
func sumSeries(text, name, filter string) float64 {
	var sum float64
	for _, line := range strings.Split(text, "\n") {
		rest, ok := strings.CutPrefix(line, name)
		if !ok || (rest != "" && rest[0] != '{' && rest[0] != ' ') || !strings.Contains(rest, filter) {
			continue
		}
		if v, err := strconv.ParseFloat(rest[strings.LastIndexByte(rest, ' ')+1:], 64); err == nil {
			sum += v
		}
	}
	return sum
}

// quantile estimates the q-quantile of a latency histogram series from its
// cumulative buckets: the upper bound of the first bucket holding q of it.
func quantile(text, name, labels string, q float64) string {
	type bucket struct{ le, count float64 }
	var buckets []bucket
	for _, line := range strings.Split(text, "\n") {
		rest, ok := strings.CutPrefix(line, name+"_bucket{"+labels+`,le="`)
		if !ok {
			continue
		}
		le, count, _ := strings.Cut(rest, `"} `)
		l, _ := strconv.ParseFloat(le, 64) // "+Inf" parses as infinity
		c, _ := strconv.ParseFloat(count, 64)
		buckets = append(buckets, bucket{l, c})
	}
	if len(buckets) == 0 {
		return "?"
	}
	sort.Slice(buckets, func(i, j int) bool { return buckets[i].le < buckets[j].le })
	total := buckets[len(buckets)-1].count
	seconds := func(le float64) string { return time.Duration(le * float64(time.Second)).String() }
	for i, b := range buckets {
		if b.count < q*total {
			continue
		}
		if math.IsInf(b.le, 1) {
			if i == 0 {
				return "?"
			}
			return "> " + seconds(buckets[i-1].le)
		}
		return "≤ " + seconds(b.le)
	}
	return "?"
}

// reportMetrics prints what each instance's /metrics says of the load and
// checks that the counts are by route pattern and carry no capability.
func (l *load) reportMetrics(stdout io.Writer, scrapes []string) bool {
	ok := true
	step := `method="POST",route="/a/{secret}/step/{n}"`
	share := `method="GET",route="/r/{id}"`
	for i, s := range scrapes {
		say(stdout, "metrics, instance %d: %.0f requests, %.0f × 5xx, %.0f × 429; POST /a/{secret}/step/{n} %.0f (p50 %s, p99 %s); GET /r/{id} %.0f (p99 %s); pool waits %.0f of %.0f acquires\n",
			i+1, sumSeries(s, "crossroads_http_requests_total", ""), sumSeries(s, "crossroads_http_requests_total", `status="5`),
			sumSeries(s, "crossroads_rate_limit_rejections_total", ""),
			sumSeries(s, "crossroads_http_requests_total", step), quantile(s, "crossroads_http_request_duration_seconds", step, .5),
			quantile(s, "crossroads_http_request_duration_seconds", step, .99),
			sumSeries(s, "crossroads_http_requests_total", share), quantile(s, "crossroads_http_request_duration_seconds", share, .99),
			sumSeries(s, "crossroads_db_pool_empty_acquires_total", ""), sumSeries(s, "crossroads_db_pool_acquires_total", ""))
		if sumSeries(s, "crossroads_http_requests_total", step) == 0 {
			say(stdout, "metrics, instance %d: no count under the route pattern /a/{secret}/step/{n}\n", i+1)
			ok = false
		}
	}
	leaked := 0
	all := strings.Join(scrapes, "\n")
	for _, secret := range l.secrets {
		if strings.Contains(all, secret) {
			leaked++
		}
	}
	say(stdout, "metrics: %d capabilities handed out, %d found in /metrics\n", len(l.secrets), leaked)
	return ok && leaked == 0
}
