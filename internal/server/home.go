package server

import (
	"net/http"

	"github.com/crossroads/crossroads/web"
)

func handleHome(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rs.render(w, r, http.StatusOK, web.Home())
	}
}
