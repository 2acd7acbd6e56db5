package testkit

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
)

// chromiumPath finds Debian's Chromium; make test installs it when missing.
func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return "/usr/bin/chromium"
}

// sharedBrowser starts one headless Chromium for the whole test binary;
// each test then gets its own isolated browser context (fresh cookies and
// storage), which is much cheaper than a browser per test.
func sharedBrowser() (context.Context, error) {
	browserOnce.Do(func() {
		userData, err := os.MkdirTemp("", "crossroads-chromium-*")
		if err != nil {
			browserErr = err
			return
		}
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(chromiumPath()),
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("no-first-run", true),
			chromedp.UserDataDir(userData),
			chromedp.Env("TMPDIR="+userData),
			chromedp.WindowSize(1280, 900),
		)
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelBrowser := chromedp.NewContext(allocCtx)
		if err := chromedp.Do(ctx); err != nil {
			cancelBrowser()
			cancelAlloc()
			browserErr = err
			return
		}
		browserCtx = ctx
		atExit(func() {
			cancelBrowser()
			cancelAlloc()
			_ = os.RemoveAll(userData)
		})
	})
	return browserCtx, browserErr
}

// Browser gives the test a tab in a fresh browser context of the shared
// Chromium. Every action on it is bounded by a generous timeout.
func Browser(t testing.TB) context.Context {
	t.Helper()
	parent, err := sharedBrowser()
	if err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	ctx, cancel := chromedp.NewContext(parent, chromedp.WithNewBrowserContext())
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open browser tab: %v", err)
	}
	return ctx
}

// Run runs browser steps and fails the test on the first error.
func Run(t testing.TB, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("browser: %v", err)
	}
}

// Get runs one browser action that returns a value, failing the test on error.
func Get[T any](t testing.TB, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	return v
}

// Submit runs steps that trigger a navigation (a click on a submit button or
// a link), waits for the new page to load and returns its HTTP status.
func Submit(t testing.TB, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) int {
	t.Helper()
	resp, err := chromedp.RunResponse(ctx, steps...)
	if err != nil {
		t.Fatalf("browser navigation: %v", err)
	}
	return int(resp.Status)
}
