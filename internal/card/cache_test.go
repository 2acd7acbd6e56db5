package card_test

import (
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/metrics"
)

// scrape reads one line of the metrics an operator would see.
func scrape(t *testing.T, m *metrics.Metrics, prefix string) string {
	t.Helper()
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(w.Result().Body)
	for _, line := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
	return ""
}

func TestCacheDrawsACardOncePerVersion(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	c, err := card.NewCache(8, m.Cache("cards"))
	if err != nil {
		t.Fatal(err)
	}
	draws := 0
	draw := func() ([]byte, error) { draws++; return []byte("png v1"), nil }
	for range 3 {
		b, err := c.Get("assessment/id/v1", draw)
		if err != nil || string(b) != "png v1" {
			t.Fatalf("Get = %q, %v", b, err)
		}
	}
	if draws != 1 {
		t.Errorf("drawn %d times for one version, want 1", draws)
	}
	if _, err := c.Get("assessment/id/v2", func() ([]byte, error) { return []byte("png v2"), nil }); err != nil {
		t.Fatal(err)
	}
	if got := scrape(t, m, `crossroads_cache_hits_total{cache="cards"}`); !strings.HasSuffix(got, " 2") {
		t.Errorf("hits: %q, want 2", got)
	}
	if got := scrape(t, m, `crossroads_cache_misses_total{cache="cards"}`); !strings.HasSuffix(got, " 2") {
		t.Errorf("misses: %q, want 2", got)
	}
}

func TestCacheIsBounded(t *testing.T) {
	t.Parallel()
	c, err := card.NewCache(2, metrics.New().Cache("cards"))
	if err != nil {
		t.Fatal(err)
	}
	draws := map[string]int{}
	get := func(v string) {
		if _, err := c.Get(v, func() ([]byte, error) { draws[v]++; return []byte(v), nil }); err != nil {
			t.Fatal(err)
		}
	}
	get("a")
	get("b")
	get("a") // a is now the most recently used
	get("c") // evicts b
	if c.Len() != 2 {
		t.Errorf("Len = %d, want the bound 2", c.Len())
	}
	get("a")
	get("b")
	if draws["a"] != 1 || draws["b"] != 2 {
		t.Errorf("draws %v: want a kept (1 draw) and b evicted and drawn again (2)", draws)
	}
	if _, err := card.NewCache(0, metrics.New().Cache("cards")); err == nil {
		t.Error("a cache of no entries was accepted")
	}
}

func TestCacheDrawsOnceForConcurrentMissesAndKeepsNoErrors(t *testing.T) {
	t.Parallel()
	c, err := card.NewCache(8, metrics.New().Cache("cards"))
	if err != nil {
		t.Fatal(err)
	}
	var draws atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			b, err := c.Get("v", func() ([]byte, error) { draws.Add(1); return []byte("png"), nil })
			if err != nil || string(b) != "png" {
				t.Errorf("Get = %q, %v", b, err)
			}
		})
	}
	wg.Wait()
	if n := draws.Load(); n != 1 {
		t.Errorf("8 concurrent fetches drew the card %d times, want 1", n)
	}

	failing := errors.New("no font")
	if _, err := c.Get("broken", func() ([]byte, error) { return nil, failing }); !errors.Is(err, failing) {
		t.Fatalf("err = %v, want the drawing error", err)
	}
	b, err := c.Get("broken", func() ([]byte, error) { return []byte("fixed"), nil })
	if err != nil || string(b) != "fixed" {
		t.Errorf("a failed draw was cached: %q, %v", b, err)
	}
}

// BenchmarkCacheHit is a cached card's cost before writing it.
func BenchmarkCacheHit(b *testing.B) {
	c, err := card.NewCache(card.DefaultCacheEntries, metrics.New().Cache("cards"))
	if err != nil {
		b.Fatal(err)
	}
	r := newRenderer(b)
	draw := func() ([]byte, error) { return r.Render(sample) }
	if _, err := c.Get("v", draw); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Get("v", draw); err != nil {
			b.Fatal(err)
		}
	}
}
