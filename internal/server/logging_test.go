package server_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/logsink"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

// lockedBuffer is a log sink safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestRequestLogNamesRoutesNeverSecrets walks an assessment and checks the
// one-line-per-request log: route patterns and statuses, never the edit
// secret or share id from the URL. Both ways of writing the line: the
// server's own logger (logsink, lines encoded without slog) and any other
// slog logger.
func TestRequestLogNamesRoutesNeverSecrets(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		logger func(t *testing.T, out *lockedBuffer) (*slog.Logger, func())
	}{
		{"logsink", func(t *testing.T, out *lockedBuffer) (*slog.Logger, func()) {
			w := logsink.New(out, logsink.DefaultSize, logsink.DefaultInterval)
			t.Cleanup(func() { _ = w.Close() })
			return logsink.TextLogger(w, slog.LevelInfo), func() { _ = w.Flush() }
		}},
		{"slog text handler", func(t *testing.T, out *lockedBuffer) (*slog.Logger, func()) {
			return slog.New(slog.NewTextHandler(out, nil)), func() {}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			pool, err := store.Open(context.Background(), testkit.NewDatabase(t))
			if err != nil {
				t.Fatal(err)
			}
			defer pool.Close()
			var logs lockedBuffer
			logger, flush := tc.logger(t, &logs)
			srv := httptest.NewServer(newHandler(t, logger, store.New(pool)))
			defer srv.Close()
			app := &testkit.App{URL: srv.URL, Client: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			}}}

			base := completeAssessment(t, app, nil)
			share := sharePathOf(t, app, base)
			get(t, app, share)
			post(t, app, base+"/step/2", sectionForm(questionnaire.Default().Sections[1], map[string][]string{questionnaire.SkillWriting: {"nine"}}))
			// A cross-site post, refused before its route is reached.
			req := newRequest(t, app, http.MethodPost, base+"/step/2", strings.NewReader("x=1"))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Sec-Fetch-Site", "cross-site")
			req.Header.Set("Origin", "https://evil.example")
			do(t, app, req)

			flush()
			out := logs.String()
			secret := strings.TrimPrefix(base, "/a/")
			shareID := strings.TrimPrefix(share, "/r/")
			if strings.Contains(out, secret) || strings.Contains(out, shareID) {
				t.Fatalf("the request log contains a capability secret:\n%s", out)
			}
			for _, want := range []string{
				`msg=request method=POST route=/a/{secret}/step/{n} status=303`, `method=GET route=/a/{secret}/result status=200`,
				`route=/r/{id} status=200`, `route=/a/{secret}/step/{n} status=422`, `route=/a/{secret}/step/{n} status=403`,
				" request_id=", " duration=",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("log lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

func TestHSTSOnlyWhenServedOverTLS(t *testing.T) {
	t.Parallel()
	db := testkit.NewDatabase(t)
	plain := testkit.StartAppOn(t, db, config.Config{})
	tls := testkit.StartAppOn(t, db, config.Config{TLS: true})
	if resp, _ := get(t, plain, "/"); resp.Header.Get("Strict-Transport-Security") != "" {
		t.Error("HSTS sent although TLS is not configured")
	}
	if resp, _ := get(t, tls, "/"); !strings.Contains(resp.Header.Get("Strict-Transport-Security"), "max-age=") {
		t.Error("no HSTS with TLS configured")
	}
}
