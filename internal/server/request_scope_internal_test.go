package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5/middleware"
)

// scoped runs one request with X-Request-Id sent as given ("" for none)
// through requestScope and reports the id and deadline the handler saw.
func scoped(t *testing.T, h func(http.Handler) http.Handler, sent string) (id string, deadline time.Time) {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	if sent != "" {
		r.Header.Set(middleware.RequestIDHeader, sent)
	}
	h(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		id = middleware.GetReqID(r.Context())
		deadline, _ = r.Context().Deadline()
	})).ServeHTTP(httptest.NewRecorder(), r)
	return id, deadline
}

func TestEveryRequestGetsAnIDAndADeadline(t *testing.T) {
	t.Parallel()
	h := requestScope(time.Minute)
	before := time.Now()
	first, deadline := scoped(t, h, "")
	second, _ := scoped(t, h, "")
	if deadline.Before(before.Add(time.Minute)) || deadline.After(time.Now().Add(time.Minute)) {
		t.Errorf("deadline %v, want a minute from the request", deadline)
	}
	if first == "" || first == second {
		t.Errorf("ids %q and %q: want two different ones", first, second)
	}
	// chi's form: host/random-counter, the counter in at least six digits.
	prefix, counter, ok := strings.Cut(first, "-")
	if !ok || !strings.Contains(prefix, "/") || len(counter) != 6 || strings.Trim(counter, "0123456789") != "" {
		t.Errorf("id %q is not host/random-000001", first)
	}
	if !strings.HasPrefix(second, prefix+"-") {
		t.Errorf("ids %q and %q come from different prefixes in one process", first, second)
	}
}

func TestARequestIDFromAProxyIsKeptWhenPlain(t *testing.T) {
	t.Parallel()
	h := requestScope(time.Minute)
	for _, tc := range []struct {
		sent string
		kept bool
	}{
		{"lb-1/7f3a9c.42", true},
		{"0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", true},
		{"Root=1-67891233-abcdef012345678912345678", false}, // "=": not a plain token
		{strings.Repeat("a", 64), true},
		{strings.Repeat("a", 65), false}, // a stranger's long id is not copied into every log line
		{"two words", false},
		{"line\nbreak", false},
		{"ünïcode", false},
	} {
		got, _ := scoped(t, h, tc.sent)
		if kept := got == tc.sent; kept != tc.kept {
			t.Errorf("sent %q, logged %q: kept = %v, want %v", tc.sent, got, kept, tc.kept)
		}
		if len(got) > 96 {
			t.Errorf("sent %q: id of %d bytes", tc.sent, len(got))
		}
	}
}

func TestNextRequestIDPadsTheCounter(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		n    uint64
		want string
	}{
		{1, "p-000001"},
		{42, "p-000042"},
		{999999, "p-999999"},
		{1000000, "p-1000000"},
		{18446744073709551615, "p-18446744073709551615"},
	} {
		if got := nextRequestID("p", tc.n); got != tc.want {
			t.Errorf("nextRequestID(p, %d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func FuzzPlainRequestIDIsShortAndSafeToLog(f *testing.F) {
	for _, s := range []string{"", "abc", "a b", "x\x00y", strings.Repeat("z", 70), "id-1/2:3.4_5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if !plainRequestID(id) {
			return
		}
		allowed := func(r rune) bool {
			return r == '-' || r == '.' || r == '_' || r == ':' || r == '/' ||
				('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
		}
		if len(id) == 0 || len(id) > 64 || strings.ContainsFunc(id, func(r rune) bool { return !allowed(r) }) {
			t.Errorf("%q was kept", id)
		}
	})
}

// The deadline reaches what the handler waits on.
func TestTheDeadlineEndsTheRequestsWork(t *testing.T) {
	t.Parallel()
	h := requestScope(10 * time.Millisecond)
	var err error
	h(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
		err = r.Context().Err()
	})).ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
	if err != context.DeadlineExceeded {
		t.Errorf("the handler's context ended with %v, want the deadline", err)
	}
}
