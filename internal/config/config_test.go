package config

import (
	"log/slog"
	"math"
	"runtime/debug"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoadDefaults(t *testing.T) {
	c, err := Load(env(map[string]string{"DATABASE_URL": "postgres://x"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":8080" || c.LogLevel != slog.LevelInfo || c.TLS || c.ShutdownTimeout != 20*time.Second ||
		c.WriteLimit != 60 || c.DraftTTL != 30*24*time.Hour || c.TrustedProxyHeader != "" ||
		c.TrustedProxyHops != 1 || c.MetricsAddr != "" || c.DrainDelay != 0 {
		t.Errorf("unexpected defaults: %+v", c)
	}
}

func TestLoadRejectsBadValues(t *testing.T) {
	for name, vars := range map[string]map[string]string{
		"no database":               {},
		"relative base":             {"DATABASE_URL": "x", "BASE_URL": "example.com"},
		"bad log level":             {"DATABASE_URL": "x", "LOG_LEVEL": "loud"},
		"bad tls":                   {"DATABASE_URL": "x", "TLS": "maybe"},
		"bad shutdown":              {"DATABASE_URL": "x", "SHUTDOWN_TIMEOUT": "-1s"},
		"ftp base url":              {"DATABASE_URL": "x", "BASE_URL": "ftp://example.com"},
		"debug on all interfaces":   {"DATABASE_URL": "x", "DEBUG_ADDR": ":6060"},
		"debug on 0.0.0.0":          {"DATABASE_URL": "x", "DEBUG_ADDR": "0.0.0.0:6060"},
		"debug on a public address": {"DATABASE_URL": "x", "DEBUG_ADDR": "192.0.2.1:6060"},
		"debug on a host name":      {"DATABASE_URL": "x", "DEBUG_ADDR": "example.com:6060"},
		"debug without a port":      {"DATABASE_URL": "x", "DEBUG_ADDR": "127.0.0.1"},
		"metrics without a port":    {"DATABASE_URL": "x", "METRICS_ADDR": "127.0.0.1"},
		"negative drain delay":      {"DATABASE_URL": "x", "DRAIN_DELAY": "-5s"},
		"drain delay not a time":    {"DATABASE_URL": "x", "DRAIN_DELAY": "soon"},
		"no proxy hops":             {"DATABASE_URL": "x", "TRUSTED_PROXY_HOPS": "0"},
		"negative proxy hops":       {"DATABASE_URL": "x", "TRUSTED_PROXY_HOPS": "-1"},
		"proxy hops not a number":   {"DATABASE_URL": "x", "TRUSTED_PROXY_HOPS": "two"},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Load(env(vars)); err == nil {
				t.Errorf("Load(%v) succeeded; want an error", vars)
			}
		})
	}
}

func TestLoadOverrides(t *testing.T) {
	c, err := Load(env(map[string]string{
		"DATABASE_URL": "postgres://x", "ADDR": "127.0.0.1:9000", "BASE_URL": "https://cr.example/",
		"LOG_LEVEL": "debug", "TLS": "1", "SHUTDOWN_TIMEOUT": "5s",
		"RATE_LIMIT_WRITES": "0", "TRUSTED_PROXY_HEADER": "x-forwarded-for", "DRAFT_TTL": "48h",
		"TRUSTED_PROXY_HOPS": "2", "METRICS_ADDR": "10.0.0.5:9090", "DRAIN_DELAY": "15s",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:9000" || c.BaseURL != "https://cr.example" || c.LogLevel != slog.LevelDebug || !c.TLS ||
		c.ShutdownTimeout != 5*time.Second || c.WriteLimit != 0 || c.TrustedProxyHeader != "X-Forwarded-For" || c.DraftTTL != 48*time.Hour ||
		c.TrustedProxyHops != 2 || c.MetricsAddr != "10.0.0.5:9090" || c.DrainDelay != 15*time.Second {
		t.Errorf("overrides not applied: %+v", c)
	}
}

func TestDebugAddr(t *testing.T) {
	c, err := Load(env(map[string]string{"DATABASE_URL": "x"}))
	if err != nil || c.DebugAddr != "" {
		t.Fatalf("DebugAddr = %q, %v; want it off by default", c.DebugAddr, err)
	}
	for _, addr := range []string{"127.0.0.1:6060", "localhost:6060", "[::1]:6060", "127.0.0.1:0"} {
		c, err := Load(env(map[string]string{"DATABASE_URL": "x", "DEBUG_ADDR": addr}))
		if err != nil || c.DebugAddr != addr {
			t.Errorf("DEBUG_ADDR=%s: got %q, %v", addr, c.DebugAddr, err)
		}
	}
}

// TestApplyGCDefaultsLeavesExplicitSettingsAlone: GOGC and GOMEMLIMIT set by
// whoever runs the server win over our defaults.
func TestApplyGCDefaultsLeavesExplicitSettingsAlone(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	if set := ApplyGCDefaults(env(map[string]string{"GOGC": "100", "GOMEMLIMIT": "1GiB"})); len(set) != 0 {
		t.Errorf("with both set, applied %v; want nothing", set)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent = %d after an explicit GOGC; want it untouched (100)", got)
	}

	set := ApplyGCDefaults(env(map[string]string{"GOMEMLIMIT": "1GiB"}))
	if len(set) != 1 || debug.SetGCPercent(100) != DefaultGCPercent || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Errorf("with only GOMEMLIMIT set: applied %v; want GOGC=%d alone", set, DefaultGCPercent)
	}

	set = ApplyGCDefaults(env(nil))
	if len(set) != 2 || debug.SetMemoryLimit(-1) != DefaultMemoryLimit {
		t.Errorf("with neither set: applied %v; want both defaults", set)
	}
}
