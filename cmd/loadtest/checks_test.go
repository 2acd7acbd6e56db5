package main

import "testing"

const scrape = `# HELP crossroads_http_requests_total Requests answered.
crossroads_http_requests_total{method="GET",route="/r/{id}",status="200"} 90
crossroads_http_requests_total{method="GET",route="/r/{id}",status="503"} 2
crossroads_http_requests_total_extra 1000
crossroads_http_request_duration_seconds_bucket{method="GET",route="/r/{id}",le="0.001"} 0
crossroads_http_request_duration_seconds_bucket{method="GET",route="/r/{id}",le="0.005"} 50
crossroads_http_request_duration_seconds_bucket{method="GET",route="/r/{id}",le="0.01"} 91
crossroads_http_request_duration_seconds_bucket{method="GET",route="/r/{id}",le="+Inf"} 92
crossroads_drafts_swept_total 7
`

func TestSumSeries(t *testing.T) {
	for _, c := range []struct {
		name, filter string
		want         float64
	}{
		{"crossroads_http_requests_total", "", 92}, // not the _extra series
		{"crossroads_http_requests_total", `status="5`, 2},
		{"crossroads_drafts_swept_total", "", 7},
		{"crossroads_missing_total", "", 0},
	} {
		if got := sumSeries(scrape, c.name, c.filter); got != c.want {
			t.Errorf("sumSeries(%s, %q) = %v; want %v", c.name, c.filter, got, c.want)
		}
	}
}

func TestQuantile(t *testing.T) {
	labels := `method="GET",route="/r/{id}"`
	for _, c := range []struct {
		q    float64
		want string
	}{{.5, "≤ 5ms"}, {.98, "≤ 10ms"}, {1, "> 10ms"}} {
		if got := quantile(scrape, "crossroads_http_request_duration_seconds", labels, c.q); got != c.want {
			t.Errorf("quantile %v = %q; want %q", c.q, got, c.want)
		}
	}
	if got := quantile(scrape, "crossroads_http_request_duration_seconds", `route="/none"`, .5); got != "?" {
		t.Errorf("quantile of a missing series = %q; want ?", got)
	}
}

func TestClientAddrsAreDistinctAndInTheBenchmarkRange(t *testing.T) {
	seen := map[string]bool{}
	for _, i := range []int{0, 1, 255, 256, 65535, 65536, 131071} {
		a := clientAddr(i)
		if seen[a] {
			t.Errorf("clientAddr(%d) = %s repeats", i, a)
		}
		seen[a] = true
	}
	if clientAddr(0) != "198.18.0.0" || clientAddr(131071) != "198.19.255.255" {
		t.Errorf("range ends: %s, %s", clientAddr(0), clientAddr(131071))
	}
}
