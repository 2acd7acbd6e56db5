// Package httpcache serves stored, versioned bytes (a share page rendered
// once, a preview card) with the headers that let browsers and shared
// caches keep them: a strong ETag from the content version, If-None-Match
// answered with 304, Cache-Control, and a pre-compressed gzip form chosen
// by Accept-Encoding.
package httpcache

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"

	"github.com/klauspost/compress/gzhttp"
)

// Cache-Control values.
const (
	// Immutable is for bytes whose URL names their version (cards, hashed
	// assets): any cache may keep them for a year and never ask again.
	Immutable = "public, max-age=31536000, immutable"
	// SharePage lets a shared cache (a CDN, a company proxy) answer a share
	// link for 30 seconds, then ask again; browsers ask every time
	// (max-age=0) and get a 304 while nothing changed. The short shared
	// window bounds how long a page whose owner hid their free text,
	// replaced or deleted the link can still be seen through such a cache;
	// must-revalidate stops a cache serving it stale beyond that when we
	// cannot be reached.
	SharePage = "public, max-age=0, s-maxage=30, must-revalidate"
)

// Body is one resource's stored bytes.
type Body struct {
	ContentType  string
	CacheControl string
	// ETag is the strong, quoted entity tag of Identity (see ETag). The
	// gzip form's tag is derived from it, because a strong tag names one
	// exact sequence of bytes.
	ETag     string
	Identity []byte
	// Gzip, when set, is Identity gzip-compressed, sent to clients that
	// accept gzip.
	Gzip []byte
	// Negotiated says the resource exists in both forms although this Body
	// may carry only the one the request takes (read by AcceptsGzip
	// beforehand, to fetch only that one), so caches must keep the forms
	// apart: Vary: Accept-Encoding.
	Negotiated bool
}

// ETag makes a strong entity tag from the parts that together determine
// a resource's bytes (kind, share id, content version, build, …). Equal
// parts give the same tag on every instance, so a 304 holds across them.
func ETag(parts ...string) string {
	// Hashed in one call over a buffer on the stack: this runs on every
	// share page view.
	var stack [256]byte
	b := stack[:0]
	for _, p := range parts {
		b = strconv.AppendInt(b, int64(len(p)), 10) // length-prefixed: ("ab","c") ≠ ("a","bc")
		b = append(b, ':')
		b = append(b, p...)
	}
	sum := sha256.Sum256(b)
	var tag [2 + 22]byte // quotes around 16 bytes in unpadded base64
	tag[0], tag[len(tag)-1] = '"', '"'
	base64.RawURLEncoding.Encode(tag[1:len(tag)-1], sum[:16])
	return string(tag[:])
}

// gzipETag is the tag of the gzip form: the same suffix the compress
// middleware (gzhttp.SuffixETag) gives responses it compresses itself.
func gzipETag(etag string) string {
	if s, ok := strings.CutSuffix(etag, `"`); ok && len(s) > 0 {
		return s + `-gzip"`
	}
	return etag
}

// Serve writes b, or 304 Not Modified when the request's If-None-Match
// names the representation it would get. HEAD gets the headers alone.
func Serve(w http.ResponseWriter, r *http.Request, b Body) {
	h := w.Header()
	body, etag := b.Identity, b.ETag
	if b.Gzip != nil || b.Negotiated {
		addVary(h, "Accept-Encoding")
	}
	// The gzip form when the client takes it, or when it is all there is
	// (a caller that read one form by the same AcceptsGzip never lets
	// that happen to a client that refuses gzip).
	if b.Gzip != nil && (b.Identity == nil || AcceptsGzip(r.Header.Values("Accept-Encoding"))) {
		body, etag = b.Gzip, gzipETag(b.ETag)
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Cache-Control", b.CacheControl)
	h.Set("Etag", etag)
	if noneMatch(r.Header.Values("If-None-Match"), etag) && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", b.ContentType)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if h.Get("Content-Encoding") != "" {
		w = pastCompression(w)
	}
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body) // nothing left to do if the client went away
	}
}

// pastCompression is the writer beneath the compress middleware's
// (gzhttp) when w is one, else w: bytes already gzip-compressed go
// straight to the connection. Through the wrapper they would also arrive
// whole (it passes a response with a Content-Encoding through), but only
// after it buffered and inspected their start. It shares w's header map,
// and the wrapper, never written to, then writes nothing when it closes.
func pastCompression(w http.ResponseWriter) http.ResponseWriter {
	switch gw := w.(type) {
	case *gzhttp.GzipResponseWriter:
		return gw.Unwrap()
	case gzhttp.GzipResponseWriterWithCloseNotify:
		return gw.Unwrap()
	}
	return w
}

// noneMatch reports whether If-None-Match field values name etag, or "*".
// If-None-Match compares weakly (RFC 9110, 13.1.2): W/"x" matches "x".
// http.ServeContent does this too, but leaves out Content-Length whenever
// a Content-Encoding is set, and the gzip form must carry one.
func noneMatch(values []string, etag string) bool {
	want := strings.TrimPrefix(etag, "W/")
	for _, v := range values {
		for tag := range strings.SplitSeq(v, ",") {
			tag = strings.TrimSpace(tag)
			if tag == "*" || strings.TrimPrefix(tag, "W/") == want {
				return true
			}
		}
	}
	return false
}

// addVary adds value to Vary unless it is there already (the compress
// middleware adds Accept-Encoding to every response).
func addVary(h http.Header, value string) {
	for _, v := range h.Values("Vary") {
		for f := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(f), value) {
				return
			}
		}
	}
	h.Add("Vary", value)
}

// AcceptsGzip reports whether Accept-Encoding field values allow gzip:
// listed (or "*") with a q-value above zero. An explicit "gzip;q=0" wins
// over "*".
func AcceptsGzip(values []string) bool {
	star := false
	for _, v := range values {
		for item := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.TrimSpace(coding)
			ok := qAboveZero(params)
			switch {
			case strings.EqualFold(coding, "gzip"), strings.EqualFold(coding, "x-gzip"):
				return ok
			case coding == "*":
				star = ok
			}
		}
	}
	return star
}

// qAboveZero reads the q parameter of one Accept-Encoding item; without
// one the coding is acceptable.
func qAboveZero(params string) bool {
	for p := range strings.SplitSeq(params, ";") {
		name, value, found := strings.Cut(strings.TrimSpace(p), "=")
		if !found || !strings.EqualFold(strings.TrimSpace(name), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		return err == nil && q > 0
	}
	return true
}
