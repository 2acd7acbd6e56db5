// Package config reads the app's settings from the environment.
package config

import (
	"fmt"
	"log/slog"
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
}

// Load builds a Config from getenv, applying defaults and rejecting bad values.
func Load(getenv func(string) string) (Config, error) {
	c := Config{
		Addr:            ":8080",
		DatabaseURL:     getenv("DATABASE_URL"),
		BaseURL:         strings.TrimRight(getenv("BASE_URL"), "/"),
		LogLevel:        slog.LevelInfo,
		ShutdownTimeout: 20 * time.Second,
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
	if v := getenv("SHUTDOWN_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("SHUTDOWN_TIMEOUT %q must be a positive duration such as 20s", v)
		}
		c.ShutdownTimeout = d
	}
	return c, nil
}
