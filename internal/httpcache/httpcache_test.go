package httpcache_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzhttp"

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

// writeCounter is the connection beneath the compress middleware: it
// counts the writes that reach it.
type writeCounter struct {
	*httptest.ResponseRecorder
	writes int
}

func (w *writeCounter) Write(b []byte) (int, error) {
	w.writes++
	return w.ResponseRecorder.Write(b)
}

// TestStoredGzipGoesPastTheCompressMiddleware: behind the server's own
// gzhttp wrapper, a stored gzip page reaches the connection as stored, in
// one write, with one Content-Encoding, its own Content-Length, one Vary
// and its gzip ETag (not re-compressed, not re-tagged); a client without
// gzip gets the same page in its identity form, and a page rendered on a
// miss (both forms) goes the same way. Decompressed, both read the same.
func TestStoredGzipGoesPastTheCompressMiddleware(t *testing.T) {
	t.Parallel()
	wrap, err := gzhttp.NewWrapper(gzhttp.MinSize(1024), gzhttp.CompressionLevel(gzip.BestSpeed),
		gzhttp.ContentTypes([]string{"text/html"}), gzhttp.SuffixETag("-gzip"), gzhttp.EnableZstd(false))
	if err != nil {
		t.Fatal(err)
	}
	// A page whose gzip form is well over the wrapper's 1 KB buffer.
	full := page(t)
	var html bytes.Buffer
	html.WriteString("<!DOCTYPE html><title>share</title>")
	sum := sha256.Sum256([]byte("seed"))
	for range 200 {
		sum = sha256.Sum256(sum[:])
		html.WriteString("<p>" + hex.EncodeToString(sum[:]) + "</p>")
	}
	full.Identity = html.Bytes()
	full.Gzip = gzipped(t, full.Identity)
	stored := full
	stored.Identity, stored.Negotiated = nil, true // a hit: the gzip form only
	for name, b := range map[string]httpcache.Body{"stored": stored, "rendered": full} {
		got := map[bool][]byte{}
		for _, gz := range []bool{true, false} {
			body := b
			if !gz && body.Identity == nil {
				body.Identity, body.Gzip = full.Identity, nil // what share_stored decompresses for it
			}
			r := httptest.NewRequest(http.MethodGet, "/r/x", nil)
			if gz {
				r.Header.Set("Accept-Encoding", "gzip, deflate, br")
			}
			w := &writeCounter{ResponseRecorder: httptest.NewRecorder()}
			wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { httpcache.Serve(w, r, body) })).ServeHTTP(w, r)
			resp := w.Result()
			raw, _ := io.ReadAll(resp.Body)
			h := resp.Header
			if vary := h.Values("Vary"); len(vary) != 1 || vary[0] != "Accept-Encoding" {
				t.Errorf("%s, gzip %v: Vary %q; want Accept-Encoding once", name, gz, vary)
			}
			if h.Get("Content-Length") != itoa(len(raw)) {
				t.Errorf("%s, gzip %v: Content-Length %q for %d bytes", name, gz, h.Get("Content-Length"), len(raw))
			}
			if !gz {
				if h.Get("Content-Encoding") != "" || !bytes.Equal(raw, full.Identity) {
					t.Errorf("%s without gzip: Content-Encoding %q, %d bytes; want the page as is", name, h.Get("Content-Encoding"), len(raw))
				}
				got[gz] = raw
				continue
			}
			if enc := h.Values("Content-Encoding"); len(enc) != 1 || enc[0] != "gzip" {
				t.Errorf("%s: Content-Encoding %q; want gzip once", name, enc)
			}
			if !bytes.Equal(raw, full.Gzip) {
				t.Errorf("%s: %d bytes sent; want the %d stored gzip bytes as they are", name, len(raw), len(full.Gzip))
			}
			if w.writes != 1 {
				t.Errorf("%s: %d writes reached the connection; want the page in one, past the wrapper", name, w.writes)
			}
			if etag := h.Get("Etag"); strings.Count(etag, "-gzip") != 1 {
				t.Errorf("%s: ETag %s; want the gzip form's tag once", name, etag)
			}
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			got[gz], _ = io.ReadAll(zr)
		}
		if !bytes.Equal(got[true], got[false]) {
			t.Errorf("%s: the gzip client reads other bytes than the one without gzip", name)
		}
	}
}

// BenchmarkServeStoredGzip is a share page view's own work once its row is
// read: the tag, the negotiation and the headers (docs/perf.md, "Cost per
// person").
func BenchmarkServeStoredGzip(b *testing.B) {
	body := bytes.Repeat([]byte("x"), 6500)
	r := httptest.NewRequest(http.MethodGet, "/r/id", nil)
	r.Header.Set("Accept-Encoding", "gzip, deflate, br, zstd")
	b.ReportAllocs()
	for b.Loop() {
		w := &discard{h: make(http.Header, 16)}
		httpcache.Serve(w, r, httpcache.Body{
			ContentType: "text/html; charset=utf-8", CacheControl: httpcache.SharePage, Negotiated: true,
			ETag: httpcache.ETag("assessment", "0123456789abcdefghijkl", "1733622000000000", "rev:0123456789abcdef "),
			Gzip: body,
		})
	}
}

type discard struct{ h http.Header }

func (w *discard) Header() http.Header         { return w.h }
func (w *discard) Write(p []byte) (int, error) { return len(p), nil }
func (w *discard) WriteHeader(int)             {}
