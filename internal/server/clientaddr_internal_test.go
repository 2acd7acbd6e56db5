package server

import (
	"net/http/httptest"
	"testing"
)

func TestClientAddress(t *testing.T) {
	t.Parallel()
	const conn = "192.0.2.10:44321" // the proxy's (or client's) connection
	for _, tc := range []struct {
		name   string
		values []string // the trusted header's lines, in order
		hops   int
		want   string
	}{
		{"no header: the connection", nil, 1, "192.0.2.10"},
		{"one proxy appends the client", []string{"203.0.113.7"}, 1, "203.0.113.7"},
		{"whatever the client prepended is ignored", []string{"10.9.9.9, 1.1.1.1, 203.0.113.7"}, 1, "203.0.113.7"},
		{"a line added by the proxy, not appended", []string{"10.9.9.9", "203.0.113.7"}, 1, "203.0.113.7"},
		{"a forged line before the proxy's list", []string{"6.6.6.6", "10.9.9.9, 203.0.113.7"}, 1, "203.0.113.7"},
		{"IPv4 with a port", []string{"203.0.113.7:5678"}, 1, "203.0.113.7"},
		{"IPv6 with a port in brackets", []string{"[2001:db8:1:2:3:4:5:6]:80"}, 1, "2001:db8:1:2::"},
		{"IPv6 loopback with a port", []string{"[::1]:80"}, 1, "::"},
		{"IPv6 in brackets without a port", []string{"[2001:db8::1]"}, 1, "2001:db8::"},
		{"IPv6 grouped by its /64", []string{"2001:db8:aa:bb:1:2:3:4"}, 1, "2001:db8:aa:bb::"},
		{"two addresses of one /64 are one client", []string{"2001:db8:aa:bb:ffff::9"}, 1, "2001:db8:aa:bb::"},
		{"IPv6 with a zone", []string{"fe80::1%eth0"}, 1, "fe80::"},
		{"IPv4-mapped IPv6 is the IPv4 address", []string{"::ffff:203.0.113.7"}, 1, "203.0.113.7"},
		{"spaces and empty entries", []string{" , 203.0.113.7 ,, "}, 1, "203.0.113.7"},
		{"garbage: the connection", []string{"not-an-address"}, 1, "192.0.2.10"},
		{"garbage appended after a good one: the connection", []string{"203.0.113.7, unknown"}, 1, "192.0.2.10"},
		{"a host name is not an address", []string{"example.com:80"}, 1, "192.0.2.10"},
		{"an empty header: the connection", []string{""}, 1, "192.0.2.10"},
		{"two hops: CDN then balancer", []string{"6.6.6.6, 203.0.113.7, 198.51.100.1"}, 2, "203.0.113.7"},
		{"two hops over two lines", []string{"6.6.6.6, 203.0.113.7", "198.51.100.1"}, 2, "203.0.113.7"},
		{"two hops, forged entries left of them", []string{"1.1.1.1, 2.2.2.2, 203.0.113.7, 198.51.100.1"}, 2, "203.0.113.7"},
		{"fewer entries than hops: the first, written by our proxy", []string{"203.0.113.7"}, 2, "203.0.113.7"},
		{"three hops", []string{"203.0.113.7, 198.51.100.1, 198.51.100.2"}, 3, "203.0.113.7"},
		{"zero hops is taken as one", []string{"6.6.6.6, 203.0.113.7"}, 0, "203.0.113.7"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clientAddress(tc.values, tc.hops, conn); got != tc.want {
				t.Errorf("clientAddress(%q, %d) = %q; want %q", tc.values, tc.hops, got, tc.want)
			}
		})
	}
}

func TestClientAddressFallsBackToTheConnection(t *testing.T) {
	t.Parallel()
	for remote, want := range map[string]string{
		"192.0.2.10:44321":         "192.0.2.10",
		"[2001:db8:1:2::9]:443":    "2001:db8:1:2::",
		"pipe":                     "pipe",
		"[::ffff:192.0.2.10]:8080": "192.0.2.10",
	} {
		if got := clientAddress(nil, 1, remote); got != want {
			t.Errorf("clientAddress from RemoteAddr %q = %q; want %q", remote, got, want)
		}
	}
}

// TestClientAddressesReadEveryHeaderLine: the request-level lookup reads
// all lines of the configured header (not just the first, as Header.Get
// would) and none when no header is trusted.
func TestClientAddressesReadEveryHeaderLine(t *testing.T) {
	t.Parallel()
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = "192.0.2.10:1234"
	r.Header.Add("X-Forwarded-For", "6.6.6.6")
	r.Header.Add("X-Forwarded-For", "203.0.113.7")
	if got := newClientAddresses("X-Forwarded-For", 1).of(r); got != "203.0.113.7" {
		t.Errorf("trusted header with two lines = %q; want the last line's address", got)
	}
	if got := newClientAddresses("", 1).of(r); got != "192.0.2.10" {
		t.Errorf("no trusted header = %q; want the connection's address, the header ignored", got)
	}
}

func FuzzClientAddress(f *testing.F) {
	for _, s := range []string{"203.0.113.7", "[::1]:80", "1.2.3.4:5", "a, b,,c", "fe80::1%eth0", "[", "]:"} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, header string, hops int) {
		got := clientAddress([]string{header}, hops, "192.0.2.10:1")
		if _, ok := parseAddress(got); !ok {
			t.Errorf("clientAddress(%q, %d) = %q, not an address", header, hops, got)
		}
	})
}
