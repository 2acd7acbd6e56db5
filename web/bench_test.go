package web

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/a-h/templ"
)

// benchRender renders c to io.Discard in a loop and reports the page size.
func benchRender(b *testing.B, c templ.Component) {
	b.Helper()
	var n countingWriter
	if err := c.Render(context.Background(), &n); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Render(context.Background(), io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "page-bytes")
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// BenchmarkHome is the landing page: the layout and static text only.
func BenchmarkHome(b *testing.B) { benchRender(b, Home()) }

// BenchmarkErrorPage is the friendly 404, rendered for every bad link.
func BenchmarkErrorPage(b *testing.B) { benchRender(b, Error(ErrorPageFor(http.StatusNotFound))) }
