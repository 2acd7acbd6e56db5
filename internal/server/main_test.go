package server_test

import (
	"log/slog"
	"net/http"
	"testing"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/server"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/internal/testkit"
)

func TestMain(m *testing.M) {
	testkit.WarmUpHTMLChecker()
	testkit.Main(m)
}

// newHandler is the app's handler with the default configuration, for
// tests that serve it on a database of their own.
func newHandler(t testing.TB, logger *slog.Logger, st *store.Store) http.Handler {
	t.Helper()
	h, err := server.New(logger, config.Config{}, st)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
