package testkit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeTags are the rule sets the page-quality check enforces: WCAG 2.0, 2.1
// and 2.2 at levels A and AA.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

var (
	axeOnce   sync.Once
	axeSource string
	axeErr    error
)

func loadAxe(root string) (string, error) {
	axeOnce.Do(func() {
		b, err := os.ReadFile(filepath.Join(root, ".ci", "node_modules", "axe-core", "axe.min.js"))
		if err != nil {
			axeErr = fmt.Errorf("axe-core missing (make test installs it): %w", err)
			return
		}
		axeSource = string(b)
	})
	return axeSource, axeErr
}

// AxeViolations runs axe-core on the page the browser shows now and returns
// one line per WCAG violation (rule, impact, the offending elements).
func AxeViolations(t testing.TB, ctx context.Context) ([]string, error) {
	t.Helper()
	src, err := loadAxe(RepoRoot(t))
	if err != nil {
		return nil, err
	}
	tags, _ := json.Marshal(axeTags)
	script := src + `;
axe.run(document, {runOnly: {type: 'tag', values: ` + string(tags) + `}, resultTypes: ['violations']})
  .then(r => JSON.stringify(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' +
     v.nodes.map(n => n.target.join(' ')).join(', '))))`
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("run axe: %w", err)
	}
	var violations []string
	if err := json.Unmarshal([]byte(out), &violations); err != nil {
		return nil, fmt.Errorf("axe output: %w", err)
	}
	return violations, nil
}

var (
	vnuOnce sync.Once
	vnuURL  string
	vnuErr  error
)

const vnuStartLimit = 4 * time.Minute

// WarmUpHTMLChecker starts the Nu HTML Checker in the background for a
// whole-package run, so its JVM boots while the first tests run instead of
// when the first check needs it. A focused run (-run) starts it lazily, on
// the first check (startVNU's sync.Once), so tests that check no HTML never
// boot a JVM. Call it from TestMain in packages that check HTML.
func WarmUpHTMLChecker() {
	if !flag.Parsed() {
		flag.Parse()
	}
	if f := flag.Lookup("test.run"); f != nil && f.Value.String() != "" {
		return
	}
	if root, err := findRepoRoot(); err == nil {
		go func() { _, _ = startVNU(root) }() // the error is reported to the first check
	}
}

// startVNU runs the Nu HTML Checker as a local HTTP service once per test
// binary: the JVM starts in a few seconds, then each check takes milliseconds.
func startVNU(root string) (string, error) {
	vnuOnce.Do(func() {
		jar := filepath.Join(root, ".ci", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
		if _, err := os.Stat(jar); err != nil {
			vnuErr = fmt.Errorf("vnu.jar missing (make test installs it): %w", err)
			return
		}
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			vnuErr = err
			return
		}
		port := l.Addr().(*net.TCPAddr).Port
		if err := l.Close(); err != nil {
			vnuErr = err
			return
		}
		cmd := exec.Command("java", "-Xss4m", "-Dnu.validator.servlet.bind-address=127.0.0.1",
			"-cp", jar, "nu.validator.servlet.Main", strconv.Itoa(port))
		if err := cmd.Start(); err != nil {
			vnuErr = fmt.Errorf("start Nu HTML Checker (needs java): %w", err)
			return
		}
		exited := make(chan struct{})
		go func() { _ = cmd.Wait(); close(exited) }()
		atExit(func() {
			_ = cmd.Process.Kill()
			<-exited
		})
		url := fmt.Sprintf("http://127.0.0.1:%d/", port)
		// A JVM on two busy cores can take more than a minute to listen.
		client := &http.Client{Timeout: 5 * time.Second}
		deadline := time.Now().Add(vnuStartLimit)
		for time.Now().Before(deadline) {
			select {
			case <-exited:
				vnuErr = errors.New("the Nu HTML Checker exited while starting (is java installed?)")
				return
			default:
			}
			if resp, err := client.Get(url); err == nil {
				_ = resp.Body.Close() // only the answer mattered
				vnuURL = url
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
		vnuErr = fmt.Errorf("the Nu HTML Checker did not start within %v", vnuStartLimit)
	})
	return vnuURL, vnuErr
}

// HTMLErrors validates a whole HTML document with the Nu HTML Checker and
// returns one line per error.
func HTMLErrors(t testing.TB, html []byte) ([]string, error) {
	t.Helper()
	base, err := startVNU(RepoRoot(t))
	if err != nil {
		return nil, err
	}
	resp, err := http.Post(base+"?out=json", "text/html; charset=utf-8", bytes.NewReader(html))
	if err != nil {
		return nil, fmt.Errorf("the Nu HTML Checker: %w", err)
	}
	defer func() { _ = resp.Body.Close() }() // read to the end by the decoder below
	var out struct {
		Messages []struct {
			Type     string `json:"type"`
			Message  string `json:"message"`
			LastLine int    `json:"lastLine"`
			Extract  string `json:"extract"`
		} `json:"messages"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("the Nu HTML Checker's output: %w", err)
	}
	var errs []string
	for _, m := range out.Messages {
		if m.Type == "error" || m.Type == "non-document-error" {
			errs = append(errs, fmt.Sprintf("line %d: %s [%s]", m.LastLine, m.Message, m.Extract))
		}
	}
	return errs, nil
}

// CheckHTML fails the test for every Nu HTML Checker error in html.
func CheckHTML(t testing.TB, label string, html []byte) {
	t.Helper()
	errs, err := HTMLErrors(t, html)
	if err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	for _, e := range errs {
		t.Errorf("%s: invalid HTML: %s", label, e)
	}
}

// CheckAxe fails the test for every WCAG 2.2 A/AA violation on the page the
// browser shows now.
func CheckAxe(t testing.TB, ctx context.Context, label string) {
	t.Helper()
	violations, err := AxeViolations(t, ctx)
	if err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	for _, v := range violations {
		t.Errorf("%s: accessibility: %s", label, v)
	}
}

// CheckPage is the page-quality check for a page reached with GET: it opens
// url in the browser for axe-core and validates the HTML as served.
func CheckPage(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	Run(t, ctx, chromedp.Navigate(url))
	CheckAxe(t, ctx, url)
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }() // read to the end below
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	CheckHTML(t, url, body)
}
