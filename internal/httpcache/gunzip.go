package httpcache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"sync"

	"github.com/klauspost/compress/gzip"
)

// MaxGunzip bounds what Gunzip decompresses: a stored page is tens of
// kilobytes, so a trailer claiming more is a damaged body, not a page.
const MaxGunzip = 4 << 20

// ErrBadGzip is a stored gzip body Gunzip cannot give back whole.
var ErrBadGzip = errors.New("httpcache: damaged gzip body")

// readers are reused: a decompressor holds tens of kilobytes of tables,
// and the rare client without gzip would otherwise make one per view.
var readers sync.Pool

// Gunzip decompresses a stored, single-member gzip body (a stored share
// page, served to a client that does not take gzip) into a buffer of
// exactly its size, which the gzip trailer records, with a pooled
// decompressor. It reads to the end, so the trailer's checksum is
// verified: a damaged body is an error, never a truncated page.
func Gunzip(gz []byte) ([]byte, error) {
	if len(gz) < 18 { // a 10-byte header and an 8-byte trailer at least
		return nil, ErrBadGzip
	}
	size := binary.LittleEndian.Uint32(gz[len(gz)-4:])
	if size > MaxGunzip {
		return nil, ErrBadGzip
	}
	zr, _ := readers.Get().(*gzip.Reader)
	var err error
	if zr == nil {
		zr, err = gzip.NewReader(bytes.NewReader(gz))
	} else {
		err = zr.Reset(bytes.NewReader(gz))
	}
	if err != nil {
		return nil, ErrBadGzip
	}
	defer readers.Put(zr)
	out := make([]byte, size)
	if _, err := io.ReadFull(zr, out); err != nil {
		return nil, ErrBadGzip
	}
	var more [1]byte
	if n, err := zr.Read(more[:]); n != 0 || err != io.EOF {
		return nil, ErrBadGzip
	}
	return out, nil
}
