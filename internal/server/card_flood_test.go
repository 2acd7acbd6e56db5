package server_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestACardFloodStaysBounded is attack 1 of issue 26: a loop over the
// cards of more shares than any in-memory cache would hold (300; the old
// cache held 256), from many addresses at once at 1,000 requests a
// second, with every stored card
// thrown away twice a second so that nearly every request is a miss (as
// if each share changed all the time). The server must stay small (heap
// and RSS), keep serving a share page within 10× its unloaded p99, and
// answer the flood with cards, 429s and friendly 503s only.
//
// Not parallel: it measures the process, so it runs alone.
func TestACardFloodStaysBounded(t *testing.T) {
	const (
		shares    = 300
		flooders  = 32
		addresses = 200 // the attacker's addresses
		floodFor  = 3 * time.Second
		// floodRate is the attack's pace: requests a second in all, over
		// ten times what one core draws (~75 cards a second). Unpaced, 32
		// clients in this process just measure how fast two shared cores
		// answer any cheap request, card or not.
		floodRate = 1000
	)
	db := testkit.NewDatabase(t)
	cfg := testkit.DefaultConfig(t, db)
	cfg.TrustedProxyHeader = "X-Forwarded-For"
	app := testkit.StartAppOn(t, db, cfg)
	ctx := context.Background()

	base := completeAssessment(t, app, nil)
	sharePage := sharePathOf(t, app, base)
	cards := make([]string, 0, shares)
	for i := range shares {
		_, hash := capability.NewSecret()
		id := capability.NewShareID()
		if _, err := app.Store.CreateCanvas(ctx, hash, id, shareIDOf(sharePage), "ai-micro-saas",
			canvas.Canvas{Niche: "Niche number " + strconv.Itoa(i)}); err != nil {
			t.Fatal(err)
		}
		resp, _ := get(t, app, "/shared/canvas/"+id+"/card/any.png") // sent on to its card's URL
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("card with a stale token = %d; want 303", resp.StatusCode)
		}
		cards = append(cards, resp.Header.Get("Location"))
	}

	client := &http.Client{
		Transport:     &http.Transport{MaxIdleConnsPerHost: flooders + 1},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	// timeSharePage fetches the share page (stored after the first view)
	// the way a person's browser does.
	timeSharePage := func() (time.Duration, error) {
		start := time.Now()
		resp, err := client.Get(app.URL + sharePage)
		if err != nil {
			return 0, err
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return 0, fmt.Errorf("share page = %d", resp.StatusCode)
		}
		return time.Since(start), nil
	}
	p99 := func(n int, during func() bool) (time.Duration, int) {
		var took []time.Duration
		for i := 0; i < n || (during != nil && during()); i++ {
			d, err := timeSharePage()
			if err != nil {
				t.Fatal(err)
			}
			took = append(took, d)
		}
		slices.Sort(took)
		return took[len(took)*99/100], len(took)
	}
	_, _ = p99(50, nil) // warm up: stored page, connections

	runtime.GC()
	baseHeap, baseRSS := heapBytes(), rssBytes(t)
	var peakHeap, peakRSS atomic.Uint64
	var (
		mu         sync.Mutex
		statuses   = map[int]int{}
		unfriendly []string
	)
	// flood runs the attack for floodFor while measuring the share page's
	// p99 and the process's memory.
	flood := func() (time.Duration, int) {
		flooding, stop := context.WithTimeout(ctx, floodFor)
		defer stop()
		pace := rate.NewLimiter(floodRate, flooders)
		var wg sync.WaitGroup
		defer wg.Wait()
		wg.Go(func() { // sample memory
			for flooding.Err() == nil {
				peakHeap.Store(max(peakHeap.Load(), heapBytes()))
				peakRSS.Store(max(peakRSS.Load(), rssBytes(t)))
				time.Sleep(20 * time.Millisecond)
			}
		})
		wg.Go(func() { // every card a miss again
			for flooding.Err() == nil {
				if _, err := app.Pool.Exec(ctx, `DELETE FROM share_cards`); err != nil {
					t.Error(err)
					return
				}
				time.Sleep(500 * time.Millisecond)
			}
		})
		for w := range flooders {
			wg.Go(func() {
				rng := rand.New(rand.NewPCG(uint64(w), 26))
				for i := w; pace.Wait(flooding) == nil; i += flooders {
					req, _ := http.NewRequest(http.MethodGet, app.URL+cards[i%shares], nil)
					req.Header.Set("X-Forwarded-For", "198.18.0."+strconv.Itoa(rng.IntN(addresses)))
					resp, err := client.Do(req)
					if err != nil {
						if flooding.Err() == nil {
							t.Error(err)
						}
						return
					}
					body, _ := io.ReadAll(resp.Body)
					_ = resp.Body.Close()
					mu.Lock()
					statuses[resp.StatusCode]++
					switch resp.StatusCode {
					case http.StatusOK:
					case http.StatusTooManyRequests, http.StatusServiceUnavailable:
						// The card's own words, or (a draw past its
						// deadline, a database too busy) the app's 503.
						cardWords := strings.Contains(string(body), "the shared page itself opens as usual")
						appBusy := resp.StatusCode == http.StatusServiceUnavailable && strings.Contains(string(body), "briefly unavailable")
						if resp.Header.Get("Retry-After") == "" || !cardWords && !appBusy {
							unfriendly = append(unfriendly, fmt.Sprintf("%d without Retry-After or the card's words: %.200s", resp.StatusCode, body))
						}
					default:
						unfriendly = append(unfriendly, fmt.Sprintf("%d: %.200s", resp.StatusCode, body))
					}
					mu.Unlock()
				}
			})
		}
		time.Sleep(200 * time.Millisecond) // let the flood build up
		return p99(0, func() bool { return flooding.Err() == nil })
	}

	// The machine is shared (other tests, PostgreSQL on the same cores),
	// so a slow measurement is taken again, like Lighthouse's: up to three
	// times, each against an unloaded p99 measured just before it. A
	// server whose draws take the cores fails every one.
	var within bool
	for attempt := 1; attempt <= 3 && !within; attempt++ {
		unloaded, _ := p99(300, nil)
		loaded, measured := flood()
		within = loaded <= 10*unloaded
		t.Logf("attempt %d: share page p99 %v unloaded, %v under the flood (%d views)", attempt, unloaded, loaded, measured)
	}
	heapGrowth, rss := int64(peakHeap.Load())-int64(baseHeap), peakRSS.Load()
	t.Logf("flood of %d requests a second by %d clients over %d cards from %d addresses: statuses %v; heap %d MB then peak %d MB (+%d MB); RSS %d MB then peak %d MB",
		floodRate, flooders, shares, addresses, statuses, baseHeap>>20, peakHeap.Load()>>20, heapGrowth>>20, baseRSS>>20, rss>>20)
	if len(unfriendly) > 0 {
		t.Errorf("%d answers were neither a card nor a friendly 429/503, e.g. %s", len(unfriendly), unfriendly[0])
	}
	if statuses[http.StatusOK] == 0 || statuses[http.StatusServiceUnavailable] == 0 {
		t.Errorf("statuses %v; want cards served and the drawer's bound (503) refusing the excess", statuses)
	}
	// The race detector slows drawing (pure Go arithmetic) far more than
	// serving a stored page, so under it the ratio measures the detector.
	if !within && !raceEnabled {
		t.Error("share page p99 under the flood above 10× its unloaded p99 in all three attempts")
	}
	if heapGrowth > 40<<20 {
		t.Errorf("the heap grew by %d MB under the flood; want it bounded (a few draws' buffers)", heapGrowth>>20)
	}
	if !raceEnabled && rss > 150<<20 {
		t.Errorf("the process peaked at %d MB RSS; want under 150 MB", rss>>20)
	}
}

// heapBytes is the Go heap's live and not yet swept objects, read without
// stopping the world.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// rssBytes is the process's resident set (Linux), 0 where unknown.
func rssBytes(t *testing.T) uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(b))
	if len(fields) < 2 {
		t.Errorf("/proc/self/statm: %q", b)
		return 0
	}
	pages, _ := strconv.ParseUint(fields[1], 10, 64)
	return pages * uint64(os.Getpagesize())
}

// TestCardMissesArePerClientLimited: one address may cause 20 card draws
// in a burst; the next is a friendly 429 with Retry-After (and so is any
// card, stored or not, until its budget refills), while another address
// still gets its card.
func TestCardMissesArePerClientLimited(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	cfg := testkit.DefaultConfig(t, db)
	cfg.TrustedProxyHeader = "X-Forwarded-For"
	app := testkit.StartAppOn(t, db, cfg)
	sharePage := sharePathOf(t, app, completeAssessment(t, app, nil))
	var cards []string
	for i := range 34 {
		_, hash := capability.NewSecret()
		id := capability.NewShareID()
		if _, err := app.Store.CreateCanvas(context.Background(), hash, id, shareIDOf(sharePage), "ai-micro-saas",
			canvas.Canvas{Niche: "Niche number " + strconv.Itoa(i)}); err != nil {
			t.Fatal(err)
		}
		resp, _ := get(t, app, "/shared/canvas/"+id+"/card/any.png")
		cards = append(cards, resp.Header.Get("Location"))
	}
	from := func(addr, path string) (*http.Response, string) {
		req := newRequest(t, app, http.MethodGet, path, nil)
		req.Header.Set("X-Forwarded-For", addr)
		return do(t, app, req)
	}
	// 20 in a burst, then one every 2 s: the draws themselves take time
	// (much more under the race detector), so allow for what came back.
	start := time.Now()
	refused := -1
	for i, c := range cards[:len(cards)-2] {
		resp, body := from("203.0.113.9", c)
		if resp.StatusCode == http.StatusOK {
			continue
		}
		if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" ||
			!strings.Contains(body, "the shared page itself opens as usual") {
			t.Fatalf("card miss %d of one address = %d (Retry-After %q): %.300q; want a card or the friendly 429",
				i+1, resp.StatusCode, resp.Header.Get("Retry-After"), body)
		}
		refused = i
		break
	}
	refilled := int(time.Since(start) / (2 * time.Second))
	if refused < 20 || refused > 20+refilled+1 {
		t.Fatalf("one address's first refused card miss was number %d (-1: none); want the 21st, or a few later when %d came back meanwhile", refused+1, refilled)
	}
	if resp, _ := from("203.0.113.9", cards[0]); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("a stored card for an address out of misses = %d; want 429 before any read", resp.StatusCode)
	}
	cards = cards[len(cards)-2:]
	if resp, _ := from("203.0.113.10", cards[0]); resp.StatusCode != http.StatusOK {
		t.Errorf("another address's card miss = %d; want its own budget (200)", resp.StatusCode)
	}
	if resp, _ := from("2001:db8:5:6::1", cards[1]); resp.StatusCode != http.StatusOK {
		t.Errorf("an IPv6 address's card miss = %d; want its own budget (200)", resp.StatusCode)
	}
}
