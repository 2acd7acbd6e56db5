package web

import (
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crossroads/crossroads/internal/plan"
)

// FuzzDecodeStep: any step form decodes without panicking; an accepted
// one has a valid status and a storable note within bounds; every
// rejected field has a message.
func FuzzDecodeStep(f *testing.F) {
	f.Add("status=done&note=Booked+the+course")
	f.Add("status=nuked&note=%00%ff")
	f.Add("status=done&status=skipped&note=a&note=b")
	f.Add("note=" + strings.Repeat("x", 1100))
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return
		}
		status, note, errs := DecodeStep(form)
		for k, msg := range errs {
			if msg == "" {
				t.Fatalf("empty message for %s", k)
			}
		}
		if !utf8.ValidString(note) || strings.ContainsFunc(note, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) {
			t.Fatalf("note %q cannot be stored as typed", note)
		}
		if len(errs) > 0 {
			return
		}
		if !status.Valid() || utf8.RuneCountInString(note) > plan.MaxNote {
			t.Fatalf("accepted status %q, note of %d characters", status, utf8.RuneCountInString(note))
		}
	})
}

// FuzzDecodeStart: any start date decodes without panicking; an accepted
// one is a real date within a year of today; a rejected one keeps what
// was typed (bounded) and says why.
func FuzzDecodeStart(f *testing.F) {
	f.Add("start=2026-12-07")
	f.Add("start=2026-02-30")
	f.Add("start=")
	f.Add("start=31%2F12%2F2026&start=2026-01-01")
	f.Add("start=" + strings.Repeat("9", 100))
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return
		}
		start, typed, msg := DecodeStart(form, today)
		if utf8.RuneCountInString(typed) > maxTyped || !utf8.ValidString(typed) {
			t.Fatalf("typed value %q not bounded", typed)
		}
		if msg != "" {
			if start != "" {
				t.Fatalf("rejected with a start %q", start)
			}
			return
		}
		d, err := time.Parse(plan.DateLayout, start)
		if err != nil || d.Before(today.AddDate(-1, 0, -1)) || d.After(today.AddDate(1, 0, 1)) {
			t.Fatalf("accepted start %q (%v)", start, err)
		}
	})
}
