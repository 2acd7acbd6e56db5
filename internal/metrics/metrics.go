// Package metrics is what an instance tells Prometheus: requests by route
// pattern, latency, requests in flight, database pool pressure, rate-limit
// rejections, the draft sweeper and cache lookups. Every instance has its own
// registry (no globals), served by Handler on a private listener.
package metrics

import (
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds one instance's collectors.
type Metrics struct {
	registry *prometheus.Registry

	requests       *prometheus.CounterVec
	duration       *prometheus.HistogramVec
	inFlight       prometheus.Gauge
	rateLimited    prometheus.Counter
	rateLimitOpen  prometheus.Counter
	sweeps         *prometheus.CounterVec
	draftsSwept    prometheus.Counter
	cacheHits      *prometheus.CounterVec
	cacheMisses    *prometheus.CounterVec
	windowsCleared prometheus.Counter
	orphanPages    prometheus.Counter

	// routes holds each route pattern's curried request series
	// (*routeRequests, ObserveRequest); patterns are few and fixed.
	routes sync.Map
}

// latencyBuckets reach down to a millisecond: a share page renders in well
// under 10 ms, and Prometheus's default buckets start at 5 ms.
var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}

// New registers the app's collectors, Go's runtime and the process's own
// (CPU, memory, open files) on a fresh registry.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := promauto.With(reg)
	return &Metrics{
		registry: reg,
		requests: f.NewCounterVec(prometheus.CounterOpts{
			Name: "crossroads_http_requests_total",
			Help: "Requests answered, by method, chi route pattern (never the raw path: paths carry secrets) and status.",
		}, []string{"method", "route", "status"}),
		duration: f.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "crossroads_http_request_duration_seconds",
			Help:    "Time from the request reaching the router to the handler returning, by method and route pattern.",
			Buckets: latencyBuckets,
		}, []string{"method", "route"}),
		inFlight: f.NewGauge(prometheus.GaugeOpts{
			Name: "crossroads_http_requests_in_flight",
			Help: "Requests being handled right now.",
		}),
		rateLimited: f.NewCounter(prometheus.CounterOpts{
			Name: "crossroads_rate_limit_rejections_total",
			Help: "Form posts refused with 429 because the client went over RATE_LIMIT_WRITES.",
		}),
		rateLimitOpen: f.NewCounter(prometheus.CounterOpts{
			Name: "crossroads_rate_limit_failed_open_total",
			Help: "Form posts let through uncounted because the rate-limit counters could not be reached (those that would create a document are then refused).",
		}),
		sweeps: f.NewCounterVec(prometheus.CounterOpts{
			Name: "crossroads_sweeps_total",
			Help: "Clean-up passes by job (drafts, rate_limit_windows, orphan_share_pages) and outcome: swept, skipped (another instance held the lock) or failed.",
		}, []string{"job", "outcome"}),
		draftsSwept: f.NewCounter(prometheus.CounterOpts{
			Name: "crossroads_drafts_swept_total",
			Help: "Unfinished assessments deleted by this instance for being older than DRAFT_TTL.",
		}),
		orphanPages: f.NewCounter(prometheus.CounterOpts{
			Name: "crossroads_orphan_share_pages_swept_total",
			Help: "Stored share pages deleted by this instance because their row was gone.",
		}),
		windowsCleared: f.NewCounter(prometheus.CounterOpts{
			Name: "crossroads_rate_limit_windows_cleared_total",
			Help: "Finished rate-limit counter rows deleted by this instance.",
		}),
		cacheHits: f.NewCounterVec(prometheus.CounterOpts{
			Name: "crossroads_cache_hits_total",
			Help: "Lookups answered from an in-process cache, by cache.",
		}, []string{"cache"}),
		cacheMisses: f.NewCounterVec(prometheus.CounterOpts{
			Name: "crossroads_cache_misses_total",
			Help: "Lookups an in-process cache could not answer, by cache.",
		}, []string{"cache"}),
	}
}

// Handler serves the registry in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}

// Register adds another collector (the database pool's, say) to this instance.
func (m *Metrics) Register(c prometheus.Collector) error { return m.registry.Register(c) }

// RequestStarted counts a request in flight until the returned func is called.
func (m *Metrics) RequestStarted() (done func()) {
	m.inFlight.Inc()
	return m.inFlight.Dec
}

// ObserveRequest records one answered request. route must be a route
// pattern such as "/a/{secret}/step/{n}", never a path.
//
// It runs on every request, so the series are looked up by label values
// once (per route, method and common status) and kept: after that an
// observation is a lock-free map read and two atomic pointer loads,
// where WithLabelValues validated, hashed and looked up the labels under
// the vector's lock each time. Series are still made on first use only,
// so the output lists what happened and nothing more.
func (m *Metrics) ObserveRequest(method, route string, status int, took time.Duration) {
	mi := methodIndex(method)
	rr, ok := m.routes.Load(route)
	if !ok {
		rr, _ = m.routes.LoadOrStore(route, &routeRequests{})
	}
	mr := rr.(*routeRequests).method(mi)
	if mr.duration == nil { // first use of this route and method
		mr = rr.(*routeRequests).curry(m, mi, route)
	}
	mr.duration.Observe(took.Seconds())
	si := statusIndex(status)
	if si < 0 { // a rare status: looked up each time
		m.requests.WithLabelValues(methods[mi], route, strconv.Itoa(status)).Inc()
		return
	}
	c := mr.counts[si].Load()
	if c == nil {
		c = &counter{m.requests.WithLabelValues(methods[mi], route, strconv.Itoa(status))}
		mr.counts[si].Store(c) // a race stores the same series twice: harmless
	}
	c.Inc()
}

// methods are the method label's values: the handful HTTP defines and
// OTHER, last, so a client inventing methods cannot grow the label set
// without bound.
var methods = [...]string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
	http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace, "OTHER"}

// methodIndex is method's label as an index into methods.
func methodIndex(method string) int {
	for i, m := range methods[:len(methods)-1] {
		if m == method {
			return i
		}
	}
	return len(methods) - 1
}

// commonStatuses are the statuses whose counters are kept per route and
// method; any other is looked up by label each time it happens.
var commonStatuses = [...]int{200, 201, 204, 206, 301, 302, 303, 304, 307, 308,
	400, 403, 404, 405, 408, 413, 415, 422, 429, 500, 502, 503, 504}

func statusIndex(status int) int {
	for i, s := range commonStatuses {
		if s == status {
			return i
		}
	}
	return -1
}

// routeRequests is one route's series, by method, made on first use.
type routeRequests struct {
	methods [len(methods)]atomic.Pointer[methodRequests]
}

// methodRequests is one route and method's series: the latency histogram
// and a counter per common status (nil until that status happens).
type methodRequests struct {
	duration prometheus.Observer
	counts   [len(commonStatuses)]atomic.Pointer[counter]
}

type counter struct{ prometheus.Counter }

// noRequests stands for a route and method not observed yet.
var noRequests = &methodRequests{}

func (rr *routeRequests) method(i int) *methodRequests {
	if mr := rr.methods[i].Load(); mr != nil {
		return mr
	}
	return noRequests
}

// curry makes the route and method's entry; two requests racing to make
// it keep the first.
func (rr *routeRequests) curry(m *Metrics, i int, route string) *methodRequests {
	mr := &methodRequests{duration: m.duration.WithLabelValues(methods[i], route)}
	if rr.methods[i].CompareAndSwap(nil, mr) {
		return mr
	}
	return rr.methods[i].Load()
}

// RateLimited counts a write refused with 429.
func (m *Metrics) RateLimited() { m.rateLimited.Inc() }

// RateLimitFailedOpen counts a write let through because the counters were unreachable.
func (m *Metrics) RateLimitFailedOpen() { m.rateLimitOpen.Inc() }

// Sweep outcomes, the values of crossroads_sweeps_total's outcome label.
const (
	Swept   = "swept"
	Skipped = "skipped"
	Failed  = "failed"
)

// DraftSweep records one pass of the draft sweeper and what it deleted.
func (m *Metrics) DraftSweep(outcome string, deleted int64) {
	m.sweeps.WithLabelValues("drafts", outcome).Inc()
	m.draftsSwept.Add(float64(deleted))
}

// RateLimitWindowSweep records one pass clearing finished rate-limit windows.
func (m *Metrics) RateLimitWindowSweep(outcome string, deleted int64) {
	m.sweeps.WithLabelValues("rate_limit_windows", outcome).Inc()
	m.windowsCleared.Add(float64(deleted))
}

// OrphanSharePageSweep records one pass removing stored share pages whose
// row is gone.
func (m *Metrics) OrphanSharePageSweep(outcome string, deleted int64) {
	m.sweeps.WithLabelValues("orphan_share_pages", outcome).Inc()
	m.orphanPages.Add(float64(deleted))
}

// Cache is the hit and miss counters of one named in-process cache.
type Cache struct {
	hits, misses prometheus.Counter
}

// Cache returns the counters for the cache called name (a constant such as
// "catalog", never a key or anything a client sent).
func (m *Metrics) Cache(name string) Cache {
	return Cache{hits: m.cacheHits.WithLabelValues(name), misses: m.cacheMisses.WithLabelValues(name)}
}

// Hit counts a lookup the cache answered.
func (c Cache) Hit() { c.hits.Inc() }

// Miss counts a lookup the cache could not answer.
func (c Cache) Miss() { c.misses.Inc() }
