package metrics

import (
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
)

// poolCollector reads pgxpool's own statistics at each scrape, so nothing is
// counted twice and a scrape costs no database round trip.
type poolCollector struct {
	pool *pgxpool.Pool

	maxConns, conns, acquires, acquireWait, emptyAcquires, emptyWait,
	canceledAcquires, newConns, destroyed *prometheus.Desc
}

// PoolCollector exposes pool's connection counts and acquire waits. The
// signal that the pool is too small is crossroads_db_pool_empty_acquires_total
// rising: requests had to wait for a connection.
func PoolCollector(pool *pgxpool.Pool) prometheus.Collector {
	d := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc("crossroads_db_pool_"+name, help, labels, nil)
	}
	return &poolCollector{
		pool:             pool,
		maxConns:         d("max_connections", "Most connections this instance's pool will open (pool_max_conns)."),
		conns:            d("connections", "Open connections by state: acquired (in use), idle, constructing.", "state"),
		acquires:         d("acquires_total", "Connections handed out."),
		acquireWait:      d("acquire_wait_seconds_total", "Time spent acquiring connections, waits included."),
		emptyAcquires:    d("empty_acquires_total", "Acquires that found no idle connection and had to wait or dial."),
		emptyWait:        d("empty_acquire_wait_seconds_total", "Time spent waiting in acquires that found the pool empty."),
		canceledAcquires: d("canceled_acquires_total", "Acquires given up because the request's context ended."),
		newConns:         d("new_connections_total", "Connections opened."),
		destroyed:        d("destroyed_connections_total", "Connections closed by the pool, by reason.", "reason"),
	}
}

func (c *poolCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.maxConns, c.conns, c.acquires, c.acquireWait, c.emptyAcquires,
		c.emptyWait, c.canceledAcquires, c.newConns, c.destroyed} {
		ch <- d
	}
}

func (c *poolCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.pool.Stat()
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	counter := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, v, labels...)
	}
	gauge(c.maxConns, float64(s.MaxConns()))
	gauge(c.conns, float64(s.AcquiredConns()), "acquired")
	gauge(c.conns, float64(s.IdleConns()), "idle")
	gauge(c.conns, float64(s.ConstructingConns()), "constructing")
	counter(c.acquires, float64(s.AcquireCount()))
	counter(c.acquireWait, s.AcquireDuration().Seconds())
	counter(c.emptyAcquires, float64(s.EmptyAcquireCount()))
	counter(c.emptyWait, s.EmptyAcquireWaitTime().Seconds())
	counter(c.canceledAcquires, float64(s.CanceledAcquireCount()))
	counter(c.newConns, float64(s.NewConnsCount()))
	counter(c.destroyed, float64(s.MaxLifetimeDestroyCount()), "max_lifetime")
	counter(c.destroyed, float64(s.MaxIdleDestroyCount()), "max_idle")
}
