package server

import (
	"context"
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/store"
)

// handleHealthz answers 200 when the database answers and 503 when it does
// not, so a load balancer stops sending traffic to an instance that cannot work.
func handleHealthz(st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err := st.Ping(ctx); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("database unavailable\n"))
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	}
}
