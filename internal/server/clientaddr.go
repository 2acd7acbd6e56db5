package server

import (
	"net/http"
	"net/netip"
	"strings"
)

// clientAddresses finds the address a request came from, the key of every
// per-client limit: the connection's, or, behind a reverse proxy we trust,
// the one that proxy wrote into its header (TRUSTED_PROXY_HEADER).
type clientAddresses struct {
	// header is the trusted proxy header in canonical form; empty means
	// clients connect directly and every such header is ignored, or anyone
	// could choose their own address.
	header string
	// hops is how many proxies of ours append to header
	// (TRUSTED_PROXY_HOPS): a CDN in front of a load balancer is two.
	hops int
}

func newClientAddresses(header string, hops int) clientAddresses {
	return clientAddresses{header: header, hops: max(hops, 1)}
}

// of is r's client address, IPv6 grouped by its /64 (see clientAddress).
func (c clientAddresses) of(r *http.Request) string {
	var values []string
	if c.header != "" {
		values = r.Header.Values(c.header)
	}
	return clientAddress(values, c.hops, r.RemoteAddr)
}

// clientAddress picks the client's address from a trusted proxy header's
// values (every line of it: some proxies add a line rather than append to
// the last), read as one comma-separated list of which each of our hops
// proxies appended one entry, the outermost first. The client's address is
// therefore hops entries from the right; whatever stands left of it the
// client may have written. A list shorter than hops has only entries our
// proxies wrote (the request skipped the outer ones), so its first is taken.
//
// An entry may carry a port ("1.2.3.4:5678", "[::1]:80"), which is dropped:
// otherwise each connection would be a client of its own. When the chosen
// entry is not an address, or there is no header, the connection's address
// (remoteAddr) is used. An IPv6 address stands for its /64, which one
// subscriber usually holds whole.
func clientAddress(headerValues []string, hops int, remoteAddr string) string {
	var entries []string
	for _, v := range headerValues {
		for e := range strings.SplitSeq(v, ",") {
			if e = strings.TrimSpace(e); e != "" {
				entries = append(entries, e)
			}
		}
	}
	if len(entries) > 0 {
		if a, ok := parseAddress(entries[max(len(entries)-max(hops, 1), 0)]); ok {
			return groupAddress(a)
		}
	}
	if a, ok := parseAddress(remoteAddr); ok {
		return groupAddress(a)
	}
	return remoteAddr // not an address (a test's pipe): still one key per peer
}

// parseAddress reads an IP address with or without a port or brackets.
func parseAddress(s string) (netip.Addr, bool) {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr(), true
	}
	a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(s, "["), "]"))
	return a, err == nil
}

// groupAddress is the key of a: an IPv4 address (also written IPv4-mapped)
// as it is, an IPv6 address as its /64 without zone.
func groupAddress(a netip.Addr) string {
	a = a.Unmap().WithZone("")
	if a.Is4() {
		return a.String()
	}
	p, _ := a.Prefix(64) // a is IPv6 here: 64 is a valid length
	return p.Addr().String()
}
