package httpcache

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Gunzip gives back exactly what was stored, whatever its size, again and
// again with pooled decompressors; a damaged body is an error, never a
// truncated or altered page.
func TestGunzipGivesBackThePageOrAnError(t *testing.T) {
	page := []byte(strings.Repeat("<p>A share page, with its words.</p>\n", 900))
	for _, want := range [][]byte{{}, []byte("x"), page, page[:33333]} {
		for range 3 {
			got, err := Gunzip(gz(t, want))
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("%d bytes: got %d bytes, %v", len(want), len(got), err)
			}
		}
	}
	good := gz(t, page)
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0xff
	short := bytes.Clone(good)
	short[len(short)-4]-- // the trailer claims a byte fewer
	long := bytes.Clone(good)
	long[len(long)-4]++ // …or one more
	huge := bytes.Clone(good)
	huge[len(huge)-1] = 0xff // more than a page can be
	twice := append(bytes.Clone(good), good...)
	for name, b := range map[string][]byte{"flipped byte": flipped, "short size": short, "long size": long, "huge size": huge,
		"cut": good[:len(good)-9], "empty": nil, "two members": twice} {
		if got, err := Gunzip(b); err == nil {
			t.Errorf("%s: no error, %d bytes", name, len(got))
		}
	}
}

func FuzzGunzip(f *testing.F) {
	f.Add([]byte("<p>page</p>"), 0, byte(0))
	f.Fuzz(func(t *testing.T, page []byte, at int, flip byte) {
		b := gz(t, page)
		if at >= 0 && flip != 0 {
			b[at%len(b)] ^= flip
		}
		got, err := Gunzip(b)
		if err == nil && flip == 0 && !bytes.Equal(got, page) {
			t.Fatalf("gave back %q for %q", got, page)
		}
		if err == nil && len(got) > MaxGunzip {
			t.Fatalf("%d bytes past the bound", len(got))
		}
	})
}

func BenchmarkGunzip(b *testing.B) {
	page := gz(b, []byte(strings.Repeat("<li class=\"path\"><a href=\"/paths/seo-consulting\">SEO consulting</a> 68/100</li>\n", 400)))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Gunzip(page); err != nil {
			b.Fatal(err)
		}
	}
}
