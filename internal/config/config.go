// Package config reads the app's settings from the environment.
package config

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is everything the server needs to know about where it runs.
type Config struct {
	// Addr is the listen address (ADDR), e.g. ":8080".
	Addr string
	// DatabaseURL is the PostgreSQL connection string (DATABASE_URL).
	DatabaseURL string
	// BaseURL is the public origin used in share links and Open Graph tags
	// (BASE_URL); empty means "derive from the request's Host".
	BaseURL string
	// LogLevel is the minimum slog level (LOG_LEVEL: debug, info, warn, error).
	LogLevel slog.Level
	// TLS says the app is reached over HTTPS (TLS=1), which turns on HSTS.
	TLS bool
	// ShutdownTimeout bounds how long in-flight requests may run after SIGTERM.
	ShutdownTimeout time.Duration
	// WriteLimit is how many form posts one client may send per minute
	// (RATE_LIMIT_WRITES); 0 turns the limit off.
	WriteLimit int
	// TrustedProxyHeader names the header a trusted reverse proxy sets to the
	// client's IP (TRUSTED_PROXY_HEADER, e.g. X-Forwarded-For). Empty means
	// the connection's address is used and such headers are ignored.
	TrustedProxyHeader string
	// TrustedProxyHops is how many proxies of ours each append one entry to
	// TrustedProxyHeader (TRUSTED_PROXY_HOPS, default 1): the client's
	// address is that many entries from the right, as everything left of
	// the entries our proxies wrote came from the client. A CDN in front
	// of a load balancer that both append is 2.
	TrustedProxyHops int
	// DraftTTL is how long an unfinished assessment is kept after its last
	// change (DRAFT_TTL).
	DraftTTL time.Duration
	// CleanupInterval is how often expired drafts are swept (CLEANUP_INTERVAL).
	CleanupInterval time.Duration
	// DebugAddr, when set (DEBUG_ADDR, e.g. "127.0.0.1:6060"), serves Go's
	// pprof profiles under /debug/pprof/ on a second listener. It is off by
	// default and must be a loopback address: profiles reveal internals and
	// the CPU profile endpoint costs CPU, so it is never reachable from outside.
	DebugAddr string
	// MetricsAddr, when set (METRICS_ADDR, e.g. "10.0.0.5:9090"), serves
	// Prometheus metrics at /metrics on a listener of its own, for a scraper
	// on another host. Metrics name route patterns and counts, never a
	// secret, but belong on a private network. With DEBUG_ADDR set they are
	// served there as well.
	MetricsAddr string
	// DrainDelay is how long after SIGTERM the instance keeps serving while
	// /readyz answers 503 (DRAIN_DELAY), so a load balancer stops sending it
	// traffic before its listener closes. 0 closes it at once.
	DrainDelay time.Duration
	// BuildID names the running build (BuildID); stored share pages are
	// served only by the build that rendered them. Set by the serve
	// command, not read from the environment.
	BuildID string
}

// WriteLimitWindow is the window RATE_LIMIT_WRITES counts form posts in.
const WriteLimitWindow = time.Minute

// Load builds a Config from getenv, applying defaults and rejecting bad values.
func Load(getenv func(string) string) (Config, error) {
	c := Config{
		Addr:             ":8080",
		DatabaseURL:      getenv("DATABASE_URL"),
		BaseURL:          strings.TrimRight(getenv("BASE_URL"), "/"),
		LogLevel:         slog.LevelInfo,
		ShutdownTimeout:  20 * time.Second,
		WriteLimit:       60,
		TrustedProxyHops: 1,
		DraftTTL:         30 * 24 * time.Hour,
		CleanupInterval:  time.Hour,
	}
	if v := getenv("ADDR"); v != "" {
		c.Addr = v
	}
	if c.DatabaseURL == "" {
		return c, fmt.Errorf("DATABASE_URL is not set (make run starts a local PostgreSQL and sets it for you)")
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return c, fmt.Errorf("BASE_URL %q must be an absolute http(s) URL", c.BaseURL)
		}
	}
	if v := getenv("LOG_LEVEL"); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			return c, fmt.Errorf("LOG_LEVEL %q: %w", v, err)
		}
	}
	if v := getenv("TLS"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return c, fmt.Errorf("TLS %q must be true or false", v)
		}
		c.TLS = b
	}
	for _, d := range []struct {
		name string
		dst  *time.Duration
	}{
		{"SHUTDOWN_TIMEOUT", &c.ShutdownTimeout},
		{"DRAFT_TTL", &c.DraftTTL},
		{"CLEANUP_INTERVAL", &c.CleanupInterval},
	} {
		if v := getenv(d.name); v != "" {
			parsed, err := time.ParseDuration(v)
			if err != nil || parsed <= 0 {
				return c, fmt.Errorf("%s %q must be a positive duration such as 20s or 720h", d.name, v)
			}
			*d.dst = parsed
		}
	}
	if v := getenv("DRAIN_DELAY"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			return c, fmt.Errorf("DRAIN_DELAY %q must be a duration such as 10s (0 for none)", v)
		}
		c.DrainDelay = d
	}
	if v := getenv("RATE_LIMIT_WRITES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return c, fmt.Errorf("RATE_LIMIT_WRITES %q must be a whole number of posts per minute (0 turns it off)", v)
		}
		c.WriteLimit = n
	}
	c.TrustedProxyHeader = http.CanonicalHeaderKey(strings.TrimSpace(getenv("TRUSTED_PROXY_HEADER")))
	if v := strings.TrimSpace(getenv("TRUSTED_PROXY_HOPS")); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return c, fmt.Errorf("TRUSTED_PROXY_HOPS %q must be a whole number of proxies, 1 or more", v)
		}
		c.TrustedProxyHops = n
	}
	if v := strings.TrimSpace(getenv("DEBUG_ADDR")); v != "" {
		if !loopbackAddr(v) {
			return c, fmt.Errorf("DEBUG_ADDR %q must be a loopback host:port such as 127.0.0.1:6060 (profiles must never be public)", v)
		}
		c.DebugAddr = v
	}
	if v := strings.TrimSpace(getenv("METRICS_ADDR")); v != "" {
		if _, port, err := net.SplitHostPort(v); err != nil || port == "" {
			return c, fmt.Errorf("METRICS_ADDR %q must be host:port such as 127.0.0.1:9090", v)
		}
		c.MetricsAddr = v
	}
	return c, nil
}

// loopbackAddr reports whether addr is host:port with a loopback host.
// An empty host (":6060") would listen on every interface, so it is not.
func loopbackAddr(addr string) bool {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
