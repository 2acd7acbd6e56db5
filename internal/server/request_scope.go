package server

import (
	"context"
	"crypto/rand"
	"net/http"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5/middleware"
)

// requestScope gives every request its id and a deadline, in one derived
// context (one copy of the request, not one per concern).
//
// The id is what middleware.GetReqID reads, for the request line and every
// warning the request logs: the X-Request-Id sent with the request (a
// proxy's, say) when it is a short, plain token, else this process's
// prefix and a counter, as chi's RequestID makes them
// ("host/random-000042"), built without fmt. Unlike chi's, this copies no
// sender's id of any length or content into every log line.
//
// The deadline bounds the work a request can cause (database queries
// honour the context). Unlike chi's Timeout it writes nothing itself: the
// handler's own friendly 503 is the only response.
func requestScope(timeout time.Duration) func(http.Handler) http.Handler {
	prefix := requestIDPrefix()
	var count atomic.Uint64
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			id := r.Header.Get(middleware.RequestIDHeader)
			if !plainRequestID(id) {
				id = nextRequestID(prefix, count.Add(1))
			}
			ctx, cancel := context.WithTimeout(context.WithValue(r.Context(), middleware.RequestIDKey, id), timeout)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// requestIDPrefix names this process: its host and ten random characters.
func requestIDPrefix() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "localhost"
	}
	return host + "/" + rand.Text()[:10]
}

// nextRequestID is prefix, a dash and n in at least six digits.
func nextRequestID(prefix string, n uint64) string {
	var buf [96]byte
	b := append(buf[:0], prefix...)
	b = append(b, '-')
	for d := uint64(100000); d > 1 && n < d; d /= 10 {
		b = append(b, '0')
	}
	return string(strconv.AppendUint(b, n, 10))
}

// plainRequestID reports whether a request id sent with the request is
// worth keeping: 1 to 64 letters, digits and -._:/ (what proxies send).
func plainRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := range len(id) {
		switch c := id[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-', c == '.', c == '_', c == ':', c == '/':
		default:
			return false
		}
	}
	return true
}
