package server_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/testkit"
)

// rowCount is how many rows the app's database holds in table.
func rowCount(t *testing.T, app *testkit.App, table string) int {
	t.Helper()
	var n int
	if err := app.Pool.QueryRow(context.Background(), `SELECT count(*) FROM `+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// newRequest builds a request to the app, failing the test on a bad one.
func newRequest(t *testing.T, app *testkit.App, method, path string, body io.Reader) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, app.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// do sends req the way curl would (no Origin header, which the cross-origin
// protection lets through) and reads the whole body.
func do(t *testing.T, app *testkit.App, req *http.Request) (*http.Response, string) {
	t.Helper()
	resp, err := app.Client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }() // read to the end below
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func get(t *testing.T, app *testkit.App, path string) (*http.Response, string) {
	t.Helper()
	return do(t, app, newRequest(t, app, http.MethodGet, path, nil))
}

// post sends a form POST and reads the body.
func post(t *testing.T, app *testkit.App, path string, form url.Values) (*http.Response, string) {
	t.Helper()
	req := newRequest(t, app, http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return do(t, app, req)
}
