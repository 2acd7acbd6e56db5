package main

import (
	"strings"
	"testing"
	"time"
)

func TestSideBySidePairsEachRoundWithItsFloorRun(t *testing.T) {
	t.Parallel()
	run := func(requests, p99 int64) wrkResult {
		return wrkResult{Requests: requests, DurationUs: 10_000_000, P99Us: p99}
	}
	results := map[string]map[int]wrkResult{
		"ab-share-gzip-r1":     {16: run(80_000, 5_000)},
		"ab-floor-gzip-r1":     {16: run(100_000, 4_000)},
		"ab-floorh-gzip-r1":    {16: run(92_000, 4_000)},
		"ab-floorh-gzip-r2":    {16: run(96_000, 4_000)},
		"ab-share-gzip-r2":     {16: run(95_000, 4_000)},
		"ab-floor-gzip-r2":     {16: run(100_000, 4_000)},
		"ab-share-gzip-r3":     {16: run(90_000, 4_400)},
		"ab-floor-gzip-r3":     {16: run(100_000, 4_000)},
		"ab-share-identity-r1": {16: run(60_000, 6_000)},
		// No floor run for identity round 2: not a round.
		"ab-share-identity-r2": {16: run(60_000, 6_000)},
		"ab-floor-identity-r1": {16: run(100_000, 5_000)},
		"share-gzip":           {16: run(1, 1)},
	}
	rounds := sideBySide(results, 16)
	var got []string
	for _, r := range rounds {
		got = append(got, r.encoding+"-"+string(rune('0'+r.round)))
	}
	if strings.Join(got, " ") != "gzip-1 gzip-2 gzip-3 identity-1" {
		t.Fatalf("rounds %v, want gzip 1–3 then identity 1", got)
	}
	ratio, p99, n := abMedians(rounds, "gzip")
	if n != 3 || ratio != 0.90 || p99 != 1.10 {
		t.Errorf("gzip medians = %.3f, %.3f over %d rounds; want 0.90, 1.10 over 3 (the middle round of each)", ratio, p99, n)
	}
	if _, _, n := abMedians(rounds, "br"); n != 0 {
		t.Errorf("an encoding without rounds has %d", n)
	}
	// The header fields' price: 0.92 and 0.96 in the rounds that ran it.
	if got := headersPrice(rounds, "gzip"); got < 0.9399 || got > 0.9401 {
		t.Errorf("headers' price %.4f, want 0.94 (the median of the two rounds that ran it)", got)
	}
	if got := headersPrice(rounds, "identity"); got != 0 {
		t.Errorf("headers' price without such runs %.2f, want 0", got)
	}
}

func TestMedian(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		if got := median(tc.xs); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.xs, got, tc.want)
		}
	}
}

// A listing as `go tool pprof -top -cum` prints it.
const cumListing = `File: crossroads
Type: cpu
Duration: 10s, Total samples = 9.35s (93.50%)
Showing nodes accounting for 4.52s, 48.34% of 9.35s total
      flat  flat%   sum%        cum   cum%
     0.02s  0.21%  0.21%      8.59s 91.87%  net/http.(*conn).serve
         0     0%  0.21%      6.71s 71.76%  net/http.serverHandler.ServeHTTP
         0     0% 43.42%      2.75s 29.41%  github.com/crossroads/crossroads/internal/store.(*Store).SharedResultWithPage
         0     0% 43.74%      2.03s 21.71%  net/http.(*response).Write
     0.01s  0.11% 44.49%      1.24s 13.26%  github.com/jackc/pgx/v5/pgconn.(*PgConn).flushWithPotentialWriteReadDeadlock
         0     0% 45.35%     40ms  0.43%  syscall.Read (inline)
`

func TestParsePprofCumReadsCPUPerRequest(t *testing.T) {
	t.Parallel()
	p, err := parsePprofCum(cumListing)
	if err != nil {
		t.Fatal(err)
	}
	if p.total != 9350*time.Millisecond {
		t.Errorf("total %v, want 9.35s", p.total)
	}
	if p.cum["syscall.Read"] != 40*time.Millisecond {
		t.Errorf("an inline frame's cum %v, want 40ms under its name without (inline)", p.cum["syscall.Read"])
	}
	// 1,000 requests/s over 10 s: 10,000 requests.
	if got := p.perRequest("net/http.(*conn).serve", 1000, 10*time.Second); got != 859*time.Microsecond {
		t.Errorf("conn.serve per request %v, want 859µs", got)
	}
	if got := p.perRequest("", 1000, 10*time.Second); got != 935*time.Microsecond {
		t.Errorf("whole process per request %v, want 935µs", got)
	}
	// 6.71 s − 2.75 s − 2.03 s = 1.93 s.
	if got := p.handlerOwn(1000, 10*time.Second); got != 193*time.Microsecond {
		t.Errorf("handler's own per request %v, want 193µs", got)
	}
	if _, err := parsePprofCum("no profile here"); err == nil {
		t.Error("a listing without its total was read")
	}
}
