package server

import (
	"context"
	"net/http"
	"time"
)

// requestDeadline bounds the work a request can cause (database queries
// honour the context). Unlike chi's Timeout it writes nothing itself: the
// handler's own friendly 503 is the only response.
func requestDeadline(d time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}
