package httpcache_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/httpcache"
)

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}

func page(t *testing.T) httpcache.Body {
	html := []byte("<!DOCTYPE html><title>share</title>" + strings.Repeat("<p>result</p>", 200))
	return httpcache.Body{
		ContentType:  "text/html; charset=utf-8",
		CacheControl: httpcache.SharePage,
		ETag:         httpcache.ETag("assessment", "share-id", "v1", "build"),
		Identity:     html,
		Gzip:         gzipped(t, html),
	}
}

func serve(b httpcache.Body, method string, header map[string]string) *http.Response {
	r := httptest.NewRequest(method, "/r/x", nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	httpcache.Serve(w, r, b)
	return w.Result()
}

func TestServeWritesStoredBytesWithTheirHeaders(t *testing.T) {
	t.Parallel()
	b := page(t)
	resp := serve(b, http.MethodGet, nil)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !bytes.Equal(body, b.Identity) {
		t.Fatalf("status %d, %d bytes; want 200 and the page", resp.StatusCode, len(body))
	}
	for k, want := range map[string]string{
		"Content-Type":   "text/html; charset=utf-8",
		"Content-Length": itoa(len(b.Identity)),
		"Cache-Control":  "public, max-age=0, s-maxage=30, must-revalidate",
		"Etag":           b.ETag,
		"Vary":           "Accept-Encoding",
	} {
		if got := resp.Header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if resp.Header.Get("Content-Encoding") != "" {
		t.Error("identity bytes sent with a Content-Encoding")
	}
}

func TestServeSendsTheGzipFormToClientsThatAcceptIt(t *testing.T) {
	t.Parallel()
	b := page(t)
	resp := serve(b, http.MethodGet, map[string]string{"Accept-Encoding": "br, gzip;q=0.8"})
	raw, _ := io.ReadAll(resp.Body)
	if resp.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(raw, b.Gzip) || resp.Header.Get("Content-Length") != itoa(len(b.Gzip)) {
		t.Fatalf("Content-Encoding %q, %d bytes (Content-Length %s); want the stored gzip form", resp.Header.Get("Content-Encoding"), len(raw), resp.Header.Get("Content-Length"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if plain, _ := io.ReadAll(zr); !bytes.Equal(plain, b.Identity) {
		t.Error("the gzip form does not decode to the page")
	}
	if tag := resp.Header.Get("Etag"); tag == b.ETag || !strings.HasPrefix(tag, `"`) || !strings.HasSuffix(tag, `-gzip"`) {
		t.Errorf("gzip form's ETag %q must be strong and differ from the identity one %q", tag, b.ETag)
	}
	if resp := serve(b, http.MethodGet, map[string]string{"Accept-Encoding": "gzip;q=0, deflate"}); resp.Header.Get("Content-Encoding") != "" {
		t.Error("gzip sent although refused with q=0")
	}
}

func TestRepeatViewWithIfNoneMatchIs304WithNoBody(t *testing.T) {
	t.Parallel()
	b := page(t)
	first := serve(b, http.MethodGet, map[string]string{"Accept-Encoding": "gzip"})
	tag := first.Header.Get("Etag")
	for name, tc := range map[string]struct {
		inm, ae string
		want    int
	}{
		"same tag, same encoding": {tag, "gzip", 304},
		"in a list":               {`"other", ` + tag, "gzip", 304},
		"weak form of the tag":    {"W/" + tag, "gzip", 304},
		"star":                    {"*", "", 304},
		"identity tag for gzip":   {b.ETag, "gzip", 200},
		"gzip tag for identity":   {tag, "", 200},
		"another version":         {httpcache.ETag("assessment", "share-id", "v2", "build"), "", 200},
	} {
		t.Run(name, func(t *testing.T) {
			resp := serve(b, http.MethodGet, map[string]string{"If-None-Match": tc.inm, "Accept-Encoding": tc.ae})
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.want)
			}
			if tc.want == 304 {
				if len(body) != 0 || resp.Header.Get("Content-Length") != "" || resp.Header.Get("Content-Encoding") != "" {
					t.Errorf("304 with %d body bytes, Content-Length %q, Content-Encoding %q", len(body), resp.Header.Get("Content-Length"), resp.Header.Get("Content-Encoding"))
				}
				if resp.Header.Get("Etag") == "" || resp.Header.Get("Cache-Control") == "" {
					t.Error("304 without its ETag and Cache-Control")
				}
			}
		})
	}
}

func TestHeadGetsHeadersOnly(t *testing.T) {
	t.Parallel()
	b := page(t)
	r := httptest.NewRequest(http.MethodHead, "/r/x", nil)
	w := httptest.NewRecorder()
	httpcache.Serve(w, r, b)
	if w.Code != 200 || w.Header().Get("Content-Length") != itoa(len(b.Identity)) || w.Header().Get("Etag") != b.ETag {
		t.Errorf("HEAD: %d, headers %v", w.Code, w.Header())
	}
}

func TestImmutableCardHasNoVary(t *testing.T) {
	t.Parallel()
	b := httpcache.Body{ContentType: "image/png", CacheControl: httpcache.Immutable, ETag: httpcache.ETag("card", "v1"), Identity: []byte("\x89PNG")}
	resp := serve(b, http.MethodGet, map[string]string{"Accept-Encoding": "gzip"})
	if resp.Header.Get("Vary") != "" || resp.Header.Get("Content-Encoding") != "" || resp.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Errorf("card headers %v", resp.Header)
	}
	if again := serve(b, http.MethodGet, map[string]string{"If-None-Match": b.ETag}); again.StatusCode != 304 {
		t.Errorf("repeat card fetch: %d, want 304", again.StatusCode)
	}
}

func TestETagIsStrongStableAndNamesItsParts(t *testing.T) {
	t.Parallel()
	a := httpcache.ETag("assessment", "id", "v1", "b1")
	if a != httpcache.ETag("assessment", "id", "v1", "b1") {
		t.Error("the same parts gave different tags")
	}
	if !strings.HasPrefix(a, `"`) || !strings.HasSuffix(a, `"`) || strings.HasPrefix(a, "W/") || strings.ContainsAny(a[1:len(a)-1], `" `) {
		t.Errorf("%s is not a strong entity tag", a)
	}
	for _, other := range []string{
		httpcache.ETag("assessment", "id", "v2", "b1"), httpcache.ETag("assessment", "id", "v1", "b2"),
		httpcache.ETag("assessment", "idv", "1", "b1"), httpcache.ETag("canvas", "id", "v1", "b1"),
	} {
		if other == a {
			t.Errorf("different parts gave the same tag %s", a)
		}
	}
}

func TestAcceptsGzip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		values []string
		want   bool
	}{
		{nil, false},
		{[]string{""}, false},
		{[]string{"gzip"}, true},
		{[]string{"GZIP"}, true},
		{[]string{"gzip, deflate, br, zstd"}, true},
		{[]string{"br;q=1.0, gzip;q=0.5"}, true},
		{[]string{"gzip;q=0"}, false},
		{[]string{"gzip; q=0.000"}, false},
		{[]string{"*"}, true},
		{[]string{"*;q=0"}, false},
		{[]string{"*, gzip;q=0"}, false},
		{[]string{"identity"}, false},
		{[]string{"deflate", "x-gzip"}, true},
		{[]string{"gzip;q=bogus"}, false},
	} {
		if got := httpcache.AcceptsGzip(tc.values); got != tc.want {
			t.Errorf("AcceptsGzip(%q) = %v, want %v", tc.values, got, tc.want)
		}
	}
}

func FuzzAcceptsGzip(f *testing.F) {
	for _, s := range []string{"gzip", "br, gzip;q=0.8", "*;q=0", "gzip;q=0, *", ";;,,=q", "gzip;q=1e400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		got := httpcache.AcceptsGzip([]string{v})
		// Whatever the header, naming gzip with q=0 first must refuse it.
		if httpcache.AcceptsGzip([]string{"gzip;q=0, " + v}) {
			t.Errorf("gzip;q=0 then %q accepted gzip", v)
		}
		if !strings.Contains(strings.ToLower(v), "gzip") && !strings.Contains(v, "*") && got {
			t.Errorf("%q accepted gzip without naming it", v)
		}
	})
}

func itoa(n int) string { return strconv.Itoa(n) }

// A caller that read only the form this client takes still tells caches
// that the resource has two.
func TestOneFormOfANegotiatedResourceStillVaries(t *testing.T) {
	t.Parallel()
	b := page(t)
	only := httpcache.Body{ContentType: b.ContentType, CacheControl: b.CacheControl, ETag: b.ETag, Identity: b.Identity, Negotiated: true}
	resp := serve(only, http.MethodGet, nil)
	if resp.Header.Get("Vary") != "Accept-Encoding" || resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("identity only: Vary %q, Content-Encoding %q", resp.Header.Get("Vary"), resp.Header.Get("Content-Encoding"))
	}
	gz := httpcache.Body{ContentType: b.ContentType, CacheControl: b.CacheControl, ETag: b.ETag, Gzip: b.Gzip, Negotiated: true}
	resp = serve(gz, http.MethodGet, map[string]string{"Accept-Encoding": "gzip"})
	if body, _ := io.ReadAll(resp.Body); resp.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(body, b.Gzip) || resp.Header.Get("Vary") != "Accept-Encoding" {
		t.Errorf("gzip only: %v", resp.Header)
	}
}
