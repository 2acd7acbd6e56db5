package testkit

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"
)

// LighthouseReport is what one Lighthouse run (mobile, its default) found:
// the four category scores from 0 to 100, the audits that count towards a
// category and did not pass, and whether the console logged errors.
type LighthouseReport struct {
	Scores map[string]int
	// Failed maps a category to the ids of its weighted audits scored
	// below 1, e.g. "seo": ["is-crawlable"].
	Failed        map[string][]string
	ConsoleErrors bool
}

// lighthouseRuns are one at a time: each starts its own Chromium, and
// its performance score is a simulation fed by measured main-thread
// time, which two runs side by side would inflate.
var lighthouseRuns sync.Mutex

// Lighthouse audits url with the Lighthouse CLI that make test installs in
// .ci/node_modules, against the machine's Chromium.
func Lighthouse(t testing.TB, url string) LighthouseReport {
	t.Helper()
	lighthouseRuns.Lock()
	defer lighthouseRuns.Unlock()
	raw := runLighthouse(t, url)
	var lhr struct {
		Categories map[string]struct {
			Score     *float64 `json:"score"`
			AuditRefs []struct {
				ID     string  `json:"id"`
				Weight float64 `json:"weight"`
			} `json:"auditRefs"`
		} `json:"categories"`
		Audits map[string]struct {
			Score *float64 `json:"score"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(raw, &lhr); err != nil {
		t.Fatalf("lighthouse report: %v", err)
	}
	rep := LighthouseReport{Scores: map[string]int{}, Failed: map[string][]string{}}
	for id, c := range lhr.Categories {
		if c.Score == nil {
			t.Fatalf("lighthouse could not score %s on %s", id, url)
		}
		rep.Scores[id] = int(*c.Score*100 + 0.5)
		for _, ref := range c.AuditRefs {
			if a := lhr.Audits[ref.ID]; ref.Weight > 0 && a.Score != nil && *a.Score < 1 {
				rep.Failed[id] = append(rep.Failed[id], ref.ID)
			}
		}
		sort.Strings(rep.Failed[id])
	}
	if a := lhr.Audits["errors-in-console"]; a.Score != nil && *a.Score < 1 {
		rep.ConsoleErrors = true
	}
	return rep
}

// lighthouseAttempts bounds the runs of one audit. Lighthouse reports
// failures of its own tracing, not of the page, as runtime errors
// (NO_NAVSTART, NO_FCP, PROTOCOL_TIMEOUT…); on two cores shared with the
// other Chromium tests they happen now and then (CI saw NO_NAVSTART
// once), and the message itself says to run Lighthouse again.
const lighthouseAttempts = 3

// runLighthouse returns the JSON report of one audit of url, running
// Lighthouse again when its measurement failed. Any other failure, or a
// failed measurement every time, fails the test.
func runLighthouse(t testing.TB, url string) []byte {
	t.Helper()
	bin := filepath.Join(RepoRoot(t), ".ci", "node_modules", ".bin", "lighthouse")
	for attempt := 1; ; attempt++ {
		out := filepath.Join(t.TempDir(), "report.json")
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		cmd := exec.CommandContext(ctx, bin, url, "--quiet", "--output=json", "--output-path="+out,
			"--only-categories=performance,accessibility,best-practices,seo",
			"--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir="+t.TempDir())
		cmd.Env = append(os.Environ(), "CHROME_PATH="+chromiumPath(), "TMPDIR="+t.TempDir())
		msg, err := cmd.CombinedOutput()
		cancel()
		if err == nil {
			raw, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			return raw
		}
		if !isLighthouseRuntimeError(msg) || attempt == lighthouseAttempts {
			t.Fatalf("lighthouse %s (run %d of at most %d): %v\n%s", url, attempt, lighthouseAttempts, err, msg)
		}
		t.Logf("lighthouse %s: measurement failed on run %d, running again:\n%s", url, attempt, bytes.TrimSpace(msg))
	}
}

// lighthouseMeasurementErrors are the runtime-error codes Lighthouse
// gives when its own tracing of the load failed, not the page: a page
// that answers with an error or is not HTML has other codes
// (ERRORED_DOCUMENT_REQUEST, NOT_HTML…) and fails the test at once.
var lighthouseMeasurementErrors = []string{
	"NO_NAVSTART", "NO_FCP", "NO_DCL", "NO_LCP", "NO_TRACING_STARTED", "NO_RESOURCE_REQUEST", "CRI_TIMEOUT",
	"NO_SCREENSHOTS", "NO_SPEEDLINE_FRAMES", "PROTOCOL_TIMEOUT", "TRACING_ALREADY_STARTED",
	"PARSING_PROBLEM", "READ_FAILED", "SPEEDINDEX_OF_ZERO",
}

// isLighthouseRuntimeError reports whether the CLI's output names one
// of those codes. A runtime error prints "Runtime error encountered: …
// (CODE)"; a protocol timeout during gathering prints its own message,
// also ending in its code.
func isLighthouseRuntimeError(output []byte) bool {
	for _, code := range lighthouseMeasurementErrors {
		if bytes.Contains(output, []byte("("+code+")")) {
			return true
		}
	}
	return false
}

// String is the scores, for a failure message.
func (r LighthouseReport) String() string {
	s := ""
	for _, c := range []string{"performance", "accessibility", "best-practices", "seo"} {
		s += c + " " + strconv.Itoa(r.Scores[c]) + " "
	}
	return s
}
