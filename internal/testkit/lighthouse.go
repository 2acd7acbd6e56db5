package testkit

import (
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
	bin := filepath.Join(RepoRoot(t), ".ci", "node_modules", ".bin", "lighthouse")
	out := filepath.Join(t.TempDir(), "report.json")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, url, "--quiet", "--output=json", "--output-path="+out,
		"--only-categories=performance,accessibility,best-practices,seo",
		"--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir="+t.TempDir())
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromiumPath(), "TMPDIR="+t.TempDir())
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("lighthouse %s: %v\n%s", url, err, msg)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
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

// String is the scores, for a failure message.
func (r LighthouseReport) String() string {
	s := ""
	for _, c := range []string{"performance", "accessibility", "best-practices", "seo"} {
		s += c + " " + strconv.Itoa(r.Scores[c]) + " "
	}
	return s
}
