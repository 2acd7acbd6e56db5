package server

import (
	"net/http"

	"github.com/crossroads/crossroads/web"
)

// handlePathList renders /paths, every path by track. It is catalog data
// that never changes while the process runs, so it is built once and costs
// no database round trip.
func handlePathList(rs *responder) http.HandlerFunc {
	v := web.PathIndexView()
	return func(w http.ResponseWriter, r *http.Request) {
		rs.render(w, r, http.StatusOK, web.PathListPage(v))
	}
}
