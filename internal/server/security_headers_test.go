package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestSecurityHeadersAreNotSharedBetweenResponses: the header values are
// built once and shared, so a handler adding to one of those fields (or
// replacing it) must change its own response only.
func TestSecurityHeadersAreNotSharedBetweenResponses(t *testing.T) {
	t.Parallel()
	first := true
	h := securityHeaders(true)(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		if first {
			first = false
			w.Header().Add("Content-Security-Policy", "img-src *")
			w.Header().Set("X-Frame-Options", "SAMEORIGIN")
			w.Header().Del("Referrer-Policy")
		}
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	want := map[string][]string{
		"Content-Security-Policy":    {contentSecurityPolicy},
		"X-Frame-Options":            {"DENY"},
		"Referrer-Policy":            {"no-referrer"},
		"X-Content-Type-Options":     {"nosniff"},
		"Cross-Origin-Opener-Policy": {"same-origin"},
		"Strict-Transport-Security":  {"max-age=63072000; includeSubDomains"},
	}
	for key, values := range want {
		got := rec.Result().Header.Values(key)
		if len(got) != len(values) || got[0] != values[0] {
			t.Errorf("%s = %q on the second response, want %q", key, got, values)
		}
	}
}
