package logsink

import (
	"log/slog"
	"strconv"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Line is one log line in the format of slog's text handler, encoded
// without slog: the request log writes one per request, and slog's text
// handler (a Record, attribute values boxed and switched on, a pooled
// buffer behind a handler lock) was most of what that line cost. The
// bytes are those slog.NewTextHandler would write for the same record
// (TestLineMatchesSlogTextHandler), so whoever reads the log, or greps
// it, sees no difference.
//
// Get a Line with NewLine, add fields, then hand it to WriteLine, which
// frees it.
type Line struct {
	b     []byte
	level slog.Level
}

var linePool = sync.Pool{New: func() any { return &Line{b: make([]byte, 0, 256)} }}

// NewLine starts a line with slog's time, level and msg fields.
func NewLine(t time.Time, level slog.Level, msg string) *Line {
	l := linePool.Get().(*Line)
	l.level = level
	l.b = append(l.b[:0], "time="...)
	l.b = appendTime(l.b, t)
	l.b = append(l.b, " level="...)
	l.b = appendText(l.b, level.String())
	l.b = append(l.b, " msg="...)
	l.b = appendText(l.b, msg)
	return l
}

// String adds key=value, quoted as slog quotes it.
func (l *Line) String(key, value string) *Line {
	l.b = appendKey(l.b, key)
	l.b = appendText(l.b, value)
	return l
}

// Int adds key=n.
func (l *Line) Int(key string, n int) *Line {
	l.b = appendKey(l.b, key)
	l.b = strconv.AppendInt(l.b, int64(n), 10)
	return l
}

// Duration adds key=d as time.Duration.String writes it.
func (l *Line) Duration(key string, d time.Duration) *Line {
	l.b = appendKey(l.b, key)
	l.b = appendText(l.b, d.String())
	return l
}

// Bytes is the line so far, with its newline: valid until the line is
// freed.
func (l *Line) Bytes() []byte { return append(l.b, '\n') }

// Free returns a line to the pool: WriteLine does once it has written it,
// and a caller whose line was not taken must.
func (l *Line) Free() {
	if cap(l.b) <= 4<<10 { // a freak long line is not kept for everyone
		linePool.Put(l)
	}
}

// LineWriter is a handler that takes Lines: the one TextLogger builds.
type LineWriter interface {
	// WriteLine writes l out as one record would be, frees it and reports
	// true; false (l kept) when this handler cannot take lines encoded
	// outside slog, such as one with attributes or a group added, whose
	// records carry more than the line does.
	WriteLine(l *Line) bool
}

func appendKey(b []byte, key string) []byte {
	b = append(b, ' ')
	b = appendText(b, key)
	return append(b, '=')
}

// appendText writes s as slog's text handler writes a string: bare when
// it can be, else Go-quoted.
func appendText(b []byte, s string) []byte {
	if needsQuoting(s) {
		return strconv.AppendQuote(b, s)
	}
	return append(b, s...)
}

// needsQuoting is slog's text handler's rule (log/slog, text_handler.go):
// an empty string, a space, '=', '"', a control or non-printing character,
// or invalid UTF-8.
func needsQuoting(s string) bool {
	if s == "" {
		return true
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != '\\' && (c == ' ' || c == '=' || !safeASCII(c)) {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || !unicode.IsPrint(r) {
			return true
		}
		i += size
	}
	return false
}

// safeASCII is encoding/json's safeSet, which slog uses: ASCII but the
// control characters below space, '"' and '\\' (which the caller lets
// through).
func safeASCII(c byte) bool { return c >= 0x20 && c != '"' && c != '\\' }

// appendTime writes t as slog's text handler does: RFC 3339 with exactly
// three digits of milliseconds, truncated.
func appendTime(b []byte, t time.Time) []byte {
	const prefixLen = len("2006-01-02T15:04:05.000")
	n := len(b)
	t = t.Truncate(time.Millisecond).Add(time.Millisecond / 10)
	b = t.AppendFormat(b, time.RFC3339Nano)
	return append(b[:n+prefixLen], b[n+prefixLen+1:]...) // drop the fourth digit
}
