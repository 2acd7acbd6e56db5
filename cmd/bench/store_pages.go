package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/gzip"

	"github.com/crossroads/crossroads/internal/store"
)

// storePages fetches every seeded share page from the running server and
// stores its bytes, with their gzip form, in share_renders under -build,
// as a share handler does after a page's first view. The stored-bytes
// floor then serves the real pages.
func storePages(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("store-pages", flag.ContinueOnError)
	dbURL := fs.String("database-url", "", "the seeded database (required)")
	server := fs.String("url", "", "the running server, e.g. http://127.0.0.1:8097 (required, loopback)")
	idsFile := fs.String("ids", "", "share ids, one a line (required)")
	build := fs.String("build", "bench", "build name to store the pages under")
	workers := fs.Int("c", 4, "pages fetched at once")
	if err := fs.Parse(args); err != nil {
		return err
	}
	u, err := url.Parse(*server)
	if *dbURL == "" || *idsFile == "" || err != nil || !isLoopback(u.Hostname()) || *workers < 1 {
		return errors.New("need -database-url, -ids, -c ≥ 1 and a loopback -url")
	}
	raw, err := os.ReadFile(*idsFile)
	if err != nil {
		return err
	}
	ids := strings.Fields(string(raw))
	pool, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	st := store.New(pool)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DisableCompression: true}}

	start := time.Now()
	next := make(chan string)
	var htmlBytes, gzipBytes, stored atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, *workers)
	for range *workers {
		wg.Go(func() {
			for id := range next {
				h, g, err := storePage(ctx, st, client, *server, id, *build)
				if err != nil {
					errs <- fmt.Errorf("page %s…: %w", id[:4], err)
					return
				}
				htmlBytes.Add(int64(h))
				gzipBytes.Add(int64(g))
				stored.Add(1)
			}
		})
	}
	var sendErr error
feed:
	for _, id := range ids {
		select {
		case next <- id:
		case sendErr = <-errs:
			break feed
		case <-ctx.Done():
			sendErr = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if sendErr == nil {
		select {
		case sendErr = <-errs:
		default:
		}
	}
	if sendErr != nil {
		return sendErr
	}
	n := stored.Load()
	_, _ = fmt.Fprintf(stdout, "stored %d share pages for build %q (mean %d bytes, gzip %d bytes) in %s\n",
		n, *build, htmlBytes.Load()/max(n, 1), gzipBytes.Load()/max(n, 1), time.Since(start).Round(time.Millisecond))
	return nil
}

// storePage reads the page's current content version, fetches the page as
// the server renders it, and stores it under that version.
func storePage(ctx context.Context, st *store.Store, client *http.Client, server, id, build string) (int, int, error) {
	_, page, err := st.SharedResultWithPage(ctx, id, build)
	if err != nil {
		return 0, 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, server+"/r/"+id, nil)
	if err != nil {
		return 0, 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	defer func() { _ = resp.Body.Close() }()
	html, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return 0, 0, fmt.Errorf("status %d", resp.StatusCode)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression) // as the server stores pages
	_, _ = zw.Write(html)
	_ = zw.Close()
	ok, err := st.PutShareRender(ctx, store.ShareRender{Kind: store.KindAssessment, ShareID: id, Version: page.Version,
		Build: build, Gzip: gz.Bytes()})
	if err == nil && !ok {
		err = errors.New("the assessment changed while its page was stored")
	}
	return len(html), gz.Len(), err
}
