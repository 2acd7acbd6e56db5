package main

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The share page against the stored-bytes floor, side by side (issue 27):
// .ci/bench runs the server and a floor serving the server's own stored
// pages at the same time, and wrk alternates between them, A B A B, one
// round per pair of runs, so that whatever else the machine runs weighs on
// both alike. Runs are named ab-{share,floor}-{gzip,identity}-r{N}.

// abRound is one round: the server's run and the floor's right after it,
// then (when run) the floor's that also sends the share page's header
// fields (withHeaders, zero without).
type abRound struct {
	round        int
	encoding     string
	share, floor wrkResult
	withHeaders  wrkResult
}

func (r abRound) ratio() float64 { return r.share.rps() / r.floor.rps() }

func (r abRound) p99Ratio() float64 { return float64(r.share.P99Us) / float64(r.floor.P99Us) }

var abRunName = regexp.MustCompile(`^ab-share-(gzip|identity)-r([0-9]+)$`)

// sideBySide pairs the rounds found among a run's wrk results, in order of
// encoding (gzip first, as browsers ask) and round.
func sideBySide(results map[string]map[int]wrkResult, conns int) []abRound {
	var rounds []abRound
	for name, byConns := range results {
		m := abRunName.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		share, ok1 := byConns[conns]
		floor, ok2 := results["ab-floor-"+m[1]+"-r"+m[2]][conns]
		if !ok1 || !ok2 || share.rps() == 0 || floor.rps() == 0 || floor.P99Us == 0 {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		rounds = append(rounds, abRound{round: n, encoding: m[1], share: share, floor: floor,
			withHeaders: results["ab-floorh-"+m[1]+"-r"+m[2]][conns]})
	}
	slices.SortFunc(rounds, func(a, b abRound) int {
		if a.encoding != b.encoding {
			return strings.Compare(a.encoding, b.encoding) // "gzip" < "identity"
		}
		return a.round - b.round
	})
	return rounds
}

// abMedians is the median over one encoding's rounds of the throughput
// ratio and of the p99 ratio, and how many rounds there were.
func abMedians(rounds []abRound, encoding string) (ratio, p99Ratio float64, n int) {
	var ratios, p99s []float64
	for _, r := range rounds {
		if r.encoding == encoding {
			ratios = append(ratios, r.ratio())
			p99s = append(p99s, r.p99Ratio())
		}
	}
	return median(ratios), median(p99s), len(ratios)
}

// headersPrice is the median over one encoding's rounds of the floor's
// throughput with the share page's header fields as a share of its
// throughput without them; 0 when that floor did not run.
func headersPrice(rounds []abRound, encoding string) float64 {
	var ratios []float64
	for _, r := range rounds {
		if r.encoding == encoding && r.withHeaders.rps() > 0 {
			ratios = append(ratios, r.withHeaders.rps()/r.floor.rps())
		}
	}
	return median(ratios)
}

// median of xs (the mean of the middle two for an even count); 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// pprofCum is a CPU profile read from `go tool pprof -top -cum` text: the
// total sampled CPU and each function's cumulative CPU.
type pprofCum struct {
	total time.Duration
	cum   map[string]time.Duration
}

var (
	pprofTotal = regexp.MustCompile(`Total samples = ([0-9.]+(?:ms|s|us|µs|ns)?)`)
	// flat  flat%  sum%  cum  cum%  function
	pprofRow = regexp.MustCompile(`^\s*[0-9.]+(?:ms|s|us|µs|ns)?\s+[0-9.]+%\s+[0-9.]+%\s+([0-9.]+(?:ms|s|us|µs|ns)?)\s+[0-9.]+%\s+(.+)$`)
)

func parsePprofCum(text string) (pprofCum, error) {
	p := pprofCum{cum: map[string]time.Duration{}}
	m := pprofTotal.FindStringSubmatch(text)
	if m == nil {
		return p, fmt.Errorf("no total samples in the profile listing")
	}
	var err error
	if p.total, err = pprofDuration(m[1]); err != nil {
		return p, err
	}
	for line := range strings.SplitSeq(text, "\n") {
		row := pprofRow.FindStringSubmatch(line)
		if row == nil {
			continue
		}
		d, err := pprofDuration(row[1])
		if err != nil {
			return p, err
		}
		p.cum[strings.TrimSuffix(row[2], " (inline)")] = d
	}
	return p, nil
}

// pprofDuration reads pprof's "1.23s", "450ms" or a bare "0".
func pprofDuration(s string) (time.Duration, error) {
	if s == "0" {
		return 0, nil
	}
	return time.ParseDuration(strings.Replace(s, "µs", "us", 1))
}

// gapRow is one part of a share page view's CPU, named by the profile's
// function frames, the same on both sides.
type gapRow struct {
	label string
	// frame is the function whose cumulative CPU the row shows; "" is the
	// whole process.
	frame string
}

// gapRows are chosen to be read together: what both pay (reading the
// request, the query, writing the response), and what only the server
// pays, the handler's remainder (routing, middleware, the tag, the
// headers it sets).
var gapRows = []gapRow{
	{"whole process (all CPU the profile sampled)", ""},
	{"serving connections (`net/http.(*conn).serve`)", "net/http.(*conn).serve"},
	{"reading the request (`net/http.(*conn).readRequest`)", "net/http.(*conn).readRequest"},
	{"the handler, all of it (`net/http.serverHandler.ServeHTTP`)", "net/http.serverHandler.ServeHTTP"},
	{"… the one query (`store.SharedResultWithPage`)", "github.com/crossroads/crossroads/internal/store.(*Store).SharedResultWithPage"},
	{"… writing the response in the handler (`net/http.(*response).Write`)", "net/http.(*response).Write"},
	{"… of which the header block (`net/http.(*chunkWriter).writeHeader`)", "net/http.(*chunkWriter).writeHeader"},
	{"finishing the response (`net/http.(*response).finishRequest`)", "net/http.(*response).finishRequest"},
	{"garbage collection (`runtime.gcBgMarkWorker`)", "runtime.gcBgMarkWorker"},
}

// perRequest is a profile's CPU for frame per request answered at rps
// during a profile of the given length.
func (p pprofCum) perRequest(frame string, rps float64, length time.Duration) time.Duration {
	d := p.total
	if frame != "" {
		d = p.cum[frame]
	}
	if rps <= 0 {
		return 0
	}
	return time.Duration(float64(d) / (rps * length.Seconds()))
}

// handlerOwn is the handler's CPU per request less the query and the
// response writes: routing, middleware and what the handler itself does.
func (p pprofCum) handlerOwn(rps float64, length time.Duration) time.Duration {
	return p.perRequest("net/http.serverHandler.ServeHTTP", rps, length) -
		p.perRequest("github.com/crossroads/crossroads/internal/store.(*Store).SharedResultWithPage", rps, length) -
		p.perRequest("net/http.(*response).Write", rps, length)
}

// writeSideBySide writes the rounds and their medians.
func writeSideBySide(p func(string, ...any), rounds []abRound) {
	p("\n#### Share page against the stored-bytes floor, side by side\n\n")
	p("Issue 27's judgement. The floor (`bench floor -stored-build-of`) serves the server's own stored pages, the rows its first views stored: it validates the id, runs `store.SharedResultWithPage` (the one query a stored share page makes) through the same pool settings and garbage-collector defaults, and writes the stored gzip bytes (decompressed for a client without gzip) with their length; no router, middleware, logging or ETag. It runs beside the server, and wrk takes turns at %d connections, so that whatever else the machine runs weighs on all alike; each row is one round: the server's run, the floor's, then that of the same floor sending the share page's header fields too (`-headers-from`: the security headers, Cache-Control, ETag, Vary, X-Robots-Tag, copied from one of the server's responses), which prices those fields on their own.\n\n", targetConnections)
	p("| encoding | round | share requests/s | floor requests/s | share / floor | share p99 | floor p99 | p99 share / floor | share CPU/request | floor CPU/request | floor with the page's headers: requests/s | CPU/request |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, r := range rounds {
		p("| %s | %d | %s | %s | %s | %s | %s | %.2f× | %s | %s | %s | %s |\n", r.encoding, r.round, num(r.share.rps()), num(r.floor.rps()), pct(r.ratio()),
			us(r.share.P99Us), us(r.floor.P99Us), r.p99Ratio(), cpu(r.share.CPUPerRequest), cpu(r.floor.CPUPerRequest),
			rpsOrDash(r.withHeaders), cpu(r.withHeaders.CPUPerRequest))
	}
	for _, enc := range []string{"gzip", "identity"} {
		if ratio, p99, n := abMedians(rounds, enc); n > 0 {
			p("| %s | **median** | | | **%s** | | | **%.2f×** | | | | |\n", enc, pct(ratio), p99)
		}
	}
	for _, enc := range []string{"gzip", "identity"} {
		if price := headersPrice(rounds, enc); price > 0 {
			p("\nWith the share page's header fields the floor itself serves %s of its requests/s (%s, median of its rounds).", pct(price), enc)
		}
	}
	p("\n")
}

// profileLength is how long .ci/bench profiles each side (seconds=10).
const profileLength = 10 * time.Second

// writeGap writes where a share page view's CPU goes on each side, from
// the two profiles .ci/bench takes after the rounds, per request answered.
func writeGap(p func(string, ...any), read func(string) string) {
	share, err1 := parsePprofCum(read("ab-share-gzip-cum.txt"))
	floor, err2 := parsePprofCum(read("ab-floor-gzip-cum.txt"))
	shareRun, err3 := parseWrk(read("ab-share-gzip-profiled-wrk.out"))
	floorRun, err4 := parseWrk(read("ab-floor-gzip-profiled-wrk.out"))
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return // profiles are opt-in (BENCH_PROFILE)
	}
	sr, fr := shareRun.rps(), floorRun.rps()
	p("\n#### Where the difference goes\n\nCPU profiles of the server and of the floor (gzip, %d connections, %s each, on extra runs that are not measured), as CPU time per request answered during the profile (%s and %s requests/s). A row's frame includes what it calls; the \"…\" rows are inside the handler.\n\n", targetConnections, profileLength, num(sr), num(fr))
	p("| part of a view | server | floor | difference |\n| --- | ---: | ---: | ---: |\n")
	for _, row := range gapRows {
		s, f := share.perRequest(row.frame, sr, profileLength), floor.perRequest(row.frame, fr, profileLength)
		p("| %s | %s | %s | %s |\n", row.label, cpu(s), cpu(f), signed(s-f))
	}
	s, f := share.handlerOwn(sr, profileLength), floor.handlerOwn(fr, profileLength)
	p("| … the handler less the query and the response writes: routing, middleware, the request line, metrics, headers, the tag | %s | %s | %s |\n", cpu(s), cpu(f), signed(s-f))
}

// rpsOrDash is w's requests/s, or a dash for a run that did not happen.
func rpsOrDash(w wrkResult) string {
	if w.rps() == 0 {
		return "–"
	}
	return num(w.rps())
}

// signed is a CPU difference with its sign.
func signed(d time.Duration) string {
	switch {
	case d == 0:
		return "0"
	case d < 0:
		return "−" + cpu(-d)
	}
	return "+" + cpu(d)
}
